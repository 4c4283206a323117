/**
 * Access requests and account requests: routing (R3), tacit acceptance (R4), final decisions
 * (R5), sign-up checks (R8) — the same on every server. A decision reads its request locked,
 * so of two decisions at once on two servers, one decides and the other is told who did.
 */
import type {
  AccessRequest,
  AccountRequest,
  BulkDecisionBody,
  BulkResult,
  Decision,
  PageOf,
  PersonRef,
  RequestQuery,
  RequestSortField,
  SignupBody,
} from '../../src/domain/index.js';
import type { Lang } from '../../src/domain/index.js';
import { addDays, isTacitlyDue, normaliseEmail, tacitDeadline, validateSignup } from '../../src/domain/index.js';
import { deciderOf, decidesAccess, decidesAccount, procedureWords, roleGrantProblem, unknownRole, type Actor } from '../access.js';
import { inBoth, type Words } from '../language.js';
import type { AccessRequestRecord, AccountRecord, AccountRequestRecord } from '../records.js';
import { problemOf, Refusal } from '../refusal.js';
import type { Reader, RequestListQuery, Storage } from '../storage.js';
import { actorRef, duplicateEmail, TACIT_ACTOR } from './accounts.js';
import { searchKey } from '../search-key.js';

const REQUEST_NOT_FOUND: Words = { fr: 'Demande introuvable.', en: 'No such request.' };

const DAY_MS = 86_400_000;

// ---- R4 -----------------------------------------------------------------------------------

/**
 * Every pending request past its deadline is accepted, its role granted, its requester told —
 * once, whichever server runs it: the requests are taken locked, and one that another server is
 * accepting is waited for, not skipped. Run before every request, so none is ever shown pending
 * past its deadline, whichever instance answers.
 */
export async function applyTacitAcceptance(storage: Storage): Promise<number> {
  const now = storage.now();
  // Due means « the day after the deadline has come » (Paris days): nothing younger than nine days can be.
  const before = new Date(now.getTime() - 9 * DAY_MS);
  if (!(await storage.anyPendingAccessRequestBefore(before))) return 0;
  return storage.write(async (tx) => {
    let accepted = 0;
    for (const r of await tx.lockDueAccessRequests(before)) {
      if (!isTacitlyDue(r.requestedAt, now)) continue;
      const decidedAt = `${addDays(tacitDeadline(r.requestedAt), 1)}T00:00:00.000Z`;
      await tx.saveAccessRequest(r, { status: 'acceptee_tacitement', decidedAt });
      // The role comes with the request: the account's own version (its details, R15) does not change.
      const requester = (await tx.lockAccount(r.requesterId))!;
      if (!requester.grants.has(r.roleId)) await tx.putGrant(r.requesterId, { roleId: r.roleId, source: 'tacite', grantedAt: decidedAt });
      const role = tx.catalogue.roles.get(r.roleId)!;
      await tx.record({
        at: decidedAt,
        actor: TACIT_ACTOR,
        action: 'request.accepted-tacitly',
        targetType: 'request',
        targetId: r.id,
        accountId: r.requesterId,
        summary: { fr: `Demande acceptée tacitement après 10 jours : ${role.label}`, en: `Request tacitly accepted after 10 days: ${role.label}` },
      });
      await tx.mail(requester.emailPro, 'Votre demande a été acceptée tacitement', `Bonjour ${requester.prenom} ${requester.nom},\n\nSans réponse sous 10 jours, votre demande « ${role.label} » est acceptée.`);
      accepted += 1;
    }
    return accepted;
  });
}

// ---- R3: who decides -------------------------------------------------------------------------

function ensureDecider(actor: Actor): void {
  if (!actor.roles.has('local-admin') && !actor.roles.has('ucanss-admin')) {
    throw new Refusal('forbidden', { fr: 'Les demandes sont traitées par les administrateurs locaux et les administrateurs Ucanss.', en: 'Requests are decided by the local administrators and the UCANSS administrators.' });
  }
}

// ---- views ----------------------------------------------------------------------------------

/** A person as a record names him: his name, or his id when he is gone. */
export async function personRef(reader: Reader, accountId: string): Promise<PersonRef> {
  const a = await reader.account(accountId);
  return { id: accountId, name: a ? `${a.prenom} ${a.nom}` : accountId };
}

async function decidedByOf(reader: Reader, r: { decidedBy?: string; status: string }): Promise<PersonRef | undefined> {
  if (r.decidedBy) return personRef(reader, r.decidedBy);
  return r.status === 'acceptee_tacitement' ? TACIT_ACTOR : undefined;
}

async function accessRequestView(reader: Reader, r: AccessRequestRecord, requester: AccountRecord, canDecide: boolean): Promise<AccessRequest> {
  const { catalogue } = reader;
  const role = catalogue.roles.get(r.roleId)!;
  const application = catalogue.applications.get(role.applicationId)!;
  const o = catalogue.organismes.get(requester.organismeId)!;
  const decidedBy = r.decidedBy ? await personRef(reader, r.decidedBy) : undefined;
  return {
    id: r.id,
    requester: {
      id: requester.id,
      nom: requester.nom,
      prenom: requester.prenom,
      emailPro: requester.emailPro,
      ...(requester.fonction ? { fonction: requester.fonction } : {}),
      organismeId: o.id,
      organismeName: o.name,
      organismeLongName: o.longName,
    },
    roleId: role.id,
    roleLabel: role.label,
    applicationId: application.id,
    applicationName: application.name,
    approval: r.approval,
    requestedAt: r.requestedAt,
    deadline: tacitDeadline(r.requestedAt),
    status: r.status,
    ...(decidedBy ? { decidedBy } : {}),
    ...(r.decidedAt ? { decidedAt: r.decidedAt } : {}),
    ...(r.reason ? { reason: r.reason } : {}),
    version: r.version,
    actions: canDecide && r.status === 'en_attente' ? ['accept', 'refuse'] : [],
  };
}

async function accountRequestView(reader: Reader, r: AccountRequestRecord, canDecide: boolean): Promise<AccountRequest> {
  const decidedBy = r.decidedBy ? await personRef(reader, r.decidedBy) : undefined;
  return {
    id: r.id,
    civilite: r.civilite,
    nom: r.nom,
    prenom: r.prenom,
    emailPro: r.emailPro,
    external: r.external,
    organismeId: r.organismeId,
    organismeName: reader.catalogue.organismes.get(r.organismeId)!.name,
    requestedAt: r.requestedAt,
    routedTo: r.routedTo,
    status: r.status,
    ...(decidedBy ? { decidedBy } : {}),
    ...(r.decidedAt ? { decidedAt: r.decidedAt } : {}),
    ...(r.reason ? { reason: r.reason } : {}),
    ...(r.accountId ? { accountId: r.accountId } : {}),
    version: r.version,
    actions: canDecide && r.status === 'en_attente' ? ['accept', 'refuse'] : [],
  };
}

// ---- lists ----------------------------------------------------------------------------------

/** What the storage pages: the list's filters, R3's « whose requests » for this actor, the order. */
function listQuery(reader: Reader, actor: Actor, q: RequestQuery): RequestListQuery {
  const pending = (q.state ?? 'pending') === 'pending';
  const sort = q.sort ?? (pending ? 'requestedAt' : '-decidedAt');
  const key = q.q ? searchKey(q.q) : '';
  const { roles, organismes } = reader.catalogue;
  return {
    pending,
    ...(q.status ? { status: q.status } : {}),
    decider: deciderOf(actor),
    ...(q.from ? { from: q.from } : {}),
    ...(q.to ? { to: q.to } : {}),
    ...(key
      ? {
          text: {
            key,
            roleIds: [...roles.values()].filter((r) => searchKey(r.label).includes(key)).map((r) => r.id),
            organismeIds: [...organismes.values()].filter((o) => searchKey(o.name).includes(key)).map((o) => o.id),
          },
        }
      : {}),
    sort: sort.replace(/^-/, '') as RequestSortField,
    descending: sort.startsWith('-'),
    page: q.page ?? 1,
    pageSize: q.pageSize ?? 25,
  };
}

export async function listAccessRequests(reader: Reader, actor: Actor, q: RequestQuery): Promise<PageOf<AccessRequest>> {
  ensureDecider(actor);
  const query = listQuery(reader, actor, q);
  const found = await reader.accessRequests(query);
  const items = await Promise.all(found.items.map(({ request, requester }) => accessRequestView(reader, request, requester, true)));
  return { items, total: found.total, page: query.page, pageSize: query.pageSize };
}

export async function listAccountRequests(reader: Reader, actor: Actor, q: RequestQuery): Promise<PageOf<AccountRequest>> {
  ensureDecider(actor);
  const query = listQuery(reader, actor, q);
  if (query.text) query.text.roleIds = [];
  const found = await reader.accountRequests(query);
  const items = await Promise.all(found.items.map((r) => accountRequestView(reader, r, true)));
  return { items, total: found.total, page: query.page, pageSize: query.pageSize };
}

// ---- decisions (R5) -------------------------------------------------------------------------

async function alreadyDecided(reader: Reader, r: AccessRequestRecord | AccountRequestRecord): Promise<Refusal> {
  const decidedBy = await decidedByOf(reader, r);
  return new Refusal('already-decided', undefined, { ...(decidedBy ? { decidedBy } : {}), ...(r.decidedAt ? { decidedAt: r.decidedAt } : {}), decision: r.status });
}

/** R5: the first decision stands; a second one says who decided and when. */
export async function decideAccessRequest(storage: Storage, actor: Actor, id: string, decision: Decision, reason?: string): Promise<AccessRequest> {
  ensureDecider(actor);
  const decided = await storage.write(async (tx) => {
    const r = await tx.lockAccessRequest(id);
    if (!r) throw new Refusal('not-found', REQUEST_NOT_FOUND);
    const requester = (await tx.lockAccount(r.requesterId))!;
    if (!decidesAccess(deciderOf(actor), r, requester.organismeId, await tx.organismesWithLocalAdmin())) throw new Refusal('out-of-scope');
    if (r.status !== 'en_attente') throw await alreadyDecided(tx, r);
    // R16: accepting gives the role, so it is checked as a grant would be.
    if (decision === 'accept') {
      const refusal = roleGrantProblem(tx.catalogue, actor, { space: 'ucanss' }, r.roleId);
      if (refusal) throw refusal;
    }
    const now = tx.now().toISOString();
    const change: Partial<AccessRequestRecord> = { status: decision === 'accept' ? 'acceptee' : 'refusee', decidedBy: actor.account.id, decidedAt: now, ...(reason?.trim() ? { reason: reason.trim() } : {}) };
    await tx.saveAccessRequest(r, change);
    const role = tx.catalogue.roles.get(r.roleId)!;
    // As with tacit acceptance, the role comes with the request; the account's version is that of its details.
    if (decision === 'accept' && !requester.grants.has(r.roleId)) await tx.putGrant(requester.id, { roleId: r.roleId, source: 'direct', grantedAt: now });
    await tx.record({
      actor: actorRef(actor),
      action: decision === 'accept' ? 'request.accepted' : 'request.refused',
      targetType: 'request',
      targetId: r.id,
      accountId: r.requesterId,
      summary: inBoth((lang) => {
        const what = { fr: decision === 'accept' ? 'Demande acceptée' : 'Demande refusée', en: decision === 'accept' ? 'Request accepted' : 'Request refused' }[lang];
        return `${what}${lang === 'fr' ? ' : ' : ': '}${role.label}${change.reason ? ` (${change.reason})` : ''}`;
      }),
    });
    await tx.mail(
      requester.emailPro,
      decision === 'accept' ? 'Votre demande a été acceptée' : 'Votre demande a été refusée',
      `Bonjour ${requester.prenom} ${requester.nom},\n\nVotre demande « ${role.label} » a été ${decision === 'accept' ? 'acceptée' : 'refusée'}${change.reason ? ` : ${change.reason}` : ''}.`,
    );
    return { request: { ...r, ...change, version: r.version + 1 }, requester };
  });
  return accessRequestView(storage, decided.request, decided.requester, true);
}

/** Each decision on its own (R5): one refused leaves the others decided, and says why in the reader's language. */
export async function decideAccessRequests(storage: Storage, actor: Actor, body: BulkDecisionBody, lang: Lang = 'fr'): Promise<BulkResult> {
  ensureDecider(actor);
  const results: BulkResult['results'] = [];
  for (const item of body.items) {
    try {
      await decideAccessRequest(storage, actor, item.id, item.decision, item.reason);
      results.push({ id: item.id, ok: true });
    } catch (error) {
      if (!(error instanceof Refusal)) throw error;
      results.push({ id: item.id, ok: false, problem: problemOf(error, lang) });
    }
  }
  const succeeded = results.filter((r) => r.ok).length;
  return { succeeded, failed: results.length - succeeded, results };
}

export async function decideAccountRequest(storage: Storage, actor: Actor, id: string, decision: Decision, reason?: string): Promise<AccountRequest> {
  ensureDecider(actor);
  const decided = await storage.write(async (tx) => {
    const r = await tx.lockAccountRequest(id);
    if (!r) throw new Refusal('not-found', REQUEST_NOT_FOUND);
    if (!decidesAccount(deciderOf(actor), r)) throw new Refusal('out-of-scope');
    if (r.status !== 'en_attente') throw await alreadyDecided(tx, r);
    const now = tx.now().toISOString();
    const change: Partial<AccountRequestRecord> = { status: decision === 'accept' ? 'acceptee' : 'refusee', decidedBy: actor.account.id, decidedAt: now, ...(reason?.trim() ? { reason: reason.trim() } : {}) };
    if (decision === 'accept') {
      if (await tx.accountByEmail(r.emailPro)) throw new Refusal('duplicate-email');
      const accountId = await tx.newId('acc');
      await tx.insertAccount({
        id: accountId,
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
        grants: new Map(),
      });
      change.accountId = accountId;
      await tx.record({
        actor: actorRef(actor),
        action: 'account.created',
        targetType: 'account',
        targetId: accountId,
        accountId,
        summary: { fr: `Création du compte sur demande du ${r.requestedAt.slice(0, 10)}`, en: `Account created on the request of ${r.requestedAt.slice(0, 10)}` },
      });
    }
    await tx.saveAccountRequest(r, change);
    await tx.mail(
      r.emailPro,
      decision === 'accept' ? 'Votre compte a été créé' : "Votre demande de compte n'a pas été acceptée",
      `Bonjour ${r.prenom} ${r.nom},\n\n${decision === 'accept' ? `Votre compte a été créé. Votre identifiant : ${r.emailPro}.` : `Votre demande de compte n'a pas été acceptée${change.reason ? ` : ${change.reason}` : ''}.`}`,
    );
    return { ...r, ...change, version: r.version + 1 };
  });
  return accountRequestView(storage, decided, true);
}

// ---- the end user ---------------------------------------------------------------------------

/** R3, R8: the sign-up form; the request goes to the local administrators, or UCANSS. */
export async function signup(storage: Storage, body: SignupBody): Promise<AccountRequest> {
  const problems = validateSignup(body);
  if (!storage.catalogue.organismes.has(body.organismeId)) problems.push({ field: 'organismeId', code: 'required' });
  if (problems.length) {
    const code = problems.some((p) => p.code === 'email-not-institutional') ? 'email-not-institutional' : 'validation-failed';
    throw new Refusal(code, undefined, { errors: problems.map((p) => ({ field: p.field, code: p.code, message: p.code })) });
  }
  const email = normaliseEmail(body.emailPro);
  const request = await storage.write(async (tx) => {
    if ((await tx.accountByEmail(email)) || (await tx.pendingAccountRequest(email))) throw duplicateEmail();
    const record: AccountRequestRecord = {
      id: await tx.newId('dcc'),
      civilite: body.civilite,
      nom: body.nom.trim(),
      prenom: body.prenom.trim(),
      emailPro: email,
      external: !body.worksForInstitution,
      organismeId: body.organismeId,
      requestedAt: tx.now().toISOString(),
      routedTo: (await tx.organismesWithLocalAdmin()).has(body.organismeId) ? 'local' : 'central',
      status: 'en_attente',
      version: 1,
    };
    await tx.insertAccountRequest(record);
    return record;
  });
  return accountRequestView(storage, request, false);
}

/** R3: open applications need no request; "procedure" ones follow their own procedure. */
export async function requestAccess(storage: Storage, actor: Actor, roleId: string): Promise<AccessRequest> {
  if (actor.account.space !== 'ucanss') {
    throw new Refusal('forbidden', {
      fr: 'Les demandes d’accès concernent les applications du portail Ucanss ; sur Mon Compte Partenaire, les droits passent par les groupes.',
      en: 'Access requests are for the applications of the UCANSS portal; on Mon Compte Partenaire, rights come through the groups.',
    });
  }
  const { catalogue } = storage;
  const role = catalogue.roles.get(roleId);
  if (!role) throw unknownRole(roleId);
  const application = catalogue.applications.get(role.applicationId)!;
  if (application.approval === 'libre') throw new Refusal('application-open');
  if (application.approval === 'procedure' || application.approval === 'convention') {
    throw new Refusal('application-by-procedure', application.procedure ? inBoth((lang) => procedureWords(catalogue, application, lang)) : undefined);
  }
  const approval = application.approval;
  const made = await storage.write(async (tx) => {
    const me = (await tx.lockAccount(actor.account.id))!;
    if (me.grants.has(roleId)) throw new Refusal('role-already-granted');
    if (await tx.pendingAccessRequest(me.id, roleId)) throw new Refusal('request-already-pending');
    const request: AccessRequestRecord = { id: await tx.newId('dem'), requesterId: me.id, roleId, approval, requestedAt: tx.now().toISOString(), status: 'en_attente', version: 1 };
    await tx.insertAccessRequest(request);
    await tx.record({
      actor: actorRef(actor),
      action: 'request.created',
      targetType: 'request',
      targetId: request.id,
      accountId: me.id,
      summary: { fr: `Demande d'habilitation : ${role.label}`, en: `Access request: ${role.label}` },
    });
    return { request, me };
  });
  return accessRequestView(storage, made.request, made.me, false);
}

export async function myRequests(reader: Reader, actor: Actor): Promise<AccessRequest[]> {
  const mine = await reader.accessRequestsOf(actor.account.id);
  return Promise.all(mine.map((r) => accessRequestView(reader, r, actor.account, false)));
}

