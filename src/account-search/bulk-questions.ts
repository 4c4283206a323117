/**
 * What a bulk action of `<habil-account-search>` (R10) does on the selection or the whole
 * result: the question asked before (a role — the one the result is filtered on, chosen in
 * advance —, a deactivation, a confirmation, each saying that « Tout » leaves out the accounts
 * the action is not possible on), the run (bulk-run.ts) with its progress and « Arrêter », the
 * report (render-bulk.ts), and one event for the accounts done. Loaded with its words and styles
 * when a first row is selected, or when a bulk action is asked for (bulk.ts).
 */
import { nothing } from 'lit';
import '../ui/confirm-dialog/define.js';
import { ACCOUNT_STATUS_LABELS, type AccountSummary, type BulkAccountAction, type DeactivationMode } from '../domain/index.js';
import { loadProblemWords } from '../internal/problem-text.js';
import type { AccountRef } from './account-search.js';
import { bulkMessages, type BulkWords } from './bulk.messages.js';
import { runBulk, type BulkProgress, type BulkRefusal } from './bulk-run.js';
import { bulkStyles } from './bulk.styles.js';
import { responsableOf } from './caf-actions.js';
import type { OutcomeController } from './outcome.js';
import { partWords } from '../internal/localize.js';
import { addPartStyles } from '../internal/part-styles.js';
import { renderBulk } from './render-bulk.js';
import { grantableApplications, revocableApplications, roleLabel } from './roles.js';
import type { SearchController } from './search.js';
import { refreshResults } from './search-refresh.js';
import { refOf } from './search-context.js';
import type { AccountSearchWidget } from './widget.js';

/** A bulk action under way or done, with its words. */
export interface BulkState {
  action: BulkAccountAction;
  title: string;
  progress: BulkProgress;
}

interface BulkOptions {
  roleId?: string;
  mode?: DeactivationMode;
  closingDate?: string;
}

const TITLES = {
  deactivate: 'bulkHeadingDeactivate',
  reactivate: 'bulkHeadingReactivate',
  grant: 'bulkHeadingGrant',
  revoke: 'bulkHeadingRevoke',
  'resend-identifier': 'bulkHeadingResend',
} as const satisfies Record<BulkAccountAction, string>;

/** The bulk run, with its words and styles in the widget, and the words of refusals its report may need. */
export async function createBulkRun(widget: AccountSearchWidget, search: SearchController, outcome: OutcomeController): Promise<BulkRun> {
  const [words] = await Promise.all([partWords(widget.host, bulkMessages), loadProblemWords()]);
  addPartStyles(widget.host.shadowRoot!, [bulkStyles]);
  return new BulkRun(widget, search, outcome, words);
}

export class BulkRun {
  state?: BulkState;
  private stopRequested = false;

  constructor(
    private readonly widget: AccountSearchWidget,
    private readonly search: SearchController,
    private readonly outcome: OutcomeController,
    /** The words of the bulk actions (the widget's own are `widget.t`). */
    private readonly t: BulkWords,
  ) {}

  get running(): boolean {
    return !!this.state && this.state.progress.phase !== 'done';
  }

  async start(action: BulkAccountAction): Promise<void> {
    const context = this.search.context;
    const count = this.search.selectionSize;
    if (!context || !this.search.shown || count === 0 || this.running) return;
    this.outcome.clear();
    const n = this.t.formatNumber(count);
    const leftOut = this.leftOutNote(action);
    let options: BulkOptions = {};
    let label = '';
    if (action === 'deactivate') {
      const deactivation = await (await this.widget.deactivationDialog())?.ask({
        count,
        space: context.space,
        today: context.me.today,
        ...(leftOut ? { note: leftOut } : {}),
      });
      if (!deactivation) return;
      options = { mode: deactivation.mode, ...(deactivation.closingDate ? { closingDate: deactivation.closingDate } : {}) };
    } else {
      if (action === 'grant' || action === 'revoke') {
        const grant = action === 'grant';
        const preselected = this.roleOfResult(action);
        const roleId = await (await this.widget.rolePicker())?.choose({
          heading: this.t.msg(grant ? 'pickGrantBulk' : 'pickRevokeBulk', n),
          applications: grant ? grantableApplications(context) : revocableApplications(context),
          confirmLabel: this.widget.t.msg(grant ? 'grantLabel' : 'confirmRevokeLabel'),
          danger: !grant,
          ...(preselected ? { chosen: preselected } : {}),
        });
        if (!roleId) return;
        options = { roleId };
        label = roleLabel(context, roleId);
      }
      const heading =
        action === 'reactivate'
          ? this.t.msg('confirmBulkReactivate', n)
          : action === 'grant'
            ? this.t.msg('confirmBulkGrant', label, n)
            : action === 'revoke'
              ? this.t.msg('confirmBulkRevoke', label, n)
              : this.t.msg('confirmBulkResend', n);
      const confirmed = await (await this.widget.confirmDialog()).ask({
        heading,
        message: leftOut ? `${this.t.msg('confirmBulkText')} ${leftOut}` : this.t.msg('confirmBulkText'),
        confirmLabel: this.t.msg('confirmBulkLabel', n),
        danger: action === 'revoke',
      });
      if (!confirmed) return;
    }
    await this.run(action, options, label);
  }

  /**
   * The role the result is filtered on (« Rôle sélectionné »), chosen in advance: to remove it from
   * those who hold it, or to give it to those who do not.
   */
  private roleOfResult(action: 'grant' | 'revoke'): string | undefined {
    const filters = this.search.shown?.filters;
    if (!filters?.roleId || this.search.context?.space !== 'ucanss') return undefined;
    return filters.hasRole === (action === 'revoke') ? filters.roleId : undefined;
  }

  /**
   * « Tout »: the accounts of the result the action is not possible on (an ADD's, read-only)
   * are left out; said before the action, with their number when the page holds the whole result.
   */
  private leftOutNote(action: BulkAccountAction): string | undefined {
    const shown = this.search.shown;
    if (!shown) return undefined;
    const leaveOut = this.leftOutReason(action);
    const known = (count: number) => (count > 0 ? this.t.msg('leftOutBeforeKnown', this.t.formatNumber(count), count) : undefined);
    if (!this.search.allSelected) return leaveOut ? known([...this.search.selection.values()].filter((row) => leaveOut(row)).length) : undefined;
    if (shown.rows.length < shown.page.total) return this.t.msg('leftOutBefore');
    return known(shown.rows.filter((row) => !row.actions.includes(action) || leaveOut?.(row)).length);
  }

  /**
   * CAF: a responsable habilitations of open groups is closed only with « Désactiver un
   * responsable habilitations », which first gives his groups another one (R11).
   */
  private leftOutReason(action: BulkAccountAction): ((account: AccountSummary) => string | undefined) | undefined {
    const context = this.search.context;
    if (action !== 'deactivate' || context?.space !== 'caf') return undefined;
    return (account) => {
      const groups = responsableOf(context, account.id);
      return groups.length ? this.t.msg('responsableLeftOut', groups.map((group) => group.code).join(', '), groups.length) : undefined;
    };
  }

  private async run(action: BulkAccountAction, options: BulkOptions, label: string): Promise<void> {
    const title = this.t.msg(TITLES[action]);
    const leaveOut = this.leftOutReason(action);
    const selected = [...this.search.selection.values()];
    const leftOut: BulkRefusal[] = [];
    for (const row of selected) {
      const reason = leaveOut?.(row);
      if (reason) leftOut.push({ account: refOf(row), reason: { title: reason, message: reason } });
    }
    const aside = new Set(leftOut.map((refusal) => refusal.account.id));
    const targets = this.search.allSelected ? this.search.wholeResultQuery() : selected.filter((row) => !aside.has(row.id)).map(refOf);
    this.stopRequested = false;
    void this.widget.host.updateComplete.then(() => this.widget.root().querySelector<HTMLElement>('#bulk-title')?.focus());
    let announced = false;
    try {
      const outcome = await runBulk(
        { action, ...(options.roleId ? { roleId: options.roleId } : {}), ...(options.mode ? { mode: options.mode } : {}) },
        targets,
        {
          api: this.widget.api(),
          lang: this.t.lang,
          notOffered: (account) => this.t.msg('leftOutNotOffered', ACCOUNT_STATUS_LABELS[account.status][this.t.lang]),
          stopRequested: () => this.stopRequested,
          ...(leaveOut ? { leaveOut } : {}),
          ...(this.search.allSelected ? {} : { leftOut }),
          onProgress: (progress) => {
            this.state = { action, title, progress };
            this.widget.host.requestUpdate();
            if (progress.phase === 'running' && !announced) {
              announced = true;
              void this.outcome.announce(this.t.msg('bulkStarted', title, this.t.formatNumber(progress.total)), { minor: true });
            }
          },
        },
      );
      const n = (value: number) => this.t.formatNumber(value);
      const said = [this.t.msg('bulkDone', title, n(outcome.succeeded.length), n(outcome.refused.length))];
      if (outcome.leftOut.length) said.push(this.t.msg('bulkLeftOut', n(outcome.leftOut.length)));
      if (outcome.notRun.length) said.push(this.t.msg('bulkStopped', n(outcome.notRun.length)));
      this.emit(action, options, label, outcome.succeeded);
      this.search.clearSelection();
      // The outcome first; the page read again after it stays quiet.
      await this.outcome.announce(said.join(' '));
      void refreshResults(this.widget, this.search);
    } catch (error) {
      // The whole result could not be listed: nothing was changed.
      this.state = undefined;
      this.widget.host.requestUpdate();
      this.outcome.refuse(error, title);
    }
  }

  private emit(action: BulkAccountAction, options: BulkOptions, label: string, accounts: AccountRef[]): void {
    if (accounts.length === 0) return;
    switch (action) {
      case 'deactivate':
        this.widget.emit('habil-account-deactivated', {
          accounts,
          mode: options.mode ?? 'temporary',
          ...(options.closingDate ? { closingDate: options.closingDate } : {}),
          bulk: true,
        });
        break;
      case 'reactivate':
        this.widget.emit('habil-account-reactivated', { accounts, bulk: true });
        break;
      case 'grant':
        this.widget.emit('habil-role-granted', { accounts, roleId: options.roleId!, roleLabel: label, bulk: true });
        break;
      case 'revoke':
        this.widget.emit('habil-role-revoked', { accounts, roleId: options.roleId!, roleLabel: label, bulk: true });
        break;
      case 'resend-identifier':
        this.widget.emit('habil-identifier-sent', { accounts, bulk: true });
        break;
    }
  }

  stop(): void {
    if (this.running) this.stopRequested = true;
  }

  closeReport(): void {
    this.state = undefined;
    this.widget.host.requestUpdate();
    void this.widget.host.updateComplete.then(() => this.widget.root().querySelector<HTMLElement>('#results-heading')?.focus());
  }

  render(): unknown {
    return this.state ? renderBulk(this.t, this, this.state) : nothing;
  }
}
