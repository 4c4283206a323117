/**
 * The roles the actions of `<habil-account-search>` offer (a row's « Affecter un rôle », « Supprimer
 * un rôle », the new account's form, the bulk questions), from what the search read: they come
 * with those actions' code.
 */
import { DELEGATED_ROLE_ID, type Application } from '../domain/index.js';
import type { SearchContext } from './search-context.js';

/**
 * The applications with the roles this person may give, as the server says (`GET /me`, the
 * same check as every grant: R3, R12, R13, R16); on CAF, those of the convention shown.
 */
export function grantableApplications(context: SearchContext | undefined): Application[] {
  if (!context) return [];
  const allowed = new Set(context.me.grantableRoleIds);
  const offered = context.space === 'caf' ? new Set(context.convention?.services.flatMap((service) => service.roles.map((role) => role.id)) ?? []) : undefined;
  return context.applications
    .map((application) => ({ ...application, roles: application.roles.filter((role) => allowed.has(role.id) && (!offered || offered.has(role.id))) }))
    .filter((application) => application.roles.length > 0);
}

/** Every role of the space but local administration, which follows the delegation (R13). */
export function revocableApplications(context: SearchContext | undefined): Application[] {
  return (context?.applications ?? []).map((application) => ({
    ...application,
    roles: application.roles.filter((role) => role.id !== DELEGATED_ROLE_ID),
  }));
}

export function roleLabel(context: SearchContext | undefined, roleId: string): string {
  for (const application of context?.applications ?? []) {
    const role = application.roles.find((r) => r.id === roleId);
    if (role) return role.label;
  }
  return roleId;
}
