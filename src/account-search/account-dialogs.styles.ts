/**
 * The record and the account form's dialogs (render-dialogs.ts), and what changed meanwhile under
 * a refusal (in the form or in the widget's alert): they come with their code.
 */
import { css } from 'lit';
import { dialogStyles } from '../ui/styles/dialog.styles.js';

/** The kit's dialog (ui/styles/dialog.styles.ts), wider. */
export const accountDialogsStyles = [
  dialogStyles,
  css`
  :host {
    --_dialog-width: var(--habil-account-search-dialog-width, 48rem);
  }

  dialog {
    width: min(var(--_dialog-width), calc(100vw - 2 * var(--_habil-space-m)));
    max-height: calc(100dvh - 2 * var(--_habil-space-m));
  }

  .dialog-header {
    display: flex;
    align-items: flex-start;
    justify-content: space-between;
    gap: var(--_habil-space-m);
    margin-block-end: var(--_habil-space-m);
  }

  /* The header gives the space under the heading. */
  .dialog-header h2 {
    margin: 0;
  }

  .view-switch {
    display: flex;
    gap: var(--_habil-space-xs);
    margin-block-end: var(--_habil-space-m);
  }

  .view-switch .button[aria-pressed='true'] {
    border-color: var(--_habil-accent);
    background: var(--_habil-accent);
    color: var(--_habil-accent-contrast);
  }

  habil-alert ul {
    margin: var(--_habil-space-xs) 0 0;
    padding-inline-start: var(--_habil-space-l);
  }

  habil-alert.spoken {
    margin-block-end: var(--_habil-space-m);
  }

  @media (max-width: 30rem) {
    dialog {
      padding: var(--_habil-space-m);
    }
  }
`,
];
