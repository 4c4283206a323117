/**
 * Access requests and account requests: routing (R3), tacit acceptance (R4), final and
 * idempotent decisions (R5), sign-up checks (R8).
 */
import type { BulkDecisionBody, BulkResult, Decision, RequestQuery, RequestSortField, RequestStatus, SignupBody } from '../../src/domain/index.js';
import { addDays, isoDay, isTacitlyDue, normaliseEmail, tacitDeadline, validateSignup } from '../../src/domain/index.js';
import { roleGrantProblem, type Actor } from '../access.js';
import { problemBody } from '../http.js';
import { Refusal } from '../../core/refusal.js';
import { searchKey, type AccessRequestRecord, type AccountRequestRecord, type ReferenceStore } from '../store.js';
import { personRef } from '../views.js';

export const TACIT_ACTOR = { id: 'system', name: 'Acceptation tacite' };

/** The store's counter can meet the ids of the seed (dem-2, dcc-3…): a new request never replaces one. */
function freshId(store: ReferenceStore, prefix: string, taken: { has(id: string): boolean }): string {
  let id = store.nextId(prefix);
  while (taken.has(id)) id = store.nextId(prefix);
  return id;
}

export function hasLocalAdmin(store: ReferenceStore, organismeId: string): boolean {
  for (const l of store.localAdmins.values()) if (l.organismeId === organismeId) return true;
  return false;
}

/** R4: every pending request past its deadline is accepted, its role granted, its requester told. */
export function applyTacitAcceptance(store: ReferenceStore): void {
  const now = store.clock.now();
  for (const r of store.accessRequests.values()) {
    if (r.status !== 'en_attente' || !isTacitlyDue(r.requestedAt, now)) continue;
    r.status = 'acceptee_tacitement';
    r.decidedAt = `${addDays(tacitDeadline(r.requestedAt), 1)}T00:00:00.000Z`;
    r.version += 1;
    const grants = store.directGrants(r.requesterId);
    if (!grants.has(r.roleId)) grants.set(r.roleId, { roleId: r.roleId, source: 'tacite', grantedAt: r.decidedAt });
    const requester = store.accounts.get(r.requesterId)!;
    store.record({
      at: r.decidedAt,
      actor: TACIT_ACTOR,
      action: 'request.accepted-tacitly',
      targetType: 'request',
      targetId: r.id,
      accountId: r.requesterId,
      summary: `Demande acceptée tacitement après 10 jours : ${store.roles.get(r.roleId)!.label}`,
    });
    store.sendMail(requester.emailPro, 'Votre demande a été acceptée tacitement');
  }
}

/** R3: who decides a request. */
export function canDecideAccessRequest(store: ReferenceStore, actor: Actor, r: AccessRequestRecord): boolean {
  if (r.approval === 'central') return actor.roles.has('ucanss-admin');
  const requester = store.accounts.get(r.requesterId)!;
  if (!hasLocalAdmin(store, requester.organismeId)) return actor.roles.has('ucanss-admin');
  return actor.roles.has('local-admin') && actor.account.organismeId === requester.organismeId;
}

export function canDecideAccountRequest(actor: Actor, r: AccountRequestRecord): boolean {
  if (r.routedTo === 'central') return actor.roles.has('ucanss-admin');
  return actor.roles.has('local-admin') && actor.account.organismeId === r.organismeId;
}

function ensureDecider(actor: Actor) {
  if (!actor.roles.has('local-admin') && !actor.roles.has('ucanss-admin')) {
    throw new Refusal('forbidden', 'Les demandes sont traitées par les administrateurs locaux et les administrateurs Ucanss.');
  }
}

function pageOf<T>(items: T[], q: RequestQuery) {
  const page = q.page ?? 1;
  const pageSize = q.pageSize ?? 25;
  return { items: items.slice((page - 1) * pageSize, page * pageSize), total: items.length, page, pageSize };
}

/** "En cours" or "Historique", with the history's filters: status and a range of days. */
function inView(r: { status: RequestStatus; requestedAt: string; decidedAt?: string }, q: RequestQuery): boolean {
  const pending = (q.state ?? 'pending') === 'pending';
  if (pending !== (r.status === 'en_attente')) return false;
  if (q.status && r.status !== q.status) return false;
  const day = isoDay(new Date(pending ? r.requestedAt : (r.decidedAt ?? r.requestedAt)));
  return (!q.from || day >= q.from) && (!q.to || day <= q.to);
}

function sortOf(q: RequestQuery): { field: RequestSortField; descending: boolean } {
  const sort = q.sort ?? ((q.state ?? 'pending') === 'pending' ? 'requestedAt' : '-decidedAt');
  return { field: sort.replace(/^-/, '') as RequestSortField, descending: sort.startsWith('-') };
}

function compareBy<T>(key: (item: T) => string, descending: boolean) {
  return (x: T, y: T) => (descending ? -1 : 1) * (key(x) < key(y) ? -1 : key(x) > key(y) ? 1 : 0);
}

export function listAccessRequests(store: ReferenceStore, actor: Actor, q: RequestQuery) {
  ensureDecider(actor);
  const text = q.q ? searchKey(q.q) : undefined;
  const { field, descending } = sortOf(q);
  const key = (r: AccessRequestRecord) => {
    const a = store.accounts.get(r.requesterId)!;
    if (field === 'nom') return a.sortKey;
    if (field === 'roleLabel') return searchKey(store.roles.get(r.roleId)!.label);
    if (field === 'organismeName') return store.organismes.get(a.organismeId)!.name;
    if (field === 'decidedAt') return r.decidedAt ?? '';
    return r.requestedAt;
  };
  const items = [...store.accessRequests.values()]
    .filter((r) => inView(r, q) && canDecideAccessRequest(store, actor, r))
    .filter((r) => {
      if (!text) return true;
      const a = store.accounts.get(r.requesterId)!;
      const haystack = searchKey(`${a.nom} ${a.prenom} ${a.emailPro} ${store.roles.get(r.roleId)!.label} ${store.organismes.get(a.organismeId)!.name}`);
      return haystack.includes(text);
    })
    .sort(compareBy(key, descending));
  return pageOf(items, q);
}

/** R5: the first decision stands; a second one says who decided and when. */
export function decideAccessRequest(store: ReferenceStore, actor: Actor, id: string, decision: Decision, reason?: string): AccessRequestRecord {
  ensureDecider(actor);
  const r = store.accessRequests.get(id);
  if (!r) throw new Refusal('not-found', 'Demande introuvable.');
  if (!canDecideAccessRequest(store, actor, r)) throw new Refusal('out-of-scope');
  if (r.status !== 'en_attente') {
    throw new Refusal('already-decided', undefined, {
      decidedBy: r.decidedBy ? personRef(store, r.decidedBy) : TACIT_ACTOR,
      ...(r.decidedAt ? { decidedAt: r.decidedAt } : {}),
      decision: r.status,
    });
  }
  if (decision === 'accept') {
    // R16: accepting gives the role, so it is checked as a grant would be.
    const refusal = roleGrantProblem(store, actor, { space: 'ucanss' }, r.roleId);
    if (refusal) throw refusal;
  }
  const now = store.nowIso();
  r.status = decision === 'accept' ? 'acceptee' : 'refusee';
  r.decidedBy = actor.account.id;
  r.decidedAt = now;
  if (reason?.trim()) r.reason = reason.trim();
  r.version += 1;
  const role = store.roles.get(r.roleId)!;
  if (decision === 'accept') {
    const grants = store.directGrants(r.requesterId);
    if (!grants.has(r.roleId)) grants.set(r.roleId, { roleId: r.roleId, source: 'direct', grantedAt: now });
  }
  store.record({
    actor: personRef(store, actor.account.id),
    action: decision === 'accept' ? 'request.accepted' : 'request.refused',
    targetType: 'request',
    targetId: r.id,
    accountId: r.requesterId,
    summary: `${decision === 'accept' ? 'Demande acceptée' : 'Demande refusée'} : ${role.label}${r.reason ? ` (${r.reason})` : ''}`,
  });
  store.sendMail(store.accounts.get(r.requesterId)!.emailPro, decision === 'accept' ? 'Votre demande a été acceptée' : 'Votre demande a été refusée');
  return r;
}

export function decideAccessRequests(store: ReferenceStore, actor: Actor, body: BulkDecisionBody): BulkResult {
  ensureDecider(actor);
  const results = body.items.map((item) => {
    try {
      decideAccessRequest(store, actor, item.id, item.decision, item.reason);
      return { id: item.id, ok: true };
    } catch (error) {
      if (error instanceof Refusal) return { id: item.id, ok: false, problem: problemBody(error) };
      throw error;
    }
  });
  const succeeded = results.filter((r) => r.ok).length;
  return { succeeded, failed: results.length - succeeded, results };
}

// ---- account requests -------------------------------------------------------------------

export function listAccountRequests(store: ReferenceStore, actor: Actor, q: RequestQuery) {
  ensureDecider(actor);
  const text = q.q ? searchKey(q.q) : undefined;
  const { field, descending } = sortOf(q);
  const key = (r: AccountRequestRecord) => {
    if (field === 'nom') return searchKey(`${r.nom} ${r.prenom}`);
    if (field === 'organismeName') return store.organismes.get(r.organismeId)!.name;
    if (field === 'decidedAt') return r.decidedAt ?? '';
    return r.requestedAt;
  };
  const items = [...store.accountRequests.values()]
    .filter((r) => inView(r, q) && canDecideAccountRequest(actor, r))
    .filter((r) => !text || searchKey(`${r.nom} ${r.prenom} ${r.emailPro}`).includes(text))
    .sort(compareBy(key, descending));
  return pageOf(items, q);
}

/** R3, R8: the sign-up form; the request goes to the local administrators, or UCANSS. */
export function signup(store: ReferenceStore, body: SignupBody): AccountRequestRecord {
  const problems = validateSignup(body);
  if (!store.organismes.has(body.organismeId)) problems.push({ field: 'organismeId', code: 'required' });
  if (problems.length) {
    const code = problems.some((p) => p.code === 'email-not-institutional') ? 'email-not-institutional' : 'validation-failed';
    throw new Refusal(code, undefined, { errors: problems.map((p) => ({ field: p.field, code: p.code, message: p.code })) });
  }
  const email = normaliseEmail(body.emailPro);
  const pendingSame = [...store.accountRequests.values()].some((r) => r.status === 'en_attente' && r.emailPro === email);
  if (store.findAccountByEmail(email) || pendingSame) {
    throw new Refusal('duplicate-email', undefined, { errors: [{ field: 'emailPro', code: 'duplicate-email', message: 'duplicate-email' }] });
  }
  const request: AccountRequestRecord = {
    id: freshId(store, 'dcc', store.accountRequests),
    civilite: body.civilite,
    nom: body.nom.trim(),
    prenom: body.prenom.trim(),
    emailPro: email,
    external: !body.worksForInstitution,
    organismeId: body.organismeId,
    requestedAt: store.nowIso(),
    routedTo: hasLocalAdmin(store, body.organismeId) ? 'local' : 'central',
    status: 'en_attente',
    version: 1,
  };
  store.accountRequests.set(request.id, request);
  return request;
}

export function decideAccountRequest(store: ReferenceStore, actor: Actor, id: string, decision: Decision, reason?: string): AccountRequestRecord {
  ensureDecider(actor);
  const r = store.accountRequests.get(id);
  if (!r) throw new Refusal('not-found', 'Demande introuvable.');
  if (!canDecideAccountRequest(actor, r)) throw new Refusal('out-of-scope');
  if (r.status !== 'en_attente') {
    throw new Refusal('already-decided', undefined, {
      ...(r.decidedBy ? { decidedBy: personRef(store, r.decidedBy) } : {}),
      ...(r.decidedAt ? { decidedAt: r.decidedAt } : {}),
      decision: r.status,
    });
  }
  const now = store.nowIso();
  if (decision === 'accept') {
    if (store.findAccountByEmail(r.emailPro)) throw new Refusal('duplicate-email');
    const account = store.addAccount({
      id: store.nextId('acc'),
      identifier: r.emailPro,
      civilite: r.civilite,
      nom: r.nom,
      prenom: r.prenom,
      emailPro: r.emailPro,
      organismeId: r.organismeId,
      add: false,
      status: 'actif',
      space: 'ucanss',
      createdAt: now,
      createdBy: actor.account.id,
    });
    r.accountId = account.id;
    store.record({
      actor: personRef(store, actor.account.id),
      action: 'account.created',
      targetType: 'account',
      targetId: account.id,
      accountId: account.id,
      summary: `Création du compte sur demande du ${r.requestedAt.slice(0, 10)}`,
    });
  }
  r.status = decision === 'accept' ? 'acceptee' : 'refusee';
  r.decidedBy = actor.account.id;
  r.decidedAt = now;
  if (reason?.trim()) r.reason = reason.trim();
  r.version += 1;
  store.sendMail(r.emailPro, decision === 'accept' ? 'Votre compte a été créé' : "Votre demande de compte n'a pas été acceptée");
  return r;
}

// ---- the end user -----------------------------------------------------------------------

/** R3: open applications need no request; "procedure" ones follow their own procedure. */
export function requestAccess(store: ReferenceStore, actor: Actor, roleId: string): AccessRequestRecord {
  if (actor.account.space !== 'ucanss') {
    throw new Refusal('forbidden', 'Les demandes d’accès concernent les applications du portail Ucanss ; sur Mon Compte Partenaire, les droits passent par les groupes.');
  }
  const role = store.roles.get(roleId);
  if (!role) throw new Refusal('invalid-request', `Unknown role ${roleId}.`);
  const application = store.applications.get(role.applicationId)!;
  if (application.approval === 'libre') throw new Refusal('application-open');
  if (application.approval === 'procedure' || application.approval === 'convention') {
    throw new Refusal('application-by-procedure', application.procedure ? `${application.procedure.text} (${application.procedure.contact})` : undefined);
  }
  if (store.hasDirectGrant(actor.account.id, roleId)) throw new Refusal('role-already-granted');
  for (const r of store.accessRequests.values()) {
    if (r.requesterId === actor.account.id && r.roleId === roleId && r.status === 'en_attente') throw new Refusal('request-already-pending');
  }
  const request: AccessRequestRecord = {
    id: freshId(store, 'dem', store.accessRequests),
    requesterId: actor.account.id,
    roleId,
    approval: application.approval,
    requestedAt: store.nowIso(),
    status: 'en_attente',
    version: 1,
  };
  store.accessRequests.set(request.id, request);
  store.record({
    actor: personRef(store, actor.account.id),
    action: 'request.created',
    targetType: 'request',
    targetId: request.id,
    accountId: actor.account.id,
    summary: `Demande d'habilitation : ${role.label}`,
  });
  return request;
}

export function myRequests(store: ReferenceStore, actor: Actor): AccessRequestRecord[] {
  return [...store.accessRequests.values()].filter((r) => r.requesterId === actor.account.id).sort((a, b) => b.requestedAt.localeCompare(a.requestedAt));
}
