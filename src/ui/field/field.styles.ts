import { css } from 'lit';

export const fieldStyles = css`
  :host {
    display: flex;
    flex-direction: column;
    gap: var(--_habil-space-xs);
    margin-block-end: var(--_habil-space-m);
  }

  label {
    font-weight: 600;
  }

  .required {
    margin-inline-start: 0.2em;
    color: var(--_habil-danger);
  }

  .hint {
    margin: 0;
    color: var(--_habil-text-muted);
    font-size: var(--_habil-font-size-small);
  }

  input,
  select,
  textarea {
    width: 100%;
    min-height: 2.5rem;
    padding: var(--_habil-space-s);
    border: 1px solid var(--_habil-border);
    border-radius: var(--_habil-radius);
    background: var(--_habil-surface);
    color: var(--_habil-text);
    font: inherit;
  }

  textarea {
    resize: vertical;
  }

  [aria-invalid='true'] {
    border-color: var(--_habil-danger);
    box-shadow: inset 0 0 0 1px var(--_habil-danger);
  }

  :disabled,
  [readonly] {
    background: var(--_habil-surface-sunken);
    color: var(--_habil-text-muted);
  }

  .error {
    display: flex;
    align-items: flex-start;
    gap: var(--_habil-space-xs);
    margin: 0;
    color: var(--_habil-danger);
    font-size: var(--_habil-font-size-small);
    font-weight: 600;
  }

  .error svg {
    flex: none;
    width: 1rem;
    height: 1rem;
    margin-block-start: 0.15em;
  }
`;
