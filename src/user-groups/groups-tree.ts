/**
 * The groups of the convention `<habil-user-groups>` lists: all of them (the hierarchy, the
 * parents to offer, the sub-groups that close with their parent), and the ones the filters of
 * the guide keep — code and libellé as typed, after a pause, and the user at once.
 */
import { initialState, Task } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { HabilClient } from '../client/types.js';
import type { Group } from '../domain/index.js';
import { DebounceController } from '../internal/debounce.js';
import { hierarchyOrder } from './hierarchy.js';

export interface GroupFilters {
  code: string;
  label: string;
  accountId: string;
}

const NO_FILTERS: GroupFilters = { code: '', label: '', accountId: '' };

export interface GroupsTreeOptions {
  api: () => HabilClient;
  /** The convention whose groups are listed. */
  conventionId: () => string;
}

export class GroupsTreeController implements ReactiveController {
  /** The filters the list was asked with. */
  private filters: GroupFilters = NO_FILTERS;

  /** The filters as the user is typing them. */
  draft: GroupFilters = NO_FILTERS;

  private readonly typing: DebounceController;

  /** Every group of the convention. */
  readonly allGroupsTask: Task<[HabilClient, string], Group[]>;

  private readonly filteredGroupsTask: Task<[HabilClient, string, string, string, string], Group[]>;

  /** The groups listed in the order of the hierarchy, and the answer they were ordered from. */
  private ordered: { from: Group[] | undefined; rows: Group[] } = { from: undefined, rows: [] };

  constructor(
    private readonly host: ReactiveControllerHost,
    options: GroupsTreeOptions,
  ) {
    host.addController(this);
    this.typing = new DebounceController(host);
    this.allGroupsTask = new Task(host, {
      task: async ([client, id], { signal }): Promise<Group[] | typeof initialState> =>
        id ? client.call('listGroups', { params: { id } }, { signal }) : initialState,
      args: () => [options.api(), options.conventionId()] as [HabilClient, string],
    });
    this.filteredGroupsTask = new Task(host, {
      task: async ([client, id, code, label, accountId], { signal }): Promise<Group[] | typeof initialState> => {
        if (!id || (!code && !label && !accountId)) return initialState;
        const query = { ...(code ? { code } : {}), ...(label ? { label } : {}), ...(accountId ? { accountId } : {}) };
        return client.call('listGroups', { params: { id }, query }, { signal });
      },
      args: () =>
        [options.api(), options.conventionId(), this.filters.code, this.filters.label, this.filters.accountId] as [HabilClient, string, string, string, string],
    });
  }

  get allGroups(): Group[] {
    return this.allGroupsTask.value ?? [];
  }

  get filtering(): boolean {
    return Boolean(this.filters.code || this.filters.label || this.filters.accountId);
  }

  /** What the list shows: the groups the filters keep, or all of them. */
  get listTask() {
    return this.filtering ? this.filteredGroupsTask : this.allGroupsTask;
  }

  /** The groups listed, each followed by its sub-groups. */
  get rows(): Group[] {
    return this.ordered.rows;
  }

  /**
   * The rows are ordered when the list's answer changes, not at each update: the table keeps the
   * same rows while the user types in a filter, and does not draw them again.
   */
  hostUpdate(): void {
    const listed = this.listTask.value;
    if (listed !== this.ordered.from) this.ordered = { from: listed, rows: hierarchyOrder(listed ?? []) };
  }

  /** The user typed in a filter (the list follows after a pause), or chose a user (at once). */
  setFilter(name: keyof GroupFilters, value: string): void {
    this.draft = { ...this.draft, [name]: value };
    this.host.requestUpdate();
    this.typing.schedule(() => this.applyFilters());
    if (name === 'accountId') this.typing.flush();
  }

  /** The list follows the filters now (Enter). */
  applyFilters(): void {
    this.typing.cancel();
    this.filters = { code: this.draft.code.trim(), label: this.draft.label.trim(), accountId: this.draft.accountId };
    this.host.requestUpdate();
  }

  /** Another convention: no filter. */
  clearFilters(): void {
    this.typing.cancel();
    this.filters = NO_FILTERS;
    this.draft = NO_FILTERS;
    this.host.requestUpdate();
  }

  /** A group changed: the lists are read again. */
  reload(): void {
    void this.allGroupsTask.run();
    if (this.filtering) void this.filteredGroupsTask.run();
  }
}
