/**
 * What the operations ask of a storage. The reference server answers from its memory
 * (mocks/memory-storage.ts), habil-server from PostgreSQL (server/src/db/sql-storage.ts); the
 * operations (core/operations) and the rules (core/access.ts) are the same for both.
 *
 * The operations move here one by one; those not moved yet still run on the reference
 * server's memory only (mocks/operations).
 */
import type { AccountPatch, HistoryEntry, LocalAdmin } from '../src/domain/index.js';
import type { AccountFacts, ActorFacts, Actor, Catalogue } from './access.js';
import type { AccountRecord } from './records.js';

/** A change to record (R14): the storage stamps it with its id and the instant of the change. */
export type HistoryDraft = Omit<HistoryEntry, 'id' | 'at'>;

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

export interface Storage {
  /** The reference data, the same for every request. */
  readonly catalogue: Catalogue;
  /** The server's clock (HABIL_NOW, or a test's). */
  now(): Date;
  /** YYYY-MM-DD in Paris. */
  today(): string;
  actorFacts(accountId: string): Promise<ActorFacts | undefined>;
  accountFacts(actor: Actor, accountId: string): Promise<AccountFacts | undefined>;
  /** The organismes that have at least one local administrator (R3). */
  organismesWithLocalAdmin(): Promise<Set<string>>;
  /** R13: the local administrators of an organisme, as the contract shows them (without actions). */
  localAdminsOf(organismeId: string): Promise<Omit<LocalAdmin, 'actions'>[]>;
  /** Every membership of the account, ended ones included. */
  membershipsOf(accountId: string): Promise<MembershipOfAccount[]>;
  /** R14: the changes recorded on the account, newest first (same instant: latest recorded first). */
  historyOf(accountId: string): Promise<HistoryEntry[]>;
  /**
   * Applies the change to the account as it was read, and writes its history entry, in one
   * transaction; the version goes up by one. Refuses with stale-write (R15) when the account is
   * no longer at the version read: someone else wrote in between.
   */
  updateAccount(read: AccountRecord, patch: AccountPatch, history: HistoryDraft): Promise<void>;
}
