/**
 * The acting person (/me, /me/*) and the entitlements report, through HTTP: roles and
 * actions of each persona, 401 when acting as nobody, scope of the report (R1).
 */
import { expect } from '@open-wc/testing';
import { PERSONAS, type PersonaId } from '../../mocks/personas.js';
import { ROUTES, fillPath, type Route } from '../../src/contract/routes.js';
import type { AccessRequest, EntitlementRow, Grant, LocalAdmin, Me, MeAction, PersonaRole, PageOf } from '../../src/domain/index.js';
import { api, expectOk, expectProblem, TODAY, useReferenceServer } from '../support/api.js';

const server = useReferenceServer();

const ADMIN_ACTIONS: MeAction[] = ['search-accounts', 'create-account', 'decide-requests', 'decide-account-requests', 'read-all-local-admins', 'entitlements-report'];
const UCANSS_ONLY: MeAction[] = ['decide-requests', 'decide-account-requests', 'read-all-local-admins', 'entitlements-report', 'request-access', 'manage-delegation'];
const CAF_ONLY: MeAction[] = ['manage-groups', 'manage-group-members', 'manage-partner-admins'];

/**
 * What each persona is (guides: local administrator, director, UCANSS administrator; CAF
 * guide "Synthèse": partner administrator, responsable habilitations; CAF agent) and
 * what he may or may not do.
 */
const EXPECTED: Record<PersonaId, { roles: PersonaRole[]; organisme: string; may: MeAction[]; mayNot: MeAction[] }> = {
  'admin-carsat': { roles: ['user', 'local-admin'], organisme: 'CARSAT ALSACE-MOSELLE', may: [...ADMIN_ACTIONS, 'request-access', 'manage-delegation'], mayNot: CAF_ONLY },
  'director-carsat': { roles: ['user', 'local-admin'], organisme: 'CARSAT ALSACE-MOSELLE', may: [...ADMIN_ACTIONS, 'request-access', 'manage-delegation'], mayNot: CAF_ONLY },
  'admin-ucanss': { roles: ['user', 'ucanss-admin'], organisme: 'UCANSS', may: [...ADMIN_ACTIONS, 'request-access'], mayNot: CAF_ONLY },
  'partner-admin': {
    roles: ['user', 'partner-admin'],
    organisme: 'CONSEIL DEPARTEMENTAL DU VAR',
    may: ['search-accounts', 'create-account', 'manage-groups', 'manage-group-members'],
    mayNot: [...UCANSS_ONLY, 'manage-partner-admins'],
  },
  responsable: {
    roles: ['user', 'responsable'],
    organisme: 'CONSEIL DEPARTEMENTAL DU VAR',
    may: ['search-accounts', 'create-account', 'manage-group-members'],
    mayNot: [...UCANSS_ONLY, 'manage-groups', 'manage-partner-admins'],
  },
  'caf-agent': { roles: ['user', 'caf-agent'], organisme: 'CAF DU VAR', may: ['search-accounts', 'manage-partner-admins'], mayNot: [...UCANSS_ONLY, 'manage-groups', 'create-account'] },
  'user-carsat': { roles: ['user'], organisme: 'CARSAT ALSACE-MOSELLE', may: ['request-access'], mayNot: [...ADMIN_ACTIONS, 'manage-delegation', ...CAF_ONLY] },
};

describe('GET /me', () => {
  for (const persona of Object.keys(PERSONAS) as PersonaId[]) {
    it(`says who ${persona} is and what he may do`, async () => {
      server().actAs(persona);
      const me = expectOk(await api<Me>('GET', '/me'));
      const expected = EXPECTED[persona];
      expect(me.account.id).to.equal(PERSONAS[persona].accountId);
      expect(me.roles).to.have.members(expected.roles);
      expect(me.organisme.name).to.equal(expected.organisme);
      expect(me.actions).to.include.members(expected.may);
      for (const action of expected.mayNot) expect(me.actions, action).not.to.include(action);
      expect(me.today).to.equal(TODAY);
    });
  }

  it('gives a plain user nothing but access requests', async () => {
    server().actAs('user-carsat');
    expect(expectOk(await api<Me>('GET', '/me')).actions).to.deep.equal(['request-access']);
  });

  it('names the conventions and groups of the CAF personas', async () => {
    server().actAs('partner-admin');
    expect(expectOk(await api<Me>('GET', '/me'))).to.deep.include({ partnerId: 'cd-83', conventionIds: ['conv-cd83'] });
    // Mathieu Durand: responsable of CDAP T1 (with its sub-group CDAP T1-NORD) and AFAS-DEC.
    server().actAs('responsable');
    expect(expectOk(await api<Me>('GET', '/me')).responsableOfGroupIds).to.have.members(['g-cdap-t1', 'g-cdap-t1-nord', 'g-afas-dec']);
    server().actAs('caf-agent');
    expect(expectOk(await api<Me>('GET', '/me')).conventionIds).to.have.members(['conv-cd83', 'conv-var-habitat']);
  });

  it('shows the director’s own ADD account read-only', async () => {
    server().actAs('director-carsat');
    const me = expectOk(await api<Me>('GET', '/me'));
    expect(me.account).to.deep.include({ add: true, readOnlyReason: 'add-account-read-only' });
  });
});

describe('acting as nobody', () => {
  const isPublic = (name: string) => ['listOrganismes', 'listApplications', 'signup'].includes(name);
  const mine = (Object.entries(ROUTES) as [string, Route][]).filter(([, r]) => ['Session', 'Me', 'Accounts', 'Requests', 'Reports'].includes(r.tag));

  it('answers 401 on every endpoint that needs someone', async () => {
    server().actAs(undefined);
    const checked: string[] = [];
    for (const [name, route] of mine.filter(([n]) => !isPublic(n))) {
      const path = fillPath(route.path, { id: 'c-dona', roleId: 'egap-guides' });
      const res = await api(route.method, path, route.body ? { body: {} } : {});
      expect(res.status, `${route.method} ${path}`).to.equal(401);
      expectProblem(res, 401, 'unauthenticated');
      checked.push(name);
    }
    expect(checked).to.include.members(['getMe', 'myGrants', 'myRequests', 'requestAccess', 'myContacts', 'searchAccounts', 'listAccessRequests', 'entitlementsReport']);
  });

  it('still serves the catalogue', async () => {
    server().actAs(undefined);
    const organismes = expectOk(await api<{ id: string }[]>('GET', '/organismes'));
    expect(organismes.map((o) => o.id)).to.include.members(['carsat-am', 'caf-55']);
    expectOk(await api('GET', '/applications'));
  });
});

describe('/me/*', () => {
  it('lists my entitlements', async () => {
    server().actAs('user-carsat');
    const grants = expectOk(await api<Grant[]>('GET', '/me/grants'));
    expect(grants.map((g) => [g.roleId, g.source, g.removable])).to.deep.equal([['egap-guides', 'direct', false]]);
  });

  it('lists my requests, newest first', async () => {
    server().actAs('user-carsat');
    const mine = expectOk(await api<AccessRequest[]>('GET', '/me/access-requests'));
    // Coralie Living: the central request of 31/05 (dem-5) and the guide's request of 28/05/2025.
    expect(mine.map((r) => r.id)).to.deep.equal(['dem-5', 'dem-guide-1']);
    for (const r of mine) expect(r.actions, r.id).to.deep.equal([]);
  });

  it('lists the history of Aristide Charenne of the user’s guide', async () => {
    server().actAsAccount('a-charenne');
    const mine = expectOk(await api<AccessRequest[]>('GET', '/me/access-requests'));
    expect(mine.map((r) => r.status)).to.include.members(['acceptee', 'acceptee_tacitement', 'en_attente']);
    const times = mine.map((r) => r.requestedAt);
    expect(times).to.deep.equal([...times].sort().reverse());
  });

  it('lists my contacts: the local administrators of my organisme', async () => {
    server().actAs('user-carsat');
    const contacts = expectOk(await api<LocalAdmin[]>('GET', '/me/contacts'));
    expect(contacts.map((c) => [c.accountId, c.director])).to.have.deep.members([
      ['p-raymond', true],
      ['e-benga', false],
    ]);
    for (const c of contacts) expect(c.actions).to.deep.equal([]);
  });
});

describe('entitlements report ("État des habilitations")', () => {
  it('lists the persons of my organisme with their roles', async () => {
    const report = expectOk(await api<PageOf<EntitlementRow>>('GET', '/reports/entitlements?pageSize=500'));
    const expected = [...server().store.accounts.values()].filter((a) => a.organismeId === 'carsat-am' && a.status !== 'supprime').map((a) => a.id);
    expect(report.items.map((r) => r.accountId)).to.have.members(expected);
    expect(report.total).to.equal(expected.length);
    const emilie = report.items.find((r) => r.accountId === 'e-benga')!;
    expect(emilie.roles.map((r) => r.roleId)).to.have.members([...server().store.directGrants('e-benga').keys()]);
    const withoutAdd = expectOk(await api<PageOf<EntitlementRow>>('GET', '/reports/entitlements?add=false&pageSize=500'));
    expect(withoutAdd.items.map((r) => r.accountId)).not.to.include.members(['p-raymond']);
    expect(withoutAdd.items.every((r) => !r.add)).to.equal(true);
  });

  it('is refused to plain users and CAF profiles (forbidden), allowed to UCANSS administrators', async () => {
    for (const persona of ['user-carsat', 'partner-admin', 'responsable', 'caf-agent'] as const) {
      server().actAs(persona);
      expectProblem(await api('GET', '/reports/entitlements'), 403, 'forbidden');
    }
    server().actAs('admin-ucanss');
    const report = expectOk(await api<PageOf<EntitlementRow>>('GET', '/reports/entitlements'));
    expect(report.items.map((r) => r.accountId)).to.deep.equal(['n-fontaine']);
  });
});
