/** Styles the parts of `<habil-user-groups>` share: forms, checkbox lists, notes, reports and modal dialogs. */
import { css } from 'lit';

export const partStyles = css`
  :host {
    display: block;
    container-type: inline-size;
  }

  h3 {
    margin: 0 0 var(--_habil-space-m);
    font-size: var(--_habil-font-size-large);
    line-height: 1.3;
  }

  h4 {
    margin: 0 0 var(--_habil-space-s);
    font-size: var(--_habil-font-size);
  }

  /*
   * Spacing is given by margins, not by a flex gap: the alerts and the live regions stay in the
   * page while empty (screen readers only read regions that were there before), and take no room.
   */
  habil-alert.filled,
  habil-live-region.announced,
  habil-data-table {
    margin-block-end: var(--_habil-space-m);
  }

  habil-live-region.announced::part(region) {
    padding: var(--_habil-space-s) var(--_habil-space-m);
    border: 1px solid var(--_habil-success);
    border-inline-start-width: 4px;
    border-radius: var(--_habil-radius);
    background: color-mix(in srgb, var(--_habil-success) 8%, var(--_habil-surface));
    font-weight: 600;
  }

  .required-legend,
  .hint,
  .note,
  .chosen-groups {
    margin: 0 0 var(--_habil-space-m);
    color: var(--_habil-text-muted);
  }

  .chosen-groups:empty {
    display: none;
  }

  .note {
    padding: var(--_habil-space-s) var(--_habil-space-m);
    border-inline-start: 4px solid var(--_habil-divider);
    color: var(--_habil-text);
  }

  /* Side by side, the controls line up even when one field has a hint and the other none. */
  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 16rem), 1fr));
    align-items: end;
    gap: 0 var(--_habil-space-m);
  }

  /* A form reads best at a line length people can follow, whatever the width of the page. */
  form {
    max-width: 52rem;
  }

  /* A select with its "Créer un utilisateur…" beside it (or under it when narrow), level with the control. */
  .with-button {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: 0 var(--_habil-space-m);
  }

  .with-button habil-field {
    flex: 1 1 18rem;
  }

  .with-button > .button {
    margin-block-end: var(--_habil-space-m);
  }

  .status {
    margin: 0 0 var(--_habil-space-s);
    min-height: 1.5em;
    font-weight: 600;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_habil-space-s);
  }

  .attach {
    margin-block-start: var(--_habil-space-l);
    padding: var(--_habil-space-m);
    border: 1px solid var(--_habil-divider);
    border-radius: var(--_habil-radius-large);
    background: var(--_habil-surface-sunken);
  }

  .attach habil-field::part(control) {
    background: var(--_habil-surface);
  }

  /* ---- roles by service ---- */

  .services {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 18rem), 1fr));
    gap: var(--_habil-space-m);
    margin-block-end: var(--_habil-space-m);
  }

  .service {
    min-width: 0;
    margin: 0;
    padding: var(--_habil-space-m);
    border: 1px solid var(--_habil-divider);
    border-radius: var(--_habil-radius-large);
  }

  .service legend {
    padding-inline: var(--_habil-space-xs);
    font-weight: 700;
  }

  .service ul {
    margin: 0;
    padding-inline-start: var(--_habil-space-l);
  }

  .choices {
    display: flex;
    flex-direction: column;
    gap: var(--_habil-space-xs);
  }

  .choice {
    display: flex;
    align-items: flex-start;
    gap: var(--_habil-space-s);
    min-height: 2.25rem;
    padding-block: var(--_habil-space-xs);
    cursor: pointer;
  }

  .choice input {
    flex: none;
    width: 1.125rem;
    height: 1.125rem;
    margin: 0.2em 0 0;
    accent-color: var(--_habil-accent);
  }

  .tag {
    font-weight: 600;
    font-size: var(--_habil-font-size-small);
  }

  /* ---- the report of a save, role by role ---- */

  .report {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: var(--_habil-space-s);
    margin-block-start: var(--_habil-space-m);
    padding: var(--_habil-space-m);
    border: 1px solid var(--_habil-divider);
    border-inline-start: 4px solid var(--_habil-accent);
    border-radius: var(--_habil-radius);
    background: var(--_habil-surface-sunken);
  }

  .report > * {
    margin: 0;
  }

  progress {
    width: min(100%, 28rem);
    height: 0.75rem;
    accent-color: var(--_habil-accent);
  }

  .report-rows {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .report-row {
    padding-block: 0.125rem;
  }

  .mark {
    display: inline-block;
    width: 1.25rem;
    font-weight: 700;
  }

  .ok .mark {
    color: var(--_habil-success);
  }

  .failed .mark {
    color: var(--_habil-danger);
  }

  .why {
    display: block;
    padding-inline-start: 1.25rem;
    color: var(--_habil-text-muted);
  }

  /* ---- cells, rendered inside habil-data-table ---- */

  habil-data-table::part(header-cell),
  habil-data-table::part(cell) {
    padding-inline: var(--_habil-space-s);
  }

  habil-data-table::part(empty) {
    text-align: start;
  }

  /* Headers wrap, so that the table fits where it can and scrolls only when it must. */
  habil-data-table::part(header-cell) {
    white-space: normal;
  }

  habil-data-table::part(date) {
    white-space: nowrap;
  }

  habil-data-table::part(muted) {
    color: var(--_habil-text-muted);
  }

  /* A member's actions stay on one line: in a narrow page the table scrolls sideways rather than rows growing tall. */
  habil-data-table::part(row-actions) {
    display: flex;
    gap: var(--_habil-space-xs);
  }

  habil-data-table::part(member-action) {
    min-height: 2.25rem;
    padding: var(--_habil-space-xs) var(--_habil-space-s);
    white-space: nowrap;
  }

  habil-data-table::part(detach-button) {
    border-color: var(--_habil-danger);
    color: var(--_habil-danger);
  }
`;

/** A modal `<dialog>` laid out like `<habil-confirm-dialog>`, so that every dialog of the kit looks the same. */
export const dialogStyles = css`
  dialog {
    width: min(36rem, calc(100vw - 2 * var(--_habil-space-m)));
    max-height: calc(100dvh - 2 * var(--_habil-space-m));
    padding: var(--_habil-space-l);
    border: 1px solid var(--_habil-border);
    border-top: 4px solid var(--_habil-highlight);
    border-radius: var(--_habil-radius-large);
    background: var(--_habil-surface-raised);
    color: var(--_habil-text);
    box-shadow: var(--_habil-shadow-raised);
    font-family: var(--_habil-font-family);
    line-height: var(--_habil-line-height);
  }

  dialog.wide {
    width: min(48rem, calc(100vw - 2 * var(--_habil-space-m)));
  }

  dialog::backdrop {
    background: rgb(0 0 0 / 0.5);
  }

  dialog h2 {
    margin: 0 0 var(--_habil-space-m);
    font-size: var(--_habil-font-size-large);
    line-height: 1.3;
    text-wrap: balance;
  }

  dialog p {
    margin: 0 0 var(--_habil-space-m);
  }

  dialog .actions {
    justify-content: flex-end;
    margin-block-start: var(--_habil-space-m);
  }

  dialog habil-alert.filled {
    margin-block-end: var(--_habil-space-m);
  }
`;
