/** The loading state of the widgets: its markup (`renderLoading`) and its styles. */
import { css, html, unsafeCSS, type CSSResult, type TemplateResult } from 'lit';

/** What a widget shows while it reads what it needs: the moving bar, and `words` in a status line. */
export function renderLoading(words: string): TemplateResult {
  return html`<div class="loading" part="loading">
    <div class="loading-bar" aria-hidden="true"></div>
    <p role="status">${words}</p>
  </div>`;
}

/**
 * The bar that says a widget or a table is busy, on `selector` (a constant of the caller's): a
 * band moving along it, or the bar still and filled when motion is reduced. Give it its height.
 */
export function movingBarStyles(selector: string): CSSResult {
  const bar = unsafeCSS(selector);
  return css`
    ${bar} {
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
      ${bar} {
        animation: none;
        background: var(--_habil-accent);
      }
    }
  `;
}

/** The loading state of the widgets: a moving bar and a status line. */
export const loadingStyles = css`
  .loading p {
    margin: var(--_habil-space-s) 0 0;
    color: var(--_habil-text-muted);
  }

  .loading-bar {
    height: 3px;
  }

  ${movingBarStyles('.loading-bar')}
`;
