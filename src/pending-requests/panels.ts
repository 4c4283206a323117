/**
 * The three tab panels, rendered in the widget's shadow root: the pending access requests
 * (with the actions on the selection and their report), their history, and the account
 * requests (pending or history). Each list's search, filters, error and table are drawn here
 * from its {@link RequestListController}.
 */
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { AccessRequest, AccountRequest, RequestSortField, RequestStatus } from '../domain/index.js';
import { REQUEST_STATUS_LABELS } from '../domain/index.js';
import type { DataTableColumn, PageChangeDetail, SelectionChangeDetail, SortChangeDetail } from '../ui/data-table/data-table.js';
import type { HabilField } from '../ui/field/field.js';
import type { BulkDecisionController } from './bulk-decision.js';
import { renderBulkActions, renderBulkReport } from './bulk-report.js';
import {
  accessRequestRow,
  decidedAccessColumns,
  decidedAccountColumns,
  pendingAccessColumns,
  pendingAccountColumns,
  type AccessRequestRow,
} from './columns.js';
import type { DecidedAccountRequest } from './decision-kinds.js';
import type { DecisionNoticeController } from './decision-notice.js';
import type { PendingRequestsText } from './messages.js';
import type { AccountRequestsView, PendingRequestsTab } from './public-types.js';
import type { RequestListController } from './request-list.js';
import type { SingleDecisionController } from './single-decision.js';

const HISTORY_STATUSES: RequestStatus[] = ['acceptee', 'refusee', 'acceptee_tacitement'];

/** Everything the panels show and act on, from the host. */
export interface PanelsContext {
  t: PendingRequestsText;
  /** The server's day (`Me.today`): "days left" count from it. */
  today: string;
  pendingAccess: RequestListController<AccessRequest>;
  decidedAccess: RequestListController<AccessRequest>;
  pendingAccounts: RequestListController<AccountRequest>;
  decidedAccounts: RequestListController<AccountRequest>;
  accessDecisions: SingleDecisionController<AccessRequest, AccessRequest>;
  accountDecisions: SingleDecisionController<AccountRequest, DecidedAccountRequest>;
  bulk: BulkDecisionController;
  notice: DecisionNoticeController;
  accountView: AccountRequestsView;
  showAccountView: (view: AccountRequestsView) => void;
}

type AnyList = RequestListController<{ id: string }>;

/** Why the list did not load. The table is hidden meanwhile: empty, it would claim that nothing is pending. */
function renderListError(t: PendingRequestsText, list: AnyList) {
  return html`<habil-alert
    class=${list.error ? 'filled' : ''}
    .error=${list.error}
    retryable
    retry-label=${t.msg('listErrorRetry')}
    @habil-retry=${() => void list.reload()}
  ></habil-alert>`;
}

function renderSearch(t: PendingRequestsText, list: AnyList, hint: string) {
  return html`<habil-field
    class="search"
    type="search"
    label=${t.msg('search')}
    hint=${hint}
    .value=${list.searchText}
    @input=${(event: Event) => list.search((event.target as HabilField).value)}
  ></habil-field>`;
}

function renderHistoryFilters(t: PendingRequestsText, list: AnyList, searchHint: string) {
  const statusOptions = HISTORY_STATUSES.map((status) => ({ value: status, label: REQUEST_STATUS_LABELS[status][t.lang] }));
  const dates = (event: Event) => {
    const root = (event.currentTarget as Element).getRootNode() as ParentNode;
    const field = (id: string) => root.querySelector<HabilField>(`#${id}`)?.value ?? '';
    list.filterDates(field('decided-from'), field('decided-to'));
  };
  return html`<fieldset part="filters" class="filters">
    <legend class="visually-hidden">${t.msg('filters')}</legend>
    ${renderSearch(t, list, searchHint)}
    <habil-field
      type="select"
      label=${t.msg('filterStatus')}
      empty-option-label=${t.msg('filterAll')}
      .options=${statusOptions}
      .value=${list.query.status}
      @change=${(event: Event) => list.filterStatus((event.target as HabilField).value as RequestStatus | '')}
    ></habil-field>
    <habil-field id="decided-from" type="date" label=${t.msg('filterFrom')} .value=${list.fromDraft} @change=${dates}></habil-field>
    <habil-field
      id="decided-to"
      type="date"
      label=${t.msg('filterTo')}
      .value=${list.toDraft}
      error=${list.datesInvalid ? t.msg('dateOrder') : ''}
      @change=${dates}
    ></habil-field>
  </fieldset>`;
}

interface TableOptions<Row extends object> {
  list: AnyList;
  caption: string;
  columns: DataTableColumn<Row>[];
  rows: readonly Row[];
  empty: string;
  /** The parts of the cells that the widget passes on as its own. */
  exportparts?: string;
  /** Rows can be selected (for the actions on the selection); not those decided a moment ago. */
  selectable?: boolean;
}

/**
 * A list's table; its sort, paging and selection go to the list. Reloaded after a decision, it
 * stays quiet: the widget's live region says what the decision came to.
 */
function renderTable<Row extends { id: string }>({ list, caption, columns, rows, empty, exportparts, selectable = false }: TableOptions<Row>) {
  // lit-analyzer cannot match a type parameter with the table's own: it checks rows as plain objects.
  const tableRows: readonly object[] = rows;
  const rowSelectable = (row: object) => list.settledStatus((row as Row).id) === undefined;
  return html`<habil-data-table
    part="table"
    exportparts=${ifDefined(exportparts)}
    caption=${caption}
    caption-hidden
    .columns=${columns}
    .rows=${tableRows}
    .total=${list.total}
    .page=${list.query.page}
    .pageSize=${list.query.pageSize}
    .sortKey=${list.query.sort.key}
    .sortDirection=${list.query.sort.direction}
    .selected=${list.selected}
    .allSelected=${list.allSelected}
    ?selectable=${selectable}
    .rowSelectable=${rowSelectable}
    ?loading=${list.loading}
    ?quiet=${list.quiet}
    ?hidden=${list.error !== undefined}
    @habil-sort-change=${(event: CustomEvent<SortChangeDetail>) => list.sortBy({ key: event.detail.key as RequestSortField, direction: event.detail.direction })}
    @habil-page-change=${(event: CustomEvent<PageChangeDetail>) => list.goTo(event.detail.page, event.detail.pageSize)}
    @habil-selection-change=${(event: CustomEvent<SelectionChangeDetail>) => list.select(event.detail.selected, event.detail.all)}
  >
    <span slot="empty">${empty}</span>
  </habil-data-table>`;
}

function renderPendingAccess(context: PanelsContext) {
  const { t, pendingAccess: list, accessDecisions: decisions } = context;
  const columns = pendingAccessColumns(t, context.today, {
    decide: (row: AccessRequestRow, decision) => void decisions.decide(row.request, decision),
    inFlight: (id) => decisions.inFlight(id),
    decided: (id) => list.settledStatus(id),
  });
  return html`
    <h2 class="heading" part="heading">${t.msg('captionPending')}</h2>
    <p part="hint" class="hint">${t.msg('tacitHint')}</p>
    <div part="toolbar" class="toolbar">${renderSearch(t, list, t.msg('searchHint'))} ${renderBulkActions(t, list, context.bulk)}</div>
    ${context.notice.render()} ${renderBulkReport(t, context.bulk)} ${renderListError(t, list)}
    ${renderTable({
      list,
      caption: t.msg('captionPending'),
      columns,
      rows: list.rows.map(accessRequestRow),
      empty: t.msg('emptyPending'),
      exportparts: 'decide-button, accept-button, refuse-button, decided, deadline, deadline-close',
      selectable: true,
    })}
  `;
}

function renderDecidedAccess({ t, decidedAccess: list }: PanelsContext) {
  return html`
    <h2 class="heading" part="heading">${t.msg('captionHistory')}</h2>
    ${renderHistoryFilters(t, list, t.msg('searchHint'))} ${renderListError(t, list)}
    ${renderTable({
      list,
      caption: t.msg('captionHistory'),
      columns: decidedAccessColumns(t),
      rows: list.rows.map(accessRequestRow),
      empty: t.msg('emptyHistory'),
    })}
  `;
}

function renderAccounts(context: PanelsContext) {
  const { t, accountView: view, accountDecisions: decisions } = context;
  const pending = view === 'pending';
  const list = pending ? context.pendingAccounts : context.decidedAccounts;
  const caption = t.msg(pending ? 'captionAccountsPending' : 'captionAccountsHistory');
  const columns = pending
    ? pendingAccountColumns(t, {
        decide: (request, decision) => void decisions.decide(request, decision),
        inFlight: (id) => decisions.inFlight(id),
        decided: (id) => list.settledStatus(id),
      })
    : decidedAccountColumns(t);
  const choice = (value: AccountRequestsView, label: string) =>
    html`<label class="choice">
      <input type="radio" name="account-view" value=${value} .checked=${view === value} @change=${() => context.showAccountView(value)} />
      ${label}
    </label>`;
  return html`
    <h2 class="heading" part="heading">${caption}</h2>
    <fieldset part="view-switch" class="view-switch">
      <legend>${t.msg('show')}</legend>
      ${choice('pending', t.msg('showPending'))} ${choice('history', t.msg('showHistory'))}
    </fieldset>
    ${pending
      ? html`<div part="toolbar" class="toolbar">${renderSearch(t, list, t.msg('searchAccountsHint'))}</div>`
      : renderHistoryFilters(t, list, t.msg('searchAccountsHint'))}
    ${context.notice.render()} ${renderListError(t, list)}
    ${renderTable({
      list,
      caption,
      columns,
      rows: list.rows,
      empty: t.msg(pending ? 'emptyAccountsPending' : 'emptyAccountsHistory'),
      exportparts: 'decide-button, accept-button, refuse-button, decided',
    })}
  `;
}

/** The panel of a tab. */
export function renderPanel(tab: PendingRequestsTab, context: PanelsContext): TemplateResult {
  if (tab === 'pending') return renderPendingAccess(context);
  if (tab === 'history') return renderDecidedAccess(context);
  return renderAccounts(context);
}
