import { css } from 'lit';

export const signupStyles = css`
  form,
  .sent {
    max-width: 40rem;
  }

  .heading {
    margin: 0 0 var(--_habil-space-s);
    font-size: var(--_habil-font-size-large);
    line-height: 1.3;
  }

  .heading:focus {
    outline: none;
  }

  .heading:focus-visible {
    outline: 2px solid var(--_habil-focus);
  }

  .intro,
  .legend {
    margin: 0 0 var(--_habil-space-m);
    color: var(--_habil-text-muted);
  }

  .legend {
    font-size: var(--_habil-font-size-small);
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

  label,
  legend {
    font-weight: 600;
  }

  .choice {
    margin: 0 0 var(--_habil-space-m);
    padding: 0;
    border: 0;
  }

  .choice legend {
    margin-block-end: var(--_habil-space-xs);
    padding: 0;
  }

  .options {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_habil-space-xs) var(--_habil-space-l);
    margin-block-start: var(--_habil-space-xs);
  }

  .option {
    display: inline-flex;
    align-items: center;
    gap: var(--_habil-space-xs);
    min-height: 2.5rem;
    font-weight: 400;
    cursor: pointer;
  }

  input[type='radio'],
  input[type='checkbox'] {
    width: 1.25rem;
    height: 1.25rem;
    margin: 0;
    accent-color: var(--_habil-accent);
  }

  .organisme {
    display: flex;
    flex-direction: column;
    gap: var(--_habil-space-xs);
    margin-block-end: var(--_habil-space-m);
  }

  .organisme label[for='organisme'] {
    margin-block-start: var(--_habil-space-s);
  }

  input[type='search'],
  select {
    width: 100%;
    min-height: 2.5rem;
    padding: var(--_habil-space-s);
    border: 1px solid var(--_habil-border);
    border-radius: var(--_habil-radius);
    background: var(--_habil-surface);
    color: var(--_habil-text);
    font: inherit;
  }

  option {
    padding: var(--_habil-space-xs) var(--_habil-space-s);
  }

  input[aria-invalid='true'],
  select[aria-invalid='true'] {
    border-color: var(--_habil-danger);
    box-shadow: inset 0 0 0 1px var(--_habil-danger);
  }

  /* A wrong radio group: its buttons, not the group's box, are marked (its error says why). */
  fieldset[aria-invalid='true'] input[type='radio']:not(:focus-visible) {
    outline: 2px solid var(--_habil-danger);
    outline-offset: 1px;
  }

  .chosen {
    margin: 0;
    font-weight: 600;
  }

  .terms {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: var(--_habil-space-xs);
    margin-block-end: var(--_habil-space-m);
  }

  /* The box stays beside its label however narrow the page. */
  .terms-choice {
    display: flex;
    align-items: flex-start;
    gap: var(--_habil-space-s);
  }

  .terms-choice input {
    flex: none;
    margin-block-start: 0.15em;
  }

  .terms label {
    font-weight: 400;
  }

  .terms a {
    color: var(--_habil-accent);
  }

  .error {
    margin: var(--_habil-space-xs) 0 0;
    color: var(--_habil-danger);
    font-size: var(--_habil-font-size-small);
    font-weight: 600;
  }

  /* The mark of an error is its words and a sign, not colour alone. */
  .error::before {
    content: '⚠ ' / '';
  }

  habil-alert.filled {
    margin-block-end: var(--_habil-space-m);
  }

  .sent {
    padding: var(--_habil-space-m);
    border: 1px solid var(--_habil-success);
    border-inline-start-width: 4px;
    border-radius: var(--_habil-radius);
    background: color-mix(in srgb, var(--_habil-success) 8%, var(--_habil-surface));
  }

  .sent p {
    margin: 0 0 var(--_habil-space-s);
  }
`;
