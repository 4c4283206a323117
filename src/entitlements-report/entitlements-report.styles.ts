import { css } from 'lit';
import { headingStyles, introStyles } from '../ui/styles/heading.styles.js';
import { fieldRowStyles, toolbarStyles } from '../ui/styles/toolbar.styles.js';

/** The kit's heading and filter rows, then the report's own layout. */
export const entitlementsReportStyles = [
  headingStyles,
  introStyles('.intro'),
  toolbarStyles('.filters'),
  fieldRowStyles('.fields'),
  css`
  :host {
    container-type: inline-size;
  }

  /* Margins, not a flex gap, as for the alerts and the live region (ui/styles/status.styles.ts). */
  .filters,
  .exports {
    margin-block-end: var(--_habil-space-m);
  }

  /* Closer to the intro under it than the kit’s heading is. */
  .heading {
    margin-block-end: var(--_habil-space-xs);
  }


  /* ---- filters ---- */

  /* The groups of fields further apart than the fields of a group. */
  .filters {
    column-gap: var(--_habil-space-l);
    padding: var(--_habil-space-m);
    border: 1px solid var(--_habil-divider);
    border-radius: var(--_habil-radius);
    background: var(--_habil-surface-sunken);
  }

  fieldset {
    min-width: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }

  .identity {
    flex: 1 1 36rem;
  }

  .legend {
    padding: 0;
    margin-block-end: var(--_habil-space-s);
    font-weight: 700;
  }

  .fields habil-field {
    flex: 1 1 14rem;
    max-width: 22rem;
  }

  .add-choice {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 var(--_habil-space-m);
  }

  .add-choice legend {
    width: 100%;
    padding: 0;
    font-weight: 600;
  }


  /* ---- exports ---- */

  .exports > p {
    margin: var(--_habil-space-xs) 0 0;
    font-size: var(--_habil-font-size-small);
    color: var(--_habil-text-muted);
  }

  .export-buttons {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_habil-space-s);
  }

  .progress-panel {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_habil-space-s) var(--_habil-space-m);
    margin-block-start: var(--_habil-space-s);
    padding: var(--_habil-space-m);
    border: 1px solid var(--_habil-divider);
    border-inline-start: 4px solid var(--_habil-accent);
    border-radius: var(--_habil-radius);
    background: var(--_habil-surface-sunken);
  }

  .progress-heading {
    flex-basis: 100%;
    margin: 0;
    font-weight: 700;
  }

  .progress-label {
    min-width: 12rem;
  }

  progress {
    flex: 1 1 12rem;
    max-width: 28rem;
    height: 0.75rem;
    accent-color: var(--_habil-accent);
  }

  .exports habil-alert.filled,
  .exports habil-live-region.announced {
    margin-block: var(--_habil-space-s) 0;
  }


  /* ---- cells, rendered inside habil-data-table ---- */

  habil-data-table::part(header-cell),
  habil-data-table::part(cell) {
    vertical-align: top;
  }

  habil-data-table::part(person) {
    font-weight: 600;
  }

  habil-data-table::part(email) {
    display: block;
    color: var(--_habil-text-muted);
    font-size: var(--_habil-font-size-small);
    font-weight: 400;
    overflow-wrap: anywhere;
  }

  habil-data-table::part(add-badge) {
    display: inline-block;
    margin-inline-start: var(--_habil-space-xs);
    padding: 0 var(--_habil-space-xs);
    border: 1px solid currentColor;
    border-radius: var(--_habil-radius);
    font-size: var(--_habil-font-size-small);
    font-weight: 700;
    line-height: 1.4;
  }

  habil-data-table::part(roles),
  habil-data-table::part(role-list) {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  habil-data-table::part(application) {
    padding-inline-start: var(--_habil-space-s);
    margin-block-end: var(--_habil-space-xs);
    border-inline-start: 3px solid var(--_habil-highlight);
  }


  habil-data-table::part(application-name) {
    display: block;
    color: var(--_habil-text-muted);
    font-size: var(--_habil-font-size-small);
  }

  habil-data-table::part(no-role) {
    color: var(--_habil-text-muted);
  }
`,
];
