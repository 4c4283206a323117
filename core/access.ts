/**
 * Who may do what (R1, R2, R3, R12, R13, R16), written once as pure functions: they read the
 * acting person, the facts the storage gathered about the target, and the catalogue, and
 * nothing else — no store, no SQL — so the reference server's memory and habil-server's
 * PostgreSQL apply the very same rules. Handlers refuse with their answers, and the `actions`
 * of every returned object come from the same functions, so a widget never offers what will
 * be refused.
 */
import type { AccountAction, Application, Convention, GroupAction, Lang, MeAction, Organisme, PersonaRole, ProblemCode, Role, Space } from '../src/domain/index.js';
import { AFAS_APPLICATION_ID, DELEGATED_ROLE_ID } from '../src/domain/index.js';
import { inBoth, type Words } from './language.js';
import type { AccessRequestRecord, AccountRecord, AccountRequestRecord, GroupRecord, LocalAdminRecord } from './records.js';
import { Refusal } from './refusal.js';

/** The words of an application that are said in the reader's language (its name is a name, the same in both). */
export interface ApplicationTexts {
  theme: string;
  description: string;
  targetPublic: string;
  /** The text of « Autre démarche » (its contact is an address, the same in both). */
  procedure?: string;
}

/** The reference data: the same for every request, kept in memory by both servers. */
export interface Catalogue {
  readonly organismes: ReadonlyMap<string, Organisme>;
  /** In French, the catalogue's own language. */
  readonly applications: ReadonlyMap<string, Application>;
  /** The English of the applications' texts, by application id; a text without one is said in French. */
  readonly englishTexts: ReadonlyMap<string, Partial<ApplicationTexts>>;
  readonly roles: ReadonlyMap<string, Role>;
  readonly conventions: ReadonlyMap<string, Convention>;
}

/** The texts of an application in `lang`: English where the catalogue has it, French otherwise. */
export function applicationTexts(catalogue: Catalogue, application: Application, lang: Lang): ApplicationTexts {
  const english = lang === 'en' ? (catalogue.englishTexts.get(application.id) ?? {}) : {};
  return {
    theme: english.theme ?? application.theme,
    description: english.description ?? application.description,
    targetPublic: english.targetPublic ?? application.targetPublic,
    ...(application.procedure ? { procedure: english.procedure ?? application.procedure.text } : {}),
  };
}

/** What the rules read besides their arguments: the catalogue, and the server's day. */
export interface RuleContext {
  catalogue: Catalogue;
  /** YYYY-MM-DD in Paris. */
  today: string;
}

export interface Actor {
  account: AccountRecord;
  roles: Set<PersonaRole>;
  partnerId?: string;
  /** CAF conventions the actor works under (partner administrators, responsables, users). */
  conventionIds: Set<string>;
  /** Groups the actor is responsable of, with their sub-groups (R1). */
  groupIds: Set<string>;
  /** He is an active member of an open group holding « Afas - Habiliter » (R12). */
  holdsAfasHabiliter: boolean;
}

/** What the storage knows of a person's administration, for the rules to judge it. */
export interface PrivilegeFacts {
  centralAdmin: boolean;
  cafAgent: boolean;
  /** The partner he administers, if he is a partner administrator. */
  partnerAdminOf?: string;
  /** The organisme of his delegation, if he is a local administrator. */
  localAdminOf?: string;
  /** The open groups he is responsable of. */
  responsableOf: { id: string; code: string }[];
}

/** An account, with what the rules need to know about it beyond its record. */
export interface AccountFacts extends PrivilegeFacts {
  account: AccountRecord;
  /** He is an active member of one of the actor's groups (or of their sub-groups). */
  inActorGroups: boolean;
}

/** The acting person's own facts, from which his profiles follow. */
export interface ActorFacts extends PrivilegeFacts {
  account: AccountRecord;
  /** The groups he is responsable of (open), with every sub-group under them. */
  groupTree: { id: string; conventionId: string }[];
  holdsAfasHabiliter: boolean;
}

export function actorFrom(ctx: RuleContext, facts: ActorFacts): Actor {
  const { account } = facts;
  // R6: deactivation blocks the connected access.
  const status = effectiveStatus(account, ctx.today);
  if (status !== 'actif' && status !== 'ouvert') throw new Refusal('unauthenticated', { fr: 'Ce compte est désactivé.', en: 'This account is deactivated.' });
  const roles = new Set<PersonaRole>(['user']);
  // R13: a delegation is given for one organisme; it gives nothing anywhere else.
  if (facts.localAdminOf === account.organismeId) roles.add('local-admin');
  if (facts.centralAdmin) roles.add('ucanss-admin');
  if (facts.cafAgent) roles.add('caf-agent');
  if (facts.partnerAdminOf) roles.add('partner-admin');
  if (facts.responsableOf.length) roles.add('responsable');
  const groupIds = new Set(facts.groupTree.map((g) => g.id));
  const conventionIds = new Set<string>();
  const partnerId = facts.partnerAdminOf ?? (account.space === 'caf' ? account.organismeId : undefined);
  for (const c of ctx.catalogue.conventions.values()) {
    if (roles.has('caf-agent') || (partnerId && c.partnerId === partnerId && (roles.has('partner-admin') || account.conventionId === c.id))) {
      conventionIds.add(c.id);
    }
  }
  for (const g of facts.groupTree) conventionIds.add(g.conventionId);
  return { account, roles, ...(partnerId ? { partnerId } : {}), conventionIds, groupIds, holdsAfasHabiliter: facts.holdsAfasHabiliter };
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

/** CAF accounts close on their closing date; UCANSS statuses are stored as they are. */
export function effectiveStatus(account: AccountRecord, today: string): AccountRecord['status'] {
  if (account.space === 'caf' && account.status === 'ouvert' && account.closingDate && account.closingDate <= today) return 'cloture';
  return account.status;
}

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
export function privilegeAbove(actor: Actor, facts: AccountFacts): Words | undefined {
  const { account } = facts;
  if (account.id === actor.account.id) return undefined;
  const name = `${account.prenom} ${account.nom}`;
  if (facts.centralAdmin && !actor.roles.has('ucanss-admin')) return isUcanssAdmin(name);
  if (account.space !== 'caf' || actor.roles.has('partner-admin') || actor.roles.has('caf-agent')) return undefined;
  if (facts.cafAgent) return { fr: `${name} est agent Caf.`, en: `${name} is a CAF agent.` };
  if (facts.partnerAdminOf) return { fr: `${name} est administrateur partenaire.`, en: `${name} is a partner administrator.` };
  const outside = facts.responsableOf.find((g) => !actor.groupIds.has(g.id));
  if (outside) {
    return {
      fr: `${name} est responsable habilitations du groupe ${outside.code}, hors de vos groupes.`,
      en: `${name} is the responsable habilitations of group ${outside.code}, outside your groups.`,
    };
  }
  return undefined;
}

const isUcanssAdmin = (name: string): Words => ({ fr: `${name} est administrateur Ucanss.`, en: `${name} is a UCANSS administrator.` });

/** Why the actor may not change this account, with the sentence that says which administration stands in the way (R1, R2, R16). */
export function accountWriteProblem(actor: Actor, facts: AccountFacts): Refusal | undefined {
  const { account } = facts;
  if (!canSeeAccount(actor, account)) return new Refusal('out-of-scope');
  if (account.space === 'ucanss') {
    if (!actor.roles.has('local-admin') && !actor.roles.has('ucanss-admin')) return new Refusal('forbidden');
    if (account.add) return new Refusal('add-account-read-only');
  } else if (!actor.roles.has('partner-admin') && !actor.roles.has('responsable')) {
    return new Refusal('forbidden');
  }
  const above = privilegeAbove(actor, facts);
  if (above) return new Refusal('privileged-account', above);
  if (account.space === 'ucanss' || actor.roles.has('partner-admin')) return undefined;
  // A responsable: the users he created, and the members of his groups and their sub-groups.
  if (account.id === actor.account.id || account.createdBy === actor.account.id || facts.inActorGroups) return undefined;
  return new Refusal('out-of-scope');
}

/**
 * R9, R16: a local administrator attaches non-ADD people of other organismes, and only those he
 * could have administered where they stand: never a UCANSS administrator, nor another
 * organisme's local administrator (whose delegation belongs to his organisme, R13).
 */
export function attachProblem(ctx: RuleContext, actor: Actor, facts: AccountFacts): Refusal | undefined {
  const { account } = facts;
  if (!actor.roles.has('local-admin') || account.space !== 'ucanss') return new Refusal('forbidden');
  if (account.add) return new Refusal('add-account-read-only');
  if (account.organismeId === actor.account.organismeId) return new Refusal('already-in-organisme');
  if (account.status === 'supprime') return new Refusal('account-deleted');
  const name = `${account.prenom} ${account.nom}`;
  if (facts.centralAdmin) return new Refusal('privileged-account', isUcanssAdmin(name));
  if (facts.localAdminOf) {
    const organisme = ctx.catalogue.organismes.get(facts.localAdminOf)?.name ?? facts.localAdminOf;
    return new Refusal('privileged-account', {
      fr: `${name} est administrateur local de ${organisme} : sa délégation doit d'abord lui être retirée.`,
      en: `${name} is a local administrator of ${organisme}: his delegation must be revoked first.`,
    });
  }
  return undefined;
}

/** R12: managing Afas profiles needs, for a responsable, a group holding « Afas - Habiliter ». */
export function afasRefusal(actor: Actor): ProblemCode | undefined {
  if (actor.roles.has('partner-admin') || actor.holdsAfasHabiliter) return undefined;
  return 'afas-habiliter-required';
}

export function isAfasRole(catalogue: Catalogue, roleId: string): boolean {
  return catalogue.roles.get(roleId)?.applicationId === AFAS_APPLICATION_ID;
}

// ---- giving and taking roles (R3, R12, R13, R16) ---------------------------------------

/** Who receives a role: an account (existing or being created), or a group of a convention. */
export interface RoleTarget {
  space: Space;
  conventionId?: string;
  /** Through a group of the convention, rather than held directly. */
  viaGroup?: boolean;
}

export function conventionGrants(catalogue: Catalogue, conventionId: string | undefined, roleId: string): boolean {
  return !!conventionId && !!catalogue.conventions.get(conventionId)?.services.some((s) => s.roles.some((r) => r.id === roleId));
}

/**
 * The one decision on giving a role, whatever the path: creation with roles, grant, bulk
 * grant, the rights of a group, the acceptance of a request. Undefined when the actor may.
 * (Whether he may change the account at all is accountWriteProblem's to say.)
 */
export function roleGrantProblem(catalogue: Catalogue, actor: Actor, target: RoleTarget, roleId: string): Refusal | undefined {
  const role = catalogue.roles.get(roleId);
  if (!role) return unknownRole(roleId);
  if (roleId === DELEGATED_ROLE_ID) return new Refusal('forbidden', DELEGATION_ONLY);
  const application = catalogue.applications.get(role.applicationId)!;
  if (target.space === 'caf') {
    if (!conventionGrants(catalogue, target.conventionId, roleId)) return new Refusal('role-not-in-convention', { fr: role.label, en: role.label });
    if (!target.viaGroup && !isAfasRole(catalogue, roleId)) {
      return new Refusal('role-not-in-convention', {
        fr: 'Seuls les profils Afas de la convention s’attribuent individuellement ; les autres rôles passent par les groupes.',
        en: 'Only the Afas profiles of the convention are granted to a person; the other roles go through the groups.',
      });
    }
    return isAfasRole(catalogue, roleId) ? problemOf(afasRefusal(actor)) : undefined;
  }
  if (application.space !== 'ucanss') {
    return new Refusal('role-not-grantable', { fr: `${role.label} est un rôle de Mon Compte Partenaire.`, en: `${role.label} is a role of Mon Compte Partenaire.` });
  }
  if (application.approval === 'procedure' || application.approval === 'convention') {
    return new Refusal(
      'role-not-grantable',
      inBoth((lang) => {
        const how = application.procedure ? `${lang === 'fr' ? ' : ' : ': '}${procedureWords(catalogue, application, lang)}` : '.';
        return lang === 'fr' ? `L'accès à ${application.name} suit une autre démarche${how}` : `Access to ${application.name} follows another procedure${how}`;
      }),
    );
  }
  if (application.approval === 'central' && !actor.roles.has('ucanss-admin')) {
    return new Refusal('central-approval-required', { fr: `${application.name} : ${role.label}`, en: `${application.name}: ${role.label}` });
  }
  return undefined;
}

/** Taking a role back: local administration follows the delegation; Afas profiles need Afas - Habiliter. */
export function roleRevokeProblem(catalogue: Catalogue, actor: Actor, account: AccountRecord, roleId: string): Refusal | undefined {
  if (roleId === DELEGATED_ROLE_ID) return new Refusal('forbidden', DELEGATION_ONLY);
  if (!account.grants.has(roleId)) return new Refusal('role-not-granted');
  if (account.space === 'caf' && isAfasRole(catalogue, roleId)) return problemOf(afasRefusal(actor));
  return undefined;
}

const DELEGATION_ONLY: Words = {
  fr: "L'administration locale se donne et se retire dans « Administrateurs locaux » (délégation).",
  en: 'Local administration is given and taken back in “Local administrators” (delegation).',
};

export function unknownRole(roleId: string): Refusal {
  return new Refusal('invalid-request', { fr: `Rôle inconnu : ${roleId}.`, en: `Unknown role ${roleId}.` });
}

/** « Autre démarche » of an application, in `lang`: its text, then its contact. */
export function procedureWords(catalogue: Catalogue, application: Application, lang: Lang): string {
  return `${applicationTexts(catalogue, application, lang).procedure} (${application.procedure!.contact})`;
}

function problemOf(code: ProblemCode | undefined): Refusal | undefined {
  return code ? new Refusal(code) : undefined;
}

function targetOf(account: AccountRecord): RoleTarget {
  return { space: account.space, ...(account.conventionId ? { conventionId: account.conventionId } : {}) };
}

function isActive(account: AccountRecord, today: string): boolean {
  const status = effectiveStatus(account, today);
  return status === 'actif' || status === 'ouvert';
}

/** The roles the actor may give this account now (held ones left out), in catalogue order. */
export function grantableRoleIds(ctx: RuleContext, actor: Actor, facts: AccountFacts): string[] {
  const { account } = facts;
  if (!isActive(account, ctx.today) || accountWriteProblem(actor, facts)) return [];
  const target = targetOf(account);
  return [...ctx.catalogue.roles.keys()].filter((roleId) => !account.grants.has(roleId) && !roleGrantProblem(ctx.catalogue, actor, target, roleId));
}

/** The roles the actor may give at creation, in his space (GET /me). */
export function creationRoleIds(catalogue: Catalogue, actor: Actor): string[] {
  const r = actor.roles;
  const targets: RoleTarget[] =
    r.has('local-admin') || r.has('ucanss-admin')
      ? [{ space: 'ucanss' }]
      : r.has('partner-admin') || r.has('responsable')
        ? [...actor.conventionIds].map((conventionId) => ({ space: 'caf' as const, conventionId }))
        : [];
  return [...catalogue.roles.keys()].filter((roleId) => targets.some((t) => !roleGrantProblem(catalogue, actor, t, roleId)));
}

/** Whether the actor may remove this direct grant of the account. */
export function canRevokeRole(catalogue: Catalogue, actor: Actor, facts: AccountFacts, roleId: string): boolean {
  return !accountWriteProblem(actor, facts) && !roleRevokeProblem(catalogue, actor, facts.account, roleId);
}

export function accountActions(ctx: RuleContext, actor: Actor, facts: AccountFacts): AccountAction[] {
  const { account } = facts;
  if (!canSeeAccount(actor, account)) {
    return attachProblem(ctx, actor, facts) ? [] : ['attach'];
  }
  const actions: AccountAction[] = ['view', 'history'];
  if (accountWriteProblem(actor, facts)) return actions;
  const status = effectiveStatus(account, ctx.today);
  const grant = () => (hasGrantableRole(ctx.catalogue, actor, account) ? (['grant'] as const) : []);
  const revoke = () => ([...account.grants.keys()].some((roleId) => !roleRevokeProblem(ctx.catalogue, actor, account, roleId)) ? (['revoke'] as const) : []);
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
function hasGrantableRole(catalogue: Catalogue, actor: Actor, account: AccountRecord): boolean {
  const target = targetOf(account);
  for (const roleId of catalogue.roles.keys()) {
    if (!account.grants.has(roleId) && !roleGrantProblem(catalogue, actor, target, roleId)) return true;
  }
  return false;
}

export function accountReadOnlyReason(ctx: RuleContext, actor: Actor, facts: AccountFacts): ProblemCode | undefined {
  if (facts.account.add) return 'add-account-read-only';
  if (!canSeeAccount(actor, facts.account)) return attachProblem(ctx, actor, facts)?.code;
  return accountWriteProblem(actor, facts)?.code;
}

// ---- groups -----------------------------------------------------------------------------

/**
 * R11: the groups of which the account is still the responsable habilitations on `day`: those
 * that do not close by then. His account does not close on that day while one is left, since
 * every group keeps an open responsable; a group closed (or closing) by then stands in no way.
 */
export function groupsHeldOn(groups: readonly GroupRecord[], accountId: string, day: string): GroupRecord[] {
  return groups.filter((g) => g.responsableId === accountId && !(g.closingDate && g.closingDate <= day));
}

/** R11: the refusal to close the account of the responsable of these groups, naming them by code. */
export function responsableOfOpenGroups(account: AccountRecord, groups: readonly GroupRecord[]): Refusal {
  const codes = groups
    .map((g) => g.code)
    .sort((a, b) => a.localeCompare(b, 'fr'))
    .join(', ');
  const name = `${account.prenom} ${account.nom}`;
  const one = groups.length === 1;
  return new Refusal('responsable-of-open-groups', {
    fr: `${name} est responsable habilitations ${one ? `du groupe ${codes}` : `des groupes ${codes}`}.`,
    en: `${name} is the responsable habilitations of ${one ? `group ${codes}` : `groups ${codes}`}.`,
  });
}

// ---- R3: who decides a request -------------------------------------------------------------

/**
 * Whose requests a person decides: `central`, as a UCANSS administrator, the national roles and
 * the requests of organismes with no local administrator; `organisme`, as a local
 * administrator, the other requests of his organisme's people. The lists hand it to the
 * storage (as conditions); a decision checks one request with the functions below.
 */
export interface Decider {
  central: boolean;
  organisme?: string;
}

export function deciderOf(actor: Actor): Decider {
  return { central: actor.roles.has('ucanss-admin'), ...(actor.roles.has('local-admin') ? { organisme: actor.account.organismeId } : {}) };
}

/** R3 for an access request of a person of `organismeId`; `withLocalAdmin`: the organismes that have a local administrator. */
export function decidesAccess(d: Decider, r: Pick<AccessRequestRecord, 'approval'>, organismeId: string, withLocalAdmin: ReadonlySet<string>): boolean {
  if (r.approval === 'central' || !withLocalAdmin.has(organismeId)) return d.central;
  return d.organisme === organismeId;
}

/** R3 for an account request, routed when it was made. */
export function decidesAccount(d: Decider, r: Pick<AccountRequestRecord, 'routedTo' | 'organismeId'>): boolean {
  return r.routedTo === 'central' ? d.central : d.organisme === r.organismeId;
}

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

export function groupActions(today: string, actor: Actor, group: GroupRecord, catalogue: Catalogue): GroupAction[] {
  if (group.closingDate && group.closingDate <= today) return [];
  const actions: GroupAction[] = [];
  if (!groupAdminRefusal(actor, group)) actions.push('edit', 'close', 'assign-role', 'remove-role', 'create-subgroup');
  // R12: the members of a group giving Afas profiles move only with « Afas - Habiliter ».
  const afasBlocked = group.roleIds.some((roleId) => isAfasRole(catalogue, roleId)) && afasRefusal(actor) !== undefined;
  if (!membersRefusal(actor, group) && !afasBlocked) actions.push('add-member', 'edit-member', 'remove-member');
  return actions;
}

// ---- delegation -------------------------------------------------------------------------

/**
 * R13: a local administrator revokes within his organisme, and never the last one; `count` is
 * the number of local administrators the organisme has now.
 */
export function localAdminRevokeRefusal(actor: Actor, admin: Pick<LocalAdminRecord, 'organismeId'>, count: number): ProblemCode | undefined {
  if (!actor.roles.has('ucanss-admin')) {
    if (!actor.roles.has('local-admin')) return 'forbidden';
    if (admin.organismeId !== actor.account.organismeId) return 'out-of-scope';
  }
  return count > 1 ? undefined : 'last-local-admin';
}
