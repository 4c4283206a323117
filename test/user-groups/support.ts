/** Driving `<habil-user-groups>` the way a user does, and looking at what he sees. */
import { fixture, html } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import type { TemplateResult } from 'lit';
import { recordingClient, type RecordedCall } from '../support/recording-client.js';
import type { HabilConfirmDialog } from '../../src/ui/confirm-dialog/confirm-dialog.js';
import type { HabilDataTable } from '../../src/ui/data-table/data-table.js';
import type { HabilField } from '../../src/ui/field/field.js';
import type { HabilLiveRegion } from '../../src/ui/live-region/live-region.js';
import '../../src/user-groups/define.js';
import type { HabilGroupForm, HabilGroupMembers, HabilGroupRoles, HabilNewUserDialog, HabilUserGroups } from '../../src/user-groups/define.js';
import { shadow, text } from '../support/dom.js';
export { shadow, text };

/** The visible and spoken text of an element and the shadow roots under it. */
export function deepText(node: Element | null | undefined): string {
  if (!node) return '';
  const parts: string[] = [];
  const walk = (n: Node) => {
    if (n.nodeType === Node.TEXT_NODE) parts.push(n.textContent ?? '');
    if (n instanceof Element && n.shadowRoot) walk(n.shadowRoot);
    if (n instanceof HTMLSlotElement) for (const a of n.assignedNodes()) walk(a);
    else for (const child of n.childNodes) walk(child);
  };
  walk(node);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

export function listTable(el: HabilUserGroups): HabilDataTable {
  return shadow(el).querySelector('habil-data-table')!;
}

/** The widget read who is connected, his convention and its groups. */
export async function settled(el: HabilUserGroups): Promise<void> {
  await waitUntil(
    () => {
      const table = listTable(el);
      return Boolean(table) && !table.loading && !shadow(el).querySelector('.loading');
    },
    'the list never finished loading',
    { timeout: 4000 },
  );
  await el.updateComplete;
  await listTable(el).updateComplete;
}

export async function render(template: TemplateResult = html`<habil-user-groups></habil-user-groups>`): Promise<HabilUserGroups> {
  const el = await fixture<HabilUserGroups>(template);
  await settled(el);
  return el;
}

/** The data rows of a table (not the "no result" row). */
export function rows(table: HabilDataTable): HTMLTableRowElement[] {
  return [...shadow(table).querySelectorAll<HTMLTableRowElement>('tbody tr')].filter((row) => !row.querySelector('[part~="empty"]'));
}

export function cells(row: HTMLTableRowElement): string[] {
  return [...row.children].map((cell) => text(cell));
}

export function headers(table: HabilDataTable): string[] {
  return [...shadow(table).querySelectorAll('thead th')].map((th) => text(th));
}

export function rowOf(table: HabilDataTable, words: string): HTMLTableRowElement {
  const row = rows(table).find((candidate) => text(candidate).includes(words));
  if (!row) throw new Error(`no row with "${words}" in: ${rows(table).map((r) => text(r)).join(' | ')}`);
  return row;
}

/** The row whose first cell (the group's code) is exactly `code`. */
export function groupRow(el: HabilUserGroups, code: string): HTMLTableRowElement {
  const row = rows(listTable(el)).find((candidate) => text(candidate.querySelector('th')).replace(/^↳ /, '') === code);
  if (!row) throw new Error(`no group ${code}`);
  return row;
}

export function emptyMessage(table: HabilDataTable): string {
  const slot = shadow(table).querySelector<HTMLSlotElement>('[part="empty"] slot');
  const assigned = slot?.assignedElements() ?? [];
  return assigned.length ? assigned.map((node) => text(node)).join(' ') : text(shadow(table).querySelector('[part="empty"]'));
}

/** A button of a group's row: details (members and rights), edit, close. */
export function rowButton(el: HabilUserGroups, code: string, action: 'details' | 'edit' | 'close'): HTMLButtonElement | null {
  return groupRow(el, code).querySelector<HTMLButtonElement>(`[data-action="${action}"]`);
}

/** The field labelled `label` in `root`'s shadow root, or under `root` when it has none (a dialog inside one). */
export function field(root: Element, label: string): HabilField {
  const scope = root.shadowRoot ?? root;
  const all = [...scope.querySelectorAll<HabilField>('habil-field')];
  const found = all.find((f) => f.label === label);
  if (!found) throw new Error(`no field "${label}" in ${root.localName}: ${all.map((f) => f.label).join(', ')}`);
  return found;
}

export function control(target: HabilField): HTMLInputElement | HTMLSelectElement {
  return shadow(target).querySelector<HTMLInputElement | HTMLSelectElement>('#control')!;
}

/** Types into (or chooses in) a field as a user does: the native control changes, then input and change events. */
export async function typeInto(target: HabilField, value: string): Promise<void> {
  const native = control(target);
  native.value = value;
  native.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  native.dispatchEvent(new Event('change', { bubbles: true }));
  await target.updateComplete;
}

export function fieldError(target: HabilField): string {
  return text(shadow(target).querySelector('[part="error"]'));
}

/** The button whose text is `label` in `root`'s shadow root, or under `root` when it has none. */
export function button(root: Element, label: string): HTMLButtonElement {
  const all = [...(root.shadowRoot ?? root).querySelectorAll<HTMLButtonElement>('button')];
  const found = all.find((b) => text(b) === label);
  if (!found) throw new Error(`no button "${label}" in ${root.localName}: ${all.map((b) => text(b)).join(' | ')}`);
  return found;
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

export function liveRegion(host: Element): HabilLiveRegion {
  return shadow(host).querySelector('habil-live-region')!;
}

export async function announced(host: Element, words: string): Promise<void> {
  await waitUntil(() => liveRegion(host).message.includes(words), `never announced "${words}"`, { timeout: 4000 }).catch(() => {
    throw new Error(`never announced "${words}" (last: "${liveRegion(host).message}")`);
  });
}

export function confirmDialog(host: Element): HabilConfirmDialog {
  return shadow(host).querySelector('habil-confirm-dialog')!;
}

export function dialogPart(dialog: Element, part: string): HTMLElement {
  return shadow(dialog).querySelector<HTMLElement>(`[part~="${part}"]`)!;
}

export async function dialogOpened(dialog: Element): Promise<HTMLDialogElement> {
  const native = () => shadow(dialog).querySelector('dialog');
  await waitUntil(() => native()?.open, 'the dialog never opened');
  return native()!;
}

/** The heading and message of the open confirmation of `host`. */
export async function confirmationText(host: Element): Promise<{ heading: string; message: string }> {
  const dialog = confirmDialog(host);
  const native = await dialogOpened(dialog);
  return { heading: text(native.querySelector('h2')), message: text(dialogPart(dialog, 'message')) };
}

export async function confirm(host: Element): Promise<void> {
  const dialog = confirmDialog(host);
  await dialogOpened(dialog);
  dialogPart(dialog, 'confirm-button').click();
}

/** What the alerts of `root` say, with their slotted text. */
export function alertsText(root: Element): string {
  return [...shadow(root).querySelectorAll('habil-alert')].map((alert) => deepText(alert)).join(' ').trim();
}

export async function waitForText(root: Element, words: string, read: (root: Element) => string = alertsText): Promise<void> {
  await waitUntil(() => read(root).includes(words), `"${words}" never showed`, { timeout: 4000 }).catch(() => {
    throw new Error(`"${words}" never showed (shown: "${read(root)}")`);
  });
}

export { recordingClient, type RecordedCall };
