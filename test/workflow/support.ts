/**
 * Small helpers for the end-to-end workflow: they drive the real widgets through their shadow
 * DOM (clicks, typing into habil-field controls) and wait for what the user would see.
 */
import { fixture } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import type { TemplateResult } from 'lit';
import type { HabilDataTable } from '../../src/ui/data-table/data-table.js';
import type { HabilField } from '../../src/ui/field/field.js';
import type { HabilLiveRegion } from '../../src/ui/live-region/live-region.js';
import { shadow, text } from '../support/dom.js';
export { shadow, text };

/** Waits for `check` with a readable failure (4 s, like the widgets' own tests). */
export async function until(check: () => unknown, message: string, timeout = 4000): Promise<void> {
  await waitUntil(() => Boolean(check()), message, { timeout });
}

/** Renders a widget, waits until `ready` says it has loaded. */
export async function mount<T extends HTMLElement>(template: TemplateResult, ready: (el: T) => unknown, what: string): Promise<T> {
  const el = await fixture<T>(template);
  await until(() => ready(el), `${what} never loaded`);
  return el;
}

/** The habil-field of `root`'s shadow root (or under `root`) with this label or name. */
export function field(root: Element, labelOrName: string): HabilField {
  const scope = root.shadowRoot ?? root;
  const all = [...scope.querySelectorAll<HabilField>('habil-field')];
  const found = all.find((f) => f.label === labelOrName || f.getAttribute('name') === labelOrName);
  if (!found) throw new Error(`no field "${labelOrName}" in ${root.localName}: ${all.map((f) => f.label).join(', ')}`);
  return found;
}

/** Types into (or chooses in) a field as a user does: the native control changes, then input and change. */
export async function typeInto(target: HabilField, value: string): Promise<void> {
  const control = shadow(target).querySelector<HTMLInputElement | HTMLSelectElement>('#control')!;
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  control.dispatchEvent(new Event('change', { bubbles: true }));
  await target.updateComplete;
}

/** The button whose text is `label` in `root`'s shadow root (or under `root`). */
export function button(root: Element, label: string): HTMLButtonElement {
  const all = [...(root.shadowRoot ?? root).querySelectorAll<HTMLButtonElement>('button')];
  const found = all.find((b) => text(b) === label);
  if (!found) throw new Error(`no button "${label}" in ${root.localName}: ${all.map((b) => text(b)).join(' | ')}`);
  return found;
}

export function dataTable(root: Element): HabilDataTable {
  return shadow(root).querySelector('habil-data-table')!;
}

/** The table is there and not loading. */
export function tableReady(root: Element): boolean {
  const table = shadow(root).querySelector<HabilDataTable>('habil-data-table');
  return Boolean(table) && !table!.loading && !shadow(root).querySelector('.loading');
}

/** The data rows of a table (not the "no result" row). */
export function rows(table: HabilDataTable): HTMLTableRowElement[] {
  return [...shadow(table).querySelectorAll<HTMLTableRowElement>('tbody tr')].filter((row) => !row.querySelector('[part~="empty"]'));
}

export function rowOf(table: HabilDataTable, words: string): HTMLTableRowElement | undefined {
  return rows(table).find((row) => text(row).includes(words));
}

/** Waits for the row with these words, and returns it. */
export async function rowShown(table: () => HabilDataTable, words: string): Promise<HTMLTableRowElement> {
  await until(() => table() && !table().loading && rowOf(table(), words), `no row with "${words}"`);
  return rowOf(table(), words)!;
}

/** Clicks the confirm button of the confirmation dialog of `host` once it is open. */
export async function confirm(host: Element): Promise<void> {
  const dialog = shadow(host).querySelector('habil-confirm-dialog')!;
  await until(() => shadow(dialog).querySelector('dialog')?.open, 'the confirmation never opened');
  shadow(dialog).querySelector<HTMLButtonElement>('[part~="confirm-button"]')!.click();
}

/** Waits until the live region of `host` said these words. */
export async function announced(host: Element, words: string): Promise<void> {
  const region = () => shadow(host).querySelector<HabilLiveRegion>('habil-live-region');
  await until(() => region()?.message.includes(words), `never announced "${words}"`).catch(() => {
    throw new Error(`never announced "${words}" (last: "${region()?.message}")`);
  });
}
