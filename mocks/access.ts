/**
 * The rules of core/access.ts bound to the reference server's memory: this file gathers, from
 * the in-memory store, the facts the rules read (who holds which administration, who belongs
 * to which group) and hands them over. It decides nothing itself; habil-server gathers the
 * same facts from PostgreSQL.
 */
import { AFAS_HABILITER_ROLE_ID } from '../src/domain/index.js';
import * as rules from '../core/access.js';
import type { AccountFacts, Actor, ActorFacts, PrivilegeFacts, RuleContext } from '../core/access.js';
import { Refusal } from '../core/refusal.js';
import type { AccountRecord, ReferenceStore } from './store.js';

export type { Actor } from '../core/access.js';

export function ruleContext(store: ReferenceStore): RuleContext {
  return { catalogue: store, today: store.clock.today() };
}

function privilegesOf(store: ReferenceStore, accountId: string): PrivilegeFacts {
  const partnerAdmin = store.partnerAdmins.get(accountId);
  const localAdmin = store.localAdmins.get(accountId);
  const responsableOf: { id: string; code: string }[] = [];
  for (const g of store.groups.values()) {
    if (g.responsableId === accountId && store.isGroupOpen(g)) responsableOf.push({ id: g.id, code: g.code });
  }
  return {
    centralAdmin: store.centralAdmins.has(accountId),
    cafAgent: store.cafAgents.has(accountId),
    ...(partnerAdmin ? { partnerAdminOf: partnerAdmin.partnerId } : {}),
    ...(localAdmin ? { localAdminOf: localAdmin.organismeId } : {}),
    responsableOf,
  };
}

export function actorFactsOf(store: ReferenceStore, account: AccountRecord): ActorFacts {
  const accountId = account.id;
  const privileges = privilegesOf(store, accountId);
  const groupTree = privileges.responsableOf.flatMap((g) => store.groupTree(g.id).map((sub) => ({ id: sub.id, conventionId: sub.conventionId })));
  const today = store.clock.today();
  const holdsAfasHabiliter = store.membershipsOfAccount(accountId).some((m) => {
    const g = store.groups.get(m.groupId);
    return !!g && store.isGroupOpen(g, today) && store.isMembershipActive(m, today) && g.roleIds.includes(AFAS_HABILITER_ROLE_ID);
  });
  return { account, ...privileges, groupTree, holdsAfasHabiliter };
}

export function actorOf(store: ReferenceStore, accountId: string): Actor {
  const account = store.accounts.get(accountId);
  if (!account) throw new Refusal('unauthenticated');
  return rules.actorFrom(ruleContext(store), actorFactsOf(store, account));
}

export function accountFacts(store: ReferenceStore, actor: Actor, account: AccountRecord): AccountFacts {
  let inActorGroups = false;
  for (const groupId of actor.groupIds) {
    const m = store.memberships.get(store.membershipKey(groupId, account.id));
    if (m && store.isMembershipActive(m)) inActorGroups = true;
  }
  return { account, ...privilegesOf(store, account.id), inActorGroups };
}
