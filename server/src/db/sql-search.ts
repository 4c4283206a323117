/**
 * The search (R1, R9) and « État des habilitations » in SQL: the scope core/ decided and the
 * query's filters as conditions, the order of the reference server (keys compared code by
 * code, collation "C", the id as the last tie-break), one query for the page's ids, one for
 * their facts, one for the count.
 */
import type { AccountFacts, Actor } from '../../../core/access.js';
import type { AccountRecord } from '../../../core/records.js';
import { searchKey } from '../../../core/search-key.js';
import type { Found, SearchScope } from '../../../core/storage.js';
import type { AccountQuery, AccountSortField, EntitlementQuery, EntitlementSortField } from '../../../src/domain/index.js';
import type { Queryable } from './database.js';
import { ACCOUNT_COLUMNS, accountOf, privilegeColumns, privilegesOf } from './rows.js';

/** Parameters numbered as they are added. */
export class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** A LIKE pattern for "starts with", its wildcards taken literally. */
const prefix = (text: string) => `${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

const active = (table: string, day: string) => `${table}.opening_date <= ${day} and (${table}.closing_date is null or ${table}.closing_date > ${day})`;

const SEARCH_ORDER: Record<AccountSortField, string> = {
  nom: 'a.sort_key',
  prenom: "a.prenom_key || ' ' || a.sort_key",
  emailPro: 'a.email_pro',
  status: "a.status || ' ' || a.sort_key",
  openingDate: "coalesce(to_char(a.opening_date, 'YYYY-MM-DD'), '') || ' ' || a.sort_key",
  // Kept by the database from the organisme's name (migration 0007).
  organismeName: 'a.organisme_key',
};

export async function searchAccounts(q: Queryable, today: string, actor: Actor, scope: SearchScope, query: AccountQuery): Promise<Found<AccountFacts>> {
  const p = new Params();
  // The day is a parameter only when a condition reads it (an unused parameter has no type).
  let dayParam: string | undefined;
  const day = () => (dayParam ??= `${p.add(today)}::date`);
  const where = [`a.space = ${p.add(scope.space)}`];
  if (scope.organisme !== undefined) {
    const o = p.add(scope.organisme);
    where.push(`(a.organisme_id = ${o} or a.secondary_organisme_id = ${o})`);
  }
  if (scope.outside !== undefined) {
    where.push(
      `a.organisme_id <> ${p.add(scope.outside)} and not a.add and a.status <> 'supprime'`,
      'not exists (select 1 from central_admins c where c.account_id = a.id)',
      'not exists (select 1 from local_admins l where l.account_id = a.id)',
    );
  }
  if (scope.conventions !== undefined) where.push(`a.convention_id = any(${p.add(scope.conventions)}::text[])`);
  if (scope.groupId !== undefined) where.push(`exists (select 1 from memberships m where m.group_id = ${p.add(scope.groupId)} and m.account_id = a.id and ${active('m', day())})`);
  if (query.nom) where.push(`(a.sort_key collate "C") like ${p.add(prefix(searchKey(query.nom)))}`);
  if (query.prenom) where.push(`(a.prenom_key collate "C") like ${p.add(prefix(searchKey(query.prenom)))}`);
  if (query.identifier) {
    // « Contains »: a trigram index serves it (migration 0006).
    const text = p.add(`%${query.identifier.trim().toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    where.push(`(lower(a.identifier) like ${text} or lower(a.email_pro) like ${text})`);
  }
  if (query.add !== undefined) where.push(`a.add = ${p.add(query.add)}`);
  if (query.active !== undefined) {
    where.push(`((case when a.space = 'caf' and a.closing_date <= ${day()} then 'cloture' else a.status end) in ('actif', 'ouvert')) = ${p.add(query.active)}`);
  }
  if (query.roleId !== undefined) {
    // A role is held by a grant, and in the CAF's space also through an open group. Each as a
    // set tested by the index (grants_role_account): a page walks the order and stops.
    const role = p.add(query.roleId);
    let holds = `a.id in (select g.account_id from grants g where g.role_id = ${role})`;
    if (scope.space === 'caf') {
      holds = `(${holds} or a.id in (select m.account_id from memberships m join groups gr on gr.id = m.group_id join group_roles r on r.group_id = gr.id
        where r.role_id = ${role} and ${active('m', day())} and ${active('gr', day())}))`;
    }
    where.push((query.hasRole ?? true) ? holds : `not ${holds}`);
  }
  const field = (query.sort ?? 'nom').replace(/^-/, '') as AccountSortField;
  const direction = (query.sort ?? '').startsWith('-') ? 'desc' : 'asc';
  const pageSize = query.pageSize ?? 10;
  const offset = ((query.page ?? 1) - 1) * pageSize;
  const conditions = where.join(' and ');
  // « Contient » finds accounts scattered over any order, where the planner cannot see them (the
  // Martins sit among the M's): found by the trigram indexes and sorted, rather than the order's
  // index walked until a page is full. `|| ''` keeps that index out of the plan.
  const order = query.identifier ? `(${SEARCH_ORDER[field]}) || ''` : SEARCH_ORDER[field];
  const n = p.values.length;
  const [ids, [count]] = await Promise.all([
    q.query<{ id: string }>(
      `select a.id from accounts a where ${conditions} order by (${order}) collate "C" ${direction}, a.id ${direction} limit $${n + 1} offset $${n + 2}`,
      [...p.values, pageSize, offset],
    ),
    q.query<{ total: number }>(`select count(*)::int as total from accounts a where ${conditions}`, p.values),
  ]);
  return { items: await factsOf(q, today, actor, ids.map((r) => r.id)), total: count!.total };
}

/** The accounts with what the rules need of each, in the order of `ids`. */
async function factsOf(q: Queryable, today: string, actor: Actor, ids: string[]): Promise<AccountFacts[]> {
  if (!ids.length) return [];
  const rows = await q.query(
    `select ${ACCOUNT_COLUMNS}, ${privilegeColumns('a.id', '$2')},
            exists (select 1 from memberships m where m.account_id = a.id and m.group_id = any($3::text[]) and ${active('m', '$2::date')}) as in_actor_groups
       from accounts a where a.id = any($1::text[])`,
    [ids, today, [...actor.groupIds]],
  );
  const byId = new Map(rows.map((row) => [row.id as string, { account: accountOf(row), ...privilegesOf(row), inActorGroups: row.in_actor_groups as boolean }]));
  return ids.map((id) => byId.get(id)!);
}

const REPORT_ORDER: Record<EntitlementSortField, string> = {
  nom: 'a.sort_key',
  prenom: "a.prenom_key || ' ' || a.sort_key",
  emailPro: 'a.email_pro',
  fonction: "a.fonction_key || ' ' || a.sort_key",
};

export async function entitlementAccounts(q: Queryable, organismeId: string, query: EntitlementQuery): Promise<Found<AccountRecord>> {
  const p = new Params();
  const o = p.add(organismeId);
  const where = [`(a.organisme_id = ${o} or a.secondary_organisme_id = ${o})`, "a.status <> 'supprime'"];
  if (query.nom) where.push(`(a.sort_key collate "C") like ${p.add(prefix(searchKey(query.nom)))}`);
  if (query.email?.trim()) where.push(`strpos(a.email_pro, ${p.add(query.email.trim().toLowerCase())}) > 0`);
  if (query.add !== undefined) where.push(`a.add = ${p.add(query.add)}`);
  const sort = query.sort ?? 'nom';
  const field = sort.replace(/^-/, '') as EntitlementSortField;
  const direction = sort.startsWith('-') ? 'desc' : 'asc';
  const pageSize = query.pageSize ?? 50;
  const offset = ((query.page ?? 1) - 1) * pageSize;
  const conditions = where.join(' and ');
  const n = p.values.length;
  const [rows, [count]] = await Promise.all([
    q.query(
      `select ${ACCOUNT_COLUMNS} from accounts a where ${conditions}
        order by (${REPORT_ORDER[field]}) collate "C" ${direction}, a.sort_key collate "C", a.id limit $${n + 1} offset $${n + 2}`,
      [...p.values, pageSize, offset],
    ),
    q.query<{ total: number }>(`select count(*)::int as total from accounts a where ${conditions}`, p.values),
  ]);
  return { items: rows.map(accountOf), total: count!.total };
}
