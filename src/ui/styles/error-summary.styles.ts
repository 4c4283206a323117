import { css } from 'lit';

/** The list of what is wrong above a form (`renderErrorSummary`, internal/form-parts.ts), and its links to the fields. */
export const errorSummaryStyles = css`
  .summary {
    margin: 0 0 var(--_habil-space-l);
    padding: var(--_habil-space-m);
    border: 1px solid var(--_habil-danger);
    border-inline-start-width: 4px;
    border-radius: var(--_habil-radius);
    background: color-mix(in srgb, var(--_habil-danger) 8%, var(--_habil-surface));
  }

  .summary-heading {
    margin: 0 0 var(--_habil-space-xs);
    font-weight: 700;
  }

  .error-links {
    margin: 0;
    padding-inline-start: var(--_habil-space-l);
  }

  /* Aligned on its first line, so that the bullet of the list stays beside it when it wraps. */
  .error-links .link {
    vertical-align: top;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_habil-accent);
    font: inherit;
    text-align: start;
    text-decoration: underline;
    cursor: pointer;
  }
`;
