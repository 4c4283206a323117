/** What the kit's forms draw the same way, in `<habil-field>` and in the widgets' own forms. */
import { css, unsafeCSS, type CSSResult } from 'lit';
import { introStyles } from './heading.styles.js';

/**
 * The look of a text control — input, select, textarea — on `selector` (a constant of the
 * caller's, e.g. `'input, select, textarea'`): full width, a 2.5 rem target, the kit's border.
 */
export function textControlStyles(selector: string): CSSResult {
  return css`
    ${unsafeCSS(selector)} {
      width: 100%;
      min-height: 2.5rem;
      padding: var(--_habil-space-s);
      border: 1px solid var(--_habil-border);
      border-radius: var(--_habil-radius);
      background: var(--_habil-surface);
      color: var(--_habil-text);
      font: inherit;
    }
  `;
}

/** A control whose value is wrong (`aria-invalid`): a thicker border in the danger colour, its error says why. */
export function invalidControlStyles(selector: string): CSSResult {
  return css`
    ${unsafeCSS(selector)} {
      border-color: var(--_habil-danger);
      box-shadow: inset 0 0 0 1px var(--_habil-danger);
    }
  `;
}

/** The « * » of a required control (`requiredMark` of `internal/form-parts.ts`). */
export const requiredMarkStyles = css`
  .required {
    margin-inline-start: 0.2em;
    color: var(--_habil-danger);
  }
`;

/** The words above a form: its introduction (`.intro`) and the line that explains the « * » (`.legend`). */
export const formIntroStyles = css`
  ${introStyles('.intro, .legend')}

  .legend {
    font-size: var(--_habil-font-size-small);
  }
`;

/** The error under a control (`.error`): its words after a sign, in bold and in the danger colour. */
export const fieldErrorStyles = css`
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
