import type { EntitlementQuery, EntitlementRow, PageOf } from '../../src/domain/index.js';
import type { Actor } from '../access.js';
import { Refusal } from '../refusal.js';
import { searchKey, type ReferenceStore } from '../store.js';
import { grantsOf } from '../views.js';

/** "État des habilitations": the persons of my organisme who hold roles, with their roles. */
export function entitlementsReport(store: ReferenceStore, actor: Actor, q: EntitlementQuery): PageOf<EntitlementRow> {
  if (!actor.roles.has('local-admin') && !actor.roles.has('ucanss-admin')) throw new Refusal('forbidden');
  const nom = q.nom ? searchKey(q.nom) : undefined;
  const email = q.email?.trim().toLowerCase();
  const rows = store
    .accountsOf(actor.account.organismeId)
    .filter((a) => a.status !== 'supprime')
    .filter((a) => (!nom || a.sortKey.startsWith(nom)) && (!email || a.emailPro.includes(email)) && (q.add === undefined || a.add === q.add))
    .map((a) => ({
      accountId: a.id,
      nom: a.nom,
      prenom: a.prenom,
      emailPro: a.emailPro,
      ...(a.fonction ? { fonction: a.fonction } : {}),
      add: a.add,
      roles: grantsOf(store, a.id, false).map((g) => ({ roleId: g.roleId, roleLabel: g.roleLabel, applicationName: g.applicationName })),
    }));
  const page = q.page ?? 1;
  const pageSize = q.pageSize ?? 50;
  return { items: rows.slice((page - 1) * pageSize, page * pageSize), total: rows.length, page, pageSize };
}
