/**
 * Reading an account and its history (R1, R14), and every change to it: details (R2, R15,
 * R17), creation (R7), deactivation and reactivation (R6), attachment (R9), roles (R16) and
 * the bulk actions (R10) — the same on every server. The bulk endpoint runs the single-account
 * changes, so a bulk row is refused for exactly the reasons the single call would be.
 */
import type { AccountDetail, AccountDraft, AccountPatch, BulkAccountRequest, BulkResult, Deactivation, HistoryEntry, Lang } from '../../src/domain/index.js';
import { cafNom, isRetroactive, normaliseEmail, validateAccountDraft, validateDates } from '../../src/domain/index.js';
import {
  accountWriteProblem,
  attachProblem,
  canSeeAccount,
  effectiveStatus,
  groupsHeldOn,
  isAfasRole,
  responsableOfOpenGroups,
  roleGrantProblem,
  roleRevokeProblem,
  type AccountFacts,
  type Actor,
  type Catalogue,
} from '../access.js';
import type { AccountRecord } from '../records.js';
import type { Words } from '../language.js';
import { fieldRefusal, problemOf, Refusal } from '../refusal.js';
import { expectVersion } from '../request.js';
import type { HistoryDraft, Reader, Storage, Tx } from '../storage.js';
import { accountDetail } from '../views.js';
import { ruleContext } from './session.js';

/** The acting person as history names him. */
export function actorRef(actor: Actor): HistoryDraft['actor'] {
  return { id: actor.account.id, name: `${actor.account.prenom} ${actor.account.nom}` };
}

/** R4: who the history and the decisions name for a request accepted after 10 days without a decision. */
export const TACIT_ACTOR = { id: 'system', name: 'Acceptation tacite' };
const TACIT_ACTOR_NAME: Words = { fr: TACIT_ACTOR.name, en: 'Tacit acceptance' };

export const ACCOUNT_NOT_FOUND: Words = { fr: 'Compte introuvable.', en: 'No such account.' };

/** The account, if the actor may read it (R1): 404 when there is none, 403 out-of-scope otherwise. */
export async function readableAccount(storage: Reader, actor: Actor, id: string): Promise<AccountFacts> {
  const facts = await storage.accountFacts(actor, id);
  if (!facts) throw new Refusal('not-found', ACCOUNT_NOT_FOUND);
  if (!canSeeAccount(actor, facts.account)) throw new Refusal('out-of-scope');
  return facts;
}

export async function getAccount(storage: Reader, actor: Actor, id: string): Promise<AccountDetail> {
  const facts = await readableAccount(storage, actor, id);
  return accountDetail(ruleContext(storage), actor, facts, await storage.membershipsOf(id));
}

/** R14: the account's changes, newest first, each summed up in the reader's language. */
export async function accountHistory(storage: Reader, actor: Actor, id: string, lang: Lang = 'fr'): Promise<HistoryEntry[]> {
  await readableAccount(storage, actor, id);
  return (await storage.historyOf(id)).map((entry) => ({
    ...entry,
    actor: entry.actor.id === TACIT_ACTOR.id ? { id: TACIT_ACTOR.id, name: TACIT_ACTOR_NAME[lang] } : entry.actor,
    summary: entry.summary[lang],
  }));
}

/** The account locked for the change, if the actor may change it (R1, R2, R16). */
async function writableAccount(tx: Tx, actor: Actor, id: string): Promise<AccountRecord> {
  if (!(await tx.lockAccount(id))) throw new Refusal('not-found', ACCOUNT_NOT_FOUND);
  const facts = (await tx.accountFacts(actor, id))!;
  const refusal = accountWriteProblem(actor, facts);
  if (refusal) throw refusal;
  return facts.account;
}

/** R15: when the request named a version (If-Match), it must be the current one; bulk rows name none. */
function checkVersion(account: AccountRecord, ifMatch: number | undefined, required: boolean): void {
  if (required || ifMatch !== undefined) expectVersion(account.version, ifMatch);
}

function trace(actor: Actor, account: AccountRecord, action: string, summary: Words, before?: Record<string, unknown>, after?: Record<string, unknown>): HistoryDraft {
  return {
    actor: actorRef(actor),
    action,
    targetType: action.startsWith('grant') ? 'grant' : 'account',
    targetId: account.id,
    accountId: account.id,
    summary,
    ...(before ? { before } : {}),
    ...(after ? { after } : {}),
  };
}

/** R6: a CAF user keeps no Afas profile once closed. */
export function ensureNoAfasProfiles(catalogue: Catalogue, account: AccountRecord): void {
  const afas = [...account.grants.keys()].filter((roleId) => isAfasRole(catalogue, roleId));
  if (afas.length) {
    const labels = afas.map((r) => catalogue.roles.get(r)!.label).join(', ');
    throw new Refusal('afas-profiles-remain', { fr: `Profils Afas à retirer : ${labels}.`, en: `Afas profiles to remove: ${labels}.` });
  }
}

/**
 * R11: a CAF account does not close while it is the responsable habilitations of a group still
 * open on its closing date: each group gets another responsable first, or closes no later. The
 * account is locked by the caller, and naming a responsable locks his account too, so that no
 * group gets him as responsable while his closing is being written.
 */
async function ensureNotResponsableOn(reader: Reader, account: AccountRecord, closingDate: string): Promise<void> {
  if (account.space !== 'caf' || !account.conventionId) return;
  const held = groupsHeldOn(await reader.groupsOf(account.conventionId), account.id, closingDate);
  if (held.length) throw responsableOfOpenGroups(account, held);
}

// ---- details ------------------------------------------------------------------------------

/** Fields of the CAF screens only: a UCANSS account has no work style, nor opening and closing dates. */
const CAF_ONLY_FIELDS = ['workstyle', 'openingDate', 'closingDate'] as const;

export async function updateAccount(storage: Storage, actor: Actor, id: string, patch: AccountPatch, ifMatch: number | undefined): Promise<AccountDetail> {
  await storage.write(async (tx) => {
    const account = await writableAccount(tx, actor, id);
    expectVersion(account.version, ifMatch);
    if (account.space === 'ucanss') {
      const misplaced = CAF_ONLY_FIELDS.filter((field) => patch[field] !== undefined);
      if (misplaced.length) throw fieldRefusal(misplaced.map((field) => ({ field, code: 'not-applicable' })));
    }
    const now = tx.now();
    // On CAF, a nom is kept in capitals, as Mon Compte Partenaire lists its users (and checked so).
    const written = account.space === 'caf' && patch.nom !== undefined ? { ...patch, nom: cafNom(patch.nom) } : patch;
    const dates = { openingDate: patch.openingDate ?? account.openingDate, ...(patch.closingDate ? { closingDate: patch.closingDate } : {}) };
    const problems = [
      ...validateAccountDraft({ civilite: account.civilite ?? 'M.', nom: account.nom, prenom: account.prenom, emailPro: account.emailPro, ...written }, now),
      ...(patch.closingDate && patch.closingDate !== account.closingDate ? validateDates(dates, now) : []),
    ].filter((p, i, all) => all.findIndex((q) => q.field === p.field && q.code === p.code) === i);
    if (problems.length) throw fieldRefusal(problems);
    if (patch.closingDate && account.space === 'caf') ensureNoAfasProfiles(tx.catalogue, account);
    if (patch.closingDate && patch.closingDate !== account.closingDate) await ensureNotResponsableOn(tx, account, patch.closingDate);
    const change = Object.fromEntries(Object.entries(written).filter(([, v]) => v !== undefined));
    const before: Record<string, unknown> = {};
    for (const key of Object.keys(change) as (keyof AccountPatch)[]) before[key] = account[key];
    await tx.saveAccount(account, change);
    await tx.record(trace(actor, account, 'account.updated', { fr: 'Modification des informations du compte', en: 'Account details changed' }, before, { ...written }));
  });
  return getAccount(storage, actor, id);
}

// ---- creation -----------------------------------------------------------------------------

/** A CAF identifier (three letters, four digits, "CAU"), new in the storage. */
async function cafIdentifier(reader: Reader): Promise<string> {
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  for (;;) {
    const n = Math.floor(Math.random() * 26 ** 3 * 9000);
    const id = `${letters[n % 26]}${letters[Math.floor(n / 26) % 26]}${letters[Math.floor(n / 676) % 26]}${String(1000 + (Math.floor(n / 17576) % 9000))}CAU`;
    if (!(await reader.identifierTaken(id))) return id;
  }
}

/** R7: non-ADD only, unique professional e-mail, roles at creation, confirmation e-mail. */
export async function createAccount(storage: Storage, actor: Actor, draft: AccountDraft): Promise<AccountDetail> {
  // R1: the profile is checked before the fields, so that a user without the right is told so.
  const r = actor.roles;
  const caf = r.has('partner-admin') || r.has('responsable');
  if (!caf && !r.has('local-admin') && !r.has('ucanss-admin')) throw new Refusal('forbidden');
  const problems = validateAccountDraft(caf ? { ...draft, nom: cafNom(draft.nom) } : draft, storage.now());
  if (problems.length) throw fieldRefusal(problems);
  if (caf) {
    if (!draft.conventionId) throw fieldRefusal([{ field: 'conventionId', code: 'required' }]);
    if (!actor.conventionIds.has(draft.conventionId)) throw new Refusal('out-of-scope');
  } else if (draft.conventionId) {
    throw new Refusal('out-of-scope', { fr: 'Les utilisateurs des conventions sont créés sur Mon Compte Partenaire.', en: 'The users of the conventions are created on Mon Compte Partenaire.' });
  }
  // R16: a role given at creation is checked as a grant would be.
  const roleIds = [...new Set(draft.roleIds ?? [])];
  for (const roleId of roleIds) {
    const refusal = roleGrantProblem(storage.catalogue, actor, caf ? { space: 'caf', conventionId: draft.conventionId! } : { space: 'ucanss' }, roleId);
    if (refusal) throw refusal;
  }
  const id = await storage.write(async (tx) => {
    if (await tx.accountByEmail(draft.emailPro)) throw duplicateEmail();
    const now = tx.now().toISOString();
    const convention = caf ? tx.catalogue.conventions.get(draft.conventionId!) : undefined;
    const emailPro = normaliseEmail(draft.emailPro);
    const account: AccountRecord = {
      id: await tx.newId('acc'),
      identifier: caf ? await cafIdentifier(tx) : emailPro,
      civilite: draft.civilite,
      nom: caf ? cafNom(draft.nom) : draft.nom.trim(),
      prenom: draft.prenom.trim(),
      ...(draft.nomNaissance ? { nomNaissance: draft.nomNaissance.trim() } : {}),
      emailPro,
      ...(draft.emailContact ? { emailContact: draft.emailContact.trim() } : {}),
      ...(draft.phone ? { phone: draft.phone } : {}),
      ...(draft.fonction ? { fonction: draft.fonction } : {}),
      organismeId: convention ? convention.partnerId : actor.account.organismeId,
      add: false,
      status: caf ? 'ouvert' : 'actif',
      space: caf ? 'caf' : 'ucanss',
      ...(convention ? { conventionId: convention.id, workstyle: draft.workstyle ?? 'sedentaire', openingDate: draft.openingDate ?? tx.today() } : {}),
      ...(draft.closingDate ? { closingDate: draft.closingDate } : {}),
      createdAt: now,
      createdBy: actor.account.id,
      version: 1,
      sortKey: '',
      prenomKey: '',
      grants: new Map(roleIds.map((roleId) => [roleId, { roleId, source: 'direct' as const, grantedAt: now }])),
    };
    await tx.insertAccount(account);
    const name = `${account.prenom} ${account.nom}`;
    await tx.record(trace(actor, account, 'account.created', { fr: `Création du compte ${name}`, en: `Account of ${name} created` }, undefined, { emailPro: account.emailPro }));
    for (const roleId of roleIds) await tx.record(trace(actor, account, 'grant.added', roleGranted(tx.catalogue, roleId), undefined, { roleId }));
    await tx.mail(account.emailPro, 'Votre accès a été créé', `Bonjour ${account.prenom} ${account.nom},\n\nVotre compte a été créé. Votre identifiant : ${account.identifier}.`);
    return account.id;
  });
  return getAccount(storage, actor, id);
}

export function duplicateEmail(): Refusal {
  return new Refusal('duplicate-email', undefined, { errors: [{ field: 'emailPro', code: 'duplicate-email', message: 'duplicate-email' }] });
}

// ---- status -------------------------------------------------------------------------------

/** R6: temporary → inactif; permanent → supprimé (UCANSS) or a closing date (CAF). */
async function deactivate(tx: Tx, actor: Actor, id: string, body: Deactivation, ifMatch: number | undefined, required: boolean): Promise<void> {
  const account = await writableAccount(tx, actor, id);
  // An administrator who closed his own account would lock himself out in the middle of his work.
  if (account.id === actor.account.id) throw new Refusal('forbidden', { fr: 'Vous ne pouvez pas désactiver votre propre compte.', en: 'You cannot deactivate your own account.' });
  checkVersion(account, ifMatch, required);
  const status = effectiveStatus(account, tx.today());
  if (account.space === 'caf') {
    if (status !== 'ouvert') throw new Refusal('account-not-active');
    const closingDate = body.closingDate ?? tx.today();
    if (isRetroactive(closingDate, tx.now())) throw fieldRefusal([{ field: 'closingDate', code: 'retroactive-date' }]);
    ensureNoAfasProfiles(tx.catalogue, account);
    await ensureNotResponsableOn(tx, account, closingDate);
    await tx.saveAccount(account, { closingDate });
    const summary = { fr: `Clôture du compte au ${closingDate}`, en: `Account closed on ${closingDate}` };
    await tx.record(trace(actor, account, 'account.closed', summary, { closingDate: account.closingDate }, { closingDate }));
    return;
  }
  if (status === 'supprime' || (status === 'inactif' && body.mode === 'temporary')) throw new Refusal('account-not-active');
  const next = body.mode === 'permanent' ? 'supprime' : 'inactif';
  await tx.saveAccount(account, { status: next });
  await tx.record(
    trace(
      actor,
      account,
      body.mode === 'permanent' ? 'account.deleted' : 'account.deactivated',
      body.mode === 'permanent'
        ? { fr: 'Suppression définitive du compte (départ de l’Institution)', en: 'Account permanently deleted (left the institution)' }
        : { fr: 'Désactivation temporaire du compte', en: 'Account temporarily deactivated' },
      { status },
      { status: next },
    ),
  );
}

async function reactivate(tx: Tx, actor: Actor, id: string, ifMatch: number | undefined, required: boolean): Promise<void> {
  const account = await writableAccount(tx, actor, id);
  checkVersion(account, ifMatch, required);
  if (account.status === 'supprime') throw new Refusal('account-deleted');
  if (account.space === 'caf' || account.status === 'actif') throw new Refusal('account-already-active');
  await tx.saveAccount(account, { status: 'actif' });
  await tx.record(trace(actor, account, 'account.reactivated', { fr: 'Réactivation du compte', en: 'Account reactivated' }, { status: 'inactif' }, { status: 'actif' }));
}

async function resend(tx: Tx, actor: Actor, id: string): Promise<void> {
  const account = await writableAccount(tx, actor, id);
  await tx.mail(account.emailPro, `Votre identifiant : ${account.identifier}`, `Bonjour ${account.prenom} ${account.nom},\n\nVotre identifiant : ${account.identifier}.`);
  // Each space's own words: « par mail » in the CAF guide's list of users, « par e-mail » on the UCANSS portal.
  const fr = account.space === 'caf' ? "Renvoi de l'identifiant par mail" : "Renvoi de l'identifiant par e-mail";
  await tx.record(trace(actor, account, 'account.identifier-sent', { fr, en: 'Identifier sent again by e-mail' }));
}

async function grant(tx: Tx, actor: Actor, id: string, roleId: string, ifMatch: number | undefined, required: boolean): Promise<void> {
  const account = await writableAccount(tx, actor, id);
  checkVersion(account, ifMatch, required);
  const status = effectiveStatus(account, tx.today());
  if (status !== 'actif' && status !== 'ouvert') throw new Refusal('account-not-active');
  const refusal = roleGrantProblem(tx.catalogue, actor, { space: account.space, ...(account.conventionId ? { conventionId: account.conventionId } : {}) }, roleId);
  if (refusal) throw refusal;
  if (account.grants.has(roleId)) throw new Refusal('role-already-granted');
  await tx.putGrant(account.id, { roleId, source: 'direct', grantedAt: tx.now().toISOString() });
  await tx.saveAccount(account, {});
  await tx.record(trace(actor, account, 'grant.added', roleGranted(tx.catalogue, roleId), undefined, { roleId }));
}

function roleGranted(catalogue: Catalogue, roleId: string): Words {
  const label = catalogue.roles.get(roleId)!.label;
  return { fr: `Rôle attribué : ${label}`, en: `Role granted: ${label}` };
}

/** Tacitly granted roles are removed like any other (R4). */
async function revoke(tx: Tx, actor: Actor, id: string, roleId: string, ifMatch: number | undefined, required: boolean): Promise<void> {
  const account = await writableAccount(tx, actor, id);
  checkVersion(account, ifMatch, required);
  const refusal = roleRevokeProblem(tx.catalogue, actor, account, roleId);
  if (refusal) throw refusal;
  const held = account.grants.get(roleId)!;
  await tx.deleteGrant(account.id, roleId);
  await tx.saveAccount(account, {});
  const label = tx.catalogue.roles.get(roleId)!.label;
  await tx.record(trace(actor, account, 'grant.removed', { fr: `Rôle retiré : ${label}`, en: `Role removed: ${label}` }, { roleId, source: held.source }, undefined));
}

export async function deactivateAccount(storage: Storage, actor: Actor, id: string, body: Deactivation, ifMatch: number | undefined): Promise<AccountDetail> {
  await storage.write((tx) => deactivate(tx, actor, id, body, ifMatch, true));
  return getAccount(storage, actor, id);
}

export async function reactivateAccount(storage: Storage, actor: Actor, id: string, ifMatch: number | undefined): Promise<AccountDetail> {
  await storage.write((tx) => reactivate(tx, actor, id, ifMatch, true));
  return getAccount(storage, actor, id);
}

/** R9: the newcomer keeps all his roles; a trace goes to his history. */
export async function attachAccount(storage: Storage, actor: Actor, id: string, ifMatch: number | undefined): Promise<AccountDetail> {
  await storage.write(async (tx) => {
    if (!(await tx.lockAccount(id))) throw new Refusal('not-found', ACCOUNT_NOT_FOUND);
    const facts = (await tx.accountFacts(actor, id))!;
    const refusal = attachProblem(ruleContext(tx), actor, facts);
    if (refusal) throw refusal;
    const { account } = facts;
    expectVersion(account.version, ifMatch);
    const from = tx.catalogue.organismes.get(account.organismeId)!.name;
    const to = tx.catalogue.organismes.get(actor.account.organismeId)!.name;
    await tx.saveAccount(account, { organismeId: actor.account.organismeId });
    const summary = { fr: `Rattachement de ${from} à ${to} ; les rôles existants sont conservés`, en: `Attached from ${from} to ${to}; the roles held are kept` };
    await tx.record(trace(actor, account, 'account.attached', summary, { organisme: from }, { organisme: to }));
  });
  return getAccount(storage, actor, id);
}

export async function resendIdentifier(storage: Storage, actor: Actor, id: string): Promise<void> {
  await storage.write((tx) => resend(tx, actor, id));
}

export async function grantRole(storage: Storage, actor: Actor, id: string, roleId: string, ifMatch: number | undefined): Promise<AccountDetail> {
  await storage.write((tx) => grant(tx, actor, id, roleId, ifMatch, true));
  return getAccount(storage, actor, id);
}

export async function revokeRole(storage: Storage, actor: Actor, id: string, roleId: string, ifMatch: number | undefined): Promise<AccountDetail> {
  await storage.write((tx) => revoke(tx, actor, id, roleId, ifMatch, true));
  return getAccount(storage, actor, id);
}

// ---- bulk (R10) ---------------------------------------------------------------------------

/** Each account in its own change: one refused leaves the others done, and says why (in the reader's language). */
export async function bulkAccounts(storage: Storage, actor: Actor, body: BulkAccountRequest, lang: Lang = 'fr'): Promise<BulkResult> {
  if (!actor.roles.has('local-admin') && !actor.roles.has('ucanss-admin') && !actor.roles.has('partner-admin') && !actor.roles.has('responsable')) {
    throw new Refusal('forbidden');
  }
  if ((body.action === 'grant' || body.action === 'revoke') && !body.roleId) {
    throw new Refusal('invalid-request', { fr: 'roleId est requis pour grant et revoke.', en: 'roleId is required for grant and revoke.' });
  }
  const results: BulkResult['results'] = [];
  for (const id of body.accountIds) {
    try {
      await storage.write((tx) => {
        switch (body.action) {
          case 'deactivate':
            return deactivate(tx, actor, id, { mode: body.mode ?? 'temporary' }, undefined, false);
          case 'reactivate':
            return reactivate(tx, actor, id, undefined, false);
          case 'grant':
            return grant(tx, actor, id, body.roleId!, undefined, false);
          case 'revoke':
            return revoke(tx, actor, id, body.roleId!, undefined, false);
          case 'resend-identifier':
            return resend(tx, actor, id);
        }
      });
      results.push({ id, ok: true });
    } catch (error) {
      if (!(error instanceof Refusal)) throw error;
      results.push({ id, ok: false, problem: problemOf(error, lang) });
    }
  }
  const succeeded = results.filter((r) => r.ok).length;
  return { succeeded, failed: results.length - succeeded, results };
}
