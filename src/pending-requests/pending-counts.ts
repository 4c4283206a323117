/**
 * The number of requests waiting for the connected person's decision, per kind he may decide,
 * read from the server (the `total` of a one-row page) and read again after each decision;
 * the host is told when it changes (also when it is first known).
 */
import { initialState, Task } from '@lit/task';
import type { ReactiveControllerHost } from 'lit';
import type { HabilClient } from '../client/types.js';
import type { Me, MeAction } from '../domain/index.js';
import type { PendingCountDetail } from './public-types.js';

export interface PendingCountsOptions {
  client: () => HabilClient;
  /** Who is connected, once known (the host's `GET /me`). */
  me: () => Me | undefined;
  /** The counts changed. */
  changed: (counts: PendingCountDetail) => void;
}

export class PendingCountsController {
  /** The last counts read. */
  current: PendingCountDetail | undefined;

  private readonly task: Task<[HabilClient, Me | undefined], PendingCountDetail>;

  constructor(host: ReactiveControllerHost, options: PendingCountsOptions) {
    this.task = new Task(host, {
      task: async ([client, me], { signal }): Promise<PendingCountDetail | typeof initialState> => {
        if (!me) return initialState;
        const totalOf = async (action: MeAction, count: () => Promise<number>) => (me.actions.includes(action) ? count() : 0);
        const [accessRequests, accountRequests] = await Promise.all([
          totalOf('decide-requests', async () => (await client.call('listAccessRequests', { query: { state: 'pending', pageSize: 1 } }, { signal })).total),
          totalOf('decide-account-requests', async () => (await client.call('listAccountRequests', { query: { state: 'pending', pageSize: 1 } }, { signal })).total),
        ]);
        return { count: accessRequests + accountRequests, accessRequests, accountRequests };
      },
      args: () => [options.client(), options.me()],
      onComplete: (counts) => {
        const previous = this.current;
        this.current = counts;
        if (previous?.count !== counts.count || previous.accessRequests !== counts.accessRequests || previous.accountRequests !== counts.accountRequests) {
          options.changed(counts);
        }
      },
    });
  }

  /** Reads the counts again (a decision was made, here or elsewhere). */
  refresh(): void {
    void this.task.run();
  }
}
