/** Driving `<habil-delegation>` the way a user does, and looking at what he sees. */
import { fixture, html } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import type { TemplateResult } from 'lit';
import { recordingClient, type RecordedCall } from '../support/recording-client.js';
import '../../src/delegation/define.js';
import type { HabilAccountForm } from '../../src/account-parts/account-form.js';
import type { HabilDelegation, HabilPersonPicker } from '../../src/delegation/define.js';
import type { HabilConfirmDialog } from '../../src/ui/confirm-dialog/confirm-dialog.js';
import type { HabilDataTable } from '../../src/ui/data-table/data-table.js';
import type { HabilField } from '../../src/ui/field/field.js';
import type { HabilLiveRegion } from '../../src/ui/live-region/live-region.js';
import { shadow, text } from '../support/dom.js';
export { shadow, text };

/** A client that records every call and lets a test step in before one (hold it, fail it), else reaches the server. */
/** Every table of the widget and of its parts, and whether one is still loading. */
function tablesIn(root: ParentNode): HabilDataTable[] {
  const own = [...root.querySelectorAll<HabilDataTable>('habil-data-table')];
  const inPickers = [...root.querySelectorAll<HabilPersonPicker>('habil-person-picker')].flatMap((picker) => tablesIn(shadow(picker)));
  return [...own, ...inPickers];
}

/** The widget knows who is connected, and no table of it is loading. */
export async function settled(el: HabilDelegation): Promise<void> {
  await waitUntil(
    () => !shadow(el).querySelector('.loading') && tablesIn(shadow(el)).every((table) => !table.loading),
    'the widget never finished loading',
    { timeout: 4000 },
  );
  await el.updateComplete;
  for (const table of tablesIn(shadow(el))) await table.updateComplete;
}

export async function render(template: TemplateResult = html`<habil-delegation></habil-delegation>`): Promise<HabilDelegation> {
  const el = await fixture<HabilDelegation>(template);
  await waitUntil(() => tablesIn(shadow(el)).length > 0 || shadow(el).querySelector('habil-alert.filled'), 'nothing rendered', { timeout: 4000 });
  await settled(el);
  return el;
}

/** The main table of the section shown (the first table of the widget's own shadow root). */
export function table(el: HabilDelegation): HabilDataTable {
  const found = shadow(el).querySelector<HabilDataTable>('habil-data-table');
  if (!found) throw new Error('no table');
  return found;
}

export function dataRows(t: HabilDataTable): HTMLTableRowElement[] {
  return [...shadow(t).querySelectorAll<HTMLTableRowElement>('tbody tr')].filter((row) => !row.querySelector('[part~="empty"]'));
}

/** The rows of the main table; none when no table shows (a list that failed). */
export function rows(el: HabilDelegation): HTMLTableRowElement[] {
  const found = shadow(el).querySelector<HabilDataTable>('habil-data-table');
  return found ? dataRows(found) : [];
}

export function cells(row: HTMLTableRowElement): string[] {
  return [...row.children].map((cell) => text(cell));
}

export function headers(t: HabilDataTable): string[] {
  return [...shadow(t).querySelectorAll('thead th')].map((th) => text(th));
}

export function caption(t: HabilDataTable): string {
  return text(shadow(t).querySelector('caption'));
}

export function emptyMessage(t: HabilDataTable): string {
  const slot = shadow(t).querySelector<HTMLSlotElement>('[part="empty"] slot');
  const assigned = slot?.assignedElements() ?? [];
  return assigned.length ? assigned.map((node) => text(node)).join(' ') : text(shadow(t).querySelector('[part="empty"]'));
}

export function rowOf(t: HabilDataTable, words: string): HTMLTableRowElement {
  const row = dataRows(t).find((candidate) => text(candidate).includes(words));
  if (!row) throw new Error(`no row with "${words}" in: ${dataRows(t).map((r) => text(r)).join(' | ')}`);
  return row;
}

/** The row whose header cell (`<th scope="row">`) says exactly `header`. */
export function rowByHeader(t: HabilDataTable, header: string): HTMLTableRowElement {
  const row = dataRows(t).find((candidate) => text(candidate.querySelector('th')) === header);
  if (!row) throw new Error(`no row "${header}" in: ${dataRows(t).map((r) => text(r.querySelector('th'))).join(' | ')}`);
  return row;
}

export function heading(el: HabilDelegation): string {
  return text(shadow(el).querySelector('#heading'));
}

export function hints(el: HabilDelegation): string {
  return [...shadow(el).querySelectorAll('[part~="hint"], [part~="note"], [part~="count"], [part~="convention"]')].map((node) => text(node)).join(' ');
}

export function button(el: HabilDelegation, selector: string): HTMLButtonElement {
  const found = shadow(el).querySelector<HTMLButtonElement>(selector);
  if (!found) throw new Error(`no button ${selector}`);
  return found;
}

export function tab(el: HabilDelegation, section: string): HTMLElement | null {
  return shadow(el).querySelector<HTMLElement>(`#tab-${section}`);
}

export function tabNames(el: HabilDelegation): string[] {
  return [...shadow(el).querySelectorAll('[role="tab"]')].map((node) => text(node));
}

// ---- the person picker ----

export function picker(el: HabilDelegation): HabilPersonPicker {
  const found = shadow(el).querySelector<HabilPersonPicker>('habil-person-picker');
  if (!found) throw new Error('no person picker');
  return found;
}

export function pickerTable(el: HabilDelegation): HabilDataTable {
  return shadow(picker(el)).querySelector<HabilDataTable>('habil-data-table')!;
}

export function pickerField(el: HabilDelegation, label: string): HabilField {
  const found = [...shadow(picker(el)).querySelectorAll<HabilField>('habil-field')].find((f) => f.label === label);
  if (!found) throw new Error(`no picker field "${label}"`);
  return found;
}

/** Types into a field as a user does: the native control changes, then input and change events. */
export async function typeInto(target: HabilField, value: string): Promise<void> {
  const control = shadow(target).querySelector<HTMLInputElement | HTMLSelectElement>('#control')!;
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  control.dispatchEvent(new Event('change', { bubbles: true }));
  await target.updateComplete;
}

/** Searches the picker by last name and waits for the answer. */
export async function searchPicker(el: HabilDelegation, nom: string, label = 'Nom'): Promise<void> {
  await typeInto(pickerField(el, label), nom);
  await waitUntil(
    () => !pickerTable(el).loading && dataRows(pickerTable(el)).every((row) => text(row).toLowerCase().includes(nom.toLowerCase())),
    `the picker never showed "${nom}"`,
    { timeout: 4000 },
  );
  await pickerTable(el).updateComplete;
}

export function chooseButton(el: HabilDelegation, accountId: string): HTMLButtonElement {
  const found = shadow(pickerTable(el)).querySelector<HTMLButtonElement>(`[data-account-id="${accountId}"]`);
  if (!found) throw new Error(`no "Choisir" for ${accountId}`);
  return found;
}

export function accountForm(el: HabilDelegation): HabilAccountForm {
  return shadow(el).querySelector<HabilAccountForm>('habil-account-form')!;
}

/** Chooses a civilité in the account form (a radio group). */
export function chooseCivilite(el: HabilDelegation, value: 'M.' | 'Mme'): void {
  shadow(accountForm(el)).querySelector<HTMLInputElement>(`input[name="civilite"][value="${value}"]`)!.click();
}

export function submitAccountForm(el: HabilDelegation): void {
  shadow(accountForm(el)).querySelector<HTMLButtonElement>('[part~="submit-button"]')!.click();
}

export function formField(el: HabilDelegation, name: string): HabilField {
  return shadow(accountForm(el)).querySelector<HabilField>(`habil-field[name="${name}"]`)!;
}

// ---- dialogs, notices, announcements ----

export function confirmDialog(el: HabilDelegation): HabilConfirmDialog {
  return shadow(el).querySelector('habil-confirm-dialog')!;
}

export async function dialogOpened(el: HabilDelegation): Promise<HTMLDialogElement> {
  const native = () => shadow(confirmDialog(el)).querySelector('dialog');
  await waitUntil(() => native()?.open, 'the dialog never opened');
  return native()!;
}

export function dialogText(el: HabilDelegation): string {
  return text(shadow(confirmDialog(el)).querySelector('dialog'));
}

/** Clicks the confirm button of the open confirmation dialog. */
export async function confirm(el: HabilDelegation): Promise<void> {
  await dialogOpened(el);
  shadow(confirmDialog(el)).querySelector<HTMLButtonElement>('[part~="confirm-button"]')!.click();
}

/** Answers the open confirmation dialog with its confirm or its cancel button, and waits for it to close. */
export async function answer(el: HabilDelegation, confirmed: boolean): Promise<void> {
  await dialogOpened(el);
  shadow(confirmDialog(el)).querySelector<HTMLButtonElement>(confirmed ? '[part~="confirm-button"]' : '[part~="cancel-button"]')!.click();
  await waitUntil(() => !confirmDialog(el).open, 'the dialog never closed');
}

export function liveRegion(el: HabilDelegation): HabilLiveRegion {
  return shadow(el).querySelector('habil-live-region')!;
}

export async function announced(el: HabilDelegation, words: string): Promise<void> {
  await waitUntil(() => liveRegion(el).message.includes(words), `never announced "${words}"`, { timeout: 4000 }).catch(() => {
    throw new Error(`never announced "${words}" (last: "${liveRegion(el).message}")`);
  });
}

/** The words of the alert about the last action: its title, the rule, the server's detail and the widget's sentence. */
export function noticeText(el: HabilDelegation): string {
  const alert = shadow(el).querySelector('habil-alert[part~="notice"]');
  if (!alert) return '';
  return `${text(shadow(alert).querySelector('[part="base"]'))} ${text(alert)}`.replace(/\s+/g, ' ').trim();
}

export async function noticeSays(el: HabilDelegation, words: string): Promise<void> {
  await waitUntil(() => noticeText(el).includes(words), `the notice never said "${words}"`, { timeout: 4000 }).catch(() => {
    throw new Error(`the notice never said "${words}" (it says: "${noticeText(el)}")`);
  });
}

/** The disclosure buttons of the histories of the accounts the last change involved (R14). */
export function historyButtons(el: HabilDelegation): HTMLButtonElement[] {
  const history = shadow(el).querySelector('habil-delegation-history');
  return history ? [...shadow(history).querySelectorAll<HTMLButtonElement>('[part~="toggle"]')] : [];
}

export async function openHistory(el: HabilDelegation, accountId: string): Promise<string[]> {
  const history = shadow(el).querySelector('habil-delegation-history')!;
  shadow(history).querySelector<HTMLButtonElement>(`[data-account-id="${accountId}"]`)!.click();
  const list = () => shadow(history).querySelector(`#history-${accountId} ol`);
  await waitUntil(() => list(), `the history of ${accountId} never showed`, { timeout: 4000 });
  return [...list()!.querySelectorAll('li')].map((li) => text(li));
}

export { recordingClient, type RecordedCall };
