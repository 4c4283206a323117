/**
 * The convention `<habil-user-groups>` shows: the page's `convention-id`, else the one the person
 * picked among his, else his first; with the users of that convention, among whom the
 * responsable and the members are chosen. Its lifecycle is its Tasks': they are the host's
 * controllers, and run again when the client or the convention changes.
 */
import { initialState, Task } from '@lit/task';
import type { ReactiveControllerHost } from 'lit';
import type { HabilClient } from '../client/types.js';
import type { AccountSummary, Convention } from '../domain/index.js';
import { readAllPages, type AllPages } from '../internal/read-pages.js';

/** The users of a convention are read by pages this big (the contract's largest). */
const USERS_PAGE_SIZE = 500;

/** The most users offered in the pickers: a server announcing more is not followed further. */
export const MAX_USERS = 2_000;

export interface ActiveConventionOptions {
  api: () => HabilClient;
  /** The page's `convention-id` (empty: the person picks). */
  given: () => string;
}

export class ActiveConvention {
  private picked = '';

  readonly conventionsTask: Task<[HabilClient], Convention[]>;

  readonly conventionTask: Task<[HabilClient, string], Convention>;

  readonly usersTask: Task<[HabilClient, string], AllPages<AccountSummary>>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: ActiveConventionOptions,
  ) {
    this.conventionsTask = new Task(host, {
      task: ([client], { signal }) => client.call('listConventions', {}, { signal }),
      args: () => [options.api()] as [HabilClient],
    });
    this.conventionTask = new Task(host, {
      task: async ([client, id], { signal }): Promise<Convention | typeof initialState> =>
        id ? client.call('getConvention', { params: { id } }, { signal }) : initialState,
      args: () => [options.api(), this.id] as [HabilClient, string],
    });
    this.usersTask = new Task(host, {
      task: async ([client, conventionId], { signal }): Promise<AllPages<AccountSummary> | typeof initialState> =>
        conventionId
          ? readAllPages((page) => client.call('searchAccounts', { query: { conventionId, page, pageSize: USERS_PAGE_SIZE, sort: 'nom' } }, { signal }), {
              pageSize: USERS_PAGE_SIZE,
              maxItems: MAX_USERS,
            })
          : initialState,
      args: () => [options.api(), this.id] as [HabilClient, string],
    });
  }

  /** The conventions of the person. */
  get conventions(): Convention[] {
    return this.conventionsTask.value ?? [];
  }

  /** The id of the convention shown: the page's, else the one picked, else the person's first. */
  get id(): string {
    return this.options.given() || this.picked || this.conventions[0]?.id || '';
  }

  /** The convention shown, once read. */
  get convention(): Convention | undefined {
    const convention = this.conventionTask.value;
    return convention?.id === this.id ? convention : undefined;
  }

  /** The person may pick: the page gave no convention, and he has several. */
  get pickable(): boolean {
    return !this.options.given() && this.conventions.length > 1;
  }

  get users(): AccountSummary[] {
    return this.usersTask.value?.items ?? [];
  }

  /** The users were not all read: how many were, of how many the server announced. */
  get usersCut(): { read: number; total: number } | undefined {
    const users = this.usersTask.value;
    return users && !users.complete ? { read: users.items.length, total: users.total } : undefined;
  }

  pick(id: string): void {
    this.picked = id;
    this.host.requestUpdate();
  }

  /** A user was created in the convention: its users are read again. */
  reloadUsers(): Promise<void> {
    return this.usersTask.run();
  }
}
