/**
 * Small helpers for the end-to-end workflow: they drive the real widgets through their shadow
 * DOM (clicks, typing into habil-field controls) and wait for what the user would see.
 */
import { fixture } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { HabilDataTable } from '../../src/ui/data-table/data-table.js';
import { findRow } from '../support/table.js';
import { waitUntil } from '../support/wait.js';
export { confirm } from '../support/dialogs.js';
export { buttonLabelled as button, shadow, text } from '../support/dom.js';
export { field, typeInto } from '../support/fields.js';
export { announced } from '../support/speech.js';
export { tableReady } from '../support/table.js';

/** Waits for `check` with a readable failure. */
export async function until(check: () => unknown, message: string, timeout = 4000): Promise<void> {
  await waitUntil(() => Boolean(check()), message, { timeout });
}

/** Renders a widget, waits until `ready` says it has loaded. */
export async function mount<T extends HTMLElement>(template: TemplateResult, ready: (el: T) => unknown, what: string): Promise<T> {
  const el = await fixture<T>(template);
  await until(() => ready(el), `${what} never loaded`);
  return el;
}

export function dataTable(root: Element): HabilDataTable {
  return root.shadowRoot!.querySelector('habil-data-table')!;
}

/** Waits for the row with these words, and returns it. */
export async function rowShown(table: () => HabilDataTable, words: string): Promise<HTMLTableRowElement> {
  await until(() => table() && !table().loading && findRow(table(), words), `no row with "${words}"`);
  return findRow(table(), words)!;
}
