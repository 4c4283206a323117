/**
 * The title of what a widget shows (`.heading`). The widgets move the focus onto it when the view
 * changes (it has `tabindex="-1"`): the ring shows only when the keyboard brought it there.
 */
import { css } from 'lit';

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
