/**
 * Delegation through HTTP against the reference server: local administrators (R13) and
 * partner administrators (R12), with scope (R1) and history (R14). The seed has Pierre
 * Raymond (director) and Émilie Benga (by delegation) at CARSAT ALSACE-MOSELLE, one director
 * each at CARSAT RHONE-ALPES and CPAM DU BAS-RHIN, and Pierre Martin partner administrator
 * of the Conseil départemental du Var.
 */
import { expect } from '@open-wc/testing';
import type { AccountDetail, HistoryEntry, LocalAdmin, Me, PartnerAdmin } from '../../src/domain/index.js';
import { api, expectOk, expectProblem, expectRefusedToEach, TODAY, useReferenceServer } from '../support/api.js';

const server = useReferenceServer();
const names = (rows: { nom: string }[]) => rows.map((r) => r.nom);
const roleIds = (detail: AccountDetail) => detail.grants.map((g) => g.roleId);

describe('R13 lists of local administrators', () => {
  it('"Vos administrateurs locaux": those of my organisme, revocable while another remains', async () => {
    const mine = expectOk(await api<LocalAdmin[]>('GET', '/local-admins?scope=mine'));
    expect(names(mine)).to.deep.equal(['BENGA', 'RAYMOND']);
    expect(mine.find((l) => l.nom === 'RAYMOND')).to.deep.include({ director: true, organismeName: 'CARSAT ALSACE-MOSELLE', actions: ['revoke'] });
    expect(mine.find((l) => l.nom === 'BENGA')).to.deep.include({ director: false, actions: ['revoke'] });
    expect(names(expectOk(await api<LocalAdmin[]>('GET', '/local-admins')))).to.deep.equal(['BENGA', 'RAYMOND']);
  });

  it('offers no revocation of the last local administrator of an organisme', async () => {
    server().actAsAccount('m-rousseau');
    const mine = expectOk(await api<LocalAdmin[]>('GET', '/local-admins?scope=mine'));
    expect(mine.map((l) => [l.nom, l.actions])).to.deep.equal([['ROUSSEAU', []]]);
  });

  it('"Tous les administrateurs locaux": every organisme’s, read-only', async () => {
    for (const persona of ['admin-carsat', 'director-carsat', 'admin-ucanss'] as const) {
      server().actAs(persona);
      const all = expectOk(await api<LocalAdmin[]>('GET', '/local-admins?scope=all'));
      expect(all.map((l) => `${l.organismeName}:${l.nom}`), persona).to.deep.equal([
        'CARSAT ALSACE-MOSELLE:BENGA',
        'CARSAT ALSACE-MOSELLE:RAYMOND',
        'CARSAT RHONE-ALPES:ROUSSEAU',
        'CPAM DU BAS-RHIN:LEFORT',
      ]);
      expect(all.every((l) => l.actions.length === 0), persona).to.equal(true);
    }
  });

  it('gives a UCANSS administrator the list of UCANSS as his own', async () => {
    server().actAs('admin-ucanss');
    expect(expectOk(await api<LocalAdmin[]>('GET', '/local-admins?scope=mine'))).to.deep.equal([]);
  });

  it('refuses both lists to people who are not administrators (forbidden)', async () => {
    const outsiders = ['user-carsat', 'partner-admin', 'responsable', 'caf-agent'] as const;
    await expectRefusedToEach(server, outsiders, () => api('GET', '/local-admins?scope=mine'), 403, 'forbidden');
    await expectRefusedToEach(server, outsiders, () => api('GET', '/local-admins?scope=all'), 403, 'forbidden');
  });
});

describe('R13 naming a local administrator', () => {
  it('names a person of my organisme, gives the role "Administration locale" and records it', async () => {
    const res = await api<LocalAdmin>('POST', '/local-admins', { body: { accountId: 'c-dona' } });
    const named = expectOk(res, 201);
    expect(named).to.deep.include({ accountId: 'c-dona', nom: 'DONA', organismeId: 'carsat-am', director: false, since: TODAY, actions: ['revoke'] });
    expect(names(expectOk(await api<LocalAdmin[]>('GET', '/local-admins')))).to.deep.equal(['BENGA', 'DONA', 'RAYMOND']);
    const account = expectOk(await api<AccountDetail>('GET', '/accounts/c-dona'));
    expect(account.grants.find((g) => g.roleId === 'administration-locale')).to.deep.include({ source: 'direct' });
    const [entry] = expectOk(await api<HistoryEntry[]>('GET', '/accounts/c-dona/history'));
    expect(entry).to.deep.include({ action: 'delegation.granted', targetType: 'delegation', accountId: 'c-dona' });
    expect(entry!.actor.name).to.equal('Émilie BENGA');
    expect(entry!.after).to.deep.include({ localAdmin: true, organismeId: 'carsat-am' });
    server().actAsAccount('c-dona');
    const me = expectOk(await api<Me>('GET', '/me'));
    expect(me.roles).to.include('local-admin');
  });

  it('may name an ADD of the organisme', async () => {
    expectOk(await api('POST', '/local-admins', { body: { accountId: 'jf-muller' } }), 201);
  });

  it('lets a UCANSS administrator name a person of any organisme', async () => {
    server().actAs('admin-ucanss');
    const named = expectOk(await api<LocalAdmin>('POST', '/local-admins', { body: { accountId: 'a-charenne' } }), 201);
    expect(named).to.deep.include({ organismeName: 'CARSAT RHONE-ALPES' });
  });

  it('refuses a person of another organisme or of the CAF partners (out-of-scope)', async () => {
    expectProblem(await api('POST', '/local-admins', { body: { accountId: 'a-charenne' } }), 403, 'out-of-scope');
    expectProblem(await api('POST', '/local-admins', { body: { accountId: 'm-durand' } }), 403, 'out-of-scope');
    server().actAs('admin-ucanss');
    expectProblem(await api('POST', '/local-admins', { body: { accountId: 'm-durand' } }), 403, 'out-of-scope');
    expect(server().store.localAdmins.has('a-charenne')).to.equal(false);
  });

  it('refuses an inactive or deleted account, someone already administrator and an unknown person', async () => {
    expectProblem(await api('POST', '/local-admins', { body: { accountId: 'l-dartagnan' } }), 409, 'account-not-active');
    server().store.updateAccount(server().store.accounts.get('c-dona')!, { status: 'supprime' });
    expectProblem(await api('POST', '/local-admins', { body: { accountId: 'c-dona' } }), 409, 'account-not-active');
    expectProblem(await api('POST', '/local-admins', { body: { accountId: 'p-raymond' } }), 409, 'already-local-admin');
    expectProblem(await api('POST', '/local-admins', { body: { accountId: 'personne' } }), 404, 'not-found');
    expect(server().store.history.filter((h) => h.action === 'delegation.granted')).to.have.length(0);
  });

  it('refuses people who are not local administrators (forbidden)', async () => {
    await expectRefusedToEach(server, ['user-carsat', 'partner-admin', 'caf-agent'], () => api('POST', '/local-admins', { body: { accountId: 'c-dona' } }), 403, 'forbidden');
    expect(server().store.localAdmins.has('c-dona')).to.equal(false);
  });
});

describe('R13 revoking a local administrator', () => {
  it('revokes the director while another administrator remains, and takes the role back', async () => {
    expect(roleIds(expectOk(await api<AccountDetail>('GET', '/accounts/p-raymond')))).to.include('administration-locale');
    expectOk(await api('DELETE', '/local-admins/p-raymond'), 204);
    const mine = expectOk(await api<LocalAdmin[]>('GET', '/local-admins'));
    expect(mine.map((l) => [l.nom, l.actions])).to.deep.equal([['BENGA', []]]);
    const account = expectOk(await api<AccountDetail>('GET', '/accounts/p-raymond'));
    expect(roleIds(account)).not.to.include('administration-locale');
    expect(roleIds(account)).to.include('annuaire-add-lecteur');
    const [entry] = expectOk(await api<HistoryEntry[]>('GET', '/accounts/p-raymond/history'));
    expect(entry).to.deep.include({ action: 'delegation.revoked', accountId: 'p-raymond' });
    expect(entry!.before).to.deep.include({ localAdmin: true, director: true, organismeId: 'carsat-am' });
  });

  it('keeps at least one local administrator per organisme (last-local-admin)', async () => {
    expectOk(await api('DELETE', '/local-admins/p-raymond'), 204);
    expectProblem(await api('DELETE', '/local-admins/e-benga'), 409, 'last-local-admin');
    server().actAs('admin-ucanss');
    expectProblem(await api('DELETE', '/local-admins/m-rousseau'), 409, 'last-local-admin');
    expect(server().store.localAdmins.has('e-benga')).to.equal(true);
    expect(server().store.localAdmins.has('m-rousseau')).to.equal(true);
  });

  it('lets a UCANSS administrator revoke in any organisme', async () => {
    server().actAs('admin-ucanss');
    expectOk(await api('DELETE', '/local-admins/e-benga'), 204);
    expect(server().store.localAdmins.has('e-benga')).to.equal(false);
  });

  it('refuses another organisme’s administrator (out-of-scope), non-administrators (forbidden) and a non-administrator target', async () => {
    expectProblem(await api('DELETE', '/local-admins/m-rousseau'), 403, 'out-of-scope');
    expectProblem(await api('DELETE', '/local-admins/c-dona'), 404, 'not-found');
    await expectRefusedToEach(server, ['user-carsat', 'partner-admin', 'caf-agent'], () => api('DELETE', '/local-admins/e-benga'), 403, 'forbidden');
    expect(server().store.localAdmins.size).to.equal(4);
  });
});

describe('R12 partner administrators', () => {
  it('lists the partner’s administrators to the CAF agent, who may withdraw them', async () => {
    server().actAs('caf-agent');
    const admins = expectOk(await api<PartnerAdmin[]>('GET', '/partners/cd-83/admins'));
    expect(admins).to.deep.equal([
      { accountId: 'p-martin', identifier: 'AAB1842CAU', nom: 'MARTIN', prenom: 'Pierre', emailPro: 'pierre.martin@cd-83.fr', partnerId: 'cd-83', since: '2018-03-27', actions: ['revoke'] },
    ]);
  });

  it('shows them read-only to the partner administrator and to the responsables of its conventions', async () => {
    for (const persona of ['partner-admin', 'responsable'] as const) {
      server().actAs(persona);
      const admins = expectOk(await api<PartnerAdmin[]>('GET', '/partners/cd-83/admins'));
      expect(admins.map((a) => [a.accountId, a.actions]), persona).to.deep.equal([['p-martin', []]]);
    }
  });

  it('refuses them to other partners and to UCANSS people (out-of-scope)', async () => {
    server().actAsAccount('v-habitat-1');
    expectProblem(await api('GET', '/partners/cd-83/admins'), 403, 'out-of-scope');
    server().actAs('partner-admin');
    expectProblem(await api('GET', '/partners/var-habitat/admins'), 403, 'out-of-scope');
    await expectRefusedToEach(server, ['user-carsat', 'admin-carsat'], () => api('GET', '/partners/cd-83/admins'), 403, 'out-of-scope');
    server().actAs('caf-agent');
    expectProblem(await api('GET', '/partners/inconnu/admins'), 404, 'not-found');
  });

  it('appoints a second one without giving him any role, and records it', async () => {
    server().actAs('caf-agent');
    const before = expectOk(await api<AccountDetail>('GET', '/accounts/j-blanc'));
    const appointed = expectOk(await api<PartnerAdmin>('POST', '/partners/cd-83/admins', { body: { accountId: 'j-blanc' } }), 201);
    expect(appointed).to.deep.include({ accountId: 'j-blanc', partnerId: 'cd-83', since: TODAY, actions: ['revoke'] });
    const after = expectOk(await api<AccountDetail>('GET', '/accounts/j-blanc'));
    expect(after.grants).to.deep.equal(before.grants);
    expect(after.memberships).to.deep.equal(before.memberships);
    expect(roleIds(expectOk(await api<AccountDetail>('GET', '/accounts/p-martin')))).to.deep.equal([]);
    const [entry] = expectOk(await api<HistoryEntry[]>('GET', '/accounts/j-blanc/history'));
    expect(entry).to.deep.include({ action: 'partner-admin.appointed', accountId: 'j-blanc' });
    expect(entry!.actor.name).to.equal('Claire ESTÈVE');
    server().actAsAccount('j-blanc');
    expect(expectOk(await api<Me>('GET', '/me')).roles).to.include('partner-admin');
  });

  it('refuses a third one (partner-admin-limit)', async () => {
    server().actAs('caf-agent');
    expectOk(await api('POST', '/partners/cd-83/admins', { body: { accountId: 'j-blanc' } }), 201);
    expectProblem(await api('POST', '/partners/cd-83/admins', { body: { accountId: 's-garnier' } }), 409, 'partner-admin-limit');
    expect(server().store.partnerAdmins.has('s-garnier')).to.equal(false);
  });

  it('chooses among the open users of the partner’s conventions', async () => {
    server().actAs('caf-agent');
    expectProblem(await api('POST', '/partners/cd-83/admins', { body: { accountId: 'v-habitat-1' } }), 403, 'out-of-scope');
    expectProblem(await api('POST', '/partners/cd-83/admins', { body: { accountId: 'c-living' } }), 403, 'out-of-scope');
    expectProblem(await api('POST', '/partners/cd-83/admins', { body: { accountId: 'p-martin' } }), 409, 'already-partner-admin');
    server().store.updateAccount(server().store.accounts.get('k-benali')!, { closingDate: TODAY });
    expectProblem(await api('POST', '/partners/cd-83/admins', { body: { accountId: 'k-benali' } }), 409, 'account-not-active');
    expect(server().store.partnerAdmins.size).to.equal(1);
  });

  it('leaves the appointment to the CAF (forbidden)', async () => {
    await expectRefusedToEach(server, ['partner-admin', 'responsable', 'admin-carsat', 'admin-ucanss'], () => api('POST', '/partners/cd-83/admins', { body: { accountId: 'j-blanc' } }), 403, 'forbidden');
    expect(server().store.partnerAdmins.has('j-blanc')).to.equal(false);
  });

  it('withdraws a partner administrator, who keeps his account', async () => {
    server().actAs('caf-agent');
    expectOk(await api('DELETE', '/partners/cd-83/admins/p-martin'), 204);
    expect(expectOk(await api<PartnerAdmin[]>('GET', '/partners/cd-83/admins'))).to.deep.equal([]);
    const [entry] = expectOk(await api<HistoryEntry[]>('GET', '/accounts/p-martin/history'));
    expect(entry).to.deep.include({ action: 'partner-admin.withdrawn', accountId: 'p-martin' });
    expect(entry!.before).to.deep.include({ partnerAdmin: true, partnerId: 'cd-83' });
    server().actAs('partner-admin');
    const me = expectOk(await api<Me>('GET', '/me'));
    expect(me.roles).not.to.include('partner-admin');
    expect(me.account.status).to.equal('ouvert');
  });

  it('refuses the withdrawal to anyone but the CAF (forbidden) and of someone who is not one', async () => {
    await expectRefusedToEach(server, ['partner-admin', 'responsable', 'admin-carsat'], () => api('DELETE', '/partners/cd-83/admins/p-martin'), 403, 'forbidden');
    server().actAs('caf-agent');
    expectProblem(await api('DELETE', '/partners/cd-83/admins/m-durand'), 404, 'not-found');
    expectProblem(await api('DELETE', '/partners/var-habitat/admins/p-martin'), 404, 'not-found');
    expect(server().store.partnerAdmins.has('p-martin')).to.equal(true);
  });
});

describe('R13 local administration is not a role to grant by hand', () => {
  it('refuses to grant or remove "Administration locale" outside the delegation', async () => {
    const emma = expectOk(await api<AccountDetail>('GET', '/accounts/e-ahova'));
    expectProblem(await api('POST', '/accounts/e-ahova/grants', { body: { roleId: 'administration-locale' }, ifMatch: emma.version }), 403, 'forbidden');
    const benga = expectOk(await api<AccountDetail>('GET', '/accounts/e-benga'));
    expect(roleIds(benga)).to.include('administration-locale');
    expectProblem(await api('DELETE', '/accounts/e-benga/grants/administration-locale', { ifMatch: benga.version }), 403, 'forbidden');
  });
});

describe('R13 who named whom, and all administrators by organisme', () => {
  it('says who named a local administrator, and filters "all" by organisme', async () => {
    const mine = expectOk(await api<LocalAdmin[]>('GET', '/local-admins?scope=mine'));
    expect(mine.find((l) => l.nom === 'BENGA')?.namedBy?.name).to.equal('Pierre RAYMOND');
    expect(mine.find((l) => l.nom === 'RAYMOND')?.namedBy).to.equal(undefined);
    expectOk(await api('POST', '/local-admins', { body: { accountId: 'e-ahova' } }), 201);
    const after = expectOk(await api<LocalAdmin[]>('GET', '/local-admins?scope=mine'));
    expect(after.find((l) => l.nom === 'AHOVA')).to.deep.include({ namedBy: { id: 'e-benga', name: 'Émilie BENGA' }, since: TODAY });
    const cpam = expectOk(await api<LocalAdmin[]>('GET', '/local-admins?scope=all&organismeId=cpam-67'));
    expect(cpam.map((l) => l.organismeName)).to.deep.equal(['CPAM DU BAS-RHIN']);
  });
});
