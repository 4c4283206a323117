/**
 * The search of `<habil-account-search>` (a {@link PagedListController}): the criteria as typed
 * (the draft) and as searched (committed after a pause in typing), the page, its size
 * (remembered) and the order; the context read before the first search; the page shown, which
 * is always the answer to the latest search; and the selection, a few rows or the whole result
 * (« Tout »).
 */
import { initialState, Task, TaskStatus } from '@lit/task';
import type { ReactiveController } from 'lit';
import type { HabilClient } from '../client/types.js';
import type { AccountSortField, AccountSummary } from '../domain/index.js';
import { MeHolder } from '../internal/me.js';
import { PagedListController, type PageQuery } from '../internal/paged-list.js';
import { loadProblemWords } from '../internal/problem-text.js';
import type { PageChangeDetail, SelectionChangeDetail, SortChangeDetail } from '../ui/data-table/data-table.js';
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

/** The search as sent: its criteria (committed), page, size and order. */
export interface SearchQuery extends PageQuery<AccountSort> {
  filters: AccountSearchFilters;
}

type SearchArgs = readonly [SearchContext | undefined, AccountSearchFilters, number, number, AccountSort];

export class SearchController extends PagedListController<SearchQuery, ResultRow, LoadedPage, SearchArgs> implements ReactiveController {
  /** The criteria on the form; the query's are the same but while typing pauses. */
  draft: AccountSearchFilters = this.query.filters;
  shown?: LoadedPage;

  /** Keeps the page's `GET /me` while the widget shows, and says when it was read again. */
  private readonly me: MeHolder;
  readonly contextTask: Task<readonly [HabilClient, string, number], SearchContext>;

  constructor(
    private readonly widget: AccountSearchWidget,
    private readonly options: SearchOptions,
  ) {
    super(widget.host, { filters: { ...NO_CRITERIA }, page: 1, pageSize: PAGE_SIZES[0], sort: 'nom' });
    widget.host.addController(this);
    this.me = new MeHolder(widget.host, widget.api);
    this.contextTask = new Task(widget.host, {
      task: ([api, conventionId], { signal }) => loadContext(api, conventionId, signal),
      args: () => [widget.api(), options.conventionId(), this.me.reading] as const,
    });
  }

  protected pageArgs(): SearchArgs {
    const { filters, page, pageSize, sort } = this.query;
    return [this.contextTask.value, filters, page, pageSize, sort] as const;
  }

  protected async readPage([context, filters, page, pageSize, sort]: SearchArgs, signal: AbortSignal): Promise<LoadedPage | typeof initialState> {
    if (!context) return initialState;
    const query = { ...accountQuery(filters, context.space, context.convention?.id), page, pageSize, sort };
    const result = await this.widget.api().call('searchAccounts', { query }, { signal });
    // A read-only account's menu says why in the words of refusals: they come while the menu is closed.
    if (result.items.some((account) => account.readOnlyReason)) void loadProblemWords().then(() => this.host.requestUpdate());
    return { filters, key: criteriaKey(filters), page: result, rows: result.items.map(rowOf) } satisfies LoadedPage;
  }

  protected override answered(loaded: LoadedPage): void {
    this.shown = loaded;
    this.options.onResults();
  }

  hostConnected(): void {
    const remembered = Number(this.readStorage());
    if ((PAGE_SIZES as readonly number[]).includes(remembered) && remembered !== this.query.pageSize) this.change({ pageSize: remembered });
  }

  get context(): SearchContext | undefined {
    return this.contextTask.value;
  }

  /** Why the context or the search failed, if one did. */
  override get error(): unknown {
    if (this.contextTask.status === TaskStatus.ERROR) return this.contextTask.error;
    return super.error;
  }

  /** The page shown, when it answers the criteria on the form. */
  get current(): LoadedPage | undefined {
    const key = criteriaKey(this.draft);
    return this.shown && this.shown.key === key && criteriaKey(this.query.filters) === key ? this.shown : undefined;
  }

  /** Also while the context is read, and while the criteria on the form are not yet searched. */
  override get loading(): boolean {
    return !this.context || this.contextTask.status === TaskStatus.PENDING || super.loading || !this.current;
  }

  // ---- criteria -------------------------------------------------------------------------

  /** The presets (attributes) become the criteria; after the first render, a new search. */
  preset(filters: AccountSearchFilters, firstRender: boolean): void {
    this.draft = filters;
    if (firstRender) this.change({ filters: this.draft });
    else this.commit();
  }

  /** Makes the draft criteria the search's, at once; a new search starts from its first page and an empty selection. */
  commit(): void {
    this.typing.cancel();
    if (criteriaKey(this.draft) === criteriaKey(this.query.filters)) return;
    this.refine({ filters: { ...this.draft } });
  }

  setDraft(change: Partial<AccountSearchFilters>, { debounce = false } = {}): void {
    this.draft = { ...this.draft, ...change };
    this.widget.host.requestUpdate();
    if (debounce) this.typing.schedule(() => this.commit());
    else this.commit();
  }

  /** « Chercher »: with the same criteria it asks the server again (someone may have changed the accounts). */
  search(): void {
    const unchanged = criteriaKey(this.draft) === criteriaKey(this.query.filters);
    this.commit();
    if (unchanged) void this.reload();
  }

  reset(): void {
    this.draft = { ...NO_CRITERIA };
    this.commit();
    this.widget.host.requestUpdate();
  }

  onSortChange(event: CustomEvent<SortChangeDetail>): void {
    const field = SORT_FIELDS[event.detail.key] ?? 'nom';
    this.sortBy(sortOf(field, event.detail.direction === 'descending'));
  }

  onPageChange(event: CustomEvent<PageChangeDetail>): void {
    const { page, pageSize } = event.detail;
    if (pageSize !== this.query.pageSize) this.writeStorage(pageSize);
    this.goTo(page, pageSize);
  }

  retry(): void {
    if (this.contextTask.status === TaskStatus.ERROR) void this.contextTask.run();
    else void this.reload();
  }

  /** « Tout »: the whole result, with the criteria and the order of the rows shown. */
  wholeResultQuery() {
    const context = this.context!;
    return { ...accountQuery(this.shown!.filters, context.space, context.convention?.id), sort: this.query.sort };
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
    this.reselect(rows[index]!);
    this.widget.host.requestUpdate();
  }

  // ---- selection ------------------------------------------------------------------------

  /** A selection finds its rows on the page last read, or in the selection before. */
  protected get pageRows(): readonly ResultRow[] {
    return this.shown?.rows ?? [];
  }

  /** « Tout » selects the whole result. */
  protected get resultSize(): number {
    return this.shown?.page.total ?? 0;
  }

  onSelectionChange(event: CustomEvent<SelectionChangeDetail>): void {
    const wasAll = this.allSelected;
    this.select(event.detail.selected, event.detail.all);
    if (this.allSelected !== wasAll) this.options.onAllSelectedChange();
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
