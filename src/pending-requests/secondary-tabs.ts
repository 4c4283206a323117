/**
 * The panels the first screen does not show: the history of access requests, and the account
 * requests (pending or history). Loaded, with their words, the first time one of them is shown
 * or when the user reaches the tabs (`loadSecondaryTabs`, panels.ts).
 */
import { html } from 'lit';
import type { AccountRequest, RequestStatus } from '../domain/index.js';
import { REQUEST_STATUS_LABELS } from '../domain/index.js';
import type { HabilField } from '../ui/field/field.js';
import { accessRequestRow } from './columns.js';
import { renderListError, renderSearch, renderTable, type AnyList, type PanelsContext, type SecondaryTab } from './panels.js';
import type { AccountRequestsView } from './public-types.js';
import { decidedAccessColumns, decidedAccountColumns, pendingAccountColumns } from './secondary-columns.js';
import type { SecondaryTabText } from './secondary-tabs.messages.js';

export { secondaryTabMessages } from './secondary-tabs.messages.js';
export { secondaryTabStyles } from './secondary-tabs.styles.js';
export { addStatusStyles } from './status-cell.js';

const HISTORY_STATUSES: RequestStatus[] = ['acceptee', 'refusee', 'acceptee_tacitement'];

function renderHistoryFilters({ t }: PanelsContext, w: SecondaryTabText, list: AnyList, searchHint: string) {
  const statusOptions = HISTORY_STATUSES.map((status) => ({ value: status, label: REQUEST_STATUS_LABELS[status][w.lang] }));
  const dates = (event: Event) => {
    const root = (event.currentTarget as Element).getRootNode() as ParentNode;
    const field = (id: string) => root.querySelector<HabilField>(`#${id}`)?.value ?? '';
    list.filterDates(field('decided-from'), field('decided-to'));
  };
  return html`<fieldset part="filters" class="filters">
    <legend class="visually-hidden">${w.msg('filters')}</legend>
    ${renderSearch(t, list, searchHint)}
    <habil-field
      type="select"
      label=${w.msg('filterStatus')}
      empty-option-label=${w.msg('filterAll')}
      .options=${statusOptions}
      .value=${list.query.status}
      @change=${(event: Event) => list.filterStatus((event.target as HabilField).value as RequestStatus | '')}
    ></habil-field>
    <habil-field id="decided-from" type="date" label=${w.msg('filterFrom')} .value=${list.fromDraft} @change=${dates}></habil-field>
    <habil-field
      id="decided-to"
      type="date"
      label=${w.msg('filterTo')}
      .value=${list.toDraft}
      error=${list.datesInvalid ? w.msg('dateOrder') : ''}
      @change=${dates}
    ></habil-field>
  </fieldset>`;
}

function renderDecidedAccess(context: PanelsContext, w: SecondaryTabText) {
  const { t, decidedAccess: list } = context;
  return html`
    <h2 class="heading" part="heading">${w.msg('captionHistory')}</h2>
    ${renderHistoryFilters(context, w, list, t.msg('searchHint'))} ${renderListError(t, list)}
    ${renderTable({
      list,
      caption: w.msg('captionHistory'),
      columns: decidedAccessColumns(t, w),
      rows: list.rows.map(accessRequestRow),
      empty: w.msg('emptyHistory'),
    })}
  `;
}

function renderAccounts(context: PanelsContext, w: SecondaryTabText) {
  const { t, accountView: view, decisions } = context;
  const pending = view === 'pending';
  const list = pending ? context.pendingAccounts : context.decidedAccounts;
  const caption = w.msg(pending ? 'captionAccountsPending' : 'captionAccountsHistory');
  const columns = pending
    ? pendingAccountColumns(
        t,
        w,
        decisions.rows('account', list, (request: AccountRequest, decision) => decisions.decideAccount(request, decision)),
      )
    : decidedAccountColumns(t, w);
  const choice = (value: AccountRequestsView, label: string) =>
    html`<label class="choice">
      <input type="radio" name="account-view" value=${value} .checked=${view === value} @change=${() => context.showAccountView(value)} />
      ${label}
    </label>`;
  return html`
    <h2 class="heading" part="heading">${caption}</h2>
    <fieldset part="view-switch" class="view-switch">
      <legend>${w.msg('show')}</legend>
      ${choice('pending', w.msg('showPending'))} ${choice('history', w.msg('showHistory'))}
    </fieldset>
    ${pending
      ? html`<div part="toolbar" class="toolbar">${renderSearch(t, list, w.msg('searchAccountsHint'))}</div>`
      : renderHistoryFilters(context, w, list, w.msg('searchAccountsHint'))}
    ${context.notice.render()} ${renderListError(t, list)}
    ${renderTable({
      list,
      caption,
      columns,
      rows: list.rows,
      empty: w.msg(pending ? 'emptyAccountsPending' : 'emptyAccountsHistory'),
      exportparts: 'decide-button, accept-button, refuse-button, decided',
    })}
  `;
}

/** The panel of the history or of the account requests. */
export function renderSecondaryTab(tab: Parameters<SecondaryTab>[0], context: PanelsContext, words: SecondaryTabText): unknown {
  return tab === 'history' ? renderDecidedAccess(context, words) : renderAccounts(context, words);
}
