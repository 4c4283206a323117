/** Records as the contract shows them to one acting person. */
import type { AccountDetail, AccountSummary, Application, Grant, Lang, MyProfile } from '../src/domain/index.js';
import { accountActions, accountReadOnlyReason, applicationTexts, canRevokeRole, effectiveStatus, grantableRoleIds, type AccountFacts, type Actor, type Catalogue, type RuleContext } from './access.js';
import type { AccountRecord } from './records.js';
import type { MembershipOfAccount } from './storage.js';

/** Who an account is, as its views begin: the account, its identifier and the person's names. */
function identity(a: AccountRecord): Pick<AccountSummary, 'id' | 'identifier' | 'civilite' | 'nom' | 'prenom'> {
  return { id: a.id, identifier: a.identifier, ...(a.civilite ? { civilite: a.civilite } : {}), nom: a.nom, prenom: a.prenom };
}

export function accountSummary(ctx: RuleContext, actor: Actor, facts: AccountFacts): AccountSummary {
  const a = facts.account;
  const organisme = ctx.catalogue.organismes.get(a.organismeId)!;
  const readOnlyReason = accountReadOnlyReason(ctx, actor, facts);
  return {
    ...identity(a),
    emailPro: a.emailPro,
    ...(a.phone ? { phone: a.phone } : {}),
    ...(a.fonction ? { fonction: a.fonction } : {}),
    organismeId: a.organismeId,
    organismeName: organisme.name,
    branches: organisme.branches,
    add: a.add,
    status: effectiveStatus(a, ctx.today),
    space: a.space,
    ...(a.conventionId ? { conventionId: a.conventionId } : {}),
    ...(a.workstyle ? { workstyle: a.workstyle } : {}),
    ...(a.openingDate ? { openingDate: a.openingDate } : {}),
    ...(a.closingDate ? { closingDate: a.closingDate } : {}),
    version: a.version,
    actions: accountActions(ctx, actor, facts),
    ...(readOnlyReason ? { readOnlyReason } : {}),
  };
}

const isOpen = (from: string, until: string | undefined, today: string) => from <= today && (!until || until > today);

/** Direct grants, and on CAF the roles received through open groups; `canRevoke` says which direct ones the reader may remove. */
export function grantsView(ctx: RuleContext, account: AccountRecord, memberships: MembershipOfAccount[], canRevoke: (roleId: string) => boolean = () => false): Grant[] {
  const { catalogue } = ctx;
  const grants: Grant[] = [];
  const roleView = (roleId: string) => {
    const role = catalogue.roles.get(roleId)!;
    const application = catalogue.applications.get(role.applicationId)!;
    return { roleId, roleLabel: role.label, applicationId: application.id, applicationName: application.name };
  };
  for (const g of account.grants.values()) grants.push({ ...roleView(g.roleId), source: g.source, grantedAt: g.grantedAt, removable: canRevoke(g.roleId) });
  for (const m of memberships) {
    if (!isOpen(m.groupOpeningDate, m.groupClosingDate, ctx.today) || !isOpen(m.openingDate, m.closingDate, ctx.today)) continue;
    for (const roleId of m.groupRoleIds) {
      grants.push({
        ...roleView(roleId),
        source: 'groupe',
        groupId: m.groupId,
        groupCode: m.groupCode,
        grantedAt: `${m.openingDate > m.groupOpeningDate ? m.openingDate : m.groupOpeningDate}T00:00:00.000Z`,
        removable: false,
      });
    }
  }
  return grants.sort((x, y) => x.applicationName.localeCompare(y.applicationName, 'fr') || x.roleLabel.localeCompare(y.roleLabel, 'fr'));
}

export function accountDetail(ctx: RuleContext, actor: Actor, facts: AccountFacts, memberships: MembershipOfAccount[]): AccountDetail {
  const a = facts.account;
  const summary = accountSummary(ctx, actor, facts);
  const catalogue: Catalogue = ctx.catalogue;
  const canRevoke = summary.actions.includes('revoke') ? (roleId: string) => canRevokeRole(catalogue, actor, facts, roleId) : () => false;
  return {
    ...summary,
    ...(a.nomNaissance ? { nomNaissance: a.nomNaissance } : {}),
    ...(a.emailContact ? { emailContact: a.emailContact } : {}),
    ...(a.secondaryOrganismeId ? { secondaryOrganismeId: a.secondaryOrganismeId } : {}),
    ...(a.addProfile ? { addProfile: a.addProfile } : {}),
    createdAt: a.createdAt,
    grants: grantsView(ctx, a, memberships, canRevoke),
    grantableRoleIds: summary.actions.includes('grant') ? grantableRoleIds(ctx, actor, facts) : [],
    memberships: memberships.map((m) => ({
      groupId: m.groupId,
      groupCode: m.groupCode,
      groupLabel: m.groupLabel,
      openingDate: m.openingDate,
      ...(m.closingDate ? { closingDate: m.closingDate } : {}),
    })),
  };
}

/**
 * « Mes coordonnées »: a person's own details as he changes them, and why he may not when he may
 * not (`readOnlyReason`: an ADD account, R2; a CAF partner user).
 */
export function myProfile(catalogue: Catalogue, a: AccountRecord, readOnlyReason: MyProfile['readOnlyReason']): MyProfile {
  const secondary = a.secondaryOrganismeId ? catalogue.organismes.get(a.secondaryOrganismeId) : undefined;
  return {
    ...identity(a),
    ...(a.nomNaissance ? { nomNaissance: a.nomNaissance } : {}),
    emailPro: a.emailPro,
    ...(a.emailContact ? { emailContact: a.emailContact } : {}),
    ...(a.phone ? { phone: a.phone } : {}),
    organismeId: a.organismeId,
    organismeName: catalogue.organismes.get(a.organismeId)!.name,
    ...(secondary ? { secondaryOrganismeId: secondary.id, secondaryOrganismeName: secondary.name } : {}),
    space: a.space,
    add: a.add,
    version: a.version,
    ...(readOnlyReason ? { readOnlyReason } : {}),
  };
}

/** An application of the catalogue as a reader of `lang` reads it: its theme, description, target public and procedure in his language. */
export function applicationView(catalogue: Catalogue, application: Application, lang: Lang): Application {
  const texts = applicationTexts(catalogue, application, lang);
  return {
    ...application,
    theme: texts.theme,
    description: texts.description,
    targetPublic: texts.targetPublic,
    ...(application.procedure ? { procedure: { text: texts.procedure!, contact: application.procedure.contact } } : {}),
  };
}
