/** The layout of a group's page in `<habil-user-groups>` (its details, its actions, its tabs): added to the widget's shadow root with the page (group-page-screen.ts). */
import { css } from 'lit';

export const groupPageStyles = css`
  .summary,
  .group-actions,
  .tabs {
    margin-block-end: var(--_habil-space-m);
  }

  .group-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_habil-space-s);
  }

  .summary {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 7.5rem), 1fr));
    gap: var(--_habil-space-s) var(--_habil-space-m);
    margin-block-start: 0;
    padding: var(--_habil-space-m);
    border: 1px solid var(--_habil-divider);
    border-radius: var(--_habil-radius-large);
  }

  .summary dt {
    color: var(--_habil-text-muted);
    font-size: var(--_habil-font-size-small);
  }

  .summary dd {
    margin: 0;
    font-weight: 600;
  }
`;
