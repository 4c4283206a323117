/**
 * Where focus goes once a decision is over: on the status of the row just decided; or, when
 * the row left the table (someone else decided first), the same place in the table (the next
 * row's first control), else the search box. Only when the focus was lost with the row's
 * buttons: a user who moved elsewhere meanwhile keeps his place.
 */
import type { ReactiveControllerHost } from 'lit';
import type { HabilDataTable } from '../ui/data-table/data-table.js';
import type { HabilField } from '../ui/field/field.js';

export type FocusHost = ReactiveControllerHost & { readonly renderRoot: ParentNode };

/** The controls of a row that can take the focus: its decision buttons, or the status of its decision. */
const ROW_FOCUS = '[data-decision], [data-decided-id]';

function shownTable(host: FocusHost): HabilDataTable | null {
  return host.renderRoot.querySelector<HabilDataTable>('habil-data-table');
}

/** The table on screen once the host and the table have drawn what changed. */
async function drawnTable(host: FocusHost): Promise<HabilDataTable | null> {
  await host.updateComplete;
  const table = shownTable(host);
  await table?.updateComplete;
  return table;
}

/** The position, in the table on screen, of the row of the request `id` (0 when it is not found). */
export function rowIndexOf(host: FocusHost, id: string): number {
  const table = shownTable(host);
  const button = table?.shadowRoot?.querySelector(`[data-request-id="${CSS.escape(id)}"]`);
  const rows = [...(table?.shadowRoot?.querySelectorAll('tbody tr') ?? [])];
  return Math.max(0, rows.findIndex((row) => row.contains(button ?? null)));
}

/** After the request `id` was decided here, moves focus to the status that replaced its buttons. */
export async function focusDecidedRow(host: FocusHost, id: string): Promise<void> {
  const table = await drawnTable(host);
  if (!table || document.activeElement !== document.body) return;
  table.shadowRoot?.querySelector<HTMLElement>(`[data-decided-id="${CSS.escape(id)}"]`)?.focus();
}

/** After the row at `rowIndex` left the table, moves focus to where the user can go on. */
export async function keepFocusAfterRowLeft(host: FocusHost, rowIndex: number): Promise<void> {
  const table = await drawnTable(host);
  if (!table || document.activeElement !== document.body) return;
  const rows = [...(table.shadowRoot?.querySelectorAll('tbody tr') ?? [])];
  const control = rows[Math.min(rowIndex, rows.length - 1)]?.querySelector<HTMLElement>(ROW_FOCUS);
  (control ?? host.renderRoot.querySelector<HabilField>('habil-field'))?.focus();
}
