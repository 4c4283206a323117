/**
 * "Vos contacts": a UCANSS person who may not see the local administrators sees instead those
 * of his organisme, whom he writes to; read only while they show.
 */
import { initialState, Task } from '@lit/task';
import type { ReactiveController } from 'lit';
import type { HabilClient } from '../client/types.js';
import type { LocalAdmin } from '../domain/index.js';
import type { DelegationContext } from './section-context.js';

export class ContactsController implements ReactiveController {
  readonly list: Task<[HabilClient, boolean], LocalAdmin[]>;
  rows: readonly LocalAdmin[] = [];

  constructor(context: DelegationContext) {
    this.list = new Task(context.host, {
      task: async ([client, shown], { signal }) => {
        if (!shown) return initialState;
        const contacts = await client.call('myContacts', {}, { signal });
        return contacts.sort((a, b) => a.nom.localeCompare(b.nom, 'fr') || a.prenom.localeCompare(b.prenom, 'fr'));
      },
      args: () => [context.api(), context.sections.showsContacts],
    });
    // After the list's Task: what the section shows is derived from the list as this update leaves it.
    context.host.addController(this);
  }

  hostUpdate(): void {
    this.rows = this.list.value ?? [];
  }
}
