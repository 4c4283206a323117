/** The seed of the guides (SPEC §4), into a store: the reference server's, and habil-server's first start. */
import type { ReferenceStore } from '../store.js';
import { APPLICATIONS, CONVENTIONS, ORGANISMES } from './catalogue.js';
import { generateAccounts } from './generator.js';
import { seedPeople, seedRequests } from './people.js';

export function seedStore(store: ReferenceStore, generatedAccounts = 300): void {
  for (const o of ORGANISMES) store.addOrganisme(o);
  for (const { application, english } of APPLICATIONS) store.addApplication(application, english);
  for (const c of CONVENTIONS) store.addConvention(c);
  seedPeople(store);
  if (generatedAccounts > 0) generateAccounts(store, generatedAccounts);
  seedRequests(store);
}
