/** The Storage of core/ over the reference server's memory: the facts come from its maps. */
import type { Storage } from '../core/storage.js';
import { accountFacts, actorFactsOf } from './access.js';
import type { ReferenceStore } from './store.js';

export function memoryStorage(store: ReferenceStore): Storage {
  return {
    catalogue: store,
    now: () => store.clock.now(),
    today: () => store.clock.today(),
    actorFacts: async (accountId) => {
      const account = store.accounts.get(accountId);
      return account ? actorFactsOf(store, account) : undefined;
    },
    accountFacts: async (actor, accountId) => {
      const account = store.accounts.get(accountId);
      return account ? accountFacts(store, actor, account) : undefined;
    },
    organismesWithLocalAdmin: async () => new Set([...store.localAdmins.values()].map((l) => l.organismeId)),
  };
}
