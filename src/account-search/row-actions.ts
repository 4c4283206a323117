/**
 * The actions on one account, from its row's menu: assign or remove a role, deactivate (a
 * closing date on CAF), reactivate, attach to my organisme (R9), send the identifier again. Each
 * asks first, sends its write through the widget's WriteController, puts the account as the
 * server returned it in its row, says what happened and fires its event; a stale write (R15)
 * reloads the account and says what changed meanwhile.
 */
import { DELEGATED_ROLE_ID, type AccountAction, type AccountDetail, type AccountSummary, type Deactivation, type Space } from '../domain/index.js';
import type { AccountDialogsController } from './account-dialogs.js';
import type { WriteController, WriteContext } from '../internal/writes.js';
import { refOf } from './bulk-run.js';
import { changedFields } from './changed-fields.js';
import type { OutcomeController } from './outcome.js';
import type { SearchController } from './search.js';
import { revocableApplications, roleLabel, type ResultRow } from './search-context.js';
import type { AccountSearchWidget } from './widget.js';

const ACTION_ORDER: AccountAction[] = ['view', 'grant', 'revoke', 'history', 'edit', 'deactivate', 'reactivate', 'attach', 'resend-identifier'];

export class RowActionsController {
  constructor(
    private readonly widget: AccountSearchWidget,
    private readonly search: SearchController,
    private readonly outcome: OutcomeController,
    private readonly writes: WriteController,
    private readonly dialogs: AccountDialogsController,
  ) {}

  /** The actions a row allows, in the menu's order. */
  actionsOf(row: AccountSummary): AccountAction[] {
    const allowed = new Set(row.actions);
    return ACTION_ORDER.filter((action) => allowed.has(action));
  }

  run(action: AccountAction, row: ResultRow): void {
    this.outcome.clear();
    switch (action) {
      case 'view':
      case 'history':
        void this.dialogs.openDetails(row, action === 'view' ? 'details' : 'history');
        break;
      case 'edit':
        void this.read(row).then((account) => account && this.dialogs.openForm('edit', account));
        break;
      case 'grant':
        void this.grant(row);
        break;
      case 'revoke':
        void this.revoke(row);
        break;
      case 'deactivate':
        void this.deactivate(row);
        break;
      case 'reactivate':
        void this.reactivate(row);
        break;
      case 'attach':
        void this.attach(row);
        break;
      case 'resend-identifier':
        void this.resendIdentifier(row);
        break;
    }
  }

  private get t() {
    return this.widget.t;
  }

  /**
   * Runs a call about one account and explains a refusal. A stale write (R15) reloads the
   * account, puts it in its row and says what changed; the caller gets undefined in every failure.
   */
  async change<T>(row: ResultRow, call: (context: WriteContext) => Promise<T>): Promise<T | undefined> {
    const api = this.widget.api();
    const result = await this.writes.run(call, { reload: (signal) => api.call('getAccount', { params: { id: row.id } }, { signal }) });
    if (result.ok) return result.value;
    if (result.aborted) return undefined;
    if (result.stale && result.reloaded) {
      this.search.replaceRow(result.reloaded);
      this.outcome.refuse(result.error, row.name, changedFields(row, result.reloaded, this.t.lang));
    } else this.outcome.refuse(result.stale && result.reloadError !== undefined ? result.reloadError : result.error, row.name);
    return undefined;
  }

  /** The account as the server has it now, put in its row. */
  async read(row: ResultRow): Promise<AccountDetail | undefined> {
    const account = await this.change(row, ({ signal }) => this.widget.api().call('getAccount', { params: { id: row.id } }, { signal }));
    if (account) this.search.replaceRow(account);
    return account;
  }

  /** After a change: the outcome said, the page asked again. */
  private done(text: string): void {
    void this.outcome.announce(text, true);
    void this.search.refresh();
  }

  async grant(row: ResultRow): Promise<void> {
    const account = await this.read(row);
    if (!account) return;
    // The server lists what this person may give this account, with the same check as the grant.
    const roleIds = account.grantableRoleIds;
    if (roleIds.length === 0) {
      void this.outcome.announce(this.t.msg('nothingToGrant', row.name), true);
      return;
    }
    const roleId = await this.widget.rolePicker().choose({
      heading: this.t.msg('pickGrant', row.name),
      applications: this.search.context?.applications ?? [],
      roleIds,
      confirmLabel: this.t.msg('grantLabel'),
    });
    if (!roleId) return;
    const updated = await this.change(row, ({ signal }) =>
      this.widget.api().call('grantRole', { params: { id: row.id }, body: { roleId }, ifMatch: account.version }, { signal }),
    );
    if (!updated) return;
    this.search.replaceRow(updated);
    const label = roleLabel(this.search.context, roleId);
    this.widget.emit('habil-role-granted', { accounts: [refOf(updated)], roleId, roleLabel: label, bulk: false });
    this.done(this.t.msg('granted', label, row.name));
  }

  async revoke(row: ResultRow): Promise<void> {
    const account = await this.read(row);
    if (!account) return;
    const roleIds = account.grants.filter((grant) => grant.removable && grant.source !== 'groupe' && grant.roleId !== DELEGATED_ROLE_ID).map((grant) => grant.roleId);
    if (roleIds.length === 0) {
      void this.outcome.announce(this.t.msg('nothingToRevoke', row.name), true);
      return;
    }
    const roleId = await this.widget.rolePicker().choose({
      heading: this.t.msg('pickRevoke', row.name),
      description: this.t.msg('confirmRevokeText'),
      applications: revocableApplications(this.search.context),
      roleIds,
      confirmLabel: this.t.msg('confirmRevokeLabel'),
      danger: true,
    });
    if (!roleId) return;
    const updated = await this.change(row, ({ signal }) =>
      this.widget.api().call('revokeRole', { params: { id: row.id, roleId }, ifMatch: account.version }, { signal }),
    );
    if (!updated) return;
    this.search.replaceRow(updated);
    const label = roleLabel(this.search.context, roleId);
    this.widget.emit('habil-role-revoked', { accounts: [refOf(updated)], roleId, roleLabel: label, bulk: false });
    this.done(this.t.msg('revoked', label, row.name));
  }

  async deactivate(row: ResultRow): Promise<void> {
    const context = this.search.context;
    if (!context) return;
    // On CAF, the record names the Afas profiles still held, which must go before closing (R6).
    const account = context.space === 'caf' ? await this.read(row) : row;
    if (!account) return;
    const deactivation = await this.widget.deactivationDialog().ask({ account, space: context.space, today: context.me.today });
    if (!deactivation) return;
    const updated = await this.change(row, ({ signal }) =>
      this.widget.api().call('deactivateAccount', { params: { id: row.id }, body: deactivation, ifMatch: account.version }, { signal }),
    );
    if (!updated) return;
    this.search.replaceRow(updated);
    this.widget.emit('habil-account-deactivated', {
      accounts: [refOf(updated)],
      mode: deactivation.mode,
      ...(deactivation.closingDate ? { closingDate: deactivation.closingDate } : {}),
      bulk: false,
    });
    this.done(this.deactivatedText(row, deactivation, context.space));
  }

  private deactivatedText(row: ResultRow, deactivation: Deactivation, space: Space): string {
    const date = this.t.formatDate(deactivation.closingDate ?? this.search.context?.me.today);
    if (space === 'caf') return this.t.msg('closedCaf', row.name, date, row.civilite);
    return this.t.msg(deactivation.mode === 'permanent' ? 'deactivatedPermanent' : 'deactivatedTemporary', row.name);
  }

  async reactivate(row: ResultRow): Promise<void> {
    const confirmed = await this.widget.confirmDialog().ask({
      heading: this.t.msg('confirmReactivate', row.name),
      message: this.t.msg('confirmReactivateText', row.civilite),
      confirmLabel: this.t.msg('confirmReactivateLabel'),
    });
    if (!confirmed) return;
    const updated = await this.change(row, ({ signal }) => this.widget.api().call('reactivateAccount', { params: { id: row.id }, ifMatch: row.version }, { signal }));
    if (!updated) return;
    this.search.replaceRow(updated);
    this.widget.emit('habil-account-reactivated', { accounts: [refOf(updated)], bulk: false });
    this.done(this.t.msg('reactivated', row.name));
  }

  async attach(row: ResultRow): Promise<void> {
    // Final without being destructive (it cannot be undone from here): focus starts on « Annuler », as for every final decision.
    const confirmed = await this.widget.confirmDialog().ask({
      heading: this.t.msg('confirmAttach', row.name),
      message: this.t.msg('confirmAttachText', row.civilite),
      confirmLabel: this.t.msg('confirmAttachLabel'),
      initialFocus: 'cancel',
    });
    if (!confirmed) return;
    const updated = await this.change(row, ({ signal }) => this.widget.api().call('attachAccount', { params: { id: row.id }, ifMatch: row.version }, { signal }));
    if (!updated) return;
    this.search.replaceRow(updated);
    this.widget.emit('habil-account-attached', { account: updated, fromOrganisme: row.organismeName, toOrganisme: updated.organismeName });
    // Attached, the person leaves a search "outside my organisme": the row may go.
    this.done(this.t.msg('attached', row.name, updated.organismeName, updated.civilite ?? row.civilite));
  }

  async resendIdentifier(row: ResultRow): Promise<void> {
    const confirmed = await this.widget.confirmDialog().ask({
      heading: this.t.msg('confirmResend', row.name),
      message: this.t.msg('confirmResendText', row.identifier, row.emailPro),
      confirmLabel: this.t.msg('confirmResendLabel'),
    });
    if (!confirmed) return;
    const sent = await this.change(row, async ({ signal }) => {
      await this.widget.api().call('resendIdentifier', { params: { id: row.id } }, { signal });
      return true;
    });
    if (!sent) return;
    void this.outcome.announce(this.t.msg('identifierSent', row.name, row.emailPro), true);
    this.widget.emit('habil-identifier-sent', { accounts: [refOf(row)], bulk: false });
  }
}
