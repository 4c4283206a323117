import { css } from 'lit';
import { formIntroStyles, invalidControlStyles, requiredMarkStyles, textControlStyles } from '../ui/styles/form.styles.js';
import { headingStyles } from '../ui/styles/heading.styles.js';

const SEARCH_AND_LIST = "input[type='search'], select";
const INVALID = "input[aria-invalid='true'], select[aria-invalid='true']";

/** The kit's heading, form words and controls, then the sign-up form's own layout. */
export const signupStyles = [
  headingStyles,
  formIntroStyles,
  requiredMarkStyles,
  textControlStyles(SEARCH_AND_LIST),
  invalidControlStyles(INVALID),
  css`
  form,
  .sent {
    max-width: 40rem;
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

  option {
    padding: var(--_habil-space-xs) var(--_habil-space-s);
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
`,
];
