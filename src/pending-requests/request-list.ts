import { initialState, Task, TaskStatus } from '@lit/task';
import type { ReactiveControllerHost } from 'lit';
import type { HabilClient } from '../client/types.js';
import type { PageOf, RequestQuery, RequestSortField, RequestStatus } from '../domain/index.js';
import { DebounceController } from '../internal/debounce.js';
import { readAllPages } from '../internal/read-pages.js';
import type { SortDirection } from '../ui/data-table/data-table.js';

/** The largest page the contract serves: "Tout" reads the whole result with it. */
const WHOLE_RESULT_PAGE_SIZE = 500;

/** What the user chose on screen, as he sees it (the server's query is built from it). */
export interface ListQuery {
  /** "Rechercher", once the user paused typing. */
  q: string;
  /** The history's status filter; empty for every status. */
  status: RequestStatus | '';
  /** The history's range of decision days (inclusive), ISO dates or empty. */
  from: string;
  to: string;
  page: number;
  pageSize: number;
  sortKey: RequestSortField;
  sortDirection: SortDirection;
}

export type FetchPage<Item> = (client: HabilClient, query: RequestQuery, signal?: AbortSignal) => Promise<PageOf<Item>>;

export interface RequestListOptions<Item> {
  /** "En cours" or "Historique". */
  state: 'pending' | 'decided';
  fetch: FetchPage<Item>;
  client: () => HabilClient;
  /** Whether the list is on screen: a hidden list does not load, and loads again when shown (it may be stale). */
  active: () => boolean;
  sortKey: RequestSortField;
  sortDirection: SortDirection;
  pageSize: number;
  /** A page was read: the size of its whole result, and whether a search or filter narrowed it. */
  loaded?: (total: number, narrowed: boolean) => void;
}

/**
 * One list of requests as the user browses it: his search (debounced), filters, sort, page
 * and selection, the rows of the page loaded with `@lit/task` (a newer query aborts the
 * older one, whose answer is then dropped), the rows that just left it, and the rows decided
 * here, which stay in place with their new status until the list is read again.
 */
export class RequestListController<Item extends { id: string }> {
  query: ListQuery;
  /** Ids of the selected rows, across the pages seen. */
  selected: readonly string[] = [];
  /** "Tout": every row of the result, loaded or not. */
  allSelected = false;
  /**
   * The user changed the selection last (a box, « Tout »): its count is then spoken. A selection
   * that a decision, a search or a filter emptied is not: what they did is said instead.
   */
  selectionChangedByUser = false;
  /** What is typed in "Rechercher", ahead of the debounced query (shown as typed, never rewritten). */
  searchText = '';
  /** The range of days as typed; the query follows only when it is a valid range. */
  fromDraft = '';
  toDraft = '';

  private readonly host: ReactiveControllerHost;
  private readonly options: RequestListOptions<Item>;
  private readonly task: Task<[HabilClient, ListQuery, boolean], PageOf<Item>>;
  /** The rows of every page seen, so that a selection spanning pages can name its rows. */
  private readonly seen = new Map<string, Item>();
  /** Rows decided a moment ago: hidden at once, before the list is reloaded without them. */
  private readonly leaving = new Set<string>();
  /** Rows decided here: they stay where they were, with their new status, until the next load. */
  private readonly settled = new Map<string, RequestStatus>();
  /** The next run of the task is a reload after an action, whose outcome the widget says itself. */
  private startingQuiet = false;
  private quietLoad = false;
  /** "Rechercher" follows once typing pauses. */
  private readonly typing: DebounceController;

  constructor(host: ReactiveControllerHost, options: RequestListOptions<Item>) {
    this.host = host;
    this.options = options;
    this.query = {
      q: '',
      status: '',
      from: '',
      to: '',
      page: 1,
      pageSize: options.pageSize,
      sortKey: options.sortKey,
      sortDirection: options.sortDirection,
    };
    this.typing = new DebounceController(host);
    this.task = new Task(host, {
      task: async ([client, query, active], { signal }) => {
        this.quietLoad = this.startingQuiet;
        this.startingQuiet = false;
        if (!active) return initialState;
        const page = await options.fetch(client, this.serverQuery(query), signal);
        if (!signal.aborted) options.loaded?.(page.total, Boolean(query.q || query.status || query.from || query.to));
        this.leaving.clear();
        // A page read before the decision was applied still lists the request: it stays decided.
        for (const id of [...this.settled.keys()]) if (!page.items.some((item) => item.id === id)) this.settled.delete(id);
        for (const item of page.items) this.seen.set(item.id, item);
        return page;
      },
      args: () => [options.client(), this.query, options.active()],
    });
  }

  private serverQuery(query: ListQuery, paging: Pick<ListQuery, 'page' | 'pageSize'> = query): RequestQuery {
    return {
      state: this.options.state,
      ...(query.q ? { q: query.q } : {}),
      ...(query.status ? { status: query.status } : {}),
      ...(query.from ? { from: query.from } : {}),
      ...(query.to ? { to: query.to } : {}),
      page: paging.page,
      pageSize: paging.pageSize,
      sort: `${query.sortDirection === 'descending' ? '-' : ''}${query.sortKey}` as RequestQuery['sort'],
    };
  }

  private change(patch: Partial<ListQuery>): void {
    this.query = { ...this.query, ...patch };
    this.host.requestUpdate();
  }

  /** "Rechercher": the query follows once typing pauses; a new result drops the selection. */
  search(text: string): void {
    this.searchText = text;
    this.typing.schedule(() => {
      if (text.trim() === this.query.q) return;
      this.clearSelection();
      this.change({ q: text.trim(), page: 1 });
    });
  }

  /** Another status: a new result, from its first page, with nothing selected. */
  filterStatus(status: RequestStatus | ''): void {
    this.clearSelection();
    this.change({ status, page: 1 });
  }

  /** A range of days, kept as typed; the result follows when the end does not precede the start. */
  filterDates(from: string, to: string): void {
    this.fromDraft = from;
    this.toDraft = to;
    if (this.datesInvalid) {
      this.host.requestUpdate();
      return;
    }
    this.clearSelection();
    this.change({ from, to, page: 1 });
  }

  get datesInvalid(): boolean {
    return Boolean(this.fromDraft && this.toDraft && this.fromDraft > this.toDraft);
  }

  sort(sortKey: RequestSortField, sortDirection: SortDirection): void {
    this.change({ sortKey, sortDirection, page: 1 });
  }

  goTo(page: number, pageSize: number): void {
    this.change({ page, pageSize });
  }

  select(selected: readonly string[], all: boolean): void {
    this.selected = selected;
    this.allSelected = all;
    this.selectionChangedByUser = true;
    this.host.requestUpdate();
  }

  clearSelection(): void {
    this.selected = [];
    this.allSelected = false;
    this.selectionChangedByUser = false;
    this.host.requestUpdate();
  }

  /** Takes a decided row out of the list (and the selection) until the list is reloaded. */
  hide(id: string): void {
    this.leaving.add(id);
    this.selected = this.selected.filter((selectedId) => selectedId !== id);
    this.selectionChangedByUser = false;
    this.host.requestUpdate();
  }

  /** The request was decided here: its row stays, with this status and out of the selection, until the next load. */
  settle(id: string, status: RequestStatus): void {
    this.settled.set(id, status);
    this.selected = this.selected.filter((selectedId) => selectedId !== id);
    this.selectionChangedByUser = false;
    this.host.requestUpdate();
  }

  /** The status of a row decided here, if it was. */
  settledStatus(id: string): RequestStatus | undefined {
    return this.settled.get(id);
  }

  /** Loads the current page again (to retry, or to show what changed). */
  reload(): Promise<void> {
    return this.task.run();
  }

  /** Loads the current page again after an action whose outcome the widget announces: the table stays {@link quiet}. */
  reloadQuietly(): Promise<void> {
    this.startingQuiet = true;
    return this.task.run();
  }

  /** The rows of the current page, without those that just left it. */
  get rows(): Item[] {
    return (this.task.value?.items ?? []).filter((item) => !this.leaving.has(item.id));
  }

  /** The size of the whole result as shown (the rows decided here included), once known. */
  get total(): number | undefined {
    const page = this.task.value;
    if (!page) return undefined;
    return page.total - page.items.filter((item) => this.leaving.has(item.id)).length;
  }

  get loading(): boolean {
    return this.task.status === TaskStatus.PENDING;
  }

  /** The page is being read again after an action: the table says nothing of it (its `quiet`). */
  get quiet(): boolean {
    return this.quietLoad && this.loading;
  }

  /** Why the last load failed, when it did. */
  get error(): unknown {
    return this.task.status === TaskStatus.ERROR ? this.task.error : undefined;
  }

  /** The number of selected rows: the whole result for "Tout" (less the rows decided here). */
  get selectionSize(): number {
    return this.allSelected ? Math.max(0, (this.total ?? 0) - this.settled.size) : this.selected.length;
  }

  /**
   * The selected rows, with their names for the report: those seen for a selection made row
   * by row; for "Tout", the whole result read again from the server, page by page, and the
   * rows the user saw selected, even if they left the result meanwhile (decided by someone
   * else): the report then says so, rather than leaving them out in silence.
   */
  async selectedItems(): Promise<Item[]> {
    const seenSelected = this.selected.flatMap((id) => this.seen.get(id) ?? []);
    if (!this.allSelected) return seenSelected;
    const client = this.options.client();
    const result = new Map(seenSelected.map((item) => [item.id, item]));
    const whole = await readAllPages((page) => this.options.fetch(client, this.serverQuery(this.query, { page, pageSize: WHOLE_RESULT_PAGE_SIZE })), {
      pageSize: WHOLE_RESULT_PAGE_SIZE,
      maxItems: Number.POSITIVE_INFINITY,
    });
    for (const item of whole.items) if (!result.has(item.id)) result.set(item.id, item);
    return [...result.values()].filter((item) => !this.leaving.has(item.id) && !this.settled.has(item.id));
  }
}
