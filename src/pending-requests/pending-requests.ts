import { initialState, Task } from '@lit/task';
import { html, nothing, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ProblemError } from '../client/errors.js';
import type { HabilClient } from '../client/types.js';
import type { AccessRequest, AccountRequest, Decision, Me, MeAction, Problem, RequestSortField, RequestStatus } from '../domain/index.js';
import { REQUEST_STATUS_LABELS } from '../domain/index.js';
import { HabilElement } from '../internal/habil-element.js';
import { loadingStyles } from '../internal/loading-styles.js';
import { tabAfterKey, tabStyles } from '../internal/tabs.js';
import { LocalizeController } from '../internal/localize.js';
import { describeProblem } from '../internal/problem-text.js';
import type { HabilConfirmDialog } from '../ui/confirm-dialog/confirm-dialog.js';
import type { HabilDataTable, PageChangeDetail, SelectionChangeDetail, SortChangeDetail } from '../ui/data-table/data-table.js';
import type { HabilField } from '../ui/field/field.js';
import type { HabilLiveRegion } from '../ui/live-region/live-region.js';
import {
  accessRequestRow,
  decidedAccessColumns,
  decidedAccountColumns,
  pendingAccessColumns,
  pendingAccountColumns,
  personName,
  type AccessRequestRow,
} from './columns.js';
import { BulkDecision, newAttempt, type BulkRow, type DecisionAttempt } from './decisions.js';
import { pendingRequestsMessages } from './messages.js';
import { pendingRequestsStyles } from './pending-requests.styles.js';
import type { HabilRefusalDialog } from './refusal-dialog.js';
import { RequestListController, type FetchPage } from './request-list.js';

/** The tabs: "En cours" and "Historique" of access requests, and the account requests. */
export type PendingRequestsTab = 'pending' | 'history' | 'accounts';

/** What the account requests tab shows. */
export type AccountRequestsView = 'pending' | 'history';

export interface RequestDecidedDetail {
  /** The request as the user saw it when he decided (still `en_attente`). */
  request: AccessRequest;
  decision: Decision;
  /** The refusal reason, when one was given. */
  reason?: string;
}

export interface AccountRequestDecidedDetail {
  /** The account request as the user saw it when he decided (still `en_attente`). */
  request: AccountRequest;
  decision: Decision;
  reason?: string;
  /** The account created by an acceptance. */
  accountId?: string;
}

export interface PendingCountDetail {
  /** Everything waiting for this person's decision: access requests and account requests. */
  count: number;
  accessRequests: number;
  accountRequests: number;
}

declare module '../internal/events.js' {
  interface HabilEventMap {
    'habil-request-decided': CustomEvent<RequestDecidedDetail>;
    'habil-account-request-decided': CustomEvent<AccountRequestDecidedDetail>;
    'habil-pending-count': CustomEvent<PendingCountDetail>;
  }
}

const TAB_ACTIONS: Record<PendingRequestsTab, MeAction> = {
  pending: 'decide-requests',
  history: 'decide-requests',
  accounts: 'decide-account-requests',
};
const TABS = Object.keys(TAB_ACTIONS) as PendingRequestsTab[];


const HISTORY_STATUSES: RequestStatus[] = ['acceptee', 'refusee', 'acceptee_tacitement'];

/** The pending lists are short: one page holds a day's requests. */
const PAGE_SIZE = 25;

/** A refusal or a failure about a decision, shown above the table until the next one. */
interface Notice {
  variant: 'warning' | 'error';
  heading?: string;
  text: string;
  error?: unknown;
  retry?: () => void;
}

const sortKeyOf = (detail: SortChangeDetail) => detail.key as RequestSortField;

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
 * @csspart deadline - The tacit-acceptance deadline of a pending request (with `deadline-close` two days away or less).
 * @csspart deadline-close - A deadline two days away or less.
 * @csspart loading - What is shown while the widget asks the server who is connected.
 *
 * @cssprop [--habil-color-warning] - The mark of a deadline two days away or less, and of external accounts.
 * @cssprop [--habil-color-success] - Accepted requests and the confirmation of a decision.
 * @cssprop [--habil-color-danger] - Refused requests.
 */
export class HabilPendingRequests extends HabilElement {
  static override styles = [HabilElement.styles, tabStyles, loadingStyles, pendingRequestsStyles];

  /** The tab shown. A tab the person may not see falls back to the first one he may. */
  @property({ reflect: true })
  tab: PendingRequestsTab = 'pending';

  /** What the account requests tab shows: the pending ones or the history. */
  @property({ attribute: 'account-view', reflect: true })
  accountView: AccountRequestsView = 'pending';

  @state()
  private notice: Notice | undefined;

  @state()
  private bulk: BulkDecision | undefined;

  @state()
  private collectingSelection = false;

  @state()
  private announced = false;

  @query('habil-confirm-dialog')
  private confirmDialog!: HabilConfirmDialog;

  @query('habil-refusal-dialog')
  private refusalDialog!: HabilRefusalDialog;

  @query('habil-live-region')
  private liveRegion!: HabilLiveRegion;

  private readonly t = new LocalizeController(this, pendingRequestsMessages);

  /** Decisions on their way, by request id: their buttons are disabled until the answer. */
  private readonly inFlight = new Set<string>();

  /** The last decision the user asked for on a request, kept until the server answered it. */
  private readonly attempts = new Map<string, DecisionAttempt>();

  private counts: PendingCountDetail | undefined;

  private readonly meTask = new Task(this, {
    task: ([client], { signal }) => client.call('getMe', {}, { signal }),
    args: () => [this.api] as [HabilClient],
  });

  private readonly countTask = new Task(this, {
    task: async ([client, me], { signal }): Promise<PendingCountDetail | typeof initialState> => {
      if (!me) return initialState;
      const totalOf = async (action: MeAction, count: () => Promise<number>) => (me.actions.includes(action) ? count() : 0);
      const [accessRequests, accountRequests] = await Promise.all([
        totalOf('decide-requests', async () => (await client.call('listAccessRequests', { query: { state: 'pending', pageSize: 1 } }, { signal })).total),
        totalOf('decide-account-requests', async () => (await client.call('listAccountRequests', { query: { state: 'pending', pageSize: 1 } }, { signal })).total),
      ]);
      return { count: accessRequests + accountRequests, accessRequests, accountRequests };
    },
    args: () => [this.api, this.meTask.value] as [HabilClient, Me | undefined],
    onComplete: (counts) => {
      const previous = this.counts;
      this.counts = counts;
      if (previous?.count !== counts.count || previous.accessRequests !== counts.accessRequests || previous.accountRequests !== counts.accountRequests) {
        this.emit('habil-pending-count', counts);
      }
    },
  });

  private readonly pendingAccess = this.requestList('pending', fetchAccessRequests, () => this.shownTab === 'pending');
  private readonly decidedAccess = this.requestList('decided', fetchAccessRequests, () => this.shownTab === 'history');
  private readonly pendingAccounts = this.requestList('pending', fetchAccountRequests, () => this.shownTab === 'accounts' && this.accountView === 'pending');
  private readonly decidedAccounts = this.requestList('decided', fetchAccountRequests, () => this.shownTab === 'accounts' && this.accountView === 'history');

  /** A list of the widget: pending ones closest to tacit acceptance first, decided ones latest decision first. */
  private requestList<Item extends { id: string }>(state: 'pending' | 'decided', fetch: FetchPage<Item>, active: () => boolean) {
    return new RequestListController<Item>(this, {
      state,
      fetch,
      active,
      client: () => this.api,
      pageSize: PAGE_SIZE,
      ...(state === 'pending' ? { sortKey: 'requestedAt', sortDirection: 'ascending' } : { sortKey: 'decidedAt', sortDirection: 'descending' }),
    });
  }


  /**
   * The number of requests waiting for this person's decision (access and account requests),
   * once known; `habil-pending-count` says when it changes.
   */
  get pendingCount(): number | undefined {
    return this.counts?.count;
  }

  private get me(): Me | undefined {
    return this.meTask.value;
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

  // ---- tabs ------------------------------------------------------------------------------

  private async selectTab(tab: PendingRequestsTab, focus: boolean): Promise<void> {
    if (tab !== this.shownTab) {
      this.tab = tab;
      this.notice = undefined;
    }
    if (!focus) return;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#tab-${tab}`)?.focus();
  }

  /** The keys of the ARIA tab pattern: arrows move along the tabs (and wrap), Home and End go to the ends. */
  private onTabKeydown(event: KeyboardEvent): void {
    const target = tabAfterKey(this.tabs, this.shownTab!, event.key);
    if (!target) return;
    event.preventDefault();
    void this.selectTab(target, true);
  }

  private showAccountView(view: AccountRequestsView): void {
    this.accountView = view;
    this.notice = undefined;
  }

  // ---- saying what happened ---------------------------------------------------------------

  private announce(text: string): void {
    this.announced = true;
    void this.liveRegion.announce(text);
  }

  /** What the server said about a request someone decided first: who and when, or the 10-day rule. */
  private alreadyDecidedText(what: string, problem: Problem): string {
    if (problem.decision === 'acceptee_tacitement') {
      return this.t.msg('alreadyDecidedTacitly', what, problem.decidedAt ? this.t.formatDate(problem.decidedAt) : '');
    }
    if (problem.decidedBy) {
      return this.t.msg('alreadyDecidedBy', what, problem.decidedBy.name, problem.decidedAt ? this.t.formatDateTime(problem.decidedAt) : '');
    }
    return this.t.msg('alreadyDecidedUnknown', what);
  }

  /**
   * After a row left the table, focus goes where the user can go on: the same place in the
   * table (the next request's first button), else the search box. Only when the focus was
   * lost with the row: a user who moved elsewhere meanwhile keeps his place.
   */
  private async keepFocusAfterRowLeft(rowIndex: number): Promise<void> {
    await this.updateComplete;
    const table = this.renderRoot.querySelector<HabilDataTable>('habil-data-table');
    if (!table) return;
    await table.updateComplete;
    if (document.activeElement !== document.body) return;
    const rows = [...(table.shadowRoot?.querySelectorAll('tbody tr') ?? [])];
    const button = rows[Math.min(rowIndex, rows.length - 1)]?.querySelector<HTMLElement>('[data-decision]');
    (button ?? this.renderRoot.querySelector<HabilField>('habil-field'))?.focus();
  }

  private rowIndexOf(id: string): number {
    const table = this.renderRoot.querySelector<HabilDataTable>('habil-data-table');
    const button = table?.shadowRoot?.querySelector(`[data-request-id="${CSS.escape(id)}"]`);
    const rows = [...(table?.shadowRoot?.querySelectorAll('tbody tr') ?? [])];
    return Math.max(0, rows.findIndex((row) => row.contains(button ?? null)));
  }

  // ---- one decision -------------------------------------------------------------------------

  /** The attempt for this decision: the previous one when the user asks the same again (same key), else a new one. */
  private attemptFor(id: string, decision: Decision, reason?: string): DecisionAttempt {
    const previous = this.attempts.get(id);
    const wanted = newAttempt(decision, reason);
    if (previous && previous.decision === wanted.decision && previous.reason === wanted.reason) return previous;
    this.attempts.set(id, wanted);
    return wanted;
  }

  private async decideAccess(row: AccessRequestRow, decision: Decision): Promise<void> {
    const { request } = row;
    const name = personName(request.requester);
    let reason: string | undefined;
    if (decision === 'accept') {
      const confirmed = await this.confirmDialog.ask({
        heading: this.t.msg('confirmAcceptHeading', name),
        message: this.t.msg('confirmAcceptMessage', request.roleLabel, request.applicationName, name),
        confirmLabel: this.t.msg('accept'),
      });
      if (!confirmed) return;
    } else {
      const answer = await this.refusalDialog.ask({
        heading: this.t.msg('refuseHeading', name),
        message: this.t.msg('refuseMessage', request.roleLabel, request.applicationName),
      });
      if (!answer) return;
      reason = answer.reason;
    }
    await this.sendAccessDecision(request, this.attemptFor(request.id, decision, reason));
  }

  private async sendAccessDecision(request: AccessRequest, attempt: DecisionAttempt): Promise<void> {
    if (this.inFlight.has(request.id)) return;
    const name = personName(request.requester);
    const what = this.t.msg('whatAccess', name, request.roleLabel);
    this.inFlight.add(request.id);
    this.notice = undefined;
    this.requestUpdate();
    try {
      await this.api.call('decideAccessRequest', {
        params: { id: request.id },
        body: { decision: attempt.decision, ...(attempt.reason ? { reason: attempt.reason } : {}) },
        idempotencyKey: attempt.idempotencyKey,
      });
      this.attempts.delete(request.id);
      this.rowLeft(this.pendingAccess, request.id);
      this.announce(this.t.msg(attempt.decision === 'accept' ? 'accepted' : 'refused', name, request.roleLabel));
      this.emit('habil-request-decided', { request, decision: attempt.decision, ...(attempt.reason ? { reason: attempt.reason } : {}) });
    } catch (error) {
      if (error instanceof ProblemError && error.code === 'already-decided') {
        this.attempts.delete(request.id);
        this.rowLeft(this.pendingAccess, request.id);
        this.notice = { variant: 'warning', heading: this.t.msg('alreadyDecidedHeading'), text: this.alreadyDecidedText(what, error.problem) };
      } else {
        this.notice = {
          variant: 'error',
          text: this.t.msg('decisionFailed', what),
          error,
          retry: () => void this.sendAccessDecision(request, attempt),
        };
      }
    } finally {
      this.inFlight.delete(request.id);
      this.requestUpdate();
    }
  }

  private async decideAccount(request: AccountRequest, decision: Decision): Promise<void> {
    const name = personName(request);
    let reason: string | undefined;
    if (decision === 'accept') {
      const message = this.t.msg('acceptAccountMessage', request.emailPro);
      const confirmed = await this.confirmDialog.ask({
        heading: this.t.msg('acceptAccountHeading', name),
        message: request.external ? `${message} ${this.t.msg('acceptAccountExternal')}` : message,
        confirmLabel: this.t.msg('createAccount'),
      });
      if (!confirmed) return;
    } else {
      const answer = await this.refusalDialog.ask({
        heading: this.t.msg('refuseAccountHeading', name),
        message: this.t.msg('refuseAccountMessage', request.emailPro),
      });
      if (!answer) return;
      reason = answer.reason;
    }
    await this.sendAccountDecision(request, this.attemptFor(request.id, decision, reason));
  }

  private async sendAccountDecision(request: AccountRequest, attempt: DecisionAttempt): Promise<void> {
    if (this.inFlight.has(request.id)) return;
    const name = personName(request);
    const what = this.t.msg('whatAccount', name);
    this.inFlight.add(request.id);
    this.notice = undefined;
    this.requestUpdate();
    try {
      const decided = await this.api.call('decideAccountRequest', {
        params: { id: request.id },
        body: { decision: attempt.decision, ...(attempt.reason ? { reason: attempt.reason } : {}) },
        idempotencyKey: attempt.idempotencyKey,
      });
      this.attempts.delete(request.id);
      this.rowLeft(this.pendingAccounts, request.id);
      this.announce(attempt.decision === 'accept' ? this.t.msg('accountCreated', name, request.emailPro) : this.t.msg('accountRefused', name));
      this.emit('habil-account-request-decided', {
        request,
        decision: attempt.decision,
        ...(attempt.reason ? { reason: attempt.reason } : {}),
        ...(decided.accountId ? { accountId: decided.accountId } : {}),
      });
    } catch (error) {
      if (error instanceof ProblemError && error.code === 'already-decided') {
        this.attempts.delete(request.id);
        this.rowLeft(this.pendingAccounts, request.id);
        this.notice = { variant: 'warning', heading: this.t.msg('alreadyDecidedHeading'), text: this.alreadyDecidedText(what, error.problem) };
      } else if (error instanceof ProblemError && error.status < 500) {
        // A refusal such as duplicate-email (R7) stands until something changes: sending it again would not help.
        this.attempts.delete(request.id);
        this.notice = { variant: 'error', text: this.t.msg('decisionFailed', what), error };
      } else {
        this.notice = {
          variant: 'error',
          text: this.t.msg('decisionFailed', what),
          error,
          retry: () => void this.sendAccountDecision(request, attempt),
        };
      }
    } finally {
      this.inFlight.delete(request.id);
      this.requestUpdate();
    }
  }

  /** A decided request leaves its list at once; the list and the count are then read again. */
  private rowLeft<Item extends { id: string }>(list: RequestListController<Item>, id: string): void {
    const index = this.rowIndexOf(id);
    list.hide(id);
    void this.keepFocusAfterRowLeft(index);
    void list.reload();
    void this.countTask.run();
  }

  // ---- decisions on a selection ---------------------------------------------------------------

  private async decideSelection(decision: Decision): Promise<void> {
    const list = this.pendingAccess;
    const count = list.selectionSize;
    if (count === 0 || this.bulk?.running || this.collectingSelection) return;
    const n = this.t.formatNumber(count);
    let reason: string | undefined;
    if (decision === 'accept') {
      const confirmed = await this.confirmDialog.ask({
        heading: this.t.msg('confirmAcceptMany', n, count),
        message: this.t.msg('confirmAcceptManyMessage', n, count),
        confirmLabel: this.t.msg('accept'),
      });
      if (!confirmed) return;
    } else {
      const answer = await this.refusalDialog.ask({ heading: this.t.msg('refuseMany', n, count), message: this.t.msg('refuseManyMessage', n, count) });
      if (!answer) return;
      reason = answer.reason;
    }
    this.notice = undefined;
    this.bulk = undefined;
    this.collectingSelection = true;
    let requests: AccessRequest[];
    try {
      requests = await list.selectedItems();
    } catch (error) {
      this.notice = { variant: 'error', text: this.t.msg('selectionUnread'), error };
      return;
    } finally {
      this.collectingSelection = false;
    }
    const bulk = new BulkDecision(decision, reason, requests);
    this.bulk = bulk;
    await this.sendBulk(bulk);
  }

  private async sendBulk(bulk: BulkDecision): Promise<void> {
    const list = this.pendingAccess;
    const promise = bulk.send(this.api, (answered) => {
      for (const row of answered) {
        if (row.outcome?.ok) {
          this.emit('habil-request-decided', { request: row.request, decision: bulk.decision, ...(bulk.reason ? { reason: bulk.reason } : {}) });
        }
      }
      this.requestUpdate();
    });
    this.requestUpdate();
    await promise;
    // Requests decided, here or by someone else first, are no longer pending: they leave the list.
    for (const row of bulk.rows) if (row.outcome) list.hide(row.request.id);
    if (bulk.finished) list.clearSelection();
    this.announce(this.bulkSummary(bulk));
    void list.reload();
    void this.countTask.run();
    this.requestUpdate();
  }

  private bulkSummary(bulk: BulkDecision): string {
    const parts: string[] = [];
    const succeeded = bulk.succeeded.length;
    const failed = bulk.failed.length;
    const notSent = bulk.notSent.length;
    const n = (count: number) => this.t.formatNumber(count);
    parts.push(this.t.msg(bulk.decision === 'accept' ? 'bulkAccepted' : 'bulkRefused', n(succeeded), succeeded));
    if (failed) parts.push(this.t.msg('bulkFailed', n(failed), failed));
    if (notSent) parts.push(this.t.msg('bulkNotSent', n(notSent), notSent));
    return `${parts.join(', ')}.`;
  }

  /** Why the server did not apply the decision to this request, in words. */
  private bulkFailureText(row: BulkRow, what: string): string {
    const problem = row.outcome && !row.outcome.ok ? row.outcome.problem : undefined;
    if (!problem) return '';
    if (problem.code === 'already-decided') return this.alreadyDecidedText(what, problem);
    return describeProblem(problem, this.t.lang).message;
  }

  // ---- rendering ---------------------------------------------------------------------------

  protected override render() {
    return html`
      <habil-live-region part="status-message" class=${this.announced ? 'announced' : ''} visible></habil-live-region>
      ${this.meTask.render({
        initial: () => this.renderLoading(),
        pending: () => this.renderLoading(),
        error: (error) => html`<habil-alert class="filled" .error=${error} retryable @habil-retry=${() => void this.meTask.run()}></habil-alert>`,
        complete: () => this.renderTabs(),
      })}
      <habil-confirm-dialog></habil-confirm-dialog>
      <habil-refusal-dialog></habil-refusal-dialog>
    `;
  }

  private renderLoading() {
    return html`<div class="loading" part="loading">
      <div class="loading-bar" aria-hidden="true"></div>
      <p role="status">${this.t.msg('loadingMe')}</p>
    </div>`;
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
      pending: this.counts?.accessRequests,
      accounts: this.counts?.accountRequests,
    };
    return html`
      <div part="tabs" class="tabs" role="tablist" aria-label=${this.t.msg('tabs')} @keydown=${this.onTabKeydown}>
        ${tabs.map((tab) => {
          const selected = tab === shown;
          const count = countOf[tab];
          return html`<button
            type="button"
            role="tab"
            id="tab-${tab}"
            part=${selected ? 'tab tab-selected' : 'tab'}
            class="tab"
            aria-selected=${selected ? 'true' : 'false'}
            aria-controls="panel-${tab}"
            tabindex=${selected ? '0' : '-1'}
            @click=${() => void this.selectTab(tab, false)}
          >
            <span>${labels[tab]}</span>
            ${count
              ? html`<span part="tab-count" class="count" aria-hidden="true">${this.t.formatNumber(count)}</span
                  ><span class="visually-hidden"> (${this.t.msg('tabCount', this.t.formatNumber(count))})</span>`
              : nothing}
          </button>`;
        })}
      </div>
      ${tabs.map(
        (tab) => html`<div role="tabpanel" id="panel-${tab}" part="panel" class="panel" aria-labelledby="tab-${tab}" ?hidden=${tab !== shown}>
          ${tab === shown ? this.renderPanel(tab) : nothing}
        </div>`,
      )}
    `;
  }

  private renderPanel(tab: PendingRequestsTab): TemplateResult {
    if (tab === 'pending') return this.renderPendingAccess();
    if (tab === 'history') return this.renderDecidedAccess();
    return this.renderAccounts();
  }

  private renderNotice() {
    const notice = this.notice;
    return html`<habil-alert
      part="notice"
      class=${notice ? 'filled' : ''}
      variant=${notice?.variant ?? 'error'}
      heading=${notice?.heading ?? ''}
      .error=${notice?.error}
      ?retryable=${Boolean(notice?.retry)}
      retry-label=${this.t.msg('retryDecision')}
      @habil-retry=${() => notice?.retry?.()}
      >${notice?.text ?? ''}</habil-alert
    >`;
  }

  /** Why the list did not load. The table is hidden meanwhile: empty, it would claim that nothing is pending. */
  private renderListError<Item extends { id: string }>(list: RequestListController<Item>) {
    return html`<habil-alert
      class=${list.error ? 'filled' : ''}
      .error=${list.error}
      retryable
      retry-label=${this.t.msg('listErrorRetry')}
      @habil-retry=${() => void list.reload()}
    ></habil-alert>`;
  }

  private renderSearch<Item extends { id: string }>(list: RequestListController<Item>, hint: string) {
    return html`<habil-field
      class="search"
      type="search"
      label=${this.t.msg('search')}
      hint=${hint}
      .value=${list.searchText}
      @input=${(event: Event) => list.search((event.target as HabilField).value)}
    ></habil-field>`;
  }

  private tableEvents<Item extends { id: string }>(list: RequestListController<Item>) {
    return {
      sort: (event: CustomEvent<SortChangeDetail>) => list.sort(sortKeyOf(event.detail), event.detail.direction),
      page: (event: CustomEvent<PageChangeDetail>) => list.goTo(event.detail.page, event.detail.pageSize),
      select: (event: CustomEvent<SelectionChangeDetail>) => list.select(event.detail.selected, event.detail.all),
    };
  }

  private renderPendingAccess() {
    const list = this.pendingAccess;
    const on = this.tableEvents(list);
    const columns = pendingAccessColumns(this.t, this.me!.today, {
      decide: (row, decision) => void this.decideAccess(row, decision),
      inFlight: (id) => this.inFlight.has(id),
    });
    return html`
      <h2 class="table-heading" part="heading">${this.t.msg('captionPending')}</h2>
      <p part="hint" class="hint">${this.t.msg('tacitHint')}</p>
      <div part="toolbar" class="toolbar">${this.renderSearch(list, this.t.msg('searchHint'))} ${this.renderBulkActions()}</div>
      ${this.renderNotice()} ${this.renderBulkReport()} ${this.renderListError(list)}
      <habil-data-table
        part="table"
        exportparts="decide-button, accept-button, refuse-button, deadline, deadline-close"
        caption=${this.t.msg('captionPending')}
        caption-hidden
        .columns=${columns}
        .rows=${list.rows.map(accessRequestRow)}
        .total=${list.total}
        .page=${list.query.page}
        .pageSize=${list.query.pageSize}
        .sortKey=${list.query.sortKey}
        .sortDirection=${list.query.sortDirection}
        .selected=${list.selected}
        .allSelected=${list.allSelected}
        selectable
        ?loading=${list.loading}
        ?hidden=${list.error !== undefined}
        @habil-sort-change=${on.sort}
        @habil-page-change=${on.page}
        @habil-selection-change=${on.select}
      >
        <span slot="empty">${this.t.msg('emptyPending')}</span>
      </habil-data-table>
    `;
  }

  private renderBulkActions() {
    const list = this.pendingAccess;
    const count = list.selectionSize;
    const n = this.t.formatNumber(count);
    const busy = Boolean(this.bulk?.running) || this.collectingSelection;
    const disabled = count === 0 || busy;
    const selection = count === 0 ? this.t.msg('selectionNone') : list.allSelected ? this.t.msg('selectionAll', n, count) : this.t.msg('selection', n, count);
    return html`<div part="bulk-actions" class="bulk-actions" role="group" aria-label=${this.t.msg('bulkActions')}>
      <span class="selection-count" aria-live="polite">${selection}</span>
      <button
        type="button"
        class="button button--primary"
        aria-disabled=${disabled ? 'true' : 'false'}
        @click=${() => {
          if (!disabled) void this.decideSelection('accept');
        }}
      >
        ${this.t.msg('acceptSelection')}
      </button>
      <button
        type="button"
        class="button"
        aria-disabled=${disabled ? 'true' : 'false'}
        @click=${() => {
          if (!disabled) void this.decideSelection('refuse');
        }}
      >
        ${this.t.msg('refuseSelection')}
      </button>
    </div>`;
  }

  private renderBulkReport() {
    const bulk = this.bulk;
    if (this.collectingSelection) {
      return html`<section part="report" class="report"><p>${this.t.msg('bulkCollecting')}</p></section>`;
    }
    if (!bulk) return nothing;
    const total = this.t.formatNumber(bulk.total);
    const heading = this.t.msg(bulk.decision === 'accept' ? 'bulkHeadingAccept' : 'bulkHeadingRefuse', total, bulk.total);
    const progress = this.t.msg('bulkProgress', this.t.formatNumber(bulk.done), total);
    return html`<section part="report" class="report" aria-labelledby="report-heading">
      <h3 id="report-heading">${heading}</h3>
      <label class="progress-label" for="bulk-progress">${progress}</label>
      <progress id="bulk-progress" part="progress" max=${bulk.total} .value=${bulk.done}></progress>
      ${bulk.running ? nothing : html`<p class="summary">${this.bulkSummary(bulk)}</p>`}
      ${bulk.interruption && !bulk.running
        ? html`<habil-alert class="filled" .error=${bulk.interruption} retryable retry-label=${this.t.msg('bulkResume')} @habil-retry=${() => void this.sendBulk(bulk)}
            >${this.t.msg('bulkInterrupted')}</habil-alert
          >`
        : nothing}
      <h4 class="visually-hidden">${this.t.msg('bulkReport')}</h4>
      <ul class="report-rows">
        ${bulk.rows.map((row) => this.renderReportRow(bulk, row))}
      </ul>
      ${bulk.running
        ? nothing
        : html`<button type="button" class="button" @click=${() => (this.bulk = undefined)}>${this.t.msg('bulkClose')}</button>`}
    </section>`;
  }

  private renderReportRow(bulk: BulkDecision, row: BulkRow) {
    const name = personName(row.request.requester);
    const what = `${name} – ${row.request.roleLabel}`;
    if (!row.outcome) {
      if (bulk.running) return nothing;
      return html`<li class="report-row not-sent">
        <span class="mark" aria-hidden="true">–</span> ${what}${this.t.msg('colon')}<strong>${this.t.msg('bulkItemNotSent')}</strong>
      </li>`;
    }
    if (row.outcome.ok) {
      const word = this.t.msg(bulk.decision === 'accept' ? 'bulkItemAccepted' : 'bulkItemRefused');
      return html`<li class="report-row ok"><span class="mark" aria-hidden="true">✓</span> ${what}${this.t.msg('colon')}<strong>${word}</strong></li>`;
    }
    return html`<li class="report-row failed">
      <span class="mark" aria-hidden="true">✗</span> ${what}${this.t.msg('colon')}<strong>${this.t.msg('bulkItemFailed')}</strong>
      <span class="why">${this.bulkFailureText(row, this.t.msg('whatAccess', name, row.request.roleLabel))}</span>
    </li>`;
  }

  private renderHistoryFilters<Item extends { id: string }>(list: RequestListController<Item>, searchHint: string) {
    const statusOptions = HISTORY_STATUSES.map((status) => ({ value: status, label: REQUEST_STATUS_LABELS[status][this.t.lang] }));
    const dates = () => {
      const field = (id: string) => this.renderRoot.querySelector<HabilField>(`#${id}`)?.value ?? '';
      list.filterDates(field('decided-from'), field('decided-to'));
    };
    return html`<fieldset part="filters" class="filters">
      <legend class="visually-hidden">${this.t.msg('filters')}</legend>
      ${this.renderSearch(list, searchHint)}
      <habil-field
        type="select"
        label=${this.t.msg('filterStatus')}
        empty-option-label=${this.t.msg('filterAll')}
        .options=${statusOptions}
        .value=${list.query.status}
        @change=${(event: Event) => list.filterStatus((event.target as HabilField).value as RequestStatus | '')}
      ></habil-field>
      <habil-field id="decided-from" type="date" label=${this.t.msg('filterFrom')} .value=${list.fromDraft} @change=${dates}></habil-field>
      <habil-field
        id="decided-to"
        type="date"
        label=${this.t.msg('filterTo')}
        .value=${list.toDraft}
        error=${list.datesInvalid ? this.t.msg('dateOrder') : ''}
        @change=${dates}
      ></habil-field>
    </fieldset>`;
  }

  private renderDecidedAccess() {
    const list = this.decidedAccess;
    const on = this.tableEvents(list);
    return html`
      <h2 class="table-heading" part="heading">${this.t.msg('captionHistory')}</h2>
      ${this.renderHistoryFilters(list, this.t.msg('searchHint'))} ${this.renderListError(list)}
      <habil-data-table
        part="table"
        caption=${this.t.msg('captionHistory')}
        caption-hidden
        .columns=${decidedAccessColumns(this.t)}
        .rows=${list.rows.map(accessRequestRow)}
        .total=${list.total}
        .page=${list.query.page}
        .pageSize=${list.query.pageSize}
        .sortKey=${list.query.sortKey}
        .sortDirection=${list.query.sortDirection}
        ?loading=${list.loading}
        ?hidden=${list.error !== undefined}
        @habil-sort-change=${on.sort}
        @habil-page-change=${on.page}
      >
        <span slot="empty">${this.t.msg('emptyHistory')}</span>
      </habil-data-table>
    `;
  }

  private renderAccounts() {
    const view = this.accountView;
    const list = view === 'pending' ? this.pendingAccounts : this.decidedAccounts;
    const caption = this.t.msg(view === 'pending' ? 'captionAccountsPending' : 'captionAccountsHistory');
    const on = this.tableEvents(list);
    const columns =
      view === 'pending'
        ? pendingAccountColumns(this.t, {
            decide: (row, decision) => void this.decideAccount(row, decision),
            inFlight: (id) => this.inFlight.has(id),
          })
        : decidedAccountColumns(this.t);
    const choice = (value: AccountRequestsView, label: string) =>
      html`<label class="choice">
        <input type="radio" name="account-view" value=${value} .checked=${view === value} @change=${() => this.showAccountView(value)} />
        ${label}
      </label>`;
    return html`
      <h2 class="table-heading" part="heading">${caption}</h2>
      <fieldset part="view-switch" class="view-switch">
        <legend>${this.t.msg('show')}</legend>
        ${choice('pending', this.t.msg('showPending'))} ${choice('history', this.t.msg('showHistory'))}
      </fieldset>
      ${view === 'pending'
        ? html`<div part="toolbar" class="toolbar">${this.renderSearch(list, this.t.msg('searchAccountsHint'))}</div>`
        : this.renderHistoryFilters(list, this.t.msg('searchAccountsHint'))}
      ${this.renderNotice()} ${this.renderListError(list)}
      <habil-data-table
        part="table"
        exportparts="decide-button, accept-button, refuse-button"
        caption=${caption}
        caption-hidden
        .columns=${columns}
        .rows=${list.rows}
        .total=${list.total}
        .page=${list.query.page}
        .pageSize=${list.query.pageSize}
        .sortKey=${list.query.sortKey}
        .sortDirection=${list.query.sortDirection}
        ?loading=${list.loading}
        ?hidden=${list.error !== undefined}
        @habil-sort-change=${on.sort}
        @habil-page-change=${on.page}
      >
        <span slot="empty">${this.t.msg(view === 'pending' ? 'emptyAccountsPending' : 'emptyAccountsHistory')}</span>
      </habil-data-table>
    `;
  }
}
