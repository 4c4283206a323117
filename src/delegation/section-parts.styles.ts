/**
 * The styles of what `<habil-delegation>`'s parts loaded on demand draw in its shadow root (the
 * panel where a person is chosen, the guides' reminders, the CAF count and convention, the
 * filters, what happened after one revoked his own delegation): added once, after the widget's,
 * by the first part that loads (the actions on the local administrators, a section).
 */
import { css } from 'lit';
import { addPartStyles } from '../internal/part-styles.js';

const sectionPartStyles = css`
  /* Spaced by margins, as the alerts are (ui/styles/status.styles.ts). */
  .note,
  .count,
  .convention,
  .flow {
    margin-block: 0 var(--_habil-space-m);
  }

  .convention {
    font-weight: 600;
  }

  /* A reminder of the guides: a rule in the warning colour and a title, not colour alone. */
  .note {
    max-width: 70ch;
    padding: var(--_habil-space-s) var(--_habil-space-m);
    border-inline-start: 4px solid var(--_habil-warning);
    border-radius: var(--_habil-radius);
    background: var(--_habil-surface-sunken);
  }

  .note p {
    margin: 0;
  }

  .note .note-heading {
    margin-block-end: var(--_habil-space-xs);
    font-weight: 700;
  }

  .note.read-only {
    border-inline-start-color: var(--_habil-border);
  }

  /* After the user revoked his own delegation, in place of the section he managed. */
  .self-revoked {
    max-width: 70ch;
    margin-block: 0 var(--_habil-space-m);
    padding: var(--_habil-space-s) var(--_habil-space-m);
    border: 1px solid var(--_habil-border);
    border-inline-start: 4px solid var(--_habil-accent);
    border-radius: var(--_habil-radius);
  }

  .self-revoked p {
    margin: 0;
  }

  .count {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_habil-space-xs) var(--_habil-space-m);
    font-weight: 600;
  }

  .count .limit {
    padding-inline-start: var(--_habil-space-s);
    border-inline-start: 4px solid var(--_habil-warning);
    font-weight: 400;
  }

  .filter {
    flex: 0 1 44rem;
    min-width: min(100%, 16rem);
  }

  /* ---- the panel where a person is chosen ---- */

  .flow {
    padding: var(--_habil-space-m);
    border: 1px solid var(--_habil-border);
    border-inline-start: 4px solid var(--_habil-accent);
    border-radius: var(--_habil-radius-large);
    background: var(--_habil-surface-raised);
  }

  @media (max-width: 30rem) {
    .flow {
      padding: var(--_habil-space-s);
    }
  }

  .flow-header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_habil-space-s);
    margin-block-end: var(--_habil-space-s);
  }

  .flow-header h3 {
    margin: 0;
    font-size: var(--_habil-font-size);
    font-weight: 700;
  }

  .flow-header h3:focus {
    outline: none;
  }

  .flow-header h3:focus-visible {
    outline: 2px solid var(--_habil-focus);
  }

  .flow-actions {
    margin-block-end: var(--_habil-space-s);
  }

  .guide {
    max-width: 70ch;
    margin-block: 0 var(--_habil-space-m);
  }

  .flow .note {
    margin-block-end: var(--_habil-space-m);
  }

  /* ---- the last change ---- */

  .last-change .note {
    margin-block: var(--_habil-space-s) 0;
  }
`;

/** Adds the parts' styles to the widget's shadow root (once, whichever part comes first). */
export function addSectionPartStyles(host: Element): void {
  addPartStyles(host.shadowRoot, [sectionPartStyles]);
}
