import { html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { AccessRequest, AccountRequest, Me, MeAction } from '../domain/index.js';
import { HabilElement } from '../internal/habil-element.js';
import { LazyPart } from '../internal/lazy-part.js';
import { MeController } from '../internal/me.js';
import { loadingStyles, renderLoading } from '../internal/loading-styles.js';
import { cellStyles } from '../ui/styles/cell.styles.js';
import { statusStyles } from '../ui/styles/status.styles.js';
import { LocalizeController } from '../internal/localize.js';
import { renderTabList, tabStyles } from '../internal/tabs.js';
import type { HabilConfirmDialog } from '../ui/confirm-dialog/confirm-dialog.js';
import type { HabilLiveRegion } from '../ui/live-region/live-region.js';
import { DecisionNoticeController } from './decision-notice.js';
import { DecisionsPart } from './decisions-part.js';
import { pendingRequestsMessages } from './messages.js';
import { PendingCountsController, type PendingKind } from './pending-counts.js';
import { pendingRequestsStyles } from './pending-requests.styles.js';
import { loadSecondaryTabs, renderPanel, type PanelsContext } from './panels.js';
import type { AccountRequestsView, PendingRequestsTab } from './public-types.js';
import type { HabilRefusalDialog } from './refusal-dialog.js';
import { RequestListController, type FetchPage } from './request-list.js';

export * from './public-types.js';

const TAB_ACTIONS: Record<PendingRequestsTab, MeAction> = {
  pending: 'decide-requests',
  history: 'decide-requests',
  accounts: 'decide-account-requests',
};
const TABS = Object.keys(TAB_ACTIONS) as PendingRequestsTab[];

/** The pending lists are short: one page holds a day's requests. */
const PAGE_SIZE = 25;

const fetchAccessRequests: FetchPage<AccessRequest> = (client, query, signal) => client.call('listAccessRequests', { query }, { signal });
const fetchAccountRequests: FetchPage<AccountRequest> = (client, query, signal) => client.call('listAccountRequests', { query }, { signal });

/**
 * "Demandes d'habilitations : En cours / Historique" and "Demandes de création de compte"
 * of the UCANSS administrator's guide: the requests routed to the connected administrator
 * (R3: local applications to the requester's local administrators, national ones and the
 * organismes without a local administrator to UCANSS), to accept or refuse one by one or by
 * selection, with the date of tacit acceptance of each (R4) and the history of decisions.
 *
 * Decisions are final (R5). Each decision the user makes is sent with an idempotency key,
 * kept when he retries it, so that a lost answer or a double click never grants twice; when
 * someone decided first, the widget says who and when, and the request leaves the list.
 *
 * The tab of account requests appears when the server says the person may decide them
 * (`Me.actions` has `decide-account-requests`). "Days left" count from the server's day
 * (`Me.today`), not the browser's. The events of the table, dialogs and alerts inside stay
 * inside: the page hears only the widget's own.
 *
 * @tag habil-pending-requests
 *
 * @fires habil-request-decided - The server applied an access request decision the user made: `detail: { request, decision, reason? }`. A decision on a selection fires one event per request the server accepted the decision for, as its chunk is answered.
 * @fires habil-account-request-decided - The server applied an account request decision the user made: `detail: { request, decision, reason?, accountId? }` (`accountId`: the account created by an acceptance).
 * @fires habil-pending-count - The number of requests waiting for this person changed (also when it is first known), for a menu badge: `detail: { count, accessRequests, accountRequests }`.
 *
 * @csspart tabs - The tab list.
 * @csspart tab - Each tab (with `tab-selected` on the selected one).
 * @csspart tab-count - The number of pending requests on a tab.
 * @csspart panel - Each tab panel.
 * @csspart status-message - The confirmation of the last decision (a visible live region).
 * @csspart hint - The reminder of the 10-day rule.
 * @csspart toolbar - The search box and the actions on the selection.
 * @csspart bulk-actions - The actions on the selection.
 * @csspart filters - The history's filters.
 * @csspart view-switch - The "En cours / Historique" choice of account requests.
 * @csspart notice - What went wrong with the last decision (a `habil-alert`).
 * @csspart report - The progress and result of a decision on a selection.
 * @csspart progress - The `<progress>` of a decision on a selection.
 * @csspart heading - The title of each tab panel (the caption of its table, shown outside the table so that it stays in view when the table scrolls sideways).
 * @csspart table - Each `habil-data-table`.
 * @csspart decide-button - Each "Accepter" and "Refuser" button of a row (with `accept-button` or `refuse-button`).
 * @csspart accept-button - A row's "Accepter".
 * @csspart refuse-button - A row's "Refuser".
 * @csspart decided - The status that replaces a row's buttons once the user's decision is applied (it takes the focus); the row stays until the list is read again.
 * @csspart deadline - The tacit-acceptance deadline of a pending request (with `deadline-close` two days away or less).
 * @csspart deadline-close - A deadline two days away or less.
 * @csspart loading - What is shown while the widget asks the server who is connected.
 *
 * @cssprop [--habil-color-warning] - The mark of a deadline two days away or less, and of external accounts.
 * @cssprop [--habil-color-success] - Accepted requests and the confirmation of a decision.
 * @cssprop [--habil-color-danger] - Refused requests.
 */
export class HabilPendingRequests extends HabilElement {
  static override styles = [HabilElement.styles, tabStyles, loadingStyles, statusStyles, cellStyles, pendingRequestsStyles];

  /** The tab shown. A tab the person may not see falls back to the first one he may. */
  @property({ reflect: true })
  tab: PendingRequestsTab = 'pending';

  /** What the account requests tab shows: the pending ones or the history. */
  @property({ attribute: 'account-view', reflect: true })
  accountView: AccountRequestsView = 'pending';

  @state()
  private announced = false;

  @query('habil-confirm-dialog')
  private confirmDialog!: HabilConfirmDialog;

  @query('habil-refusal-dialog')
  private refusalDialog!: HabilRefusalDialog;

  @query('habil-live-region')
  private liveRegion!: HabilLiveRegion;

  private readonly t = new LocalizeController(this, pendingRequestsMessages);

  /** Who is connected: his tabs, his day. The one `GET /me` of the widget, handed down to the parts that need it. */
  private readonly meSource = new MeController(this, () => this.api);

  private readonly counts = new PendingCountsController(this, {
    client: () => this.api,
    me: () => this.me,
    changed: (counts) => this.emit('habil-pending-count', counts),
  });

  private readonly pendingAccess = this.requestList('pending', 'accessRequests', fetchAccessRequests, () => this.shownTab === 'pending');
  private readonly decidedAccess = this.requestList('decided', 'accessRequests', fetchAccessRequests, () => this.shownTab === 'history');
  private readonly pendingAccounts = this.requestList('pending', 'accountRequests', fetchAccountRequests, () => this.shownTab === 'accounts' && this.accountView === 'pending');
  private readonly decidedAccounts = this.requestList('decided', 'accountRequests', fetchAccountRequests, () => this.shownTab === 'accounts' && this.accountView === 'history');

  private readonly notice = new DecisionNoticeController(this);

  /** Accepting and refusing: their code comes with the first decision, or when the user is about to make one. */
  private readonly decisions = new DecisionsPart(this, {
    client: () => this.api,
    dialogs: () => ({ confirm: this.confirmDialog, refusal: this.refusalDialog }),
    notice: this.notice,
    counts: this.counts,
    announce: (text: string) => this.announce(text),
    pendingAccess: this.pendingAccess,
    pendingAccounts: this.pendingAccounts,
    accessDecided: (detail) => this.emit('habil-request-decided', detail),
    accountDecided: (detail) => this.emit('habil-account-request-decided', detail),
  });

  /** The history and the account requests: their code comes when one of them is first shown, or when the user reaches the tabs. */
  private readonly secondaryTabs = new LazyPart(this, () => loadSecondaryTabs(this));

  /**
   * A list of the widget: pending ones closest to tacit acceptance first, decided ones latest
   * decision first. The counts follow what each list read (R4: tacit acceptance happens on the
   * server's day, whatever the widget was showing).
   */
  private requestList<Item extends { id: string }>(state: 'pending' | 'decided', kind: PendingKind, fetch: FetchPage<Item>, active: () => boolean) {
    return new RequestListController<Item>(this, {
      state,
      fetch,
      active,
      client: () => this.api,
      pageSize: PAGE_SIZE,
      loaded: (total, narrowed) => (state === 'pending' && !narrowed ? this.counts.adopt(kind, total) : this.counts.refresh()),
      ...(state === 'pending' ? { sortKey: 'requestedAt', sortDirection: 'ascending' } : { sortKey: 'decidedAt', sortDirection: 'descending' }),
    });
  }

  /**
   * The number of requests waiting for this person's decision (access and account requests),
   * once known; `habil-pending-count` says when it changes.
   */
  get pendingCount(): number | undefined {
    return this.counts.current?.count;
  }

  private get me(): Me | undefined {
    return this.meSource.value;
  }

  /** The tabs the server lets this person see. */
  private get tabs(): PendingRequestsTab[] {
    const me = this.me;
    return me ? TABS.filter((tab) => me.actions.includes(TAB_ACTIONS[tab])) : [];
  }

  private get shownTab(): PendingRequestsTab | undefined {
    const tabs = this.tabs;
    return tabs.includes(this.tab) ? this.tab : tabs[0];
  }

  private async selectTab(tab: PendingRequestsTab, focus: boolean): Promise<void> {
    if (tab !== this.shownTab) {
      this.tab = tab;
      this.notice.clear();
    }
    if (!focus) return;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#tab-${tab}`)?.focus();
  }

  private showAccountView(view: AccountRequestsView): void {
    this.accountView = view;
    this.notice.clear();
  }

  private announce(text: string): void {
    this.announced = true;
    void this.liveRegion.announce(text);
  }

  protected override render() {
    return html`
      <habil-live-region part="status-message" class=${this.announced ? 'announced' : ''} visible></habil-live-region>
      ${this.meSource.render({
        initial: () => renderLoading(this.t.msg('loadingMe')),
        pending: () => renderLoading(this.t.msg('loadingMe')),
        error: (error) => html`<habil-alert class="filled" .error=${error} retryable @habil-retry=${() => void this.meSource.retry()}></habil-alert>`,
        complete: () => this.renderTabs(),
      })}
      <habil-confirm-dialog></habil-confirm-dialog>
      <habil-refusal-dialog></habil-refusal-dialog>
    `;
  }

  private renderTabs() {
    const tabs = this.tabs;
    const shown = this.shownTab;
    if (!shown) {
      return html`<habil-alert class="filled" variant="warning" heading=${this.t.msg('forbiddenHeading')}>${this.t.msg('forbidden')}</habil-alert>`;
    }
    const labels: Record<PendingRequestsTab, string> = {
      pending: this.t.msg('tabPending'),
      history: this.t.msg('tabHistory'),
      accounts: this.t.msg('tabAccounts'),
    };
    const countOf: Partial<Record<PendingRequestsTab, number>> = {
      pending: this.counts.current?.accessRequests,
      accounts: this.counts.current?.accountRequests,
    };
    // Reaching the tabs (focus or pointer) brings the code of the other tabs.
    const prefetch = () => {
      if (tabs.length > 1) this.secondaryTabs.prefetch();
    };
    return html`
      <div class="tab-bar" @focusin=${prefetch} @pointerover=${prefetch}>
        ${renderTabList({
          tabs,
          selected: shown,
          label: this.t.msg('tabs'),
          select: (tab, byKeyboard) => void this.selectTab(tab, byKeyboard),
          content: (tab) => {
            const count = countOf[tab];
            return html`<span>${labels[tab]}</span>
              ${count
                ? html`<span part="tab-count" class="count" aria-hidden="true">${this.t.formatNumber(count)}</span
                    ><span class="visually-hidden"> (${this.t.msg('tabCount', this.t.formatNumber(count))})</span>`
                : nothing}`;
          },
        })}
      </div>
      ${tabs.map(
        (tab) => html`<div role="tabpanel" id="panel-${tab}" part="panel" class="panel" aria-labelledby="tab-${tab}" ?hidden=${tab !== shown}>
          ${tab === shown ? renderPanel(tab, this.panelsContext()) : nothing}
        </div>`,
      )}
    `;
  }

  private panelsContext(): PanelsContext {
    return {
      t: this.t,
      today: this.me!.today,
      pendingAccess: this.pendingAccess,
      decidedAccess: this.decidedAccess,
      pendingAccounts: this.pendingAccounts,
      decidedAccounts: this.decidedAccounts,
      decisions: this.decisions,
      notice: this.notice,
      accountView: this.accountView,
      showAccountView: (view: AccountRequestsView) => this.showAccountView(view),
      secondaryTabs: this.secondaryTabs,
    };
  }
}
