import { css } from 'lit';
import { movingBarStyles } from '../../internal/loading-styles.js';
import { spreadRowStyles } from '../styles/toolbar.styles.js';

export const dataTableStyles = css`
  /* A panel of its own: the caption and paging stay readable whatever the page behind. */
  :host {
    background: var(--_habil-surface);
  }

  .scroll {
    position: relative;
    overflow-x: auto;
  }

  .scroll:focus-visible {
    outline: 3px solid var(--_habil-focus);
    outline-offset: 2px;
  }

  /* Rows stay at full contrast while loading: a moving bar says the page is busy. */
  .loading-bar {
    height: 3px;
  }

  ${movingBarStyles('.loading-bar.active')}

  table[aria-busy='true'] {
    cursor: progress;
  }

  caption {
    font-size: var(--_habil-font-size-large);
  }

  th,
  td {
    vertical-align: middle;
  }

  th {
    font-weight: 600;
  }

  .end {
    text-align: end;
  }

  .select {
    width: 1%;
    white-space: nowrap;
  }

  input[type='checkbox'] {
    width: 1.125rem;
    height: 1.125rem;
    margin: 0;
    accent-color: var(--_habil-accent);
    cursor: pointer;
  }

  .select-all {
    display: inline-flex;
    align-items: center;
    gap: var(--_habil-space-xs);
    cursor: pointer;
  }

  tr.selected > * {
    background: var(--_habil-selected);
  }

  tr.selected > :first-child {
    box-shadow: inset 4px 0 0 var(--_habil-highlight);
  }

  .sort {
    display: inline-flex;
    align-items: center;
    gap: var(--_habil-space-xs);
    margin: calc(-1 * var(--_habil-space-xs));
    padding: var(--_habil-space-xs);
    border: 0;
    border-radius: var(--_habil-radius);
    background: none;
    color: inherit;
    font: inherit;
    cursor: pointer;
  }

  .sort:hover span {
    text-decoration: underline;
  }

  .end .sort {
    flex-direction: row-reverse;
  }

  .sort-icon {
    width: 1rem;
    height: 1rem;
    flex: none;
    color: var(--_habil-text-muted);
  }

  .sort-icon.active {
    color: var(--_habil-accent);
  }

  .empty {
    padding-block: var(--_habil-space-l);
    text-align: center;
    color: var(--_habil-text-muted);
  }

  ${spreadRowStyles('.pagination')}

  .pagination {
    padding-block: var(--_habil-space-s);
  }

  .page-size {
    display: inline-flex;
    align-items: center;
    gap: var(--_habil-space-s);
  }

  select {
    min-height: 2.5rem;
    padding-inline: var(--_habil-space-s);
    border: 1px solid var(--_habil-border);
    border-radius: var(--_habil-radius);
    background: var(--_habil-surface);
    color: var(--_habil-text);
    font: inherit;
  }

  .range,
  .page-of {
    color: var(--_habil-text-muted);
    font-size: var(--_habil-font-size-small);
  }

  .pages {
    display: inline-flex;
    align-items: center;
    gap: var(--_habil-space-s);
  }
`;
