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
    overflow-y: auto;
    padding: var(--_habil-space-s) var(--_habil-space-m);
    border: 1px solid var(--_habil-divider);
    border-radius: var(--_habil-radius);
    background: var(--_habil-surface);
  }

  .application {
    margin-block-end: var(--_habil-space-s);
  }

  .application:last-child {
    margin-block-end: 0;
  }

  .application-name {
    margin: 0 0 var(--_habil-space-xs);
    font-weight: 600;
    color: var(--_habil-text-muted);
    font-size: var(--_habil-font-size-small);
    text-transform: uppercase;
    letter-spacing: 0.03em;
  }

  .empty {
    margin: 0;
    padding-block: var(--_habil-space-m);
    color: var(--_habil-text-muted);
    text-align: center;
  }

  .chosen {
    min-height: 1.5em;
    margin: var(--_habil-space-s) 0 0;
  }

  .actions {
    margin-block-start: var(--_habil-space-s);
  }
`;
