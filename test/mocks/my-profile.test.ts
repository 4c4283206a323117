/**
 * « Mes coordonnées » (user's guide §3, FAQ « Gérer mon profil personnel ») through HTTP against
 * the reference server: a person reads and changes his own details and nobody else's; the
 * rules of the fields (R17, a French phone, an organisme secondaire of the list); an ADD account
 * read only (R2); the version sent back (R15); the history entry (R14).
 */
import { expect } from '@open-wc/testing';
import type { AccountDetail, HistoryEntry, MyProfile } from '../../src/domain/index.js';
import { api, expectOk, expectProblem, useReferenceServer, type ApiResponse } from '../support/api.js';

const server = useReferenceServer({ persona: 'user-carsat' });
const account = (id = 'c-living') => server().store.accounts.get(id)!;

/** The profile of a successful answer, whose ETag carries the profile's version to send back (R15). */
function expectVersioned(res: ApiResponse<MyProfile>): MyProfile {
  const profile = expectOk(res);
  expect(res.headers.get('ETag')).to.equal(`"${profile.version}"`);
  return profile;
}

async function expectFieldErrors(res: ApiResponse, errors: string[]): Promise<void> {
  expectProblem(res, 422, 'validation-failed');
  expect(res.body.errors.map((e: { field: string; code: string }) => `${e.field}:${e.code}`)).to.deep.equal(errors);
}

describe('GET /me/profile', () => {
  it('gives my details with the version to send back, as the guide\'s « Mes coordonnées » shows them', async () => {
    expect(expectVersioned(await api<MyProfile>('GET', '/me/profile'))).to.deep.equal({
      id: 'c-living',
      identifier: 'co.living@lassuranceretraite.fr',
      civilite: 'Mme',
      nom: 'LIVING',
      prenom: 'Coralie',
      emailPro: 'co.living@lassuranceretraite.fr',
      organismeId: 'carsat-am',
      organismeName: 'CARSAT ALSACE-MOSELLE',
      space: 'ucanss',
      add: false,
      version: account().version,
    });
  });

  it("says an ADD's details are kept by the Référentiel des ADD (R2)", async () => {
    server().actAs('director-carsat');
    const profile = expectOk(await api<MyProfile>('GET', '/me/profile'));
    expect(profile).to.deep.include({ id: 'p-raymond', add: true, phone: '03 88 25 26 00', readOnlyReason: 'add-account-read-only' });
  });

  it("says a CAF partner user's details are kept by his partner administrator", async () => {
    server().actAs('responsable');
    const profile = expectOk(await api<MyProfile>('GET', '/me/profile'));
    expect(profile).to.deep.include({ id: 'm-durand', space: 'caf', readOnlyReason: 'partner-profile-read-only' });
  });
});

describe('PATCH /me/profile', () => {
  it('changes my details, writes a phone as the guides do, and traces the change in my history (R14)', async () => {
    const version = account().version;
    const res = await api<MyProfile>('PATCH', '/me/profile', {
      body: { nomNaissance: 'MARTIN', emailContact: ' coralie.living@gmail.com ', phone: '0612345678', secondaryOrganismeId: 'cpam-67' },
      ifMatch: version,
    });
    expect(expectVersioned(res)).to.deep.include({
      nomNaissance: 'MARTIN',
      emailContact: 'coralie.living@gmail.com',
      phone: '06 12 34 56 78',
      secondaryOrganismeId: 'cpam-67',
      secondaryOrganismeName: 'CPAM DU BAS-RHIN',
      version: version + 1,
    });

    server().actAs('admin-carsat');
    const [entry] = expectOk(await api<HistoryEntry[]>('GET', '/accounts/c-living/history'));
    expect(entry).to.deep.include({
      action: 'account.profile-updated',
      actor: { id: 'c-living', name: 'Coralie LIVING' },
      summary: "Coordonnées modifiées par l'utilisateur : nom de naissance, e-mail de contact, téléphone, organisme secondaire",
      before: { nomNaissance: null, emailContact: null, phone: null, secondaryOrganisme: null },
      after: { nomNaissance: 'MARTIN', emailContact: 'coralie.living@gmail.com', phone: '06 12 34 56 78', secondaryOrganisme: 'CPAM DU BAS-RHIN' },
    });
    const detail = expectOk(await api<AccountDetail>('GET', '/accounts/c-living'));
    expect(detail).to.deep.include({ phone: '06 12 34 56 78', secondaryOrganismeId: 'cpam-67' });
  });

  it('puts me within reach of the local administrators of my organisme secondaire (R1), as the guide asks it for', async () => {
    server().actAs('admin-carsat');
    expectProblem(await api('GET', '/accounts/a-charenne'), 403, 'out-of-scope');
    server().actAsAccount('a-charenne');
    expectOk(await api('PATCH', '/me/profile', { body: { secondaryOrganismeId: 'carsat-am' }, ifMatch: account('a-charenne').version }));
    server().actAs('admin-carsat');
    expect(expectOk(await api<AccountDetail>('GET', '/accounts/a-charenne')).organismeName).to.equal('CARSAT RHONE-ALPES');
  });

  it('removes an optional field sent empty, and keeps nom and prénom', async () => {
    server().actAs('admin-carsat');
    const profile = expectOk(await api<MyProfile>('PATCH', '/me/profile', { body: { phone: '' }, ifMatch: account('e-benga').version }));
    expect(profile.phone).to.equal(undefined);
    expect(account('e-benga').phone).to.equal(undefined);
    await expectFieldErrors(await api('PATCH', '/me/profile', { body: { nom: ' ', prenom: '' }, ifMatch: account('e-benga').version }), ['nom:required', 'prenom:required']);
    expect(account('e-benga').nom).to.equal('BENGA');
  });

  it('changes nothing, not even the version, when nothing differs from what is kept', async () => {
    const version = account().version;
    const mine = () => server().store.history.filter((entry) => entry.accountId === 'c-living').length;
    const historyBefore = mine();
    const profile = expectOk(await api<MyProfile>('PATCH', '/me/profile', { body: { nom: 'LIVING ', prenom: 'Coralie', phone: '' }, ifMatch: version }));
    expect(profile.version).to.equal(version);
    expect(mine()).to.equal(historyBefore);
  });

  it('refuses, field by field, what the form refuses: a foreign phone, a bad e-mail, too long a name, an organisme not in the list (R17)', async () => {
    const before = { ...account() };
    const version = before.version;
    const cases: [object, string[]][] = [
      [{ phone: '+44 20 7946 0958' }, ['phone:phone-fr']],
      [{ phone: '03 88 25 26' }, ['phone:phone-fr']],
      [{ phone: 'zéro trois' }, ['phone:phone-fr']],
      [{ phone: '0'.repeat(31) }, ['phone:too-long']],
      [{ emailContact: 'coralie@' }, ['emailContact:email']],
      [{ nom: 'L'.repeat(101), nomNaissance: 'KLEIN\u202E' }, ['nom:too-long', 'nomNaissance:invalid-characters']],
      [{ secondaryOrganismeId: 'carsat-am' }, ['secondaryOrganismeId:same-organisme']],
      [{ secondaryOrganismeId: 'cd-83' }, ['secondaryOrganismeId:organisme-unknown']],
      [{ secondaryOrganismeId: 'nulle-part' }, ['secondaryOrganismeId:organisme-unknown']],
    ];
    for (const [body, errors] of cases) await expectFieldErrors(await api('PATCH', '/me/profile', { body, ifMatch: version }), errors);
    expect({ ...account() }).to.deep.equal(before);
  });

  it('accepts French numbers as people write them', async () => {
    const written: [string, string][] = [
      ['03 88 25 26 00', '03 88 25 26 00'],
      ['03.88.25.26.01', '03 88 25 26 01'],
      ['+33 3 88 25 26 02', '+33 3 88 25 26 02'],
      ['+33388252603', '+33 3 88 25 26 03'],
      ['0262-21-00-00', '02 62 21 00 00'],
      ['+262 692 12 34 56', '+262 692 12 34 56'],
    ];
    for (const [phone, kept] of written) {
      expect(expectOk(await api<MyProfile>('PATCH', '/me/profile', { body: { phone }, ifMatch: account().version })).phone).to.equal(kept);
    }
  });

  it('never changes my identifier, my organisme, nor anyone else: a body naming them is malformed', async () => {
    const version = account().version;
    for (const body of [{ emailPro: 'autre@lassuranceretraite.fr' }, { organismeId: 'carsat-ra' }, { id: 'e-benga', phone: '03 88 00 00 00' }, { accountId: 'e-benga' }]) {
      expectProblem(await api('PATCH', '/me/profile', { body, ifMatch: version }), 400, 'invalid-request');
    }
    expect(account().version).to.equal(version);
    expect(account('e-benga').phone).to.equal('03 88 25 26 14');
  });

  it("refuses an ADD's change: the Référentiel des ADD keeps it (R2)", async () => {
    server().actAs('director-carsat');
    const before = { ...account('p-raymond') };
    const res = await api('PATCH', '/me/profile', { body: { phone: '03 88 25 26 99' }, ifMatch: before.version });
    expectProblem(res, 403, 'add-account-read-only');
    expect(res.body.title).to.include('labdd@ucanss.fr');
    expect({ ...account('p-raymond') }).to.deep.equal(before);
  });

  it("refuses a CAF partner user's change: his partner administrator keeps his details", async () => {
    server().actAs('responsable');
    expectProblem(await api('PATCH', '/me/profile', { body: { phone: '04 94 00 00 00' }, ifMatch: account('m-durand').version }), 403, 'partner-profile-read-only');
    expect(account('m-durand').phone).to.equal(undefined);
  });

  it('wants the version read (428), and refuses a stale one with the current version (R15)', async () => {
    const read = account().version;
    expectProblem(await api('PATCH', '/me/profile', { body: { phone: '03 88 00 00 01' } }), 428, 'precondition-required');
    server().actAs('admin-carsat');
    expectOk(await api('PATCH', '/accounts/c-living', { body: { fonction: 'Gestionnaire conseil' }, ifMatch: read }));
    server().actAs('user-carsat');
    const stale = await api('PATCH', '/me/profile', { body: { phone: '03 88 00 00 01' }, ifMatch: read });
    expectProblem(stale, 412, 'stale-write');
    expect(stale.body.currentVersion).to.equal(read + 1);
    expect(account().phone).to.equal(undefined);
    expectOk(await api('PATCH', '/me/profile', { body: { phone: '03 88 00 00 01' }, ifMatch: read + 1 }));
  });
});
