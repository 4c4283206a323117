/**
 * Access requests and account requests through HTTP: scope (R1), routing (R3), tacit
 * acceptance (R4), final and idempotent decisions (R5), sign-up e-mail check (R8).
 */
import { expect } from '@open-wc/testing';
import type { AccessRequest, AccountDetail, AccountRequest, BulkResult, Grant, HistoryEntry, Organisme, PageOf } from '../../src/domain/index.js';
import { api, expectOk, expectProblem, useReferenceServer } from '../support/api.js';

const server = useReferenceServer();

const pending = async (as: Parameters<ReturnType<typeof server>['actAs']>[0]) => {
  server().actAs(as);
  return expectOk(await api<PageOf<AccessRequest>>('GET', '/access-requests?pageSize=500')).items;
};
const decided = async (as: Parameters<ReturnType<typeof server>['actAs']>[0]) => {
  server().actAs(as);
  return expectOk(await api<PageOf<AccessRequest>>('GET', '/access-requests?state=decided&pageSize=500')).items;
};
const pendingAccountRequests = async (as: Parameters<ReturnType<typeof server>['actAs']>[0]) => {
  server().actAs(as);
  return expectOk(await api<PageOf<AccountRequest>>('GET', '/account-requests?pageSize=500')).items;
};
const mailsTo = (email: string) => server().store.sentMail.filter((m) => m.to === email);
const ids = (items: { id: string }[]) => items.map((i) => i.id);

const SIGNUP = { civilite: 'M.', nom: 'MARCHAL', prenom: 'Rémi', emailPro: 'remi.marchal@caf.fr', worksForInstitution: true, organismeId: 'caf-55', acceptsTerms: true } as const;

describe('R1 scope of requests', () => {
  it('refuses a plain user every list and decision (forbidden)', async () => {
    server().actAs('user-carsat');
    expectProblem(await api('GET', '/access-requests'), 403, 'forbidden');
    expectProblem(await api('GET', '/access-requests?state=decided'), 403, 'forbidden');
    expectProblem(await api('POST', '/access-requests/dem-1/decision', { body: { decision: 'accept' } }), 403, 'forbidden');
    expectProblem(await api('POST', '/access-requests/decisions', { body: { items: [{ id: 'dem-1', decision: 'accept' }] } }), 403, 'forbidden');
    expectProblem(await api('GET', '/account-requests'), 403, 'forbidden');
    expectProblem(await api('POST', '/account-requests/dcc-1/decision', { body: { decision: 'accept' } }), 403, 'forbidden');
    expect(server().store.accessRequests.get('dem-1')!.status).to.equal('en_attente');
    expect(server().store.accountRequests.get('dcc-1')!.status).to.equal('en_attente');
  });

  it('refuses CAF profiles the UCANSS requests (forbidden)', async () => {
    for (const persona of ['partner-admin', 'responsable', 'caf-agent'] as const) {
      server().actAs(persona);
      expectProblem(await api('GET', '/access-requests'), 403, 'forbidden');
      expectProblem(await api('GET', '/account-requests'), 403, 'forbidden');
    }
  });

  it('refuses a decision on a request routed to someone else (out-of-scope)', async () => {
    // dem-6: Aristide Charenne (CARSAT RHONE-ALPES) asks for a central role; dcc-3: sign-up at CAF DE LA MEUSE (no local admin).
    expectProblem(await api('POST', '/access-requests/dem-6/decision', { body: { decision: 'accept' } }), 403, 'out-of-scope');
    expectProblem(await api('POST', '/account-requests/dcc-3/decision', { body: { decision: 'accept' } }), 403, 'out-of-scope');
    server().actAs('admin-ucanss');
    // dem-1: Emma Ahova (CARSAT ALSACE-MOSELLE) asks for a local role: her local administrators decide.
    expectProblem(await api('POST', '/access-requests/dem-1/decision', { body: { decision: 'accept' } }), 403, 'out-of-scope');
    expectProblem(await api('POST', '/account-requests/dcc-1/decision', { body: { decision: 'refuse' } }), 403, 'out-of-scope');
    expect(server().store.accessRequests.get('dem-6')!.status).to.equal('en_attente');
    expect(server().store.accessRequests.get('dem-1')!.status).to.equal('en_attente');
    expectProblem(await api('POST', '/access-requests/dem-404/decision', { body: { decision: 'accept' } }), 404, 'not-found');
  });
});

describe('R3 routing', () => {
  it('routes a request for a local application to the requester’s local administrators', async () => {
    server().actAs('user-carsat');
    const created = expectOk(await api<AccessRequest>('POST', '/me/access-requests', { body: { roleId: 'conseil-energie-lecteur' } }), 201);
    expect(created).to.deep.include({ approval: 'local', status: 'en_attente', applicationName: 'Conseil Energie' });
    const forEmilie = await pending('admin-carsat');
    expect(ids(forEmilie)).to.include(created.id);
    expect(forEmilie.find((r) => r.id === created.id)!.actions).to.have.members(['accept', 'refuse']);
    expect(ids(await pending('director-carsat'))).to.include(created.id);
    expect(ids(await pending('admin-ucanss'))).not.to.include(created.id);
  });

  it('routes a request for a central application to the UCANSS administrators', async () => {
    server().actAs('user-carsat');
    const created = expectOk(await api<AccessRequest>('POST', '/me/access-requests', { body: { roleId: 'annuaire-add-lecteur' } }), 201);
    expect(created.approval).to.equal('central');
    expect(ids(await pending('admin-ucanss'))).to.include(created.id);
    expect(ids(await pending('admin-carsat'))).not.to.include(created.id);
  });

  it('never replaces a request of the seed with a new one', async () => {
    const seeded = new Map([...server().store.accessRequests].map(([id, r]) => [id, r.requesterId]));
    server().actAs('user-carsat');
    const created: string[] = [];
    for (const roleId of ['conseil-energie-lecteur', 'marches-saisie', 'annonces-immo-redacteur', 'elections-deposant', 'stats-formation']) {
      created.push(expectOk(await api<AccessRequest>('POST', '/me/access-requests', { body: { roleId } }), 201).id);
    }
    for (const id of created) expect(seeded.has(id), id).to.equal(false);
    for (const [id, requesterId] of seeded) expect(server().store.accessRequests.get(id)?.requesterId, id).to.equal(requesterId);
  });

  it('needs no request for an open application and sends "procedure" ones to their procedure', async () => {
    server().actAs('user-carsat');
    const before = server().store.accessRequests.size;
    expectProblem(await api('POST', '/me/access-requests', { body: { roleId: 'textes-conventionnels-lecteur' } }), 422, 'application-open');
    const procedure = await api('POST', '/me/access-requests', { body: { roleId: 'edrh-dires' } });
    expectProblem(procedure, 422, 'application-by-procedure');
    expect(procedure.body.detail).to.contain('edrh@ucanss.fr');
    expect(server().store.accessRequests.size).to.equal(before);
  });

  it('refuses access requests from CAF partner users, whose rights come through groups', async () => {
    server().actAs('partner-admin');
    expectProblem(await api('POST', '/me/access-requests', { body: { roleId: 'marches-saisie' } }), 403, 'forbidden');
  });

  it('refuses a second pending request and a role already held', async () => {
    server().actAs('user-carsat');
    expectOk(await api('POST', '/me/access-requests', { body: { roleId: 'marches-saisie' } }), 201);
    expectProblem(await api('POST', '/me/access-requests', { body: { roleId: 'marches-saisie' } }), 409, 'request-already-pending');
    // Coralie Living already holds "Egap - Guides d'administration du personnel".
    expectProblem(await api('POST', '/me/access-requests', { body: { roleId: 'egap-guides' } }), 409, 'role-already-granted');
  });

  it('routes requests of an organisme without local administrator to UCANSS', async () => {
    server().actAs(undefined);
    const organismes = expectOk(await api<Organisme[]>('GET', '/organismes'));
    expect(organismes.find((o) => o.id === 'caf-55')).to.deep.include({ name: 'CAF DE LA MEUSE', hasLocalAdmin: false });
    // dem-7: Sophie Koenig of CAF DE LA MEUSE asks for a local application.
    expect(ids(await pending('admin-ucanss'))).to.include('dem-7');
    expect(ids(await pending('admin-carsat'))).not.to.include('dem-7');
  });

  it('routes a sign-up to the organisme’s local administrators, or to UCANSS when it has none', async () => {
    server().actAs(undefined);
    const meuse = expectOk(await api<AccountRequest>('POST', '/account-requests', { body: SIGNUP }), 201);
    expect(meuse).to.deep.include({ routedTo: 'central', status: 'en_attente', organismeName: 'CAF DE LA MEUSE', external: false });
    const alsace = expectOk(
      await api<AccountRequest>('POST', '/account-requests', { body: { ...SIGNUP, emailPro: 'l.kieffer@lassuranceretraite.fr', organismeId: 'carsat-am' } }),
      201,
    );
    expect(alsace.routedTo).to.equal('local');

    const forUcanss = ids(await pendingAccountRequests('admin-ucanss'));
    const forEmilie = ids(await pendingAccountRequests('admin-carsat'));
    expect(forUcanss).to.include(meuse.id).and.not.to.include(alsace.id);
    expect(forEmilie).to.include(alsace.id).and.not.to.include(meuse.id);
    // The seed's sign-ups: dcc-1 and dcc-2 at CARSAT ALSACE-MOSELLE, dcc-3 at CAF DE LA MEUSE.
    expect(forEmilie).to.include.members(['dcc-1', 'dcc-2']);
    expect(forUcanss).to.include('dcc-3');
  });

  it('shows the requests of the administrator’s guide with their deadline', async () => {
    const list = await pending('admin-carsat');
    // Coralie Living, 28/05/2025, "Droits d'accès au site ucanss.fr": deadline 10 days later.
    expect(list.find((r) => r.id === 'dem-guide-1')).to.deep.include({ roleLabel: "Droits d'accès au site ucanss.fr", deadline: '2025-06-07' });
    for (const r of list) expect(r.status, r.id).to.equal('en_attente');
    // Carole Dona, 03/12/2024: long past its deadline on 2 June 2025.
    expect((await decided('admin-carsat')).find((r) => r.id === 'dem-guide-2')).to.deep.include({ status: 'acceptee_tacitement', deadline: '2024-12-13' });
  });
});

describe('R4 tacit acceptance', () => {
  it('accepts a request not decided within 10 days, grants the role and tells the requester', async () => {
    const s = server();
    s.actAs('user-carsat');
    const created = expectOk(await api<AccessRequest>('POST', '/me/access-requests', { body: { roleId: 'conseil-energie-lecteur' } }), 201);
    expect(created.deadline).to.equal('2025-06-12'); // requested on 2 June 2025

    s.clock.advanceDays(10); // 12 June: the last day on which it can still be decided
    expect((await pending('admin-carsat')).find((r) => r.id === created.id)?.status).to.equal('en_attente');
    const mailsBefore = mailsTo('co.living@lassuranceretraite.fr').length; // her older requests were accepted tacitly meanwhile

    s.clock.advanceDays(1); // 13 June
    expect(ids(await pending('admin-carsat'))).not.to.include(created.id);
    const tacit = (await decided('admin-carsat')).find((r) => r.id === created.id)!;
    expect(tacit.status).to.equal('acceptee_tacitement');
    expect(tacit.deadline).to.equal('2025-06-12');
    expect(tacit.actions).to.deep.equal([]);

    s.actAs('user-carsat');
    const grants = expectOk(await api<Grant[]>('GET', '/me/grants'));
    expect(grants.find((g) => g.roleId === 'conseil-energie-lecteur')?.source).to.equal('tacite');
    const mine = expectOk(await api<AccessRequest[]>('GET', '/me/access-requests'));
    expect(mine.find((r) => r.id === created.id)?.status).to.equal('acceptee_tacitement');
    expect(mailsTo('co.living@lassuranceretraite.fr').length).to.equal(mailsBefore + 1);

    // An explicit decision afterwards is refused and says it was tacit.
    s.actAs('admin-carsat');
    const late = await api('POST', `/access-requests/${created.id}/decision`, { body: { decision: 'refuse' } });
    expectProblem(late, 409, 'already-decided');
    expect(late.body.decidedBy.name).to.equal('Acceptation tacite');
    expect(late.body.decision).to.equal('acceptee_tacitement');
    expect(late.body.decidedAt).to.equal(tacit.decidedAt);
  });

  it('lets the local administrator remove a tacitly granted role', async () => {
    const s = server();
    s.actAs('user-carsat');
    expectOk(await api('POST', '/me/access-requests', { body: { roleId: 'conseil-energie-lecteur' } }), 201);
    s.clock.advanceDays(11);

    s.actAs('admin-carsat');
    const account = expectOk(await api<AccountDetail>('GET', '/accounts/c-living'));
    const grant = account.grants.find((g) => g.roleId === 'conseil-energie-lecteur')!;
    expect(grant).to.deep.include({ source: 'tacite', removable: true });
    const after = expectOk(await api<AccountDetail>('DELETE', '/accounts/c-living/grants/conseil-energie-lecteur', { ifMatch: account.version }));
    expect(after.grants.map((g) => g.roleId)).not.to.include('conseil-energie-lecteur');
    const history = expectOk(await api<HistoryEntry[]>('GET', '/accounts/c-living/history'));
    expect(history[0]).to.deep.include({ action: 'grant.removed', before: { roleId: 'conseil-energie-lecteur', source: 'tacite' } });
  });
});

describe('R5 final and idempotent decisions', () => {
  it('accepts once; a second decision says who decided and when', async () => {
    const first = expectOk(await api<AccessRequest>('POST', '/access-requests/dem-1/decision', { body: { decision: 'accept' } }));
    expect(first).to.deep.include({ status: 'acceptee', decidedBy: { id: 'e-benga', name: 'Émilie BENGA' } });
    expect(first.actions).to.deep.equal([]);

    server().actAs('director-carsat');
    const second = await api('POST', '/access-requests/dem-1/decision', { body: { decision: 'refuse', reason: 'trop tard' } });
    expectProblem(second, 409, 'already-decided');
    expect(second.body.decidedBy).to.deep.equal({ id: 'e-benga', name: 'Émilie BENGA' });
    expect(second.body.decidedAt).to.equal(first.decidedAt);

    const request = server().store.accessRequests.get('dem-1')!;
    expect([request.status, request.reason]).to.deep.equal(['acceptee', undefined]);
    // Emma Ahova holds the role, once, and was told once.
    expect(server().store.directGrants('e-ahova').get('accords-locaux-organisme')?.source).to.equal('direct');
    expect(mailsTo('e.ahova@lassuranceretraite.fr')).to.have.length(1);
  });

  it('replays the first answer for the same Idempotency-Key and grants once', async () => {
    const key = 'double-clic-1';
    const first = await api<AccessRequest>('POST', '/access-requests/dem-4/decision', { body: { decision: 'accept' }, idempotencyKey: key });
    const second = await api<AccessRequest>('POST', '/access-requests/dem-4/decision', { body: { decision: 'accept' }, idempotencyKey: key });
    expect(expectOk(second)).to.deep.equal(expectOk(first));
    const accepted = server().store.history.filter((h) => h.targetId === 'dem-4' && h.action === 'request.accepted');
    expect(accepted).to.have.length(1);
    expect(mailsTo('d.carole@lassuranceretraite.fr').filter((m) => /accept/i.test(m.subject))).to.have.length(2); // dem-guide-2 (tacit, seed) + dem-4
    server().actAsAccount('c-dona');
    const grants = expectOk(await api<Grant[]>('GET', '/me/grants')).filter((g) => g.roleId === 'egap-paie');
    expect(grants).to.have.length(1);

    server().actAs('admin-carsat');
    expectProblem(await api('POST', '/access-requests/dem-4/decision', { body: { decision: 'accept' }, idempotencyKey: 'another-key' }), 409, 'already-decided');
  });

  it('stores the refusal reason and tells the requester', async () => {
    const refused = expectOk(await api<AccessRequest>('POST', '/access-requests/dem-3/decision', { body: { decision: 'refuse', reason: '  Rôle réservé aux RH du siège  ' } }));
    expect(refused).to.deep.include({ status: 'refusee', reason: 'Rôle réservé aux RH du siège' });
    expect((await decided('admin-carsat')).find((r) => r.id === 'dem-3')?.reason).to.equal('Rôle réservé aux RH du siège');
    // Hélène Schneider-Klein sees it in her history and was told.
    server().actAsAccount('h-schneider');
    const mine = expectOk(await api<AccessRequest[]>('GET', '/me/access-requests'));
    expect(mine.find((r) => r.id === 'dem-3')).to.deep.include({ status: 'refusee', reason: 'Rôle réservé aux RH du siège' });
    expect(mailsTo('h.schneider-klein@lassuranceretraite.fr').map((m) => m.subject)).to.have.length(1);
    expect(server().store.hasDirectGrant('h-schneider', 'greve-declaration')).to.equal(false);
  });

  it('decides in bulk and reports per request', async () => {
    const items = [
      { id: 'dem-2', decision: 'accept' },
      { id: 'dem-3', decision: 'refuse', reason: 'Doublon' },
      { id: 'dem-6', decision: 'accept' }, // central, CARSAT RHONE-ALPES
      { id: 'dem-guide-2', decision: 'accept' }, // already accepted tacitly
      { id: 'dem-404', decision: 'accept' },
    ];
    const result = expectOk(await api<BulkResult>('POST', '/access-requests/decisions', { body: { items }, idempotencyKey: 'bulk-1' }));
    expect(result.results.map((r) => [r.id, r.ok, r.problem?.code])).to.deep.equal([
      ['dem-2', true, undefined],
      ['dem-3', true, undefined],
      ['dem-6', false, 'out-of-scope'],
      ['dem-guide-2', false, 'already-decided'],
      ['dem-404', false, 'not-found'],
    ]);
    expect([result.succeeded, result.failed]).to.deep.equal([2, 3]);
    const store = server().store;
    expect(['dem-2', 'dem-3', 'dem-6'].map((id) => store.accessRequests.get(id)!.status)).to.deep.equal(['acceptee', 'refusee', 'en_attente']);
    expect(store.accessRequests.get('dem-3')!.reason).to.equal('Doublon');
    expect(store.hasDirectGrant('t-weber', 'marches-saisie')).to.equal(true);
    const mails = store.sentMail.length;

    const replay = expectOk(await api<BulkResult>('POST', '/access-requests/decisions', { body: { items }, idempotencyKey: 'bulk-1' }));
    expect(replay).to.deep.equal(result);
    expect(store.sentMail.length).to.equal(mails);
  });

  it('accepts an account request once: the account is created and the person told', async () => {
    const accepted = expectOk(await api<AccountRequest>('POST', '/account-requests/dcc-1/decision', { body: { decision: 'accept' } }));
    expect(accepted.status).to.equal('acceptee');
    expect(accepted.accountId).to.be.a('string');
    const account = expectOk(await api<AccountDetail>('GET', `/accounts/${accepted.accountId}`));
    expect(account).to.deep.include({ nom: 'HOUARI', emailPro: 'y.houari@lassuranceretraite.fr', organismeId: 'carsat-am', add: false, status: 'actif' });
    expect(mailsTo('y.houari@lassuranceretraite.fr')).to.have.length(1);

    const again = await api('POST', '/account-requests/dcc-1/decision', { body: { decision: 'refuse' } });
    expectProblem(again, 409, 'already-decided');
    expect(again.body.decidedBy).to.deep.equal({ id: 'e-benga', name: 'Émilie BENGA' });
    expect(again.body.decidedAt).to.equal(accepted.decidedAt);
  });

  it('refuses an account request with its reason', async () => {
    const refused = expectOk(await api<AccountRequest>('POST', '/account-requests/dcc-2/decision', { body: { decision: 'refuse', reason: 'Prestataire sans contrat' } }));
    expect(refused).to.deep.include({ status: 'refusee', reason: 'Prestataire sans contrat' });
    expect(refused.accountId).to.equal(undefined);
    expect(mailsTo('agnes.petitjean@cabinet-audit.fr')).to.have.length(1);
    const history = expectOk(await api<PageOf<AccountRequest>>('GET', '/account-requests?state=decided')).items;
    expect(ids(history)).to.include('dcc-2');
  });
});

describe('R8 e-mail check at sign-up', () => {
  it('refuses a non-institutional e-mail unless the person works outside the institution', async () => {
    server().actAs(undefined);
    const gmail = { ...SIGNUP, emailPro: 'remi.marchal@gmail.com' };
    const refused = await api('POST', '/account-requests', { body: gmail });
    expectProblem(refused, 422, 'email-not-institutional');
    expect(refused.body.errors.map((e: { field: string }) => e.field)).to.deep.equal(['emailPro']);

    const external = expectOk(await api<AccountRequest>('POST', '/account-requests', { body: { ...gmail, worksForInstitution: false } }), 201);
    expect(external.external).to.equal(true);
    // Sub-domains of the institution are accepted.
    expectOk(await api('POST', '/account-requests', { body: { ...SIGNUP, emailPro: 'p.haas@alsace.urssaf.fr', organismeId: 'urssaf-alsace' } }), 201);
  });

  it('refuses missing fields and an e-mail already known', async () => {
    server().actAs(undefined);
    const blank = await api('POST', '/account-requests', { body: { ...SIGNUP, nom: '', acceptsTerms: false } });
    expectProblem(blank, 422, 'validation-failed');
    expect(blank.body.errors.map((e: { field: string }) => e.field)).to.have.members(['nom', 'acceptsTerms']);
    expectProblem(await api('POST', '/account-requests', { body: { ...SIGNUP, emailPro: 'D.Carole@LassuranceRetraite.fr' } }), 409, 'duplicate-email');
    expectProblem(await api('POST', '/account-requests', { body: { ...SIGNUP, emailPro: 'Y.Houari@lassuranceretraite.fr' } }), 409, 'duplicate-email');
  });
});

describe('history filters', () => {
  it('filters decided requests by status and by the day of the decision', async () => {
    server().actAs('admin-carsat');
    const refused = expectOk(await api<PageOf<AccessRequest>>('GET', '/access-requests?state=decided&status=refusee')).items;
    expect(refused.length).to.be.greaterThan(0);
    expect(refused.every((r) => r.status === 'refusee')).to.equal(true);
    const day = refused[0]!.decidedAt!.slice(0, 10);
    const sameDay = expectOk(await api<PageOf<AccessRequest>>('GET', `/access-requests?state=decided&from=${day}&to=${day}`)).items;
    expect(ids(sameDay)).to.include(refused[0]!.id);
    const after = expectOk(await api<PageOf<AccessRequest>>('GET', `/access-requests?state=decided&from=2025-06-01`)).items;
    expect(ids(after)).not.to.include(refused[0]!.id);
    expectProblem(await api('GET', '/access-requests?state=decided&from=yesterday'), 400, 'invalid-request');
  });
});
