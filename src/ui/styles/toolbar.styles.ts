/**
 * A row of fields, and of the buttons that go with them, above what a widget lists (its search,
 * its filters): side by side, wrapping when the widget is narrow. The row's gap spaces them, so
 * the fields drop the margin `<habil-field>` keeps under it in a form. `selector` is a constant
 * of the caller's, one selector (e.g. `'.filters'`).
 */
import { css, unsafeCSS, type CSSResult } from 'lit';

function rowStyles(selector: string, align: 'flex-start' | 'flex-end'): CSSResult {
  const row = unsafeCSS(selector);
  return css`
    ${row} {
      display: flex;
      flex-wrap: wrap;
      align-items: ${unsafeCSS(align)};
      gap: var(--_habil-space-s) var(--_habil-space-m);
    }

    ${row} habil-field {
      margin: 0;
    }
  `;
}

/** Fields side by side, their tops level: a hint or an error under one moves no other. */
export function fieldRowStyles(selector: string): CSSResult {
  return rowStyles(selector, 'flex-start');
}

/** Fields and buttons side by side, level at the bottom: a button stands beside the control it goes with. */
export function toolbarStyles(selector: string): CSSResult {
  return rowStyles(selector, 'flex-end');
}
