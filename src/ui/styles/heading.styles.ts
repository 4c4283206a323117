/**
 * The title of what a widget shows (`.heading`), and the words under it that say what the view
 * holds. The widgets move the focus onto the title when the view changes (it has
 * `tabindex="-1"`): the ring shows only when the keyboard brought it there.
 */
import { css, unsafeCSS, type CSSResult } from 'lit';

export const headingStyles = css`
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
    outline-offset: 2px;
  }
`;

/**
 * The words under the heading (on `selector`, a constant of the caller's, e.g. `'.intro'`): muted,
 * and spaced by a margin, as the alerts are (ui/styles/status.styles.ts).
 */
export function introStyles(selector: string): CSSResult {
  return css`
    ${unsafeCSS(selector)} {
      margin: 0 0 var(--_habil-space-m);
      color: var(--_habil-text-muted);
    }
  `;
}
