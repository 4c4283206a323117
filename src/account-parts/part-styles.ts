/** Styles the parts of `<habil-account-search>` share: their modal dialogs, radio and checkbox choices, notices. */
import { css, type CSSResultGroup } from 'lit';
import { stackedChoiceStyles } from '../ui/styles/choice.styles.js';
import { dialogStyles as kitDialogStyles } from '../ui/styles/dialog.styles.js';
import { fieldErrorStyles, requiredMarkStyles } from '../ui/styles/form.styles.js';

/** The kit's modal `<dialog>` (`ui/styles/dialog.styles.ts`), wider for the account parts. */
export const dialogStyles: CSSResultGroup = [
  kitDialogStyles,
  css`
  :host {
    display: contents;
  }

  dialog {
    width: min(36rem, calc(100vw - 2 * var(--_habil-space-m)));
    max-height: calc(100dvh - 2 * var(--_habil-space-m));
  }

  p {
    margin: 0 0 var(--_habil-space-m);
  }

  /* The kit's row of buttons (dialog .actions), further from the form. */
  .actions {
    margin-block-start: var(--_habil-space-l);
  }
`,
];

/** Radio groups and checkboxes in a `<fieldset>` with its `<legend>`, one under the other (ui/styles/choice.styles.ts), and errors under the group (the kit's, ui/styles/form.styles.ts). */
export const choiceStyles: CSSResultGroup = [
  requiredMarkStyles,
  fieldErrorStyles,
  stackedChoiceStyles,
  css`
  fieldset {
    min-width: 0;
    margin: 0 0 var(--_habil-space-m);
    padding: 0;
    border: 0;
  }

  legend {
    padding: 0;
    margin-block-end: var(--_habil-space-xs);
    font-weight: 600;
  }

  .choices.inline {
    flex-flow: row wrap;
    gap: var(--_habil-space-xs) var(--_habil-space-l);
  }

  .choice.boxed {
    padding: var(--_habil-space-s) var(--_habil-space-m);
    border: 1px solid var(--_habil-divider);
    border-radius: var(--_habil-radius);
  }

  .choice.boxed:has(input:checked) {
    border-color: var(--_habil-accent);
    background: var(--_habil-selected);
  }

  .choice:has(input:disabled) {
    cursor: not-allowed;
    color: var(--_habil-text-muted);
  }

  .choice-text {
    display: flex;
    flex-direction: column;
  }

  .choice-hint,
  .hint {
    color: var(--_habil-text-muted);
    font-size: var(--_habil-font-size-small);
  }

  fieldset[aria-invalid='true'] .choice input:not(:focus-visible) {
    outline: 2px solid var(--_habil-danger);
    outline-offset: 1px;
  }

  .error {
    margin-block-start: var(--_habil-space-xs);
  }
`,
];

/** A boxed notice: what the user should know before acting (read-only reason, Afas profiles). */
export const noticeStyles = css`
  .notice {
    margin: 0 0 var(--_habil-space-m);
    padding: var(--_habil-space-s) var(--_habil-space-m);
    border: 1px solid var(--_habil-divider);
    border-inline-start: 4px solid var(--_habil-accent);
    border-radius: var(--_habil-radius);
    background: var(--_habil-surface-sunken);
  }

  .notice.warning {
    border-inline-start-color: var(--_habil-warning);
  }

  .notice > :last-child {
    margin-block-end: 0;
  }

  .notice ul {
    margin: var(--_habil-space-xs) 0 0;
    padding-inline-start: var(--_habil-space-l);
  }
`;
