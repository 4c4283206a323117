/** Styles the parts of `<habil-user-groups>` share: forms, checkbox lists, notes, reports and modal dialogs. */
import { css, type CSSResultGroup } from 'lit';
import { cellStyles, rowButtonStyles } from '../ui/styles/cell.styles.js';
import { stackedChoiceStyles } from '../ui/styles/choice.styles.js';
import { dialogStyles as kitDialogStyles } from '../ui/styles/dialog.styles.js';
import { runReportStyles } from '../ui/styles/run-report.styles.js';
import { statusStyles } from '../ui/styles/status.styles.js';

export const partStyles: CSSResultGroup = [
  statusStyles,
  runReportStyles,
  cellStyles,
  stackedChoiceStyles,
  css`
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

    /* Spaced by margins, as the alerts are (ui/styles/status.styles.ts). */
    habil-data-table {
      margin-block-end: var(--_habil-space-m);
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

    .choice {
      min-height: 2.25rem;
    }

    .tag {
      font-weight: 600;
      font-size: var(--_habil-font-size-small);
    }

    /* ---- the report of a save, role by role ---- */

    .report {
      margin-block-start: var(--_habil-space-m);
    }

    /* ---- cells, rendered inside habil-data-table ---- */

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

    ${rowButtonStyles(['member-action'], ['detach-button'])}
  `,
];

/** The kit's modal `<dialog>` (`ui/styles/dialog.styles.ts`), wider for the forms of the members. */
export const dialogStyles: CSSResultGroup = [
  kitDialogStyles,
  css`
    dialog {
      width: min(36rem, calc(100vw - 2 * var(--_habil-space-m)));
      max-height: calc(100dvh - 2 * var(--_habil-space-m));
    }

    dialog.wide {
      width: min(48rem, calc(100vw - 2 * var(--_habil-space-m)));
    }

    dialog p {
      margin: 0 0 var(--_habil-space-m);
    }

    dialog .actions {
      margin-block-start: var(--_habil-space-m);
    }

    dialog habil-alert.filled {
      margin-block-end: var(--_habil-space-m);
    }
  `,
];
