import { css } from 'lit';

export const confirmDialogStyles = css`
  :host {
    display: contents;
  }

  :host([danger]) dialog {
    border-top-color: var(--_habil-danger);
  }

  [part='message'] {
    margin-bottom: var(--_habil-space-l);
  }
`;
