/**
 * Reading many accounts: the search (R1, R9) and « État des habilitations ». The rules decide
 * the scope here; the storage finds the accounts in it (the memory by walking an ordered list,
 * PostgreSQL with an index) and both answer the same page.
 */
import type { AccountQuery, AccountSummary, EntitlementQuery, EntitlementRow, PageOf } from '../../src/domain/index.js';
import type { Actor } from '../access.js';
import { Refusal } from '../refusal.js';
import type { Reader, SearchScope } from '../storage.js';
import { accountSummary, grantsView } from '../views.js';
import { ruleContext } from './session.js';

/** R1: a local administrator searches his organisme, or outside it only to attach (R9); the CAF side searches its conventions. */
async function searchScope(reader: Reader, actor: Actor, q: AccountQuery): Promise<SearchScope> {
  const r = actor.roles;
  const myOrg = actor.account.organismeId;
  if (r.has('ucanss-admin') || r.has('local-admin')) {
    if (q.conventionId || q.groupId) throw new Refusal('out-of-scope', { fr: 'Les groupes et conventions relèvent de Mon Compte Partenaire.', en: 'Groups and conventions belong to Mon Compte Partenaire.' });
    if (q.inMyOrganisme === false) return { space: 'ucanss', outside: myOrg };
    if (q.inMyOrganisme === true || !r.has('ucanss-admin')) return { space: 'ucanss', organisme: myOrg };
    return { space: 'ucanss' };
  }
  if (r.has('partner-admin') || r.has('responsable') || r.has('caf-agent')) {
    if (q.conventionId && !actor.conventionIds.has(q.conventionId)) throw new Refusal('out-of-scope');
    const scope: SearchScope = { space: 'caf', conventions: q.conventionId ? [q.conventionId] : [...actor.conventionIds] };
    if (q.groupId) {
      const group = await reader.group(q.groupId);
      if (!group || !actor.conventionIds.has(group.conventionId)) throw new Refusal('out-of-scope');
      scope.groupId = group.id;
    }
    return scope;
  }
  throw new Refusal('forbidden', { fr: 'La recherche de comptes est réservée aux administrateurs.', en: 'Searching accounts is for administrators.' });
}

export async function searchAccounts(reader: Reader, actor: Actor, q: AccountQuery): Promise<PageOf<AccountSummary>> {
  const scope = await searchScope(reader, actor, q);
  const page = q.page ?? 1;
  const pageSize = q.pageSize ?? 10;
  const found = await reader.searchAccounts(actor, scope, { ...q, page, pageSize });
  const ctx = ruleContext(reader);
  return { items: found.items.map((facts) => accountSummary(ctx, actor, facts)), total: found.total, page, pageSize };
}

/** « État des habilitations »: the persons of my organisme with their roles, by name unless sorted otherwise. */
export async function entitlementsReport(reader: Reader, actor: Actor, q: EntitlementQuery): Promise<PageOf<EntitlementRow>> {
  if (!actor.roles.has('local-admin') && !actor.roles.has('ucanss-admin')) throw new Refusal('forbidden');
  const page = q.page ?? 1;
  const pageSize = q.pageSize ?? 50;
  const found = await reader.entitlementAccounts(actor.account.organismeId, { ...q, page, pageSize });
  const ctx = ruleContext(reader);
  // UCANSS accounts hold their roles directly: no group to read.
  const items = found.items.map((a) => ({
    accountId: a.id,
    nom: a.nom,
    prenom: a.prenom,
    emailPro: a.emailPro,
    ...(a.fonction ? { fonction: a.fonction } : {}),
    add: a.add,
    roles: grantsView(ctx, a, []).map((g) => ({ roleId: g.roleId, roleLabel: g.roleLabel, applicationName: g.applicationName })),
  }));
  return { items, total: found.total, page, pageSize };
}
