/** Radio buttons and checkboxes side by side in a line (`.choice`: a `<label>` around its `<input>`), each a 2.5 rem target. */
import { css } from 'lit';

export const inlineChoiceStyles = css`
  .choice {
    display: inline-flex;
    align-items: center;
    gap: var(--_habil-space-s);
    min-height: 2.5rem;
    cursor: pointer;
  }

  .choice input {
    width: 1.125rem;
    height: 1.125rem;
    margin: 0;
    accent-color: var(--_habil-accent);
  }
`;
