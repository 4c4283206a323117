/**
 * The columns of the tables the first screen does not show: the history of access requests and
 * the account requests (pending and history), loaded with their tabs (secondary-tabs.ts).
 */
import { html } from 'lit';
import type { AccessRequest, AccountRequest } from '../domain/index.js';
import type { DataTableColumn } from '../ui/data-table/data-table.js';
import {
  accessOf,
  decisionButtons,
  icon,
  organismeColumn,
  personName,
  requestedAtColumn,
  requesterColumn,
  roleColumn,
  twoLines,
  WARNING_ICON,
  type AccessRequestRow,
  type Of,
  type RowDecisions,
} from './columns.js';
import type { PendingRequestsText } from './messages.js';
import type { SecondaryTabText } from './secondary-tabs.messages.js';
import { statusCell } from './status-cell.js';

const accountOf = (row: AccountRequest) => row;

function decidedByCell(w: SecondaryTabText, request: AccessRequest | AccountRequest) {
  if (request.decidedBy) return request.decidedBy.name;
  return request.status === 'acceptee_tacitement' ? w.msg('tacitDecider') : '';
}

function decisionColumns<Row>(w: SecondaryTabText, of: Of<Row, AccessRequest | AccountRequest>): DataTableColumn<Row>[] {
  return [
    { key: 'status', header: w.msg('colStatus'), render: (row) => statusCell(w.lang, of(row).status) },
    { key: 'decidedBy', header: w.msg('colDecidedBy'), render: (row) => decidedByCell(w, of(row)) },
    {
      key: 'decidedAt',
      header: w.msg('colDecidedAt'),
      sortable: true,
      // A tacit acceptance happens on a day, at no time anyone chose: only the day is shown.
      render: (row) => (of(row).status === 'acceptee_tacitement' ? w.formatDate(of(row).decidedAt) : w.formatDateTime(of(row).decidedAt)),
    },
    { key: 'reason', header: w.msg('colReason'), render: (row) => of(row).reason ?? '' },
  ];
}

/** "Demandes d'habilitations : Historique". */
export function decidedAccessColumns(t: PendingRequestsText, w: SecondaryTabText): DataTableColumn<AccessRequestRow>[] {
  return [requesterColumn(t), organismeColumn(t), roleColumn(t), requestedAtColumn(t, accessOf), ...decisionColumns(w, accessOf)];
}

/** "Demandes de création de compte": the fields of the sign-up form, and the external-account flag (R8). */
export function pendingAccountColumns(t: PendingRequestsText, w: SecondaryTabText, decisions: RowDecisions<AccountRequest>): DataTableColumn<AccountRequest>[] {
  return [
    { key: 'civilite', header: w.msg('colCivilite') },
    { key: 'nom', header: w.msg('colNom'), sortable: true, rowHeader: true },
    { key: 'prenom', header: w.msg('colPrenom') },
    { key: 'emailPro', header: w.msg('colEmail') },
    {
      key: 'external',
      header: w.msg('colExternal'),
      render: (row) =>
        row.external
          ? html`<span part="line">${icon(WARNING_ICON, 'external-icon')}${w.msg('yes')}</span>
              <span part="line secondary">${w.msg('externalHint')}</span>`
          : w.msg('no'),
    },
    { key: 'organismeName', header: w.msg('colOrganismeShort'), sortable: true },
    requestedAtColumn(t, accountOf),
    {
      key: 'actions',
      header: t.msg('colAction'),
      render: (row) => decisionButtons(t, row, row.actions, w.msg('accountRequestOf', personName(row)), decisions),
    },
  ];
}

export function decidedAccountColumns(t: PendingRequestsText, w: SecondaryTabText): DataTableColumn<AccountRequest>[] {
  return [
    { key: 'nom', header: t.msg('colRequester'), sortable: true, rowHeader: true, render: (row) => twoLines(`${row.nom} ${row.prenom}`, row.emailPro) },
    { key: 'organismeName', header: w.msg('colOrganismeShort'), sortable: true },
    requestedAtColumn(t, accountOf),
    ...decisionColumns(w, accountOf),
  ];
}
