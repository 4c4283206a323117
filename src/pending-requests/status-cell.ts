/**
 * The status of a decided request (its sign and its word, and where a row decided here shows it
 * in place of its buttons), drawn only once a decision was made
 * here (decisions.ts) or in the tables of the other tabs (secondary-tabs.ts): it comes with
 * their code, and its styles with the first of them (`addStatusStyles`).
 */
import { css, html, svg } from 'lit';
import type { Lang, RequestStatus } from '../domain/index.js';
import { REQUEST_STATUS_LABELS } from '../domain/index.js';
import { addPartStyles } from '../internal/part-styles.js';
import { icon } from './columns.js';

const STATUS_ICONS: Record<RequestStatus, ReturnType<typeof svg>> = {
  acceptee: svg`<path fill="currentColor" d="M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1zm3.2 4.4l1.1 1.1L7 11.8 3.7 8.5l1.1-1.1L7 9.6z"></path>`,
  acceptee_tacitement: svg`<path fill="currentColor" d="M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1zm0 1.6a5.4 5.4 0 1 1 0 10.8A5.4 5.4 0 0 1 8 2.6zM7.2 4v4.4l3.3 2 .8-1.3-2.5-1.5V4z"></path>`,
  refusee: svg`<path fill="currentColor" d="M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1zM5.2 4.1L8 6.9l2.8-2.8 1.1 1.1L9.1 8l2.8 2.8-1.1 1.1L8 9.1l-2.8 2.8-1.1-1.1L6.9 8 4.1 5.2z"></path>`,
  en_attente: svg`<path fill="currentColor" d="M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1zm-.8 3h1.6v4.4l2.6 1.6-.8 1.3-3.4-2z"></path>`,
};

export function statusCell(lang: Lang, status: RequestStatus) {
  return html`<span part="status status-${status}">${icon(STATUS_ICONS[status], 'status-icon')}${REQUEST_STATUS_LABELS[status][lang]}</span>`;
}

/** Cells are rendered inside `<habil-data-table>`: the widget reaches them by their parts. */
const statusStyles = css`
  /* Once decided here, the row says so in place of its buttons; the focus lands on it. */
  habil-data-table::part(decided) {
    display: inline-block;
    padding: var(--_habil-space-xs) 0;
    font-weight: 600;
  }

  habil-data-table::part(status) {
    white-space: nowrap;
  }

  habil-data-table::part(status-acceptee) {
    color: var(--_habil-success);
  }

  habil-data-table::part(status-acceptee_tacitement) {
    color: var(--_habil-success);
  }

  habil-data-table::part(status-refusee) {
    color: var(--_habil-danger);
  }
`;

/** Adds the styles of the statuses to the widget's shadow root (the decisions and the other tabs both draw statuses: once). */
export function addStatusStyles(host: Element): void {
  addPartStyles(host.shadowRoot, [statusStyles]);
}
