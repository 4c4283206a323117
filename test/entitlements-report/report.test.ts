/**
 * `<habil-entitlements-report>` on screen: the persons of my organisme with their roles, the
 * filters of the guide (Nom, Email pro, ADD) sent to the server, paging, every state, the
 * keyboard, French and English.
 */
import { retryButton } from '../support/dom.js';
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import { ProblemError } from '../../src/client/errors.js';
import type { HabilEntitlementsReport } from '../../src/entitlements-report/define.js';
import { useReferenceServer } from '../support/api.js';
import { focusedElement, press, recordEvents, tabTo } from '../ui/support.js';
import {
  addChoice,
  button,
  field,
  headers,
  holdingPage,
  names,
  recordingClient,
  render,
  reportPage,
  rowOf,
  rows,
  settled,
  shadow,
  show,
  table,
  text,
  typeInto,
} from './support.js';

// The seed's people of CARSAT ALSACE-MOSELLE and about 70 generated ones: three pages of 25.
const server = useReferenceServer({ generatedAccounts: 300 });

const emptyMessage = (el: HabilEntitlementsReport) =>
  text(shadow(table(el)).querySelector<HTMLSlotElement>('[part~="empty"] slot')?.assignedElements()[0]);

const alertText = (alert: Element) => `${text(shadow(alert).querySelector('[part="base"]'))} ${text(alert)}`.trim();

describe('habil-entitlements-report: the report', () => {
  it('shows the persons of my organisme with their function and their roles grouped by application', async () => {
    const el = await render();
    expect(text(shadow(el).querySelector('h2'))).to.equal('État des habilitations');
    expect(headers(el)).to.deep.equal(['Prénom Nom', 'Fonction', 'Rôles']);
    expect(text(shadow(table(el)).querySelector('caption'))).to.equal('État des habilitations : CARSAT ALSACE-MOSELLE');
    const total = server().store.accountsOf('carsat-am').filter((account) => account.status !== 'supprime').length;
    expect(text(shadow(table(el)).querySelector('[part~="range"]'))).to.equal(`1–25 sur ${total}`);
    expect(rows(el)).to.have.length(25);

    await typeInto(field(el, 'nom'), 'benga');
    await show(el);
    const benga = rowOf(el, 'Émilie BENGA');
    expect(text(benga.querySelector('th'))).to.equal('Émilie BENGA e.benga@lassuranceretraite.fr');
    expect(text(benga.querySelectorAll('td')[0])).to.equal('Responsable des ressources humaines');
    const applications = [...benga.querySelectorAll('[part~="application"]')].map((application) => ({
      application: text(application.querySelector('[part~="application-name"]')),
      roles: [...application.querySelectorAll('[part~="role"]')].map((role) => text(role)),
    }));
    expect(applications).to.deep.include({ application: 'Espace Organismes du site ucanss.fr', roles: ["Droits d'accès au site ucanss.fr"] });
    expect(applications).to.deep.include({ application: 'Accords locaux', roles: ['Accords locaux - Accès organisme'] });
    await expect(el).to.be.accessible();
  });

  it('sends "Nom", "Email pro" and "ADD" to the server, and shows its answer', async () => {
    const el = await render();
    await typeInto(field(el, 'nom'), 'schneider-k');
    await show(el);
    expect(names(el)).to.deep.equal(['Hélène SCHNEIDER-KLEIN']);

    await typeInto(field(el, 'nom'), '');
    await typeInto(field(el, 'email'), 't.weber@');
    await show(el);
    expect(names(el)).to.deep.equal(['Thomas WEBER']);

    await typeInto(field(el, 'email'), '');
    addChoice(el, 'avec').click();
    await show(el);
    expect(names(el)).to.include.members(['Pierre RAYMOND', 'Jean-François MULLER']);
    expect(rows(el).every((row) => text(row.querySelector('[part~="add-badge"]')) === 'ADD')).to.equal(true);

    addChoice(el, 'sans').click();
    await show(el);
    expect(rows(el)).to.have.length(25);
    expect(names(el)).not.to.include('Pierre RAYMOND');
    expect(rows(el).some((row) => row.querySelector('[part~="add-badge"]'))).to.equal(false);
  });

  it('asks the server for the page and the page size chosen', async () => {
    const { client, calls } = recordingClient();
    const el = await render(html`<habil-entitlements-report .client=${client}></habil-entitlements-report>`);
    const people = () => rows(el).map((row) => text(row.querySelector('th')));
    const range = () => text(shadow(table(el)).querySelector('[part~="range"]'));
    const first = people();
    shadow(table(el)).querySelector<HTMLButtonElement>('[part~="next-button"]')!.click();
    await waitUntil(() => range().startsWith('26–50') && !table(el).loading && people()[0] !== first[0], 'page 2 never came');
    expect(people()).to.have.length(25);
    expect(people().some((person) => first.includes(person)), 'page 2 shows other persons').to.equal(false);
    const pageSize = shadow(table(el)).querySelector<HTMLSelectElement>('[part~="page-size"]')!;
    pageSize.value = '50';
    pageSize.dispatchEvent(new Event('change', { bubbles: true }));
    await waitUntil(() => range().startsWith('1–50') && !table(el).loading && rows(el).length === 50, 'never showed 50 persons');
    const queries = calls.filter(({ name }) => name === 'entitlementsReport').map(({ args }) => (args as { query: object }).query);
    expect(queries).to.deep.equal([
      { page: 1, pageSize: 25 },
      { page: 2, pageSize: 25 },
      { page: 1, pageSize: 50 },
    ]);
  });

  it('is driven by the keyboard: Enter in a field shows the report, Enter on an export button exports', async () => {
    const el = await render();
    const exported = recordEvents(el, 'habil-report-exported');
    el.addEventListener('habil-report-exported', (event) => event.preventDefault());
    await tabTo(shadow(field(el, 'nom')).querySelector('#control')!);
    await sendKeys({ type: 'schneider-k' });
    await press('Enter');
    await waitUntil(() => names(el).join() === 'Hélène SCHNEIDER-KLEIN', 'Enter did not show the report');
    await tabTo(button(el, 'export-excel'), 30);
    await press('Enter');
    await waitUntil(() => exported.length === 1, 'Enter did not export', { timeout: 5000 });
    expect(focusedElement()).to.equal(button(el, 'export-excel'));
  });
});

describe('habil-entitlements-report: states', () => {
  it('says that nobody matches, and offers no export', async () => {
    const el = await render(html`<habil-entitlements-report nom="zzz"></habil-entitlements-report>`);
    expect(rows(el)).to.have.length(0);
    expect(emptyMessage(el)).to.equal('Aucune personne ne correspond à ces critères.');
    expect(button(el, 'export-excel').getAttribute('aria-disabled')).to.equal('true');
    expect(button(el, 'export-pdf').getAttribute('aria-disabled')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('marks the table busy while the page loads', async () => {
    const { client, releases } = holdingPage(1);
    const el = await fixture<HabilEntitlementsReport>(html`<habil-entitlements-report .client=${client}></habil-entitlements-report>`);
    await waitUntil(() => releases.length === 1, 'the report was never asked for');
    await el.updateComplete;
    expect(table(el).loading).to.equal(true);
    expect(shadow(table(el)).querySelector('table')!.getAttribute('aria-busy')).to.equal('true');
    expect(text(shadow(table(el)).querySelector('[part~="empty"]'))).to.equal('Chargement des résultats…');
    await expect(el).to.be.accessible();
    releases[0]!();
    await settled(el);
    expect(rows(el)).to.have.length(25);
  });

  it("gives the server's reason when the report fails, and reads it again on retry", async () => {
    let failures = 1;
    const { client } = recordingClient((name) =>
      name === 'entitlementsReport' && failures-- > 0
        ? Promise.reject(ProblemError.fromResponse(503, { type: 'about:blank', title: 'Service Unavailable', status: 503, detail: 'Maintenance du service jusqu’à 10 h 30.' }))
        : undefined,
    );
    const el = await fixture<HabilEntitlementsReport>(html`<habil-entitlements-report .client=${client}></habil-entitlements-report>`);
    const alert = () => shadow(el).querySelector('habil-alert.filled');
    await waitUntil(alert, 'no error shown');
    expect(alertText(alert()!)).to.contain('Maintenance du service jusqu’à 10 h 30.');
    expect(table(el).hidden).to.equal(true);
    await expect(el).to.be.accessible();
    retryButton(alert()!).click();
    await settled(el);
    expect(alert()).to.equal(null);
    expect(rows(el)).to.have.length(25);
  });

  it('tells a person who is not an administrator that the report is for administrators (forbidden)', async () => {
    server().actAs('user-carsat');
    const { client, calls } = recordingClient();
    const el = await fixture<HabilEntitlementsReport>(html`<habil-entitlements-report .client=${client}></habil-entitlements-report>`);
    await waitUntil(() => shadow(el).querySelector('habil-alert'), 'no forbidden message');
    const alert = shadow(el).querySelector('habil-alert')!;
    expect(text(shadow(alert).querySelector('[part="heading"]'))).to.equal('Accès réservé aux administrateurs');
    expect(text(alert)).to.contain('administrateurs locaux');
    expect(shadow(el).querySelector('habil-data-table')).to.equal(null);
    expect(calls.map(({ name }) => name)).to.deep.equal(['getMe']);
    await expect(el).to.be.accessible();
  });

  it('says the same when the server refuses the report itself', async () => {
    const { client } = recordingClient((name, args) =>
      reportPage(name, args) ? Promise.reject(ProblemError.fromResponse(403, { type: 'https://habil.example/problems/forbidden', title: 'Forbidden', status: 403, code: 'forbidden' })) : undefined,
    );
    const el = await fixture<HabilEntitlementsReport>(html`<habil-entitlements-report .client=${client}></habil-entitlements-report>`);
    await waitUntil(() => shadow(el).querySelector('habil-alert[variant="warning"]'), 'no forbidden message');
    expect(shadow(el).querySelector('habil-data-table')).to.equal(null);
  });
});

describe('habil-entitlements-report: English', () => {
  it('speaks English', async () => {
    const el = await render(html`<habil-entitlements-report lang="en" add="true"></habil-entitlements-report>`);
    expect(text(shadow(el).querySelector('h2'))).to.equal('Entitlements report');
    expect(headers(el)).to.deep.equal(['First and last name', 'Job title', 'Roles']);
    expect(text(shadow(el).querySelector('legend'))).to.equal('Identity');
    expect(addChoice(el, 'avec').checked).to.equal(true);
    expect(text(button(el, 'show-button'))).to.equal('Show the report');
    expect(text(button(el, 'export-excel'))).to.equal('Export to Excel (.xlsx)');
    expect(text(button(el, 'export-pdf'))).to.equal('Export to PDF');
    expect(text(shadow(el).querySelector('[part~="export-note"]'))).to.contain('The Excel file is the accessible format');
    expect(names(el)).to.include('Pierre RAYMOND');
    await expect(el).to.be.accessible();
  });
});
