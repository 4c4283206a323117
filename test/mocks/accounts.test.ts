/**
 * The rules on accounts, through HTTP against the reference server: scope (R1), ADD
 * accounts (R2), deactivation (R6), creation (R7), attach (R9), bulk (R10), history (R14)
 * and concurrency (R15). Expected values come from the seed (mocks/seed) and the guides.
 */
import { expect } from '@open-wc/testing';
import type { AccountDetail, AccountSummary, BulkResult, HistoryEntry, PageOf } from '../../src/domain/index.js';
import { FIELD_ERROR_LABELS } from '../../src/domain/labels.js';
import { api, expectOk, expectProblem, TODAY, useReferenceServer } from '../support/api.js';

const server = useReferenceServer();
const version = (id: string) => server().store.accounts.get(id)!.version;
const roleIdsOf = (detail: AccountDetail) => detail.grants.map((g) => g.roleId).sort();

const CARSAT_AM = 'carsat-am';
const VALID_DRAFT = { civilite: 'Mme', nom: 'NOUVELLE', prenom: 'Agnès', emailPro: 'agnes.nouvelle@lassuranceretraite.fr' } as const;

describe('R1 scope of accounts', () => {
  it('refuses every account endpoint on an account of another organisme (out-of-scope) and changes nothing', async () => {
    // a-charenne belongs to CARSAT RHONE-ALPES; Émilie Benga administers CARSAT ALSACE-MOSELLE.
    const before = server().store.accounts.get('a-charenne')!;
    const v = before.version;
    const grantsBefore = [...server().store.directGrants('a-charenne').keys()].sort();
    const calls: [string, string, Parameters<typeof api>[2]][] = [
      ['GET', '/accounts/a-charenne', {}],
      ['PATCH', '/accounts/a-charenne', { body: { fonction: 'Piraté' }, ifMatch: v }],
      ['POST', '/accounts/a-charenne/deactivate', { body: { mode: 'temporary' }, ifMatch: v }],
      ['POST', '/accounts/a-charenne/reactivate', { ifMatch: v }],
      ['POST', '/accounts/a-charenne/grants', { body: { roleId: 'conseil-energie-lecteur' }, ifMatch: v }],
      ['DELETE', '/accounts/a-charenne/grants/egap-guides', { ifMatch: v }],
      ['GET', '/accounts/a-charenne/history', {}],
      ['POST', '/accounts/a-charenne/resend-identifier', {}],
    ];
    for (const [method, path, options] of calls) {
      const res = await api(method, path, options);
      expect(res.status, `${method} ${path}`).to.equal(403);
      expectProblem(res, 403, 'out-of-scope');
    }
    const after = server().store.accounts.get('a-charenne')!;
    expect(after.version).to.equal(v);
    expect(after.status).to.equal('actif');
    expect(after.fonction).to.equal('Conseiller retraite');
    expect([...server().store.directGrants('a-charenne').keys()].sort()).to.deep.equal(grantsBefore);
    expect(server().store.sentMail.filter((m) => m.to === after.emailPro)).to.have.length(0);
  });

  it('lets a UCANSS administrator read and change an account of any organisme', async () => {
    server().actAs('admin-ucanss');
    const detail = expectOk(await api<AccountDetail>('GET', '/accounts/a-charenne'));
    expect(detail.organismeName).to.equal('CARSAT RHONE-ALPES');
    expect(detail.actions).to.include.members(['edit', 'grant', 'deactivate']);
    const updated = expectOk(await api<AccountDetail>('PATCH', '/accounts/a-charenne', { body: { fonction: 'Conseiller' }, ifMatch: detail.version }));
    expect(updated.fonction).to.equal('Conseiller');
    expectOk(await api('GET', '/accounts/a-charenne/history'));
  });

  it('refuses a plain user the administration of accounts (forbidden)', async () => {
    server().actAs('user-carsat');
    const countBefore = server().store.accounts.size;
    expectProblem(await api('GET', '/accounts'), 403, 'forbidden');
    expectProblem(await api('POST', '/accounts', { body: VALID_DRAFT }), 403, 'forbidden');
    expectProblem(await api('POST', '/accounts/bulk', { body: { action: 'deactivate', accountIds: ['c-dona'], mode: 'temporary' } }), 403, 'forbidden');
    expectProblem(await api('POST', '/accounts/d-tologue/attach', { ifMatch: version('d-tologue') }), 403, 'forbidden');
    expect(server().store.accounts.size).to.equal(countBefore);
    expect(server().store.accounts.get('c-dona')!.status).to.equal('actif');
    expect(server().store.accounts.get('d-tologue')!.organismeId).to.equal('urssaf-cn');
  });

  it('refuses a plain user even when his draft is invalid: the profile is checked first', async () => {
    server().actAs('user-carsat');
    expectProblem(await api('POST', '/accounts', { body: { ...VALID_DRAFT, nom: '' } }), 403, 'forbidden');
  });

  it('lets a plain user see his own account but not a colleague’s', async () => {
    server().actAs('user-carsat');
    const mine = expectOk(await api<AccountDetail>('GET', '/accounts/c-living'));
    expect(mine.actions).to.have.members(['view', 'history']);
    expectProblem(await api('GET', '/accounts/c-dona'), 403, 'out-of-scope');
    expectProblem(await api('PATCH', '/accounts/c-dona', { body: { fonction: 'x' }, ifMatch: version('c-dona') }), 403, 'out-of-scope');
  });

  it('keeps CAF administrators out of UCANSS accounts and a responsable within his groups', async () => {
    server().actAs('partner-admin');
    expectProblem(await api('GET', '/accounts/c-dona'), 403, 'out-of-scope');
    expectProblem(await api('POST', '/accounts/d-tologue/attach', { ifMatch: version('d-tologue') }), 403, 'forbidden');

    // Mathieu Durand is responsable of CDAP T1 (member Julie Blanc) and AFAS-DEC, not of CDAP T2 (Karim Benali).
    server().actAs('responsable');
    expectProblem(await api('PATCH', '/accounts/k-benali', { body: { phone: '04 94 00 00 00' }, ifMatch: version('k-benali') }), 403, 'out-of-scope');
    const blanc = expectOk(await api<AccountDetail>('PATCH', '/accounts/j-blanc', { body: { phone: '04 94 00 00 01' }, ifMatch: version('j-blanc') }));
    expect(blanc.phone).to.equal('04 94 00 00 01');
  });

  it('searches only the organisme of a local administrator', async () => {
    const page = expectOk(await api<PageOf<AccountSummary>>('GET', '/accounts?pageSize=100'));
    const expected = [...server().store.accounts.values()].filter((a) => a.organismeId === CARSAT_AM).map((a) => a.id);
    expect(page.total).to.equal(expected.length);
    expect(page.items.map((a) => a.id)).to.have.members(expected);
    for (const a of page.items) expect(a.organismeName, a.id).to.equal('CARSAT ALSACE-MOSELLE');
    const outside = expectOk(await api<PageOf<AccountSummary>>('GET', '/accounts?nom=charenne'));
    expect(outside.total).to.equal(0);
  });

  it('searches outside the organisme only to attach (inMyOrganisme=false)', async () => {
    const found = expectOk(await api<PageOf<AccountSummary>>('GET', '/accounts?nom=tologue&inMyOrganisme=false'));
    expect(found.items.map((a) => [a.id, a.organismeName, a.actions])).to.deep.equal([['d-tologue', 'URSSAF CN', ['attach']]]);

    const all = expectOk(await api<PageOf<AccountSummary>>('GET', '/accounts?inMyOrganisme=false&pageSize=100'));
    expect(all.total).to.be.greaterThan(0);
    for (const a of all.items) {
      expect(a.organismeId, a.id).not.to.equal(CARSAT_AM);
      expect(a.space, a.id).to.equal('ucanss');
      if (a.add) {
        expect(a.actions, a.id).to.deep.equal([]);
        expect(a.readOnlyReason, a.id).to.equal('add-account-read-only');
      } else expect(a.actions, a.id).to.deep.equal(['attach']);
    }
    // Not in my organisme and not attachable: no details.
    expectProblem(await api('GET', '/accounts/d-tologue'), 403, 'out-of-scope');
  });

  it('lets a UCANSS administrator search the whole institution', async () => {
    server().actAs('admin-ucanss');
    const page = expectOk(await api<PageOf<AccountSummary>>('GET', '/accounts?nom=charenne'));
    expect(page.items.map((a) => a.id)).to.deep.equal(['a-charenne']);
    expect(page.items[0]!.actions).to.include('edit');
  });

  it('lets a partner administrator search the users of his conventions only', async () => {
    server().actAs('partner-admin');
    const page = expectOk(await api<PageOf<AccountSummary>>('GET', '/accounts?pageSize=100'));
    const expected = [...server().store.accounts.values()].filter((a) => a.conventionId === 'conv-cd83').map((a) => a.id);
    expect(page.items.map((a) => a.id)).to.have.members(expected);
    expect(page.items.map((a) => a.id)).not.to.include('v-habitat-1');
  });
});

describe('R2 ADD accounts', () => {
  it('shows ADD accounts read-only with the reason and no write action', async () => {
    const page = expectOk(await api<PageOf<AccountSummary>>('GET', '/accounts?add=true'));
    expect(page.items.map((a) => a.id)).to.have.members(['p-raymond', 'jf-muller']);
    for (const a of page.items) {
      expect(a.readOnlyReason, a.id).to.equal('add-account-read-only');
      expect(a.actions, a.id).to.have.members(['view', 'history']);
    }
    const detail = expectOk(await api<AccountDetail>('GET', '/accounts/p-raymond'));
    expect(detail.readOnlyReason).to.equal('add-account-read-only');
    expect(detail.grants.every((g) => !g.removable)).to.equal(true);
  });

  it('refuses update, deactivation, grant, revoke and attach of an ADD account', async () => {
    const refusals: [string, string, Parameters<typeof api>[2]][] = [
      ['PATCH', '/accounts/p-raymond', { body: { phone: '03 00 00 00 00' }, ifMatch: version('p-raymond') }],
      ['POST', '/accounts/jf-muller/deactivate', { body: { mode: 'permanent' }, ifMatch: version('jf-muller') }],
      ['POST', '/accounts/p-raymond/grants', { body: { roleId: 'conseil-energie-lecteur' }, ifMatch: version('p-raymond') }],
      ['DELETE', '/accounts/jf-muller/grants/annuaire-add-lecteur', { ifMatch: version('jf-muller') }],
      // Marion Rousseau, ADD of CARSAT RHONE-ALPES, cannot be attached; nor can an ADD of my own organisme.
      ['POST', '/accounts/m-rousseau/attach', { ifMatch: version('m-rousseau') }],
      ['POST', '/accounts/jf-muller/attach', { ifMatch: version('jf-muller') }],
    ];
    for (const [method, path, options] of refusals) expectProblem(await api(method, path, options), 403, 'add-account-read-only');
    expect(server().store.accounts.get('jf-muller')!.status).to.equal('actif');
    expect(server().store.accounts.get('m-rousseau')!.organismeId).to.equal('carsat-ra');

    server().actAs('admin-ucanss');
    expectProblem(await api('PATCH', '/accounts/p-raymond', { body: { phone: '03 00 00 00 00' }, ifMatch: version('p-raymond') }), 403, 'add-account-read-only');
  });

  it('refuses a bulk action on an ADD account row by row', async () => {
    const result = expectOk(await api<BulkResult>('POST', '/accounts/bulk', { body: { action: 'grant', roleId: 'conseil-energie-lecteur', accountIds: ['p-raymond', 'c-dona'] } }));
    expect(result.results.map((r) => [r.id, r.ok, r.problem?.code])).to.deep.equal([
      ['p-raymond', false, 'add-account-read-only'],
      ['c-dona', true, undefined],
    ]);
  });

  it('gives ADD accounts the default roles of their profile (FAQ)', async () => {
    // "Directeurs et assimilés" and "Autres ADD et assimilés" of the UCANSS FAQ, as roles of the catalogue.
    const both = [
      'Annuaire ADD - Lecteur',
      'Annuaire Organisme - Lecteur',
      'Accords locaux - Accès organisme',
      'Contentieux - organisme',
      'SILAADD - Candidat',
      "Données statistiques personnalisées sur l'effort de formation",
    ];
    const directorOnly = [
      "Egap - Guides d'administration du personnel",
      'Entrepôt de données RH (DIRES)',
      'Données statistiques personnalisées sur les effectifs réels',
      'OPIM - Organisme Local',
      'Referentiel ADD - Accès employeur',
      'Administration locale (gestion des habilitations au site ucanss.fr)',
    ];
    const labels = (d: AccountDetail) => d.grants.filter((g) => g.source === 'defaut-add').map((g) => g.roleLabel);
    const director = expectOk(await api<AccountDetail>('GET', '/accounts/p-raymond'));
    expect(director.addProfile).to.equal('directeur');
    expect(labels(director)).to.have.members([...both, ...directorOnly]);
    const other = expectOk(await api<AccountDetail>('GET', '/accounts/jf-muller'));
    expect(other.addProfile).to.equal('autre');
    expect(labels(other)).to.have.members(both);
  });
});

describe('R6 deactivation', () => {
  it('deactivates temporarily (inactif) and reactivates', async () => {
    const off = expectOk(await api<AccountDetail>('POST', '/accounts/c-dona/deactivate', { body: { mode: 'temporary' }, ifMatch: version('c-dona') }));
    expect(off.status).to.equal('inactif');
    expect(off.actions).to.include('reactivate');
    const inactive = expectOk(await api<PageOf<AccountSummary>>('GET', '/accounts?active=false&pageSize=100'));
    expect(inactive.items.map((a) => a.id)).to.include('c-dona');
    expectProblem(await api('POST', '/accounts/c-dona/deactivate', { body: { mode: 'temporary' }, ifMatch: off.version }), 409, 'account-not-active');
    const on = expectOk(await api<AccountDetail>('POST', '/accounts/c-dona/reactivate', { ifMatch: off.version }));
    expect(on.status).to.equal('actif');
    expectProblem(await api('POST', '/accounts/c-dona/reactivate', { ifMatch: on.version }), 409, 'account-already-active');
  });

  it('deletes permanently (supprime) and refuses reactivation', async () => {
    const gone = expectOk(await api<AccountDetail>('POST', '/accounts/c-dona/deactivate', { body: { mode: 'permanent' }, ifMatch: version('c-dona') }));
    expect(gone.status).to.equal('supprime');
    expect(gone.actions).not.to.include('reactivate');
    expectProblem(await api('POST', '/accounts/c-dona/reactivate', { ifMatch: gone.version }), 409, 'account-deleted');
    expect(server().store.accounts.get('c-dona')!.status).to.equal('supprime');
  });

  it('blocks the connected access of a deactivated account', async () => {
    expectOk(await api('POST', '/accounts/c-living/deactivate', { body: { mode: 'temporary' }, ifMatch: version('c-living') }));
    server().actAs('user-carsat');
    expectProblem(await api('GET', '/me'), 401, 'unauthenticated');
    expectProblem(await api('GET', '/me/grants'), 401, 'unauthenticated');
    server().actAs('admin-carsat');
    expectOk(await api('POST', '/accounts/c-living/reactivate', { ifMatch: version('c-living') }));
    server().actAs('user-carsat');
    expectOk(await api('GET', '/me'));
  });

  it('closes a CAF user only once his Afas profiles are removed, never retroactively', async () => {
    server().actAs('partner-admin');
    // Anaïs Roux holds "Afas - Déclarer" directly.
    expectProblem(await api('POST', '/accounts/a-roux/deactivate', { body: { mode: 'permanent' }, ifMatch: version('a-roux') }), 409, 'afas-profiles-remain');
    const retro = await api('POST', '/accounts/a-roux/deactivate', { body: { mode: 'permanent', closingDate: '2025-06-01' }, ifMatch: version('a-roux') });
    expectProblem(retro, 422, 'retroactive-date');
    expect(retro.body.errors.map((e: { field: string }) => e.field)).to.deep.equal(['closingDate']);
    expectProblem(await api('PATCH', '/accounts/a-roux', { body: { closingDate: '2025-06-30' }, ifMatch: version('a-roux') }), 409, 'afas-profiles-remain');

    const revoked = expectOk(await api<AccountDetail>('DELETE', '/accounts/a-roux/grants/afas-declarer', { ifMatch: version('a-roux') }));
    expect(revoked.grants.filter((g) => g.source !== 'groupe').map((g) => g.roleId)).not.to.include('afas-declarer');
    const closed = expectOk(await api<AccountDetail>('POST', '/accounts/a-roux/deactivate', { body: { mode: 'permanent', closingDate: '2025-06-30' }, ifMatch: revoked.version }));
    expect(closed.closingDate).to.equal('2025-06-30');
    expect(closed.status).to.equal('ouvert');
    server().clock.set('2025-07-01T09:00:00+02:00');
    expect(expectOk(await api<AccountDetail>('GET', '/accounts/a-roux')).status).to.equal('cloture');
  });

  it('closes a CAF user today when no date is given', async () => {
    server().actAs('partner-admin');
    const closed = expectOk(await api<AccountDetail>('POST', '/accounts/g-lemaitre/deactivate', { body: { mode: 'permanent' }, ifMatch: version('g-lemaitre') }));
    expect(closed.closingDate).to.equal(TODAY);
    expect(closed.status).to.equal('cloture');
  });
});

describe('R7 account creation', () => {
  it('refuses blank starred fields with field errors', async () => {
    const res = await api('POST', '/accounts', { body: { civilite: 'M.', nom: ' ', prenom: '', emailPro: '' } });
    expectProblem(res, 422, 'validation-failed');
    expect(res.body.errors.map((e: { field: string }) => e.field)).to.have.members(['nom', 'prenom', 'emailPro']);
    const badEmail = await api('POST', '/accounts', { body: { ...VALID_DRAFT, emailPro: 'pas-un-email' } });
    expectProblem(badEmail, 422, 'validation-failed');
    // The message is the field's words in French, as the forms show them.
    expect(badEmail.body.errors).to.deep.include({ field: 'emailPro', code: 'email', message: FIELD_ERROR_LABELS.email.fr });
  });

  it('refuses an e-mail already used, whatever its case', async () => {
    const res = await api('POST', '/accounts', { body: { ...VALID_DRAFT, emailPro: ' E.Ahova@LassuranceRetraite.FR ' } });
    expectProblem(res, 409, 'duplicate-email');
    expect(res.body.errors.map((e: { field: string }) => e.field)).to.deep.equal(['emailPro']);
  });

  it('creates a non-ADD account of my organisme with its roles and sends a confirmation', async () => {
    const res = await api<AccountDetail>('POST', '/accounts', { body: { ...VALID_DRAFT, emailPro: 'Agnes.Nouvelle@lassuranceretraite.fr', roleIds: ['egap-guides', 'conseil-energie-lecteur'] } });
    const created = expectOk(res, 201);
    expect(res.headers.get('ETag')).to.equal(`"${created.version}"`);
    expect(created.add).to.equal(false);
    expect(created.addProfile).to.equal(undefined);
    expect(created.identifier).to.equal('agnes.nouvelle@lassuranceretraite.fr');
    expect(created.organismeId).to.equal(CARSAT_AM);
    expect(created.status).to.equal('actif');
    expect(roleIdsOf(created)).to.deep.equal(['conseil-energie-lecteur', 'egap-guides']);
    expect(created.grants.every((g) => g.source === 'direct')).to.equal(true);
    expect(server().store.sentMail.filter((m) => m.to === 'agnes.nouvelle@lassuranceretraite.fr')).to.have.length(1);
    const history = expectOk(await api<HistoryEntry[]>('GET', `/accounts/${created.id}/history`));
    expect(history.map((h) => h.action)).to.include('account.created');
  });

  it('has no way to create an ADD account: the contract has no ADD flag', async () => {
    const before = server().store.accounts.size;
    expectProblem(await api('POST', '/accounts', { body: { ...VALID_DRAFT, add: true } }), 400, 'invalid-request');
    expectProblem(await api('POST', '/accounts', { body: { ...VALID_DRAFT, addProfile: 'directeur' } }), 400, 'invalid-request');
    expect(server().store.accounts.size).to.equal(before);
  });
});

describe('R9 attach a newcomer', () => {
  it('attaches Déon Tologue: he keeps his roles, joins my organisme, and a trace is written', async () => {
    server().actAs('admin-ucanss');
    const before = expectOk(await api<AccountDetail>('GET', '/accounts/d-tologue'));
    expect(before.organismeName).to.equal('URSSAF CN');

    server().actAs('admin-carsat');
    const found = expectOk(await api<PageOf<AccountSummary>>('GET', '/accounts?nom=TOLOGUE&inMyOrganisme=false'));
    const candidate = found.items[0]!;
    const res = await api<AccountDetail>('POST', '/accounts/d-tologue/attach', { ifMatch: candidate.version });
    const attached = expectOk(res);
    expect(res.headers.get('ETag')).to.equal(`"${attached.version}"`);
    expect(attached.organismeId).to.equal(CARSAT_AM);
    expect(attached.organismeName).to.equal('CARSAT ALSACE-MOSELLE');
    expect(roleIdsOf(attached)).to.deep.equal(roleIdsOf(before));
    expect(attached.actions).to.include.members(['edit', 'grant', 'revoke']);

    const history = expectOk(await api<HistoryEntry[]>('GET', '/accounts/d-tologue/history'));
    const trace = history[0]!;
    expect(trace.action).to.equal('account.attached');
    expect(trace.actor).to.deep.equal({ id: 'e-benga', name: 'Émilie BENGA' });
    expect(JSON.stringify(trace.before)).to.contain('URSSAF CN');
    expect(JSON.stringify(trace.after)).to.contain('CARSAT ALSACE-MOSELLE');

    const mine = expectOk(await api<PageOf<AccountSummary>>('GET', '/accounts?nom=tologue'));
    expect(mine.items.map((a) => a.id)).to.deep.equal(['d-tologue']);
  });

  it('refuses to attach someone already in my organisme', async () => {
    expectProblem(await api('POST', '/accounts/c-dona/attach', { ifMatch: version('c-dona') }), 409, 'already-in-organisme');
  });

  it('needs the version read before (R15)', async () => {
    expectProblem(await api('POST', '/accounts/d-tologue/attach'), 428, 'precondition-required');
    expect(server().store.accounts.get('d-tologue')!.organismeId).to.equal('urssaf-cn');
  });
});

describe('R10 bulk actions', () => {
  it('reports per row, applies the allowed rows and skips none silently', async () => {
    const ids = ['c-dona', 'jf-muller', 'a-charenne', 't-weber', 'l-dartagnan', 'nobody'];
    const result = expectOk(await api<BulkResult>('POST', '/accounts/bulk', { body: { action: 'deactivate', mode: 'temporary', accountIds: ids } }));
    expect(result.results.map((r) => r.id)).to.deep.equal(ids);
    expect(result.succeeded + result.failed).to.equal(ids.length);
    expect(result.results.map((r) => [r.ok, r.problem?.code])).to.deep.equal([
      [true, undefined],
      [false, 'add-account-read-only'],
      [false, 'out-of-scope'],
      [true, undefined],
      [false, 'account-not-active'], // Louis D'Artagnan is already inactive
      [false, 'not-found'],
    ]);
    expect(result.succeeded).to.equal(2);
    for (const r of result.results.filter((x) => !x.ok)) {
      expect(r.problem!.type, r.id).to.equal(`/problems/${r.problem!.code}`);
    }
    const store = server().store;
    expect(['c-dona', 't-weber'].map((id) => store.accounts.get(id)!.status)).to.deep.equal(['inactif', 'inactif']);
    expect(['jf-muller', 'a-charenne'].map((id) => store.accounts.get(id)!.status)).to.deep.equal(['actif', 'actif']);
  });

  it('grants and revokes in bulk', async () => {
    const granted = expectOk(await api<BulkResult>('POST', '/accounts/bulk', { body: { action: 'grant', roleId: 'conseil-energie-lecteur', accountIds: ['c-dona', 'e-ahova'] } }));
    expect([granted.succeeded, granted.failed]).to.deep.equal([2, 0]);
    const again = expectOk(await api<BulkResult>('POST', '/accounts/bulk', { body: { action: 'grant', roleId: 'conseil-energie-lecteur', accountIds: ['c-dona'] } }));
    expect(again.results[0]!.problem?.code).to.equal('role-already-granted');
    const revoked = expectOk(await api<BulkResult>('POST', '/accounts/bulk', { body: { action: 'revoke', roleId: 'conseil-energie-lecteur', accountIds: ['c-dona', 'c-living'] } }));
    expect(revoked.results.map((r) => [r.ok, r.problem?.code])).to.deep.equal([
      [true, undefined],
      [false, 'role-not-granted'],
    ]);
    expectProblem(await api('POST', '/accounts/bulk', { body: { action: 'grant', accountIds: ['c-dona'] } }), 400, 'invalid-request');
  });
});

describe('R14 history', () => {
  it('lists every change of an account, newest first, with actor and before/after', async () => {
    const s = server();
    const v0 = version('c-dona');
    const patched = expectOk(await api<AccountDetail>('PATCH', '/accounts/c-dona', { body: { fonction: 'Assistante RH' }, ifMatch: v0 }));
    s.clock.set('2025-06-02T11:00:00+02:00');
    const granted = expectOk(await api<AccountDetail>('POST', '/accounts/c-dona/grants', { body: { roleId: 'conseil-energie-lecteur' }, ifMatch: patched.version }));
    // The next two changes happen within the same instant: the order of the changes still decides.
    const off = expectOk(await api<AccountDetail>('POST', '/accounts/c-dona/deactivate', { body: { mode: 'temporary' }, ifMatch: granted.version }));
    s.actAs('director-carsat');
    expectOk(await api('POST', '/accounts/c-dona/reactivate', { ifMatch: off.version }));

    s.actAs('admin-carsat');
    const history = expectOk(await api<HistoryEntry[]>('GET', '/accounts/c-dona/history'));
    expect(history.slice(0, 4).map((h) => [h.action, h.actor.name])).to.deep.equal([
      ['account.reactivated', 'Pierre RAYMOND'],
      ['account.deactivated', 'Émilie BENGA'],
      ['grant.added', 'Émilie BENGA'],
      ['account.updated', 'Émilie BENGA'],
    ]);
    expect(history[0]!).to.deep.include({ before: { status: 'inactif' }, after: { status: 'actif' } });
    expect(history[1]!).to.deep.include({ before: { status: 'actif' }, after: { status: 'inactif' } });
    expect(history[2]!.after).to.deep.equal({ roleId: 'conseil-energie-lecteur' });
    expect(history[3]!).to.deep.include({ before: { fonction: 'Assistante de direction' }, after: { fonction: 'Assistante RH' } });
    const times = history.map((h) => h.at);
    expect(times).to.deep.equal([...times].sort().reverse());
    for (const h of history) expect(h.accountId, h.id).to.equal('c-dona');
  });

  it('records the removal of a role with its source', async () => {
    expectOk(await api('DELETE', '/accounts/e-ahova/grants/contentieux-organisme', { ifMatch: version('e-ahova') }));
    const history = expectOk(await api<HistoryEntry[]>('GET', '/accounts/e-ahova/history'));
    expect(history[0]).to.deep.include({ action: 'grant.removed', before: { roleId: 'contentieux-organisme', source: 'direct' } });
  });
});

describe('R15 concurrency', () => {
  it('needs If-Match, refuses a stale version and answers the new ETag', async () => {
    const read = await api<AccountDetail>('GET', '/accounts/c-dona');
    const v = expectOk(read).version;
    expect(read.headers.get('ETag')).to.equal(`"${v}"`);

    expectProblem(await api('PATCH', '/accounts/c-dona', { body: { fonction: 'A' } }), 428, 'precondition-required');
    const stale = await api('PATCH', '/accounts/c-dona', { body: { fonction: 'B' }, ifMatch: v - 1 });
    expectProblem(stale, 412, 'stale-write');
    expect(stale.body.currentVersion).to.equal(v);
    expect(server().store.accounts.get('c-dona')!.fonction).to.equal('Assistante de direction');

    const ok = await api<AccountDetail>('PATCH', '/accounts/c-dona', { body: { fonction: 'C' }, ifMatch: read.headers.get('ETag')! });
    expect(expectOk(ok).fonction).to.equal('C');
    expect(ok.body.version).to.be.greaterThan(v);
    expect(ok.headers.get('ETag')).to.equal(`"${ok.body.version}"`);
  });

  it('refuses the second of two administrators writing on the same version', async () => {
    const s = server();
    const seenByEmilie = expectOk(await api<AccountSummary>('GET', '/accounts/c-dona')).version;
    s.actAs('director-carsat');
    const seenByPierre = expectOk(await api<AccountSummary>('GET', '/accounts/c-dona')).version;
    expect(seenByPierre).to.equal(seenByEmilie);

    s.actAs('admin-carsat');
    const first = expectOk(await api<AccountDetail>('PATCH', '/accounts/c-dona', { body: { phone: '03 88 00 00 01' }, ifMatch: seenByEmilie }));
    s.actAs('director-carsat');
    const second = await api('PATCH', '/accounts/c-dona', { body: { phone: '03 88 00 00 02' }, ifMatch: seenByPierre });
    expectProblem(second, 412, 'stale-write');
    expect(second.body.currentVersion).to.equal(first.version);
    expect(s.store.accounts.get('c-dona')!.phone).to.equal('03 88 00 00 01');
  });

  it('guards every account write with If-Match', async () => {
    const v = version('c-dona');
    expectProblem(await api('POST', '/accounts/c-dona/deactivate', { body: { mode: 'temporary' } }), 428, 'precondition-required');
    expectProblem(await api('POST', '/accounts/c-dona/grants', { body: { roleId: 'conseil-energie-lecteur' }, ifMatch: v + 1 }), 412, 'stale-write');
    expectProblem(await api('DELETE', '/accounts/c-living/grants/egap-guides'), 428, 'precondition-required');
    expectProblem(await api('POST', '/accounts/l-dartagnan/reactivate', { ifMatch: version('l-dartagnan') - 1 }), 412, 'stale-write');
    expect(version('c-dona')).to.equal(v);
  });
});

describe('an administrator and his own account', () => {
  it('cannot deactivate himself, alone or in a bulk action', async () => {
    const me = expectOk(await api<AccountDetail>('GET', '/accounts/e-benga'));
    expect(me.actions).not.to.include('deactivate');
    expectProblem(await api('POST', '/accounts/e-benga/deactivate', { body: { mode: 'temporary' }, ifMatch: me.version }), 403, 'forbidden');
    const bulk = expectOk(await api<BulkResult>('POST', '/accounts/bulk', { body: { action: 'deactivate', accountIds: ['e-benga', 'c-dona'], mode: 'temporary' } }));
    expect(bulk.results.find((r) => r.id === 'e-benga')).to.deep.include({ ok: false });
    expect(bulk.results.find((r) => r.id === 'c-dona')).to.deep.include({ ok: true });
  });
});
