import { css } from 'lit';

export const myAccessStyles = css`
  /* Margins, not a flex gap: the alert and the live region stay in the page while empty, and take no room. */
  .tabs,
  .hint,
  .note,
  .empty,
  habil-alert.filled,
  habil-live-region.announced {
    margin-block: 0 var(--_habil-space-m);
  }


  .heading {
    margin: 0 0 var(--_habil-space-s);
    font-size: var(--_habil-font-size-large);
    line-height: 1.3;
  }

  .hint,
  .empty {
    max-width: 70ch;
    color: var(--_habil-text-muted);
  }

  .empty {
    padding: var(--_habil-space-m);
    border: 1px dashed var(--_habil-border);
    border-radius: var(--_habil-radius);
    color: var(--_habil-text);
  }

  .note {
    max-width: 70ch;
    padding: var(--_habil-space-s) var(--_habil-space-m);
    border-inline-start: 4px solid var(--_habil-border);
    background: var(--_habil-surface-sunken);
  }

  .secondary {
    display: block;
    color: var(--_habil-text-muted);
    font-size: var(--_habil-font-size-small);
    font-weight: 400;
  }

  a {
    color: var(--_habil-accent);
    overflow-wrap: anywhere;
  }

  /* ---- applications and their roles ---- */

  .theme h3 {
    margin: var(--_habil-space-l) 0 var(--_habil-space-s);
    padding-block-end: var(--_habil-space-xs);
    border-bottom: 2px solid var(--_habil-highlight);
    font-size: var(--_habil-font-size-large);
  }

  .applications,
  .roles,
  .contacts {
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

  .application h3,
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

  /* ---- the request history ---- */

  .table-scroll {
    container-type: inline-size;
  }

  table {
    width: 100%;
    border-collapse: collapse;
    background: var(--_habil-surface);
  }

  caption {
    padding-block: var(--_habil-space-s);
    text-align: start;
    font-weight: 600;
  }

  th,
  td {
    padding: var(--_habil-space-s) var(--_habil-space-m);
    border-bottom: 1px solid var(--_habil-divider);
    text-align: start;
    vertical-align: top;
  }

  thead th {
    background: var(--_habil-surface-sunken);
    border-bottom: 2px solid var(--_habil-highlight);
    white-space: nowrap;
  }

  .nowrap {
    white-space: nowrap;
  }

  /* On a phone, each request becomes a block (date, role, status one under the other) rather than three squeezed columns. */
  @container (max-width: 36rem) {
    thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }

    tr {
      display: grid;
      gap: var(--_habil-space-xs);
      padding-block: var(--_habil-space-s);
      border-bottom: 1px solid var(--_habil-divider);
    }

    tbody th,
    tbody td {
      padding: 0 var(--_habil-space-s);
      border: 0;
    }
  }

  .status {
    font-weight: 600;
  }

  .status--acceptee::before,
  .status--acceptee_tacitement::before {
    content: '✓ ';
    color: var(--_habil-success);
  }

  .status--refusee {
    color: var(--_habil-danger);
  }

  /* ---- contacts ---- */

  .contacts {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 18rem), 1fr));
    gap: var(--_habil-space-m);
    margin-block-end: var(--_habil-space-m);
  }

  .contact {
    display: flex;
    flex-direction: column;
    gap: var(--_habil-space-xs);
    padding: var(--_habil-space-m);
    border: 1px solid var(--_habil-divider);
    border-radius: var(--_habil-radius-large);
    background: var(--_habil-surface-raised);
  }

  .contact-name {
    font-weight: 700;
  }

  /* ---- loading and confirmation ---- */


  habil-live-region.announced::part(region) {
    padding: var(--_habil-space-s) var(--_habil-space-m);
    border: 1px solid var(--_habil-success);
    border-inline-start-width: 4px;
    border-radius: var(--_habil-radius);
    background: color-mix(in srgb, var(--_habil-success) 8%, var(--_habil-surface));
    font-weight: 600;
  }
`;
