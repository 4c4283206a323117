/** Reading a `<habil-data-table>` as a user does: its rows and cells, headers, caption, empty message. */
import type { HabilDataTable } from '../../src/ui/data-table/data-table.js';
import { shadow, text } from './dom.js';
import { waitUntil } from './wait.js';

/** The first table in `host`'s shadow root (a widget's main table), when it has one. */
export function firstTable(host: Element): HabilDataTable | null {
  return shadow(host).querySelector<HabilDataTable>('habil-data-table');
}

/** The table of `host` is there and not loading, nor is `host` (its `.loading` state). */
export function tableReady(host: Element): boolean {
  const table = firstTable(host);
  return Boolean(table) && !table!.loading && !shadow(host).querySelector('.loading');
}

/** Waits until `host` has read what it shows in its table (`what` names it in the failure). */
export async function tableSettled(host: Element & { updateComplete: Promise<boolean> }, what: string): Promise<void> {
  await waitUntil(() => tableReady(host), `${what} never finished loading`);
  await host.updateComplete;
  await firstTable(host)!.updateComplete;
}

/** The data rows of a table (not the "no result" row). */
export function dataRows(table: HabilDataTable): HTMLTableRowElement[] {
  return [...shadow(table).querySelectorAll<HTMLTableRowElement>('tbody tr')].filter((row) => !row.querySelector('[part~="empty"]'));
}

/** The text of each cell of the row, in order (a selection checkbox cell is empty). */
export function cells(row: HTMLTableRowElement): string[] {
  return [...row.children].map((cell) => text(cell));
}

export function headers(table: HabilDataTable): string[] {
  return [...shadow(table).querySelectorAll('thead th')].map((th) => text(th));
}

export function caption(table: HabilDataTable): string {
  return text(shadow(table).querySelector('caption'));
}

/** What the table says when it has no row: the widget's own words, slotted into the table, or the table's. */
export function emptyMessage(table: HabilDataTable): string {
  const slot = shadow(table).querySelector<HTMLSlotElement>('[part="empty"] slot');
  const assigned = slot?.assignedElements() ?? [];
  return assigned.length ? assigned.map((node) => text(node)).join(' ') : text(shadow(table).querySelector('[part="empty"]'));
}

/** The first row with these words, if any. */
export function findRow(table: HabilDataTable, words: string): HTMLTableRowElement | undefined {
  return dataRows(table).find((row) => text(row).includes(words));
}

/** The first row with these words; it fails, listing the rows, when there is none. */
export function rowWith(table: HabilDataTable, words: string): HTMLTableRowElement {
  const row = findRow(table, words);
  if (!row) throw new Error(`no row with "${words}" in: ${dataRows(table).map((r) => text(r)).join(' | ')}`);
  return row;
}
