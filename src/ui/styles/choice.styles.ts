/** Radio buttons and checkboxes (`.choice`: a `<label>` around its `<input>`): side by side in a line, or one under the other. */
import { css } from 'lit';

/** Side by side in a line, each a 2.5 rem target. */
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

/** One under the other in their `.choices`, each box level with the first line of its words, however many lines they take. */
export const stackedChoiceStyles = css`
  .choices {
    display: flex;
    flex-direction: column;
    gap: var(--_habil-space-xs);
  }

  .choice {
    display: flex;
    align-items: flex-start;
    gap: var(--_habil-space-s);
    padding-block: var(--_habil-space-xs);
    cursor: pointer;
  }

  .choice input {
    flex: none;
    width: 1.125rem;
    height: 1.125rem;
    margin: 0.2em 0 0;
    accent-color: var(--_habil-accent);
    cursor: inherit;
  }
`;
