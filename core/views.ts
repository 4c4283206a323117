/** Records as the contract shows them to one acting person. */
import type { AccountSummary } from '../src/domain/index.js';
import { accountActions, accountReadOnlyReason, effectiveStatus, type AccountFacts, type Actor, type RuleContext } from './access.js';

export function accountSummary(ctx: RuleContext, actor: Actor, facts: AccountFacts): AccountSummary {
  const a = facts.account;
  const organisme = ctx.catalogue.organismes.get(a.organismeId)!;
  const readOnlyReason = accountReadOnlyReason(ctx, actor, facts);
  return {
    id: a.id,
    identifier: a.identifier,
    ...(a.civilite ? { civilite: a.civilite } : {}),
    nom: a.nom,
    prenom: a.prenom,
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
