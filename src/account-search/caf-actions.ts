/**
 * What a row's menu offers, in its order (with the actions' code, actions.ts, before a first menu
 * opens), and the CAF actions of a user's row that are not actions on the account itself (CAF
 * guide, the list of users and its column « Autres actions »): « Ajouter à un groupe », « Gérer
 * l'appartenance de l'utilisateur », and « Désactiver un responsable habilitations » (the
 * responsables' fiches and the « Synthèse »: a responsable habilitations is deactivated by the
 * partner administrator, who first names another one for each of his groups, as every group has
 * one, R11). No DOM.
 *
 * They follow what the server allows, read from what it sent: the groups' `actions` (R1, R12:
 * the partner administrator, or the responsable of the group or of a group above it) and the
 * row's `actions` (closing the account).
 */
import type { AccountAction, Group } from '../domain/index.js';
import type { ResultRow, SearchContext } from './search-context.js';
import type { ActionWords } from './actions.messages.js';

export type CafRowAction = 'add-to-group' | 'manage-memberships' | 'deactivate-responsable';

/** What a row's menu offers: the account's actions, and on CAF those about its groups. */
export type RowAction = AccountAction | CafRowAction;

/** The acting person may do `action` on the members of `group`, as the server would let him (its `actions` follow R1 and R12). */
export function changesMembersOf(group: Group, action: 'add-member' | 'edit-member' | 'remove-member'): boolean {
  return group.status === 'ouvert' && group.actions.includes(action);
}

/** The open groups of the convention the acting person may add people to. */
export function groupsToAddTo(context: SearchContext): Group[] {
  return context.groups.filter((group) => changesMembersOf(group, 'add-member'));
}

/** The open groups whose responsable habilitations the person is. */
export function responsableOf(context: SearchContext | undefined, accountId: string): Group[] {
  return context?.groups.filter((group) => group.status === 'ouvert' && group.responsable.id === accountId) ?? [];
}

/**
 * The server lets the acting person close this user's account (`deactivate` in his row); when
 * he is the responsable of open groups, only with their new responsables named, by someone who
 * may change those groups (the partner administrator): `replace-first`, else `not-allowed`.
 * Undefined when he is no responsable, or his account cannot be closed anyway.
 */
export function responsableClosing(context: SearchContext, row: ResultRow): 'replace-first' | 'not-allowed' | undefined {
  const groups = responsableOf(context, row.id);
  if (groups.length === 0 || !row.actions.includes('deactivate')) return undefined;
  return groups.every((group) => group.actions.includes('edit')) ? 'replace-first' : 'not-allowed';
}

/** The CAF actions a row offers, in the order of the guide's « Autres actions ». */
export function cafRowActions(context: SearchContext | undefined, row: ResultRow): CafRowAction[] {
  if (context?.space !== 'caf') return [];
  const actions: CafRowAction[] = [];
  if (row.status === 'ouvert' && groupsToAddTo(context).length > 0) actions.push('add-to-group');
  if (context.groups.some((group) => changesMembersOf(group, 'edit-member') || changesMembersOf(group, 'remove-member'))) {
    actions.push('manage-memberships');
  }
  if (responsableClosing(context, row) === 'replace-first') actions.push('deactivate-responsable');
  return actions;
}

const ACTION_ORDER: RowAction[] = [
  'view',
  'grant',
  'revoke',
  'history',
  'edit',
  'deactivate',
  'deactivate-responsable',
  'reactivate',
  'attach',
  'resend-identifier',
  'add-to-group',
  'manage-memberships',
];

/**
 * The actions a row allows, in the menu's order. On CAF, those of the guide's « Autres
 * actions » follow; a responsable habilitations is closed through « Désactiver un responsable
 * habilitations », which names his replacements first, or not from here (see `menuNote`).
 */
export function menuActions(context: SearchContext | undefined, row: ResultRow): RowAction[] {
  const allowed = new Set<RowAction>([...row.actions, ...cafRowActions(context, row)]);
  if (context?.space === 'caf' && responsableClosing(context, row)) allowed.delete('deactivate');
  return ACTION_ORDER.filter((action) => allowed.has(action));
}

/** Why the menu of a CAF row leaves out the closing of the account: he is responsable of groups the acting person cannot give another one. */
export function menuNote(t: ActionWords, context: SearchContext | undefined, row: ResultRow): string | undefined {
  if (context?.space !== 'caf' || responsableClosing(context, row) !== 'not-allowed') return undefined;
  const groups = responsableOf(context, row.id);
  return t.msg('responsableOnlyByAdmin', row.name, groups.map((group) => group.code).join(', '), groups.length);
}
