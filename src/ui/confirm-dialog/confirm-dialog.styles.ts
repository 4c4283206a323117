import { css } from 'lit';

export const confirmDialogStyles = css`
  :host {
    display: contents;
  }

  dialog {
    width: min(32rem, calc(100vw - 2 * var(--_habil-space-m)));
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

  :host([danger]) dialog {
    border-top-color: var(--_habil-danger);
  }

  dialog::backdrop {
    background: rgb(0 0 0 / 0.5);
  }

  h2 {
    margin: 0 0 var(--_habil-space-m);
    font-size: var(--_habil-font-size-large);
    line-height: 1.3;
    text-wrap: balance;
  }

  [part='message'] {
    margin-bottom: var(--_habil-space-l);
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: var(--_habil-space-s);
  }
`;
