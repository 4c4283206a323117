import { css } from 'lit';
import { fieldErrorStyles, invalidControlStyles, requiredMarkStyles, textControlStyles } from '../styles/form.styles.js';

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

  ${requiredMarkStyles}

  .hint {
    margin: 0;
    color: var(--_habil-text-muted);
    font-size: var(--_habil-font-size-small);
  }

  ${textControlStyles('input, select, textarea')}

  textarea {
    resize: vertical;
  }

  ${invalidControlStyles("[aria-invalid='true']")}

  :disabled,
  [readonly] {
    background: var(--_habil-surface-sunken);
    color: var(--_habil-text-muted);
  }

  ${fieldErrorStyles}
`;
