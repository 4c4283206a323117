/**
 * The rules of core/access.ts bound to the reference server's memory: this file gathers, from
 * the in-memory store, the facts the rules read (who holds which administration, who belongs
 * to which group) and hands them over. It decides nothing itself; habil-server gathers the
 * same facts from PostgreSQL.
 */
import type { AccountAction, GroupAction, ProblemCode } from '../src/domain/index.js';
import { AFAS_HABILITER_ROLE_ID } from '../src/domain/index.js';
import * as rules from '../core/access.js';
import type { AccountFacts, Actor, ActorFacts, PrivilegeFacts, RoleTarget, RuleContext } from '../core/access.js';
import { Refusal } from '../core/refusal.js';
import type { AccountRecord, GroupRecord, ReferenceStore } from './store.js';

export type { Actor, RoleTarget } from '../core/access.js';
export { canSeeAccount, canSeeConvention, groupAdminRefusal, meActions, membersRefusal } from '../core/access.js';

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

export function effectiveStatus(store: ReferenceStore, account: AccountRecord): AccountRecord['status'] {
  return rules.effectiveStatus(account, store.clock.today());
}

export function accountWriteProblem(store: ReferenceStore, actor: Actor, account: AccountRecord): Refusal | undefined {
  return rules.accountWriteProblem(actor, accountFacts(store, actor, account));
}

export function accountWriteRefusal(store: ReferenceStore, actor: Actor, account: AccountRecord): ProblemCode | undefined {
  return accountWriteProblem(store, actor, account)?.code;
}

export function attachProblem(store: ReferenceStore, actor: Actor, account: AccountRecord): Refusal | undefined {
  return rules.attachProblem(ruleContext(store), actor, accountFacts(store, actor, account));
}

export function afasRefusal(_store: ReferenceStore, actor: Actor): ProblemCode | undefined {
  return rules.afasRefusal(actor);
}

export function isAfasRole(store: ReferenceStore, roleId: string): boolean {
  return rules.isAfasRole(store, roleId);
}

export function roleGrantProblem(store: ReferenceStore, actor: Actor, target: RoleTarget, roleId: string): Refusal | undefined {
  return rules.roleGrantProblem(store, actor, target, roleId);
}

export function roleRevokeProblem(store: ReferenceStore, actor: Actor, account: AccountRecord, roleId: string): Refusal | undefined {
  return rules.roleRevokeProblem(store, actor, account, roleId);
}

export function canRevokeRole(store: ReferenceStore, actor: Actor, account: AccountRecord, roleId: string): boolean {
  return rules.canRevokeRole(store, actor, accountFacts(store, actor, account), roleId);
}

export function grantableRoleIds(store: ReferenceStore, actor: Actor, account: AccountRecord): string[] {
  return rules.grantableRoleIds(ruleContext(store), actor, accountFacts(store, actor, account));
}

export function creationRoleIds(store: ReferenceStore, actor: Actor): string[] {
  return rules.creationRoleIds(store, actor);
}

export function accountActions(store: ReferenceStore, actor: Actor, account: AccountRecord): AccountAction[] {
  return rules.accountActions(ruleContext(store), actor, accountFacts(store, actor, account));
}

export function accountReadOnlyReason(store: ReferenceStore, actor: Actor, account: AccountRecord): ProblemCode | undefined {
  return rules.accountReadOnlyReason(ruleContext(store), actor, accountFacts(store, actor, account));
}

export function groupActions(store: ReferenceStore, actor: Actor, group: GroupRecord): GroupAction[] {
  return rules.groupActions(store.clock.today(), actor, group);
}
