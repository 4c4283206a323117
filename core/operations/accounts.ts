/** Reading an account and its history (R1, R14): the same on every server. */
import type { AccountDetail, HistoryEntry } from '../../src/domain/index.js';
import { canSeeAccount, type AccountFacts, type Actor } from '../access.js';
import { Refusal } from '../refusal.js';
import type { Storage } from '../storage.js';
import { accountDetail } from '../views.js';
import { ruleContext } from './session.js';

/** The account, if the actor may read it (R1): 404 when there is none, 403 out-of-scope otherwise. */
export async function readableAccount(storage: Storage, actor: Actor, id: string): Promise<AccountFacts> {
  const facts = await storage.accountFacts(actor, id);
  if (!facts) throw new Refusal('not-found', 'Compte introuvable.');
  if (!canSeeAccount(actor, facts.account)) throw new Refusal('out-of-scope');
  return facts;
}

export async function getAccount(storage: Storage, actor: Actor, id: string): Promise<AccountDetail> {
  const facts = await readableAccount(storage, actor, id);
  return accountDetail(ruleContext(storage), actor, facts, await storage.membershipsOf(id));
}

export async function accountHistory(storage: Storage, actor: Actor, id: string): Promise<HistoryEntry[]> {
  await readableAccount(storage, actor, id);
  return storage.historyOf(id);
}
