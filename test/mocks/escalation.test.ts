/**
 * R16 no escalation: chains of calls, each allowed alone, that must not end outside scope;
 * and one check for every path that gives a role. Through HTTP against the reference server.
 */
import { expect } from '@open-wc/testing';
import type { AccountDetail, AccountPage, BulkResult, Me } from '../../src/domain/index.js';
import { api, expectOk, expectProblem, useReferenceServer } from '../support/api.js';

const server = useReferenceServer();
const version = (id: string) => server().store.accounts.get(id)!.version;
const historyOf = (id: string) => server().store.history.filter((h) => h.accountId === id).length;

const DRAFT = { civilite: 'Mme', nom: 'NOUVELLE', prenom: 'Agnès', emailPro: 'agnes.nouvelle@lassuranceretraite.fr' } as const;
const CAF_DRAFT = { civilite: 'M.', nom: 'NOUVEAU', prenom: 'Paul', emailPro: 'paul.nouveau@cd-83.fr', conventionId: 'conv-cd83' } as const;

/** Every write on one account that a takeover would use; each must be refused with this code. */
async function expectNoWriteOn(id: string, code: 'privileged-account' | 'out-of-scope'): Promise<void> {
  const before = { version: version(id), history: historyOf(id), closing: server().store.accounts.get(id)!.closingDate };
  const calls: [string, string, Parameters<typeof api>[2]][] = [
    ['POST', `/accounts/${id}/deactivate`, { body: { mode: 'permanent' }, ifMatch: before.version }],
    ['PATCH', `/accounts/${id}`, { body: { emailContact: 'pirate@example.com' }, ifMatch: before.version }],
    ['POST', `/accounts/${id}/grants`, { body: { roleId: 'afas-declarer' }, ifMatch: before.version }],
    ['POST', `/accounts/${id}/resend-identifier`, {}],
  ];
  for (const [method, path, options] of calls) expectProblem(await api(method, path, options), 403, code);
  const bulk = expectOk<BulkResult>(await api('POST', '/accounts/bulk', { body: { action: 'deactivate', accountIds: [id], mode: 'permanent' } }));
  expect(bulk.failed).to.equal(1);
  expect(bulk.results[0]!.problem!.code).to.equal(code);
  const after = server().store.accounts.get(id)!;
  expect({ version: after.version, history: historyOf(id), closing: after.closingDate }).to.deep.equal(before);
}

describe('R16 a responsable habilitations never takes over a privileged account', () => {
  beforeEach(() => server().actAs('responsable'));

  it('attaching the partner administrator to his group gives him no power over her account', async () => {
    expectOk(await api('POST', '/groups/g-cdap-t1/members', { body: { accountId: 'p-martin' } }), 201);
    await expectNoWriteOn('p-martin', 'privileged-account');
    const seen = expectOk<AccountDetail>(await api('GET', '/accounts/p-martin'));
    expect(seen.actions).to.have.members(['view', 'history']);
    expect(seen.readOnlyReason).to.equal('privileged-account');
    const problem = (await api('POST', '/accounts/p-martin/deactivate', { body: { mode: 'permanent' }, ifMatch: version('p-martin') })).body;
    expect(problem.detail).to.equal('Pierre MARTIN est administrateur partenaire.');
    // She still works.
    server().actAs('partner-admin');
    expectOk(await api('GET', '/me'));
  });

  it('nor over the responsable of a group outside his tree', async () => {
    expectOk(await api('POST', '/groups/g-cdap-t1/members', { body: { accountId: 's-garnier' } }), 201);
    await expectNoWriteOn('s-garnier', 'privileged-account');
    const problem = (await api('PATCH', '/accounts/s-garnier', { body: { emailContact: 'x@example.com' }, ifMatch: version('s-garnier') })).body;
    expect(problem.detail).to.match(/^Sylvie GARNIER est responsable habilitations du groupe .+, hors de vos groupes\.$/);
  });

  it('still manages the responsable of a sub-group of his, and the plain users of his groups', async () => {
    // Julie Blanc is responsable of CDAP T1-NORD, a sub-group of CDAP T1.
    const julie = expectOk<AccountDetail>(await api('PATCH', '/accounts/j-blanc', { body: { phone: '04 94 00 00 01' }, ifMatch: version('j-blanc') }));
    expect(julie.phone).to.equal('04 94 00 00 01');
    // Karim Benali, a plain user attached to CDAP T1 by him, is his to manage, as the CAF guide says.
    expectOk(await api('POST', '/groups/g-cdap-t1/members', { body: { accountId: 'k-benali' } }), 201);
    expectOk(await api('PATCH', '/accounts/k-benali', { body: { phone: '04 94 00 00 02' }, ifMatch: version('k-benali') }));
  });
});

describe('R16 a local administrator attaches only whom he could have administered where he stood', () => {
  it('refuses to attach the UCANSS central administrator, who keeps her organisme and her access', async () => {
    const v = version('n-fontaine');
    const res = await api('POST', '/accounts/n-fontaine/attach', { ifMatch: v });
    expectProblem(res, 403, 'privileged-account');
    expect(res.body.detail).to.equal('Nathalie FONTAINE est administrateur Ucanss.');
    expect(server().store.accounts.get('n-fontaine')!.organismeId).to.equal('ucanss');
    expectProblem(await api('POST', '/accounts/n-fontaine/deactivate', { body: { mode: 'temporary' }, ifMatch: v }), 403, 'out-of-scope');
    server().actAs('admin-ucanss');
    expect(expectOk<Me>(await api('GET', '/me')).roles).to.include('ucanss-admin');
  });

  it('refuses another organisme’s local administrator; once his delegation is withdrawn he comes without it', async () => {
    server().actAs('admin-ucanss');
    expectOk(await api('POST', '/local-admins', { body: { accountId: 'a-charenne' } }), 201);
    server().actAs('admin-carsat');
    const refused = await api('POST', '/accounts/a-charenne/attach', { ifMatch: version('a-charenne') });
    expectProblem(refused, 403, 'privileged-account');
    expect(refused.body.detail).to.equal("Aristide CHARENNE est administrateur local de CARSAT RHONE-ALPES : sa délégation doit d'abord lui être retirée.");
    expect(server().store.accounts.get('a-charenne')!.organismeId).to.equal('carsat-ra');
    // The attach search does not offer him either.
    const outside = expectOk<AccountPage>(await api('GET', '/accounts?inMyOrganisme=false&nom=charenne'));
    expect(outside.items.map((a) => a.id)).to.deep.equal([]);

    server().actAs('admin-ucanss');
    expectOk(await api('DELETE', '/local-admins/a-charenne'), 204);
    server().actAs('admin-carsat');
    const attached = expectOk<AccountDetail>(await api('POST', '/accounts/a-charenne/attach', { ifMatch: version('a-charenne') }));
    expect(attached.organismeName).to.equal('CARSAT ALSACE-MOSELLE');
    expect(attached.grants.map((g) => g.roleId)).not.to.include('administration-locale');
    server().actAsAccount('a-charenne');
    expect(expectOk<Me>(await api('GET', '/me')).roles).to.deep.equal(['user']);
    const summaries = server().store.history.filter((h) => h.accountId === 'a-charenne').map((h) => h.summary.fr);
    expect(summaries).to.include("Retrait de la délégation d'administration locale pour CARSAT RHONE-ALPES");
    expect(summaries.some((s) => s.startsWith('Rattachement de CARSAT RHONE-ALPES à CARSAT ALSACE-MOSELLE'))).to.equal(true);
  });

  it('the attach search lists only people who can be attached: no ADD, no UCANSS administrator', async () => {
    const page = expectOk<AccountPage>(await api('GET', '/accounts?inMyOrganisme=false&pageSize=100'));
    const ids = page.items.map((a) => a.id);
    expect(ids).to.include.members(['d-tologue', 'a-testeur', 'a-charenne']);
    expect(ids).not.to.include.members(['m-rousseau', 'b-lefort', 'n-fontaine']);
    expect(page.items.every((a) => !a.add && a.actions.includes('attach'))).to.equal(true);
  });
});

describe('R16 one check for every path that gives a role', () => {
  const refusals = [
    { roleId: 'administration-locale', status: 403, code: 'forbidden' },
    { roleId: 'edrh-dires', status: 422, code: 'role-not-grantable' },
    { roleId: 'annuaire-add-lecteur', status: 403, code: 'central-approval-required' },
    { roleId: 'afas-declarer', status: 422, code: 'role-not-grantable' },
  ] as const;

  for (const { roleId, status, code } of refusals) {
    it(`a local administrator gives ${roleId} neither at creation, nor by grant, nor in bulk (${code})`, async () => {
      const count = server().store.accounts.size;
      expectProblem(await api('POST', '/accounts', { body: { ...DRAFT, roleIds: ['egap-guides', roleId] } }), status, code);
      expect(server().store.accounts.size).to.equal(count);
      expectProblem(await api('POST', '/accounts/c-dona/grants', { body: { roleId }, ifMatch: version('c-dona') }), status, code);
      const bulk = expectOk<BulkResult>(await api('POST', '/accounts/bulk', { body: { action: 'grant', roleId, accountIds: ['c-dona', 'e-benga'] } }));
      expect(bulk.results.map((r) => r.problem?.code)).to.deep.equal([code, code]);
      expect(server().store.hasDirectGrant('c-dona', roleId)).to.equal(false);
      // Nor does the server list it among the roles he may give.
      expect(expectOk<Me>(await api('GET', '/me')).grantableRoleIds).not.to.include(roleId);
      expect(expectOk<AccountDetail>(await api('GET', '/accounts/c-dona')).grantableRoleIds).not.to.include(roleId);
    });
  }

  it('a UCANSS administrator gives roles of centrally approved applications, at creation too', async () => {
    server().actAs('admin-ucanss');
    const created = expectOk<AccountDetail>(await api('POST', '/accounts', { body: { ...DRAFT, roleIds: ['annuaire-add-lecteur'] } }), 201);
    expect(created.grants.map((g) => g.roleId)).to.deep.equal(['annuaire-add-lecteur']);
    expect(expectOk<Me>(await api('GET', '/me')).grantableRoleIds).to.include('annuaire-add-lecteur');
  });

  it('a responsable without Afas - Habiliter gives no Afas profile at creation, and is not offered to remove one', async () => {
    server().actAs('responsable');
    const count = server().store.accounts.size;
    expectProblem(await api('POST', '/accounts', { body: { ...CAF_DRAFT, roleIds: ['afas-declarer'] } }), 403, 'afas-habiliter-required');
    expect(server().store.accounts.size).to.equal(count);
    expect(expectOk<Me>(await api('GET', '/me')).grantableRoleIds).to.deep.equal([]);
    // Anaïs Roux, member of his group AFAS-DEC, holds the Afas profile « Afas - Déclarer ».
    const anais = expectOk<AccountDetail>(await api('GET', '/accounts/a-roux'));
    expect(anais.actions).to.include('edit');
    expect(anais.actions).not.to.include.members(['grant', 'revoke']);
    expect(anais.grants.find((g) => g.roleId === 'afas-declarer')!.removable).to.equal(false);
    expectProblem(await api('DELETE', '/accounts/a-roux/grants/afas-declarer', { ifMatch: anais.version }), 403, 'afas-habiliter-required');
  });

  it('a responsable who holds Afas - Habiliter through a group is offered, and may give, the Afas profiles', async () => {
    server().actAs('partner-admin');
    expectOk(await api('POST', '/groups/g-afas-hab/members', { body: { accountId: 'm-durand' } }), 201);
    server().actAs('responsable');
    expect(expectOk<Me>(await api('GET', '/me')).grantableRoleIds).to.have.members(['afas-declarer', 'afas-habiliter']);
    const created = expectOk<AccountDetail>(await api('POST', '/accounts', { body: { ...CAF_DRAFT, roleIds: ['afas-declarer'] } }), 201);
    expect(created.grants.map((g) => g.roleId)).to.deep.equal(['afas-declarer']);
    const anais = expectOk<AccountDetail>(await api('GET', '/accounts/a-roux'));
    expect(anais.actions).to.include.members(['grant', 'revoke']);
    expect(anais.grantableRoleIds).to.deep.equal(['afas-habiliter']);
  });

  it('a group receives only roles of its convention, Afas ones by someone who may manage them', async () => {
    server().actAs('partner-admin');
    const v = server().store.groups.get('g-dgfip')!.version;
    expectProblem(await api('POST', '/groups/g-dgfip/roles', { body: { roleId: 'egap-guides' }, ifMatch: v }), 422, 'role-not-in-convention');
    expectProblem(await api('POST', '/groups/g-dgfip/roles', { body: { roleId: 'administration-locale' }, ifMatch: v }), 403, 'forbidden');
    expectOk(await api('POST', '/groups/g-dgfip/roles', { body: { roleId: 'afas-habiliter' }, ifMatch: v }));
  });

  it('accepting a request gives its role with the same check', async () => {
    // A request for a role that has since gone to another procedure cannot be accepted into a grant.
    server().store.accessRequests.set('dem-edrh', { id: 'dem-edrh', requesterId: 'c-dona', roleId: 'edrh-dires', approval: 'local', requestedAt: '2025-06-01T08:00:00.000Z', status: 'en_attente', version: 1 });
    expectProblem(await api('POST', '/access-requests/dem-edrh/decision', { body: { decision: 'accept' } }), 422, 'role-not-grantable');
    expect(server().store.accessRequests.get('dem-edrh')!.status).to.equal('en_attente');
    expect(server().store.hasDirectGrant('c-dona', 'edrh-dires')).to.equal(false);
  });
});
