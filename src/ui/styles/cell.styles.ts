/**
 * The cells a widget fills in its `<habil-data-table>`, styled from the widget through the table's
 * parts.
 */
import { css, unsafeCSS, type CSSResult } from 'lit';

/** Cells closer together than the table's own, and the message of an empty table at the start, in view when the table is wider than the widget. */
export const cellStyles = css`
  habil-data-table::part(header-cell),
  habil-data-table::part(cell) {
    padding-inline: var(--_habil-space-s);
  }

  habil-data-table::part(empty) {
    text-align: start;
  }
`;

const partsOf = (names: readonly string[]) => unsafeCSS(names.map((name) => `habil-data-table::part(${name})`).join(',\n'));

/**
 * The buttons of a row, by the parts the widget gives them: small enough to keep the rows low,
 * their words on one line; the `destructive` ones (refuse, close, detach…) outlined in the danger
 * colour.
 */
export function rowButtonStyles(buttons: readonly string[], destructive: readonly string[]): CSSResult {
  return css`
    ${partsOf(buttons)} {
      min-height: 2.25rem;
      padding: var(--_habil-space-xs) var(--_habil-space-s);
      white-space: nowrap;
    }

    ${partsOf(destructive)} {
      border-color: var(--_habil-danger);
      color: var(--_habil-danger);
    }
  `;
}
