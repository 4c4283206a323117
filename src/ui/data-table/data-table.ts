import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { property, query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { HabilBaseElement } from '../../internal/habil-base-element.js';
import { LocalizeController } from '../../internal/localize.js';
import { dataTableStyles } from './data-table.styles.js';
import { tableStyles } from '../styles/table.styles.js';
import { dataTableMessages as messages } from './messages.js';

export type SortDirection = 'ascending' | 'descending';

export interface DataTableColumn<Row> {
  /** The property of the row shown in the column, and the key sent in `habil-sort-change`. */
  key: string;
  /** The text of the column header. */
  header: string;
  /** The header becomes a button that sorts by this column. */
  sortable?: boolean;
  /** The content of a cell, when it is more than the row's `key` property as text. */
  render?: (row: Row) => TemplateResult | string | number | typeof nothing;
  /** The cells of this column name their row (`<th scope="row">`); the row's `key` property labels its checkbox. */
  rowHeader?: boolean;
  /** Numbers and dates read better aligned to the end. */
  align?: 'start' | 'end';
}

export interface SortChangeDetail {
  key: string;
  direction: SortDirection;
}

export interface PageChangeDetail {
  /** The page asked for, from 1. */
  page: number;
  pageSize: number;
}

export interface SelectionChangeDetail {
  /** The keys of the selected rows the table has seen. */
  selected: string[];
  /**
   * "Tout" is checked: the user means every row of the result, including the pages not
   * loaded; the host decides what that is (e.g. the same search without paging).
   */
  all: boolean;
}

declare module '../../internal/events.js' {
  interface HabilEventMap {
    'habil-sort-change': CustomEvent<SortChangeDetail>;
    'habil-page-change': CustomEvent<PageChangeDetail>;
    'habil-selection-change': CustomEvent<SelectionChangeDetail>;
  }
}


/**
 * An accessible table of results: a native `<table>` with its caption, column headers that
 * sort, a selection column with "Tout", and paging controls. It does not fetch: the host
 * widget gives it the rows of the current page, listens to its events, and loads.
 *
 * Sorting, paging and selection change the table's own properties at once (the user sees his
 * click), then fire an event; the host answers with new `rows` (and `total`).
 *
 * A status region says what the table shows (« Lignes 1 à 10 sur 253, page 1 sur 26. »), and
 * what a sort did (« Trié par Nom, ordre croissant. », and nothing of the rows reloaded in the new
 * order). The column sorted by carries `aria-sort` from the first render. When the host loads the
 * rows again after an action whose outcome it announces itself (a decision, a save), it sets
 * `quiet` for that load, so that « Chargement des résultats… » and the rows shown never cover
 * the outcome.
 *
 * @tag habil-data-table
 *
 * @fires habil-sort-change - A sortable header was activated. `detail: { key, direction }`.
 * @fires habil-page-change - Previous, next, or another page size. `detail: { page, pageSize }`.
 * @fires habil-selection-change - A row checkbox or "Tout" changed. `detail: { selected, all }`.
 *
 * @slot empty - What to show when there are no rows (default: "Aucun résultat.").
 *
 * @csspart scroll - The box around the table; it scrolls sideways, and takes the focus, when the table is wider.
 * @csspart table - The `<table>`.
 * @csspart caption - The `<caption>`.
 * @csspart header-cell - Each column header `<th>`.
 * @csspart sort-button - The button inside a sortable header.
 * @csspart row - Each row of data.
 * @csspart row-selected - A selected row (with `row`).
 * @csspart cell - Each data cell.
 * @csspart select-all - The "Tout" checkbox.
 * @csspart select-row - A row checkbox.
 * @csspart empty - The cell of the empty or loading message.
 * @csspart loading-bar - The moving bar shown above the table while rows load.
 * @csspart pagination - The paging controls.
 * @csspart page-size - The page size `<select>`.
 * @csspart range - The visible "1–10 sur 253".
 * @csspart previous-button - The "Précédent" button.
 * @csspart next-button - The "Suivant" button.
 */
export class HabilDataTable<Row extends object = Record<string, unknown>> extends HabilBaseElement {
  static override styles = [HabilBaseElement.styles, tableStyles, dataTableStyles];

  /** The title of the table, read by screen readers when they enter it. */
  @property()
  caption = '';

  /** Keeps the caption for screen readers only, when a visible heading already says it. */
  @property({ type: Boolean, attribute: 'caption-hidden' })
  captionHidden = false;

  @property({ attribute: false })
  columns: readonly DataTableColumn<Row>[] = [];

  /** The rows of the current page. */
  @property({ attribute: false })
  rows: readonly Row[] = [];

  /** The property of a row that identifies it (or a function of the row), for selection. */
  @property({ attribute: 'row-key' })
  rowKey: string | ((row: Row) => string) = 'id';

  /** The column sorted by, if any. */
  @property({ attribute: 'sort-key' })
  sortKey?: string;

  @property({ attribute: 'sort-direction' })
  sortDirection: SortDirection = 'ascending';

  /** The current page, from 1. */
  @property({ type: Number })
  page = 1;

  @property({ type: Number, attribute: 'page-size' })
  pageSize = 10;

  @property({ attribute: false })
  pageSizes: readonly number[] = [10, 25, 50, 100];

  /** The number of rows of the whole result. Setting it shows the paging controls. */
  @property({ type: Number })
  total?: number;

  /** Adds a column of checkboxes, with "Tout" in its header. */
  @property({ type: Boolean })
  selectable = false;

  /** The keys of the selected rows. */
  @property({ attribute: false })
  selected: readonly string[] = [];

  /** "Tout" is checked: every row of the result is selected, loaded or not. */
  @property({ type: Boolean, attribute: 'all-selected' })
  allSelected = false;

  /** The rows are being loaded: the table is marked busy and says so. */
  @property({ type: Boolean, reflect: true })
  loading = false;

  /**
   * The host is loading the rows again after an action whose outcome it announces itself:
   * while it is set, and in the update that clears it, the status region says nothing (neither
   * « Chargement des résultats… » nor the rows shown). Set it before (or with) `loading`, clear
   * it with `loading` or later.
   */
  @property({ type: Boolean })
  quiet = false;

  /** Rows for which it answers false have no checkbox, and "Tout" leaves them out (e.g. a request just decided). */
  @property({ attribute: false })
  rowSelectable?: (row: Row) => boolean;

  private readonly t = new LocalizeController(this, messages);

  /** What the status region says: the status of the table, or what a sort did, or nothing while quiet. */
  @state() private spoken = '';
  /** The status of the table at the last update, to speak only its changes. */
  private lastStatus = '';
  /**
   * What the user did was announced (a sort, another page): the load it causes says nothing
   * more — neither « Chargement des résultats… » nor the same range again.
   */
  private actionSpoken = false;

  /**
   * A table wider than its box scrolls sideways; the scrolling box then takes the keyboard
   * focus and a name, so that it can be scrolled without a mouse (WCAG 2.1.1).
   */
  @state() private overflowing = false;
  @query('.scroll') private scrollBox?: HTMLElement;
  private readonly resizeObserver = new ResizeObserver(() => this.measureOverflow());

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) this.observeSizes();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver.disconnect();
  }

  protected override firstUpdated(): void {
    this.observeSizes();
  }

  /** The box changes with the page, the table with its rows: either can start or end the overflow. */
  private observeSizes(): void {
    this.resizeObserver.observe(this.scrollBox!);
    this.resizeObserver.observe(this.renderRoot.querySelector('table')!);
  }

  private measureOverflow(): void {
    const box = this.scrollBox;
    const overflowing = !!box && box.scrollWidth > box.clientWidth + 1;
    if (overflowing !== this.overflowing) this.overflowing = overflowing;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('rows') || changed.has('allSelected')) && this.allSelected) {
      const keys = this.selectableRows().map((row) => this.keyOf(row));
      const missing = keys.filter((key) => !this.selected.includes(key));
      if (missing.length > 0) this.selected = [...this.selected, ...missing];
    }
    this.updateSpoken(changed);
  }

  /** Speaks the changes of the status, except while quiet or after a sort or a page change, whose announcement stands until its rows came. */
  private updateSpoken(changed: PropertyValues<this>): void {
    const status = this.statusText();
    const changedStatus = status !== this.lastStatus;
    this.lastStatus = status;
    if (this.actionSpoken) {
      const loadEnded = changed.get('loading') === true && !this.loading;
      if (loadEnded || (changed.has('rows') && !this.loading)) this.actionSpoken = false;
      return;
    }
    const quiet = this.quiet || changed.get('quiet') === true;
    if (this.quiet && changed.has('quiet')) this.spoken = '';
    else if (changedStatus) this.spoken = quiet ? '' : status;
  }

  private selectableRows(): readonly Row[] {
    const selectable = this.rowSelectable;
    return selectable ? this.rows.filter((row) => selectable(row)) : this.rows;
  }

  private keyOf(row: Row): string {
    return typeof this.rowKey === 'function' ? this.rowKey(row) : String((row as Record<string, unknown>)[this.rowKey]);
  }

  private labelOf(row: Row): string {
    const column = this.columns.find((c) => c.rowHeader) ?? this.columns[0];
    return column ? String((row as Record<string, unknown>)[column.key] ?? '') : this.keyOf(row);
  }

  private get pageCount(): number {
    return Math.max(1, Math.ceil((this.total ?? 0) / this.pageSize));
  }

  private sortBy(column: DataTableColumn<Row>): void {
    const direction: SortDirection =
      this.sortKey === column.key && this.sortDirection === 'ascending' ? 'descending' : 'ascending';
    this.sortKey = column.key;
    this.sortDirection = direction;
    this.spoken = this.t.msg('sorted', column.header, direction);
    this.actionSpoken = true;
    this.emit('habil-sort-change', { key: column.key, direction });
  }

  /** Says at once which rows the page now holds (known from the page and the total), and nothing of their load. */
  private announceRange(): void {
    this.lastStatus = this.statusText();
    this.spoken = this.lastStatus;
    this.actionSpoken = this.total !== undefined;
  }

  private goTo(page: number): void {
    if (page < 1 || page > this.pageCount || page === this.page) return;
    this.page = page;
    this.announceRange();
    this.emit('habil-page-change', { page, pageSize: this.pageSize });
  }

  private changePageSize(event: Event): void {
    this.pageSize = Number((event.target as HTMLSelectElement).value);
    this.page = 1;
    this.announceRange();
    this.emit('habil-page-change', { page: 1, pageSize: this.pageSize });
  }

  private toggleRow(row: Row, event: Event): void {
    const key = this.keyOf(row);
    const checked = (event.target as HTMLInputElement).checked;
    this.selected = checked ? [...this.selected, key] : this.selected.filter((k) => k !== key);
    if (!checked) this.allSelected = false;
    this.emit('habil-selection-change', { selected: [...this.selected], all: this.allSelected });
  }

  private toggleAll(event: Event): void {
    const checked = (event.target as HTMLInputElement).checked;
    this.allSelected = checked;
    this.selected = checked ? [...new Set([...this.selected, ...this.selectableRows().map((row) => this.keyOf(row))])] : [];
    this.emit('habil-selection-change', { selected: [...this.selected], all: checked });
  }

  protected override render() {
    return html`
      <div
        class="scroll"
        part="scroll"
        tabindex=${ifDefined(this.overflowing ? '0' : undefined)}
        role=${ifDefined(this.overflowing ? 'region' : undefined)}
        aria-label=${this.overflowing ? this.caption : nothing}
      >
        <div class="loading-bar ${this.loading ? 'active' : ''}" part="loading-bar"></div>
        <table part="table" aria-busy=${this.loading ? 'true' : 'false'}>
          <caption part="caption" class=${this.captionHidden ? 'visually-hidden' : ''}>${this.caption}</caption>
          <thead>
            <tr>
              ${this.selectable ? this.renderSelectAll() : nothing}
              ${this.columns.map((column) => this.renderHeader(column))}
            </tr>
          </thead>
          <tbody>
            ${this.rows.length === 0 ? this.renderEmpty() : repeat(this.rows, (row) => this.keyOf(row), (row) => this.renderRow(row))}
          </tbody>
        </table>
      </div>
      ${this.total !== undefined && this.total > 0 ? this.renderPagination(this.total) : nothing}
      <p class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.spoken}</p>
    `;
  }

  private renderSelectAll() {
    const resultSize = this.total ?? this.rows.length;
    const everySelected = this.allSelected || (resultSize > 0 && this.selected.length >= resultSize);
    return html`
      <th scope="col" class="select" part="header-cell">
        <label class="select-all">
          <input
            type="checkbox"
            part="select-all"
            aria-label=${this.t.msg('selectAll', this.t.formatNumber(resultSize), resultSize)}
            .checked=${everySelected}
            .indeterminate=${!everySelected && this.selected.length > 0}
            ?disabled=${resultSize === 0}
            @change=${this.toggleAll}
          />
          <span>${this.t.msg('all')}</span>
        </label>
      </th>
    `;
  }

  private renderHeader(column: DataTableColumn<Row>) {
    const sorted = this.sortKey === column.key;
    const classes = column.align === 'end' ? 'end' : '';
    if (!column.sortable) {
      return html`<th scope="col" part="header-cell" class=${classes}>${column.header}</th>`;
    }
    return html`
      <th scope="col" part="header-cell" class=${classes} aria-sort=${ifDefined(sorted ? this.sortDirection : undefined)}>
        <button type="button" part="sort-button" class="sort" @click=${() => this.sortBy(column)}>
          <span>${column.header}</span>
          ${this.renderSortIcon(sorted ? this.sortDirection : undefined)}
        </button>
      </th>
    `;
  }

  private renderSortIcon(direction: SortDirection | undefined) {
    const path =
      direction === 'ascending' ? 'M4 10l4-5 4 5z' : direction === 'descending' ? 'M4 6l4 5 4-5z' : 'M4 7l4-4 4 4zM4 9l4 4 4-4z';
    return html`<svg class="sort-icon ${direction ? 'active' : ''}" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d=${path} fill="currentColor"></path>
    </svg>`;
  }

  private renderRow(row: Row) {
    const key = this.keyOf(row);
    const selectable = this.rowSelectable?.(row) ?? true;
    const selected = selectable && (this.allSelected || this.selected.includes(key));
    return html`
      <tr part=${selected ? 'row row-selected' : 'row'} class=${selected ? 'selected' : ''}>
        ${this.selectable && !selectable ? html`<td class="select" part="cell"></td>` : nothing}
        ${this.selectable && selectable
          ? html`<td class="select" part="cell">
              <input
                type="checkbox"
                part="select-row"
                aria-label=${this.t.msg('selectRow', this.labelOf(row))}
                .checked=${selected}
                @change=${(event: Event) => this.toggleRow(row, event)}
              />
            </td>`
          : nothing}
        ${this.columns.map((column) => this.renderCell(column, row))}
      </tr>
    `;
  }

  private renderCell(column: DataTableColumn<Row>, row: Row) {
    const content = column.render ? column.render(row) : String((row as Record<string, unknown>)[column.key] ?? '');
    const classes = column.align === 'end' ? 'end' : '';
    return column.rowHeader
      ? html`<th scope="row" part="cell" class=${classes}>${content}</th>`
      : html`<td part="cell" class=${classes}>${content}</td>`;
  }

  private renderEmpty() {
    const span = this.columns.length + (this.selectable ? 1 : 0);
    return html`
      <tr>
        <td colspan=${Math.max(span, 1)} part="empty" class="empty">
          ${this.loading ? this.t.msg('loadingRows') : html`<slot name="empty">${this.t.msg('empty')}</slot>`}
        </td>
      </tr>
    `;
  }

  private renderPagination(total: number) {
    const first = this.t.formatNumber((this.page - 1) * this.pageSize + 1);
    const last = this.t.formatNumber(Math.min(this.page * this.pageSize, total));
    const atFirst = this.page <= 1;
    const atLast = this.page >= this.pageCount;
    return html`
      <nav part="pagination" class="pagination" aria-label=${this.t.msg('pagination', this.caption)}>
        <label class="page-size">
          <span>${this.t.msg('pageSize')}</span>
          <select part="page-size" @change=${this.changePageSize}>
            ${this.pageSizes.map((size) => html`<option value=${size} ?selected=${size === this.pageSize}>${size}</option>`)}
          </select>
        </label>
        <span part="range" class="range" aria-hidden="true">${this.t.msg('range', first, last, this.t.formatNumber(total))}</span>
        <span class="pages">
          <button
            type="button"
            part="previous-button"
            class="button"
            aria-disabled=${atFirst ? 'true' : 'false'}
            @click=${() => this.goTo(this.page - 1)}
          >
            <span aria-hidden="true">‹</span> ${this.t.msg('previous')}
          </button>
          <span class="page-of">${this.t.msg('pageOf', this.t.formatNumber(this.page), this.t.formatNumber(this.pageCount))}</span>
          <button
            type="button"
            part="next-button"
            class="button"
            aria-disabled=${atLast ? 'true' : 'false'}
            @click=${() => this.goTo(this.page + 1)}
          >
            ${this.t.msg('next')} <span aria-hidden="true">›</span>
          </button>
        </span>
      </nav>
    `;
  }

  /** What the polite status region says: loading, nothing found, or which rows are shown. */
  private statusText(): string {
    if (this.loading) return this.t.msg('loadingRows');
    if (this.rows.length === 0) return this.t.msg('statusEmpty');
    if (this.total === undefined) return this.t.msg('statusRows', this.t.formatNumber(this.rows.length), this.rows.length);
    const first = (this.page - 1) * this.pageSize + 1;
    const last = Math.min(this.page * this.pageSize, this.total);
    return this.t.msg(
      'status',
      this.t.formatNumber(first),
      this.t.formatNumber(last),
      this.t.formatNumber(this.total),
      this.t.formatNumber(this.page),
      this.t.formatNumber(this.pageCount),
    );
  }
}
