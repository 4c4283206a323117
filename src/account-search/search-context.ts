/**
 * What the account search works on: the acting person and his space, the catalogue, on CAF the
 * convention and its groups (read once, before the first search), and the rows of a page.
 */
import type { HabilClient } from '../client/types.js';
import { readMe } from '../internal/me.js';
import type { AccountSummary, Application, Convention, Group, Me, PageOf, Space } from '../domain/index.js';
import type { AccountRef } from './account-search.js';
import type { AccountSearchFilters } from './search-criteria.js';

export interface SearchContext {
  me: Me;
  space: Space;
  /** Every application of the space, with its roles. */
  applications: Application[];
  /** CAF: the convention the list is of, and its groups. */
  convention?: Convention;
  groups: Group[];
}

export interface ResultRow extends AccountSummary {
  name: string;
}

/** A page of results, with the criteria it answers. */
export interface LoadedPage {
  filters: AccountSearchFilters;
  key: string;
  page: PageOf<AccountSummary>;
  rows: ResultRow[];
}

export function nameOf(account: Pick<AccountSummary, 'nom' | 'prenom'>): string {
  return `${account.nom} ${account.prenom}`;
}

/** An account as the widget's events name it. */
export function refOf(account: Pick<AccountSummary, 'id' | 'identifier' | 'nom' | 'prenom'>): AccountRef {
  return { id: account.id, identifier: account.identifier, name: nameOf(account) };
}

export function rowOf(account: AccountSummary): ResultRow {
  return { ...account, name: nameOf(account) };
}

export async function loadContext(api: HabilClient, conventionId: string | undefined, signal: AbortSignal): Promise<SearchContext> {
  const [me, catalogue] = await Promise.all([readMe(api, signal), api.call('listApplications', {}, { signal })]);
  const space = me.account.space;
  const applications = catalogue.filter((application) => application.space === space);
  if (space === 'ucanss') return { me, space, applications, groups: [] };
  const id = conventionId || me.conventionIds[0];
  if (!id) return { me, space, applications, groups: [] };
  const [convention, groups] = await Promise.all([
    api.call('getConvention', { params: { id } }, { signal }),
    api.call('listGroups', { params: { id } }, { signal }),
  ]);
  return { me, space, applications, convention, groups };
}
