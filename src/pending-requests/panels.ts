/**
 * The tab panels, rendered in the widget's shadow root: the pending access requests (with the
 * actions on the selection and their report) here; their history and the account requests
 * (pending or history) in secondary-tabs.ts, loaded the first time one of them is shown, or
 * before when the user reaches the tabs. Each list's search, filters, error and table are drawn
 * from its {@link RequestListController}.
 */
import { html, type ReactiveControllerHost } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { AccessRequest, AccountRequest, Decision, RequestSortField } from '../domain/index.js';
import type { LazyPart } from '../internal/lazy-part.js';
import { renderPart } from '../internal/lazy-part-view.js';
import { renderLoading } from '../internal/loading-styles.js';
import type { DataTableColumn, PageChangeDetail, SelectionChangeDetail, SortChangeDetail } from '../ui/data-table/data-table.js';
import type { HabilField } from '../ui/field/field.js';
import { accessRequestRow, pendingAccessColumns, type AccessRequestRow } from './columns.js';
import type { DecisionNoticeController } from './decision-notice.js';
import type { DecisionsPart } from './decisions-part.js';
import type { PendingRequestsText } from './messages.js';
import { partWords } from '../internal/localize.js';
import { addPartStyles } from '../internal/part-styles.js';
import type { AccountRequestsView, PendingRequestsTab } from './public-types.js';
import type { RequestListController } from './request-list.js';

/** Everything the panels show and act on, from the host. */
export interface PanelsContext {
  t: PendingRequestsText;
  /** The server's day (`Me.today`): "days left" count from it. */
  today: string;
  pendingAccess: RequestListController<AccessRequest>;
  decidedAccess: RequestListController<AccessRequest>;
  pendingAccounts: RequestListController<AccountRequest>;
  decidedAccounts: RequestListController<AccountRequest>;
  decisions: DecisionsPart;
  notice: DecisionNoticeController;
  accountView: AccountRequestsView;
  showAccountView: (view: AccountRequestsView) => void;
  /** The code of the other tabs ({@link loadSecondaryTabs}). */
  secondaryTabs: LazyPart<SecondaryTab>;
}

/** Draws the panel of a tab that the first screen does not show. */
export type SecondaryTab = (tab: Exclude<PendingRequestsTab, 'pending'>, context: PanelsContext) => unknown;

/** The code of the history and of the account requests, with their words in the host's language and their styles. */
export async function loadSecondaryTabs(host: ReactiveControllerHost & Element): Promise<SecondaryTab> {
  const code = await import('./secondary-tabs.js');
  const words = await partWords(host, code.secondaryTabMessages);
  if (host.shadowRoot) addPartStyles(host.shadowRoot, code.secondaryTabStyles);
  code.addStatusStyles(host);
  return (tab, context) => code.renderSecondaryTab(tab, context, words);
}

export type AnyList = RequestListController<{ id: string }>;

/** Why the list did not load. The table is hidden meanwhile: empty, it would claim that nothing is pending. */
export function renderListError(t: PendingRequestsText, list: AnyList) {
  return html`<habil-alert
    class=${list.error ? 'filled' : ''}
    .error=${list.error}
    retryable
    retry-label=${t.msg('listErrorRetry')}
    @habil-retry=${() => void list.reload()}
  ></habil-alert>`;
}

export function renderSearch(t: PendingRequestsText, list: AnyList, hint: string) {
  return html`<habil-field
    class="search"
    type="search"
    label=${t.msg('search')}
    hint=${hint}
    .value=${list.searchText}
    @input=${(event: Event) => list.search((event.target as HabilField).value)}
  ></habil-field>`;
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
  /** The user changed the selection. */
  selected?: () => void;
}

/**
 * A list's table; its sort, paging and selection go to the list. Reloaded after a decision, it
 * stays quiet: the widget's live region says what the decision came to.
 */
export function renderTable<Row extends { id: string }>({ list, caption, columns, rows, empty, exportparts, selectable = false, selected }: TableOptions<Row>) {
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
    @habil-selection-change=${(event: CustomEvent<SelectionChangeDetail>) => {
      list.select(event.detail.selected, event.detail.all);
      selected?.();
    }}
  >
    <span slot="empty">${empty}</span>
  </habil-data-table>`;
}

/** "Accepter la sélection", "Refuser la sélection", and how many are selected (spoken when the user changed the selection). */
function renderBulkActions(t: PendingRequestsText, list: RequestListController<AccessRequest>, decisions: DecisionsPart) {
  const count = list.selectionSize;
  const n = t.formatNumber(count);
  const disabled = count === 0 || decisions.bulkBusy || decisions.opening;
  const selection = count === 0 ? t.msg('selectionNone') : list.allSelected ? t.msg('selectionAll', n, count) : t.msg('selection', n, count);
  // One of the two is read: the live copy while it holds what the user just chose, otherwise the count shown.
  const spoken = list.selectionChangedByUser;
  const button = (decision: Decision, label: string, classes: string) =>
    html`<button
      type="button"
      class=${classes}
      aria-disabled=${disabled ? 'true' : 'false'}
      @click=${() => {
        if (!disabled) void decisions.decideSelection(decision);
      }}
    >
      ${label}
    </button>`;
  return html`<div
    part="bulk-actions"
    class="bulk-actions"
    role="group"
    aria-label=${t.msg('bulkActions')}
    @focusin=${() => decisions.prefetch()}
    @pointerover=${() => decisions.prefetch()}
  >
    <span class="selection-count" aria-hidden=${spoken ? 'true' : 'false'}>${selection}</span>
    <span class="selection-spoken visually-hidden" aria-live="polite">${spoken ? selection : ''}</span>
    ${button('accept', t.msg('acceptSelection'), 'button button--primary')} ${button('refuse', t.msg('refuseSelection'), 'button')}
  </div>`;
}

function renderPendingAccess(context: PanelsContext) {
  const { t, pendingAccess: list, decisions } = context;
  const columns = pendingAccessColumns(
    t,
    context.today,
    decisions.rows('access', list, (row: AccessRequestRow, decision) => decisions.decideAccess(row.request, decision)),
  );
  return html`
    <h2 class="heading" part="heading">${t.msg('captionPending')}</h2>
    <p part="hint" class="hint">${t.msg('tacitHint')}</p>
    <div part="toolbar" class="toolbar">${renderSearch(t, list, t.msg('searchHint'))} ${renderBulkActions(t, list, decisions)}</div>
    ${context.notice.render()} ${decisions.renderReport()} ${renderListError(t, list)}
    ${renderTable({
      list,
      caption: t.msg('captionPending'),
      columns,
      rows: list.rows.map(accessRequestRow),
      empty: t.msg('emptyPending'),
      exportparts: 'decide-button, accept-button, refuse-button, decided, deadline, deadline-close',
      selectable: true,
      selected: () => decisions.prefetch(),
    })}
  `;
}

/** The panel of a tab; until the code of the other tabs is there, the widget's loading state. */
export function renderPanel(tab: PendingRequestsTab, context: PanelsContext): unknown {
  if (tab === 'pending') return renderPendingAccess(context);
  return renderPart(
    context.secondaryTabs,
    (render) => render(tab, context),
    () => renderLoading(context.t.msg('loadingMe')),
  );
}
