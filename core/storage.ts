/**
 * What the operations ask of a storage. The reference server answers from its memory
 * (mocks/memory-storage.ts), habil-server from PostgreSQL (server/src/db/sql-storage.ts); the
 * operations (core/operations) and the rules (core/access.ts) are the same for both.
 *
 * The operations move here one by one; those not moved yet still run on the reference
 * server's memory only (mocks/operations).
 */
import type { AccountFacts, ActorFacts, Actor, Catalogue } from './access.js';

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
}
