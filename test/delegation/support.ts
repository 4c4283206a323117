/** Driving `<habil-delegation>` the way a user does, and looking at what he sees. */
import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/delegation/define.js';
import type { HabilAccountForm } from '../../src/account-parts/account-form.js';
import type { HabilDelegation, HabilPersonPicker } from '../../src/delegation/define.js';
import type { HabilDataTable } from '../../src/ui/data-table/data-table.js';
import type { HabilField } from '../../src/ui/field/field.js';
import * as dialogs from '../support/dialogs.js';
import { shadow, text } from '../support/dom.js';
import { field, typeInto } from '../support/fields.js';
import { noticeText } from '../support/speech.js';
import { dataRows } from '../support/table.js';
import { waitUntil } from '../support/wait.js';
import { focusedElement, press, tabTo } from '../ui/support.js';
export { answer, confirm, confirmByKeyboard, confirmDialog, dialogText } from '../support/dialogs.js';
export { shadow, tab, text } from '../support/dom.js';
export { typeInto } from '../support/fields.js';
export { failingOnceClient, holdingClient, recordingClient, unavailable, type RecordedCall } from '../support/recording-client.js';
export { announced, liveRegion, noticeText } from '../support/speech.js';
export { caption, cells, dataRows, emptyMessage, headers, rowWith as rowOf } from '../support/table.js';

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

/** The rows of the main table; none when no table shows (a list that failed). */
export function rows(el: HabilDelegation): HTMLTableRowElement[] {
  const found = shadow(el).querySelector<HabilDataTable>('habil-data-table');
  return found ? dataRows(found) : [];
}

/** The button of the main table's row of `accountId` (« Retirer »). */
export function rowButton(el: HabilDelegation, accountId: string): HTMLButtonElement {
  return shadow(table(el)).querySelector<HTMLButtonElement>(`[data-account-id="${accountId}"]`)!;
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

export function tabNames(el: HabilDelegation): string[] {
  return [...shadow(el).querySelectorAll('[role="tab"]')].map((node) => text(node));
}

// ---- the person picker ----

/** Clicks `opener` (« Nouvel administrateur local », « Désigner », « Remplacer »…), then waits until the panel where a person is chosen has loaded. */
export async function openPicker(el: HabilDelegation, opener: HTMLButtonElement): Promise<void> {
  opener.click();
  await waitUntil(() => shadow(el).querySelector('habil-person-picker'), 'the panel never opened');
  await settled(el);
}

/** With the keyboard: Tab to `opener` (at most `limit` presses), Enter, and the panel takes focus once loaded. */
export async function openPanelByKeyboard(el: HabilDelegation, opener: HTMLButtonElement, limit?: number): Promise<void> {
  await tabTo(opener, limit);
  await press('Enter');
  await waitUntil(() => focusedElement() === shadow(el).querySelector('#flow-heading'), 'the panel never took focus');
  await settled(el);
}

/** Opens the panel that names a new local administrator. */
export const openNameFlow = (el: HabilDelegation): Promise<void> => openPicker(el, button(el, '#new-local-admin'));

export function picker(el: HabilDelegation): HabilPersonPicker {
  const found = shadow(el).querySelector<HabilPersonPicker>('habil-person-picker');
  if (!found) throw new Error('no person picker');
  return found;
}

export function pickerTable(el: HabilDelegation): HabilDataTable {
  return shadow(picker(el)).querySelector<HabilDataTable>('habil-data-table')!;
}

export const pickerField = (el: HabilDelegation, label: string): HabilField => field(picker(el), label);

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

/** The native `<dialog>` of the widget's confirmation, once open. */
export const dialogOpened = (el: HabilDelegation): Promise<HTMLDialogElement> => dialogs.dialogOpened(dialogs.confirmDialog(el));

/** Clicks `button` (« Retirer », « Choisir »…), and waits until the confirmation it asks for is open. */
export async function askConfirmation(el: HabilDelegation, button: HTMLButtonElement): Promise<HTMLDialogElement> {
  button.click();
  return dialogOpened(el);
}

/**
 * Clicks `button`, checks that the confirmation it asks for says each of `asks`, and confirms.
 * `danger`: whether its confirm button is the dangerous kind; `startsOn`: the button focus starts
 * on when it opens (the safe choice of a final change); each is checked only when given.
 */
export async function confirmSaying(
  el: HabilDelegation,
  button: HTMLButtonElement,
  asks: readonly string[],
  expected: { danger?: boolean; startsOn?: string } = {},
): Promise<void> {
  await askConfirmation(el, button);
  for (const words of asks) expect(dialogs.dialogText(el)).to.include(words);
  if (expected.danger !== undefined) expect(dialogs.confirmDialog(el).danger, 'whether the confirm button is the dangerous kind').to.equal(expected.danger);
  if (expected.startsOn !== undefined) expect(text(focusedElement()), 'the dialog starts on the safe choice').to.equal(expected.startsOn);
  await dialogs.confirm(el);
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
