/** The Storage of core/ over the reference server's memory: the facts come from its maps. */
import { Refusal } from '../core/refusal.js';
import type { MembershipOfAccount, Storage } from '../core/storage.js';
import { accountFacts, actorFactsOf } from './access.js';
import type { ReferenceStore } from './store.js';
import { localAdminView } from './views.js';

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
    membershipsOf: async (accountId) => membershipsOf(store, accountId),
    localAdminsOf: async (organismeId) =>
      [...store.localAdmins.values()].filter((l) => l.organismeId === organismeId).map((l) => {
        const { actions: _none, ...view } = localAdminView(store, l, false);
        return view;
      }),
    historyOf: async (accountId) =>
      // Newest first; changes recorded at the same instant keep their order, latest first (stable sort).
      store.history
        .filter((h) => h.accountId === accountId)
        .reverse()
        .sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0)),
    updateAccount: async (read, patch, history) => {
      const account = store.accounts.get(read.id)!;
      if (account.version !== read.version) throw new Refusal('stale-write', undefined, { currentVersion: account.version });
      store.updateAccount(account, patch);
      store.record(history);
    },
  };
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
