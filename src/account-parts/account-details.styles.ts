import { css } from 'lit';

export const accountDetailsStyles = css`
  .busy[aria-busy='true'] > :not(.loading) {
    opacity: 0.6;
  }

  .loading {
    margin: 0 0 var(--_habil-space-m);
    color: var(--_habil-text-muted);
  }

  h3 {
    margin: var(--_habil-space-l) 0 var(--_habil-space-s);
    padding-block-end: var(--_habil-space-xs);
    border-bottom: 2px solid var(--_habil-highlight);
    font-size: var(--_habil-font-size-large);
    line-height: 1.3;
  }

  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_habil-space-s);
    margin-block-end: var(--_habil-space-m);
  }

  .badge {
    display: inline-block;
    padding: 0 var(--_habil-space-s);
    border: 1px solid var(--_habil-border);
    border-radius: 999px;
    font-size: var(--_habil-font-size-small);
    font-weight: 600;
  }

  .badge.status-actif,
  .badge.status-ouvert {
    border-color: var(--_habil-success);
    color: var(--_habil-success);
  }

  .badge.status-inactif,
  .badge.status-cloture {
    border-color: var(--_habil-warning);
    color: var(--_habil-warning);
  }

  .badge.status-supprime {
    border-color: var(--_habil-danger);
    color: var(--_habil-danger);
  }

  .badge.add {
    border-color: var(--_habil-accent);
    background: var(--_habil-accent);
    color: var(--_habil-accent-contrast);
  }

  abbr {
    text-decoration: none;
  }

  .identity {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 18rem), 1fr));
    gap: var(--_habil-space-s) var(--_habil-space-l);
    margin: 0;
  }

  dt {
    color: var(--_habil-text-muted);
    font-size: var(--_habil-font-size-small);
  }

  dd {
    margin: 0;
    overflow-wrap: break-word;
  }

  .scroll {
    overflow-x: auto;
  }

  /* The kit's table (ui/styles/table.styles.ts), its rows closer. */
  th,
  td {
    padding-block: var(--_habil-space-xs);
    vertical-align: top;
  }

  thead th {
    font-weight: 600;
  }

  tbody th {
    font-weight: 400;
  }

  tr.application th {
    padding-block-start: var(--_habil-space-s);
    border-bottom-color: var(--_habil-border);
    font-weight: 700;
  }

  /* Roles sit under their application. */
  tr:not(.application) > th[scope='row'] {
    padding-inline-start: var(--_habil-space-l);
  }

  [part='history'] th[scope='row'] {
    padding-inline-start: var(--_habil-space-m);
  }

  .date,
  .actor {
    white-space: nowrap;
  }

  .changes {
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: var(--_habil-font-size-small);
  }

  .empty {
    margin: 0;
    color: var(--_habil-text-muted);
  }

  .notice {
    margin-block-end: var(--_habil-space-m);
  }
`;
