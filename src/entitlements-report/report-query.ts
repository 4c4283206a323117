/**
 * What the screen of `<habil-entitlements-report>` reads of its filters and rows: the filters as
 * the server reads them, and a person's roles grouped by application. Apart from report-data.ts
 * (the exported files' share, which re-exports these) so that the screen loads only this.
 */
import type { EntitlementQuery, EntitlementRow } from '../domain/index.js';

/** The filters of the guide's screen: "Nom", "Email pro" and "ADD : Avec ADD / Sans ADD" (absent: either). */
export interface ReportFilters {
  nom: string;
  email: string;
  add: boolean | undefined;
}

export type ExportFormat = 'xlsx' | 'pdf';

export function reportQuery(filters: ReportFilters): EntitlementQuery {
  const nom = filters.nom.trim();
  const email = filters.email.trim();
  return { ...(nom ? { nom } : {}), ...(email ? { email } : {}), ...(filters.add === undefined ? {} : { add: filters.add }) };
}

export interface ApplicationRoles {
  application: string;
  roles: string[];
}

/** A person's roles under their applications, in the order the server gave them. */
export function rolesByApplication(row: EntitlementRow): ApplicationRoles[] {
  const groups = new Map<string, string[]>();
  for (const role of row.roles) {
    const roles = groups.get(role.applicationName) ?? [];
    roles.push(role.roleLabel);
    groups.set(role.applicationName, roles);
  }
  return [...groups].map(([application, roles]) => ({ application, roles }));
}
