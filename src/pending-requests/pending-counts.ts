/**
 * The number of requests waiting for the connected person's decision, per kind he may decide,
 * read from the server (the `total` of a one-row page), and following the data: a pending list
 * read without search or filter gives its kind's count, any other list read (the history, a
 * search) and every decision read the counts again — so that tacit acceptance (R4) or another
 * administrator's decisions, once seen in a list, are in the counts too. The host is told when
 * they change (also when they are first known).
 */
import { initialState, Task } from '@lit/task';
import type { ReactiveControllerHost } from 'lit';
import type { HabilClient } from '../client/types.js';
import type { Me, MeAction } from '../domain/index.js';
import type { PendingCountDetail } from './public-types.js';

/** The counts of each kind of request. */
export type PendingKind = 'accessRequests' | 'accountRequests';

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

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: PendingCountsOptions,
  ) {
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
      onComplete: (counts) => this.update(counts),
    });
  }

  private update(counts: PendingCountDetail): void {
    const previous = this.current;
    this.current = counts;
    if (previous?.count !== counts.count || previous.accessRequests !== counts.accessRequests || previous.accountRequests !== counts.accountRequests) {
      this.options.changed(counts);
      this.host.requestUpdate();
    }
  }

  /** The whole list of pending requests of this kind was read: its total is their count. */
  adopt(kind: PendingKind, total: number): void {
    const current = this.current;
    // Before the first counts are known, their own reading is on its way and will say them.
    if (!current || current[kind] === total) return;
    const next = { ...current, [kind]: total };
    this.update({ ...next, count: next.accessRequests + next.accountRequests });
  }

  /** Reads the counts again (a decision was made, here or elsewhere). */
  refresh(): void {
    void this.task.run();
  }
}
