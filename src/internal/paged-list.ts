/**
 * A paged server list as the user browses it, what the lists of requests and the account search
 * share: the query (page, page size, order, and what narrows the result, which is the list's
 * own), a pause in typing before a search is sent, the selection (rows across the pages seen,
 * or the whole result: « Tout »), and the page read with `@lit/task`: a newer query aborts the
 * older one, whose answer never reaches the screen. A reload after an action is quiet: the
 * widget says what the action came to, so the table says nothing of the reload.
 */
import { Task, TaskStatus, type initialState } from '@lit/task';
import type { ReactiveControllerHost } from 'lit';
import { DebounceController } from './debounce.js';

/** What every query of a paged list holds, besides what narrows its result. */
export interface PageQuery<Sort> {
  page: number;
  pageSize: number;
  sort: Sort;
}

/**
 * The list's own part: what the page depends on (`pageArgs`, compared one by one: a change to
 * any reads the page again), how it is read (`readPage`), where a selection finds the rows it
 * names (`pageRows`), and how many rows « Tout » selects (`resultSize`).
 */
export abstract class PagedListController<Query extends PageQuery<unknown>, Row extends { id: string }, Page, Args extends readonly unknown[]> {
  /** The selected rows by id, across the pages seen: each as it was when selected (or as replaced since). */
  selection: ReadonlyMap<string, Row> = new Map();
  /** Their ids, for the table (the same array until the selection changes). */
  selected: readonly string[] = [];
  /** « Tout »: every row of the result, loaded or not. */
  allSelected = false;
  /**
   * The user changed the selection last (a box, « Tout »): its count is then spoken. A selection
   * that an action, a search or a filter emptied is not: what they did is said instead.
   */
  selectionChangedByUser = false;

  protected readonly host: ReactiveControllerHost;
  /** A search follows what is typed once typing pauses. */
  protected readonly typing: DebounceController;
  private readonly task: Task<Args, Page>;
  private currentQuery: Query;
  /** The next run of the task is a reload after an action, whose outcome the widget says itself. */
  private startingQuiet = false;
  private quietRun = false;

  constructor(host: ReactiveControllerHost, query: Query) {
    this.host = host;
    this.currentQuery = query;
    this.typing = new DebounceController(host);
    this.task = new Task(host, {
      task: (args, { signal }) => {
        this.quietRun = this.startingQuiet;
        this.startingQuiet = false;
        return this.readPage(args, signal);
      },
      args: () => this.pageArgs(),
      // Called for the latest run only: an answer to an older query never reaches the screen.
      onComplete: (page) => this.answered(page),
    });
  }

  protected abstract pageArgs(): Args;
  /** Reads the page; `initialState` while it cannot be read yet (the list is hidden, its context unread). */
  protected abstract readPage(args: Args, signal: AbortSignal): Promise<Page | typeof initialState>;
  protected abstract get pageRows(): readonly Row[];
  protected abstract get resultSize(): number;

  /** The answer to the latest query came (and only to the latest). */
  protected answered(_page: Page): void {}

  // ---- the query ------------------------------------------------------------------------

  /** The query of the page shown or being read; it changes only through the methods below. */
  get query(): Query {
    return this.currentQuery;
  }

  /** Every change is a new query, read again even when its values are the same: the user asked. */
  protected change(patch: Partial<Query>): void {
    this.currentQuery = { ...this.currentQuery, ...patch };
    this.host.requestUpdate();
  }

  /** What narrows the result changed: a new result, from its first page, with nothing selected. */
  protected refine(patch: Partial<Query>): void {
    this.clearSelection();
    this.change({ ...patch, page: 1 });
  }

  /** Another order: the same result from its first page (the selection stands). */
  sortBy(sort: Query['sort']): void {
    this.change({ sort, page: 1 } as Partial<Query>);
  }

  goTo(page: number, pageSize: number): void {
    this.change({ page, pageSize } as Partial<Query>);
  }

  // ---- the page -------------------------------------------------------------------------

  /** The answer to the latest query: undefined before the first one, and after a failure. */
  protected get answer(): Page | undefined {
    return this.task.value;
  }

  get loading(): boolean {
    return this.task.status === TaskStatus.PENDING;
  }

  /** The page is read again after an action: the table says nothing of it (its `quiet`), the outcome stands. */
  get quiet(): boolean {
    return this.quietRun && this.loading;
  }

  /** Why the last read failed, when it did. */
  get error(): unknown {
    return this.task.status === TaskStatus.ERROR ? this.task.error : undefined;
  }

  /** Reads the current page again (to retry, or to show what changed). */
  reload(): Promise<void> {
    return this.task.run();
  }

  /** Reads the current page again after an action whose outcome the widget announces: the table stays {@link quiet}. */
  reloadQuietly(): Promise<void> {
    this.startingQuiet = true;
    return this.task.run();
  }

  // ---- the selection --------------------------------------------------------------------

  /** The user changed the selection in the table: `ids` across the pages, or « Tout ». */
  select(ids: readonly string[], all: boolean): void {
    const shown = new Map(this.pageRows.map((row) => [row.id, row]));
    const next = new Map<string, Row>();
    for (const id of ids) {
      const row = shown.get(id) ?? this.selection.get(id);
      if (row) next.set(id, row);
    }
    this.setSelection(next);
    this.allSelected = all;
    this.selectionChangedByUser = true;
    this.host.requestUpdate();
  }

  clearSelection(): void {
    this.setSelection(new Map());
    this.allSelected = false;
    this.selectionChangedByUser = false;
    this.host.requestUpdate();
  }

  /** The number of selected rows: for « Tout », the whole result's. */
  get selectionSize(): number {
    return this.allSelected ? this.resultSize : this.selection.size;
  }

  /** Takes a row out of the selection after an action on it: what the action did is said, not the count. */
  protected deselect(id: string): void {
    const next = new Map(this.selection);
    next.delete(id);
    this.setSelection(next);
    this.selectionChangedByUser = false;
    this.host.requestUpdate();
  }

  /** A selected row as the server now has it stays selected as such. */
  protected reselect(row: Row): void {
    if (this.selection.has(row.id)) this.selection = new Map(this.selection).set(row.id, row);
  }

  private setSelection(next: ReadonlyMap<string, Row>): void {
    this.selection = next;
    this.selected = [...next.keys()];
  }
}
