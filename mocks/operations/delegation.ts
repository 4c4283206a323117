/**
 * Delegation (R12, R13, R14): local administrators of the UCANSS organismes, named by their
 * peers, and partner administrators of the CAF partners, appointed by the CAF.
 */
import type { Convention, ProblemCode } from '../../src/domain/index.js';
import { DELEGATED_ROLE_ID as LOCAL_ADMIN_ROLE_ID, MAX_PARTNER_ADMINS } from '../../src/domain/index.js';
import { canSeeConvention, effectiveStatus, type Actor } from '../access.js';
import { Refusal } from '../../core/refusal.js';
import type { AccountRecord, LocalAdminRecord, PartnerAdminRecord, ReferenceStore } from '../store.js';
import { personRef } from '../views.js';

function trace(store: ReferenceStore, actor: Actor, account: AccountRecord, action: string, summary: string, change: { before?: Record<string, unknown>; after?: Record<string, unknown> }) {
  store.record({
    actor: personRef(store, actor.account.id),
    action,
    targetType: 'delegation',
    targetId: account.id,
    accountId: account.id,
    summary,
    ...change,
  });
}

function getAccountRecord(store: ReferenceStore, id: string): AccountRecord {
  const account = store.accounts.get(id);
  if (!account) throw new Refusal('not-found', 'Compte introuvable.');
  return account;
}

const byName = (store: ReferenceStore) => (a: { accountId: string }, b: { accountId: string }) =>
  store.accounts.get(a.accountId)!.sortKey.localeCompare(store.accounts.get(b.accountId)!.sortKey);

// ---- local administrators (UCANSS) ------------------------------------------------------

function ensureLocalAdministration(actor: Actor): void {
  if (!actor.roles.has('local-admin') && !actor.roles.has('ucanss-admin')) {
    throw new Refusal('forbidden', 'La délégation est gérée par les administrateurs locaux et les administrateurs Ucanss.');
  }
}

function localAdminsOf(store: ReferenceStore, organismeId: string): LocalAdminRecord[] {
  return [...store.localAdmins.values()].filter((l) => l.organismeId === organismeId);
}

/** R13: a local administrator revokes within his organisme, and never the last one. */
export function localAdminRevokeRefusal(store: ReferenceStore, actor: Actor, l: LocalAdminRecord): ProblemCode | undefined {
  if (!actor.roles.has('ucanss-admin')) {
    if (!actor.roles.has('local-admin')) return 'forbidden';
    if (l.organismeId !== actor.account.organismeId) return 'out-of-scope';
  }
  return localAdminsOf(store, l.organismeId).length > 1 ? undefined : 'last-local-admin';
}

/** R13: "Vos administrateurs locaux" (mine) or "Tous les administrateurs locaux" (all). */
export function listLocalAdmins(store: ReferenceStore, actor: Actor, scope: 'mine' | 'all', organismeId?: string): LocalAdminRecord[] {
  ensureLocalAdministration(actor);
  if (scope === 'mine') return localAdminsOf(store, actor.account.organismeId).sort(byName(store));
  const organisme = (l: LocalAdminRecord) => store.organismes.get(l.organismeId)!.name;
  return [...store.localAdmins.values()]
    .filter((l) => !organismeId || l.organismeId === organismeId)
    .sort((a, b) => organisme(a).localeCompare(organisme(b), 'fr') || byName(store)(a, b));
}

export function addLocalAdmin(store: ReferenceStore, actor: Actor, accountId: string): LocalAdminRecord {
  ensureLocalAdministration(actor);
  const account = getAccountRecord(store, accountId);
  if (account.space !== 'ucanss' || (!actor.roles.has('ucanss-admin') && account.organismeId !== actor.account.organismeId)) {
    throw new Refusal('out-of-scope', 'La délégation se donne à une personne de votre organisme.');
  }
  if (store.localAdmins.has(account.id)) throw new Refusal('already-local-admin');
  if (account.status !== 'actif') throw new Refusal('account-not-active');
  const record: LocalAdminRecord = { accountId: account.id, organismeId: account.organismeId, director: false, since: store.clock.today(), namedBy: actor.account.id };
  store.localAdmins.set(account.id, record);
  const grants = store.directGrants(account.id);
  if (!grants.has(LOCAL_ADMIN_ROLE_ID)) {
    grants.set(LOCAL_ADMIN_ROLE_ID, { roleId: LOCAL_ADMIN_ROLE_ID, source: 'direct', grantedAt: store.nowIso() });
    store.updateAccount(account, {});
  }
  trace(store, actor, account, 'delegation.granted', `Délégation d'administration locale pour ${store.organismes.get(account.organismeId)!.name}`, {
    after: { localAdmin: true, organismeId: account.organismeId, roleId: LOCAL_ADMIN_ROLE_ID },
  });
  return record;
}

/** R13: a director, local administrator by default, is revoked like a delegate, if another remains. */
export function revokeLocalAdmin(store: ReferenceStore, actor: Actor, accountId: string): void {
  ensureLocalAdministration(actor);
  const record = store.localAdmins.get(accountId);
  if (!record) throw new Refusal('not-found', "Cette personne n'est pas administrateur local.");
  const refusal = localAdminRevokeRefusal(store, actor, record);
  if (refusal) throw new Refusal(refusal);
  store.localAdmins.delete(accountId);
  const account = store.accounts.get(accountId)!;
  const grant = store.directGrants(accountId).get(LOCAL_ADMIN_ROLE_ID);
  if (grant) {
    store.directGrants(accountId).delete(LOCAL_ADMIN_ROLE_ID);
    store.updateAccount(account, {});
  }
  trace(store, actor, account, 'delegation.revoked', `Retrait de la délégation d'administration locale pour ${store.organismes.get(record.organismeId)!.name}`, {
    before: { localAdmin: true, organismeId: record.organismeId, director: record.director, since: record.since, ...(grant ? { roleId: LOCAL_ADMIN_ROLE_ID } : {}) },
    after: { localAdmin: false },
  });
}

// ---- partner administrators (CAF) -------------------------------------------------------

/** A partner is an organisme that the CAF links by at least one convention. */
function partnerConventions(store: ReferenceStore, partnerId: string): Convention[] {
  const conventions = [...store.conventions.values()].filter((c) => c.partnerId === partnerId);
  if (!conventions.length) throw new Refusal('not-found', 'Organisme partenaire introuvable.');
  return conventions;
}

function ensureCafAgent(actor: Actor): void {
  if (!actor.roles.has('caf-agent')) throw new Refusal('forbidden', "C'est la Caf qui attribue le rôle d'administrateur partenaire.");
}

/** The partner's administrators, the responsables of its conventions and the CAF agents. */
export function listPartnerAdmins(store: ReferenceStore, actor: Actor, partnerId: string): PartnerAdminRecord[] {
  const conventions = partnerConventions(store, partnerId);
  if (!actor.roles.has('caf-agent') && !conventions.some((c) => canSeeConvention(actor, c.id))) throw new Refusal('out-of-scope');
  return [...store.partnerAdmins.values()].filter((p) => p.partnerId === partnerId).sort(byName(store));
}

/** R12: at most two per partner, chosen among its users; the profile brings no business role. */
export function addPartnerAdmin(store: ReferenceStore, actor: Actor, partnerId: string, accountId: string): PartnerAdminRecord {
  ensureCafAgent(actor);
  const conventions = partnerConventions(store, partnerId);
  const account = getAccountRecord(store, accountId);
  if (account.space !== 'caf' || !conventions.some((c) => c.id === account.conventionId)) {
    throw new Refusal('out-of-scope', "L'administrateur partenaire est choisi parmi les utilisateurs des conventions du partenaire.");
  }
  if (store.partnerAdmins.has(account.id)) throw new Refusal('already-partner-admin');
  if (effectiveStatus(store, account) !== 'ouvert') throw new Refusal('account-not-active');
  if ([...store.partnerAdmins.values()].filter((p) => p.partnerId === partnerId).length >= MAX_PARTNER_ADMINS) {
    throw new Refusal('partner-admin-limit');
  }
  const record: PartnerAdminRecord = { accountId: account.id, partnerId, since: store.clock.today() };
  store.partnerAdmins.set(account.id, record);
  trace(store, actor, account, 'partner-admin.appointed', `Désignation comme administrateur partenaire de ${store.organismes.get(partnerId)!.name} (sans rôle métier : les droits viennent des groupes)`, {
    after: { partnerAdmin: true, partnerId },
  });
  return record;
}

export function revokePartnerAdmin(store: ReferenceStore, actor: Actor, partnerId: string, accountId: string): void {
  ensureCafAgent(actor);
  partnerConventions(store, partnerId);
  const record = store.partnerAdmins.get(accountId);
  if (!record || record.partnerId !== partnerId) throw new Refusal('not-found', "Cette personne n'est pas administrateur partenaire de ce partenaire.");
  store.partnerAdmins.delete(accountId);
  trace(store, actor, store.accounts.get(accountId)!, 'partner-admin.withdrawn', `Retrait du rôle d'administrateur partenaire de ${store.organismes.get(partnerId)!.name}`, {
    before: { partnerAdmin: true, partnerId, since: record.since },
    after: { partnerAdmin: false },
  });
}
