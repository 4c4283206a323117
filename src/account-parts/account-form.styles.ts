import { css } from 'lit';
import { errorSummaryStyles } from '../internal/form-parts.js';

export const accountFormStyles = [
  errorSummaryStyles,
  css`
  .required-legend {
    margin: 0 0 var(--_habil-space-m);
    color: var(--_habil-text-muted);
    font-size: var(--_habil-font-size-small);
  }

  .section {
    margin: 0 0 var(--_habil-space-l);
  }

  .section > legend {
    width: 100%;
    margin-block-end: var(--_habil-space-m);
    padding-block-end: var(--_habil-space-xs);
    border-bottom: 2px solid var(--_habil-highlight);
    font-size: var(--_habil-font-size-large);
  }

  /* Two columns where there is room; a field never narrower than a phone number needs. */
  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 17rem), 1fr));
    column-gap: var(--_habil-space-l);
  }

  .identifier {
    max-width: 17rem;
  }

  .hint {
    margin: 0 0 var(--_habil-space-s);
  }

  .role-search {
    max-width: 24rem;
  }

  /* The list scrolls so that the buttons stay near; it holds the checkboxes, so it is reached by Tab. */
  .role-list {
    max-height: 18rem;
  }

  .chosen {
    margin: var(--_habil-space-s) 0 0;
  }

  .status {
    margin: 0 0 var(--_habil-space-s);
    color: var(--_habil-text-muted);
    font-weight: 600;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: var(--_habil-space-s);
  }

  :host([submitting]) [part='submit-button'] {
    cursor: progress;
  }
`,
];
