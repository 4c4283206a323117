/**
 * Where focus goes when a decided request leaves the table: the same place in the table (the
 * next request's first button), else the search box.
 */
import type { ReactiveControllerHost } from 'lit';
import type { HabilDataTable } from '../ui/data-table/data-table.js';
import type { HabilField } from '../ui/field/field.js';

export type FocusHost = ReactiveControllerHost & { readonly renderRoot: ParentNode };

function shownTable(host: FocusHost): HabilDataTable | null {
  return host.renderRoot.querySelector<HabilDataTable>('habil-data-table');
}

/** The position, in the table on screen, of the row of the request `id` (0 when it is not found). */
export function rowIndexOf(host: FocusHost, id: string): number {
  const table = shownTable(host);
  const button = table?.shadowRoot?.querySelector(`[data-request-id="${CSS.escape(id)}"]`);
  const rows = [...(table?.shadowRoot?.querySelectorAll('tbody tr') ?? [])];
  return Math.max(0, rows.findIndex((row) => row.contains(button ?? null)));
}

/**
 * After the row at `rowIndex` left the table, moves focus to where the user can go on. Only
 * when the focus was lost with the row: a user who moved elsewhere meanwhile keeps his place.
 */
export async function keepFocusAfterRowLeft(host: FocusHost, rowIndex: number): Promise<void> {
  await host.updateComplete;
  const table = shownTable(host);
  if (!table) return;
  await table.updateComplete;
  if (document.activeElement !== document.body) return;
  const rows = [...(table.shadowRoot?.querySelectorAll('tbody tr') ?? [])];
  const button = rows[Math.min(rowIndex, rows.length - 1)]?.querySelector<HTMLElement>('[data-decision]');
  (button ?? host.renderRoot.querySelector<HabilField>('habil-field'))?.focus();
}
