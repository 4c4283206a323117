import { css } from 'lit';
import { rowButtonStyles } from '../ui/styles/cell.styles.js';
import { fieldRowStyles } from '../ui/styles/toolbar.styles.js';

/** The kit's row of filters, then the widget's own layout. */
export const userGroupsStyles = [
  fieldRowStyles('.filters'),
  css`
  :host {
    container-type: inline-size;
    --_habil-user-groups-indent: var(--habil-user-groups-indent, 1.5rem);
  }

  /* Spaced by margins, as the alerts are (ui/styles/status.styles.ts). */
  .convention,
  .note,
  .filters,
  .toolbar {
    margin-block-end: var(--_habil-space-m);
  }

  .convention {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_habil-space-xs) var(--_habil-space-l);
    margin-block-start: 0;
    color: var(--_habil-text-muted);
  }

  .convention strong {
    color: var(--_habil-text);
  }

  .convention-picker {
    flex: 0 1 28rem;
    margin: 0;
  }

  .note {
    margin-block-start: 0;
    padding: var(--_habil-space-s) var(--_habil-space-m);
    border-inline-start: 4px solid var(--_habil-highlight);
    background: var(--_habil-surface-sunken);
  }

  .filters habil-field {
    flex: 1 1 12rem;
    max-width: 20rem;
  }

  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_habil-space-s);
  }

  .back {
    display: inline-flex;
    align-items: center;
    gap: var(--_habil-space-xs);
    min-height: 2.5rem;
    margin-block-end: var(--_habil-space-s);
    padding: 0;
    border: 0;
    background: none;
    color: var(--_habil-accent);
    font: inherit;
    text-decoration: underline;
    cursor: pointer;
  }


  /* ---- cells, rendered inside habil-data-table ---- */

  /* Nine columns: headers wrap, so that the table fits where it can and scrolls only when it must. */
  habil-data-table::part(header-cell) {
    white-space: normal;
  }

  habil-data-table::part(code) {
    display: inline-block;
    white-space: nowrap;
  }

  /* The hierarchy: a sub-group's code is indented by its level, and marked ↳ (its level and parent are also in their columns). */
  habil-data-table::part(indent-2) {
    padding-inline-start: var(--_habil-user-groups-indent);
  }

  habil-data-table::part(indent-3) {
    padding-inline-start: calc(2 * var(--_habil-user-groups-indent));
  }

  habil-data-table::part(indent-4) {
    padding-inline-start: calc(3 * var(--_habil-user-groups-indent));
  }

  habil-data-table::part(indent-5) {
    padding-inline-start: calc(4 * var(--_habil-user-groups-indent));
  }

  habil-data-table::part(indent-6) {
    padding-inline-start: calc(5 * var(--_habil-user-groups-indent));
  }

  habil-data-table::part(date) {
    white-space: nowrap;
  }

  habil-data-table::part(sub-mark) {
    color: var(--_habil-text-muted);
  }

  habil-data-table::part(status) {
    white-space: nowrap;
  }

  habil-data-table::part(status-cloture) {
    color: var(--_habil-danger);
    font-weight: 600;
  }

  /* A group's actions stay on one line: in a narrow page the table scrolls sideways rather than rows growing tall. */
  habil-data-table::part(row-actions) {
    display: flex;
    gap: var(--_habil-space-xs);
  }

  ${rowButtonStyles(['row-action'], ['close-button'])}
`,
];
