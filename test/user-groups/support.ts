/** Driving `<habil-user-groups>` the way a user does, and looking at what he sees. */
import { html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { HabilDataTable } from '../../src/ui/data-table/data-table.js';
import '../../src/user-groups/define.js';
import type { HabilGroupForm, HabilGroupMembers, HabilGroupRoles, HabilNewUserDialog, HabilUserGroups } from '../../src/user-groups/define.js';
import { confirmDialogOpened, dialogPart } from '../support/dialogs.js';
import { buttonLabelled, deepText, shadow, text } from '../support/dom.js';
import { field, typeInto } from '../support/fields.js';
import { renderSettled } from '../support/render.js';
import * as speech from '../support/speech.js';
import { dataRows as rows, tableSettled } from '../support/table.js';
import { waitUntil } from '../support/wait.js';
export { confirm, confirmByKeyboard, confirmDialog, dialogOpened, dialogPart } from '../support/dialogs.js';
export { buttonLabelled as button, deepText, shadow, text } from '../support/dom.js';
export { control, field, fieldError, typeInto } from '../support/fields.js';
export { failingOnceClient, holdingClient, recordingClient, unavailable, type RecordedCall } from '../support/recording-client.js';
export { announced, liveRegion } from '../support/speech.js';
export { cells, dataRows as rows, emptyMessage, headers, rowWith as rowOf } from '../support/table.js';

export function listTable(el: HabilUserGroups): HabilDataTable {
  return shadow(el).querySelector('habil-data-table')!;
}

/** The widget read who is connected, his convention and its groups. */
export const settled = (el: HabilUserGroups): Promise<void> => tableSettled(el, 'the list');

export const render = (template: TemplateResult = html`<habil-user-groups></habil-user-groups>`): Promise<HabilUserGroups> => renderSettled(template, settled);

/** The row whose first cell (the group's code) is exactly `code`. */
export function groupRow(el: HabilUserGroups, code: string): HTMLTableRowElement {
  const row = rows(listTable(el)).find((candidate) => text(candidate.querySelector('th')).replace(/^↳ /, '') === code);
  if (!row) throw new Error(`no group ${code}`);
  return row;
}

/** A button of a group's row: details (members and rights), edit, close. */
export function rowButton(el: HabilUserGroups, code: string, action: 'details' | 'edit' | 'close'): HTMLButtonElement | null {
  return groupRow(el, code).querySelector<HTMLButtonElement>(`[data-action="${action}"]`);
}

export function groupForm(el: HabilUserGroups): HabilGroupForm {
  return shadow(el).querySelector('habil-group-form')!;
}

export function membersPart(el: HabilUserGroups): HabilGroupMembers {
  return shadow(el).querySelector('habil-group-members')!;
}

export function rolesPart(el: HabilUserGroups): HabilGroupRoles {
  return shadow(el).querySelector('habil-group-roles')!;
}

export function newUserDialog(host: Element): HabilNewUserDialog {
  return shadow(host).querySelector('habil-new-user-dialog')!;
}

/** A partner user to create from « Créer un utilisateur… ». */
export interface NewUser {
  civilite: 'M.' | 'Mme';
  nom: string;
  prenom: string;
  email: string;
}

/** Fills the partner user form of the « Créer un utilisateur » dialog, then sends it (« Valider »). */
export async function createUser(dialog: HabilNewUserDialog, user: NewUser): Promise<void> {
  const accountForm = shadow(dialog).querySelector('habil-account-form')!;
  shadow(accountForm).querySelector<HTMLInputElement>(`input[name="civilite"][value="${user.civilite}"]`)!.click();
  await typeInto(field(accountForm, 'Nom'), user.nom);
  await typeInto(field(accountForm, 'Prénom'), user.prenom);
  await typeInto(field(accountForm, 'Adresse mail'), user.email);
  await typeInto(field(accountForm, "Confirmer l'adresse mail"), user.email);
  buttonLabelled(accountForm, 'Valider').click();
}

export async function formShown(el: HabilUserGroups): Promise<HabilGroupForm> {
  await waitUntil(() => groupForm(el), 'the group form never showed', { timeout: 4000 });
  await groupForm(el).updateComplete;
  return groupForm(el);
}

/** The members of the open group are listed. */
export async function membersShown(el: HabilUserGroups): Promise<HabilGroupMembers> {
  const table = () => membersPart(el)?.shadowRoot?.querySelector<HabilDataTable>('habil-data-table');
  await waitUntil(() => table() && !table()!.loading, 'the members never showed', { timeout: 4000 });
  await membersPart(el).updateComplete;
  await table()!.updateComplete;
  return membersPart(el);
}

export function membersTable(el: HabilUserGroups): HabilDataTable {
  return shadow(membersPart(el)).querySelector('habil-data-table')!;
}

export async function rolesShown(el: HabilUserGroups): Promise<HabilGroupRoles> {
  await waitUntil(() => rolesPart(el) && shadow(rolesPart(el)).querySelector('h3'), 'the rights never showed', { timeout: 4000 });
  await rolesPart(el).updateComplete;
  return rolesPart(el);
}

/** The heading and message of the open confirmation of `host`. */
export async function confirmationText(host: Element): Promise<{ heading: string; message: string }> {
  // The confirmation comes with the part that asks it (the editing of a group, its page), loaded on first use.
  const dialog = await confirmDialogOpened(host);
  const native = dialog.shadowRoot!.querySelector('dialog')!;
  return { heading: text(native.querySelector('h2')), message: text(dialogPart(dialog, 'message')) };
}

/** What the alerts of `root` say, with their slotted text. */
export function alertsText(root: Element): string {
  return [...shadow(root).querySelectorAll('habil-alert')].map((alert) => deepText(alert)).join(' ').trim();
}

export const waitForText = (root: Element, words: string, read: (root: Element) => string = alertsText): Promise<void> => speech.waitForText(root, words, read);
