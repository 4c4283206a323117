import { css } from 'lit';
import { introStyles } from '../ui/styles/heading.styles.js';

/** The kit's words under a heading, then the widget's own layout. */
export const myAccessStyles = [
  introStyles('.hint'),
  css`
  /* Spaced by margins, as the alerts are (ui/styles/status.styles.ts). */
  .tabs,
  .note,
  .empty {
    margin-block: 0 var(--_habil-space-m);
  }

  .hint,
  .empty {
    max-width: 70ch;
  }

  .empty {
    padding: var(--_habil-space-m);
    border: 1px dashed var(--_habil-border);
    border-radius: var(--_habil-radius);
  }

  .note {
    max-width: 70ch;
    padding: var(--_habil-space-s) var(--_habil-space-m);
    border-inline-start: 4px solid var(--_habil-border);
    background: var(--_habil-surface-sunken);
  }

  a {
    color: var(--_habil-accent);
    overflow-wrap: anywhere;
  }

  /* ---- applications and their roles ---- */

  .applications,
  .roles {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .applications {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 22rem), 1fr));
    gap: var(--_habil-space-m);
  }

  .application {
    padding: var(--_habil-space-m);
    border: 1px solid var(--_habil-divider);
    border-radius: var(--_habil-radius-large);
    background: var(--_habil-surface-raised);
  }

  .application h3 {
    margin: 0 0 var(--_habil-space-xs);
    font-size: var(--_habil-font-size);
  }

  .role {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_habil-space-xs) var(--_habil-space-s);
    padding-block: var(--_habil-space-s);
    border-top: 1px solid var(--_habil-divider);
  }

  .role-label {
    font-weight: 600;
  }

  .role-state {
    font-size: var(--_habil-font-size-small);
  }
`,
];
