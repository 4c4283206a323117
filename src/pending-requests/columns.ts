/**
 * The columns of the tables, as the guide lists them: those of the pending access requests, and
 * what the tables of the other tabs (secondary-columns.ts) share with them. Cells are rendered
 * inside `<habil-data-table>`'s shadow root, so they carry `part` names that the widget's styles
 * reach with `habil-data-table::part(…)`.
 */
import { html, nothing, svg } from 'lit';
import type { AccessRequest, Decision, RequestStatus } from '../domain/index.js';
import type { DataTableColumn } from '../ui/data-table/data-table.js';
import type { PendingRequestsText } from './messages.js';

/** R4: a deadline this close (in days) is highlighted. */
export const DEADLINE_CLOSE_DAYS = 2;

/**
 * An access request as a row of the table. The table labels a row's checkbox with the
 * property named by the row-header column's key (`nom`, also the sort key): here the
 * requester and the role, so that "Sélectionner …" says which request it is.
 */
export interface AccessRequestRow {
  id: string;
  nom: string;
  request: AccessRequest;
}

export function personName(person: { prenom: string; nom: string }): string {
  return `${person.prenom} ${person.nom}`;
}

export function accessRequestRow(request: AccessRequest): AccessRequestRow {
  return { id: request.id, nom: `${personName(request.requester)} – ${request.roleLabel}`, request };
}

/** Days from the server's day to the last day before tacit acceptance: 0 on the last day. */
export function daysLeft(deadline: string, today: string): number {
  return Math.round((Date.parse(`${deadline}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}

/** What the row's buttons do, whether its decision is on its way, and the status it has once decided here. */
export interface RowDecisions<Row> {
  decide(row: Row, decision: Decision): void;
  inFlight(id: string): boolean;
  decided(id: string): RequestStatus | undefined;
  /** The status of a request decided here (drawn by the code of the decisions, there once a decision was made). */
  renderStatus(status: RequestStatus): unknown;
  /** What a button says while its decision is on its way (in the words of the decisions). */
  sendingLabel(): string;
  /** The code of the decisions takes a moment to come: the buttons wait for it. */
  opening: boolean;
  /** The user reached a row's buttons: the code of the decisions may come meanwhile. */
  prefetch(): void;
}

export const WARNING_ICON = svg`<path fill="currentColor" d="M8 1l7 13H1zm-.8 4.5v4h1.6v-4zm0 5.5v1.6h1.6V11z"></path>`;

export function icon(path: ReturnType<typeof svg>, part: string) {
  return html`<svg part=${part} viewBox="0 0 16 16" aria-hidden="true" focusable="false">${path}</svg>`;
}

export function twoLines(first: string, second: string | undefined) {
  return html`<span part="line">${first}</span> ${second ? html`<span part="line secondary">${second}</span>` : nothing}`;
}

export function decisionButtons<Row extends { id: string }>(
  t: PendingRequestsText,
  row: Row,
  actions: readonly Decision[],
  spokenTarget: string,
  decisions: RowDecisions<Row>,
) {
  const decided = decisions.decided(row.id);
  if (decided) {
    // Where the focus lands once the decision is applied: a status, which Enter cannot act on.
    return html`<span part="decided" tabindex="-1" data-decided-id=${row.id}>${decisions.renderStatus(decided)}</span>`;
  }
  const busy = decisions.inFlight(row.id);
  const button = (decision: Decision, label: string, classes: string) =>
    actions.includes(decision)
      ? html`<button
          type="button"
          part="decide-button ${decision}-button"
          class="button ${classes}"
          data-request-id=${row.id}
          data-decision=${decision}
          aria-disabled=${busy || decisions.opening ? 'true' : 'false'}
          @click=${() => {
            if (!decisions.inFlight(row.id)) decisions.decide(row, decision);
          }}
        >
          ${busy ? decisions.sendingLabel() : label}<span class="visually-hidden">${spokenTarget}</span>
        </button>`
      : nothing;
  return html`<span part="decide-buttons" @focusin=${() => decisions.prefetch()} @pointerover=${() => decisions.prefetch()}>
    ${button('accept', t.msg('accept'), 'button--primary')} ${button('refuse', t.msg('refuse'), '')}
  </span>`;
}

function deadlineCell(t: PendingRequestsText, request: AccessRequest, today: string) {
  const left = daysLeft(request.deadline, today);
  const close = left <= DEADLINE_CLOSE_DAYS;
  const words = left < 0 ? t.msg('overdue') : t.msg('daysLeft', left);
  return html`<span part=${close ? 'deadline deadline-close' : 'deadline'}>
    <span part="line">${t.formatDate(request.deadline)}</span>
    <span part=${close ? 'line secondary days-left days-left-close' : 'line secondary days-left'}>
      ${close ? html`${icon(WARNING_ICON, 'deadline-icon')}<span class="visually-hidden">${t.msg('deadlineClose')} </span>` : nothing}${words}
    </span>
  </span>`;
}

export function requesterColumn(t: PendingRequestsText): DataTableColumn<AccessRequestRow> {
  return {
    key: 'nom',
    header: t.msg('colRequester'),
    sortable: true,
    rowHeader: true,
    render: ({ request }) => twoLines(`${request.requester.nom} ${request.requester.prenom}`, request.requester.emailPro),
  };
}

/** The organisme's usual name; its long name would double the width of the table for a word of context. */
export function organismeColumn(t: PendingRequestsText): DataTableColumn<AccessRequestRow> {
  return { key: 'organismeName', header: t.msg('colOrganisme'), sortable: true, render: ({ request }) => request.requester.organismeName };
}

export function roleColumn(t: PendingRequestsText): DataTableColumn<AccessRequestRow> {
  return {
    key: 'roleLabel',
    header: t.msg('colRole'),
    sortable: true,
    render: ({ request }) => twoLines(request.roleLabel, t.msg('application', request.applicationName)),
  };
}

/** The columns of the access and account tables differ in shape: each reads its request through `of`. */
export type Of<Row, Request> = (row: Row) => Request;

export function requestedAtColumn<Row>(t: PendingRequestsText, of: Of<Row, { requestedAt: string }>): DataTableColumn<Row> {
  return { key: 'requestedAt', header: t.msg('colRequestedAt'), sortable: true, render: (row) => t.formatDate(of(row).requestedAt) };
}

export const accessOf = (row: AccessRequestRow) => row.request;

/** "Demandes d'habilitations : En cours": the guide's columns, with the tacit deadline before the actions (R4). */
export function pendingAccessColumns(
  t: PendingRequestsText,
  today: string,
  decisions: RowDecisions<AccessRequestRow>,
): DataTableColumn<AccessRequestRow>[] {
  return [
    requesterColumn(t),
    { key: 'fonction', header: t.msg('colFonction'), render: ({ request }) => request.requester.fonction ?? '' },
    organismeColumn(t),
    roleColumn(t),
    requestedAtColumn(t, accessOf),
    // Once decided here, the deadline no longer applies.
    { key: 'deadline', header: t.msg('colDeadline'), render: ({ request }) => (decisions.decided(request.id) ? '' : deadlineCell(t, request, today)) },
    {
      key: 'actions',
      header: t.msg('colAction'),
      render: (row) =>
        decisionButtons(t, row, row.request.actions, t.msg('requestOf', personName(row.request.requester), row.request.roleLabel), decisions),
    },
  ];
}
