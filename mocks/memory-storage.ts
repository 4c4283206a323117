/**
 * The Storage of core/ over the reference server's memory: the facts come from its maps, a
 * change applies to them directly. Changes take turns (one at a time per store), as row locks
 * make them on PostgreSQL; the operations check everything before they write, so a refused
 * change leaves nothing behind.
 */
import type { AccountQuery, AccountSortField, EntitlementQuery, EntitlementSortField } from '../src/domain/index.js';
import { isoDay } from '../src/domain/index.js';
import { decidesAccess, decidesAccount, type AccountFacts, type Actor } from '../core/access.js';
import { Refusal } from '../core/refusal.js';
import { searchKey } from '../core/search-key.js';
import { duplicateGroupCode } from '../core/operations/groups.js';
import type { Found, MemberOfGroup, MembershipOfAccount, Reader, RequestListQuery, SearchScope, Storage, Tx } from '../core/storage.js';
import type { LocalAdmin, PartnerAdmin } from '../src/domain/index.js';
import { accountFacts, actorFactsOf } from './access.js';
import type { AccessRequestRecord, AccountRecord, AccountRequestRecord, GroupRecord, LocalAdminRecord, MembershipRecord, PartnerAdminRecord, ReferenceStore } from './store.js';

/** The store's record, refused as stale (R15) when it has changed since it was `read`. */
function unchanged<R extends { version: number }>(record: R, read: { version: number }): R {
  if (record.version !== read.version) throw new Refusal('stale-write', undefined, { currentVersion: record.version });
  return record;
}

/** One change at a time per store. */
const turns = new WeakMap<ReferenceStore, Promise<unknown>>();

export function memoryStorage(store: ReferenceStore): Storage {
  const reader = memoryReader(store);
  const tx: Tx = {
    ...reader,
    lockAccount: reader.account,
    lockAccessRequest: reader.accessRequest,
    lockGroup: reader.group,
    // The memory makes changes one at a time: what a lock would order is already in order.
    lockOrganisme: async () => undefined,
    lockAccountRequest: reader.accountRequest,
    lockDueAccessRequests: async (before) => [...store.accessRequests.values()].filter((r) => r.status === 'en_attente' && r.requestedAt < before.toISOString()),
    newId: async (prefix) => {
      let id = store.nextId(prefix);
      // The counter can meet the ids of the seed (dem-2, dcc-3…): a new record never replaces one.
      while (store.accounts.has(id) || store.accessRequests.has(id) || store.accountRequests.has(id) || store.groups.has(id)) id = store.nextId(prefix);
      return id;
    },
    insertAccount: async (account) => {
      const created = store.addAccount({ ...account });
      for (const [roleId, grant] of account.grants) created.grants.set(roleId, { ...grant });
    },
    saveAccount: async (read, change) => {
      store.updateAccount(unchanged(store.accounts.get(read.id)!, read), change);
    },
    putGrant: async (accountId, grant) => {
      store.directGrants(accountId).set(grant.roleId, { ...grant });
    },
    deleteGrant: async (accountId, roleId) => {
      store.directGrants(accountId).delete(roleId);
    },
    insertAccessRequest: async (request) => {
      store.accessRequests.set(request.id, { ...request });
    },
    saveAccessRequest: async (read, change) => {
      const request = unchanged(store.accessRequests.get(read.id)!, read);
      Object.assign(request, change, { version: request.version + 1 });
    },
    insertAccountRequest: async (request) => {
      store.accountRequests.set(request.id, { ...request });
    },
    saveAccountRequest: async (read, change) => {
      const request = unchanged(store.accountRequests.get(read.id)!, read);
      Object.assign(request, change, { version: request.version + 1 });
    },
    insertGroup: async (group) => {
      const key = searchKey(group.code);
      for (const g of store.groups.values()) if (g.conventionId === group.conventionId && searchKey(g.code) === key) throw duplicateGroupCode(g.code);
      store.groups.set(group.id, { ...group, roleIds: [...group.roleIds] });
    },
    saveGroup: async (read, change) => {
      const group = unchanged(store.groups.get(read.id)!, read);
      // Replaced, never changed in place: the seed's groups share their role lists with the seed.
      Object.assign(group, change, change.roleIds ? { roleIds: [...change.roleIds] } : {}, { version: group.version + 1 });
    },
    insertMembership: async (m) => {
      store.memberships.set(store.membershipKey(m.groupId, m.accountId), { ...m });
    },
    saveMembership: async (read, dates) => {
      const m = unchanged(store.memberships.get(store.membershipKey(read.groupId, read.accountId))!, read);
      // Changed in place, as a group is: whoever holds the store's record sees the change.
      m.openingDate = dates.openingDate;
      if (dates.closingDate) m.closingDate = dates.closingDate;
      else delete m.closingDate;
      m.version += 1;
    },
    deleteMembership: async (groupId, accountId) => {
      store.memberships.delete(store.membershipKey(groupId, accountId));
    },
    insertLocalAdmin: async (admin) => {
      store.localAdmins.set(admin.accountId, { ...admin });
    },
    deleteLocalAdmin: async (accountId) => {
      store.localAdmins.delete(accountId);
    },
    insertPartnerAdmin: async (admin) => {
      store.partnerAdmins.set(admin.accountId, { ...admin });
    },
    deletePartnerAdmin: async (accountId) => {
      store.partnerAdmins.delete(accountId);
    },
    record: async (entry) => {
      store.record(entry);
    },
    mail: async (to, subject) => {
      store.sendMail(to, subject);
    },
  };
  return {
    ...reader,
    write<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
      const run = (turns.get(store) ?? Promise.resolve()).then(() => work(tx));
      turns.set(store, run.catch(() => undefined));
      return run;
    },
  };
}

// Records are handed out as copies where an operation keeps them across an await: what it read stays as it read it.
const copyAccount = (a: AccountRecord): AccountRecord => ({ ...a, grants: new Map(a.grants) });

function memoryReader(store: ReferenceStore): Reader {
  return {
    catalogue: store,
    now: () => store.clock.now(),
    today: () => store.clock.today(),
    account: async (accountId) => {
      const account = store.accounts.get(accountId);
      return account ? copyAccount(account) : undefined;
    },
    accountByEmail: async (email) => {
      const account = store.findAccountByEmail(email);
      return account ? copyAccount(account) : undefined;
    },
    identifierTaken: async (identifier) => [...store.accounts.values()].some((a) => a.identifier === identifier),
    actorFacts: async (accountId) => {
      const account = store.accounts.get(accountId);
      return account ? actorFactsOf(store, account) : undefined;
    },
    accountFacts: async (actor, accountId) => {
      const account = store.accounts.get(accountId);
      return account ? { ...accountFacts(store, actor, account), account: copyAccount(account) } : undefined;
    },
    organismesWithLocalAdmin: async () => new Set([...store.localAdmins.values()].map((l) => l.organismeId)),
    membershipsOf: async (accountId) => membershipsOf(store, accountId),
    // By name, then id, as PostgreSQL orders them (collation "C").
    localAdminsOf: async (organismeId) =>
      [...store.localAdmins.values()]
        .filter((l) => organismeId === undefined || l.organismeId === organismeId)
        .map((l) => ({ l, key: store.accounts.get(l.accountId)!.sortKey }))
        .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.l.accountId < b.l.accountId ? -1 : a.l.accountId > b.l.accountId ? 1 : 0))
        .map(({ l }) => localAdminOf(store, l)),
    localAdmin: async (accountId) => {
      const l = store.localAdmins.get(accountId);
      return l ? { ...l } : undefined;
    },
    partnerAdminsOf: async (partnerId) => [...store.partnerAdmins.values()].filter((p) => p.partnerId === partnerId).map((p) => partnerAdminOf(store, p)),
    partnerAdmin: async (accountId) => {
      const p = store.partnerAdmins.get(accountId);
      return p ? { ...p } : undefined;
    },
    historyOf: async (accountId) =>
      // Newest first; changes recorded at the same instant keep their order, latest first (stable sort).
      store.history
        .filter((h) => h.accountId === accountId)
        .reverse()
        .sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0)),
    group: async (groupId) => {
      const group = store.groups.get(groupId);
      return group ? copyGroup(group) : undefined;
    },
    groupsOf: async (conventionId) => [...store.groups.values()].filter((g) => g.conventionId === conventionId).map(copyGroup),
    memberCounts: async (groupIds) => {
      const wanted = new Set(groupIds);
      const counts = new Map<string, number>();
      for (const m of store.memberships.values()) {
        if (wanted.has(m.groupId) && store.isMembershipActive(m)) counts.set(m.groupId, (counts.get(m.groupId) ?? 0) + 1);
      }
      return counts;
    },
    membersOf: async (groupId) => store.membersOf(groupId).map((m) => memberOf(store, m)),
    membership: async (groupId, accountId) => {
      const m = store.memberships.get(store.membershipKey(groupId, accountId));
      return m ? memberOf(store, m) : undefined;
    },
    searchAccounts: async (actor, scope, q) => searchAccounts(store, actor, scope, q),
    entitlementAccounts: async (organismeId, q) => entitlementAccounts(store, organismeId, q),
    accessRequest: async (id) => {
      const r = store.accessRequests.get(id);
      return r ? { ...r } : undefined;
    },
    accessRequests: async (q) => accessRequestPage(store, q),
    accessRequestsOf: async (accountId) =>
      [...store.accessRequests.values()].filter((r) => r.requesterId === accountId).sort((a, b) => b.requestedAt.localeCompare(a.requestedAt)).map((r) => ({ ...r })),
    pendingAccessRequest: async (accountId, roleId) => {
      for (const r of store.accessRequests.values()) if (r.requesterId === accountId && r.roleId === roleId && r.status === 'en_attente') return { ...r };
      return undefined;
    },
    accountRequest: async (id) => {
      const r = store.accountRequests.get(id);
      return r ? { ...r } : undefined;
    },
    accountRequests: async (q) => accountRequestPage(store, q),
    pendingAccountRequest: async (email) => {
      const wanted = email.trim().toLowerCase();
      for (const r of store.accountRequests.values()) if (r.status === 'en_attente' && r.emailPro.toLowerCase() === wanted) return { ...r };
      return undefined;
    },
    anyPendingAccessRequestBefore: async (before) => {
      const instant = before.toISOString();
      for (const r of store.accessRequests.values()) if (r.status === 'en_attente' && r.requestedAt < instant) return true;
      return false;
    },
  };
}

const copyGroup = (g: GroupRecord): GroupRecord => ({ ...g, roleIds: [...g.roleIds] });

function memberOf(store: ReferenceStore, m: MembershipRecord): MemberOfGroup {
  const a = store.accounts.get(m.accountId)!;
  return { ...m, identifier: a.identifier, ...(a.civilite ? { civilite: a.civilite } : {}), nom: a.nom, prenom: a.prenom };
}

function personName(store: ReferenceStore, accountId: string): { id: string; name: string } {
  const a = store.accounts.get(accountId);
  return { id: accountId, name: a ? `${a.prenom} ${a.nom}` : accountId };
}

function localAdminOf(store: ReferenceStore, l: LocalAdminRecord): Omit<LocalAdmin, 'actions'> {
  const a = store.accounts.get(l.accountId)!;
  return {
    accountId: a.id,
    nom: a.nom,
    prenom: a.prenom,
    emailPro: a.emailPro,
    ...(a.phone ? { phone: a.phone } : {}),
    organismeId: l.organismeId,
    organismeName: store.organismes.get(l.organismeId)!.name,
    director: l.director,
    since: l.since,
    ...(l.namedBy ? { namedBy: personName(store, l.namedBy) } : {}),
  };
}

function partnerAdminOf(store: ReferenceStore, p: PartnerAdminRecord): Omit<PartnerAdmin, 'actions'> {
  const a = store.accounts.get(p.accountId)!;
  return { accountId: a.id, identifier: a.identifier, nom: a.nom, prenom: a.prenom, emailPro: a.emailPro, partnerId: p.partnerId, since: p.since };
}

export function membershipsOf(store: ReferenceStore, accountId: string): MembershipOfAccount[] {
  return store.membershipsOfAccount(accountId).map((m) => {
    const g = store.groups.get(m.groupId)!;
    return {
      groupId: g.id,
      groupCode: g.code,
      groupLabel: g.label,
      groupOpeningDate: g.openingDate,
      ...(g.closingDate ? { groupClosingDate: g.closingDate } : {}),
      groupRoleIds: g.roleIds,
      openingDate: m.openingDate,
      ...(m.closingDate ? { closingDate: m.closingDate } : {}),
    };
  });
}

// ---- search ---------------------------------------------------------------------------------

/** First index of a name-ordered list whose sort key is not before `prefix`. */
function lowerBound(list: AccountRecord[], prefix: string): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]!.sortKey < prefix) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The accounts are walked in an order kept by the store, so one pass counts the total and
 * collects the page, with no sort per request; a name prefix on the name order is a range.
 * The loop reads plain fields only: it stays fast over 100,000 accounts.
 */
function searchAccounts(store: ReferenceStore, actor: Actor, scope: SearchScope, q: AccountQuery): Found<AccountFacts> {
  const page = q.page ?? 1;
  const pageSize = q.pageSize ?? 10;
  const members = scope.groupId
    ? new Set(store.membersOf(scope.groupId).filter((m) => store.isMembershipActive(m)).map((m) => m.accountId))
    : undefined;
  const { space, organisme, outside } = scope;
  const conventions = scope.conventions ? new Set(scope.conventions) : undefined;
  // Those an attachment never takes (R9, R16): UCANSS and local administrators.
  const privileged = outside !== undefined ? new Set([...store.centralAdmins, ...store.localAdmins.keys()]) : undefined;
  const nom = q.nom ? searchKey(q.nom) : undefined;
  const prenom = q.prenom ? searchKey(q.prenom) : undefined;
  const identifier = q.identifier ? q.identifier.trim().toLowerCase() : undefined;
  const add = q.add;
  const active = q.active;
  const roleId = q.roleId;
  const hasRole = q.hasRole ?? true;
  const today = store.clock.today();

  const sortField = (q.sort ?? 'nom').replace(/^-/, '') as AccountSortField;
  const descending = (q.sort ?? '').startsWith('-');
  const list = sortField === 'nom' && organisme ? store.accountsOf(organisme) : store.orderedAccounts(sortField);
  let from = 0;
  let to = list.length;
  if (sortField === 'nom' && nom) {
    from = lowerBound(list, nom);
    to = from;
    while (to < list.length && list[to]!.sortKey.startsWith(nom)) to += 1;
  }

  const start = (page - 1) * pageSize;
  const items: AccountRecord[] = [];
  let total = 0;
  for (let i = from; i < to; i += 1) {
    const a = list[descending ? to - 1 - (i - from) : i]!;
    if (a.space !== space) continue;
    if (organisme !== undefined && a.organismeId !== organisme && a.secondaryOrganismeId !== organisme) continue;
    if (outside !== undefined && (a.organismeId === outside || a.add || a.status === 'supprime' || privileged!.has(a.id))) continue;
    if (conventions !== undefined && (a.conventionId === undefined || !conventions.has(a.conventionId))) continue;
    if (nom !== undefined && !a.sortKey.startsWith(nom)) continue;
    if (prenom !== undefined && !a.prenomKey.startsWith(prenom)) continue;
    if (identifier !== undefined && !a.identifier.toLowerCase().includes(identifier) && !a.emailPro.toLowerCase().includes(identifier)) continue;
    if (add !== undefined && a.add !== add) continue;
    if (active !== undefined) {
      const status = a.space === 'caf' && a.closingDate !== undefined && a.closingDate <= today ? 'cloture' : a.status;
      if ((status === 'actif' || status === 'ouvert') !== active) continue;
    }
    if (roleId !== undefined && holdsRole(store, a, roleId, today) !== hasRole) continue;
    if (members !== undefined && !members.has(a.id)) continue;
    if (total >= start && items.length < pageSize) items.push(a);
    total += 1;
  }
  return { items: items.map((a) => accountFacts(store, actor, a)), total };
}

function holdsRole(store: ReferenceStore, account: AccountRecord, roleId: string, today: string): boolean {
  if (account.grants.has(roleId)) return true;
  if (account.space !== 'caf') return false;
  for (const m of store.membershipsOfAccount(account.id)) {
    const g = store.groups.get(m.groupId);
    if (g && g.roleIds.includes(roleId) && store.isGroupOpen(g, today) && store.isMembershipActive(m, today)) return true;
  }
  return false;
}

const reportKeyOf: Record<EntitlementSortField, (a: AccountRecord) => string> = {
  nom: (a) => a.sortKey,
  prenom: (a) => `${a.prenomKey} ${a.sortKey}`,
  emailPro: (a) => a.emailPro,
  fonction: (a) => `${searchKey(a.fonction ?? '')} ${a.sortKey}`,
};

function entitlementAccounts(store: ReferenceStore, organismeId: string, q: EntitlementQuery): Found<AccountRecord> {
  const nom = q.nom ? searchKey(q.nom) : undefined;
  const email = q.email?.trim().toLowerCase();
  const sort = q.sort ?? 'nom';
  const field = sort.replace(/^-/, '') as EntitlementSortField;
  const direction = sort.startsWith('-') ? -1 : 1;
  const accounts = store
    .accountsOf(organismeId)
    .filter((a) => a.status !== 'supprime')
    .filter((a) => (!nom || a.sortKey.startsWith(nom)) && (!email || a.emailPro.includes(email)) && (q.add === undefined || a.add === q.add));
  if (field !== 'nom' || direction < 0) {
    const key = reportKeyOf[field];
    accounts.sort((x, y) => direction * (key(x) < key(y) ? -1 : key(x) > key(y) ? 1 : 0));
  }
  const page = q.page ?? 1;
  const pageSize = q.pageSize ?? 50;
  return { items: accounts.slice((page - 1) * pageSize, page * pageSize), total: accounts.length };
}

// ---- request lists ----------------------------------------------------------------------------

type Dated = { requestedAt: string; decidedAt?: string; status: string; id: string };

/** The list's view, its days and its text; what is left is sorted (key, then instant and id) and paged. */
function requestPage<R extends Dated>(q: RequestListQuery, records: Iterable<R>, keep: (r: R) => boolean, text: (r: R, key: string) => boolean, key: (r: R) => string): Found<R> {
  const day = (r: R) => isoDay(new Date(q.pending ? r.requestedAt : (r.decidedAt ?? r.requestedAt)));
  const kept = [...records].filter(
    (r) =>
      q.pending === (r.status === 'en_attente') &&
      (!q.status || r.status === q.status) &&
      (!q.from || day(r) >= q.from) &&
      (!q.to || day(r) <= q.to) &&
      keep(r) &&
      (!q.text || text(r, q.text.key)),
  );
  const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const sign = q.descending ? -1 : 1;
  kept.sort((x, y) => sign * (order(key(x), key(y)) || order(x.requestedAt, y.requestedAt) || order(x.id, y.id)));
  return { items: kept.slice((q.page - 1) * q.pageSize, q.page * q.pageSize), total: kept.length };
}

function accessRequestPage(store: ReferenceStore, q: RequestListQuery): Found<{ request: AccessRequestRecord; requester: AccountRecord }> {
  const withLocalAdmin = new Set([...store.localAdmins.values()].map((l) => l.organismeId));
  const requester = (r: AccessRequestRecord) => store.accounts.get(r.requesterId)!;
  const found = requestPage(
    q,
    store.accessRequests.values(),
    (r) => decidesAccess(q.decider, r, requester(r).organismeId, withLocalAdmin),
    (r, key) => {
      const a = requester(r);
      return a.sortKey.includes(key) || searchKey(a.emailPro).includes(key) || q.text!.roleIds.includes(r.roleId) || q.text!.organismeIds.includes(a.organismeId);
    },
    (r) => {
      if (q.sort === 'nom') return requester(r).sortKey;
      if (q.sort === 'roleLabel') return searchKey(store.roles.get(r.roleId)!.label);
      if (q.sort === 'organismeName') return store.organismes.get(requester(r).organismeId)!.name;
      if (q.sort === 'decidedAt') return r.decidedAt ?? '';
      return r.requestedAt;
    },
  );
  return { items: found.items.map((r) => ({ request: { ...r }, requester: copyAccount(requester(r)) })), total: found.total };
}

function accountRequestPage(store: ReferenceStore, q: RequestListQuery): Found<AccountRequestRecord> {
  const found = requestPage(
    q,
    store.accountRequests.values(),
    (r) => decidesAccount(q.decider, r),
    (r, key) => searchKey(`${r.nom} ${r.prenom}`).includes(key) || searchKey(r.emailPro).includes(key) || q.text!.organismeIds.includes(r.organismeId),
    (r) => {
      if (q.sort === 'nom') return searchKey(`${r.nom} ${r.prenom}`);
      if (q.sort === 'organismeName') return store.organismes.get(r.organismeId)!.name;
      if (q.sort === 'decidedAt') return r.decidedAt ?? '';
      return r.requestedAt;
    },
  );
  return { items: found.items.map((r) => ({ ...r })), total: found.total };
}
