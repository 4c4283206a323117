/** Driving `<habil-pending-requests>` the way a user does, and looking at what he sees. */
import { html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/pending-requests/define.js';
import type { HabilPendingRequests, HabilRefusalDialog } from '../../src/pending-requests/define.js';
import type { HabilDataTable } from '../../src/ui/data-table/data-table.js';
import { dialogOpened, dialogPart } from '../support/dialogs.js';
export { confirm, dialogOpened } from '../support/dialogs.js';
import { shadow } from '../support/dom.js';
import { renderSettled } from '../support/render.js';
import * as tables from '../support/table.js';
import { waitUntil } from '../support/wait.js';
export { confirmDialog, dialogPart } from '../support/dialogs.js';
export { shadow, tab, text } from '../support/dom.js';
export { field, typeInto } from '../support/fields.js';
export { failingOnceClient, holdingClient, recordingClient, unavailable, type RecordedCall } from '../support/recording-client.js';
export { announced, liveRegion, noticeText } from '../support/speech.js';
export { cells } from '../support/table.js';

export function table(el: HabilPendingRequests): HabilDataTable {
  return shadow(el).querySelector('habil-data-table')!;
}

/**
 * The widget has what it needs and its table is neither loading nor about to. It first draws
 * what the user just did: a tab shown for the first time waits for its code (secondary-tabs.ts).
 */
export async function settled(el: HabilPendingRequests): Promise<void> {
  await el.updateComplete;
  await tables.tableSettled(el, 'the table');
}

export const render = (template: TemplateResult = html`<habil-pending-requests></habil-pending-requests>`): Promise<HabilPendingRequests> =>
  renderSettled(template, settled);

/** The data rows of the table on screen (not the "no result" row). */
export const rows = (el: HabilPendingRequests): HTMLTableRowElement[] => tables.dataRows(table(el));

export const rowOf = (el: HabilPendingRequests, words: string): HTMLTableRowElement => tables.rowWith(table(el), words);

/** What the table says when it has no row: the widget's own words, slotted into the table. */
export const emptyMessage = (el: HabilPendingRequests): string => tables.emptyMessage(table(el));

export const headers = (el: HabilPendingRequests): string[] => tables.headers(table(el));

export const caption = (el: HabilPendingRequests): string => tables.caption(table(el));

export function decideButton(row: HTMLTableRowElement, decision: 'accept' | 'refuse'): HTMLButtonElement {
  return row.querySelector<HTMLButtonElement>(`[data-decision="${decision}"]`)!;
}

export function refusalDialog(el: HabilPendingRequests): HabilRefusalDialog {
  return shadow(el).querySelector('habil-refusal-dialog')!;
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

/** The alert above the table about the last decision. */
export function notice(el: HabilPendingRequests): Element {
  return shadow(el).querySelector('habil-alert[part~="notice"]')!;
}

/** Waits until the table shows rows matching `predicate` (after a reload). */
export async function rowsBecome(el: HabilPendingRequests, predicate: (rows: HTMLTableRowElement[]) => boolean, message: string): Promise<void> {
  await waitUntil(() => table(el) && !table(el).loading && predicate(rows(el)), message);
}
