/** Driving `<habil-pending-requests>` the way a user does, and looking at what he sees. */
import { fixture, html } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import type { TemplateResult } from 'lit';
import { recordingClient, type RecordedCall } from '../support/recording-client.js';
import '../../src/pending-requests/define.js';
import type { HabilPendingRequests, HabilRefusalDialog } from '../../src/pending-requests/define.js';
import type { HabilConfirmDialog } from '../../src/ui/confirm-dialog/confirm-dialog.js';
import type { HabilDataTable } from '../../src/ui/data-table/data-table.js';
import type { HabilField } from '../../src/ui/field/field.js';
import type { HabilLiveRegion } from '../../src/ui/live-region/live-region.js';
import { shadow, text } from '../support/dom.js';
export { shadow, text };

export function table(el: HabilPendingRequests): HabilDataTable {
  return shadow(el).querySelector('habil-data-table')!;
}

/** The widget has what it needs and its table is neither loading nor about to. */
export async function settled(el: HabilPendingRequests): Promise<void> {
  await waitUntil(
    () => {
      const t = table(el);
      return Boolean(t) && !t.loading && !shadow(el).querySelector('.loading');
    },
    'the table never finished loading',
    { timeout: 4000 },
  );
  await el.updateComplete;
  await table(el).updateComplete;
}

export async function render(template: TemplateResult = html`<habil-pending-requests></habil-pending-requests>`): Promise<HabilPendingRequests> {
  const el = await fixture<HabilPendingRequests>(template);
  await settled(el);
  return el;
}

/** The data rows of the table on screen (not the "no result" row). */
export function rows(el: HabilPendingRequests): HTMLTableRowElement[] {
  return [...shadow(table(el)).querySelectorAll<HTMLTableRowElement>('tbody tr')].filter((row) => !row.querySelector('[part~="empty"]'));
}

/** The text of each cell of the row, in order (the selection checkbox cell is empty). */
export function cells(row: HTMLTableRowElement): string[] {
  return [...row.children].map((cell) => text(cell));
}

export function rowOf(el: HabilPendingRequests, words: string): HTMLTableRowElement {
  const row = rows(el).find((candidate) => text(candidate).includes(words));
  if (!row) throw new Error(`no row with "${words}" in: ${rows(el).map((r) => text(r)).join(' | ')}`);
  return row;
}

/** What the table says when it has no row: the widget's own words, slotted into the table. */
export function emptyMessage(el: HabilPendingRequests): string {
  const slot = shadow(table(el)).querySelector<HTMLSlotElement>('[part="empty"] slot');
  const assigned = slot?.assignedElements() ?? [];
  return assigned.length ? assigned.map((node) => text(node)).join(' ') : text(shadow(table(el)).querySelector('[part="empty"]'));
}

export function headers(el: HabilPendingRequests): string[] {
  return [...shadow(table(el)).querySelectorAll('thead th')].map((th) => text(th));
}

export function decideButton(row: HTMLTableRowElement, decision: 'accept' | 'refuse'): HTMLButtonElement {
  return row.querySelector<HTMLButtonElement>(`[data-decision="${decision}"]`)!;
}

export function confirmDialog(el: HabilPendingRequests): HabilConfirmDialog {
  return shadow(el).querySelector('habil-confirm-dialog')!;
}

export function refusalDialog(el: HabilPendingRequests): HabilRefusalDialog {
  return shadow(el).querySelector('habil-refusal-dialog')!;
}

export function dialogPart(dialog: Element, part: string): HTMLElement {
  return shadow(dialog).querySelector<HTMLElement>(`[part~="${part}"]`)!;
}

export async function dialogOpened(dialog: Element): Promise<HTMLDialogElement> {
  const native = () => shadow(dialog).querySelector('dialog');
  await waitUntil(() => native()?.open, 'the dialog never opened');
  return native()!;
}

/** Clicks the confirm button of the open confirmation dialog. */
export async function confirm(el: HabilPendingRequests): Promise<void> {
  const dialog = confirmDialog(el);
  await dialogOpened(dialog);
  dialogPart(dialog, 'confirm-button').click();
}

/** Refuses in the open refusal dialog, with this reason. */
export async function refuseWith(el: HabilPendingRequests, reason: string): Promise<void> {
  const dialog = refusalDialog(el);
  await dialogOpened(dialog);
  const textarea = dialogPart(dialog, 'reason') as HTMLTextAreaElement;
  textarea.value = reason;
  textarea.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await dialog.updateComplete;
  dialogPart(dialog, 'confirm-button').click();
}

export function liveRegion(el: HabilPendingRequests): HabilLiveRegion {
  return shadow(el).querySelector('habil-live-region')!;
}

export async function announced(el: HabilPendingRequests, words: string): Promise<void> {
  await waitUntil(() => liveRegion(el).message.includes(words), `never announced "${words}"`, { timeout: 4000 }).catch(() => {
    throw new Error(`never announced "${words}" (last: "${liveRegion(el).message}")`);
  });
}

/** The alert above the table about the last decision. */
export function notice(el: HabilPendingRequests): Element {
  return shadow(el).querySelector('habil-alert[part~="notice"]')!;
}

export function noticeText(el: HabilPendingRequests): string {
  const alert = notice(el);
  return `${text(shadow(alert).querySelector('[part="base"]'))} ${text(alert)}`.trim();
}

export function tab(el: HabilPendingRequests, name: 'pending' | 'history' | 'accounts'): HTMLElement | null {
  return shadow(el).querySelector<HTMLElement>(`#tab-${name}`);
}

export function field(el: HabilPendingRequests, label: string): HabilField {
  const found = [...shadow(el).querySelectorAll<HabilField>('habil-field')].find((f) => f.label === label);
  if (!found) throw new Error(`no field "${label}"`);
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

/** Waits until the table shows rows matching `predicate` (after a reload). */
export async function rowsBecome(el: HabilPendingRequests, predicate: (rows: HTMLTableRowElement[]) => boolean, message: string): Promise<void> {
  await waitUntil(() => table(el) && !table(el).loading && predicate(rows(el)), message, { timeout: 4000 });
}

export { recordingClient, type RecordedCall };
