import { css } from 'lit';

export const deactivationDialogStyles = css`
  .choice-label {
    font-weight: 600;
  }

  .closing-today,
  .closing-on {
    font-weight: 600;
  }

  habil-field {
    margin-block-end: var(--_habil-space-s);
  }

  .notice p {
    margin-block-end: var(--_habil-space-xs);
  }
`;
