/**
 * Delegation (R12, R13, R14), the same on every server: local administrators of the UCANSS
 * organismes, named by their peers, and partner administrators of the CAF partners, appointed
 * by the CAF. The counts these rules keep span rows: a change that counts first locks the
 * organisme (or the partner), so that changes on several servers take turns and never leave
 * three partner administrators, nor an organisme without a local administrator.
 */
import type { Convention, LocalAdmin, LocalAdminQuery, PartnerAdmin } from '../../src/domain/index.js';
import { DELEGATED_ROLE_ID as LOCAL_ADMIN_ROLE_ID, MAX_PARTNER_ADMINS } from '../../src/domain/index.js';
import { canSeeConvention, effectiveStatus, localAdminRevokeRefusal, type Actor } from '../access.js';
import type { AccountRecord } from '../records.js';
import type { Words } from '../language.js';
import { Refusal } from '../refusal.js';
import { searchKey } from '../search-key.js';
import type { HistoryDraft, Reader, Storage } from '../storage.js';
import { ACCOUNT_NOT_FOUND, actorRef } from './accounts.js';

function trace(actor: Actor, account: AccountRecord, action: string, summary: Words, change: Pick<HistoryDraft, 'before' | 'after'>): HistoryDraft {
  return { actor: actorRef(actor), action, targetType: 'delegation', targetId: account.id, accountId: account.id, summary, ...change };
}

const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** By name (the search's key), then by account: the same order on every server. */
function byName<T extends { accountId: string; nom: string; prenom: string }>(items: T[]): T[] {
  const keyed = items.map((item) => ({ item, key: searchKey(`${item.nom} ${item.prenom}`) }));
  return keyed.sort((a, b) => order(a.key, b.key) || order(a.item.accountId, b.item.accountId)).map(({ item }) => item);
}

// ---- local administrators (UCANSS) ----------------------------------------------------------

function ensureLocalAdministration(actor: Actor): void {
  if (!actor.roles.has('local-admin') && !actor.roles.has('ucanss-admin')) {
    throw new Refusal('forbidden', { fr: 'La délégation est gérée par les administrateurs locaux et les administrateurs Ucanss.', en: 'Delegation is managed by the local administrators and the UCANSS administrators.' });
  }
}

/** R13: "Vos administrateurs locaux" (mine) or "Tous les administrateurs locaux" (all), the latter read-only whoever reads it. */
export async function listLocalAdmins(reader: Reader, actor: Actor, query: LocalAdminQuery): Promise<LocalAdmin[]> {
  ensureLocalAdministration(actor);
  if ((query.scope ?? 'mine') === 'mine') {
    const mine = await reader.localAdminsOf(actor.account.organismeId);
    return byName(mine).map((l) => ({ ...l, actions: localAdminRevokeRefusal(actor, l, mine.length) ? [] : ['revoke'] }));
  }
  const all = byName(await reader.localAdminsOf(query.organismeId));
  // Stable: by organisme, then by name as above.
  return all.sort((a, b) => a.organismeName.localeCompare(b.organismeName, 'fr')).map((l) => ({ ...l, actions: [] }));
}

export async function addLocalAdmin(storage: Storage, actor: Actor, accountId: string): Promise<LocalAdmin> {
  ensureLocalAdministration(actor);
  const organismeId = await storage.write(async (tx) => {
    const account = await tx.lockAccount(accountId);
    if (!account) throw new Refusal('not-found', ACCOUNT_NOT_FOUND);
    if (account.space !== 'ucanss' || (!actor.roles.has('ucanss-admin') && account.organismeId !== actor.account.organismeId)) {
      throw new Refusal('out-of-scope', { fr: 'La délégation se donne à une personne de votre organisme.', en: 'Delegation is given to a person of your organisme.' });
    }
    if (await tx.localAdmin(account.id)) throw new Refusal('already-local-admin');
    if (account.status !== 'actif') throw new Refusal('account-not-active');
    await tx.insertLocalAdmin({ accountId: account.id, organismeId: account.organismeId, director: false, since: tx.today(), namedBy: actor.account.id });
    if (!account.grants.has(LOCAL_ADMIN_ROLE_ID)) {
      await tx.putGrant(account.id, { roleId: LOCAL_ADMIN_ROLE_ID, source: 'direct', grantedAt: tx.now().toISOString() });
      await tx.saveAccount(account, {});
    }
    const organisme = tx.catalogue.organismes.get(account.organismeId)!.name;
    await tx.record(
      trace(actor, account, 'delegation.granted', { fr: `Délégation d'administration locale pour ${organisme}`, en: `Local administration delegated for ${organisme}` }, {
        after: { localAdmin: true, organismeId: account.organismeId, roleId: LOCAL_ADMIN_ROLE_ID },
      }),
    );
    return account.organismeId;
  });
  const admins = await storage.localAdminsOf(organismeId);
  const added = admins.find((l) => l.accountId === accountId)!;
  return { ...added, actions: localAdminRevokeRefusal(actor, added, admins.length) ? [] : ['revoke'] };
}

/** R13: a director, local administrator by default, is revoked like a delegate, if another remains. */
export async function revokeLocalAdmin(storage: Storage, actor: Actor, accountId: string): Promise<void> {
  ensureLocalAdministration(actor);
  await storage.write(async (tx) => {
    const notOne = () => new Refusal('not-found', { fr: "Cette personne n'est pas administrateur local.", en: 'This person is not a local administrator.' });
    const seen = await tx.localAdmin(accountId);
    if (!seen) throw notOne();
    // Counted under the organisme's lock: of two revocations at once, the second counts after the first.
    await tx.lockOrganisme(seen.organismeId);
    const record = await tx.localAdmin(accountId);
    if (!record) throw notOne();
    const refusal = localAdminRevokeRefusal(actor, record, (await tx.localAdminsOf(record.organismeId)).length);
    if (refusal) throw new Refusal(refusal);
    const account = (await tx.lockAccount(accountId))!;
    await tx.deleteLocalAdmin(accountId);
    const grant = account.grants.get(LOCAL_ADMIN_ROLE_ID);
    if (grant) {
      await tx.deleteGrant(accountId, LOCAL_ADMIN_ROLE_ID);
      await tx.saveAccount(account, {});
    }
    const organisme = tx.catalogue.organismes.get(record.organismeId)!.name;
    await tx.record(
      trace(actor, account, 'delegation.revoked', { fr: `Retrait de la délégation d'administration locale pour ${organisme}`, en: `Local administration delegation revoked for ${organisme}` }, {
        before: { localAdmin: true, organismeId: record.organismeId, director: record.director, since: record.since, ...(grant ? { roleId: LOCAL_ADMIN_ROLE_ID } : {}) },
        after: { localAdmin: false },
      }),
    );
  });
}

// ---- partner administrators (CAF) -----------------------------------------------------------

/** A partner is an organisme that the CAF links by at least one convention. */
function partnerConventions(reader: Reader, partnerId: string): Convention[] {
  const conventions = [...reader.catalogue.conventions.values()].filter((c) => c.partnerId === partnerId);
  if (!conventions.length) throw new Refusal('not-found', { fr: 'Organisme partenaire introuvable.', en: 'No such partner organisme.' });
  return conventions;
}

function ensureCafAgent(actor: Actor): void {
  if (!actor.roles.has('caf-agent')) throw new Refusal('forbidden', { fr: "C'est la Caf qui attribue le rôle d'administrateur partenaire.", en: 'The CAF gives the partner administrator role.' });
}

/** The partner's administrators, the responsables of its conventions and the CAF agents. */
export async function listPartnerAdmins(reader: Reader, actor: Actor, partnerId: string): Promise<PartnerAdmin[]> {
  const conventions = partnerConventions(reader, partnerId);
  if (!actor.roles.has('caf-agent') && !conventions.some((c) => canSeeConvention(actor, c.id))) throw new Refusal('out-of-scope');
  const actions: PartnerAdmin['actions'] = actor.roles.has('caf-agent') ? ['revoke'] : [];
  return byName(await reader.partnerAdminsOf(partnerId)).map((p) => ({ ...p, actions }));
}

/** R12: at most two per partner, chosen among its users; the profile brings no business role. */
export async function addPartnerAdmin(storage: Storage, actor: Actor, partnerId: string, accountId: string): Promise<PartnerAdmin> {
  ensureCafAgent(actor);
  const conventions = partnerConventions(storage, partnerId);
  return storage.write(async (tx) => {
    // Counted under the partner's lock: of two appointments at once, the second counts the first.
    await tx.lockOrganisme(partnerId);
    const account = await tx.account(accountId);
    if (!account) throw new Refusal('not-found', ACCOUNT_NOT_FOUND);
    if (account.space !== 'caf' || !conventions.some((c) => c.id === account.conventionId)) {
      throw new Refusal('out-of-scope', { fr: "L'administrateur partenaire est choisi parmi les utilisateurs des conventions du partenaire.", en: "The partner administrator is chosen among the users of the partner's conventions." });
    }
    if (await tx.partnerAdmin(account.id)) throw new Refusal('already-partner-admin');
    if (effectiveStatus(account, tx.today()) !== 'ouvert') throw new Refusal('account-not-active');
    if ((await tx.partnerAdminsOf(partnerId)).length >= MAX_PARTNER_ADMINS) throw new Refusal('partner-admin-limit');
    const since = tx.today();
    await tx.insertPartnerAdmin({ accountId: account.id, partnerId, since });
    const partner = tx.catalogue.organismes.get(partnerId)!.name;
    const summary = {
      fr: `Désignation comme administrateur partenaire de ${partner} (sans rôle métier : les droits viennent des groupes)`,
      en: `Appointed partner administrator of ${partner} (no business role: rights come from the groups)`,
    };
    await tx.record(
      trace(actor, account, 'partner-admin.appointed', summary, {
        after: { partnerAdmin: true, partnerId },
      }),
    );
    return { accountId: account.id, identifier: account.identifier, nom: account.nom, prenom: account.prenom, emailPro: account.emailPro, partnerId, since, actions: ['revoke'] };
  });
}

export async function revokePartnerAdmin(storage: Storage, actor: Actor, partnerId: string, accountId: string): Promise<void> {
  ensureCafAgent(actor);
  partnerConventions(storage, partnerId);
  await storage.write(async (tx) => {
    await tx.lockOrganisme(partnerId);
    const record = await tx.partnerAdmin(accountId);
    if (!record || record.partnerId !== partnerId) {
      throw new Refusal('not-found', { fr: "Cette personne n'est pas administrateur partenaire de ce partenaire.", en: 'This person is not a partner administrator of this partner.' });
    }
    await tx.deletePartnerAdmin(accountId);
    const partner = tx.catalogue.organismes.get(partnerId)!.name;
    await tx.record(
      trace(actor, (await tx.account(accountId))!, 'partner-admin.withdrawn', { fr: `Retrait du rôle d'administrateur partenaire de ${partner}`, en: `Partner administrator role of ${partner} withdrawn` }, {
        before: { partnerAdmin: true, partnerId, since: record.since },
        after: { partnerAdmin: false },
      }),
    );
  });
}
