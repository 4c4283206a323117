import { css } from 'lit';
import { rowButtonStyles } from '../ui/styles/cell.styles.js';
import { introStyles } from '../ui/styles/heading.styles.js';
import { toolbarStyles } from '../ui/styles/toolbar.styles.js';

/** The kit's words under a heading and toolbar, then the widget's own layout (its parts bring theirs: section-parts.styles.ts). */
export const delegationStyles = [
  introStyles('.hint'),
  toolbarStyles('.toolbar'),
  css`
  /* Spaced by margins, as the alerts are (ui/styles/status.styles.ts). */
  .tabs,
  .toolbar,
  .last-change {
    margin-block: 0 var(--_habil-space-m);
  }

  /* ---- the guides' words ---- */

  .hint {
    max-width: 70ch;
  }

  /* ---- the title of a table ---- */

  .table-heading {
    margin: 0 0 var(--_habil-space-s);
    font-size: var(--_habil-font-size-large);
    line-height: 1.3;
  }

  /* ---- cells, rendered inside habil-data-table ---- */

  habil-data-table {
    margin-block-end: var(--_habil-space-m);
  }

  habil-data-table::part(header-cell),
  habil-data-table::part(cell) {
    padding-inline: var(--_habil-space-s);
  }

  ${rowButtonStyles(['row-button'], ['revoke-button', 'withdraw-button'])}

  habil-data-table::part(row-button) {
    padding-inline: var(--_habil-space-m);
  }

  habil-data-table::part(link) {
    color: var(--_habil-accent);
  }

  habil-data-table::part(row-note) {
    color: var(--_habil-text-muted);
    font-size: var(--_habil-font-size-small);
  }

  habil-data-table::part(secondary) {
    display: block;
    color: var(--_habil-text-muted);
    font-size: var(--_habil-font-size-small);
  }
`,
];
