import { css } from 'lit';

/** The loading state of the widgets: a moving bar (still when motion is reduced) and a status line. */
export const loadingStyles = css`
  .loading p {
    margin: var(--_habil-space-s) 0 0;
    color: var(--_habil-text-muted);
  }

  .loading-bar {
    height: 3px;
    background: linear-gradient(90deg, transparent 0 30%, var(--_habil-accent) 30% 70%, transparent 70%) 0 0 / 200% 100%
      var(--_habil-divider);
    animation: habil-loading 1.2s linear infinite;
  }

  @keyframes habil-loading {
    to {
      background-position: -200% 0;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    .loading-bar {
      animation: none;
      background: var(--_habil-accent);
    }
  }
`;
