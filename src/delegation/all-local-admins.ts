/**
 * "Tous les administrateurs locaux" (R13): the local administrators of every organisme, read-only,
 * read while the section shows and filtered by organisme (the host's `organismeId`).
 */
import { initialState, Task } from '@lit/task';
import type { ReactiveController } from 'lit';
import type { HabilClient } from '../client/types.js';
import type { LocalAdmin, Organisme } from '../domain/index.js';
import type { FieldOption } from '../ui/field/field.js';
import type { DelegationContext } from './section-context.js';

export class AllLocalAdminsController implements ReactiveController {
  readonly list: Task<[HabilClient, boolean, string], LocalAdmin[]>;
  /**
   * The UCANSS organismes of the filter, read as soon as the person may see the section, so
   * that the filter offers them when its tab opens.
   */
  readonly organismes: Task<[HabilClient, boolean], Organisme[]>;
  rows: readonly LocalAdmin[] = [];
  /** The choices of the organisme filter. */
  organismeOptions: readonly FieldOption[] = [];

  constructor(private readonly context: DelegationContext) {
    this.list = new Task(context.host, {
      task: async ([client, shown, organismeId], { signal }) =>
        shown ? client.call('listLocalAdmins', { query: { scope: 'all', ...(organismeId ? { organismeId } : {}) } }, { signal }) : initialState,
      args: () => [context.api(), context.sections.shown === 'all-local-admins', context.host.organismeId],
    });
    this.organismes = new Task(context.host, {
      task: async ([client, needed], { signal }) => {
        if (!needed) return initialState;
        const organismes = await client.call('listOrganismes', {}, { signal });
        return organismes.filter((o) => o.space === 'ucanss').sort((a, b) => a.name.localeCompare(b.name, 'fr'));
      },
      args: () => [context.api(), context.sections.all.includes('all-local-admins')],
    });
    // After the Tasks: what the section shows is derived from the lists as this update leaves them.
    context.host.addController(this);
  }

  hostUpdate(): void {
    this.rows = this.list.value ?? [];
    this.organismeOptions = (this.organismes.value ?? []).map((o) => ({ value: o.id, label: o.name }));
  }

  get organismeId(): string {
    return this.context.host.organismeId;
  }

  /** The user's choice of organisme updates the host's `organismeId`. */
  filter(organismeId: string): void {
    this.context.host.organismeId = organismeId;
  }
}
