/**
 * The results of `<habil-account-search>`: the count and the selection bar, the table (its
 * columns, the name, the e-mail broken after « @ », the status), each row's « Actions » button
 * or read-only reason, and the popover of a row's menu (its content comes with the actions).
 */
import { html, nothing } from 'lit';
import { ACCOUNT_STATUS_LABELS } from '../domain/index.js';
import type { DataTableColumn } from '../ui/data-table/data-table.js';
import type { BulkController } from './bulk.js';
import type { RowMenuController } from './row-menu.js';
import { PAGE_SIZES, type SearchController } from './search.js';
import type { ResultRow, SearchContext } from './search-context.js';
import type { AccountSearchWords } from './widget.js';

export interface ResultsView {
  t: AccountSearchWords;
  search: SearchController;
  bulk: BulkController;
  /** The menu of a row, once the actions' code is there. */
  menu: RowMenuController<ResultRow> | undefined;
  /** Opens the menu of `row` under its button, or closes it; the first time, once the actions' code is there. */
  toggleMenu: (row: ResultRow, invoker: HTMLElement) => void;
  /** The content of the menu of `row`, once the actions' code is there. */
  menuItems: (row: ResultRow) => unknown;
  /** The row's « Actions » is reached: the actions' code comes while the user chooses. */
  prefetchActions: () => void;
  /** The row whose menu waits for the actions' code, once that takes a moment: its button says so. */
  menuOpening: string | undefined;
  /** The widget is narrower than the table: the name, the actions and the status come first. */
  narrow: boolean;
}

/** "Branche Retraite" is "Retraite" under the header "Branches". */
function branchName(branch: string): string {
  return branch.replace(/^Branche\s+/i, '');
}

export function renderResults(view: ResultsView, context: SearchContext | undefined) {
  const { t, search } = view;
  const shown = search.current;
  const caf = context?.space === 'caf';
  const total = shown?.page.total;
  const sortKey = search.query.sort.replace(/^-/, '');
  return html`
    <div class="results-bar">
      <h3 id="results-heading" tabindex="-1" part="results-summary">
        ${total === undefined ? t.msg('searching') : t.msg(caf ? 'totalCaf' : 'total', t.formatNumber(total))}
      </h3>
      ${context ? renderSelectionBar(view) : nothing}
    </div>
    <habil-data-table
      caption=${t.msg('results')}
      caption-hidden
      exportparts="table, row, row-selected, cell, pagination, name, branch, email-segment, phone, add-marker, status-inactive, read-only-reason, row-actions-button"
      selectable
      .columns=${columns(view, caf)}
      .rows=${shown?.rows ?? []}
      .total=${total}
      .page=${search.query.page}
      .pageSize=${search.query.pageSize}
      .pageSizes=${PAGE_SIZES}
      .sortKey=${sortKey === 'nom' ? 'name' : sortKey}
      .sortDirection=${search.query.sort.startsWith('-') ? 'descending' : 'ascending'}
      .selected=${[...search.selection.keys()]}
      .allSelected=${search.allSelected}
      ?loading=${search.loading}
      ?quiet=${search.quiet}
      @habil-sort-change=${(event: Parameters<SearchController['onSortChange']>[0]) => search.onSortChange(event)}
      @habil-page-change=${(event: Parameters<SearchController['onPageChange']>[0]) => search.onPageChange(event)}
      @habil-selection-change=${(event: Parameters<SearchController['onSelectionChange']>[0]) => search.onSelectionChange(event)}
    >
      <div slot="empty" class="empty">
        <p>${t.msg('emptyResult')}</p>
        <p class="hint">${t.msg('emptyHint')}</p>
      </div>
    </habil-data-table>
  `;
}

/** « 3 comptes sélectionnés » (on CAF, the guide's « utilisateurs »), or the whole result. */
export function selectionText(t: AccountSearchWords, search: SearchController): string {
  const count = search.selectionSize;
  const caf = search.context?.space === 'caf';
  if (count === 0) return t.msg(caf ? 'selectionNoneCaf' : 'selectionNone');
  const n = t.formatNumber(count);
  if (caf) return search.allSelected ? t.msg('selectionAllCaf', n) : t.msg('selectionSomeCaf', n);
  return search.allSelected ? t.msg('selectionAll', n) : t.msg('selectionSome', n);
}

function renderSelectionBar({ t, search, bulk }: ResultsView) {
  const count = search.selectionSize;
  const running = bulk.running;
  const actions = count > 0 ? bulk.actions() : [];
  return html`
    <div class="selection" part="selection" role="group" aria-label=${t.msg('selection')}>
      <span class="selection-text">${selectionText(t, search)}</span>
      ${actions.map(
        (action) => html`<button type="button" class="button" part="bulk-button" data-action=${action} ?disabled=${running} @click=${() => bulk.start(action)}>
          ${bulk.label(action)}
        </button>`,
      )}
      ${count > 0
        ? html`<button type="button" class="button" part="bulk-button" ?disabled=${running} @click=${() => search.clearSelection()}>
            ${t.msg('clearSelection')}
          </button>`
        : nothing}
    </div>
  `;
}

function columns(view: ResultsView, caf: boolean): DataTableColumn<ResultRow>[] {
  const all = allColumns(view, caf);
  if (!view.narrow) return all;
  const first = ['name', 'actions', 'status'];
  return [...first.map((key) => all.find((column) => column.key === key)!), ...all.filter((column) => !first.includes(column.key))];
}

function allColumns(view: ResultsView, caf: boolean): DataTableColumn<ResultRow>[] {
  const { t } = view;
  const status = (row: ResultRow) => {
    const label = ACCOUNT_STATUS_LABELS[row.status][t.lang];
    return row.status === 'actif' || row.status === 'ouvert' ? label : html`<span part="status-inactive">${label}</span>`;
  };
  const phone = (row: ResultRow) => (row.phone ? html`<span part="phone">${row.phone}</span>` : '');
  // An address may break after "@", and only there: the table stays narrow, the address readable.
  const email = (row: ResultRow) => {
    const at = row.emailPro.indexOf('@');
    if (at < 0) return row.emailPro;
    return html`<span part="email-segment">${row.emailPro.slice(0, at + 1)}</span><wbr /><span part="email-segment">${row.emailPro.slice(at + 1)}</span>`;
  };
  const name = (row: ResultRow, text: string) =>
    html`<span part="name">${text}</span>${row.add ? html` <span part="add-marker"><abbr title=${t.msg('addLong')}>${t.msg('addMarker')}</abbr></span>` : nothing}`;
  const actions: DataTableColumn<ResultRow> = { key: 'actions', header: t.msg('colActions'), render: (row) => renderActionsCell(view, row) };
  if (caf) {
    return [
      { key: 'identifier', header: t.msg('colIdentifier') },
      { key: 'name', header: t.msg('colNom'), sortable: true, rowHeader: true, render: (row) => name(row, row.nom) },
      { key: 'prenom', header: t.msg('colPrenom'), sortable: true },
      { key: 'emailPro', header: t.msg('colEmailCaf'), sortable: true, render: email },
      { key: 'phone', header: t.msg('colPhone'), render: phone },
      { key: 'openingDate', header: t.msg('colOpening'), sortable: true, render: (row) => t.formatDate(row.openingDate) },
      { key: 'closingDate', header: t.msg('colClosing'), render: (row) => t.formatDate(row.closingDate) },
      { key: 'status', header: t.msg('colStatus'), sortable: true, render: status },
      actions,
    ];
  }
  return [
    { key: 'name', header: t.msg('colName'), sortable: true, rowHeader: true, render: (row) => name(row, row.name) },
    { key: 'organismeName', header: t.msg('colOrganisme'), sortable: true },
    { key: 'branches', header: t.msg('colBranches'), render: (row) => html`${row.branches.map((branch) => html`<span part="branch">${branchName(branch)}</span>`)}` },
    { key: 'emailPro', header: t.msg('colEmail'), sortable: true, render: email },
    { key: 'phone', header: t.msg('colPhone'), render: phone },
    { key: 'status', header: t.msg('colStatus'), sortable: true, render: status },
    actions,
  ];
}

function readOnlyText(t: AccountSearchWords, reason: string): string {
  if (reason === 'add-account-read-only') return t.msg('readOnlyAdd');
  if (reason === 'out-of-scope') return t.msg('readOnlyScope');
  if (reason === 'privileged-account') return t.msg('readOnlyPrivileged');
  if (reason === 'forbidden') return t.msg('readOnlyProfile');
  return t.msg('readOnlyFallback');
}

function renderActionsCell({ t, menu, toggleMenu, prefetchActions, menuOpening }: ResultsView, row: ResultRow) {
  const reason = row.readOnlyReason;
  return html`
    ${row.actions.length > 0
      ? html`<button
          type="button"
          class="button"
          part="row-actions-button"
          aria-label=${t.msg('rowActionsFor', row.name)}
          aria-haspopup="menu"
          aria-expanded=${menu?.open?.item.id === row.id ? 'true' : 'false'}
          aria-disabled=${menuOpening === row.id ? 'true' : 'false'}
          @focus=${prefetchActions}
          @pointerenter=${prefetchActions}
          @click=${(event: Event) => toggleMenu(row, event.currentTarget as HTMLElement)}
        >
          ${t.msg('rowActions')}
          <svg viewBox="0 0 16 16" width="12" height="12" aria-hidden="true" focusable="false"><path d="M4 6l4 5 4-5z" fill="currentColor"></path></svg>
        </button>`
      : nothing}
    ${reason ? html`<span part="read-only-reason">${readOnlyText(t, reason)}</span>` : nothing}
  `;
}

/** The menu of a row's actions: a popover, whose content comes with the actions' code (row-menu-items.ts). */
export function renderRowMenu({ menu, menuItems }: ResultsView) {
  const row = menu?.open?.item;
  return html`<div id="row-menu" part="row-menu" popover="manual" @keydown=${menu?.onKeydown}>${row ? menuItems(row) : nothing}</div>`;
}
