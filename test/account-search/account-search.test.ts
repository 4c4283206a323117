/**
 * `<habil-account-search>`: the search (criteria sent to the reference server, presets, paging
 * remembered, sorting, no stale answer), its states (loading, empty, results, error with retry,
 * forbidden) and the selection, in French and English.
 */
import { expect, html, nextFrame } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import '../../src/account-search/define.js';
import { createFetchClient } from '../../src/client/fetch-client.js';
import type { HabilClient } from '../../src/client/types.js';
import { generateAccounts } from '../../mocks/seed/generator.js';
import { useReferenceServer } from '../support/api.js';
import { afterAttributeChange, recordEvents } from '../ui/support.js';
import {
  $,
  alertOf,
  choose,
  alertText,
  field,
  inTable,
  notice,
  press,
  radio,
  rowNames,
  searchWidget,
  selectionText,
  STORAGE_KEY,
  summary,
  table,
  typeInto,
  untilSettled,
  until,
} from './account-search-helpers.js';

const server = useReferenceServer();

/** The nine people of CARSAT ALSACE-MOSELLE in the seed, by name. */
const CARSAT_AM = [
  'AHOVA Emma',
  'BENGA Émilie',
  "D'ARTAGNAN Louis",
  'DONA Carole',
  'LIVING Coralie',
  'MULLER Jean-François',
  'RAYMOND Pierre',
  'SCHNEIDER-KLEIN Hélène',
  'WEBER Thomas',
];

/** A client whose requests go through `fetch` below, so that a test can hold or fail one answer. */
function clientWith(fetch: (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>) {
  return createFetchClient({ fetch, retry: 0 });
}

const urlOf = (input: RequestInfo | URL) => new URL(input instanceof Request ? input.url : String(input), location.href);

describe('habil-account-search: search', () => {
  it('shows the accounts of my organisme, sorted by name, with the total, in a captioned table', async () => {
    const el = await searchWidget(html`<habil-account-search></habil-account-search>`);
    expect($(el, '[part~="heading"]').textContent!.trim()).to.equal('Gestion des comptes');
    expect(rowNames(el)).to.deep.equal(CARSAT_AM);
    expect(summary(el)).to.equal('9 comptes trouvés');
    expect(inTable(el, 'caption')[0]!.textContent!.trim()).to.equal('Résultats de la recherche');
    expect(inTable(el, 'thead th').map((th) => th.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
      'Tout',
      'Nom',
      'Organisme',
      'Branches',
      'Mail',
      'Téléphone',
      'Statut',
      'Actions',
    ]);
    await expect(el).to.be.accessible();
  });

  it('is marked busy while the first page loads', async () => {
    localStorage.removeItem(STORAGE_KEY);
    const el = document.createElement('habil-account-search');
    document.body.append(el);
    try {
      await el.updateComplete;
      expect(table(el).loading).to.equal(true);
      expect(summary(el)).to.equal('Recherche en cours…');
      await expect(el).to.be.accessible();
      await untilSettled(el);
      expect(table(el).loading).to.equal(false);
    } finally {
      el.remove();
    }
  });

  it('searches the server as the user types, after a pause, with accents and case ignored', async () => {
    const el = await searchWidget(html`<habil-account-search></habil-account-search>`);
    await typeInto(el, 'nom', 'schneider');
    // Typing hides the rows of the previous search: they do not answer the new criteria.
    expect(rowNames(el)).to.deep.equal([]);
    expect(table(el).loading).to.equal(true);
    await untilSettled(el);
    expect(rowNames(el)).to.deep.equal(['SCHNEIDER-KLEIN Hélène']);

    await typeInto(el, 'prenom', 'helene');
    await untilSettled(el);
    expect(rowNames(el)).to.deep.equal(['SCHNEIDER-KLEIN Hélène']);
  });

  it('finds by identifier or professional e-mail', async () => {
    const el = await searchWidget(html`<habil-account-search></habil-account-search>`);
    await typeInto(el, 'identifier', 'co.living');
    await untilSettled(el);
    expect(rowNames(el)).to.deep.equal(['LIVING Coralie']);
  });

  it('"Chercher" (or Enter in a field) searches at once, without waiting for the pause', async () => {
    // The searches the widget asks the server for, as they start.
    const searches: (string | undefined)[] = [];
    const http = createFetchClient();
    const client: HabilClient = {
      call(name, args, options) {
        if (name === 'searchAccounts') searches.push((args as { query?: { nom?: string } }).query?.nom);
        return http.call(name, args, options);
      },
    };
    const el = await searchWidget(html`<habil-account-search .client=${client}></habil-account-search>`);
    await typeInto(el, 'nom', 'we');
    $<HTMLButtonElement>(el, '[part~="search-button"]').click();
    await el.updateComplete;
    expect(searches.at(-1)).to.equal('we');
    await untilSettled(el);
    expect(rowNames(el)).to.deep.equal(['WEBER Thomas']);

    await press('Backspace');
    await press('Backspace');
    await typeInto(el, 'nom', 'ahova');
    await press('Enter');
    await el.updateComplete;
    expect(searches.at(-1)).to.equal('ahova');
    await untilSettled(el);
    expect(rowNames(el)).to.deep.equal(['AHOVA Emma']);
  });

  it('yes/no criteria have an "Indifférent" choice and search at once', async () => {
    const el = await searchWidget(html`<habil-account-search></habil-account-search>`);
    for (const name of ['inMyOrganisme', 'active', 'add']) expect(radio(el, name, 'Indifférent').checked, name).to.equal(true);

    radio(el, 'active', 'Inactif').click();
    await untilSettled(el);
    expect(rowNames(el)).to.deep.equal(["D'ARTAGNAN Louis"]);

    radio(el, 'active', 'Indifférent').click();
    radio(el, 'add', 'Oui').click();
    await untilSettled(el);
    expect(rowNames(el)).to.deep.equal(['MULLER Jean-François', 'RAYMOND Pierre']);
    expect(inTable(el, '[part~="add-marker"]')).to.have.length(2);

    radio(el, 'add', 'Non').click();
    await untilSettled(el);
    expect(rowNames(el)).to.have.length(7);
  });

  it('"Rôle sélectionné" with "Personnes ayant le rôle" oui / non', async () => {
    const el = await searchWidget(html`<habil-account-search></habil-account-search>`);
    expect(radio(el, 'hasRole', 'Oui').disabled || radio(el, 'hasRole', 'Oui').closest('fieldset')!.disabled).to.equal(true);
    await choose(el, 'roleId', 'greve-declaration');
    await untilSettled(el);
    // Carole Dona's request of 03/12/2024 was accepted tacitly (R4): she holds the role too.
    expect(rowNames(el)).to.deep.equal(["D'ARTAGNAN Louis", 'DONA Carole']);

    radio(el, 'hasRole', 'Non').click();
    await untilSettled(el);
    expect(rowNames(el)).to.deep.equal(CARSAT_AM.filter((name) => name !== "D'ARTAGNAN Louis" && name !== 'DONA Carole'));
  });

  it('"Personne dans mon organisme : Non" searches outside it, to attach a newcomer (R9)', async () => {
    const el = await searchWidget(html`<habil-account-search></habil-account-search>`);
    radio(el, 'inMyOrganisme', 'Non').click();
    await untilSettled(el);
    expect(rowNames(el)).to.include('TOLOGUE Déon');
    expect(rowNames(el)).not.to.include('BENGA Émilie');
  });

  it('takes its criteria from attributes, e.g. a page of inactive accounts', async () => {
    const inactive = await searchWidget(html`<habil-account-search active="false"></habil-account-search>`);
    expect(rowNames(inactive)).to.deep.equal(["D'ARTAGNAN Louis"]);
    expect(radio(inactive, 'active', 'Inactif').checked).to.equal(true);

    const holders = await searchWidget(html`<habil-account-search role-id="egap-guides" add="non"></habil-account-search>`);
    expect(rowNames(holders)).to.deep.equal(['BENGA Émilie', 'LIVING Coralie']);

    const named = await searchWidget(html`<habil-account-search nom="dona"></habil-account-search>`);
    expect(rowNames(named)).to.deep.equal(['DONA Carole']);
    expect(field(named, 'nom').value).to.equal('dona');

    named.nom = 'ahova';
    await untilSettled(named);
    expect(rowNames(named)).to.deep.equal(['AHOVA Emma']);
  });

  it('never shows the answer to an older search as the answer to a newer one', async () => {
    let holdOld: () => void = () => {};
    const held = new Promise<void>((resolve) => (holdOld = resolve));
    let oldSent = false;
    let oldAnswered = false;
    // The search for "a" is answered late, after the one for "we", whatever the abort.
    const client = clientWith(async (input, init) => {
      const url = urlOf(input);
      const old = url.pathname === '/api/accounts' && url.searchParams.get('nom') === 'a';
      if (old) oldSent = true;
      const response = await fetch(input instanceof Request ? input.clone() : input, { ...init, signal: null });
      if (old) {
        await held;
        oldAnswered = true;
      }
      return response;
    });
    const el = await searchWidget(html`<habil-account-search .client=${client}></habil-account-search>`);
    await typeInto(el, 'nom', 'a');
    await waitUntil(() => oldSent, 'the search for "a" was never sent');
    await press('Backspace');
    await typeInto(el, 'nom', 'we');
    await press('Enter');
    await untilSettled(el);
    expect(rowNames(el)).to.deep.equal(['WEBER Thomas']);
    holdOld();
    // The late answer reaches the widget; whatever it would do with it is done by the next frame.
    await waitUntil(() => oldAnswered, 'the late answer was never given');
    await nextFrame();
    await el.updateComplete;
    expect(rowNames(el)).to.deep.equal(['WEBER Thomas']);
    expect(summary(el)).to.equal('1 compte trouvé');
  });
});

describe('habil-account-search: paging and sorting', () => {
  beforeEach(() => generateAccounts(server().store, 40, 11, ['carsat-am']));

  it('pages through the result on the server, and remembers the page size', async () => {
    const el = await searchWidget(html`<habil-account-search></habil-account-search>`);
    expect(summary(el)).to.equal('49 comptes trouvés');
    expect(rowNames(el)).to.have.length(10);
    const firstPage = rowNames(el);
    inTable<HTMLButtonElement>(el, '[part~="next-button"]')[0]!.click();
    await untilSettled(el);
    expect(rowNames(el)).to.have.length(10);
    expect(rowNames(el)).not.to.include.members(firstPage);
    expect(inTable(el, '.page-of')[0]!.textContent!.trim()).to.equal('Page 2 sur 5');

    const size = inTable<HTMLSelectElement>(el, '[part~="page-size"]')[0]!;
    expect([...size.options].map((o) => o.value)).to.deep.equal(['10', '25', '50', '100']);
    size.value = '25';
    size.dispatchEvent(new Event('change'));
    await untilSettled(el);
    expect(rowNames(el)).to.have.length(25);
    expect(localStorage.getItem(STORAGE_KEY)).to.equal('25');

    const again = await searchWidget(html`<habil-account-search></habil-account-search>`, { keepStorage: true });
    expect(rowNames(again)).to.have.length(25);
    expect(inTable<HTMLSelectElement>(again, '[part~="page-size"]')[0]!.value).to.equal('25');
    localStorage.removeItem(STORAGE_KEY);
  });

  it('sorts on the server by the column chosen, both ways, with aria-sort; the table’s events stay inside the widget', async () => {
    const el = await searchWidget(html`<habil-account-search nom="w"></habil-account-search>`);
    const heardByPage = recordEvents(document, 'habil-sort-change', 'habil-selection-change', 'habil-page-change');
    const header = (label: string) => inTable(el, 'thead th').find((th) => th.textContent!.trim().startsWith(label))!;
    expect(header('Nom').getAttribute('aria-sort')).to.equal('ascending');
    header('Nom').querySelector('button')!.click();
    await untilSettled(el);
    expect(header('Nom').getAttribute('aria-sort')).to.equal('descending');
    const descending = rowNames(el);
    expect(descending).to.deep.equal([...descending].sort((a, b) => b.localeCompare(a, 'fr')));

    header('Mail').querySelector('button')!.click();
    await untilSettled(el);
    expect(header('Mail').getAttribute('aria-sort')).to.equal('ascending');
    const mails = inTable(el, 'tbody tr').map((tr) => tr.querySelectorAll('td')[4]!.textContent!.trim());
    expect(mails).to.deep.equal([...mails].sort());

    inTable<HTMLInputElement>(el, 'tbody input[type="checkbox"]')[0]!.click();
    await untilSettled(el);
    expect(inTable<HTMLInputElement>(el, 'tbody input[type="checkbox"]')[0]!.checked).to.equal(true);
    expect(heardByPage).to.have.length(0);
  });
});

describe('habil-account-search: states', () => {
  it('empty: says that nothing matches and how to widen the search', async () => {
    const el = await searchWidget(html`<habil-account-search nom="zzz"></habil-account-search>`);
    expect(summary(el)).to.equal('0 compte trouvé');
    expect($(el, '.empty').textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Aucun compte ne correspond à ces critères. Élargissez la recherche : videz un champ ou choisissez « Indifférent ».',
    );
    await expect(el).to.be.accessible();
  });

  it('error: says why in the server\'s words and searches again on "Réessayer"', async () => {
    let failures = 1;
    const client = clientWith(async (input, init) => {
      if (urlOf(input).pathname === '/api/accounts' && failures-- > 0) {
        return new Response(JSON.stringify({ type: 'about:blank', title: 'Service Unavailable', status: 503, detail: 'Maintenance de l’annuaire jusqu’à 14 h.' }), {
          status: 503,
          headers: { 'Content-Type': 'application/problem+json' },
        });
      }
      return fetch(input, init);
    });
    const el = await searchWidget(html`<habil-account-search .client=${client}></habil-account-search>`);
    expect(alertText(el, 'search-alert')).to.equal('Erreur du serveur Maintenance de l’annuaire jusqu’à 14 h. Réessayer');
    expect(alertOf(el, 'search-alert').shadowRoot!.querySelector('[role="alert"]')).to.exist;
    expect(table(el)).to.equal(null);
    await expect(el).to.be.accessible();

    alertOf(el, 'search-alert').shadowRoot!.querySelector<HTMLButtonElement>('[part="retry-button"]')!.click();
    await untilSettled(el);
    expect(rowNames(el)).to.deep.equal(CARSAT_AM);
    expect(alertText(el, 'search-alert')).to.equal('');
  });

  it('forbidden: a plain user is told, in words, that account search is not his to do (R1)', async () => {
    server().actAs('user-carsat');
    const el = await searchWidget(html`<habil-account-search></habil-account-search>`);
    expect(alertText(el, 'search-alert')).to.equal(
      'Recherche de comptes non autorisée Votre profil ne permet pas cette action. La recherche de comptes est réservée aux administrateurs.',
    );
    expect(alertOf(el, 'search-alert').shadowRoot!.querySelector('[part="retry-button"]')).to.equal(null);
    expect($(el, 'form')).to.equal(null);
    expect($(el, '[part~="new-button"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('speaks English inside lang="en"', async () => {
    const el = await searchWidget(html`<habil-account-search lang="en" active="false"></habil-account-search>`);
    expect($(el, '[part~="heading"]').textContent!.trim()).to.equal('Account management');
    expect(summary(el)).to.equal('1 account found');
    expect(inTable(el, 'tbody td')[5]!.textContent!.trim()).to.equal('Inactive');
    await expect(el).to.be.accessible();
  });
});

describe('habil-account-search: selection', () => {
  beforeEach(() => generateAccounts(server().store, 40, 11, ['carsat-am']));

  it('"Tout" selects the whole result, not only the page, and says how many', async () => {
    const el = await searchWidget(html`<habil-account-search></habil-account-search>`);
    expect(selectionText(el)).to.equal('Aucun compte sélectionné.');
    const boxes = inTable<HTMLInputElement>(el, '[part~="select-row"]');
    boxes[0]!.click();
    boxes[1]!.click();
    await el.updateComplete;
    expect(selectionText(el)).to.equal('2 comptes sélectionnés.');

    inTable<HTMLInputElement>(el, '[part~="select-all"]')[0]!.click();
    await el.updateComplete;
    expect(selectionText(el)).to.equal('Tout : les 49 comptes du résultat sont sélectionnés.');
    await until(() => notice(el) === 'Tout : les 49 comptes du résultat sont sélectionnés.', 'announced');
    expect(inTable<HTMLInputElement>(el, '[part~="select-all"]')[0]!.getAttribute('aria-label')).to.equal('Tout sélectionner (49 résultats)');
    await expect(el).to.be.accessible();

    // A new search is a new result: the selection goes.
    radio(el, 'active', 'Actif').click();
    await untilSettled(el);
    expect(selectionText(el)).to.equal('Aucun compte sélectionné.');
  });
});

describe('habil-account-search: CAF', () => {
  it('lists the users of the convention with the columns of the CAF guide, and filters by group', async () => {
    server().actAs('partner-admin');
    const el = await searchWidget(html`<habil-account-search></habil-account-search>`);
    expect($(el, '[part~="heading"]').textContent!.trim()).to.equal('Liste des utilisateurs');
    expect($(el, '.convention').textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Convention sélectionnée : MCP - Conseil départemental du Var Organisme partenaire : CONSEIL DEPARTEMENTAL DU VAR',
    );
    expect(inTable(el, 'thead th').map((th) => th.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
      'Tout',
      'Identifiant',
      'Nom',
      'Prénom',
      'Adresse mail',
      'Téléphone',
      "Date d'ouverture",
      'Date de clôture',
      'Statut',
      'Actions',
    ]);
    expect(rowNames(el)).to.include('DURAND');
    const durand = inTable(el, 'tbody tr').find((tr) => tr.textContent!.includes('AAA2930CAU'))!;
    expect([...durand.children].slice(1, 9).map((cell) => cell.textContent!.trim())).to.deep.equal([
      'AAA2930CAU',
      'DURAND',
      'Mathieu',
      'mathieu.durand@gmail.com',
      '',
      '27/03/2018',
      '',
      'Ouvert',
    ]);

    expect(field(el, 'groupId').options.map((o) => o.label)).to.include('CDAP T1 – Cdap T1');
    await choose(el, 'groupId', 'g-cdap-t1');
    await untilSettled(el);
    expect(rowNames(el)).to.deep.equal(['BLANC', 'DURAND']);
    await expect(el).to.be.accessible();
  });

  it('says the guide\'s words: « Adresse mail », « Ouvert » / « Clôturé », « utilisateurs »; in English too', async () => {
    server().actAs('partner-admin');
    server().store.updateAccount(server().store.accounts.get('g-lemaitre')!, { closingDate: '2025-05-30' });
    const el = await searchWidget(html`<habil-account-search></habil-account-search>`);
    expect(['Indifférent', 'Ouvert', 'Clôturé'].map((label) => radio(el, 'active', label).name)).to.deep.equal(['active', 'active', 'active']);
    const lemaitre = inTable(el, 'tbody tr').find((tr) => tr.textContent!.includes('AAG0458CAU'))!;
    expect(lemaitre.querySelector('[part~="status-inactive"]')!.textContent!.trim()).to.equal('Clôturé');
    lemaitre.querySelector<HTMLInputElement>('[part~="select-row"]')!.click();
    await el.updateComplete;
    expect(selectionText(el)).to.equal('1 utilisateur sélectionné.');

    el.lang = 'en';
    await afterAttributeChange(el);
    await untilSettled(el);
    expect(inTable(el, 'thead th').map((th) => th.textContent!.replace(/\s+/g, ' ').trim())).to.include('E-mail address');
    expect(['Any', 'Open', 'Closed'].map((label) => radio(el, 'active', label).name)).to.deep.equal(['active', 'active', 'active']);
    expect(inTable(el, '[part~="status-inactive"]').map((status) => status.textContent!.trim())).to.deep.equal(['Closed']);
    expect(selectionText(el)).to.equal('1 user selected.');
  });

  it('refuses a convention that is not the acting person\'s (R1), in words', async () => {
    server().actAs('partner-admin');
    const el = await searchWidget(html`<habil-account-search convention-id="conv-var-habitat"></habil-account-search>`);
    expect(alertText(el, 'search-alert')).to.contain('Cette action sort de votre périmètre');
  });
});
