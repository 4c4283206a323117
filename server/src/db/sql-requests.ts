/**
 * « En cours » and « Historique » in SQL: the list's view, R3's « whose requests » and the
 * query's filters as conditions, the order of the reference server (keys compared code by code,
 * collation "C", then the request's instant and id, all in the one direction), one query for
 * the page, one for the count.
 */
import type { Catalogue } from '../../../core/access.js';
import type { AccessRequestRecord, AccountRecord, AccountRequestRecord } from '../../../core/records.js';
import { searchKey } from '../../../core/search-key.js';
import type { Found, RequestListQuery } from '../../../core/storage.js';
import type { Queryable } from './database.js';
import { ACCESS_REQUEST_COLUMNS, ACCOUNT_COLUMNS, ACCOUNT_REQUEST_COLUMNS, accessRequestOf, accountOf, accountRequestOf } from './rows.js';
import { Params } from './sql-search.js';

/** The conditions both lists share, on the request `t` (its organisme read from `organisme`). */
function common(p: Params, query: RequestListQuery, t: string): string[] {
  // As two conditions, not one comparison, so that the partial indexes serve them.
  const where = [query.pending ? `${t}.status = 'en_attente'` : `${t}.status <> 'en_attente'`];
  if (query.status) where.push(`${t}.status = ${p.add(query.status)}`);
  // Paris days, as the administrators count them.
  const day = `((${query.pending ? `${t}.requested_at` : `coalesce(${t}.decided_at, ${t}.requested_at)`}) at time zone 'Europe/Paris')::date`;
  if (query.from) where.push(`${day} >= ${p.add(query.from)}::date`);
  if (query.to) where.push(`${day} <= ${p.add(query.to)}::date`);
  return where;
}

function orderOf(query: RequestListQuery, t: string, key: string | undefined): string {
  const direction = query.descending ? 'desc' : 'asc';
  const tie = `${t}.requested_at ${direction}, ${t}.id collate "C" ${direction}`;
  // Within one list every request has a decision (the history) or none has (« En cours »).
  if (query.sort === 'decidedAt') return `${t}.decided_at ${direction}, ${tie}`;
  return key ? `${key} collate "C" ${direction}, ${tie}` : tie;
}

function page(p: Params, query: RequestListQuery): string {
  return `limit ${p.add(query.pageSize)} offset ${p.add((query.page - 1) * query.pageSize)}`;
}

export async function accessRequestPage(q: Queryable, catalogue: Catalogue, query: RequestListQuery): Promise<Found<{ request: AccessRequestRecord; requester: AccountRecord }>> {
  const p = new Params();
  const where = common(p, query, 'r');
  const hasLocalAdmin = 'exists (select 1 from local_admins l where l.organisme_id = a.organisme_id)';
  const whose: string[] = [];
  if (query.decider.central) whose.push(`(r.approval = 'central' or not ${hasLocalAdmin})`);
  if (query.decider.organisme !== undefined) whose.push(`(r.approval <> 'central' and ${hasLocalAdmin} and a.organisme_id = ${p.add(query.decider.organisme)})`);
  where.push(whose.length ? `(${whose.join(' or ')})` : 'false');
  if (query.text) {
    const key = p.add(query.text.key);
    where.push(`(strpos(a.sort_key, ${key}) > 0 or strpos(lower(a.email_pro), ${key}) > 0
      or r.role_id = any(${p.add(query.text.roleIds)}::text[]) or a.organisme_id = any(${p.add(query.text.organismeIds)}::text[]))`);
  }
  const from = 'access_requests r join accounts a on a.id = r.requester_id';
  const conditions = where.join(' and ');
  const counted = p.values.slice();

  let joins = '';
  let key: string | undefined;
  if (query.sort === 'nom') key = 'a.sort_key';
  if (query.sort === 'organismeName') {
    joins = ' join organismes o on o.id = a.organisme_id';
    key = 'o.name';
  }
  if (query.sort === 'roleLabel') {
    // The labels' search keys, as the reference server compares them.
    const roles = [...catalogue.roles.values()];
    joins = ` join unnest(${p.add(roles.map((r) => r.id))}::text[], ${p.add(roles.map((r) => searchKey(r.label)))}::text[]) as role_key(id, key) on role_key.id = r.role_id`;
    key = 'role_key.key';
  }
  const [rows, [count]] = await Promise.all([
    q.query(`select ${ACCESS_REQUEST_COLUMNS} from ${from}${joins} where ${conditions} order by ${orderOf(query, 'r', key)} ${page(p, query)}`, p.values),
    q.query<{ total: number }>(`select count(*)::int as total from ${from} where ${conditions}`, counted),
  ]);
  const requests = rows.map(accessRequestOf);
  const requesters = requests.length ? await q.query(`select ${ACCOUNT_COLUMNS} from accounts a where a.id = any($1::text[])`, [[...new Set(requests.map((r) => r.requesterId))]]) : [];
  const byId = new Map(requesters.map((row) => [row.id as string, accountOf(row)]));
  return { items: requests.map((request) => ({ request, requester: byId.get(request.requesterId)! })), total: count!.total };
}

export async function accountRequestPage(q: Queryable, query: RequestListQuery): Promise<Found<AccountRequestRecord>> {
  const p = new Params();
  const where = common(p, query, 'q');
  const whose: string[] = [];
  if (query.decider.central) whose.push("q.routed_to = 'central'");
  if (query.decider.organisme !== undefined) whose.push(`(q.routed_to <> 'central' and q.organisme_id = ${p.add(query.decider.organisme)})`);
  where.push(whose.length ? `(${whose.join(' or ')})` : 'false');
  if (query.text) {
    const key = p.add(query.text.key);
    where.push(`(strpos(q.sort_key, ${key}) > 0 or strpos(lower(q.email_pro), ${key}) > 0 or q.organisme_id = any(${p.add(query.text.organismeIds)}::text[]))`);
  }
  const conditions = where.join(' and ');
  const counted = p.values.slice();
  const organisme = query.sort === 'organismeName';
  const key = query.sort === 'nom' ? 'q.sort_key' : organisme ? 'o.name' : undefined;
  const [rows, [count]] = await Promise.all([
    q.query(
      `select ${ACCOUNT_REQUEST_COLUMNS} from account_requests q${organisme ? ' join organismes o on o.id = q.organisme_id' : ''}
        where ${conditions} order by ${orderOf(query, 'q', key)} ${page(p, query)}`,
      p.values,
    ),
    q.query<{ total: number }>(`select count(*)::int as total from account_requests q where ${conditions}`, counted),
  ]);
  return { items: rows.map(accountRequestOf), total: count!.total };
}
