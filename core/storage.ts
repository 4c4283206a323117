/**
 * What the operations ask of a storage. The reference server answers from its memory
 * (mocks/memory-storage.ts), habil-server from PostgreSQL (server/src/db/sql-storage.ts); the
 * operations (core/operations) and the rules (core/access.ts) are the same for both.
 *
 * Reads come from a `Reader`. A change runs in `write`: one transaction in which every record
 * is read and written, with its history entry and its notification, all or nothing; the
 * records it will change are read with `lock…`, so that two servers changing the same record
 * take turns (PostgreSQL: SELECT … FOR UPDATE; the memory: one change at a time).
 */
import type { AccountQuery, AccountPatch, Civilite, EntitlementQuery, HistoryEntry, LocalAdmin, PartnerAdmin, RequestSortField } from '../src/domain/index.js';
import type { AccountFacts, ActorFacts, Actor, Catalogue, Decider } from './access.js';
import type { Words } from './language.js';
import type { AccessRequestRecord, AccountRecord, AccountRequestRecord, GrantRecord, GroupRecord, LocalAdminRecord, MembershipRecord, PartnerAdminRecord } from './records.js';

/**
 * A change as kept (R14): its summary written once, when the change is made, in both languages,
 * so that the history reads as it was written in either (an entry kept before there were two
 * says its French in both).
 */
export type HistoryRecord = Omit<HistoryEntry, 'summary'> & { summary: Words };

/** A change to record (R14): the storage stamps it with its id and, unless given, the instant of the change. */
export type HistoryDraft = Omit<HistoryRecord, 'id' | 'at'> & { at?: string };

/** A membership of an account, with the group it is in. */
export interface MembershipOfAccount {
  groupId: string;
  groupCode: string;
  groupLabel: string;
  groupOpeningDate: string;
  groupClosingDate?: string;
  groupRoleIds: string[];
  openingDate: string;
  closingDate?: string;
}

/** A membership of a group, with the names of its member. */
export interface MemberOfGroup extends MembershipRecord {
  identifier: string;
  civilite?: Civilite;
  nom: string;
  prenom: string;
}

/** The fields of a group a change may set; `roleIds` replaces the group's roles, in that order. */
export type GroupChange = Partial<Pick<GroupRecord, 'label' | 'responsableId' | 'openingDate' | 'closingDate' | 'roleIds'>>;

/** The dates of a membership, as a change sets them: no closing date is no closing date. */
export type MembershipDates = Pick<MembershipRecord, 'openingDate' | 'closingDate'>;

/**
 * Which accounts a search may return at all (R1), decided by core/operations/search.ts and
 * applied by the storage as plain conditions.
 */
export interface SearchScope {
  space: 'ucanss' | 'caf';
  /** Only this organisme (main or secondary). */
  organisme?: string;
  /** Only outside this organisme, and only people who can be attached (R9, R16): no ADD, deleted, UCANSS or local administrator. */
  outside?: string;
  /** CAF: only users of these conventions. */
  conventions?: string[];
  /** Only the active members of this group. */
  groupId?: string;
}

export interface Found<T> {
  items: T[];
  total: number;
}

type AccountFields = Omit<AccountRecord, 'id' | 'version' | 'sortKey' | 'prenomKey' | 'grants' | 'createdAt' | 'createdBy'>;

/**
 * The fields of an account a change may set (grants are changed one by one); `null` removes an
 * optional one (a phone, an organisme secondaire…), as « Mes coordonnées » lets a person do.
 */
export type AccountChange = { [K in keyof AccountFields]?: AccountFields[K] | (undefined extends AccountFields[K] ? null : never) };

/** A new account, as the operation builds it; the storage derives the search keys. */
export type NewAccount = Omit<AccountRecord, 'sortKey' | 'prenomKey' | 'version'>;

/**
 * One page of « En cours » or « Historique », decided by core/operations/requests.ts and
 * applied by the storage as plain conditions, so that a list of years of decisions is paged
 * where it is kept.
 */
export interface RequestListQuery {
  /** « En cours » (pending) or « Historique » (decided), with the history's status filter. */
  pending: boolean;
  status?: AccessRequestRecord['status'];
  /** R3: whose requests (core/access.ts). */
  decider: Decider;
  /** Paris days (included), of the request when pending, of the decision in the history. */
  from?: string;
  to?: string;
  /** « Rechercher »: a search key (core/search-key.ts) found in the name (« nom prénom ») or the e-mail, or naming one of these roles or organismes. */
  text?: { key: string; roleIds: string[]; organismeIds: string[] };
  /** By the field, then by the request's instant and id, all in the one direction. */
  sort: RequestSortField;
  descending: boolean;
  page: number;
  pageSize: number;
}

export interface Reader {
  /** The reference data, the same for every request. */
  readonly catalogue: Catalogue;
  /** The server's clock (HABIL_NOW, or a test's). */
  now(): Date;
  /** YYYY-MM-DD in Paris. */
  today(): string;

  account(accountId: string): Promise<AccountRecord | undefined>;
  /** R7: the account with this professional e-mail, whatever its case. */
  accountByEmail(email: string): Promise<AccountRecord | undefined>;
  identifierTaken(identifier: string): Promise<boolean>;
  actorFacts(accountId: string): Promise<ActorFacts | undefined>;
  accountFacts(actor: Actor, accountId: string): Promise<AccountFacts | undefined>;
  /** The organismes that have at least one local administrator (R3). */
  organismesWithLocalAdmin(): Promise<Set<string>>;
  /** R13: the local administrators of an organisme (of every organisme without one), as the contract shows them (without actions). */
  localAdminsOf(organismeId?: string): Promise<Omit<LocalAdmin, 'actions'>[]>;
  localAdmin(accountId: string): Promise<LocalAdminRecord | undefined>;
  /** R12: the partner administrators of a partner, as the contract shows them (without actions). */
  partnerAdminsOf(partnerId: string): Promise<Omit<PartnerAdmin, 'actions'>[]>;
  partnerAdmin(accountId: string): Promise<PartnerAdminRecord | undefined>;
  /** Every membership of the account, ended ones included. */
  membershipsOf(accountId: string): Promise<MembershipOfAccount[]>;
  /** R14: the changes recorded on the account, newest first (same instant: latest recorded first). */
  historyOf(accountId: string): Promise<HistoryRecord[]>;
  group(groupId: string): Promise<GroupRecord | undefined>;
  /** Every group of a convention, closed ones included. */
  groupsOf(conventionId: string): Promise<GroupRecord[]>;
  /** The number of active members of each of these groups (those with none left out). */
  memberCounts(groupIds: string[]): Promise<Map<string, number>>;
  /** Every membership of the group, ended ones included. */
  membersOf(groupId: string): Promise<MemberOfGroup[]>;
  membership(groupId: string, accountId: string): Promise<MemberOfGroup | undefined>;

  /**
   * One page of the accounts in scope that match the query, in the order it asks (name as the
   * tie-break), with the facts the rules need for each, and the number of all that match.
   */
  searchAccounts(actor: Actor, scope: SearchScope, query: AccountQuery): Promise<Found<AccountFacts>>;
  /** « État des habilitations »: one page of the non-deleted accounts of an organisme (main or secondary). */
  entitlementAccounts(organismeId: string, query: EntitlementQuery): Promise<Found<AccountRecord>>;

  accessRequest(id: string): Promise<AccessRequestRecord | undefined>;
  /** One page of the access requests the query names, with their requesters, and their number. */
  accessRequests(query: RequestListQuery): Promise<Found<{ request: AccessRequestRecord; requester: AccountRecord }>>;
  /** The requests of one person, newest first. */
  accessRequestsOf(accountId: string): Promise<AccessRequestRecord[]>;
  /** R3: his pending request for this role, if any. */
  pendingAccessRequest(accountId: string, roleId: string): Promise<AccessRequestRecord | undefined>;
  accountRequest(id: string): Promise<AccountRequestRecord | undefined>;
  /** One page of the account requests the query names (no role is asked for), and their number. */
  accountRequests(query: RequestListQuery): Promise<Found<AccountRequestRecord>>;
  /** R8: a pending account request with this e-mail. */
  pendingAccountRequest(email: string): Promise<AccountRequestRecord | undefined>;
  /** R4: some pending request was made before `before` (a cheap look before taking locks). */
  anyPendingAccessRequestBefore(before: Date): Promise<boolean>;
}

export interface Tx extends Reader {
  /** The account, locked until the change ends. */
  lockAccount(accountId: string): Promise<AccountRecord | undefined>;
  lockAccessRequest(id: string): Promise<AccessRequestRecord | undefined>;
  lockAccountRequest(id: string): Promise<AccountRequestRecord | undefined>;
  /**
   * The group, locked until the change ends. Its memberships and sub-groups change under this
   * lock: a change of the group and a change of its members take turns.
   */
  lockGroup(groupId: string): Promise<GroupRecord | undefined>;
  /**
   * The organisme (or CAF partner) locked until the change ends, so that the changes counting
   * its administrators take turns (R12, R13).
   */
  lockOrganisme(organismeId: string): Promise<void>;
  /**
   * R4: the pending requests made before `before`, locked, always in one order. One that another server is
   * accepting is waited for, then left out (no longer pending): the request that triggered the look is answered
   * only once every overdue request is accepted.
   */
  lockDueAccessRequests(before: Date): Promise<AccessRequestRecord[]>;
  /** A new id, never used before: `prefix-…`. */
  newId(prefix: string): Promise<string>;

  insertAccount(account: NewAccount): Promise<void>;
  /**
   * Applies the change to the account as it was read; the version goes up by one. Refuses with
   * stale-write (R15) when the account is no longer at the version read.
   */
  saveAccount(read: AccountRecord, change: AccountChange): Promise<void>;
  putGrant(accountId: string, grant: GrantRecord): Promise<void>;
  deleteGrant(accountId: string, roleId: string): Promise<void>;

  insertAccessRequest(request: AccessRequestRecord): Promise<void>;
  /** Saves the request as changed from `read`, whose version it must still have; the version goes up by one. */
  saveAccessRequest(read: AccessRequestRecord, change: Partial<AccessRequestRecord>): Promise<void>;
  insertAccountRequest(request: AccountRequestRecord): Promise<void>;
  saveAccountRequest(read: AccountRequestRecord, change: Partial<AccountRequestRecord>): Promise<void>;

  /** R11: refuses with duplicate-group-code when a group of the convention has the code already, whatever its case or accents. */
  insertGroup(group: GroupRecord): Promise<void>;
  /** Applies the change to the group as it was read; the version goes up by one; stale-write (R15) when it is no longer at that version. */
  saveGroup(read: GroupRecord, change: GroupChange): Promise<void>;
  insertMembership(membership: MembershipRecord): Promise<void>;
  /** Sets the membership's dates as read; the version goes up by one (R15). */
  saveMembership(read: MembershipRecord, dates: MembershipDates): Promise<void>;
  deleteMembership(groupId: string, accountId: string): Promise<void>;
  insertLocalAdmin(admin: LocalAdminRecord): Promise<void>;
  deleteLocalAdmin(accountId: string): Promise<void>;
  insertPartnerAdmin(admin: PartnerAdminRecord): Promise<void>;
  deletePartnerAdmin(accountId: string): Promise<void>;

  /** R14: the change's history entry. */
  record(entry: HistoryDraft): Promise<void>;
  /** R5, R7: a notification, sent once the change is kept (never when it is undone). */
  mail(to: string, subject: string, body: string): Promise<void>;
}

export interface Storage extends Reader {
  /** Runs a change: committed when `work` resolves, undone when it throws. */
  write<T>(work: (tx: Tx) => Promise<T>): Promise<T>;
}

/** PATCH's fields, for the operations that name them. */
export type { AccountPatch };
