import { css } from 'lit';

export const myProfileStyles = css`
  .page {
    max-width: 48rem;
  }

  fieldset {
    min-width: 0;
    margin: 0 0 var(--_habil-space-m);
    padding: 0;
    border: 0;
  }

  .section {
    padding-block-start: var(--_habil-space-s);
    border-top: 1px solid var(--_habil-divider);
  }

  legend {
    padding: 0;
    margin-block-end: var(--_habil-space-s);
    font-weight: 700;
  }

  .civilite legend {
    margin-block-end: var(--_habil-space-xs);
    font-weight: 600;
  }

  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 18rem), 1fr));
    gap: 0 var(--_habil-space-l);
  }

  habil-field {
    margin-block-end: var(--_habil-space-m);
  }

  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_habil-space-xs) var(--_habil-space-l);
  }

  .choice {
    display: inline-flex;
    align-items: center;
    gap: var(--_habil-space-xs);
    min-height: 2.5rem;
    cursor: pointer;
  }

  .choice input {
    width: 1.25rem;
    height: 1.25rem;
    margin: 0;
    accent-color: var(--_habil-accent);
  }

  .error {
    display: flex;
    gap: var(--_habil-space-xs);
    align-items: flex-start;
    margin: var(--_habil-space-xs) 0 0;
    color: var(--_habil-danger);
    font-size: var(--_habil-font-size-small);
  }

  .error svg {
    flex: none;
    width: 1em;
    height: 1em;
    margin-block-start: 0.2em;
  }

  .status:empty {
    display: none;
  }

  .status {
    margin: 0 0 var(--_habil-space-m);
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_habil-space-s);
  }

  .reason {
    margin: 0 0 var(--_habil-space-l);
    padding: var(--_habil-space-m);
    border: 1px solid var(--_habil-border);
    border-inline-start: 4px solid var(--_habil-accent);
    border-radius: var(--_habil-radius);
    background: var(--_habil-surface-sunken);
  }

  .reason p {
    margin: 0 0 var(--_habil-space-s);
  }

  .reason p:last-child {
    margin-block-end: 0;
  }

  .reason-heading {
    font-weight: 700;
  }

  a {
    color: var(--_habil-accent);
    overflow-wrap: anywhere;
  }

  .details-heading {
    margin: 0 0 var(--_habil-space-s);
    font-size: var(--_habil-font-size);
  }

  .details {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 18rem), 1fr));
    gap: var(--_habil-space-s) var(--_habil-space-l);
    margin: 0;
  }

  .details dt {
    color: var(--_habil-text-muted);
    font-size: var(--_habil-font-size-small);
  }

  .details dd {
    margin: 0;
    overflow-wrap: anywhere;
  }

  .details dd.empty {
    color: var(--_habil-text-muted);
    font-style: italic;
  }
`;
