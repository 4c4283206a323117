/**
 * The parts of `<habil-user-groups>` as it loads them (its `LazyPart`s): each part's module
 * imported, and its tag registered, the first time it is shown — the group form when a form
 * opens, the members and the rights of a group when its page opens, the new user's dialog when
 * one is created — so that the list of groups loads alone.
 */
import { loadAccountForm } from '../account-parts/lazy.js';
import { defineElement } from '../internal/define.js';

export async function loadGroupForm(): Promise<void> {
  defineElement('habil-group-form', (await import('./group-form.js')).HabilGroupForm);
}

export async function loadGroupMembers(): Promise<void> {
  defineElement('habil-group-members', (await import('./group-members.js')).HabilGroupMembers);
}

export async function loadGroupRoles(): Promise<void> {
  defineElement('habil-group-roles', (await import('./group-roles.js')).HabilGroupRoles);
}

/** « Créer un utilisateur »: the dialog, and the account form it holds. */
export async function loadNewUserDialog(): Promise<void> {
  const [{ HabilNewUserDialog }] = await Promise.all([import('./new-user-dialog.js'), loadAccountForm()]);
  defineElement('habil-new-user-dialog', HabilNewUserDialog);
}
