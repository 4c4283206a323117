import type { EntitlementQuery, EntitlementRow, EntitlementSortField, PageOf } from '../../src/domain/index.js';
import type { Actor } from '../access.js';
import { Refusal } from '../../core/refusal.js';
import { searchKey, type AccountRecord, type ReferenceStore } from '../store.js';
import { grantsOf } from '../views.js';

const sortKeyOf: Record<EntitlementSortField, (a: AccountRecord) => string> = {
  nom: (a) => a.sortKey,
  prenom: (a) => `${a.prenomKey} ${a.sortKey}`,
  emailPro: (a) => a.emailPro,
  fonction: (a) => `${searchKey(a.fonction ?? '')} ${a.sortKey}`,
};

/** "État des habilitations": the persons of my organisme who hold roles, with their roles, by name unless sorted otherwise. */
export function entitlementsReport(store: ReferenceStore, actor: Actor, q: EntitlementQuery): PageOf<EntitlementRow> {
  if (!actor.roles.has('local-admin') && !actor.roles.has('ucanss-admin')) throw new Refusal('forbidden');
  const nom = q.nom ? searchKey(q.nom) : undefined;
  const email = q.email?.trim().toLowerCase();
  const sort = q.sort ?? 'nom';
  const field = sort.replace(/^-/, '') as EntitlementSortField;
  const direction = sort.startsWith('-') ? -1 : 1;
  const accounts = store
    .accountsOf(actor.account.organismeId)
    .filter((a) => a.status !== 'supprime')
    .filter((a) => (!nom || a.sortKey.startsWith(nom)) && (!email || a.emailPro.includes(email)) && (q.add === undefined || a.add === q.add));
  if (field !== 'nom' || direction < 0) {
    const key = sortKeyOf[field];
    accounts.sort((x, y) => direction * (key(x) < key(y) ? -1 : key(x) > key(y) ? 1 : 0));
  }
  const page = q.page ?? 1;
  const pageSize = q.pageSize ?? 50;
  const items = accounts.slice((page - 1) * pageSize, page * pageSize).map((a) => ({
    accountId: a.id,
    nom: a.nom,
    prenom: a.prenom,
    emailPro: a.emailPro,
    ...(a.fonction ? { fonction: a.fonction } : {}),
    add: a.add,
    roles: grantsOf(store, a.id).map((g) => ({ roleId: g.roleId, roleLabel: g.roleLabel, applicationName: g.applicationName })),
  }));
  return { items, total: accounts.length, page, pageSize };
}
