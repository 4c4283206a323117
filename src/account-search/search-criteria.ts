/** The criteria of the account search and the query of the contract they make; no DOM. */
import type { AccountQuery, AccountSortField, Space } from '../domain/index.js';

/** The search form's criteria. Yes/no criteria are `undefined` for "Indifférent". */
export interface AccountSearchFilters {
  nom: string;
  prenom: string;
  identifier: string;
  inMyOrganisme: boolean | undefined;
  active: boolean | undefined;
  add: boolean | undefined;
  roleId: string;
  /** With `roleId`: the people who hold it (true) or not (false). */
  hasRole: boolean;
  groupId: string;
}

export const NO_CRITERIA: AccountSearchFilters = {
  nom: '',
  prenom: '',
  identifier: '',
  inMyOrganisme: undefined,
  active: undefined,
  add: undefined,
  roleId: '',
  hasRole: true,
  groupId: '',
};

/** A sort of the contract: a field, prefixed with "-" for descending order. */
export type AccountSort = NonNullable<AccountQuery['sort']>;

export function sortOf(field: AccountSortField, descending: boolean): AccountSort {
  return (descending ? `-${field}` : field) as AccountSort;
}

/**
 * Reads the yes/no attributes: absent is "Indifférent"; "false", "non", "no" and "0" are no;
 * anything else, the empty value included, is yes.
 */
export const yesNoConverter = {
  fromAttribute(value: string | null): boolean | undefined {
    if (value === null) return undefined;
    return !['false', 'non', 'no', '0'].includes(value.trim().toLowerCase());
  },
  toAttribute(value: boolean | undefined): string | null {
    return value === undefined ? null : String(value);
  },
};

/** Equal for criteria that make the same search (surrounding blanks and an unused "ayant le rôle" aside). */
export function criteriaKey(filters: AccountSearchFilters): string {
  return JSON.stringify([
    filters.nom.trim(),
    filters.prenom.trim(),
    filters.identifier.trim(),
    filters.inMyOrganisme,
    filters.active,
    filters.add,
    filters.roleId,
    filters.roleId ? filters.hasRole : true,
    filters.groupId,
  ]);
}

/**
 * The query of the contract for these criteria in a space: the criteria of the other space are
 * left out (a group is a CAF criterion, "avec ADD" a UCANSS one), and so are the empty ones.
 */
export function accountQuery(filters: AccountSearchFilters, space: Space, conventionId?: string): AccountQuery {
  const query: AccountQuery = {};
  const nom = filters.nom.trim();
  const prenom = filters.prenom.trim();
  const identifier = filters.identifier.trim();
  if (nom) query.nom = nom;
  if (prenom) query.prenom = prenom;
  if (identifier) query.identifier = identifier;
  if (filters.active !== undefined) query.active = filters.active;
  if (space === 'ucanss') {
    if (filters.inMyOrganisme !== undefined) query.inMyOrganisme = filters.inMyOrganisme;
    if (filters.add !== undefined) query.add = filters.add;
    if (filters.roleId) {
      query.roleId = filters.roleId;
      query.hasRole = filters.hasRole;
    }
  } else {
    if (conventionId) query.conventionId = conventionId;
    if (filters.groupId) query.groupId = filters.groupId;
  }
  return query;
}
