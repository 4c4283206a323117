import { css } from 'lit';
import { rowButtonStyles } from '../ui/styles/cell.styles.js';
import { introStyles } from '../ui/styles/heading.styles.js';
import { toolbarStyles } from '../ui/styles/toolbar.styles.js';

/** The kit's words under a heading and toolbar, then the widget's own layout. */
export const delegationStyles = [
  introStyles('.hint'),
  toolbarStyles('.toolbar'),
  css`
  /* Spaced by margins, as the alerts are (ui/styles/status.styles.ts). */
  .tabs,
  .toolbar,
  .note,
  .count,
  .convention,
  .flow,
  .last-change {
    margin-block: 0 var(--_habil-space-m);
  }

  /* ---- the guides' words ---- */

  .hint {
    max-width: 70ch;
  }

  .convention {
    font-weight: 600;
  }

  /* A reminder of the guides: a rule in the warning colour and a title, not colour alone. */
  .note {
    max-width: 70ch;
    padding: var(--_habil-space-s) var(--_habil-space-m);
    border-inline-start: 4px solid var(--_habil-warning);
    border-radius: var(--_habil-radius);
    background: var(--_habil-surface-sunken);
  }

  .note p {
    margin: 0;
  }

  .note .note-heading {
    margin-block-end: var(--_habil-space-xs);
    font-weight: 700;
  }

  .note.read-only {
    border-inline-start-color: var(--_habil-border);
  }

  /* After the user revoked his own delegation, in place of the section he managed. */
  .self-revoked {
    max-width: 70ch;
    margin-block: 0 var(--_habil-space-m);
    padding: var(--_habil-space-s) var(--_habil-space-m);
    border: 1px solid var(--_habil-border);
    border-inline-start: 4px solid var(--_habil-accent);
    border-radius: var(--_habil-radius);
  }

  .self-revoked p {
    margin: 0;
  }

  .count {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_habil-space-xs) var(--_habil-space-m);
    font-weight: 600;
  }

  .count .limit {
    padding-inline-start: var(--_habil-space-s);
    border-inline-start: 4px solid var(--_habil-warning);
    font-weight: 400;
  }

  /* ---- toolbar and filters ---- */

  .filter {
    flex: 0 1 44rem;
    min-width: min(100%, 16rem);
  }

  .table-heading {
    margin: 0 0 var(--_habil-space-s);
    font-size: var(--_habil-font-size-large);
    line-height: 1.3;
  }

  /* ---- the panel where a person is chosen ---- */

  .flow {
    padding: var(--_habil-space-m);
    border: 1px solid var(--_habil-border);
    border-inline-start: 4px solid var(--_habil-accent);
    border-radius: var(--_habil-radius-large);
    background: var(--_habil-surface-raised);
  }

  @media (max-width: 30rem) {
    .flow {
      padding: var(--_habil-space-s);
    }
  }

  .flow-header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_habil-space-s);
    margin-block-end: var(--_habil-space-s);
  }

  .flow-header h3 {
    margin: 0;
    font-size: var(--_habil-font-size);
    font-weight: 700;
  }

  .flow-header h3:focus {
    outline: none;
  }

  .flow-header h3:focus-visible {
    outline: 2px solid var(--_habil-focus);
  }

  .flow-actions {
    margin-block-end: var(--_habil-space-s);
  }

  .guide {
    max-width: 70ch;
    margin-block: 0 var(--_habil-space-m);
  }

  .flow .note {
    margin-block-end: var(--_habil-space-m);
  }

  /* ---- the last change ---- */

  .last-change .note {
    margin-block: var(--_habil-space-s) 0;
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
