/** Styles every element of the kit shares: its text, focus ring, buttons and hidden text for screen readers. */
import { css } from 'lit';

export const sharedStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    font-family: var(--_habil-font-family);
    font-size: var(--_habil-font-size);
    line-height: var(--_habil-line-height);
    color: var(--_habil-text);
  }

  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  :focus-visible {
    outline: 2px solid var(--_habil-focus);
    outline-offset: 2px;
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--_habil-space-xs);
    min-height: 2.5rem;
    padding: var(--_habil-space-s) var(--_habil-space-m);
    border: 1px solid var(--_habil-border);
    border-radius: var(--_habil-radius);
    background: var(--_habil-surface);
    color: var(--_habil-text);
    font: inherit;
    cursor: pointer;
  }

  .button:hover {
    background: var(--_habil-surface-sunken);
  }

  .button[aria-disabled='true'] {
    cursor: not-allowed;
    opacity: 0.55;
  }

  .button--primary {
    border-color: var(--_habil-accent);
    background: var(--_habil-accent);
    color: var(--_habil-accent-contrast);
  }

  .button--primary:hover {
    background: color-mix(in srgb, var(--_habil-accent) 85%, var(--_habil-text));
  }

  .button--danger {
    border-color: var(--_habil-danger);
    background: var(--_habil-danger);
    color: var(--_habil-danger-contrast);
  }

  .button--danger:hover {
    background: color-mix(in srgb, var(--_habil-danger) 85%, var(--_habil-text));
  }
`;
