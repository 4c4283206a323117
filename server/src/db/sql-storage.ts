/**
 * core's Storage over PostgreSQL (or PGlite): the catalogue loaded once at start, the facts of
 * the rules gathered with a few queries per request. A change runs in one transaction; the
 * records it changes are read FOR UPDATE, so two instances changing the same record take
 * turns, and every UPDATE names the version read (R15).
 */
import type { AccountFacts, ActorFacts, Actor, Catalogue, PrivilegeFacts } from '../../../core/access.js';
import { duplicateGroupCode } from '../../../core/operations/groups.js';
import { Refusal } from '../../../core/refusal.js';
import { searchKey } from '../../../core/search-key.js';
import type { HistoryDraft, HistoryRecord, MembershipOfAccount, Reader, Storage, Tx } from '../../../core/storage.js';
import { AFAS_HABILITER_ROLE_ID, isoDay } from '../../../src/domain/index.js';
import type { Database, Queryable } from './database.js';
import {
  ACCESS_REQUEST_COLUMNS,
  ACCESS_REQUEST_FIELD_COLUMNS,
  ACCOUNT_COLUMNS,
  ACCOUNT_FIELD_COLUMNS,
  ACCOUNT_REQUEST_COLUMNS,
  ACCOUNT_REQUEST_FIELD_COLUMNS,
  GROUP_COLUMNS,
  GROUP_FIELD_COLUMNS,
  LOCAL_ADMIN_COLUMNS,
  LOCAL_ADMIN_VIEW_COLUMNS,
  MEMBER_COLUMNS,
  PARTNER_ADMIN_COLUMNS,
  accessRequestOf,
  accountOf,
  accountRequestOf,
  assignments,
  day,
  groupOf,
  groupRoleIds,
  instant,
  json,
  keysOf,
  localAdminOf,
  localAdminViewOf,
  memberOf,
  partnerAdminOf,
  partnerAdminViewOf,
  privilegeColumns,
  privilegesOf,
} from './rows.js';
import { entitlementAccounts, searchAccounts } from './sql-search.js';
import { accessRequestPage, accountRequestPage } from './sql-requests.js';
import { duplicateEmail } from '../../../core/operations/accounts.js';

export { loadCatalogue } from './catalogue.js';

export interface Clock {
  now(): Date;
}

function reader(q: Queryable, catalogue: Catalogue, clock: Clock): Reader {
  const today = () => isoDay(clock.now());

  async function account(accountId: string): Promise<ReturnType<typeof accountOf> | undefined> {
    const [row] = await q.query(`select ${ACCOUNT_COLUMNS} from accounts a where a.id = $1`, [accountId]);
    return row ? accountOf(row) : undefined;
  }

  async function privileges(accountId: string): Promise<PrivilegeFacts> {
    const [row] = await q.query(`select ${privilegeColumns('$1', '$2')}`, [accountId, today()]);
    return privilegesOf(row!);
  }

  return {
    catalogue,
    now: () => clock.now(),
    today,
    account,

    async accountByEmail(email) {
      const [row] = await q.query(`select ${ACCOUNT_COLUMNS} from accounts a where lower(a.email_pro) = lower($1)`, [email.trim()]);
      return row ? accountOf(row) : undefined;
    },

    async identifierTaken(identifier) {
      const [row] = await q.query<{ taken: boolean }>('select exists (select 1 from accounts where identifier = $1) as taken', [identifier]);
      return row!.taken;
    },

    async actorFacts(accountId): Promise<ActorFacts | undefined> {
      const found = await account(accountId);
      if (!found) return undefined;
      const facts = await privileges(accountId);
      const tree = await q.query<{ id: string; convention_id: string }>(
        `with recursive tree as (
           select id, convention_id from groups where id = any($1::text[])
           union select g.id, g.convention_id from groups g join tree on g.parent_id = tree.id
         ) select id, convention_id from tree order by id`,
        [facts.responsableOf.map((g) => g.id)],
      );
      const [afas] = await q.query<{ holds: boolean }>(
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

    async accountFacts(actor: Actor, accountId): Promise<AccountFacts | undefined> {
      const found = await account(accountId);
      if (!found) return undefined;
      const [facts, [member]] = await Promise.all([
        privileges(accountId),
        q.query<{ inside: boolean }>(
          `select exists (select 1 from memberships where account_id = $1 and group_id = any($2::text[])
             and opening_date <= $3::date and (closing_date is null or closing_date > $3::date)) as inside`,
          [accountId, [...actor.groupIds], today()],
        ),
      ]);
      return { account: found, ...facts, inActorGroups: member!.inside };
    },

    async organismesWithLocalAdmin() {
      const rows = await q.query<{ organisme_id: string }>('select distinct organisme_id from local_admins');
      return new Set(rows.map((r) => r.organisme_id));
    },

    async localAdminsOf(organismeId) {
      const rows = await q.query(
        `select ${LOCAL_ADMIN_VIEW_COLUMNS}
           from local_admins l join accounts a on a.id = l.account_id left join accounts n on n.id = l.named_by
          where $1::text is null or l.organisme_id = $1 order by a.sort_key collate "C", a.id`,
        [organismeId ?? null],
      );
      return rows.map((r) => localAdminViewOf(catalogue, r));
    },

    async localAdmin(accountId) {
      const [row] = await q.query(`select ${LOCAL_ADMIN_COLUMNS} from local_admins l where l.account_id = $1`, [accountId]);
      return row ? localAdminOf(row) : undefined;
    },

    async partnerAdminsOf(partnerId) {
      const rows = await q.query(
        `select ${PARTNER_ADMIN_COLUMNS}, a.identifier, a.nom, a.prenom, a.email_pro
           from partner_admins p join accounts a on a.id = p.account_id where p.partner_id = $1 order by a.sort_key collate "C", a.id`,
        [partnerId],
      );
      return rows.map(partnerAdminViewOf);
    },

    async partnerAdmin(accountId) {
      const [row] = await q.query(`select ${PARTNER_ADMIN_COLUMNS} from partner_admins p where p.account_id = $1`, [accountId]);
      return row ? partnerAdminOf(row) : undefined;
    },

    async membershipsOf(accountId): Promise<MembershipOfAccount[]> {
      const rows = await q.query(
        `select g.id, g.code, g.label, ${day('g.opening_date')} as group_opening, ${day('g.closing_date')} as group_closing,
                ${groupRoleIds('g.id')} as role_ids,
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
        groupRoleIds: json<string[]>(r.role_ids),
        openingDate: r.opening as string,
        ...(r.closing ? { closingDate: r.closing as string } : {}),
      }));
    },

    async historyOf(accountId): Promise<HistoryRecord[]> {
      const rows = await q.query(
        `select id, ${instant('at')} as at, actor_id, actor_name, action, target_type, target_id, account_id, summary, summary_en, before, after
           from history where account_id = $1 order by at desc, id desc`,
        [accountId],
      );
      return rows.map((r) => ({
        id: `h-${r.id as string}`,
        at: r.at as string,
        actor: { id: r.actor_id as string, name: r.actor_name as string },
        action: r.action as string,
        targetType: r.target_type as HistoryRecord['targetType'],
        targetId: r.target_id as string,
        ...(r.account_id ? { accountId: r.account_id as string } : {}),
        // Kept before entries had their English: the French says it in both.
        summary: { fr: r.summary as string, en: (r.summary_en ?? r.summary) as string },
        ...(r.before ? { before: json<Record<string, unknown>>(r.before) } : {}),
        ...(r.after ? { after: json<Record<string, unknown>>(r.after) } : {}),
      }));
    },

    async group(groupId) {
      const [row] = await q.query(`select ${GROUP_COLUMNS} from groups gr where gr.id = $1`, [groupId]);
      return row ? groupOf(row) : undefined;
    },

    async groupsOf(conventionId) {
      const rows = await q.query(`select ${GROUP_COLUMNS} from groups gr where gr.convention_id = $1 order by gr.id collate "C"`, [conventionId]);
      return rows.map(groupOf);
    },

    async memberCounts(groupIds) {
      const rows = await q.query<{ group_id: string; members: number }>(
        `select group_id, count(*)::int as members from memberships
          where group_id = any($1::text[]) and opening_date <= $2::date and (closing_date is null or closing_date > $2::date) group by group_id`,
        [groupIds, today()],
      );
      return new Map(rows.map((r) => [r.group_id, r.members]));
    },

    async membersOf(groupId) {
      const rows = await q.query(`select ${MEMBER_COLUMNS} from memberships m join accounts a on a.id = m.account_id where m.group_id = $1 order by a.sort_key collate "C", a.id`, [groupId]);
      return rows.map(memberOf);
    },

    async membership(groupId, accountId) {
      const [row] = await q.query(`select ${MEMBER_COLUMNS} from memberships m join accounts a on a.id = m.account_id where m.group_id = $1 and m.account_id = $2`, [groupId, accountId]);
      return row ? memberOf(row) : undefined;
    },

    searchAccounts: (actor, scope, query) => searchAccounts(q, today(), actor, scope, query),
    entitlementAccounts: (organismeId, query) => entitlementAccounts(q, organismeId, query),

    async accessRequest(id) {
      const [row] = await q.query(`select ${ACCESS_REQUEST_COLUMNS} from access_requests r where r.id = $1`, [id]);
      return row ? accessRequestOf(row) : undefined;
    },
    accessRequests: (query) => accessRequestPage(q, catalogue, query),
    async accessRequestsOf(accountId) {
      const rows = await q.query(`select ${ACCESS_REQUEST_COLUMNS} from access_requests r where r.requester_id = $1 order by r.requested_at desc, r.id`, [accountId]);
      return rows.map(accessRequestOf);
    },
    async pendingAccessRequest(accountId, roleId) {
      const [row] = await q.query(`select ${ACCESS_REQUEST_COLUMNS} from access_requests r where r.requester_id = $1 and r.role_id = $2 and r.status = 'en_attente'`, [accountId, roleId]);
      return row ? accessRequestOf(row) : undefined;
    },
    async accountRequest(id) {
      const [row] = await q.query(`select ${ACCOUNT_REQUEST_COLUMNS} from account_requests q where q.id = $1`, [id]);
      return row ? accountRequestOf(row) : undefined;
    },
    accountRequests: (query) => accountRequestPage(q, query),
    async pendingAccountRequest(email) {
      const [row] = await q.query(`select ${ACCOUNT_REQUEST_COLUMNS} from account_requests q where lower(q.email_pro) = lower($1) and q.status = 'en_attente'`, [email.trim()]);
      return row ? accountRequestOf(row) : undefined;
    },
    async anyPendingAccessRequestBefore(before) {
      const [row] = await q.query<{ due: boolean }>(`select exists (select 1 from access_requests where status = 'en_attente' and requested_at < $1) as due`, [before.toISOString()]);
      return row!.due;
    },
  };
}

async function stale(q: Queryable, table: string, id: string): Promise<Refusal> {
  const [current] = await q.query<{ version: number }>(`select version from ${table} where id = $1`, [id]);
  return new Refusal('stale-write', undefined, current ? { currentVersion: current.version } : {});
}

/** What the unique indexes say, as the refusals the operations would have given. */
function refusalOf(error: unknown): Refusal | undefined {
  const { code, constraint_name: constraint, constraint: pgliteConstraint } = error as { code?: string; constraint_name?: string; constraint?: string };
  if (code !== '23505') return undefined;
  const name = constraint ?? pgliteConstraint ?? '';
  if (name === 'accounts_email_pro_key' || name === 'account_requests_one_pending') return duplicateEmail();
  if (name === 'access_requests_one_pending') return new Refusal('request-already-pending');
  // The same person added twice at once: the locks of the group, the account or the partner make these take turns already.
  if (name === 'memberships_pkey') return new Refusal('already-member');
  if (name === 'local_admins_pkey') return new Refusal('already-local-admin');
  if (name === 'partner_admins_pkey') return new Refusal('already-partner-admin');
  return undefined;
}

function transaction(q: Queryable, catalogue: Catalogue, clock: Clock): Tx {
  return {
    ...reader(q, catalogue, clock),
    async lockAccount(accountId) {
      const [row] = await q.query(`select ${ACCOUNT_COLUMNS} from accounts a where a.id = $1 for update of a`, [accountId]);
      return row ? accountOf(row) : undefined;
    },
    async lockAccessRequest(id) {
      const [row] = await q.query(`select ${ACCESS_REQUEST_COLUMNS} from access_requests r where r.id = $1 for update`, [id]);
      return row ? accessRequestOf(row) : undefined;
    },
    async lockAccountRequest(id) {
      const [row] = await q.query(`select ${ACCOUNT_REQUEST_COLUMNS} from account_requests q where q.id = $1 for update`, [id]);
      return row ? accountRequestOf(row) : undefined;
    },
    async lockGroup(groupId) {
      const [row] = await q.query(`select ${GROUP_COLUMNS} from groups gr where gr.id = $1 for update of gr`, [groupId]);
      return row ? groupOf(row) : undefined;
    },
    async lockOrganisme(organismeId) {
      await q.query('select 1 from organismes where id = $1 for update', [organismeId]);
    },
    async lockDueAccessRequests(before) {
      const rows = await q.query(
        `select ${ACCESS_REQUEST_COLUMNS} from access_requests r where r.status = 'en_attente' and r.requested_at < $1 order by r.requested_at, r.id for update`,
        [before.toISOString()],
      );
      return rows.map(accessRequestOf);
    },
    async newId(prefix) {
      const [row] = await q.query<{ n: string }>("select nextval('record_ids')::text as n");
      return `${prefix}-${Number(row!.n).toString(36)}`;
    },

    async insertAccount(a) {
      const fields = Object.keys(ACCOUNT_FIELD_COLUMNS) as (keyof typeof ACCOUNT_FIELD_COLUMNS)[];
      const keys = keysOf(a);
      const columns = ['id', ...fields.map((f) => ACCOUNT_FIELD_COLUMNS[f]), 'created_at', 'created_by', 'sort_key', 'prenom_key', 'fonction_key', 'version'];
      const values = [a.id, ...fields.map((f) => a[f] ?? null), a.createdAt, a.createdBy ?? null, keys.sort_key, keys.prenom_key, keys.fonction_key, 1];
      await q.query(`insert into accounts (${columns.join(', ')}) values (${columns.map((_, i) => `$${i + 1}`).join(', ')})`, values);
      for (const g of a.grants.values()) await q.query('insert into grants (account_id, role_id, source, granted_at) values ($1, $2, $3, $4)', [a.id, g.roleId, g.source, g.grantedAt]);
    },
    async saveAccount(read, change) {
      const keys = keysOf({ nom: change.nom ?? read.nom, prenom: change.prenom ?? read.prenom, fonction: ('fonction' in change ? change.fonction : read.fonction) ?? undefined });
      const { sets, values } = assignments(change, ACCOUNT_FIELD_COLUMNS, 3);
      const n = values.length + 3;
      const changed = await q.query(
        `update accounts set ${[...sets, `sort_key = $${n}`, `prenom_key = $${n + 1}`, `fonction_key = $${n + 2}`, 'version = version + 1'].join(', ')} where id = $1 and version = $2 returning id`,
        [read.id, read.version, ...values, keys.sort_key, keys.prenom_key, keys.fonction_key],
      );
      if (!changed.length) throw await stale(q, 'accounts', read.id);
    },
    async putGrant(accountId, g) {
      await q.query(
        `insert into grants (account_id, role_id, source, granted_at) values ($1, $2, $3, $4)
         on conflict (account_id, role_id) do update set source = excluded.source, granted_at = excluded.granted_at`,
        [accountId, g.roleId, g.source, g.grantedAt],
      );
    },
    async deleteGrant(accountId, roleId) {
      await q.query('delete from grants where account_id = $1 and role_id = $2', [accountId, roleId]);
    },

    async insertAccessRequest(r) {
      await q.query(
        `insert into access_requests (id, requester_id, role_id, approval, requested_at, status, decided_by, decided_at, reason, version) values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
        [r.id, r.requesterId, r.roleId, r.approval, r.requestedAt, r.status, r.decidedBy ?? null, r.decidedAt ?? null, r.reason ?? null, r.version],
      );
    },
    async saveAccessRequest(read, change) {
      const { sets, values } = assignments(change, ACCESS_REQUEST_FIELD_COLUMNS, 3);
      const changed = await q.query(`update access_requests set ${[...sets, 'version = version + 1'].join(', ')} where id = $1 and version = $2 returning id`, [read.id, read.version, ...values]);
      if (!changed.length) throw await stale(q, 'access_requests', read.id);
    },
    async insertAccountRequest(r) {
      await q.query(
        `insert into account_requests (id, civilite, nom, prenom, email_pro, external, organisme_id, requested_at, routed_to, status, version, sort_key)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
        [r.id, r.civilite, r.nom, r.prenom, r.emailPro, r.external, r.organismeId, r.requestedAt, r.routedTo, r.status, r.version, searchKey(`${r.nom} ${r.prenom}`)],
      );
    },
    async saveAccountRequest(read, change) {
      const { sets, values } = assignments(change, ACCOUNT_REQUEST_FIELD_COLUMNS, 3);
      const changed = await q.query(`update account_requests set ${[...sets, 'version = version + 1'].join(', ')} where id = $1 and version = $2 returning id`, [read.id, read.version, ...values]);
      if (!changed.length) throw await stale(q, 'account_requests', read.id);
    },

    async insertGroup(g) {
      const key = searchKey(g.code);
      // R11: the unique index decides between two servers creating the same code at once; the later one waits for the first, then is told.
      const inserted = await q.query(
        `insert into groups (id, convention_id, code, code_key, label, level, parent_id, opening_date, closing_date, responsable_id, version)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) on conflict (convention_id, code_key) do nothing returning id`,
        [g.id, g.conventionId, g.code, key, g.label, g.level, g.parentId ?? null, g.openingDate, g.closingDate ?? null, g.responsableId, g.version],
      );
      if (!inserted.length) {
        const [taken] = await q.query<{ code: string }>('select code from groups where convention_id = $1 and code_key = $2', [g.conventionId, key]);
        throw duplicateGroupCode(taken?.code ?? g.code);
      }
      await putGroupRoles(q, g.id, g.roleIds);
    },
    async saveGroup(read, change) {
      const { sets, values } = assignments(change, GROUP_FIELD_COLUMNS, 3);
      const changed = await q.query(`update groups set ${[...sets, 'version = version + 1'].join(', ')} where id = $1 and version = $2 returning id`, [read.id, read.version, ...values]);
      if (!changed.length) throw await stale(q, 'groups', read.id);
      if (change.roleIds) {
        await q.query('delete from group_roles where group_id = $1', [read.id]);
        await putGroupRoles(q, read.id, change.roleIds);
      }
    },
    async insertMembership(m) {
      await q.query('insert into memberships (group_id, account_id, opening_date, closing_date, version) values ($1, $2, $3, $4, $5)', [m.groupId, m.accountId, m.openingDate, m.closingDate ?? null, m.version]);
    },
    async saveMembership(read, dates) {
      const changed = await q.query(
        'update memberships set opening_date = $4, closing_date = $5, version = version + 1 where group_id = $1 and account_id = $2 and version = $3 returning version',
        [read.groupId, read.accountId, read.version, dates.openingDate, dates.closingDate ?? null],
      );
      if (!changed.length) {
        const [current] = await q.query<{ version: number }>('select version from memberships where group_id = $1 and account_id = $2', [read.groupId, read.accountId]);
        throw new Refusal('stale-write', undefined, current ? { currentVersion: current.version } : {});
      }
    },
    async deleteMembership(groupId, accountId) {
      await q.query('delete from memberships where group_id = $1 and account_id = $2', [groupId, accountId]);
    },
    async insertLocalAdmin(l) {
      await q.query('insert into local_admins (account_id, organisme_id, director, since, named_by) values ($1, $2, $3, $4, $5)', [l.accountId, l.organismeId, l.director, l.since, l.namedBy ?? null]);
    },
    async deleteLocalAdmin(accountId) {
      await q.query('delete from local_admins where account_id = $1', [accountId]);
    },
    async insertPartnerAdmin(p) {
      await q.query('insert into partner_admins (account_id, partner_id, since) values ($1, $2, $3)', [p.accountId, p.partnerId, p.since]);
    },
    async deletePartnerAdmin(accountId) {
      await q.query('delete from partner_admins where account_id = $1', [accountId]);
    },

    async record(entry: HistoryDraft) {
      await q.query(
        `insert into history (at, actor_id, actor_name, action, target_type, target_id, account_id, summary, summary_en, before, after)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::jsonb, $11::jsonb)`,
        [
          entry.at ?? clock.now().toISOString(),
          entry.actor.id,
          entry.actor.name,
          entry.action,
          entry.targetType,
          entry.targetId,
          entry.accountId ?? null,
          entry.summary.fr,
          entry.summary.en,
          entry.before ? JSON.stringify(entry.before) : null,
          entry.after ? JSON.stringify(entry.after) : null,
        ],
      );
    },
    async mail(to, subject, body) {
      await q.query('insert into outbox (recipient, subject, body, created_at) values ($1, $2, $3, $4)', [to, subject, body, clock.now().toISOString()]);
    },
  };
}

/** A group's roles, in their order. */
async function putGroupRoles(q: Queryable, groupId: string, roleIds: string[]): Promise<void> {
  if (!roleIds.length) return;
  await q.query('insert into group_roles (group_id, role_id, position) select $1, role_id, position - 1 from unnest($2::text[]) with ordinality as r (role_id, position)', [groupId, roleIds]);
}

let savepoints = 0;

/**
 * The storage over the database. Over a transaction (`within`), a change is a savepoint of it:
 * an idempotent request runs its operation inside the transaction that keeps its key.
 */
export function sqlStorage(db: Database, catalogue: Catalogue, clock: Clock): Storage & { within(tx: Queryable): Storage } {
  const run = async <T>(work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (error) {
      throw refusalOf(error) ?? error;
    }
  };
  return {
    ...reader(db, catalogue, clock),
    write: (work) => run(() => db.transaction((tx) => work(transaction(tx, catalogue, clock)))),
    within(outer: Queryable): Storage {
      return {
        ...reader(outer, catalogue, clock),
        write: (work) =>
          run(async () => {
            const name = `change_${(savepoints += 1)}`;
            await outer.query(`savepoint ${name}`);
            try {
              const result = await work(transaction(outer, catalogue, clock));
              await outer.query(`release savepoint ${name}`);
              return result;
            } catch (error) {
              await outer.query(`rollback to savepoint ${name}`);
              throw error;
            }
          }),
      };
    },
  };
}
