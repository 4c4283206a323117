import { css } from 'lit';

/**
 * The catalogue's own layout (its themes, its applications that open, their roles and requests),
 * added to the widget's shadow root when the catalogue first loads (`addPartStyles`), after the
 * widget's styles (my-access.styles.ts), whose `.application`, `.role` and `.note` it builds on.
 */
export const catalogueStyles = css`
  .theme h3 {
    margin: var(--_habil-space-l) 0 var(--_habil-space-s);
    padding-block-end: var(--_habil-space-xs);
    border-bottom: 2px solid var(--_habil-highlight);
    font-size: var(--_habil-font-size-large);
  }

  .application h4 {
    margin: 0 0 var(--_habil-space-xs);
    font-size: var(--_habil-font-size);
  }

  .application p {
    margin: 0 0 var(--_habil-space-xs);
  }

  .mode {
    font-size: var(--_habil-font-size-small);
    font-weight: 600;
  }

  .description,
  .route {
    color: var(--_habil-text-muted);
    font-size: var(--_habil-font-size-small);
  }

  .procedure {
    margin-block: var(--_habil-space-s);
    padding: var(--_habil-space-s);
    border-inline-start: 4px solid var(--_habil-accent);
    background: var(--_habil-surface-sunken);
  }

  .procedure-heading {
    font-weight: 700;
  }

  /* ---- the catalogue: one line per application, opened on demand ---- */

  .catalogue-intro {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    justify-content: space-between;
    gap: 0 var(--_habil-space-m);
  }

  .catalogue-intro .button {
    margin-block-end: var(--_habil-space-m);
  }

  .theme h3 {
    margin-block: var(--_habil-space-s) var(--_habil-space-xs);
    border-bottom-width: 1px;
    font-size: var(--_habil-font-size);
  }

  /* Each theme across the page, its applications side by side: an application opened grows its own cell, nothing moves sideways. */
  .catalogue {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 20rem), 1fr));
    align-items: start;
    gap: var(--_habil-space-xs) var(--_habil-space-s);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .catalogue .application {
    padding: 0;
    border-radius: var(--_habil-radius);
  }

  /* Greyed, as the guide shows them: a sunken surface and muted text (contrast kept above 4.5:1), and a padlock. */
  .catalogue .application.locked {
    border-style: dashed;
    border-color: var(--_habil-border);
    background: var(--_habil-surface-sunken);
  }

  .catalogue .application.open {
    border-inline-start: 4px solid var(--_habil-success);
  }

  .app-heading {
    margin: 0;
    font-size: var(--_habil-font-size);
  }

  .app-toggle {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr) auto;
    align-items: center;
    gap: var(--_habil-space-s);
    width: 100%;
    min-height: 2.25rem;
    padding: 0.125rem var(--_habil-space-s);
    border: 0;
    border-radius: inherit;
    background: none;
    color: var(--_habil-text);
    font: inherit;
    text-align: start;
    cursor: pointer;
  }

  .app-toggle:hover {
    background: color-mix(in srgb, var(--_habil-text) 6%, transparent);
  }

  .app-icon {
    display: inline-flex;
  }

  .app-icon svg,
  .app-sign {
    width: 1rem;
    height: 1rem;
  }

  .open .app-icon {
    color: var(--_habil-success);
  }

  .locked .app-icon,
  .locked .app-name {
    color: var(--_habil-text-muted);
  }

  /* Name and state on one line when they fit, the state under the name otherwise. */
  .app-text {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: 0 var(--_habil-space-s);
  }

  .app-name {
    font-weight: 600;
  }

  .app-state {
    color: var(--_habil-text-muted);
    font-size: var(--_habil-font-size-small);
    font-weight: 400;
  }

  .app-state.pending {
    color: var(--_habil-text);
    font-weight: 600;
  }

  .app-sign {
    transition: transform 0.15s;
  }

  /* The guide's « + » turns into its « croix » once open. */
  .app-toggle[aria-expanded='true'] .app-sign {
    transform: rotate(45deg);
  }

  @media (prefers-reduced-motion: reduce) {
    .app-sign {
      transition: none;
    }
  }

  .app-panel {
    padding: 0 var(--_habil-space-s) var(--_habil-space-s) calc(1rem + 2 * var(--_habil-space-s));
  }

  .app-panel .role-label {
    color: var(--_habil-text);
  }

  .role-state.held {
    color: var(--_habil-success);
    font-weight: 600;
  }

  /* Pending: a rule in the warning colour and the words, not colour alone. */
  .role-state.pending {
    padding-inline-start: var(--_habil-space-s);
    border-inline-start: 4px solid var(--_habil-warning);
  }

  .role-state:focus {
    outline: none;
  }

  .role-state:focus-visible {
    outline: 2px solid var(--_habil-focus);
  }
`;
