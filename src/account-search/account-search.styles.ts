import { css } from 'lit';
import { selectionBarStyles, spreadRowStyles } from '../ui/styles/toolbar.styles.js';

export const accountSearchStyles = css`
  /* The widths of a row's menu and of the dialogs come with them (row-menu-items.ts, account-dialogs.styles.ts). */
  :host {
    background: var(--_habil-surface);
  }

  [part~='base'] {
    display: flex;
    flex-direction: column;
    gap: var(--_habil-space-m);
  }

  p {
    margin: 0;
  }

  /* While the context loads: the room of the introduction, the criteria and « Nouveau », laid out as they will be, unseen. */
  .placeholder {
    display: contents;
    visibility: hidden;
  }

  /* ---- header ---- */

  ${spreadRowStyles('.header')}

  .header {
    padding-block-end: var(--_habil-space-s);
    border-block-end: 2px solid var(--_habil-highlight);
  }

  h2 {
    margin: 0;
    font-size: var(--_habil-font-size-large);
    line-height: 1.3;
  }

  .intro,
  .hint {
    color: var(--_habil-text-muted);
    font-size: var(--_habil-font-size-small);
  }

  .convention {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_habil-space-xs) var(--_habil-space-l);
    margin: 0;
  }

  .convention div {
    display: flex;
    gap: var(--_habil-space-xs);
  }

  .convention dt {
    font-weight: 600;
  }

  .convention dd {
    margin: 0;
  }

  /* ---- filters ---- */

  form {
    display: flex;
    flex-direction: column;
    gap: var(--_habil-space-s);
    padding: var(--_habil-space-m);
    border: 1px solid var(--_habil-divider);
    border-radius: var(--_habil-radius-large);
    background: var(--_habil-surface-sunken);
  }

  .filter-group {
    min-width: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }

  .filter-group > legend {
    padding: 0;
    margin-block-end: var(--_habil-space-s);
    font-weight: 700;
  }

  .filter-grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 14rem), 1fr));
    gap: 0 var(--_habil-space-m);
    align-items: start;
  }

  .filter-grid habil-field {
    margin-block-end: var(--_habil-space-s);
  }

  .yes-no {
    min-width: 0;
    margin: 0 0 var(--_habil-space-s);
    padding: 0;
    border: 0;
  }

  .yes-no legend {
    padding: 0;
    margin-block-end: var(--_habil-space-xs);
    font-weight: 600;
  }

  .yes-no .choices {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_habil-space-xs) var(--_habil-space-m);
  }

  .yes-no label {
    display: inline-flex;
    align-items: center;
    gap: var(--_habil-space-xs);
    min-height: 2rem;
    cursor: pointer;
  }

  .yes-no input {
    width: 1.125rem;
    height: 1.125rem;
    margin: 0;
    accent-color: var(--_habil-accent);
    cursor: inherit;
  }

  .yes-no:disabled label {
    color: var(--_habil-text-muted);
    cursor: not-allowed;
  }

  .form-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_habil-space-s);
  }

  /* ---- messages ---- */

  .messages {
    display: flex;
    flex-direction: column;
    gap: var(--_habil-space-s);
  }

  /* Nothing to say: the regions stay in the page, ready to speak, and take no room. */
  .messages.quiet {
    margin-block-end: calc(-1 * var(--_habil-space-m));
  }

  .notice:not(.filled) {
    display: contents;
  }

  .notice.filled {
    padding: var(--_habil-space-s) var(--_habil-space-m);
    border: 1px solid var(--_habil-success);
    border-inline-start-width: 4px;
    border-radius: var(--_habil-radius);
    background: color-mix(in srgb, var(--_habil-success) 8%, var(--_habil-surface));
  }

  /* ---- results ---- */

  ${spreadRowStyles('.results-bar')}

  .results-bar h3 {
    margin: 0;
    font-size: var(--_habil-font-size);
  }

  ${selectionBarStyles('.selection', '.selection-text')}

  .selection .button {
    min-height: 2.25rem;
    padding-block: var(--_habil-space-xs);
  }

  .selection .button:disabled {
    cursor: not-allowed;
    opacity: 0.55;
  }

  .empty {
    display: flex;
    flex-direction: column;
    gap: var(--_habil-space-xs);
  }

  habil-data-table::part(row-actions-button) {
    min-height: 2.25rem;
    padding-block: var(--_habil-space-xs);
    white-space: nowrap;
  }

  /* A dense table: nine columns fit in a portal's content width. */
  habil-data-table::part(cell),
  habil-data-table::part(header-cell) {
    padding-inline: var(--_habil-space-s);
  }

  habil-data-table::part(add-marker) {
    margin-inline-start: var(--_habil-space-xs);
  }

  habil-data-table::part(branch) {
    display: block;
  }

  habil-data-table::part(phone),
  habil-data-table::part(email-segment) {
    white-space: nowrap;
  }

  habil-data-table::part(read-only-reason) {
    display: block;
    max-width: 10rem;
    margin-block-start: var(--_habil-space-xs);
    color: var(--_habil-text-muted);
    font-size: var(--_habil-font-size-small);
  }

  habil-data-table::part(add-marker) {
    display: inline-block;
    padding: 0 var(--_habil-space-xs);
    border: 1px solid var(--_habil-accent);
    border-radius: var(--_habil-radius);
    color: var(--_habil-accent);
    font-size: var(--_habil-font-size-small);
    font-weight: 700;
  }

  habil-data-table::part(status-inactive) {
    color: var(--_habil-danger);
    font-weight: 600;
  }

  @media (max-width: 30rem) {
    form {
      padding: var(--_habil-space-s);
    }
  }
`;
