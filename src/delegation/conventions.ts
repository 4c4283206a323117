/**
 * The CAF convention the partner administrators and the responsables are shown for: the
 * conventions the person works under, read while a CAF section shows, and the one chosen (the
 * host's `conventionId`, by default the first).
 */
import { initialState, Task } from '@lit/task';
import type { ReactiveController } from 'lit';
import type { HabilClient } from '../client/types.js';
import type { Convention } from '../domain/index.js';
import type { DelegationContext } from './section-context.js';
import { CAF_SECTIONS } from './sections.js';

export class ConventionsController implements ReactiveController {
  readonly list: Task<[HabilClient, boolean], Convention[]>;
  all: readonly Convention[] = [];
  /** The convention shown. */
  current: Convention | undefined;

  constructor(private readonly context: DelegationContext) {
    this.list = new Task(context.host, {
      task: async ([client, shown], { signal }) => (shown ? client.call('listConventions', {}, { signal }) : initialState),
      args: () => {
        const shown = context.sections.shown;
        return [context.api(), shown !== undefined && CAF_SECTIONS.includes(shown)];
      },
    });
    // Before the lists of the partner and of the groups, whose Tasks read the convention shown.
    context.host.addController(this);
  }

  hostUpdate(): void {
    this.all = this.list.value ?? [];
    this.current = this.all.find((c) => c.id === this.context.host.conventionId) ?? this.all[0];
  }

  /** The user chose another convention: the host's `conventionId` follows, what he was doing on the previous one is dropped. */
  choose(id: string): void {
    if (!id || id === this.current?.id) return;
    this.context.host.conventionId = id;
    this.context.flows.dismiss();
  }
}
