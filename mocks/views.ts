/** Records of the store as the contract shows them to one acting person (for the stories, which build them without a request). */
import type { AccountDetail, AccountSummary } from '../src/domain/index.js';
import { accountDetail as coreAccountDetail, accountSummary as coreAccountSummary } from '../core/views.js';
import { accountFacts, ruleContext, type Actor } from './access.js';
import { membershipsOf } from './memory-storage.js';
import type { AccountRecord, ReferenceStore } from './store.js';

export function accountSummary(store: ReferenceStore, actor: Actor, a: AccountRecord): AccountSummary {
  return coreAccountSummary(ruleContext(store), actor, accountFacts(store, actor, a));
}

export function accountDetail(store: ReferenceStore, actor: Actor, a: AccountRecord): AccountDetail {
  return coreAccountDetail(ruleContext(store), actor, accountFacts(store, actor, a), membershipsOf(store, a.id));
}
