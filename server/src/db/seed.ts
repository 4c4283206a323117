/**
 * The guides' data, once, into an empty database: the reference server's seed (mocks/seed —
 * the organismes, applications, conventions, people, groups and requests of the guides, plus
 * generated people) is built in its memory store, then copied into the tables in one
 * transaction. One seed for both servers, so the demo on habil-server meets the situations the
 * guides describe, as Storybook does.
 */
import { APPLICATIONS } from '../../../mocks/seed/catalogue.js';
import { seedStore } from '../../../mocks/seed/index.js';
import { searchKey } from '../../../core/search-key.js';
import { Clock, ReferenceStore } from '../../../mocks/store.js';
import { keysOf } from './rows.js';
import type { Database, Queryable } from './database.js';

export interface SeedOptions {
  /** The day the seed's requests are dated from (the server's clock). */
  now: Date;
  /** Generated people added to those of the guides. */
  generatedAccounts: number;
}

async function insert(tx: Queryable, table: string, columns: string[], rows: unknown[][]): Promise<void> {
  // Chunks keep each statement far below PostgreSQL's 65,535 parameters.
  const perStatement = Math.max(1, Math.floor(5000 / columns.length));
  for (let start = 0; start < rows.length; start += perStatement) {
    const chunk = rows.slice(start, start + perStatement);
    const values = chunk.map((row, r) => `(${row.map((_, c) => `$${r * columns.length + c + 1}`).join(', ')})`).join(', ');
    await tx.query(`insert into ${table} (${columns.join(', ')}) values ${values}`, chunk.flat());
  }
}

/** Seeds the database if it holds no organisme yet; says whether it did. */
export async function seedIfEmpty(db: Database, options: SeedOptions): Promise<boolean> {
  const [{ count }] = await db.query<{ count: number }>('select count(*)::int as count from organismes');
  if (count > 0) return false;
  const store = new ReferenceStore(new Clock(options.now));
  seedStore(store, options.generatedAccounts);
  await db.transaction(async (tx) => {
    await insert(tx, 'organismes', ['id', 'position', 'code', 'name', 'long_name', 'branches', 'space'], [...store.organismes.values()].map((o, i) => [o.id, i, o.code, o.name, o.longName, o.branches, o.space]));
    const apps = [...store.applications.values()];
    await insert(
      tx,
      'applications',
      ['id', 'position', 'name', 'theme', 'description', 'target_public', 'approval', 'space', 'procedure_text', 'procedure_contact'],
      apps.map((a, i) => [a.id, i, a.name, a.theme, a.description, a.targetPublic, a.approval, a.space, a.procedure?.text ?? null, a.procedure?.contact ?? null]),
    );
    await insert(tx, 'roles', ['id', 'position', 'application_id', 'label'], [...store.roles.values()].map((r, i) => [r.id, i, r.applicationId, r.label]));
    const conventions = [...store.conventions.values()];
    await insert(tx, 'conventions', ['id', 'position', 'label', 'partner_id'], conventions.map((c, i) => [c.id, i, c.label, c.partnerId]));
    await insert(tx, 'convention_roles', ['convention_id', 'role_id'], conventions.flatMap((c) => c.services.flatMap((s) => s.roles.map((r) => [c.id, r.id]))));

    // Creators first: an account's created_by names an account inserted before it.
    const accounts = [...store.accounts.values()].sort((a, b) => Number(!!a.createdBy) - Number(!!b.createdBy));
    await insert(
      tx,
      'accounts',
      ['id', 'identifier', 'civilite', 'nom', 'prenom', 'nom_naissance', 'email_pro', 'email_contact', 'phone', 'fonction', 'organisme_id', 'secondary_organisme_id', 'add', 'add_profile', 'status', 'space', 'convention_id', 'workstyle', 'opening_date', 'closing_date', 'created_at', 'created_by', 'sort_key', 'prenom_key', 'fonction_key', 'version'],
      accounts.map((a) => [
        a.id, a.identifier, a.civilite ?? null, a.nom, a.prenom, a.nomNaissance ?? null, a.emailPro, a.emailContact ?? null, a.phone ?? null, a.fonction ?? null,
        a.organismeId, a.secondaryOrganismeId ?? null, a.add, a.addProfile ?? null, a.status, a.space, a.conventionId ?? null, a.workstyle ?? null,
        a.openingDate ?? null, a.closingDate ?? null, a.createdAt, a.createdBy ?? null, ...Object.values(keysOf(a)), a.version,
      ]),
    );
    await insert(tx, 'grants', ['account_id', 'role_id', 'source', 'granted_at'], accounts.flatMap((a) => [...a.grants.values()].map((g) => [a.id, g.roleId, g.source, g.grantedAt])));
    await insert(tx, 'central_admins', ['account_id'], [...store.centralAdmins].map((id) => [id]));
    await insert(tx, 'caf_agents', ['account_id'], [...store.cafAgents].map((id) => [id]));
    await insert(tx, 'local_admins', ['account_id', 'organisme_id', 'director', 'since', 'named_by'], [...store.localAdmins.values()].map((l) => [l.accountId, l.organismeId, l.director, l.since, l.namedBy ?? null]));
    await insert(tx, 'partner_admins', ['account_id', 'partner_id', 'since'], [...store.partnerAdmins.values()].map((p) => [p.accountId, p.partnerId, p.since]));

    // Parents first: a group's parent_id names a group inserted before it.
    const groups = [...store.groups.values()].sort((a, b) => a.level - b.level);
    await insert(
      tx,
      'groups',
      ['id', 'convention_id', 'code', 'code_key', 'label', 'level', 'parent_id', 'opening_date', 'closing_date', 'responsable_id', 'version'],
      groups.map((g) => [g.id, g.conventionId, g.code, searchKey(g.code), g.label, g.level, g.parentId ?? null, g.openingDate, g.closingDate ?? null, g.responsableId, g.version]),
    );
    await insert(tx, 'group_roles', ['group_id', 'role_id', 'position'], groups.flatMap((g) => g.roleIds.map((r, i) => [g.id, r, i])));
    await insert(tx, 'memberships', ['group_id', 'account_id', 'opening_date', 'closing_date', 'version'], [...store.memberships.values()].map((m) => [m.groupId, m.accountId, m.openingDate, m.closingDate ?? null, m.version]));
    await insert(
      tx,
      'access_requests',
      ['id', 'requester_id', 'role_id', 'approval', 'requested_at', 'status', 'decided_by', 'decided_at', 'reason', 'version'],
      [...store.accessRequests.values()].map((r) => [r.id, r.requesterId, r.roleId, r.approval, r.requestedAt, r.status, r.decidedBy ?? null, r.decidedAt ?? null, r.reason ?? null, r.version]),
    );
    await insert(
      tx,
      'account_requests',
      ['id', 'civilite', 'nom', 'prenom', 'email_pro', 'external', 'organisme_id', 'requested_at', 'routed_to', 'status', 'decided_by', 'decided_at', 'reason', 'account_id', 'version', 'sort_key'],
      [...store.accountRequests.values()].map((r) => [
        r.id, r.civilite, r.nom, r.prenom, r.emailPro, r.external, r.organismeId, r.requestedAt, r.routedTo, r.status, r.decidedBy ?? null, r.decidedAt ?? null, r.reason ?? null, r.accountId ?? null, r.version,
        searchKey(`${r.nom} ${r.prenom}`),
      ]),
    );
  });
  // Fresh statistics and visibility for the planner: counts read the indexes alone.
  await db.exec('vacuum analyze');
  return true;
}

/**
 * The English of the guides' applications (theme, description, target public, procedure), into
 * the rows that have none yet and still say the seed's French: a database seeded before the
 * texts had their English gets it, an application an operator rewrote keeps what he wrote (and
 * is said in French until he writes its English). Returns the number of applications given it.
 */
export async function seedEnglishTexts(db: Queryable): Promise<number> {
  let filled = 0;
  for (const { application: a, english } of APPLICATIONS) {
    const rows = await db.query(
      `update applications set theme_en = $2, description_en = $3, target_public_en = $4, procedure_text_en = $5
        where id = $1 and theme_en is null and description_en is null and target_public_en is null and procedure_text_en is null
          and theme = $6 and description = $7 and target_public = $8 and procedure_text is not distinct from $9
        returning id`,
      [a.id, english.theme, english.description, english.targetPublic, english.procedure ?? null, a.theme, a.description, a.targetPublic, a.procedure?.text ?? null],
    );
    filled += rows.length;
  }
  return filled;
}
