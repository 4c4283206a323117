import { css } from 'lit';

/**
 * The layout of « Historique de mes demandes » and « Mes contacts », added to the widget's shadow
 * root when either first shows (`addPartStyles`), after the widget's styles (my-access.styles.ts).
 */
export const historyContactsStyles = css`
  .secondary {
    display: block;
    color: var(--_habil-text-muted);
    font-size: var(--_habil-font-size-small);
    font-weight: 400;
  }

  /* ---- the request history ---- */

  .table-scroll {
    container-type: inline-size;
  }

  th,
  td {
    vertical-align: top;
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
    margin: 0;
    padding: 0;
    list-style: none;
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
`;
