/**
 * The whole workflow in one place (issue 7): the real widgets, one after the other, against
 * the reference server, switching persona as the people of the guides would.
 *
 * UCANSS: sign up (nobody connected) → the local administrator creates the account → the new
 * user requests a role of a "local" application → the administrator accepts → the role shows
 * in "Mes habilitations" and in the administrator's report; a request left undecided for more
 * than 10 days is accepted tacitly (R4).
 * CAF: the partner administrator creates a group with its responsable, assigns it a role of the
 * convention, attaches a user → the user's account holds the role through the group.
 */
import { expect, fixtureCleanup, html } from '@open-wc/testing';
import type { AccessRequestRecord, AccountRecord } from '../../mocks/store.js';
import type { HabilEntitlementsReport } from '../../src/entitlements-report/define.js';
import '../../src/entitlements-report/define.js';
import type { HabilMyAccess } from '../../src/my-access/define.js';
import '../../src/my-access/define.js';
import type { HabilPendingRequests } from '../../src/pending-requests/define.js';
import '../../src/pending-requests/define.js';
import type { HabilSignup } from '../../src/signup/define.js';
import '../../src/signup/define.js';
import type { HabilUserGroups } from '../../src/user-groups/define.js';
import '../../src/user-groups/define.js';
import { api, expectOk, useReferenceServer } from '../support/api.js';
import { announced, button, confirm, dataTable, field, mount, rowShown, shadow, tableReady, text, typeInto, until } from './support.js';

const server = useReferenceServer();

const NEWCOMER = { nom: 'ROCHE', prenom: 'Inès', email: 'ines.roche@lassuranceretraite.fr' };

// ---- UCANSS steps -------------------------------------------------------------------------

/** Step 1, nobody connected: the form of `<habil-signup>`, sent. Returns the request's id. */
async function signUp(): Promise<string> {
  server().actAs(undefined);
  const el = await mount<HabilSignup>(html`<habil-signup></habil-signup>`, (e) => shadow(e).querySelector('#organisme option'), 'the sign-up form');
  const root = shadow(el);
  root.querySelector<HTMLInputElement>('input[name="civilite"][value="Mme"]')!.click();
  await typeInto(field(el, 'nom'), NEWCOMER.nom);
  await typeInto(field(el, 'prenom'), NEWCOMER.prenom);
  await typeInto(field(el, 'emailPro'), NEWCOMER.email);
  const organisme = root.querySelector<HTMLSelectElement>('#organisme')!;
  organisme.value = 'carsat-am';
  organisme.dispatchEvent(new Event('change', { bubbles: true }));
  root.querySelector<HTMLInputElement>('#terms')!.click();
  await el.updateComplete;
  root.querySelector<HTMLButtonElement>('[part~="submit-button"]')!.click();

  await until(() => root.querySelector('[part~="sent"]'), 'the sign-up was never sent');
  const request = [...server().store.accountRequests.values()].find((r) => r.emailPro === NEWCOMER.email);
  expect(request, 'the account request is stored').to.exist;
  expect(request).to.include({ organismeId: 'carsat-am', status: 'en_attente' });
  expect(server().store.findAccountByEmail(NEWCOMER.email), 'no account before the decision').to.equal(undefined);
  el.remove();
  return request!.id;
}

/** Step 2, the local administrator: the "accounts" tab of `<habil-pending-requests>`. Returns the new account. */
async function adminCreatesAccount(): Promise<AccountRecord> {
  server().actAs('admin-carsat');
  const el = await mount<HabilPendingRequests>(html`<habil-pending-requests tab="accounts"></habil-pending-requests>`, tableReady, 'the account requests');
  const row = await rowShown(() => dataTable(el), NEWCOMER.email);
  expect(text(row)).to.include(NEWCOMER.nom).and.to.include(NEWCOMER.prenom);
  row.querySelector<HTMLButtonElement>('[data-decision="accept"]')!.click();
  await confirm(el);
  await announced(el, `Compte d'${NEWCOMER.prenom} ${NEWCOMER.nom} créé`);

  const account = server().store.findAccountByEmail(NEWCOMER.email)!;
  expect(account).to.include({ nom: NEWCOMER.nom, prenom: NEWCOMER.prenom, organismeId: 'carsat-am', status: 'actif' });
  el.remove();
  return account;
}

async function myAccess(section = 'grants'): Promise<HabilMyAccess> {
  return mount<HabilMyAccess>(html`<habil-my-access section=${section}></habil-my-access>`, (e) => shadow(e).querySelector('[role="tablist"]'), 'my access');
}

function panel(el: HabilMyAccess): HTMLElement {
  return shadow(el).querySelector<HTMLElement>('[role="tabpanel"]:not([hidden])')!;
}

function roleRow(el: HabilMyAccess, label: string): HTMLElement | undefined {
  return [...panel(el).querySelectorAll<HTMLElement>('.role')].find((node) => text(node.querySelector('.role-label')) === label);
}

/** The new user, in the catalogue of `<habil-my-access>`, asks for a role. Returns the stored request. */
async function userRequests(el: HabilMyAccess, accountId: string, label: string, roleId: string): Promise<AccessRequestRecord> {
  await until(() => roleRow(el, label)?.querySelector('[part~="request-button"]'), `no request button for "${label}"`);
  roleRow(el, label)!.querySelector<HTMLButtonElement>('[part~="request-button"]')!.click();
  await confirm(el);
  await announced(el, `Votre demande d'accès au rôle « ${label} » a été envoyée à votre administrateur local.`);
  await until(() => text(roleRow(el, label)).includes('Demande en cours'), 'the catalogue never showed the request');
  const stored = [...server().store.accessRequests.values()].find((r) => r.requesterId === accountId && r.roleId === roleId);
  expect(stored).to.include({ approval: 'local', status: 'en_attente' });
  return stored!;
}

async function showSection(el: HabilMyAccess, section: 'grants' | 'catalogue' | 'requests'): Promise<void> {
  shadow(el).querySelector<HTMLElement>(`#tab-${section}`)!.click();
  await el.updateComplete;
}

describe('workflow: UCANSS, from the sign-up to the role', function () {

  afterEach(() => fixtureCleanup());

  it('sign-up → account accepted → role requested → request accepted → role in "Mes habilitations" and in the report', async () => {
    const requestId = await signUp();
    const account = await adminCreatesAccount();
    expect(server().store.accountRequests.get(requestId)!.status).to.equal('acceptee');

    // Step 3: the new user asks for "Contentieux - organisme" (a "local" application).
    server().actAsAccount(account.id);
    const mine = await myAccess('catalogue');
    const request = await userRequests(mine, account.id, 'Contentieux - organisme', 'contentieux-organisme');
    mine.remove();

    // Step 4: the administrator accepts it among the requests to decide.
    server().actAs('admin-carsat');
    const pending = await mount<HabilPendingRequests>(html`<habil-pending-requests></habil-pending-requests>`, tableReady, 'the requests to decide');
    const row = await rowShown(() => dataTable(pending), `${NEWCOMER.nom} ${NEWCOMER.prenom}`);
    expect(text(row)).to.include('Contentieux - organisme');
    row.querySelector<HTMLButtonElement>('[data-decision="accept"]')!.click();
    await confirm(pending);
    await announced(pending, `Demande d'${NEWCOMER.prenom} ${NEWCOMER.nom} acceptée : Contentieux - organisme`);
    expect(server().store.accessRequests.get(request.id)!.status).to.equal('acceptee');
    expect(server().store.hasDirectGrant(account.id, 'contentieux-organisme')).to.equal(true);
    pending.remove();

    // Step 5a: the user sees the role in "Mes habilitations".
    server().actAsAccount(account.id);
    const grants = await myAccess('grants');
    await until(() => text(panel(grants)).includes('Contentieux - organisme'), 'the role never showed in "Mes habilitations"');
    const application = [...panel(grants).querySelectorAll('.application')].find((node) => text(node.querySelector('h3, h4')) === 'Contentieux');
    expect(text(application)).to.include('Contentieux - organisme');
    await showSection(grants, 'requests');
    await until(() => text(panel(grants).querySelector('tbody')).includes('Contentieux - organisme'), 'the history never showed the request');
    grants.remove();

    // Step 5b: the administrator's report shows it too.
    server().actAs('admin-carsat');
    const report = await mount<HabilEntitlementsReport>(html`<habil-entitlements-report></habil-entitlements-report>`, tableReady, 'the report');
    await typeInto(field(report, 'nom'), NEWCOMER.nom.toLowerCase());
    shadow(report).querySelector<HTMLButtonElement>('[part~="show-button"]')!.click();
    const person = await rowShown(() => dataTable(report), `${NEWCOMER.prenom} ${NEWCOMER.nom}`);
    expect(text(person.querySelector('th'))).to.equal(`${NEWCOMER.prenom} ${NEWCOMER.nom} ${NEWCOMER.email}`);
    expect([...person.querySelectorAll('[part~="role"]')].map((r) => text(r))).to.include('Contentieux - organisme');
  });

  it('a request left undecided for more than 10 days shows as « Acceptée tacitement » (R4)', async () => {
    await signUp();
    const account = await adminCreatesAccount();

    server().actAsAccount(account.id);
    const mine = await myAccess('catalogue');
    const request = await userRequests(mine, account.id, "Droits d'accès au site ucanss.fr", 'acces-site');
    expect(text(roleRow(mine, "Droits d'accès au site ucanss.fr"))).to.include('décision attendue au plus tard le 12/06/2025');
    mine.remove();

    // Nobody decides; eleven days later…
    server().clock.advanceDays(11);
    const history = await myAccess('requests');
    await until(() => panel(history).querySelector('tbody tr'), 'the history never showed');
    const statuses = [...panel(history).querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((cell) => text(cell)));
    const line = statuses.find((cells) => cells[1]!.includes("Droits d'accès au site ucanss.fr"));
    expect(line, JSON.stringify(statuses)).to.exist;
    expect(line![2]).to.match(/^Acceptée tacitement/);
    expect(server().store.accessRequests.get(request.id)!.status).to.equal('acceptee_tacitement');
    expect(server().store.hasDirectGrant(account.id, 'acces-site')).to.equal(true);

    await showSection(history, 'grants');
    await until(() => text(panel(history)).includes('acceptée tacitement'), 'the role never showed as tacitly accepted');
  });
});

// ---- CAF ----------------------------------------------------------------------------------

describe('workflow: CAF, a group gives its members the rights of the convention', function () {

  afterEach(() => fixtureCleanup());

  it('creates a group with its responsable, assigns a role, attaches a user: his account holds the role through the group', async () => {
    server().actAs('partner-admin');
    const el = await mount<HabilUserGroups>(html`<habil-user-groups></habil-user-groups>`, tableReady, 'the groups');

    // The group, with Julie Blanc as responsable.
    button(el, 'Créer un groupe').click();
    await until(() => shadow(el).querySelector('habil-group-form'), 'the group form never showed');
    const form = shadow(el).querySelector('habil-group-form')!;
    await typeInto(field(form, 'Code'), 'WF-T4');
    await typeInto(field(form, 'Libellé'), 'Parcours T4');
    await typeInto(field(form, 'Responsable habilitations'), 'j-blanc');
    button(form, 'Créer le groupe').click();
    await announced(el, 'Groupe WF-T4 créé.');
    const group = [...server().store.groups.values()].find((g) => g.code === 'WF-T4' && g.conventionId === 'conv-cd83')!;
    expect(group).to.include({ label: 'Parcours T4', responsableId: 'j-blanc', level: 1 });

    // Its rights: the page opens on them; "T4 - Service".
    const rolesPart = () => shadow(el).querySelector('habil-group-roles')!;
    await until(() => rolesPart() && shadow(rolesPart()).querySelector('h3'), 'the rights never showed');
    const box = () => [...shadow(rolesPart()).querySelectorAll('label')].find((l) => text(l).startsWith('T4 - Service'))!.querySelector('input')!;
    box().click();
    await rolesPart().updateComplete;
    button(rolesPart(), 'Enregistrer les modifications').click();
    await announced(rolesPart(), '1 modification enregistrée.');
    expect(server().store.groups.get(group.id)!.roleIds).to.deep.equal(['cdap-t4']);

    // A member: Karim Benali.
    shadow(el).querySelector<HTMLElement>('#tab-members')!.click();
    const membersPart = () => shadow(el).querySelector('habil-group-members')!;
    await until(() => membersPart() && tableReady(membersPart()), 'the members never showed');
    await typeInto(field(membersPart(), 'Utilisateur'), 'k-benali');
    button(membersPart(), 'Ajouter au groupe').click();
    await announced(membersPart(), 'Karim BENALI rattaché au groupe WF-T4 à compter du 02/06/2025.');
    await rowShown(() => dataTable(membersPart()), 'BENALI Karim');
    expect(server().store.memberships.get(server().store.membershipKey(group.id, 'k-benali'))).to.include({ openingDate: '2025-06-02' });

    // His account holds the role through the group.
    const benali = expectOk(await api('GET', '/accounts/k-benali'));
    expect(benali.grants.some((g: { roleId: string; groupId?: string }) => g.roleId === 'cdap-t4' && g.groupId === group.id)).to.equal(true);
  });
});
