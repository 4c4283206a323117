/** How the lists and the sentences of `<habil-user-groups>` write a person: what the list and its parts share. */
import type { AccountSummary } from '../domain/index.js';

/** "DURAND Mathieu (AAA2930CAU)": the guide's lists put the name first, and the identifier tells namesakes apart. */
export function userOptionLabel(user: Pick<AccountSummary, 'nom' | 'prenom' | 'identifier'>): string {
  return `${user.nom} ${user.prenom} (${user.identifier})`;
}

/** "Mathieu DURAND", as the guide writes a person in a sentence. */
export function personName(person: { prenom: string; nom: string }): string {
  return `${person.prenom} ${person.nom}`;
}
