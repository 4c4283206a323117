/**
 * `<habil-pending-requests>`: what an administrator sees — routing (R3), tacit deadlines
 * (R4), the states of the page, tabs, search, sort, French and English.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import type { HabilPendingRequests } from '../../src/pending-requests/define.js';
import { useReferenceServer } from '../support/api.js';
import { focusedElement, press, recordEvents } from '../ui/support.js';
import { caption, cells, decideButton, emptyMessage, failingOnceClient, field, headers, holdingClient, recordingClient, render, rowOf, rows, rowsBecome, settled, shadow, tab, table, text, typeInto } from './support.js';

const server = useReferenceServer();

const names = (el: HabilPendingRequests) => rows(el).map((row) => text(row.querySelector('th')));

describe('habil-pending-requests: requests routed to me (R3)', () => {
  it('shows a local administrator the local requests of his organisme, oldest first, with the columns of the guide', async () => {
    const el = await render();
    expect(headers(el)).to.deep.equal([
      'Tout',
      'Nom Prénom Email',
      'Fonction',
      "Nom de l'organisme",
      'Rôle concerné',
      'Date de la demande',
      'Échéance',
      'Action',
    ]);
    expect(caption(el)).to.equal("Demandes d'habilitations : En cours");
    // Closest to tacit acceptance first; never the central request of Coralie Living (dem-5), nor other organismes'.
    expect(names(el)).to.deep.equal([
      'DONA Carole d.carole@lassuranceretraite.fr',
      'SCHNEIDER-KLEIN Hélène h.schneider-klein@lassuranceretraite.fr',
      'LIVING Coralie co.living@lassuranceretraite.fr',
      'WEBER Thomas t.weber@lassuranceretraite.fr',
      'AHOVA Emma e.ahova@lassuranceretraite.fr',
    ]);
    const coralie = cells(rowOf(el, 'LIVING Coralie'));
    expect(coralie.slice(1, 6)).to.deep.equal([
      'LIVING Coralie co.living@lassuranceretraite.fr',
      'Gestionnaire de prestations',
      'CARSAT ALSACE-MOSELLE',
      "Droits d'accès au site ucanss.fr Application : Espace Organismes du site ucanss.fr",
      '28/05/2025',
    ]);
    expect(rowOf(el, 'LIVING Coralie').querySelector('input[type="checkbox"]')!.getAttribute('aria-label')).to.equal(
      "Sélectionner Coralie LIVING – Droits d'accès au site ucanss.fr",
    );
    await expect(el).to.be.accessible();
  });

  it('shows a UCANSS administrator the requests for national applications and those of an organisme without local administrator', async () => {
    server().actAs('admin-ucanss');
    const el = await render();
    const shown = rows(el).map((row) => text(row));
    expect(shown).to.have.length(3);
    expect(shown.some((row) => row.includes('LIVING Coralie') && row.includes('Annuaire des organismes'))).to.equal(true);
    expect(shown.some((row) => row.includes('CHARENNE Aristide') && row.includes('CARSAT RHONE-ALPES'))).to.equal(true);
    expect(shown.some((row) => row.includes('KOENIG Sophie') && row.includes('CAF DE LA MEUSE'))).to.equal(true);
    expect(shown.some((row) => row.includes('AHOVA Emma'))).to.equal(false);
  });

  it('tells a person who does not decide requests that they are for administrators, with no tabs (forbidden)', async () => {
    server().actAs('user-carsat');
    const el = await fixture<HabilPendingRequests>(html`<habil-pending-requests></habil-pending-requests>`);
    await waitUntil(() => shadow(el).querySelector('habil-alert'), 'no forbidden message');
    const alert = shadow(el).querySelector('habil-alert')!;
    expect(text(alert)).to.contain('administrateurs locaux');
    expect(text(shadow(alert).querySelector('[part="heading"]'))).to.equal('Accès réservé aux administrateurs');
    expect(shadow(el).querySelector('[role="tablist"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });
});

describe('habil-pending-requests: tacit acceptance (R4)', () => {
  it('shows the deadline and the days left from the server’s day, and marks in words and sign those two days away or less', async () => {
    const el = await render();
    const deadline = (words: string) => rowOf(el, words).querySelector('[part~="deadline"]')!;
    // 28/05/2025 + 10 days: the last day is 07/06/2025, five days after the server's 02/06/2025.
    expect(text(deadline('LIVING Coralie'))).to.equal('07/06/2025 5 jours restants');
    expect(deadline('LIVING Coralie').getAttribute('part')).not.to.contain('deadline-close');
    // Asked nine days ago: one day left, marked close with a sign and words.
    const close = deadline('DONA Carole');
    expect(close.getAttribute('part')).to.contain('deadline-close');
    expect(close.querySelector('svg[part="deadline-icon"]')).not.to.equal(null);
    expect(text(close)).to.equal('03/06/2025 Échéance proche : 1 jour restant');
    expect(text(deadline('AHOVA Emma'))).to.contain('9 jours restants');
  });

  it('moves the requests nobody decided within 10 days to the history as « Acceptée tacitement »', async () => {
    server().clock.advanceDays(11);
    const el = await render();
    expect(rows(el)).to.have.length(0);
    expect(emptyMessage(el)).to.equal('Aucune demande en attente.');
    await expect(el).to.be.accessible();

    tab(el, 'history')!.click();
    await rowsBecome(el, (shown) => shown.length > 0, 'no history');
    const coralie = cells(rowOf(el, 'LIVING Coralie'));
    expect(headers(el)).to.deep.equal([
      'Nom Prénom Email',
      "Nom de l'organisme",
      'Rôle concerné',
      'Date de la demande',
      'Statut',
      'Décision de',
      'Date de la décision',
      'Motif',
    ]);
    expect(coralie[4]).to.equal('Acceptée tacitement');
    expect(coralie[5]).to.equal('Délai de 10 jours écoulé');
    expect(server().store.hasDirectGrant('c-living', 'acces-site')).to.equal(true);
    await expect(el).to.be.accessible();
  });
});

describe('habil-pending-requests: states', () => {
  it('says it is loading until the server answers, then shows the requests', async () => {
    const { client, release } = holdingClient('listAccessRequests');
    const el = await fixture<HabilPendingRequests>(html`<habil-pending-requests .client=${client}></habil-pending-requests>`);
    await waitUntil(() => table(el)?.loading, 'the table never said it was loading');
    await table(el).updateComplete;
    expect(shadow(table(el)).querySelector('table')!.getAttribute('aria-busy')).to.equal('true');
    expect(text(shadow(table(el)).querySelector('[part="empty"]'))).to.equal('Chargement des résultats…');
    await expect(el).to.be.accessible();
    release();
    await settled(el);
    expect(rows(el)).to.have.length(5);
  });

  it('explains a failed load with the server’s reason and loads again on « Recharger la liste »', async () => {
    const { client } = failingOnceClient('listAccessRequests', 'Maintenance du service jusqu’à 10 h 30.', (args: { query: { pageSize: number } }) => args.query.pageSize !== 1);
    const el = await fixture<HabilPendingRequests>(html`<habil-pending-requests .client=${client}></habil-pending-requests>`);
    const alert = () => [...shadow(el).querySelectorAll('habil-alert')].find((a) => shadow(a).querySelector('[part="retry-button"]'));
    await waitUntil(alert, 'no error shown');
    expect(text(shadow(alert()!).querySelector('[part="base"]'))).to.contain('Maintenance du service jusqu’à 10 h 30.');
    await expect(el).to.be.accessible();
    (shadow(alert()!).querySelector('[part="retry-button"]') as HTMLButtonElement).click();
    await rowsBecome(el, (shown) => shown.length === 5, 'the retry did not load the requests');
    expect(alert()).to.equal(undefined);
  });
});

describe('habil-pending-requests: tabs, search and sort', () => {
  it('follows the ARIA tab pattern: arrows move between the tabs, Home and End go to the ends', async () => {
    const el = await render();
    const tablist = shadow(el).querySelector('[role="tablist"]')!;
    expect(tablist.getAttribute('aria-label')).to.equal("Demandes d'habilitations");
    const tabs = [...tablist.querySelectorAll<HTMLElement>('[role="tab"]')];
    expect(tabs.map((t) => text(t))).to.deep.equal(['En cours 5 (5 en attente)', 'Historique', 'Demandes de création de compte 2 (2 en attente)']);
    expect(tabs.map((t) => t.tabIndex)).to.deep.equal([0, -1, -1]);
    const panel = shadow(el).getElementById(tabs[0]!.getAttribute('aria-controls')!)!;
    expect(panel.getAttribute('role')).to.equal('tabpanel');
    expect(panel.getAttribute('aria-labelledby')).to.equal(tabs[0]!.id);

    tabs[0]!.focus();
    await press('ArrowRight');
    await el.updateComplete;
    expect(focusedElement()).to.equal(tab(el, 'history'));
    expect(tab(el, 'history')!.getAttribute('aria-selected')).to.equal('true');
    expect(el.tab).to.equal('history');
    await settled(el);
    expect(caption(el)).to.equal("Demandes d'habilitations : Historique");

    // The keys go round the tabs: End to the last, on past it to the first, back, Home to the first.
    for (const [key, to] of [
      ['End', 'accounts'],
      ['ArrowRight', 'pending'],
      ['ArrowLeft', 'accounts'],
      ['Home', 'pending'],
    ] as const) {
      await press(key);
      await el.updateComplete;
      expect(focusedElement(), `${key} leads to the tab ${to}`).to.equal(tab(el, to));
    }
    expect(shadow(el).getElementById('panel-history')!.hidden).to.equal(true);
  });

  it('searches on the server once the user pauses typing', async () => {
    const { client, calls } = recordingClient();
    const el = await render(html`<habil-pending-requests .client=${client}></habil-pending-requests>`);
    const lists = () => calls.filter((c) => c.name === 'listAccessRequests' && (c.args as { query: { pageSize: number } }).query.pageSize !== 1);
    const before = lists().length;
    const search = field(el, 'Rechercher');
    for (const typed of ['g', 'gr', 'gre', 'grev']) await typeInto(search, typed);
    await rowsBecome(el, (shown) => shown.length === 1, 'the search never narrowed the list');
    expect(lists().length - before).to.equal(1);
    expect((lists().at(-1)!.args as { query: { q: string } }).query.q).to.equal('grev');
    expect(names(el)).to.deep.equal(['SCHNEIDER-KLEIN Hélène h.schneider-klein@lassuranceretraite.fr']);
    expect(search.value).to.equal('grev');
  });

  it('sorts by a column on the server and says so with aria-sort; the table’s own event stays inside the widget', async () => {
    const el = await render();
    const heardByPage = recordEvents(document, 'habil-sort-change');
    const header = () => [...shadow(table(el)).querySelectorAll('thead th')].find((th) => text(th) === 'Rôle concerné')!;
    (header().querySelector('button') as HTMLButtonElement).click();
    await rowsBecome(el, (shown) => text(shown[0]?.querySelector('th')).startsWith('AHOVA'), 'not sorted by role');
    expect(header().getAttribute('aria-sort')).to.equal('ascending');
    const roles = rows(el).map((row) => cells(row)[4]!.split(' Application')[0]);
    expect(roles).to.deep.equal([
      'Accords locaux - Accès organisme',
      "Droits d'accès au site ucanss.fr",
      'EGAP_ Guide Paie Accès Lecteur',
      'Grève - Déclaration des mouvements',
      'Recensement des marchés - Saisie',
    ].sort((a, b) => a.localeCompare(b, 'fr')));
    expect(heardByPage).to.have.length(0);
  });

  it('speaks English when the page does, with the dates and days left of that locale', async () => {
    const el = await render(html`<habil-pending-requests lang="en"></habil-pending-requests>`);
    expect(headers(el)).to.deep.equal(['All', 'Name First name E-mail', 'Position', 'Organisme', 'Role requested', 'Request date', 'Deadline', 'Action']);
    expect(text(rowOf(el, 'DONA Carole').querySelector('[part~="deadline"]'))).to.equal('2025-06-03 Deadline close: 1 day left');
    expect(text(decideButton(rowOf(el, 'LIVING Coralie'), 'accept'))).to.equal("Accept the request of Coralie LIVING: Droits d'accès au site ucanss.fr");
    expect(text(tab(el, 'history'))).to.equal('History');
    await expect(el).to.be.accessible();
  });
});
