/**
 * The reference server's memory: plain records with the indexes the searches need, the
 * clock the tests set, and the history every change writes (R14).
 */
import type { AccountSortField, Application, Convention, Lang, Organisme, Role } from '../src/domain/index.js';
import type { ApplicationTexts } from '../core/access.js';
import { Clock } from '../core/clock.js';
import { searchKey } from '../core/search-key.js';
import type { AccountChange, HistoryDraft, HistoryRecord } from '../core/storage.js';

export { Clock, searchKey };
import type {
  AccessRequestRecord,
  AccountRecord,
  AccountRequestRecord,
  GrantRecord,
  GroupRecord,
  LocalAdminRecord,
  MembershipRecord,
  PartnerAdminRecord,
} from '../core/records.js';

export type { AccessRequestRecord, AccountRecord, AccountRequestRecord, GrantRecord, GroupRecord, LocalAdminRecord, MembershipRecord, PartnerAdminRecord };

const sortKeyOf: Record<AccountSortField, (a: AccountRecord, store: ReferenceStore) => string> = {
  nom: (a) => a.sortKey,
  prenom: (a) => `${a.prenomKey} ${a.sortKey}`,
  emailPro: (a) => a.emailPro,
  status: (a) => `${a.status} ${a.sortKey}`,
  openingDate: (a) => `${a.openingDate ?? ''} ${a.sortKey}`,
  organismeName: (a, store) => `${store.organismes.get(a.organismeId)?.name ?? ''} ${a.sortKey}`,
};

/** Changes to these fields reorder the accounts. */
const ORDER_FIELDS = new Set(['nom', 'prenom', 'emailPro', 'status', 'openingDate', 'organismeId', 'secondaryOrganismeId']);

/** An Idempotency-Key as used the first time: what was asked, and the answer once it is known, in its language (undefined when refused). */
export interface IdempotentAnswer {
  fingerprint: string;
  answer: Promise<{ status: number; body: unknown; lang: Lang } | undefined>;
}

export class ReferenceStore {
  readonly clock: Clock;
  readonly organismes = new Map<string, Organisme>();
  readonly applications = new Map<string, Application>();
  readonly englishTexts = new Map<string, ApplicationTexts>();
  readonly roles = new Map<string, Role>();
  readonly conventions = new Map<string, Convention>();
  readonly accounts = new Map<string, AccountRecord>();
  readonly accessRequests = new Map<string, AccessRequestRecord>();
  readonly accountRequests = new Map<string, AccountRequestRecord>();
  readonly groups = new Map<string, GroupRecord>();
  readonly memberships = new Map<string, MembershipRecord>();
  readonly localAdmins = new Map<string, LocalAdminRecord>();
  readonly partnerAdmins = new Map<string, PartnerAdminRecord>();
  /** UCANSS administrators: they decide requests of central applications (R3). */
  readonly centralAdmins = new Set<string>();
  /** CAF agents: they appoint partner administrators (R12). */
  readonly cafAgents = new Set<string>();
  readonly history: HistoryRecord[] = [];
  readonly idempotency = new Map<string, IdempotentAnswer>();
  readonly sentMail: { to: string; subject: string; at: string }[] = [];
  #orders = new Map<AccountSortField, AccountRecord[]>();
  #byOrganisme: Map<string, AccountRecord[]> | undefined;
  #ids = 0;

  constructor(clock: Clock = new Clock()) {
    this.clock = clock;
  }

  nextId(prefix: string): string {
    this.#ids += 1;
    return `${prefix}-${this.#ids.toString(36)}`;
  }

  nowIso(): string {
    return this.clock.now().toISOString();
  }

  // ---- reference data -------------------------------------------------------------------

  addOrganisme(o: Organisme): void {
    this.organismes.set(o.id, { ...o });
  }

  addApplication(a: Application, english?: ApplicationTexts): void {
    this.applications.set(a.id, a);
    if (english) this.englishTexts.set(a.id, english);
    for (const r of a.roles) this.roles.set(r.id, r);
  }

  addConvention(c: Convention): void {
    this.conventions.set(c.id, c);
  }

  // ---- accounts ------------------------------------------------------------------------

  addAccount(record: Omit<AccountRecord, 'sortKey' | 'prenomKey' | 'version' | 'grants'> & { version?: number }): AccountRecord {
    // Every record gets the same fields in the same order: one object shape keeps the
    // searches over 100,000 accounts on V8's fast path.
    const full: AccountRecord = {
      id: record.id,
      identifier: record.identifier,
      civilite: record.civilite,
      nom: record.nom,
      prenom: record.prenom,
      nomNaissance: record.nomNaissance,
      emailPro: record.emailPro,
      emailContact: record.emailContact,
      phone: record.phone,
      fonction: record.fonction,
      organismeId: record.organismeId,
      secondaryOrganismeId: record.secondaryOrganismeId,
      add: record.add,
      addProfile: record.addProfile,
      status: record.status,
      space: record.space,
      conventionId: record.conventionId,
      workstyle: record.workstyle,
      openingDate: record.openingDate,
      closingDate: record.closingDate,
      createdAt: record.createdAt,
      createdBy: record.createdBy,
      version: record.version ?? 1,
      sortKey: searchKey(`${record.nom} ${record.prenom}`),
      prenomKey: searchKey(record.prenom),
      grants: new Map(),
    };
    this.accounts.set(full.id, full);
    this.#invalidateIndexes();
    return full;
  }

  /** Applies a change to an account (a field set to null is removed), bumps its version and keeps the indexes right. */
  updateAccount(account: AccountRecord, change: AccountChange): void {
    for (const [key, value] of Object.entries(change)) {
      if (value === null) delete (account as unknown as Record<string, unknown>)[key];
      else if (value !== undefined) (account as unknown as Record<string, unknown>)[key] = value;
    }
    account.version += 1;
    account.sortKey = searchKey(`${account.nom} ${account.prenom}`);
    account.prenomKey = searchKey(account.prenom);
    if (Object.keys(change).some((key) => ORDER_FIELDS.has(key))) this.#invalidateIndexes();
  }

  findAccountByEmail(email: string): AccountRecord | undefined {
    const wanted = email.trim().toLowerCase();
    for (const a of this.accounts.values()) if (a.emailPro.toLowerCase() === wanted) return a;
    return undefined;
  }

  /**
   * All accounts in the order of one sort field (name as the tie-break), built once after
   * changes: a search then walks it and keeps what matches, instead of sorting every time.
   */
  orderedAccounts(field: AccountSortField = 'nom'): AccountRecord[] {
    let list = this.#orders.get(field);
    if (!list) {
      const key = sortKeyOf[field];
      const keyed = [...this.accounts.values()].map((a) => ({ a, key: key(a, this) }));
      keyed.sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
      list = keyed.map((k) => k.a);
      this.#orders.set(field, list);
    }
    return list;
  }

  /** Accounts of one organisme, main or secondary, ordered by name. */
  accountsOf(organismeId: string): AccountRecord[] {
    if (!this.#byOrganisme) {
      const byOrganisme = new Map<string, AccountRecord[]>();
      const add = (id: string, a: AccountRecord) => {
        const list = byOrganisme.get(id);
        if (list) list.push(a);
        else byOrganisme.set(id, [a]);
      };
      for (const a of this.orderedAccounts()) {
        add(a.organismeId, a);
        if (a.secondaryOrganismeId && a.secondaryOrganismeId !== a.organismeId) add(a.secondaryOrganismeId, a);
      }
      this.#byOrganisme = byOrganisme;
    }
    return this.#byOrganisme.get(organismeId) ?? [];
  }

  #invalidateIndexes(): void {
    this.#orders.clear();
    this.#byOrganisme = undefined;
  }

  // ---- grants --------------------------------------------------------------------------

  directGrants(accountId: string): Map<string, GrantRecord> {
    const account = this.accounts.get(accountId);
    if (!account) throw new Error(`No account ${accountId}`);
    return account.grants;
  }

  hasDirectGrant(accountId: string, roleId: string): boolean {
    return this.accounts.get(accountId)?.grants.has(roleId) ?? false;
  }

  // ---- groups --------------------------------------------------------------------------

  membershipKey(groupId: string, accountId: string): string {
    return `${groupId}|${accountId}`;
  }

  membershipsOfAccount(accountId: string): MembershipRecord[] {
    return [...this.memberships.values()].filter((m) => m.accountId === accountId);
  }

  membersOf(groupId: string): MembershipRecord[] {
    return [...this.memberships.values()].filter((m) => m.groupId === groupId);
  }

  isGroupOpen(group: GroupRecord, today = this.clock.today()): boolean {
    return group.openingDate <= today && (!group.closingDate || group.closingDate > today);
  }

  isMembershipActive(m: MembershipRecord, today = this.clock.today()): boolean {
    return m.openingDate <= today && (!m.closingDate || m.closingDate > today);
  }

  /** A group and every sub-group under it. */
  groupTree(groupId: string): GroupRecord[] {
    const out: GroupRecord[] = [];
    const visit = (id: string) => {
      const g = this.groups.get(id);
      if (!g) return;
      out.push(g);
      for (const child of this.groups.values()) if (child.parentId === id) visit(child.id);
    };
    visit(groupId);
    return out;
  }

  // ---- history -------------------------------------------------------------------------

  record(entry: HistoryDraft): HistoryRecord {
    const full: HistoryRecord = { id: this.nextId('h'), at: entry.at ?? this.nowIso(), ...entry };
    this.history.push(full);
    return full;
  }

  sendMail(to: string, subject: string): void {
    this.sentMail.push({ to, subject, at: this.nowIso() });
  }
}
