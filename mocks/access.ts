/**
 * Who the acting person is and what he may do (R1, R2, R12): the one place the reference
 * server decides scope. Handlers refuse with these answers, and the `actions` of every
 * returned object are computed from the same functions, so a widget never offers what
 * will be refused.
 */
import type { AccountAction, GroupAction, MeAction, PersonaRole, ProblemCode } from '../src/domain/index.js';
import { AFAS_APPLICATION_ID, AFAS_HABILITER_ROLE_ID } from '../src/domain/index.js';
import { Refusal } from './refusal.js';
import type { AccountRecord, GroupRecord, ReferenceStore } from './store.js';

export interface Actor {
  account: AccountRecord;
  roles: Set<PersonaRole>;
  partnerId?: string;
  /** CAF conventions the actor works under (partner administrators, responsables, users). */
  conventionIds: Set<string>;
  /** Groups the actor is responsable of, with their sub-groups (R1). */
  groupIds: Set<string>;
}

export function actorOf(store: ReferenceStore, accountId: string): Actor {
  const account = store.accounts.get(accountId);
  if (!account) throw new Refusal('unauthenticated');
  // R6: deactivation blocks the connected access.
  const status = effectiveStatus(store, account);
  if (status !== 'actif' && status !== 'ouvert') throw new Refusal('unauthenticated', 'Ce compte est désactivé.');
  const roles = new Set<PersonaRole>(['user']);
  if (store.localAdmins.has(accountId)) roles.add('local-admin');
  if (store.centralAdmins.has(accountId)) roles.add('ucanss-admin');
  if (store.cafAgents.has(accountId)) roles.add('caf-agent');
  const partnerAdmin = store.partnerAdmins.get(accountId);
  if (partnerAdmin) roles.add('partner-admin');
  const groupIds = new Set<string>();
  for (const g of store.groups.values()) {
    if (g.responsableId === accountId && store.isGroupOpen(g)) {
      roles.add('responsable');
      for (const sub of store.groupTree(g.id)) groupIds.add(sub.id);
    }
  }
  const conventionIds = new Set<string>();
  const partnerId = partnerAdmin?.partnerId ?? (account.space === 'caf' ? account.organismeId : undefined);
  for (const c of store.conventions.values()) {
    if (roles.has('caf-agent') || (partnerId && c.partnerId === partnerId && (roles.has('partner-admin') || account.conventionId === c.id))) {
      conventionIds.add(c.id);
    }
  }
  for (const id of groupIds) conventionIds.add(store.groups.get(id)!.conventionId);
  return { account, roles, partnerId, conventionIds, groupIds };
}

export function meActions(actor: Actor): MeAction[] {
  const r = actor.roles;
  const actions = new Set<MeAction>();
  if (actor.account.space === 'ucanss') actions.add('request-access');
  if (r.has('local-admin') || r.has('ucanss-admin')) {
    for (const a of ['search-accounts', 'create-account', 'decide-requests', 'decide-account-requests', 'manage-delegation', 'read-all-local-admins', 'entitlements-report'] as const) actions.add(a);
  }
  if (r.has('partner-admin')) {
    for (const a of ['search-accounts', 'create-account', 'manage-groups', 'manage-group-members'] as const) actions.add(a);
  }
  if (r.has('responsable')) {
    for (const a of ['search-accounts', 'create-account', 'manage-group-members'] as const) actions.add(a);
  }
  if (r.has('caf-agent')) {
    for (const a of ['search-accounts', 'manage-partner-admins'] as const) actions.add(a);
  }
  return [...actions];
}

// ---- accounts ---------------------------------------------------------------------------

/** Whether the actor may read this account at all (R1). */
export function canSeeAccount(actor: Actor, account: AccountRecord): boolean {
  if (account.id === actor.account.id) return true;
  if (account.space === 'ucanss') {
    if (actor.roles.has('ucanss-admin')) return true;
    return actor.roles.has('local-admin') && inOrganismeOf(actor, account);
  }
  if (actor.roles.has('caf-agent')) return true;
  return !!account.conventionId && actor.conventionIds.has(account.conventionId) && (actor.roles.has('partner-admin') || actor.roles.has('responsable'));
}

function inOrganismeOf(actor: Actor, account: AccountRecord): boolean {
  const org = actor.account.organismeId;
  return account.organismeId === org || account.secondaryOrganismeId === org;
}

/** Why the actor may not change this account, or undefined when he may (R1, R2). */
export function accountWriteRefusal(store: ReferenceStore, actor: Actor, account: AccountRecord): ProblemCode | undefined {
  if (!canSeeAccount(actor, account)) return 'out-of-scope';
  if (account.space === 'ucanss') {
    if (!actor.roles.has('local-admin') && !actor.roles.has('ucanss-admin')) return 'forbidden';
    if (account.add) return 'add-account-read-only';
    return undefined;
  }
  if (actor.roles.has('partner-admin')) return undefined;
  if (actor.roles.has('responsable') && (account.createdBy === actor.account.id || isMemberOfActorGroups(store, actor, account.id))) return undefined;
  return actor.roles.has('responsable') ? 'out-of-scope' : 'forbidden';
}

function isMemberOfActorGroups(store: ReferenceStore, actor: Actor, accountId: string): boolean {
  for (const groupId of actor.groupIds) {
    const m = store.memberships.get(store.membershipKey(groupId, accountId));
    if (m && store.isMembershipActive(m)) return true;
  }
  return false;
}

/** R9: a local administrator attaches non-ADD people of other organismes. */
export function attachRefusal(actor: Actor, account: AccountRecord): ProblemCode | undefined {
  if (!actor.roles.has('local-admin') || account.space !== 'ucanss') return 'forbidden';
  if (account.add) return 'add-account-read-only';
  if (inOrganismeOf(actor, account) && account.organismeId === actor.account.organismeId) return 'already-in-organisme';
  if (account.status === 'supprime') return 'account-deleted';
  return undefined;
}

/** R12: managing Afas profiles needs, for a responsable, a group holding "Afas - Habiliter". */
export function afasRefusal(store: ReferenceStore, actor: Actor): ProblemCode | undefined {
  if (actor.roles.has('partner-admin')) return undefined;
  const today = store.clock.today();
  for (const m of store.membershipsOfAccount(actor.account.id)) {
    const g = store.groups.get(m.groupId);
    if (g && store.isGroupOpen(g, today) && store.isMembershipActive(m, today) && g.roleIds.includes(AFAS_HABILITER_ROLE_ID)) return undefined;
  }
  return 'afas-habiliter-required';
}

export function isAfasRole(store: ReferenceStore, roleId: string): boolean {
  return store.roles.get(roleId)?.applicationId === AFAS_APPLICATION_ID;
}

export function accountActions(store: ReferenceStore, actor: Actor, account: AccountRecord): AccountAction[] {
  if (!canSeeAccount(actor, account)) {
    return attachRefusal(actor, account) ? [] : ['attach'];
  }
  const actions: AccountAction[] = ['view', 'history'];
  if (accountWriteRefusal(store, actor, account)) return actions;
  const status = effectiveStatus(store, account);
  if (account.space === 'ucanss') {
    if (status === 'actif') actions.push('edit', 'grant', 'revoke', 'deactivate');
    if (status === 'inactif') actions.push('edit', 'revoke', 'reactivate', 'deactivate');
  } else {
    actions.push('edit', 'resend-identifier');
    if (status === 'ouvert') actions.push('grant', 'revoke', 'deactivate');
  }
  return account.id === actor.account.id ? actions.filter((a) => a !== 'deactivate') : actions;
}

export function accountReadOnlyReason(store: ReferenceStore, actor: Actor, account: AccountRecord): ProblemCode | undefined {
  if (account.add) return 'add-account-read-only';
  if (!canSeeAccount(actor, account)) return attachRefusal(actor, account) ?? undefined;
  return accountWriteRefusal(store, actor, account);
}

/** CAF accounts close on their closing date; UCANSS statuses are stored as they are. */
export function effectiveStatus(store: ReferenceStore, account: AccountRecord): AccountRecord['status'] {
  if (account.space === 'caf' && account.status === 'ouvert' && account.closingDate && account.closingDate <= store.clock.today()) return 'cloture';
  return account.status;
}

// ---- groups -----------------------------------------------------------------------------

export function canSeeConvention(actor: Actor, conventionId: string): boolean {
  return actor.conventionIds.has(conventionId) && (actor.roles.has('partner-admin') || actor.roles.has('responsable') || actor.roles.has('caf-agent'));
}

/** Synthèse of the CAF guide: only the partner administrator administers groups and their roles. */
export function groupAdminRefusal(actor: Actor, group: Pick<GroupRecord, 'conventionId'>): ProblemCode | undefined {
  if (!canSeeConvention(actor, group.conventionId)) return 'out-of-scope';
  return actor.roles.has('partner-admin') ? undefined : 'forbidden';
}

/** Both the partner administrator and the responsable of the group attach and detach members. */
export function membersRefusal(actor: Actor, group: GroupRecord): ProblemCode | undefined {
  if (!canSeeConvention(actor, group.conventionId)) return 'out-of-scope';
  if (actor.roles.has('partner-admin')) return undefined;
  return actor.groupIds.has(group.id) ? undefined : 'out-of-scope';
}

export function groupActions(store: ReferenceStore, actor: Actor, group: GroupRecord): GroupAction[] {
  if (!store.isGroupOpen(group) && group.closingDate && group.closingDate <= store.clock.today()) return [];
  const actions: GroupAction[] = [];
  if (!groupAdminRefusal(actor, group)) actions.push('edit', 'close', 'assign-role', 'remove-role', 'create-subgroup');
  if (!membersRefusal(actor, group)) actions.push('add-member', 'edit-member', 'remove-member');
  return actions;
}
