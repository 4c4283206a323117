/** Driving `<habil-account-search>` as a user does: its fields, its rows, their menus and its dialogs. */
import { fixture } from '@open-wc/testing';
import { text } from '../support/dom.js';
import { waitUntil } from '../support/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import type { HabilAccountForm } from '../../src/account-parts/account-form.js';
import type { HabilAccountSearch } from '../../src/account-search/define.js';
import type { HabilAlert } from '../../src/ui/alert/alert.js';
import type { HabilConfirmDialog } from '../../src/ui/confirm-dialog/confirm-dialog.js';
import type { HabilDataTable } from '../../src/ui/data-table/data-table.js';
import type { HabilField } from '../../src/ui/field/field.js';
import type { HabilLiveRegion } from '../../src/ui/live-region/live-region.js';

export const STORAGE_KEY = 'habil-account-search.pageSize';

/** `waitUntil` (test/support/wait.ts), under the name this area's tests use. */
export const until = waitUntil;

export const $ = <E extends Element = HTMLElement>(el: HabilAccountSearch, selector: string) =>
  el.shadowRoot!.querySelector<E>(selector)!;
export const $$ = <E extends Element = HTMLElement>(el: HabilAccountSearch, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<E>(selector),
];

export const table = (el: HabilAccountSearch) => $<HabilDataTable>(el, 'habil-data-table');
export const inTable = <E extends Element = HTMLElement>(el: HabilAccountSearch, selector: string) => [
  ...(table(el)?.shadowRoot?.querySelectorAll<E>(selector) ?? []),
];

/** The names of the rows shown, as their row headers say them ("NOM Prénom", or "NOM" on CAF). */
export const rowNames = (el: HabilAccountSearch) => inTable(el, 'tbody th[scope="row"] [part~="name"]').map((name) => name.textContent!.trim());

/** Ticks the rows named `names`, as their row headers say them. */
export function selectRows(el: HabilAccountSearch, names: readonly string[]): void {
  for (const tr of inTable(el, 'tbody tr')) {
    if (names.includes(text(tr.querySelector('th[scope="row"] [part~="name"]')))) tr.querySelector<HTMLInputElement>('[part~="select-row"]')!.click();
  }
}

/** The button of the bulk action `label`. */
export const bulkButton = (el: HabilAccountSearch, label: string) => $$<HTMLButtonElement>(el, '[part~="bulk-button"]').find((button) => text(button) === label)!;

export const summary = (el: HabilAccountSearch) => $(el, '[part~="results-summary"]')?.textContent!.trim() ?? '';
export const selectionText = (el: HabilAccountSearch) => $(el, '.selection-text')?.textContent!.trim() ?? '';
export const alertOf = (el: HabilAccountSearch, part: 'search-alert' | 'action-alert') => $<HabilAlert>(el, `[part~="${part}"]`);
/** What an alert says: its own text, then what the widget put in its slot. */
export function alertText(el: HabilAccountSearch, part: 'search-alert' | 'action-alert'): string {
  const alert = alertOf(el, part);
  const own = alert.shadowRoot!.querySelector('[part="base"]')!.textContent!;
  return `${own} ${alert.textContent}`.replace(/\s+/g, ' ').trim();
}
export const notice = (el: HabilAccountSearch) => $<HabilLiveRegion>(el, '#announcer').message;

/** Whether the search has settled: rows (or the empty message) from the current criteria, or a refusal. */
function settled(el: HabilAccountSearch): boolean {
  const alert = alertOf(el, 'search-alert');
  if (alert && (alert.error || alert.problem)) return true;
  const t = table(el);
  return !!t && !t.loading && !summary(el).startsWith('Recherche') && !summary(el).startsWith('Searching');
}

export async function untilSettled(el: HabilAccountSearch): Promise<void> {
  // A change of criteria marks the table busy in the update it causes: let that update happen first.
  await el.updateComplete;
  await until(() => settled(el), 'the search did not settle');
  await el.updateComplete;
  await table(el)?.updateComplete;
}

/** Renders the widget (with no page size remembered, unless `keepStorage`) and waits for its first results. */
export async function searchWidget(template: TemplateResult, { keepStorage = false } = {}): Promise<HabilAccountSearch> {
  if (!keepStorage) localStorage.removeItem(STORAGE_KEY);
  const el = await fixture<HabilAccountSearch>(template);
  await untilSettled(el);
  return el;
}

export const field = (el: HabilAccountSearch, name: string) => $<HabilField>(el, `habil-field[name="${name}"]`);

/** Types into a criterion's field with the keyboard, as a user does. */
export async function typeInto(el: HabilAccountSearch, name: string, text: string): Promise<void> {
  field(el, name).focus();
  await sendKeys({ type: text });
}

/** Chooses `value` in a criterion's `<select>`, as a user does. */
export async function choose(el: HabilAccountSearch, name: string, value: string): Promise<void> {
  const select = field(el, name).shadowRoot!.querySelector('select')!;
  select.value = value;
  select.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

export function radio(el: HabilAccountSearch, name: string, label: string): HTMLInputElement {
  const found = $$<HTMLInputElement>(el, `input[type="radio"][name="${name}"]`).find(
    (input) => input.closest('label')!.textContent!.trim() === label,
  );
  if (!found) throw new Error(`No radio "${label}" for ${name}`);
  return found;
}

/** The "Actions" button of the row whose header is `name`. */
export function rowButton(el: HabilAccountSearch, name: string): HTMLButtonElement {
  const row = inTable(el, 'tbody tr').find((tr) => tr.querySelector('th[scope="row"] [part~="name"]')?.textContent!.trim() === name);
  if (!row) throw new Error(`No row ${name} among ${rowNames(el).join(', ')}`);
  return row.querySelector<HTMLButtonElement>('[part~="row-actions-button"]')!;
}

export const rowText = (el: HabilAccountSearch, name: string) =>
  inTable(el, 'tbody tr')
    .find((tr) => tr.querySelector('th[scope="row"] [part~="name"]')?.textContent!.trim() === name)!
    .textContent!.replace(/\s+/g, ' ')
    .trim();

export const menu = (el: HabilAccountSearch) => $(el, '#row-menu');
export const menuItems = (el: HabilAccountSearch) => $$<HTMLButtonElement>(el, '[part~="row-menu-item"]');
export const menuLabels = (el: HabilAccountSearch) => menuItems(el).map((item) => item.textContent!.trim());

/** Opens the row's menu with a click and returns its items. */
export async function openMenu(el: HabilAccountSearch, name: string): Promise<HTMLButtonElement[]> {
  rowButton(el, name).click();
  await until(() => menu(el).matches(':popover-open') && menuItems(el).length > 0, 'the menu did not open');
  return menuItems(el);
}

/** Chooses an action of the row's menu, by its label. */
export async function chooseAction(el: HabilAccountSearch, name: string, label: string): Promise<void> {
  const items = await openMenu(el, name);
  const item = items.find((button) => button.textContent!.trim() === label);
  if (!item) throw new Error(`No action "${label}" for ${name}: ${items.map((i) => i.textContent!.trim()).join(', ')}`);
  item.click();
}

export const confirmDialog = (el: HabilAccountSearch) => $<HabilConfirmDialog>(el, '#confirm');
// The confirmation comes with the actions' (or the bulk actions') code: absent until then.
export const confirmPart = (el: HabilAccountSearch, part: string) =>
  confirmDialog(el)?.shadowRoot?.querySelector<HTMLElement>(`[part~="${part}"]`) as HTMLElement;

export async function untilConfirmOpen(el: HabilAccountSearch): Promise<HTMLDialogElement> {
  await until(() => (confirmPart(el, 'dialog') as HTMLDialogElement)?.open, 'the confirmation did not open');
  return confirmPart(el, 'dialog') as HTMLDialogElement;
}

export async function confirm(el: HabilAccountSearch): Promise<void> {
  await untilConfirmOpen(el);
  confirmPart(el, 'confirm-button').click();
}

/** Whether `element` has focus (a boolean, so that a failure does not try to print a DOM tree). */
export const hasFocus = (element: Element | null | undefined) => !!element && deepFocus() === element;

/** The element with focus, through every shadow root. */
export function deepFocus(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

export const press = (key: string) => sendKeys({ press: key });

/** Collects the `detail` of every event of `type` from now on. */
export function details<T = unknown>(target: EventTarget, type: string): T[] {
  const found: T[] = [];
  target.addEventListener(type, (event) => found.push((event as CustomEvent<T>).detail));
  return found;
}

// ---- the parts ------------------------------------------------------------------------

// The dialogs are rendered once their module has loaded, on first use: absent until then.
const partOf = (host: Element | null, part: string) => host?.shadowRoot?.querySelector<HTMLElement>(`[part~="${part}"]`) as HTMLElement;

export const rolePicker = (el: HabilAccountSearch) => $(el, '#role-picker');
export const deactivationDialog = (el: HabilAccountSearch) => $(el, '#deactivation');

/** The role ids the picker offers, once it is open. */
export async function offeredRoles(el: HabilAccountSearch): Promise<string[]> {
  await until(() => (partOf(rolePicker(el), 'dialog') as HTMLDialogElement)?.open, 'the role picker did not open');
  const picker = rolePicker(el);
  await (picker as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  return [...picker.shadowRoot!.querySelectorAll<HTMLInputElement>('input[name="role"]')].map((input) => input.value);
}

export async function pickRole(el: HabilAccountSearch, roleId: string): Promise<void> {
  await offeredRoles(el);
  const picker = rolePicker(el);
  picker.shadowRoot!.querySelector<HTMLInputElement>(`input[name="role"][value="${roleId}"]`)!.click();
  await (picker as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  partOf(picker, 'confirm-button').click();
}

export async function untilDeactivationOpen(el: HabilAccountSearch): Promise<HTMLElement> {
  await until(() => (partOf(deactivationDialog(el), 'dialog') as HTMLDialogElement)?.open, 'the deactivation dialog did not open');
  const dialog = deactivationDialog(el);
  await (dialog as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  return dialog;
}

/** Answers the deactivation dialog: a mode on UCANSS, the (default or given) closing date on CAF. */
export async function answerDeactivation(el: HabilAccountSearch, answer: { mode?: 'temporary' | 'permanent'; closingDate?: string } = {}): Promise<void> {
  const dialog = await untilDeactivationOpen(el);
  if (answer.mode) dialog.shadowRoot!.querySelector<HTMLInputElement>(`input[name="mode"][value="${answer.mode}"]`)!.click();
  if (answer.closingDate) {
    const input = dialog.shadowRoot!.querySelector('habil-field')!.shadowRoot!.querySelector('input')!;
    input.value = answer.closingDate;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }
  await (dialog as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  partOf(dialog, 'confirm-button').click();
  await (dialog as unknown as { updateComplete: Promise<unknown> }).updateComplete;
}

/** The error under the CAF closing date of the deactivation dialog. */
export const closingDateError = (el: HabilAccountSearch) =>
  (deactivationDialog(el).shadowRoot!.querySelector('habil-field') as HTMLElement & { error: string }).error;

export const deactivationText = (el: HabilAccountSearch) =>
  partOf(deactivationDialog(el), 'dialog').textContent!.replace(/\s+/g, ' ').trim();

/** Confirms the deactivation dialog as it stands. */
export const confirmDeactivation = (el: HabilAccountSearch) => partOf(deactivationDialog(el), 'confirm-button').click();

/** Chooses `action` (« Modifier ») on the row `name`, and gives the account form once its dialog is open. */
export async function openAccountForm(el: HabilAccountSearch, name: string, action = 'Modifier'): Promise<{ dialog: HTMLDialogElement; form: HabilAccountForm }> {
  await chooseAction(el, name, action);
  // The dialogs are drawn once the actions' code has come.
  await until(() => el.shadowRoot!.querySelector<HTMLDialogElement>('#form-dialog')?.open && $(el, '#form-dialog').querySelector('habil-account-form'), 'the form did not open');
  const dialog = $<HTMLDialogElement>(el, '#form-dialog');
  const form = dialog.querySelector<HabilAccountForm>('habil-account-form')!;
  await form.updateComplete;
  return { dialog, form };
}
