import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import '../../src/ui/data-table/define.js';
import type { DataTableColumn, HabilDataTable, PageChangeDetail, SelectionChangeDetail, SortChangeDetail } from '../../src/ui/data-table/define.js';
import { afterAttributeChange, focusedElement, press, recordEvents, tabTo } from './support.js';

interface Person {
  id: string;
  nom: string;
  organisme: string;
  roles: number;
}

const PEOPLE: Person[] = [
  { id: 'p1', nom: 'Durand Mathieu', organisme: 'CAF DU RHÔNE', roles: 3 },
  { id: 'p2', nom: 'Lefèvre Émilie', organisme: 'CARSAT ALSACE-MOSELLE', roles: 1 },
  { id: 'p3', nom: "D'Artagnan Jean-François", organisme: 'URSSAF ÎLE-DE-FRANCE', roles: 12 },
];

const COLUMNS: DataTableColumn<Person>[] = [
  { key: 'nom', header: 'Nom Prénom', sortable: true, rowHeader: true },
  { key: 'organisme', header: 'Organisme', sortable: true },
  { key: 'roles', header: 'Rôles', align: 'end', render: (person) => html`<strong>${person.roles}</strong>` },
];

async function table(
  options: Partial<Pick<HabilDataTable<Person>, 'rows' | 'total' | 'selectable' | 'loading' | 'page' | 'sortKey'>> = {},
): Promise<HabilDataTable<Person>> {
  return fixture<HabilDataTable<Person>>(html`
    <habil-data-table
      caption="Comptes de l'organisme"
      .columns=${COLUMNS}
      .rows=${options.rows ?? PEOPLE}
      .total=${options.total}
      .page=${options.page ?? 1}
      .sortKey=${options.sortKey}
      ?selectable=${options.selectable ?? false}
      ?loading=${options.loading ?? false}
    ></habil-data-table>
  `);
}

const $ = <E extends Element = HTMLElement>(el: HabilDataTable<Person>, selector: string) => el.shadowRoot!.querySelector<E>(selector)!;
const $$ = <E extends Element = HTMLElement>(el: HabilDataTable<Person>, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<E>(selector),
];
const status = (el: HabilDataTable<Person>) => $(el, '[role="status"]').textContent!.trim();

/** Every text the status region comes to hold from now on (emptying it says nothing). */
function recordStatus(el: HabilDataTable<Person>): string[] {
  const spoken: string[] = [];
  const region = $(el, '[role="status"]');
  new MutationObserver(() => {
    const now = region.textContent!.trim();
    if (now) spoken.push(now);
  }).observe(region, { childList: true, characterData: true, subtree: true });
  return spoken;
}

describe('habil-data-table', () => {
  describe('structure', () => {
    it('is a native table with a caption, column headers and row headers', async () => {
      const el = await table();
      expect($(el, 'table caption').textContent).to.equal("Comptes de l'organisme");
      expect($$(el, 'thead th').map((th) => [th.getAttribute('scope'), th.textContent!.trim()])).to.deep.equal([
        ['col', 'Nom Prénom'],
        ['col', 'Organisme'],
        ['col', 'Rôles'],
      ]);
      const firstRow = $$(el, 'tbody tr')[0]!;
      expect(firstRow.querySelector('th')!.getAttribute('scope')).to.equal('row');
      expect(firstRow.querySelector('th')!.textContent).to.equal('Durand Mathieu');
      expect(firstRow.querySelector('strong')!.textContent).to.equal('3');
      await expect(el).to.be.accessible();
    });

    it('makes only sortable headers buttons, and marks the sorted one with aria-sort', async () => {
      const el = await table({ sortKey: 'nom' });
      const headers = $$(el, 'thead th');
      expect(headers.map((th) => Boolean(th.querySelector('button')))).to.deep.equal([true, true, false]);
      expect(headers.map((th) => th.getAttribute('aria-sort'))).to.deep.equal(['ascending', null, null]);
    });
  });

  describe('sorting', () => {
    it('sorts by a header with Enter, then reverses with Space, announcing each with an event', async () => {
      const el = await table();
      const events = recordEvents<CustomEvent<SortChangeDetail>>(el, 'habil-sort-change');
      const organismeButton = $$(el, 'thead th button')[1]!;

      await tabTo(organismeButton);
      await press('Enter');
      await el.updateComplete;
      expect(events.map((e) => e.detail)).to.deep.equal([{ key: 'organisme', direction: 'ascending' }]);
      expect($$(el, 'thead th')[1]!.getAttribute('aria-sort')).to.equal('ascending');

      await press('Space');
      await el.updateComplete;
      expect(events[1]!.detail).to.deep.equal({ key: 'organisme', direction: 'descending' });
      expect($$(el, 'thead th')[1]!.getAttribute('aria-sort')).to.equal('descending');
      expect(focusedElement()).to.equal(organismeButton);
    });

    it('says what the sort did, and nothing of the rows loaded in the new order', async () => {
      const el = await table({ total: 3, sortKey: 'nom' });
      expect($$(el, 'thead th')[0]!.getAttribute('aria-sort')).to.equal('ascending');
      const spoken = recordStatus(el);
      $$(el, 'thead th button')[1]!.click();
      await el.updateComplete;
      expect(status(el)).to.equal('Trié par Organisme, ordre croissant.');
      // The host loads the rows in the new order.
      el.loading = true;
      await el.updateComplete;
      el.rows = [...PEOPLE].reverse();
      el.loading = false;
      await el.updateComplete;
      expect(status(el)).to.equal('Trié par Organisme, ordre croissant.');
      $$(el, 'thead th button')[1]!.click();
      await el.updateComplete;
      expect(status(el)).to.equal('Trié par Organisme, ordre décroissant.');
      // The next load that is not the sort's is said again.
      el.rows = PEOPLE;
      await el.updateComplete;
      el.loading = true;
      await el.updateComplete;
      expect(status(el)).to.equal('Chargement des résultats…');
      expect(spoken).to.deep.equal(['Trié par Organisme, ordre croissant.', 'Trié par Organisme, ordre décroissant.', 'Chargement des résultats…']);
    });

    it('says the sort in English on an English page', async () => {
      const el = await table({ total: 3 });
      el.lang = 'en';
      await afterAttributeChange(el);
      $$(el, 'thead th button')[0]!.click();
      await el.updateComplete;
      expect(status(el)).to.equal('Sorted by Nom Prénom, ascending.');
      $$(el, 'thead th button')[0]!.click();
      await el.updateComplete;
      expect(status(el)).to.equal('Sorted by Nom Prénom, descending.');
    });

    it('sorts a newly chosen column ascending and drops aria-sort from the previous one', async () => {
      const el = await table({ sortKey: 'organisme' });
      el.sortDirection = 'descending';
      await el.updateComplete;
      $$(el, 'thead th button')[0]!.click();
      await el.updateComplete;
      expect($$(el, 'thead th').map((th) => th.getAttribute('aria-sort'))).to.deep.equal(['ascending', null, null]);
    });
  });

  describe('paging', () => {
    it('shows where the user is, in words a screen reader announces', async () => {
      const el = await table({ total: 253 });
      expect($(el, '[part="range"]').textContent).to.equal('1–10 sur 253');
      expect($(el, '.page-of').textContent).to.equal('Page 1 sur 26');
      expect(status(el)).to.equal('Lignes 1 à 10 sur 253, page 1 sur 26.');
      expect($(el, '[role="status"]').getAttribute('aria-live')).to.equal('polite');
      await expect(el).to.be.accessible();
    });

    it('names its paging after its caption, so two tables on a page have landmarks told apart', async () => {
      const page = await fixture<HTMLElement>(html`
        <div>
          <habil-data-table caption="Membres du groupe" .columns=${COLUMNS} .rows=${PEOPLE} .total=${253}></habil-data-table>
          <habil-data-table caption="Habilitations du groupe" .columns=${COLUMNS} .rows=${PEOPLE} .total=${40}></habil-data-table>
        </div>
      `);
      const tables = [...page.querySelectorAll<HabilDataTable<Person>>('habil-data-table')];
      await Promise.all(tables.map((el) => el.updateComplete));
      expect(tables.map((el) => $(el, 'nav[part="pagination"]').getAttribute('aria-label'))).to.deep.equal([
        'Pagination : Membres du groupe',
        'Pagination : Habilitations du groupe',
      ]);
      await expect(page).to.be.accessible();
    });

    it('goes to the next page with the keyboard, and keeps focus on the button', async () => {
      const el = await table({ total: 253 });
      const events = recordEvents<CustomEvent<PageChangeDetail>>(el, 'habil-page-change');
      const next = $(el, '[part="next-button"]');
      await tabTo(next);
      await press('Enter');
      await el.updateComplete;
      expect(events.map((e) => e.detail)).to.deep.equal([{ page: 2, pageSize: 10 }]);
      expect(status(el)).to.equal('Lignes 11 à 20 sur 253, page 2 sur 26.');
      expect(focusedElement()).to.equal(next);

      await press('Space');
      await el.updateComplete;
      expect(events[1]!.detail).to.deep.equal({ page: 3, pageSize: 10 });
    });

    it('says the rows of the new page once: not « Chargement des résultats… », not the range again when they come', async () => {
      const el = await table({ total: 253 });
      const spoken = recordStatus(el);
      $(el, '[part="next-button"]').click();
      await el.updateComplete;
      // The host loads the second page.
      el.loading = true;
      await el.updateComplete;
      el.rows = [...PEOPLE].reverse();
      el.loading = false;
      await el.updateComplete;
      expect(spoken).to.deep.equal(['Lignes 11 à 20 sur 253, page 2 sur 26.']);
      // A load that is not the page's is said again.
      el.loading = true;
      await el.updateComplete;
      expect(spoken.at(-1)).to.equal('Chargement des résultats…');
    });

    it('keeps previous and next focusable at the ends, but inert', async () => {
      const el = await table({ total: 25, page: 3 });
      const events = recordEvents(el, 'habil-page-change');
      const previous = $(el, '[part="previous-button"]');
      const next = $(el, '[part="next-button"]');
      expect(next.getAttribute('aria-disabled')).to.equal('true');
      expect(previous.getAttribute('aria-disabled')).to.equal('false');
      expect($(el, '[part="range"]').textContent).to.equal('21–25 sur 25');

      await tabTo(next);
      await press('Enter');
      expect(events).to.have.length(0);

      el.page = 1;
      await el.updateComplete;
      expect(previous.getAttribute('aria-disabled')).to.equal('true');
      previous.click();
      expect(events).to.have.length(0);
    });

    it('changes the page size from the keyboard and goes back to the first page', async () => {
      const el = await table({ total: 253, page: 4 });
      const events = recordEvents<CustomEvent<PageChangeDetail>>(el, 'habil-page-change');
      const select = $<HTMLSelectElement>(el, 'select[part="page-size"]');
      expect([...select.options].map((o) => o.value)).to.deep.equal(['10', '25', '50', '100']);
      await tabTo(select);
      await press('ArrowDown');
      await el.updateComplete;
      expect(events.map((e) => e.detail)).to.deep.equal([{ page: 1, pageSize: 25 }]);
      expect($(el, '[part="range"]').textContent).to.equal('1–25 sur 253');
    });

    it('groups thousands the French way', async () => {
      const el = await table({ total: 100000, page: 1234 });
      expect($(el, '[part="range"]').textContent).to.equal('12\u202f331–12\u202f340 sur 100\u202f000');
    });
  });

  describe('selection', () => {
    it('selects a row with Space and says which rows are selected', async () => {
      const el = await table({ selectable: true, total: 3 });
      const events = recordEvents<CustomEvent<SelectionChangeDetail>>(el, 'habil-selection-change');
      const boxes = $$<HTMLInputElement>(el, 'tbody input[type="checkbox"]');
      expect(boxes[1]!.getAttribute('aria-label')).to.equal('Sélectionner Lefèvre Émilie');

      await tabTo(boxes[1]!);
      await press('Space');
      await el.updateComplete;
      expect(events.map((e) => e.detail)).to.deep.equal([{ selected: ['p2'], all: false }]);
      expect($$(el, 'tbody tr')[1]!.getAttribute('part')).to.equal('row row-selected');
      const selectAll = $<HTMLInputElement>(el, '[part="select-all"]');
      expect(selectAll.indeterminate).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('"Tout" selects the whole result, and lets the host decide what that means', async () => {
      const el = await table({ selectable: true, total: 253 });
      const events = recordEvents<CustomEvent<SelectionChangeDetail>>(el, 'habil-selection-change');
      const selectAll = $<HTMLInputElement>(el, '[part="select-all"]');
      expect(selectAll.getAttribute('aria-label')).to.equal('Tout sélectionner (253 résultats)');
      expect(selectAll.closest('label')!.textContent!.trim()).to.equal('Tout');

      await tabTo(selectAll);
      await press('Space');
      await el.updateComplete;
      expect(events.map((e) => e.detail)).to.deep.equal([{ selected: ['p1', 'p2', 'p3'], all: true }]);
      expect(el.allSelected).to.equal(true);
      expect($$<HTMLInputElement>(el, 'tbody input').every((box) => box.checked)).to.equal(true);

      el.rows = [{ id: 'p4', nom: 'Martin Zoé', organisme: 'CPAM DE LA GIRONDE', roles: 0 }];
      await el.updateComplete;
      expect($<HTMLInputElement>(el, 'tbody input').checked).to.equal(true);
      expect(el.selected).to.include('p4');

      await press('Space');
      await el.updateComplete;
      expect(events[1]!.detail).to.deep.equal({ selected: [], all: false });
    });

    it('offers no checkbox on the rows the host says cannot be selected, and "Tout" leaves them out', async () => {
      const el = await table({ selectable: true, total: 3 });
      el.rowSelectable = (person) => person.id !== 'p2';
      await el.updateComplete;
      const events = recordEvents<CustomEvent<SelectionChangeDetail>>(el, 'habil-selection-change');
      const secondRow = $$(el, 'tbody tr')[1]!;
      expect(secondRow.querySelector('input')).to.equal(null);
      expect(secondRow.children).to.have.length(4);
      $<HTMLInputElement>(el, '[part="select-all"]').click();
      await el.updateComplete;
      expect(events.map((e) => e.detail)).to.deep.equal([{ selected: ['p1', 'p3'], all: true }]);
      expect(secondRow.getAttribute('part')).to.equal('row');
      await expect(el).to.be.accessible();
    });

    it('unchecking one row leaves "Tout"', async () => {
      const el = await table({ selectable: true, total: 3 });
      const events = recordEvents<CustomEvent<SelectionChangeDetail>>(el, 'habil-selection-change');
      $<HTMLInputElement>(el, '[part="select-all"]').click();
      await el.updateComplete;
      $$<HTMLInputElement>(el, 'tbody input')[0]!.click();
      await el.updateComplete;
      expect(events[1]!.detail).to.deep.equal({ selected: ['p2', 'p3'], all: false });
      expect($<HTMLInputElement>(el, '[part="select-all"]').indeterminate).to.equal(true);
    });
  });

  describe('states', () => {
    it('while loading, is marked busy and says so', async () => {
      const el = await table({ rows: [], loading: true });
      expect($(el, 'table').getAttribute('aria-busy')).to.equal('true');
      expect($(el, '[part="empty"]').textContent!.trim()).to.equal('Chargement des résultats…');
      expect(status(el)).to.equal('Chargement des résultats…');
      await expect(el).to.be.accessible();

      el.rows = PEOPLE;
      el.total = 3;
      el.loading = false;
      await el.updateComplete;
      expect($(el, 'table').getAttribute('aria-busy')).to.equal('false');
      expect(status(el)).to.equal('Lignes 1 à 3 sur 3, page 1 sur 1.');
    });

    it('says nothing of a reload the host makes quiet (after an action it announces itself), then speaks again', async () => {
      const el = await table({ total: 3 });
      expect(status(el)).to.equal('Lignes 1 à 3 sur 3, page 1 sur 1.');
      const spoken = recordStatus(el);
      // A row was decided: it leaves at once, and the rows are loaded again.
      el.quiet = true;
      el.rows = PEOPLE.slice(1);
      el.total = 2;
      el.loading = true;
      await el.updateComplete;
      expect(status(el)).to.equal('');
      el.rows = PEOPLE.slice(1);
      el.quiet = false;
      el.loading = false;
      await el.updateComplete;
      expect(status(el)).to.equal('');
      expect($$(el, 'tbody tr')).to.have.length(2);
      // The user searches again: that load is said.
      el.loading = true;
      await el.updateComplete;
      el.rows = PEOPLE.slice(2);
      el.total = 1;
      el.loading = false;
      await el.updateComplete;
      expect(spoken).to.deep.equal(['Chargement des résultats…', 'Ligne 1 sur 1, page 1 sur 1.']);
      await expect(el).to.be.accessible();
    });

    it('counts one row in the singular', async () => {
      const el = await table({ rows: PEOPLE.slice(0, 1), selectable: true });
      expect(status(el)).to.equal('1 ligne.');
      el.rows = PEOPLE;
      await el.updateComplete;
      expect(status(el)).to.equal('3 lignes.');
      el.rows = PEOPLE.slice(0, 1);
      el.total = 1;
      await el.updateComplete;
      expect(status(el)).to.equal('Ligne 1 sur 1, page 1 sur 1.');
      expect($(el, '[part="range"]').textContent).to.equal('1 sur 1');
      expect($(el, '[part="select-all"]').getAttribute('aria-label')).to.equal('Tout sélectionner (1 résultat)');
      el.lang = 'en';
      await afterAttributeChange(el);
      expect(status(el)).to.equal('Row 1 of 1, page 1 of 1.');
      expect($(el, '[part="select-all"]').getAttribute('aria-label')).to.equal('All: select the 1 result');
      el.total = undefined;
      await el.updateComplete;
      expect(status(el)).to.equal('1 row.');
    });

    it('keeps the previous rows visible while the next page loads', async () => {
      const el = await table({ total: 253, loading: true });
      expect($$(el, 'tbody tr')).to.have.length(3);
      expect(status(el)).to.equal('Chargement des résultats…');
      await expect(el).to.be.accessible();
    });

    it('says when there is nothing, with a message the host can replace', async () => {
      const el = await table({ rows: [], total: 0 });
      expect($(el, '[part="empty"]').textContent!.trim()).to.equal('Aucun résultat.');
      expect($(el, '[part="empty"]').getAttribute('colspan')).to.equal('3');
      expect($(el, '[part="pagination"]')).to.equal(null);
      await expect(el).to.be.accessible();

      const custom = await fixture<HabilDataTable<Person>>(html`
        <habil-data-table caption="Demandes" .columns=${COLUMNS} .rows=${[]}>
          <span slot="empty">Aucune demande en attente.</span>
        </habil-data-table>
      `);
      const slot = $<HTMLSlotElement>(custom, 'slot[name="empty"]');
      expect(slot.assignedElements()[0]!.textContent).to.equal('Aucune demande en attente.');
    });
  });

  describe('language', () => {
    it('speaks English when the page switches to English', async () => {
      const el = await table({ total: 253, selectable: true });
      document.documentElement.lang = 'en';
      try {
        await afterAttributeChange(el);
        expect($(el, '[part="range"]').textContent).to.equal('1–10 of 253');
        expect($(el, '[part="next-button"]').textContent!.trim()).to.equal('Next ›');
        expect(status(el)).to.equal('Rows 1 to 10 of 253, page 1 of 26.');
        expect($(el, '[part="select-all"]').getAttribute('aria-label')).to.equal('All: select the 253 results');
      } finally {
        document.documentElement.lang = '';
      }
    });
  });
});

describe('habil-data-table wider than its box', () => {
  it('lets the keyboard scroll it: the box takes the focus and the caption as its name', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 240px"></div>`);
    const table = document.createElement('habil-data-table');
    table.caption = 'Comptes';
    table.columns = [
      { key: 'nom', header: 'Nom' },
      { key: 'mail', header: 'Adresse électronique professionnelle' },
      { key: 'org', header: 'Organisme de rattachement' },
    ];
    table.rows = [{ id: '1', nom: 'Benga', mail: 'e.benga@lassuranceretraite.fr', org: 'CARSAT ALSACE-MOSELLE' }];
    table.rowKey = 'id';
    wrapper.append(table);
    const box = () => table.shadowRoot?.querySelector<HTMLElement>('.scroll');
    await waitUntil(() => box()?.getAttribute('tabindex') === '0', 'the overflowing box becomes focusable');
    expect(box()!.getAttribute('role')).to.equal('region');
    expect(box()!.getAttribute('aria-label')).to.equal('Comptes');
    await expect(table).to.be.accessible();
    wrapper.style.width = '1200px';
    await waitUntil(() => !box()!.hasAttribute('tabindex'), 'a table that fits is not a tab stop');
  });
});
