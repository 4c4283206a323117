/**
 * What a change to an account does and refuses (R1, R2, R6, R7, R9, R10, R14). Shared by
 * the single-account endpoints and the bulk endpoint, so a bulk row is refused for exactly
 * the reasons the single call would be.
 */
import type { AccountDraft, AccountSortField, AccountQuery, BulkAccountRequest, BulkResult, Deactivation, PageOf } from '../../src/domain/index.js';
import { isRetroactive, normaliseEmail, validateAccountDraft } from '../../src/domain/index.js';
import {
  accountWriteProblem,
  attachProblem,
  effectiveStatus,
  roleGrantProblem,
  roleRevokeProblem,
  type Actor,
} from '../access.js';
import { problemBody } from '../http.js';
import { ensureNoAfasProfiles } from '../../core/operations/accounts.js';
import { fieldRefusal, Refusal } from '../../core/refusal.js';
import { searchKey, type AccountRecord, type ReferenceStore } from '../store.js';
import { personRef } from '../views.js';

export function getAccountRecord(store: ReferenceStore, id: string): AccountRecord {
  const account = store.accounts.get(id);
  if (!account) throw new Refusal('not-found', 'Compte introuvable.');
  return account;
}

function writableAccount(store: ReferenceStore, actor: Actor, id: string): AccountRecord {
  const account = getAccountRecord(store, id);
  const refusal = accountWriteProblem(store, actor, account);
  if (refusal) throw refusal;
  return account;
}

function historyOfAccount(store: ReferenceStore, actor: Actor, account: AccountRecord, action: string, summary: string, before?: Record<string, unknown>, after?: Record<string, unknown>) {
  store.record({
    actor: personRef(store, actor.account.id),
    action,
    targetType: action.startsWith('grant') ? 'grant' : 'account',
    targetId: account.id,
    accountId: account.id,
    summary,
    ...(before ? { before } : {}),
    ...(after ? { after } : {}),
  });
}

// ---- search -----------------------------------------------------------------------------

/** Which accounts a search may return at all (R1), as data so that the scan stays a tight loop. */
interface SearchScope {
  candidates: AccountRecord[];
  space: 'ucanss' | 'caf';
  /** Only this organisme (main or secondary). */
  organisme?: string;
  /** Only outside this organisme, and only the accounts that can be attached (R9, R16)… */
  outside?: string;
  /** …so neither these (UCANSS and local administrators, attachProblem's privileged accounts), nor ADD or deleted ones. */
  privileged?: Set<string>;
  /** CAF: only users of these conventions. */
  conventions?: Set<string>;
}

function searchScope(store: ReferenceStore, actor: Actor, q: AccountQuery): SearchScope {
  const r = actor.roles;
  const myOrg = actor.account.organismeId;
  if (r.has('ucanss-admin') || r.has('local-admin')) {
    if (q.conventionId || q.groupId) throw new Refusal('out-of-scope', 'Les groupes et conventions relèvent de Mon Compte Partenaire.');
    if (q.inMyOrganisme === false) {
      const privileged = new Set([...store.centralAdmins, ...store.localAdmins.keys()]);
      return { candidates: store.orderedAccounts(), space: 'ucanss', outside: myOrg, privileged };
    }
    if (q.inMyOrganisme === true || !r.has('ucanss-admin')) return { candidates: store.orderedAccounts(), space: 'ucanss', organisme: myOrg };
    return { candidates: store.orderedAccounts(), space: 'ucanss' };
  }
  if (r.has('partner-admin') || r.has('responsable') || r.has('caf-agent')) {
    if (q.conventionId && !actor.conventionIds.has(q.conventionId)) throw new Refusal('out-of-scope');
    return { candidates: store.orderedAccounts(), space: 'caf', conventions: q.conventionId ? new Set([q.conventionId]) : actor.conventionIds };
  }
  throw new Refusal('forbidden', 'La recherche de comptes est réservée aux administrateurs.');
}

/** First index of a name-ordered list whose sort key is not before `prefix`. */
function lowerBound(list: AccountRecord[], prefix: string): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]!.sortKey < prefix) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * R1: a local administrator searches his organisme, or outside it only to attach (R9).
 * The accounts are walked in an order kept by the store, so one pass counts the total and
 * collects the page, with no sort per request; a name prefix on the name order is a range.
 */
export function searchAccounts(store: ReferenceStore, actor: Actor, q: AccountQuery): PageOf<AccountRecord> {
  const scope = searchScope(store, actor, q);
  const page = q.page ?? 1;
  const pageSize = q.pageSize ?? 10;
  let members: Set<string> | undefined;
  if (q.groupId) {
    const group = store.groups.get(q.groupId);
    if (!group || !actor.conventionIds.has(group.conventionId)) throw new Refusal('out-of-scope');
    members = new Set(store.membersOf(group.id).filter((m) => store.isMembershipActive(m)).map((m) => m.accountId));
  }
  const { space, organisme, outside, privileged, conventions } = scope;
  const nom = q.nom ? searchKey(q.nom) : undefined;
  const prenom = q.prenom ? searchKey(q.prenom) : undefined;
  const identifier = q.identifier ? q.identifier.trim().toLowerCase() : undefined;
  const add = q.add;
  const active = q.active;
  const roleId = q.roleId;
  const hasRole = q.hasRole ?? true;
  const today = store.clock.today();

  const sortField = (q.sort ?? 'nom').replace(/^-/, '') as AccountSortField;
  const descending = (q.sort ?? '').startsWith('-');
  const list = sortField === 'nom' && organisme ? store.accountsOf(organisme) : store.orderedAccounts(sortField);
  let from = 0;
  let to = list.length;
  if (sortField === 'nom' && nom) {
    from = lowerBound(list, nom);
    to = from;
    while (to < list.length && list[to]!.sortKey.startsWith(nom)) to += 1;
  }

  const start = (page - 1) * pageSize;
  const items: AccountRecord[] = [];
  let total = 0;
  for (let i = from; i < to; i += 1) {
    const a = list[descending ? to - 1 - (i - from) : i]!;
    if (a.space !== space) continue;
    if (organisme !== undefined && a.organismeId !== organisme && a.secondaryOrganismeId !== organisme) continue;
    if (outside !== undefined && (a.organismeId === outside || a.add || a.status === 'supprime' || privileged!.has(a.id))) continue;
    if (conventions !== undefined && (a.conventionId === undefined || !conventions.has(a.conventionId))) continue;
    if (nom !== undefined && !a.sortKey.startsWith(nom)) continue;
    if (prenom !== undefined && !a.prenomKey.startsWith(prenom)) continue;
    if (identifier !== undefined && !a.identifier.toLowerCase().includes(identifier) && !a.emailPro.toLowerCase().includes(identifier)) continue;
    if (add !== undefined && a.add !== add) continue;
    if (active !== undefined) {
      const status = a.space === 'caf' && a.closingDate !== undefined && a.closingDate <= today ? 'cloture' : a.status;
      if ((status === 'actif' || status === 'ouvert') !== active) continue;
    }
    if (roleId !== undefined && holdsRole(store, a, roleId, today) !== hasRole) continue;
    if (members !== undefined && !members.has(a.id)) continue;
    if (total >= start && items.length < pageSize) items.push(a);
    total += 1;
  }
  return { items, total, page, pageSize };
}

function holdsRole(store: ReferenceStore, account: AccountRecord, roleId: string, today: string): boolean {
  if (account.grants.has(roleId)) return true;
  if (account.space !== 'caf') return false;
  for (const m of store.membershipsOfAccount(account.id)) {
    const g = store.groups.get(m.groupId);
    if (g && g.roleIds.includes(roleId) && store.isGroupOpen(g, today) && store.isMembershipActive(m, today)) return true;
  }
  return false;
}

// ---- create / update --------------------------------------------------------------------

/** R7: non-ADD only, unique professional e-mail, roles at creation, confirmation e-mail. */
export function createAccount(store: ReferenceStore, actor: Actor, draft: AccountDraft): AccountRecord {
  // R1: the profile is checked before the fields, so that a user without the right is told so.
  const r = actor.roles;
  const caf = r.has('partner-admin') || r.has('responsable');
  if (!caf && !r.has('local-admin') && !r.has('ucanss-admin')) throw new Refusal('forbidden');
  const problems = validateAccountDraft(draft, store.clock.now());
  if (problems.length) throw fieldRefusal(problems);
  if (caf) {
    if (!draft.conventionId) throw fieldRefusal([{ field: 'conventionId', code: 'required' }]);
    if (!actor.conventionIds.has(draft.conventionId)) throw new Refusal('out-of-scope');
  } else if (draft.conventionId) {
    throw new Refusal('out-of-scope', 'Les utilisateurs des conventions sont créés sur Mon Compte Partenaire.');
  }
  if (store.findAccountByEmail(draft.emailPro)) {
    throw new Refusal('duplicate-email', undefined, { errors: [{ field: 'emailPro', code: 'duplicate-email', message: 'duplicate-email' }] });
  }
  // R16: a role given at creation is checked as a grant would be.
  const roleIds = [...new Set(draft.roleIds ?? [])];
  for (const roleId of roleIds) {
    const refusal = roleGrantProblem(store, actor, caf ? { space: 'caf', conventionId: draft.conventionId! } : { space: 'ucanss' }, roleId);
    if (refusal) throw refusal;
  }
  const now = store.nowIso();
  const convention = caf ? store.conventions.get(draft.conventionId!) : undefined;
  const account = store.addAccount({
    id: store.nextId('acc'),
    identifier: caf ? cafIdentifier(store) : normaliseEmail(draft.emailPro),
    civilite: draft.civilite,
    nom: draft.nom.trim(),
    prenom: draft.prenom.trim(),
    ...(draft.nomNaissance ? { nomNaissance: draft.nomNaissance.trim() } : {}),
    emailPro: normaliseEmail(draft.emailPro),
    ...(draft.emailContact ? { emailContact: draft.emailContact.trim() } : {}),
    ...(draft.phone ? { phone: draft.phone } : {}),
    ...(draft.fonction ? { fonction: draft.fonction } : {}),
    organismeId: convention ? convention.partnerId : actor.account.organismeId,
    add: false,
    status: caf ? 'ouvert' : 'actif',
    space: caf ? 'caf' : 'ucanss',
    ...(convention ? { conventionId: convention.id, workstyle: draft.workstyle ?? 'sedentaire', openingDate: draft.openingDate ?? store.clock.today() } : {}),
    ...(draft.closingDate ? { closingDate: draft.closingDate } : {}),
    createdAt: now,
    createdBy: actor.account.id,
  });
  historyOfAccount(store, actor, account, 'account.created', `Création du compte ${account.prenom} ${account.nom}`, undefined, { emailPro: account.emailPro });
  for (const roleId of roleIds) {
    store.directGrants(account.id).set(roleId, { roleId, source: 'direct', grantedAt: now });
    historyOfAccount(store, actor, account, 'grant.added', `Rôle attribué : ${store.roles.get(roleId)!.label}`, undefined, { roleId });
  }
  store.sendMail(account.emailPro, 'Votre accès a été créé');
  return account;
}

function cafIdentifier(store: ReferenceStore): string {
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  for (;;) {
    const n = store.accounts.size + Math.floor(Math.random() * 1000);
    const id = `${letters[n % 26]}${letters[(n >> 3) % 26]}${letters[(n >> 7) % 26]}${String(1000 + (n % 9000))}CAU`;
    if (![...store.accounts.values()].some((a) => a.identifier === id)) return id;
  }
}

// ---- status -----------------------------------------------------------------------------

/** R6: temporary → inactif; permanent → supprimé (UCANSS) or a closing date (CAF). */
export function deactivateAccount(store: ReferenceStore, actor: Actor, id: string, body: Deactivation, expectVersion?: (v: number) => void): AccountRecord {
  const account = writableAccount(store, actor, id);
  // An administrator who closed his own account would lock himself out in the middle of his work.
  if (account.id === actor.account.id) throw new Refusal('forbidden', 'Vous ne pouvez pas désactiver votre propre compte.');
  expectVersion?.(account.version);
  const status = effectiveStatus(store, account);
  if (account.space === 'caf') {
    if (status !== 'ouvert') throw new Refusal('account-not-active');
    const closingDate = body.closingDate ?? store.clock.today();
    if (isRetroactive(closingDate, store.clock.now())) throw fieldRefusal([{ field: 'closingDate', code: 'retroactive-date' }]);
    ensureNoAfasProfiles(store, account);
    const before = { closingDate: account.closingDate };
    store.updateAccount(account, { closingDate });
    historyOfAccount(store, actor, account, 'account.closed', `Clôture du compte au ${closingDate}`, before, { closingDate });
    return account;
  }
  if (status === 'supprime' || (status === 'inactif' && body.mode === 'temporary')) throw new Refusal('account-not-active');
  const next = body.mode === 'permanent' ? 'supprime' : 'inactif';
  store.updateAccount(account, { status: next });
  historyOfAccount(
    store,
    actor,
    account,
    body.mode === 'permanent' ? 'account.deleted' : 'account.deactivated',
    body.mode === 'permanent' ? 'Suppression définitive du compte (départ de l’Institution)' : 'Désactivation temporaire du compte',
    { status },
    { status: next },
  );
  return account;
}

export function reactivateAccount(store: ReferenceStore, actor: Actor, id: string, expectVersion?: (v: number) => void): AccountRecord {
  const account = writableAccount(store, actor, id);
  expectVersion?.(account.version);
  if (account.status === 'supprime') throw new Refusal('account-deleted');
  if (account.space === 'caf' || account.status === 'actif') throw new Refusal('account-already-active');
  store.updateAccount(account, { status: 'actif' });
  historyOfAccount(store, actor, account, 'account.reactivated', 'Réactivation du compte', { status: 'inactif' }, { status: 'actif' });
  return account;
}

/** R9: the newcomer keeps all his roles; a trace goes to his history. */
export function attachAccount(store: ReferenceStore, actor: Actor, id: string, expectVersion: (v: number) => void): AccountRecord {
  const account = getAccountRecord(store, id);
  const refusal = attachProblem(store, actor, account);
  if (refusal) throw refusal;
  expectVersion(account.version);
  const from = store.organismes.get(account.organismeId)!.name;
  const to = store.organismes.get(actor.account.organismeId)!.name;
  store.updateAccount(account, { organismeId: actor.account.organismeId });
  historyOfAccount(store, actor, account, 'account.attached', `Rattachement de ${from} à ${to} ; les rôles existants sont conservés`, { organisme: from }, { organisme: to });
  return account;
}

export function resendIdentifier(store: ReferenceStore, actor: Actor, id: string): AccountRecord {
  const account = writableAccount(store, actor, id);
  store.sendMail(account.emailPro, `Votre identifiant : ${account.identifier}`);
  historyOfAccount(store, actor, account, 'account.identifier-sent', "Renvoi de l'identifiant par e-mail");
  return account;
}

// ---- grants -----------------------------------------------------------------------------

export function grantRole(store: ReferenceStore, actor: Actor, id: string, roleId: string, expectVersion?: (v: number) => void): AccountRecord {
  const account = writableAccount(store, actor, id);
  expectVersion?.(account.version);
  const status = effectiveStatus(store, account);
  if (status !== 'actif' && status !== 'ouvert') throw new Refusal('account-not-active');
  const refusal = roleGrantProblem(store, actor, { space: account.space, ...(account.conventionId ? { conventionId: account.conventionId } : {}) }, roleId);
  if (refusal) throw refusal;
  if (store.hasDirectGrant(account.id, roleId)) throw new Refusal('role-already-granted');
  store.directGrants(account.id).set(roleId, { roleId, source: 'direct', grantedAt: store.nowIso() });
  store.updateAccount(account, {});
  historyOfAccount(store, actor, account, 'grant.added', `Rôle attribué : ${store.roles.get(roleId)!.label}`, undefined, { roleId });
  return account;
}

/** Tacitly granted roles are removed like any other (R4). */
export function revokeRole(store: ReferenceStore, actor: Actor, id: string, roleId: string, expectVersion?: (v: number) => void): AccountRecord {
  const account = writableAccount(store, actor, id);
  expectVersion?.(account.version);
  const refusal = roleRevokeProblem(store, actor, account, roleId);
  if (refusal) throw refusal;
  const grant = store.directGrants(account.id).get(roleId)!;
  store.directGrants(account.id).delete(roleId);
  store.updateAccount(account, {});
  historyOfAccount(store, actor, account, 'grant.removed', `Rôle retiré : ${store.roles.get(roleId)!.label}`, { roleId, source: grant.source }, undefined);
  return account;
}

// ---- bulk (R10) -------------------------------------------------------------------------

export function bulkAccounts(store: ReferenceStore, actor: Actor, body: BulkAccountRequest): BulkResult {
  if (!actor.roles.has('local-admin') && !actor.roles.has('ucanss-admin') && !actor.roles.has('partner-admin') && !actor.roles.has('responsable')) {
    throw new Refusal('forbidden');
  }
  if ((body.action === 'grant' || body.action === 'revoke') && !body.roleId) {
    throw new Refusal('invalid-request', 'roleId is required for grant and revoke.');
  }
  const results = body.accountIds.map((id) => {
    try {
      switch (body.action) {
        case 'deactivate':
          deactivateAccount(store, actor, id, { mode: body.mode ?? 'temporary' });
          break;
        case 'reactivate':
          reactivateAccount(store, actor, id);
          break;
        case 'grant':
          grantRole(store, actor, id, body.roleId!);
          break;
        case 'revoke':
          revokeRole(store, actor, id, body.roleId!);
          break;
        case 'resend-identifier':
          resendIdentifier(store, actor, id);
          break;
      }
      return { id, ok: true };
    } catch (error) {
      if (error instanceof Refusal) return { id, ok: false, problem: problemBody(error) };
      throw error;
    }
  });
  const succeeded = results.filter((r) => r.ok).length;
  return { succeeded, failed: results.length - succeeded, results };
}
