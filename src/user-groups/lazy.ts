/**
 * The parts of `<habil-user-groups>` as it loads them (its `LazyPart`s): each part's module
 * imported, its tag registered and its words with it, the first time it is shown — a group's
 * page when it opens, the group form when a form opens, the writes on a group with the form or
 * the first closing, the members and the rights of a group when their tab opens, the new user's
 * dialog when one is created — so that the list of groups loads alone.
 */
import type { ReactiveControllerHost } from 'lit';
import { loadAccountForm } from '../account-parts/lazy.js';
import { defineElement } from '../internal/define.js';
import { partWords } from '../internal/localize.js';
import type { GroupWritesOptions } from './group-writes.js';

type Host = ReactiveControllerHost & HTMLElement;

/** A group's page: its screen, and the words the widget renders it with. */
export async function loadGroupPage(host: Host) {
  const [{ renderGroupPage }, { groupPageMessages }] = await Promise.all([import('./group-page-screen.js'), import('./group-page.messages.js')]);
  return { renderGroupPage, t: await partWords(host, groupPageMessages) };
}

/** The group form: `<habil-group-form>`, the screen around it, and the words the widget renders that screen with. */
export async function loadGroupForm(host: Host) {
  const [{ renderGroupFormScreen }, { HabilGroupForm }, { groupFormMessages }] = await Promise.all([
    import('./group-form-screen.js'),
    import('./group-form.js'),
    import('./group-form.messages.js'),
  ]);
  defineElement('habil-group-form', HabilGroupForm);
  return { renderGroupFormScreen, t: await partWords(host, groupFormMessages) };
}

/** The writes on a group (create, change, close), with their words and the confirmation they ask with. */
export async function loadGroupWrites(host: Host, options: Omit<GroupWritesOptions, 't'>) {
  const [{ GroupWritesController }, { groupWritesMessages }] = await Promise.all([import('./group-writes.js'), import('./group-writes.messages.js'), loadConfirmDialog()]);
  return new GroupWritesController(host, { ...options, t: await partWords(host, groupWritesMessages) });
}

/** The kit's confirmation: a closing, a detachment, a removal of rights ask with it. */
async function loadConfirmDialog(): Promise<void> {
  defineElement('habil-confirm-dialog', (await import('../ui/confirm-dialog/confirm-dialog.js')).HabilConfirmDialog);
}

export async function loadGroupMembers(): Promise<void> {
  const [{ HabilGroupMembers }] = await Promise.all([import('./group-members.js'), loadConfirmDialog()]);
  defineElement('habil-group-members', HabilGroupMembers);
}

export async function loadGroupRoles(): Promise<void> {
  const [{ HabilGroupRoles }] = await Promise.all([import('./group-roles.js'), loadConfirmDialog()]);
  defineElement('habil-group-roles', HabilGroupRoles);
}

/** « Créer un utilisateur »: the dialog, and the account form it holds. */
export async function loadNewUserDialog(): Promise<void> {
  const [{ HabilNewUserDialog }] = await Promise.all([import('./new-user-dialog.js'), loadAccountForm()]);
  defineElement('habil-new-user-dialog', HabilNewUserDialog);
}
