/**
 * The look of a native `<table>` of the kit — `<habil-data-table>`'s, and the few a widget draws
 * itself: its caption at the start, a rule between rows, the header row on a sunken surface over
 * a rule in the brand colour. Each table sets its own `vertical-align`.
 */
import { css } from 'lit';

export const tableStyles = css`
  table {
    width: 100%;
    border-collapse: collapse;
    background: var(--_habil-surface);
  }

  caption {
    padding-block: var(--_habil-space-s);
    text-align: start;
    font-weight: 600;
  }

  th,
  td {
    padding: var(--_habil-space-s) var(--_habil-space-m);
    border-bottom: 1px solid var(--_habil-divider);
    text-align: start;
  }

  thead th {
    background: var(--_habil-surface-sunken);
    border-bottom: 2px solid var(--_habil-highlight);
    white-space: nowrap;
  }
`;
