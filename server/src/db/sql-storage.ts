/**
 * core's Storage over PostgreSQL (or PGlite): the catalogue loaded once at start, the facts of
 * the rules gathered with a few queries per request.
 */
import type { AccountFacts, ActorFacts, Catalogue, PrivilegeFacts } from '../../../core/access.js';
import type { AccountRecord, GrantRecord } from '../../../core/records.js';
import { Refusal } from '../../../core/refusal.js';
import type { HistoryDraft, MembershipOfAccount, Storage } from '../../../core/storage.js';
import { AFAS_HABILITER_ROLE_ID, isoDay, type AccountPatch, type Application, type Convention, type HistoryEntry, type Organisme, type Role } from '../../../src/domain/index.js';
import { searchKey } from '../../../mocks/store.js';
import type { Database, Queryable } from './database.js';

/** The columns of the fields a PATCH may change. */
const PATCH_COLUMNS: Record<keyof AccountPatch, string> = {
  civilite: 'civilite',
  nom: 'nom',
  prenom: 'prenom',
  nomNaissance: 'nom_naissance',
  emailContact: 'email_contact',
  phone: 'phone',
  fonction: 'fonction',
  workstyle: 'workstyle',
  openingDate: 'opening_date',
  closingDate: 'closing_date',
};

async function insertHistory(tx: Queryable, entry: HistoryDraft, at: Date): Promise<void> {
  await tx.query(
    `insert into history (at, actor_id, actor_name, action, target_type, target_id, account_id, summary, before, after)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb, $10::jsonb)`,
    [at.toISOString(), entry.actor.id, entry.actor.name, entry.action, entry.targetType, entry.targetId, entry.accountId ?? null, entry.summary, entry.before ? JSON.stringify(entry.before) : null, entry.after ? JSON.stringify(entry.after) : null],
  );
}

export interface Clock {
  now(): Date;
}

type Row = Record<string, unknown>;

const day = (column: string) => `to_char(${column}, 'YYYY-MM-DD')`;
const instant = (column: string) => `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

const ACCOUNT_COLUMNS = `a.id, a.identifier, a.civilite, a.nom, a.prenom, a.nom_naissance, a.email_pro, a.email_contact, a.phone, a.fonction,
  a.organisme_id, a.secondary_organisme_id, a.add, a.add_profile, a.status, a.space, a.convention_id, a.workstyle,
  ${day('a.opening_date')} as opening_date, ${day('a.closing_date')} as closing_date, ${instant('a.created_at')} as created_at, a.created_by, a.sort_key, a.version,
  coalesce((select json_agg(json_build_object('roleId', g.role_id, 'source', g.source, 'grantedAt', ${instant('g.granted_at')})) from grants g where g.account_id = a.id), '[]') as grants`;

/** A row as the record the rules read; absent columns stay absent, as in the reference server's memory. */
function accountOf(row: Row): AccountRecord {
  const optional = (key: string, column: string) => (row[column] === null || row[column] === undefined ? {} : { [key]: row[column] });
  const grants = (typeof row.grants === 'string' ? JSON.parse(row.grants) : row.grants) as GrantRecord[];
  return {
    id: row.id as string,
    identifier: row.identifier as string,
    ...optional('civilite', 'civilite'),
    nom: row.nom as string,
    prenom: row.prenom as string,
    ...optional('nomNaissance', 'nom_naissance'),
    emailPro: row.email_pro as string,
    ...optional('emailContact', 'email_contact'),
    ...optional('phone', 'phone'),
    ...optional('fonction', 'fonction'),
    organismeId: row.organisme_id as string,
    ...optional('secondaryOrganismeId', 'secondary_organisme_id'),
    add: row.add as boolean,
    ...optional('addProfile', 'add_profile'),
    status: row.status as AccountRecord['status'],
    space: row.space as AccountRecord['space'],
    ...optional('conventionId', 'convention_id'),
    ...optional('workstyle', 'workstyle'),
    ...optional('openingDate', 'opening_date'),
    ...optional('closingDate', 'closing_date'),
    createdAt: row.created_at as string,
    ...optional('createdBy', 'created_by'),
    version: row.version as number,
    sortKey: row.sort_key as string,
    prenomKey: searchKey(row.prenom as string),
    grants: new Map(grants.map((g) => [g.roleId, g])),
  } as AccountRecord;
}

export async function loadCatalogue(db: Queryable): Promise<Catalogue> {
  const [organismes, applications, roles, conventions, conventionRoles] = await Promise.all([
    db.query('select id, code, name, long_name, branches, space from organismes order by position, id'),
    db.query('select * from applications order by position, id'),
    db.query('select id, application_id, label from roles order by position, id'),
    db.query('select id, label, partner_id from conventions order by position, id'),
    db.query('select convention_id, role_id from convention_roles'),
  ]);
  const roleMap = new Map<string, Role>(roles.map((r) => [r.id as string, { id: r.id as string, label: r.label as string, applicationId: r.application_id as string }]));
  const organismeMap = new Map<string, Organisme>(
    organismes.map((o) => [o.id as string, { id: o.id as string, code: o.code as string, name: o.name as string, longName: o.long_name as string, branches: o.branches as string[], space: o.space as Organisme['space'], hasLocalAdmin: false }]),
  );
  const applicationMap = new Map<string, Application>(
    applications.map((a) => [
      a.id as string,
      {
        id: a.id as string,
        name: a.name as string,
        theme: a.theme as string,
        description: a.description as string,
        targetPublic: a.target_public as string,
        approval: a.approval as Application['approval'],
        space: a.space as Application['space'],
        ...(a.procedure_text ? { procedure: { text: a.procedure_text as string, contact: a.procedure_contact as string } } : {}),
        roles: [...roleMap.values()].filter((r) => r.applicationId === a.id),
      },
    ]),
  );
  const conventionMap = new Map<string, Convention>(
    conventions.map((c) => {
      const held = new Set(conventionRoles.filter((cr) => cr.convention_id === c.id).map((cr) => cr.role_id as string));
      const services = [...applicationMap.values()]
        .filter((app) => app.roles.some((r) => held.has(r.id)))
        .map((app) => ({ applicationId: app.id, name: app.name, roles: app.roles.filter((r) => held.has(r.id)) }));
      return [c.id as string, { id: c.id as string, label: c.label as string, partnerId: c.partner_id as string, partnerName: organismeMap.get(c.partner_id as string)!.name, services }];
    }),
  );
  return { organismes: organismeMap, applications: applicationMap, roles: roleMap, conventions: conventionMap };
}

export function sqlStorage(db: Database, catalogue: Catalogue, clock: Clock): Storage {
  const today = () => isoDay(clock.now());

  async function account(accountId: string): Promise<AccountRecord | undefined> {
    const [row] = await db.query(`select ${ACCOUNT_COLUMNS} from accounts a where a.id = $1`, [accountId]);
    return row ? accountOf(row) : undefined;
  }

  async function privileges(accountId: string): Promise<PrivilegeFacts> {
    const [row] = await db.query(
      `select exists (select 1 from central_admins where account_id = $1) as central_admin,
              exists (select 1 from caf_agents where account_id = $1) as caf_agent,
              (select partner_id from partner_admins where account_id = $1) as partner_admin_of,
              (select organisme_id from local_admins where account_id = $1) as local_admin_of,
              coalesce((select json_agg(json_build_object('id', id, 'code', code) order by id) from groups
                 where responsable_id = $1 and opening_date <= $2::date and (closing_date is null or closing_date > $2::date)), '[]') as responsable_of`,
      [accountId, today()],
    );
    const responsableOf = (typeof row!.responsable_of === 'string' ? JSON.parse(row!.responsable_of) : row!.responsable_of) as { id: string; code: string }[];
    return {
      centralAdmin: row!.central_admin as boolean,
      cafAgent: row!.caf_agent as boolean,
      ...(row!.partner_admin_of ? { partnerAdminOf: row!.partner_admin_of as string } : {}),
      ...(row!.local_admin_of ? { localAdminOf: row!.local_admin_of as string } : {}),
      responsableOf,
    };
  }

  return {
    catalogue,
    now: () => clock.now(),
    today,

    async actorFacts(accountId): Promise<ActorFacts | undefined> {
      const found = await account(accountId);
      if (!found) return undefined;
      const facts = await privileges(accountId);
      const tree = await db.query<{ id: string; convention_id: string }>(
        `with recursive tree as (
           select id, convention_id from groups where id = any($1::text[])
           union select g.id, g.convention_id from groups g join tree on g.parent_id = tree.id
         ) select id, convention_id from tree order by id`,
        [facts.responsableOf.map((g) => g.id)],
      );
      const [afas] = await db.query<{ holds: boolean }>(
        `select exists (
           select 1 from memberships m join groups g on g.id = m.group_id join group_roles gr on gr.group_id = g.id
           where m.account_id = $1 and gr.role_id = $2
             and g.opening_date <= $3::date and (g.closing_date is null or g.closing_date > $3::date)
             and m.opening_date <= $3::date and (m.closing_date is null or m.closing_date > $3::date)
         ) as holds`,
        [accountId, AFAS_HABILITER_ROLE_ID, today()],
      );
      return { account: found, ...facts, groupTree: tree.map((g) => ({ id: g.id, conventionId: g.convention_id })), holdsAfasHabiliter: afas!.holds };
    },

    async accountFacts(actor, accountId): Promise<AccountFacts | undefined> {
      const found = await account(accountId);
      if (!found) return undefined;
      const [facts, [member]] = await Promise.all([
        privileges(accountId),
        db.query<{ inside: boolean }>(
          `select exists (select 1 from memberships where account_id = $1 and group_id = any($2::text[])
             and opening_date <= $3::date and (closing_date is null or closing_date > $3::date)) as inside`,
          [accountId, [...actor.groupIds], today()],
        ),
      ]);
      return { account: found, ...facts, inActorGroups: member!.inside };
    },

    async organismesWithLocalAdmin() {
      const rows = await db.query<{ organisme_id: string }>('select distinct organisme_id from local_admins');
      return new Set(rows.map((r) => r.organisme_id));
    },

    async localAdminsOf(organismeId) {
      const rows = await db.query(
        `select a.id, a.nom, a.prenom, a.email_pro, a.phone, l.organisme_id, l.director, ${day('l.since')} as since, l.named_by, n.prenom as by_prenom, n.nom as by_nom
           from local_admins l join accounts a on a.id = l.account_id left join accounts n on n.id = l.named_by
          where l.organisme_id = $1 order by a.sort_key`,
        [organismeId],
      );
      return rows.map((r) => ({
        accountId: r.id as string,
        nom: r.nom as string,
        prenom: r.prenom as string,
        emailPro: r.email_pro as string,
        ...(r.phone ? { phone: r.phone as string } : {}),
        organismeId: r.organisme_id as string,
        organismeName: catalogue.organismes.get(r.organisme_id as string)!.name,
        director: r.director as boolean,
        since: r.since as string,
        ...(r.named_by ? { namedBy: { id: r.named_by as string, name: r.by_nom ? `${r.by_prenom as string} ${r.by_nom as string}` : (r.named_by as string) } } : {}),
      }));
    },

    async membershipsOf(accountId): Promise<MembershipOfAccount[]> {
      const rows = await db.query(
        `select g.id, g.code, g.label, ${day('g.opening_date')} as group_opening, ${day('g.closing_date')} as group_closing,
                coalesce((select json_agg(role_id order by role_id) from group_roles where group_id = g.id), '[]') as role_ids,
                ${day('m.opening_date')} as opening, ${day('m.closing_date')} as closing
           from memberships m join groups g on g.id = m.group_id where m.account_id = $1 order by g.id`,
        [accountId],
      );
      return rows.map((r) => ({
        groupId: r.id as string,
        groupCode: r.code as string,
        groupLabel: r.label as string,
        groupOpeningDate: r.group_opening as string,
        ...(r.group_closing ? { groupClosingDate: r.group_closing as string } : {}),
        groupRoleIds: (typeof r.role_ids === 'string' ? JSON.parse(r.role_ids) : r.role_ids) as string[],
        openingDate: r.opening as string,
        ...(r.closing ? { closingDate: r.closing as string } : {}),
      }));
    },

    async updateAccount(read, patch, history) {
      const fields = (Object.keys(patch) as (keyof AccountPatch)[]).filter((k) => patch[k] !== undefined);
      const sortKey = searchKey(`${patch.nom ?? read.nom} ${patch.prenom ?? read.prenom}`);
      const sets = [...fields.map((k, i) => `${PATCH_COLUMNS[k]} = $${i + 3}`), `sort_key = $${fields.length + 3}`, 'version = version + 1'];
      await db.transaction(async (tx) => {
        // R15: the write applies only to the version read; the database decides, whatever the instance.
        const changed = await tx.query(`update accounts set ${sets.join(', ')} where id = $1 and version = $2 returning version`, [read.id, read.version, ...fields.map((k) => patch[k]), sortKey]);
        if (!changed.length) {
          const [current] = await tx.query<{ version: number }>('select version from accounts where id = $1', [read.id]);
          throw new Refusal('stale-write', undefined, current ? { currentVersion: current.version } : {});
        }
        await insertHistory(tx, history, clock.now());
      });
    },

    async historyOf(accountId): Promise<HistoryEntry[]> {
      const rows = await db.query(
        `select id, ${instant('at')} as at, actor_id, actor_name, action, target_type, target_id, account_id, summary, before, after
           from history where account_id = $1 order by at desc, id desc`,
        [accountId],
      );
      const json = (v: unknown) => (typeof v === 'string' ? JSON.parse(v) : v) as Record<string, unknown>;
      return rows.map((r) => ({
        id: `h-${r.id as string}`,
        at: r.at as string,
        actor: { id: r.actor_id as string, name: r.actor_name as string },
        action: r.action as string,
        targetType: r.target_type as HistoryEntry['targetType'],
        targetId: r.target_id as string,
        ...(r.account_id ? { accountId: r.account_id as string } : {}),
        summary: r.summary as string,
        ...(r.before ? { before: json(r.before) } : {}),
        ...(r.after ? { after: json(r.after) } : {}),
      }));
    },
  };
}
