/**
 * The search of `<habil-account-search>`: the criteria as typed (the draft) and as searched
 * (committed after a pause in typing), the page, its size (remembered) and the order; the
 * context read before the first search; the page shown, which is always the answer to the
 * latest search; and the selection, a few rows or the whole result (« Tout »).
 */
import { initialState, Task, TaskStatus } from '@lit/task';
import type { ReactiveController } from 'lit';
import type { HabilClient } from '../client/types.js';
import type { AccountSortField, AccountSummary } from '../domain/index.js';
import { DebounceController } from '../internal/debounce.js';
import { MeController } from '../internal/me.js';
import type { HabilDataTable, PageChangeDetail, SelectionChangeDetail, SortChangeDetail } from '../ui/data-table/data-table.js';
import { accountQuery, criteriaKey, NO_CRITERIA, sortOf, type AccountSearchFilters, type AccountSort } from './search-criteria.js';
import { loadContext, rowOf, type LoadedPage, type ResultRow, type SearchContext } from './search-context.js';
import type { AccountSearchWidget } from './widget.js';

export const PAGE_SIZES = [10, 25, 50, 100] as const;

/** The field of the contract's sort for each sortable column. */
const SORT_FIELDS: Record<string, AccountSortField> = {
  name: 'nom',
  prenom: 'prenom',
  organismeName: 'organismeName',
  emailPro: 'emailPro',
  status: 'status',
  openingDate: 'openingDate',
};

export interface SearchOptions {
  /** The convention whose users are listed (CAF). */
  conventionId: () => string;
  /** The `localStorage` key of the page size. */
  storageKey: () => string;
  /** A new page of results is shown. */
  onResults: () => void;
  /** The selection went from some rows to the whole result, or back. */
  onAllSelectedChange: () => void;
}

export class SearchController implements ReactiveController {
  /** The criteria on the form, and those of the search (the same but while typing pauses). */
  draft: AccountSearchFilters = { ...NO_CRITERIA };
  committed: AccountSearchFilters = this.draft;
  pageNumber = 1;
  pageSize: number = PAGE_SIZES[0];
  sort: AccountSort = 'nom';
  shown?: LoadedPage;
  selection = new Map<string, ResultRow>();
  allSelected = false;

  private readonly typing: DebounceController;
  /** The next run of the search reads the page again after an action, whose outcome the widget says itself. */
  private startingQuiet = false;
  private quietRun = false;

  /** Keeps the page's `GET /me` while the widget shows, and says when it was read again. */
  private readonly me: MeController;
  readonly contextTask: Task<readonly [HabilClient, string, number], SearchContext>;
  readonly searchTask: Task<readonly [SearchContext | undefined, AccountSearchFilters, number, number, AccountSort], LoadedPage | typeof initialState>;

  constructor(
    private readonly widget: AccountSearchWidget,
    private readonly options: SearchOptions,
  ) {
    widget.host.addController(this);
    this.typing = new DebounceController(widget.host);
    this.me = new MeController(widget.host, widget.api);
    this.contextTask = new Task(widget.host, {
      task: ([api, conventionId], { signal }) => loadContext(api, conventionId, signal),
      args: () => [widget.api(), options.conventionId(), this.me.reading] as const,
    });
    this.searchTask = new Task(widget.host, {
      task: async ([context, filters, page, pageSize, sort], { signal }) => {
        this.quietRun = this.startingQuiet;
        this.startingQuiet = false;
        if (!context) return initialState;
        const query = { ...accountQuery(filters, context.space, context.convention?.id), page, pageSize, sort };
        const result = await widget.api().call('searchAccounts', { query }, { signal });
        return { filters, key: criteriaKey(filters), page: result, rows: result.items.map(rowOf) } satisfies LoadedPage;
      },
      args: () => [this.contextTask.value, this.committed, this.pageNumber, this.pageSize, this.sort] as const,
      // Called for the latest run only: an answer to an older search never reaches the screen.
      onComplete: (loaded) => {
        this.shown = loaded;
        options.onResults();
      },
    });
  }

  hostConnected(): void {
    const remembered = Number(this.readStorage());
    if ((PAGE_SIZES as readonly number[]).includes(remembered)) this.pageSize = remembered;
  }

  get context(): SearchContext | undefined {
    return this.contextTask.value;
  }

  /** Why the context or the search failed, if one did. */
  get error(): unknown {
    if (this.contextTask.status === TaskStatus.ERROR) return this.contextTask.error;
    return this.searchTask.status === TaskStatus.ERROR ? this.searchTask.error : undefined;
  }

  /** The page shown, when it answers the criteria on the form. */
  get current(): LoadedPage | undefined {
    const key = criteriaKey(this.draft);
    return this.shown && this.shown.key === key && criteriaKey(this.committed) === key ? this.shown : undefined;
  }

  get loading(): boolean {
    return !this.context || this.contextTask.status === TaskStatus.PENDING || this.searchTask.status === TaskStatus.PENDING || !this.current;
  }

  /** The page is read again after an action: the table says nothing of it (its `quiet`), the outcome stands. */
  get quiet(): boolean {
    return this.quietRun && this.loading;
  }

  // ---- criteria -------------------------------------------------------------------------

  /** The presets (attributes) become the criteria; after the first render, a new search. */
  preset(filters: AccountSearchFilters, firstRender: boolean): void {
    this.draft = filters;
    if (firstRender) this.committed = this.draft;
    else this.commit();
  }

  /** Makes the draft criteria the search's, at once; a new search starts from its first page and an empty selection. */
  commit(): void {
    this.typing.cancel();
    if (criteriaKey(this.draft) === criteriaKey(this.committed)) return;
    this.committed = { ...this.draft };
    this.pageNumber = 1;
    this.clearSelection();
    this.widget.host.requestUpdate();
  }

  setDraft(change: Partial<AccountSearchFilters>, { debounce = false } = {}): void {
    this.draft = { ...this.draft, ...change };
    this.widget.host.requestUpdate();
    if (debounce) this.typing.schedule(() => this.commit());
    else this.commit();
  }

  /** « Chercher »: with the same criteria it asks the server again (someone may have changed the accounts). */
  search(): void {
    const unchanged = criteriaKey(this.draft) === criteriaKey(this.committed);
    this.commit();
    if (unchanged) void this.searchTask.run();
  }

  reset(): void {
    this.draft = { ...NO_CRITERIA };
    this.commit();
    this.widget.host.requestUpdate();
  }

  onSortChange(event: CustomEvent<SortChangeDetail>): void {
    const field = SORT_FIELDS[event.detail.key] ?? 'nom';
    this.sort = sortOf(field, event.detail.direction === 'descending');
    this.pageNumber = 1;
    this.widget.host.requestUpdate();
  }

  onPageChange(event: CustomEvent<PageChangeDetail>): void {
    if (event.detail.pageSize !== this.pageSize) {
      this.pageSize = event.detail.pageSize;
      this.writeStorage(this.pageSize);
    }
    this.pageNumber = event.detail.page;
    this.widget.host.requestUpdate();
  }

  retry(): void {
    if (this.contextTask.status === TaskStatus.ERROR) void this.contextTask.run();
    else void this.searchTask.run();
  }

  /** « Tout »: the whole result, with the criteria and the order of the rows shown. */
  wholeResultQuery() {
    const context = this.context!;
    return { ...accountQuery(this.shown!.filters, context.space, context.convention?.id), sort: this.sort };
  }

  /**
   * Asks the server for the current page again after an action, keeping it on screen meanwhile
   * and the table quiet: the widget has said what the action came to. When the row that had
   * focus is gone from the new page (attached elsewhere, filtered out), focus goes to the results
   * heading rather than to the page's body.
   */
  async refresh(): Promise<void> {
    const element = this.widget.host;
    const hadFocus = element.matches(':focus-within');
    this.startingQuiet = true;
    this.widget.host.requestUpdate();
    await this.searchTask.run();
    await this.widget.host.updateComplete;
    await this.widget.root().querySelector<HabilDataTable>('habil-data-table')?.updateComplete;
    if (hadFocus && !element.matches(':focus-within')) this.widget.root().querySelector<HTMLElement>('#results-heading')?.focus();
  }

  /** CAF: the convention's groups as they are now (their responsables, members and actions), after a change to one. */
  async reloadGroups(): Promise<void> {
    const context = this.context;
    const conventionId = context?.convention?.id;
    if (!context || !conventionId) return;
    try {
      context.groups = await this.widget.api().call('listGroups', { params: { id: conventionId } });
    } catch {
      // The groups stay as they were read: the next action on them reads what it needs again.
    }
    this.widget.host.requestUpdate();
  }

  /** Puts the account as the server now has it in place of its row. */
  replaceRow(account: AccountSummary): void {
    const shown = this.shown;
    if (!shown) return;
    const index = shown.rows.findIndex((row) => row.id === account.id);
    if (index < 0) return;
    const rows = [...shown.rows];
    rows[index] = rowOf(account);
    this.shown = { ...shown, rows };
    if (this.selection.has(account.id)) this.selection = new Map(this.selection).set(account.id, rows[index]!);
    this.widget.host.requestUpdate();
  }

  // ---- selection ------------------------------------------------------------------------

  clearSelection(): void {
    if (this.selection.size === 0 && !this.allSelected) return;
    this.selection = new Map();
    this.allSelected = false;
    this.widget.host.requestUpdate();
  }

  onSelectionChange(event: CustomEvent<SelectionChangeDetail>): void {
    const rows = new Map((this.shown?.rows ?? []).map((row) => [row.id, row]));
    const next = new Map<string, ResultRow>();
    for (const id of event.detail.selected) {
      const row = rows.get(id) ?? this.selection.get(id);
      if (row) next.set(id, row);
    }
    const wasAll = this.allSelected;
    this.selection = next;
    this.allSelected = event.detail.all;
    this.widget.host.requestUpdate();
    if (this.allSelected !== wasAll) this.options.onAllSelectedChange();
  }

  get selectedCount(): number {
    return this.allSelected ? (this.shown?.page.total ?? 0) : this.selection.size;
  }

  // ---- the page size, remembered ----------------------------------------------------------

  private readStorage(): string | null {
    try {
      return localStorage.getItem(`${this.options.storageKey()}.pageSize`);
    } catch {
      return null;
    }
  }

  private writeStorage(pageSize: number): void {
    try {
      localStorage.setItem(`${this.options.storageKey()}.pageSize`, String(pageSize));
    } catch {
      // Storage refused (private mode, quota): the size is simply not remembered.
    }
  }
}
