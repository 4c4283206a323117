import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { formatDate } from '../../src/domain/labels.js';
import '../../src/ui/data-table/define.js';
import type { DataTableColumn, HabilDataTable, PageChangeDetail, SortChangeDetail } from '../../src/ui/data-table/define.js';
import { people, type Person } from './people.js';

const ALL = people(253);

const COLUMNS: DataTableColumn<Person>[] = [
  { key: 'nom', header: 'Nom Prénom', sortable: true, rowHeader: true },
  { key: 'email', header: 'E-mail' },
  { key: 'organisme', header: 'Organisme', sortable: true },
  { key: 'ouverture', header: "Date d'ouverture", sortable: true, align: 'end', render: (p) => formatDate(p.ouverture) },
  { key: 'roles', header: 'Rôles', sortable: true, align: 'end' },
];

interface Args {
  caption: string;
  selectable: boolean;
  loading: boolean;
  rows: Person[];
  total: number | undefined;
  page: number;
  pageSize: number;
  sortKey: string | undefined;
  sortDirection: 'ascending' | 'descending';
  selected: string[];
  allSelected: boolean;
}

const meta: Meta<Args> = {
  title: 'UI/Tableau de données',
  id: 'ui-data-table',
  component: 'habil-data-table',
  args: {
    caption: "Comptes de l'organisme",
    selectable: true,
    loading: false,
    rows: ALL.slice(0, 10),
    total: ALL.length,
    page: 1,
    pageSize: 10,
    sortKey: 'nom',
    sortDirection: 'ascending',
    selected: ['p2', 'p3'],
    allSelected: false,
  },
  argTypes: {
    sortDirection: { control: 'inline-radio', options: ['ascending', 'descending'] },
    rows: { control: false },
  },
  render: (args) => html`
    <habil-data-table
      caption=${args.caption}
      .columns=${COLUMNS}
      .rows=${args.rows}
      .total=${args.total}
      .page=${args.page}
      .pageSize=${args.pageSize}
      .sortKey=${args.sortKey}
      .sortDirection=${args.sortDirection}
      .selected=${args.selected}
      ?all-selected=${args.allSelected}
      ?selectable=${args.selectable}
      ?loading=${args.loading}
    ></habil-data-table>
  `,
};
export default meta;

type Story = StoryObj<Args>;

/** Sorted by name, two rows selected, first of 26 pages. */
export const WithRows: Story = {};

export const AllSelected: Story = { args: { allSelected: true } };

/** First load: no rows yet. */
export const Loading: Story = { args: { loading: true, rows: [], total: undefined, selected: [] } };

/** The next page is loading: the current rows stay readable. */
export const LoadingNextPage: Story = { args: { loading: true } };

export const Empty: Story = { args: { rows: [], total: 0, selected: [] } };

export const CustomEmptyMessage: Story = {
  args: { rows: [], total: 0, selected: [], caption: "Demandes d'habilitations en cours" },
  render: (args) => html`
    <habil-data-table caption=${args.caption} .columns=${COLUMNS} .rows=${[]} .total=${0} selectable>
      <p slot="empty">Aucune demande en attente de votre validation.</p>
    </habil-data-table>
  `,
};

/** Rows the host says cannot be selected (here, the second: e.g. a request just decided) have no checkbox, and "Tout" leaves them out. */
export const SomeRowsNotSelectable: Story = {
  render: (args) => html`
    <habil-data-table
      caption=${args.caption}
      .columns=${COLUMNS}
      .rows=${ALL.slice(0, 4)}
      .total=${4}
      .rowSelectable=${(person: Person) => person.id !== ALL[1]!.id}
      sort-key="nom"
      selectable
    ></habil-data-table>
  `,
};

/** A short list without paging (no `total`). */
export const WithoutPaging: Story = { args: { rows: ALL.slice(0, 4), total: undefined, selectable: false, sortKey: undefined } };

function compare(key: keyof Person, direction: 'ascending' | 'descending') {
  const sign = direction === 'ascending' ? 1 : -1;
  return (a: Person, b: Person) => sign * String(a[key]).localeCompare(String(b[key]), 'fr', { numeric: true });
}

/** Sort, page and select: the story plays the host widget, which would ask the server. */
export const Interactive: Story = {
  render: (args) => {
    let sorted = [...ALL].sort(compare('nom', 'ascending'));
    const show = (table: HabilDataTable<Person>) => {
      const start = (table.page - 1) * table.pageSize;
      table.rows = sorted.slice(start, start + table.pageSize);
    };
    const onSort = (event: CustomEvent<SortChangeDetail>) => {
      const table = event.target as HabilDataTable<Person>;
      sorted = [...ALL].sort(compare(event.detail.key as keyof Person, event.detail.direction));
      table.page = 1;
      show(table);
    };
    const onPage = (event: CustomEvent<PageChangeDetail>) => show(event.target as HabilDataTable<Person>);
    return html`
      <habil-data-table
        caption=${args.caption}
        .columns=${COLUMNS}
        .rows=${sorted.slice(0, 10)}
        .total=${ALL.length}
        sort-key="nom"
        selectable
        @habil-sort-change=${onSort}
        @habil-page-change=${onPage}
      ></habil-data-table>
    `;
  },
};

/** The same table in each theme, whatever the toolbar says. */
export const Themes: Story = {
  render: (args) => html`
    ${['light', 'dark', 'ucanss', 'caf'].map(
      (theme) => html`
        <section data-habil-theme=${theme} class="theme-sample">
          <habil-data-table
            caption=${`${args.caption} — ${theme}`}
            .columns=${COLUMNS}
            .rows=${ALL.slice(0, 4)}
            .total=${ALL.length}
            sort-key="nom"
            .selected=${['p2']}
            selectable
          ></habil-data-table>
        </section>
      `,
    )}
  `,
};
