import { css } from 'lit';

export const rolePickerStyles = css`
  habil-field {
    margin-block-end: var(--_habil-space-xs);
  }

  .count {
    margin-block-end: var(--_habil-space-s);
    color: var(--_habil-text-muted);
    font-size: var(--_habil-font-size-small);
  }

  fieldset.roles {
    margin: 0;
  }

  /* The list scrolls inside the dialog so that the search box and the buttons stay in view. */
  .list {
    max-height: min(24rem, 50dvh);
  }

  .chosen {
    min-height: 1.5em;
    margin: var(--_habil-space-s) 0 0;
  }

  .actions {
    margin-block-start: var(--_habil-space-s);
  }
`;
