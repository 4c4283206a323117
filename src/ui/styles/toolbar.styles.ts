/**
 * The rows of a widget around what it lists: its fields, and the buttons that go with them,
 * above it (its search, its filters), side by side and wrapping when the widget is narrow — the
 * row's gap spaces them, so the fields drop the margin `<habil-field>` keeps under it in a form;
 * the bars whose two ends stand apart (a title and its actions, a count and the pages); and the
 * actions on the rows selected. `selector` is a constant of the caller's, one selector (e.g.
 * `'.filters'`).
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

/** Two ends of a line apart — a title and what goes with it, a count and the pages —, centred, wrapping when the widget is narrow. */
export function spreadRowStyles(selector: string): CSSResult {
  return css`
    ${unsafeCSS(selector)} {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: var(--_habil-space-s) var(--_habil-space-m);
    }
  `;
}

/** The actions on the rows selected (`bar`), after the words that count them (`count`, muted): side by side, centred, wrapping. */
export function selectionBarStyles(bar: string, count: string): CSSResult {
  return css`
    ${unsafeCSS(bar)} {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--_habil-space-s);
    }

    ${unsafeCSS(count)} {
      color: var(--_habil-text-muted);
    }
  `;
}
