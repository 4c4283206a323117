/**
 * The alerts and live regions of a widget: in the page while empty (screen readers only read
 * regions that were there before), taking no room until they speak — hence margins, not a flex gap —
 * and the confirmation of the last action boxed in the success colour.
 */
import { css } from 'lit';

export const statusStyles = css`
  habil-alert.filled,
  habil-live-region.announced {
    margin-block-end: var(--_habil-space-m);
  }

  habil-live-region.announced::part(region) {
    padding: var(--_habil-space-s) var(--_habil-space-m);
    border: 1px solid var(--_habil-success);
    border-inline-start-width: 4px;
    border-radius: var(--_habil-radius);
    background: color-mix(in srgb, var(--_habil-success) 8%, var(--_habil-surface));
    font-weight: 600;
  }
`;
