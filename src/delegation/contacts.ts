/**
 * "Vos contacts": a UCANSS person who may not see the local administrators sees instead those
 * of his organisme, whom he writes to; read only while they show.
 */
import type { LocalAdmin } from '../domain/index.js';
import type { DelegationContext } from './section-context.js';
import { SectionListController } from './section-list.js';

export class ContactsController extends SectionListController<true, LocalAdmin> {
  constructor(context: DelegationContext) {
    super(
      context,
      () => context.sections.showsContacts,
      async (client, _shown, signal) => {
        const contacts = await client.call('myContacts', {}, { signal });
        return contacts.sort((a, b) => a.nom.localeCompare(b.nom, 'fr') || a.prenom.localeCompare(b.prenom, 'fr'));
      },
    );
  }
}
