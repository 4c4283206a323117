import { css } from 'lit';

export const alertStyles = css`
  :host {
    --_habil-alert-color: var(--_habil-danger);
  }

  :host([variant='warning']) {
    --_habil-alert-color: var(--_habil-warning);
  }

  :host([variant='success']) {
    --_habil-alert-color: var(--_habil-success);
  }

  :host([variant='info']) {
    --_habil-alert-color: var(--_habil-accent);
  }

  .alert.filled {
    display: flex;
    gap: var(--_habil-space-s);
    padding: var(--_habil-space-m);
    border: 1px solid var(--_habil-alert-color);
    border-inline-start-width: 4px;
    border-radius: var(--_habil-radius);
    background: color-mix(in srgb, var(--_habil-alert-color) 8%, var(--_habil-surface));
  }

  .icon {
    flex: none;
    width: 1.25rem;
    height: 1.25rem;
    margin-block-start: 0.1em;
    color: var(--_habil-alert-color);
  }

  .body {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: var(--_habil-space-xs);
    min-width: 0;
  }

  p {
    margin: 0;
  }

  .heading {
    font-weight: 700;
  }

  .detail {
    color: var(--_habil-text-muted);
  }

  .button {
    margin-block-start: var(--_habil-space-s);
  }
`;
