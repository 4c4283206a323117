import { initialState } from '@lit/task';
import type { ReactiveControllerHost } from 'lit';
import type { HabilClient } from '../client/types.js';
import type { PageOf, RequestQuery, RequestSortField, RequestStatus } from '../domain/index.js';
import { PagedListController } from '../internal/paged-list.js';
import type { SortDirection } from '../ui/data-table/data-table.js';

export interface RequestSort {
  key: RequestSortField;
  direction: SortDirection;
}

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
  sort: RequestSort;
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

type PageArgs = [HabilClient, ListQuery, boolean];

/**
 * One list of requests as the user browses it (a {@link PagedListController}): his search,
 * filters, sort, page and selection, the rows of the page, the rows that just left it, and the
 * rows decided here, which stay in place with their new status until the list is read again.
 */
export class RequestListController<Item extends { id: string }> extends PagedListController<ListQuery, Item, PageOf<Item>, PageArgs> {
  /** What is typed in "Rechercher", ahead of the debounced query (shown as typed, never rewritten). */
  searchText = '';
  /** The range of days as typed; the query follows only when it is a valid range. */
  fromDraft = '';
  toDraft = '';

  private readonly options: RequestListOptions<Item>;
  /** The rows of every page seen, so that a selection spanning pages can name its rows. */
  private readonly seen = new Map<string, Item>();
  /** Rows decided a moment ago: hidden at once, before the list is reloaded without them. */
  private readonly leaving = new Set<string>();
  /** Rows decided here: they stay where they were, with their new status, until the next load. */
  private readonly settled = new Map<string, RequestStatus>();

  constructor(host: ReactiveControllerHost, options: RequestListOptions<Item>) {
    const sort = { key: options.sortKey, direction: options.sortDirection };
    super(host, { q: '', status: '', from: '', to: '', page: 1, pageSize: options.pageSize, sort });
    this.options = options;
  }

  protected pageArgs(): PageArgs {
    return [this.options.client(), this.query, this.options.active()];
  }

  protected async readPage([client, query, active]: PageArgs, signal: AbortSignal): Promise<PageOf<Item> | typeof initialState> {
    if (!active) return initialState;
    const page = await this.options.fetch(client, this.serverQuery(query), signal);
    if (!signal.aborted) this.options.loaded?.(page.total, Boolean(query.q || query.status || query.from || query.to));
    this.leaving.clear();
    // A page read before the decision was applied still lists the request: it stays decided.
    for (const id of [...this.settled.keys()]) if (!page.items.some((item) => item.id === id)) this.settled.delete(id);
    for (const item of page.items) this.seen.set(item.id, item);
    return page;
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
      sort: `${query.sort.direction === 'descending' ? '-' : ''}${query.sort.key}` as RequestQuery['sort'],
    };
  }

  /** "Rechercher": the query follows once typing pauses; a new result drops the selection. */
  search(text: string): void {
    this.searchText = text;
    this.typing.schedule(() => {
      if (text.trim() !== this.query.q) this.refine({ q: text.trim() });
    });
  }

  /** Another status: a new result, from its first page, with nothing selected. */
  filterStatus(status: RequestStatus | ''): void {
    this.refine({ status });
  }

  /** A range of days, kept as typed; the result follows when the end does not precede the start. */
  filterDates(from: string, to: string): void {
    this.fromDraft = from;
    this.toDraft = to;
    if (this.datesInvalid) {
      this.host.requestUpdate();
      return;
    }
    this.refine({ from, to });
  }

  get datesInvalid(): boolean {
    return Boolean(this.fromDraft && this.toDraft && this.fromDraft > this.toDraft);
  }

  /** Takes a decided row out of the list (and the selection) until the list is reloaded. */
  hide(id: string): void {
    this.leaving.add(id);
    this.deselect(id);
  }

  /** The request was decided here: its row stays, with this status and out of the selection, until the next load. */
  settle(id: string, status: RequestStatus): void {
    this.settled.set(id, status);
    this.deselect(id);
  }

  /** The status of a row decided here, if it was. */
  settledStatus(id: string): RequestStatus | undefined {
    return this.settled.get(id);
  }

  /** The rows of the current page, without those that just left it. */
  get rows(): Item[] {
    return (this.answer?.items ?? []).filter((item) => !this.leaving.has(item.id));
  }

  protected get pageRows(): readonly Item[] {
    return this.rows;
  }

  /** The size of the whole result as shown (the rows decided here included), once known. */
  get total(): number | undefined {
    const page = this.answer;
    if (!page) return undefined;
    return page.total - page.items.filter((item) => this.leaving.has(item.id)).length;
  }

  /** "Tout" selects the whole result, less the rows decided here. */
  protected get resultSize(): number {
    return Math.max(0, (this.total ?? 0) - this.settled.size);
  }

  /** A row of a page seen since the list was created, if it was. */
  seenItem(id: string): Item | undefined {
    return this.seen.get(id);
  }

  /** Whether a row left the list (decided a moment ago) or was decided here. */
  gone(id: string): boolean {
    return this.leaving.has(id) || this.settled.has(id);
  }

  /** A page of the list's current result (search, filters and sort), of any size the contract serves. */
  readResultPage(page: number, pageSize: number): Promise<PageOf<Item>> {
    return this.options.fetch(this.options.client(), this.serverQuery(this.query, { page, pageSize }));
  }
}
