import { css } from 'lit';
import { rowButtonStyles } from '../ui/styles/cell.styles.js';
import { headingStyles, introStyles } from '../ui/styles/heading.styles.js';
import { selectionBarStyles, toolbarStyles } from '../ui/styles/toolbar.styles.js';

/** The kit's heading and toolbar, then the widget's own layout (the other tabs bring theirs: secondary-tabs.styles.ts; the decisions, the report's: decisions.ts). */
export const pendingRequestsStyles = [
  headingStyles,
  introStyles('.hint'),
  toolbarStyles('.toolbar'),
  css`
  :host {
    container-type: inline-size;
  }

  /* Only where the pointer and the focus reach the tabs: no box of its own. */
  .tab-bar {
    display: contents;
  }

  /* Spaced by margins, as the alerts are (ui/styles/status.styles.ts); the other tabs' rows in secondary-tabs.styles.ts. */
  .tabs,
  .toolbar {
    margin-block-end: var(--_habil-space-m);
  }

  .count {
    min-width: 1.5rem;
    padding: 0 var(--_habil-space-xs);
    border-radius: 999px;
    background: var(--_habil-accent);
    color: var(--_habil-accent-contrast);
    font-size: var(--_habil-font-size-small);
    font-weight: 700;
    text-align: center;
  }

  .heading {
    margin-block-end: var(--_habil-space-m);
  }

  /* ---- search and actions on the selection ---- */

  /* The search at the start, the actions on the selection at the end. */
  .toolbar {
    justify-content: space-between;
    column-gap: var(--_habil-space-l);
  }

  .search {
    flex: 1 1 18rem;
    max-width: 32rem;
  }

  ${selectionBarStyles('.bulk-actions', '.selection-count')}

  .selection-count {
    font-size: var(--_habil-font-size-small);
  }

  /* ---- cells, rendered inside habil-data-table ---- */

  /*
   * Eight columns fit in 1280 px only if headers may wrap. In a narrow widget the table scrolls
   * sideways anyway, and headers on one line keep it readable.
   */
  @container (min-width: 60rem) {
    habil-data-table::part(header-cell) {
      white-space: normal;
    }
  }

  habil-data-table::part(sort-button) {
    text-align: start;
  }

  habil-data-table::part(line) {
    display: block;
  }

  habil-data-table::part(secondary) {
    color: var(--_habil-text-muted);
    font-size: var(--_habil-font-size-small);
    font-weight: 400;
  }

  habil-data-table::part(decide-buttons) {
    display: flex;
    flex-direction: column;
    align-items: stretch;
    gap: var(--_habil-space-xs);
  }

  ${rowButtonStyles(['decide-button'], ['refuse-button'])}

  habil-data-table::part(deadline) {
    display: block;
    white-space: nowrap;
  }

  /* R4: a close deadline reads in bold with a warning sign and a rule, not only in colour. */
  habil-data-table::part(deadline-close) {
    padding-inline-start: var(--_habil-space-s);
    border-inline-start: 4px solid var(--_habil-warning);
  }

  habil-data-table::part(days-left-close) {
    color: var(--_habil-text);
    font-weight: 700;
  }

  /* The external-account mark of the account requests is drawn like these (secondary-tabs.styles.ts). */
  habil-data-table::part(deadline-icon),
  habil-data-table::part(external-icon),
  habil-data-table::part(status-icon) {
    flex: none;
    width: 1rem;
    height: 1rem;
    margin-inline-end: var(--_habil-space-xs);
    vertical-align: -0.15em;
  }

  habil-data-table::part(deadline-icon) {
    color: var(--_habil-warning);
  }
`,
];
