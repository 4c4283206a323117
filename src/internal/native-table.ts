/**
 * A `<table>` a widget draws itself, where `<habil-data-table>` (paging, order, selection) would
 * be too much: its caption (shown, or for screen readers only), a header per column, then the
 * body the widget gives — one `<tbody>`, or one per group of rows. Its look is
 * `ui/styles/table.styles.ts`.
 */
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

export interface NativeTable {
  /** The `<table>`'s part and class, when it has them. */
  part?: string;
  className?: string;
  caption: string;
  /** The caption is for screen readers only: what is around the table says it already. */
  captionHidden?: boolean;
  /** The header of each column, in order. */
  columns: readonly string[];
  /** The `<tbody>` or `<tbody>`s. */
  body: unknown;
}

export function renderNativeTable(table: NativeTable) {
  return html`<table part=${ifDefined(table.part)} class=${ifDefined(table.className)}>
    <caption class=${ifDefined(table.captionHidden ? 'visually-hidden' : undefined)}>${table.caption}</caption>
    <thead>
      <tr>
        ${table.columns.map((column) => html`<th scope="col">${column}</th>`)}
      </tr>
    </thead>
    ${table.body}
  </table>`;
}
