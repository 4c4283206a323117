/**
 * The kit's modal `<dialog>`, as `<habil-confirm-dialog>` draws it: a raised box under a rule in
 * the brand colour, its `<h2>` question, and its buttons at the end. Every dialog of the kit
 * composes it, so that they all look the same; a larger one sets its own `width`.
 */
import { css } from 'lit';

export const dialogStyles = css`
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

  dialog::backdrop {
    background: rgb(0 0 0 / 0.5);
  }

  dialog h2 {
    margin: 0 0 var(--_habil-space-m);
    font-size: var(--_habil-font-size-large);
    line-height: 1.3;
    text-wrap: balance;
  }

  dialog .actions {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: var(--_habil-space-s);
  }
`;
