/**
 * The list a section of `<habil-delegation>` reads while it shows: read as soon as `needed`
 * gives what it is read for (`true`, or the id of the convention or of the partner shown), again
 * when that changes, and not at all while it gives nothing (`false`, undefined). `rows` is the list as
 * the host's last update left it; a section derives the rest of what it shows in `hostUpdate`.
 */
import { initialState, Task } from '@lit/task';
import type { ReactiveController } from 'lit';
import type { HabilClient } from '../client/types.js';
import type { DelegationContext } from './section-context.js';

export abstract class SectionListController<K, T> implements ReactiveController {
  readonly list: Task<[HabilClient, K | false | undefined], T[]>;
  rows: readonly T[] = [];

  constructor(
    protected readonly context: DelegationContext,
    needed: () => K | false | undefined,
    read: (client: HabilClient, key: K, signal: AbortSignal) => Promise<T[]>,
  ) {
    this.list = new Task(context.host, {
      task: async ([client, key], { signal }) => (key ? read(client, key, signal) : initialState),
      args: () => [context.api(), needed()],
    });
    // After the list's Task: what the section shows is derived from the list as this update leaves it.
    context.host.addController(this);
  }

  hostUpdate(): void {
    this.rows = this.list.value ?? [];
  }
}
