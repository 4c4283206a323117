/**
 * Who the acting person is and what he may do (R1, R2, R12): the one place the reference
 * server decides scope. Handlers refuse with these answers, and the `actions` of every
 * returned object are computed from the same functions, so a widget never offers what
 * will be refused.
 */
import type { AccountAction, GroupAction, MeAction, PersonaRole, ProblemCode, Space } from '../src/domain/index.js';
import { AFAS_APPLICATION_ID, AFAS_HABILITER_ROLE_ID, DELEGATED_ROLE_ID } from '../src/domain/index.js';
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
  // R13: a delegation is given for one organisme; it gives nothing anywhere else.
  if (store.localAdmins.get(accountId)?.organismeId === account.organismeId) roles.add('local-admin');
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

/**
 * R16: the administration an account holds that lies above or beside the actor's, whatever
 * link the actor created himself: a UCANSS administrator for anyone but a UCANSS
 * administrator; a CAF agent, a partner administrator, or the responsable of a group outside
 * his tree for a responsable habilitations.
 */
export function privilegeAbove(store: ReferenceStore, actor: Actor, account: AccountRecord): string | undefined {
  if (account.id === actor.account.id) return undefined;
  const name = `${account.prenom} ${account.nom}`;
  if (store.centralAdmins.has(account.id) && !actor.roles.has('ucanss-admin')) return `${name} est administrateur Ucanss.`;
  if (account.space !== 'caf' || actor.roles.has('partner-admin') || actor.roles.has('caf-agent')) return undefined;
  if (store.cafAgents.has(account.id)) return `${name} est agent Caf.`;
  if (store.partnerAdmins.has(account.id)) return `${name} est administrateur partenaire.`;
  for (const g of store.groups.values()) {
    if (g.responsableId === account.id && store.isGroupOpen(g) && !actor.groupIds.has(g.id)) {
      return `${name} est responsable habilitations du groupe ${g.code}, hors de vos groupes.`;
    }
  }
  return undefined;
}

/** Why the actor may not change this account, or undefined when he may (R1, R2, R16). */
export function accountWriteRefusal(store: ReferenceStore, actor: Actor, account: AccountRecord): ProblemCode | undefined {
  return accountWriteProblem(store, actor, account)?.code;
}

/** The same, with the sentence that says which administration stands in the way (R16). */
export function accountWriteProblem(store: ReferenceStore, actor: Actor, account: AccountRecord): Refusal | undefined {
  if (!canSeeAccount(actor, account)) return new Refusal('out-of-scope');
  if (account.space === 'ucanss') {
    if (!actor.roles.has('local-admin') && !actor.roles.has('ucanss-admin')) return new Refusal('forbidden');
    if (account.add) return new Refusal('add-account-read-only');
  } else if (!actor.roles.has('partner-admin') && !actor.roles.has('responsable')) {
    return new Refusal('forbidden');
  }
  const above = privilegeAbove(store, actor, account);
  if (above) return new Refusal('privileged-account', above);
  if (account.space === 'ucanss' || actor.roles.has('partner-admin')) return undefined;
  // A responsable: the users he created, and the members of his groups and their sub-groups.
  if (account.id === actor.account.id || account.createdBy === actor.account.id || isMemberOfActorGroups(store, actor, account.id)) return undefined;
  return new Refusal('out-of-scope');
}

function isMemberOfActorGroups(store: ReferenceStore, actor: Actor, accountId: string): boolean {
  for (const groupId of actor.groupIds) {
    const m = store.memberships.get(store.membershipKey(groupId, accountId));
    if (m && store.isMembershipActive(m)) return true;
  }
  return false;
}

/**
 * R9, R16: a local administrator attaches non-ADD people of other organismes, and only those he
 * could have administered where they stand: never a UCANSS administrator, nor another
 * organisme's local administrator (whose delegation belongs to his organisme, R13).
 */
export function attachProblem(store: ReferenceStore, actor: Actor, account: AccountRecord): Refusal | undefined {
  if (!actor.roles.has('local-admin') || account.space !== 'ucanss') return new Refusal('forbidden');
  if (account.add) return new Refusal('add-account-read-only');
  if (inOrganismeOf(actor, account) && account.organismeId === actor.account.organismeId) return new Refusal('already-in-organisme');
  if (account.status === 'supprime') return new Refusal('account-deleted');
  const name = `${account.prenom} ${account.nom}`;
  if (store.centralAdmins.has(account.id)) return new Refusal('privileged-account', `${name} est administrateur Ucanss.`);
  const delegation = store.localAdmins.get(account.id);
  if (delegation) {
    const organisme = store.organismes.get(delegation.organismeId)?.name ?? delegation.organismeId;
    return new Refusal('privileged-account', `${name} est administrateur local de ${organisme} : sa délégation doit d'abord lui être retirée.`);
  }
  return undefined;
}

export function attachRefusal(store: ReferenceStore, actor: Actor, account: AccountRecord): ProblemCode | undefined {
  return attachProblem(store, actor, account)?.code;
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

// ---- giving and taking roles (R3, R12, R13, R16) ---------------------------------------

/** Who receives a role: an account (existing or being created), or a group of a convention. */
export interface RoleTarget {
  space: Space;
  conventionId?: string;
  /** Through a group of the convention, rather than held directly. */
  viaGroup?: boolean;
}

function conventionGrants(store: ReferenceStore, conventionId: string | undefined, roleId: string): boolean {
  return !!conventionId && !!store.conventions.get(conventionId)?.services.some((s) => s.roles.some((r) => r.id === roleId));
}

/**
 * The one decision on giving a role, whatever the path: creation with roles, grant, bulk
 * grant, the rights of a group, the acceptance of a request. Undefined when the actor may.
 * (Whether he may change the account at all is accountWriteProblem's to say.)
 */
export function roleGrantProblem(store: ReferenceStore, actor: Actor, target: RoleTarget, roleId: string): Refusal | undefined {
  const role = store.roles.get(roleId);
  if (!role) return new Refusal('invalid-request', `Unknown role ${roleId}.`);
  if (roleId === DELEGATED_ROLE_ID) {
    return new Refusal('forbidden', "L'administration locale se donne et se retire dans « Administrateurs locaux » (délégation).");
  }
  const application = store.applications.get(role.applicationId)!;
  if (target.space === 'caf') {
    if (!conventionGrants(store, target.conventionId, roleId)) return new Refusal('role-not-in-convention', role.label);
    if (!target.viaGroup && !isAfasRole(store, roleId)) {
      return new Refusal('role-not-in-convention', 'Seuls les profils Afas de la convention s’attribuent individuellement ; les autres rôles passent par les groupes.');
    }
    return isAfasRole(store, roleId) ? problemOf(afasRefusal(store, actor)) : undefined;
  }
  if (application.space !== 'ucanss') return new Refusal('role-not-grantable', `${role.label} est un rôle de Mon Compte Partenaire.`);
  if (application.approval === 'procedure' || application.approval === 'convention') {
    const how = application.procedure ? ` : ${application.procedure.text} (${application.procedure.contact})` : '.';
    return new Refusal('role-not-grantable', `L'accès à ${application.name} suit une autre démarche${how}`);
  }
  if (application.approval === 'central' && !actor.roles.has('ucanss-admin')) return new Refusal('central-approval-required', `${application.name} : ${role.label}`);
  return undefined;
}

/** Taking a role back: local administration follows the delegation; Afas profiles need Afas - Habiliter. */
export function roleRevokeProblem(store: ReferenceStore, actor: Actor, account: AccountRecord, roleId: string): Refusal | undefined {
  if (roleId === DELEGATED_ROLE_ID) {
    return new Refusal('forbidden', "L'administration locale se donne et se retire dans « Administrateurs locaux » (délégation).");
  }
  if (!store.hasDirectGrant(account.id, roleId)) return new Refusal('role-not-granted');
  if (account.space === 'caf' && isAfasRole(store, roleId)) return problemOf(afasRefusal(store, actor));
  return undefined;
}

function problemOf(code: ProblemCode | undefined): Refusal | undefined {
  return code ? new Refusal(code) : undefined;
}

function targetOf(account: AccountRecord): RoleTarget {
  return { space: account.space, ...(account.conventionId ? { conventionId: account.conventionId } : {}) };
}

/** The roles the actor may give this account now (held ones left out), in catalogue order. */
export function grantableRoleIds(store: ReferenceStore, actor: Actor, account: AccountRecord): string[] {
  if (!canGiveRoles(store, actor, account)) return [];
  const target = targetOf(account);
  return [...store.roles.keys()].filter((roleId) => !account.grants.has(roleId) && !roleGrantProblem(store, actor, target, roleId));
}

/** The roles the actor may give at creation, in his space (GET /me). */
export function creationRoleIds(store: ReferenceStore, actor: Actor): string[] {
  const r = actor.roles;
  const targets: RoleTarget[] =
    r.has('local-admin') || r.has('ucanss-admin')
      ? [{ space: 'ucanss' }]
      : r.has('partner-admin') || r.has('responsable')
        ? [...actor.conventionIds].map((conventionId) => ({ space: 'caf' as const, conventionId }))
        : [];
  return [...store.roles.keys()].filter((roleId) => targets.some((t) => !roleGrantProblem(store, actor, t, roleId)));
}

function canGiveRoles(store: ReferenceStore, actor: Actor, account: AccountRecord): boolean {
  const status = effectiveStatus(store, account);
  return (status === 'actif' || status === 'ouvert') && !accountWriteRefusal(store, actor, account);
}

/** Whether the actor may remove this direct grant of the account. */
export function canRevokeRole(store: ReferenceStore, actor: Actor, account: AccountRecord, roleId: string): boolean {
  return !accountWriteRefusal(store, actor, account) && !roleRevokeProblem(store, actor, account, roleId);
}

export function accountActions(store: ReferenceStore, actor: Actor, account: AccountRecord): AccountAction[] {
  if (!canSeeAccount(actor, account)) {
    return attachRefusal(store, actor, account) ? [] : ['attach'];
  }
  const actions: AccountAction[] = ['view', 'history'];
  if (accountWriteRefusal(store, actor, account)) return actions;
  const status = effectiveStatus(store, account);
  const grant = () => (hasGrantableRole(store, actor, account) ? (['grant'] as const) : []);
  const revoke = () => ([...account.grants.keys()].some((roleId) => !roleRevokeProblem(store, actor, account, roleId)) ? (['revoke'] as const) : []);
  if (account.space === 'ucanss') {
    if (status === 'actif') actions.push('edit', ...grant(), ...revoke(), 'deactivate');
    if (status === 'inactif') actions.push('edit', ...revoke(), 'reactivate', 'deactivate');
  } else {
    actions.push('edit', 'resend-identifier');
    if (status === 'ouvert') actions.push(...grant(), ...revoke(), 'deactivate');
  }
  return account.id === actor.account.id ? actions.filter((a) => a !== 'deactivate') : actions;
}

/** grantableRoleIds(…).length > 0, stopping at the first: asked for every row of a search page. */
function hasGrantableRole(store: ReferenceStore, actor: Actor, account: AccountRecord): boolean {
  const target = targetOf(account);
  for (const roleId of store.roles.keys()) {
    if (!account.grants.has(roleId) && !roleGrantProblem(store, actor, target, roleId)) return true;
  }
  return false;
}

export function accountReadOnlyReason(store: ReferenceStore, actor: Actor, account: AccountRecord): ProblemCode | undefined {
  if (account.add) return 'add-account-read-only';
  if (!canSeeAccount(actor, account)) return attachRefusal(store, actor, account) ?? undefined;
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
