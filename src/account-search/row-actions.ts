/**
 * The actions on one account, from its row's menu: assign or remove a role, deactivate (a
 * closing date on CAF), reactivate, attach to my organisme (R9), send the identifier again; on
 * CAF, add the user to a group, manage his memberships, and close the account of a responsable
 * habilitations once his groups have another one (R11). Each asks first, sends its write through
 * the widget's WriteController, puts the account as the server returned it in its row, says what
 * happened (the outcome first: the page read again after it stays quiet) and fires its event; a
 * stale write (R15) reloads the account and says what changed meanwhile.
 */
import {
  afasRoleIdsOf,
  DELEGATED_ROLE_ID,
  givesAfasProfiles,
  managesAfasProfiles,
  type AccountDetail,
  type AccountSummary,
  type Deactivation,
  type Group,
  type PageOf,
  type Space,
} from '../domain/index.js';
import type { RoleChoiceOptions } from '../account-parts/role-picker.js';
import type { AccountDialogsController } from './account-dialogs.js';
import type { WriteController, WriteContext } from '../internal/writes.js';
import { periodState } from '../user-groups/hierarchy.js';
import type { ActionWords } from './actions.messages.js';
import { changesMembersOf, groupsToAddTo, menuNote, responsableClosing, responsableOf, type RowAction } from './caf-actions.js';
import { changedFields } from './changed-fields.js';
import type { OutcomeController } from './outcome.js';
import type { Replacement } from './responsable-dialog.js';
import type { SearchController } from './search.js';
import { refreshResults, reloadGroups } from './search-refresh.js';
import { revocableApplications, roleLabel } from './roles.js';
import { refOf, type ResultRow, type SearchContext } from './search-context.js';
import type { UserMembershipsOutcome, UserMembershipsRequest } from './user-memberships.js';
import type { AccountSearchWidget } from './widget.js';

/** « Affecter rôle » or « Supprimer rôle », as `changeRole` runs it. */
interface RoleChange {
  /** The roles the picker offers, from the account as the server has it now. */
  offered: (account: AccountDetail) => string[];
  /** What is said when there is none. */
  nothingOffered: 'nothingToGrant' | 'nothingToRevoke';
  picker: Omit<RoleChoiceOptions, 'roleIds'>;
  send: (account: AccountDetail, roleId: string, context: WriteContext) => Promise<AccountDetail>;
  event: 'habil-role-granted' | 'habil-role-revoked';
  /** What is said once it is done. */
  done: 'granted' | 'revoked';
}

/** The users of a convention offered as new responsables (the contract's largest page). */
const USERS_PAGE_SIZE = 500;

/**
 * R12: moving someone in or out of a group giving Afas profiles is managing his Afas profiles,
 * which a responsable may do only through a group holding « Afas - Habiliter » (the check the
 * server makes for every Afas role, read here from `Me.grantableRoleIds`).
 */
const givesAfas = (context: SearchContext, group: Group): boolean => givesAfasProfiles(group, afasRoleIdsOf(context.convention));
const managesAfas = (context: SearchContext): boolean => managesAfasProfiles(context.me.grantableRoleIds, afasRoleIdsOf(context.convention));

export class RowActionsController {
  constructor(
    private readonly widget: AccountSearchWidget,
    private readonly search: SearchController,
    private readonly outcome: OutcomeController,
    private readonly writes: WriteController,
    private readonly dialogs: AccountDialogsController,
    /** The words of the actions (the widget's own are `widget.t`). */
    private readonly t: ActionWords,
  ) {}

  run(action: RowAction, row: ResultRow): void {
    this.outcome.clear();
    void this.handlers[action](row);
  }

  /** What each action of the menu does with its row. */
  private readonly handlers: Record<RowAction, (row: ResultRow) => Promise<unknown>> = {
    view: (row) => this.dialogs.openDetails(row, 'details'),
    history: (row) => this.dialogs.openDetails(row, 'history'),
    edit: (row) => this.read(row).then((account) => account && this.dialogs.openForm('edit', account)),
    grant: (row) => this.grant(row),
    revoke: (row) => this.revoke(row),
    deactivate: (row) => this.deactivate(row),
    reactivate: (row) => this.reactivate(row),
    attach: (row) => this.attach(row),
    'resend-identifier': (row) => this.resendIdentifier(row),
    'add-to-group': (row) => this.memberships(row, 'add'),
    'manage-memberships': (row) => this.memberships(row, 'manage'),
    'deactivate-responsable': (row) => this.closeCafUser(row),
  };

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

  /** After a change: the outcome said first, then the page asked again, quietly. */
  private async done(text: string): Promise<void> {
    await this.outcome.announce(text, { visible: true });
    void refreshResults(this.widget, this.search);
  }

  grant(row: ResultRow): Promise<void> {
    return this.changeRole(row, {
      // The server lists what this person may give this account, with the same check as the grant.
      offered: (account) => account.grantableRoleIds,
      nothingOffered: 'nothingToGrant',
      picker: {
        heading: this.t.msg('pickGrant', row.name),
        applications: this.search.context?.applications ?? [],
        confirmLabel: this.widget.t.msg('grantLabel'),
      },
      send: (account, roleId, { signal }) =>
        this.widget.api().call('grantRole', { params: { id: row.id }, body: { roleId }, ifMatch: account.version }, { signal }),
      event: 'habil-role-granted',
      done: 'granted',
    });
  }

  revoke(row: ResultRow): Promise<void> {
    return this.changeRole(row, {
      offered: (account) =>
        account.grants.filter((grant) => grant.removable && grant.source !== 'groupe' && grant.roleId !== DELEGATED_ROLE_ID).map((grant) => grant.roleId),
      nothingOffered: 'nothingToRevoke',
      picker: {
        heading: this.t.msg('pickRevoke', row.name),
        description: this.t.msg('confirmRevokeText'),
        applications: revocableApplications(this.search.context),
        confirmLabel: this.widget.t.msg('confirmRevokeLabel'),
        danger: true,
      },
      send: (account, roleId, { signal }) => this.widget.api().call('revokeRole', { params: { id: row.id, roleId }, ifMatch: account.version }, { signal }),
      event: 'habil-role-revoked',
      done: 'revoked',
    });
  }

  /**
   * Assigns or removes one role: the account read as the server has it now, the role chosen in
   * the picker among those `change` offers, the write sent; the row, the event and the words follow.
   */
  private async changeRole(row: ResultRow, change: RoleChange): Promise<void> {
    const account = await this.read(row);
    if (!account) return;
    const roleIds = change.offered(account);
    if (roleIds.length === 0) {
      void this.outcome.announce(this.t.msg(change.nothingOffered, row.name), { visible: true });
      return;
    }
    const roleId = await (await this.widget.rolePicker())?.choose({ ...change.picker, roleIds });
    if (!roleId) return;
    const updated = await this.change(row, (context) => change.send(account, roleId, context));
    if (!updated) return;
    this.search.replaceRow(updated);
    const label = roleLabel(this.search.context, roleId);
    this.widget.emit(change.event, { accounts: [refOf(updated)], roleId, roleLabel: label, bulk: false });
    void this.done(this.t.msg(change.done, label, row.name));
  }

  async deactivate(row: ResultRow): Promise<void> {
    const context = this.search.context;
    if (!context) return;
    if (context.space === 'caf') return this.closeCafUser(row);
    const deactivation = await (await this.widget.deactivationDialog())?.ask({ account: row, space: context.space, today: context.me.today });
    if (!deactivation) return;
    const updated = await this.change(row, ({ signal }) =>
      this.widget.api().call('deactivateAccount', { params: { id: row.id }, body: deactivation, ifMatch: row.version }, { signal }),
    );
    if (!updated) return;
    this.deactivated(row, updated, deactivation, context.space);
  }

  private deactivated(row: ResultRow, updated: AccountDetail, deactivation: Deactivation, space: Space, also = ''): void {
    this.search.replaceRow(updated);
    this.widget.emit('habil-account-deactivated', {
      accounts: [refOf(updated)],
      mode: deactivation.mode,
      ...(deactivation.closingDate ? { closingDate: deactivation.closingDate } : {}),
      bulk: false,
    });
    void this.done(also ? `${this.deactivatedText(row, deactivation, space)} ${also}` : this.deactivatedText(row, deactivation, space));
  }

  /**
   * CAF, « Désactiver l'utilisateur » (fiche 3) and « Désactiver un responsable habilitations »:
   * a closing date, never in the past, once the Afas profiles are gone (R6, the record names those
   * still held). A responsable habilitations of open groups gets, first, another responsable for
   * each (R11: a group always has one, an open user of the convention); then the groups are
   * changed, and the account closed, in that order, so that no group is left with a closed
   * responsable. A refusal says what was saved before it.
   */
  private async closeCafUser(row: ResultRow): Promise<void> {
    const context = this.search.context;
    if (!context) return;
    const account = await this.read(row);
    if (!account) return;
    // Whose responsable he is now, not when the page was read.
    await reloadGroups(this.widget, this.search);
    const groups = responsableOf(context, row.id);
    let replacements: Replacement[] = [];
    const closing = groups.length > 0 ? responsableClosing(context, row) : undefined;
    if (closing === 'not-allowed') {
      void this.outcome.announce(menuNote(this.t, context, row) ?? '', { visible: true });
      return;
    }
    if (closing === 'replace-first') {
      const chosen = await this.chooseReplacements(context, row, account);
      if (!chosen) return;
      replacements = chosen;
    }
    const changes = replacements.map((r) => this.t.msg('replacementItem', r.group.code, r.responsableName)).join(', ');
    const deactivation = await (await this.widget.deactivationDialog())?.ask({
      account,
      space: 'caf',
      today: context.me.today,
      ...(changes ? { note: this.t.msg('replacementsNote', changes) } : {}),
    });
    if (!deactivation) return;
    if (!(await this.replaceResponsable(replacements))) return;
    const updated = await this.change(row, ({ signal }) =>
      this.widget.api().call('deactivateAccount', { params: { id: row.id }, body: deactivation, ifMatch: account.version }, { signal }),
    );
    if (replacements.length) await reloadGroups(this.widget, this.search);
    if (!updated) {
      if (changes) this.outcome.explainFurther(this.t.msg('closingRefusedAfterReplacement', changes));
      return;
    }
    this.deactivated(row, updated, deactivation, 'caf', changes ? this.t.msg('replaced', changes) : '');
  }

  /** The open users of the convention, and who of them takes each of his groups; undefined when the user cancelled. */
  private async chooseReplacements(context: SearchContext, row: ResultRow, account: AccountDetail): Promise<Replacement[] | undefined> {
    let users: PageOf<AccountSummary>;
    try {
      users = await this.widget.api().call('searchAccounts', { query: { conventionId: context.convention!.id, active: true, page: 1, pageSize: USERS_PAGE_SIZE, sort: 'nom' } });
    } catch (error) {
      this.outcome.refuse(error, row.name);
      return undefined;
    }
    return (await this.dialogs.responsableDialog())?.ask({ account, groups: responsableOf(context, row.id), users: users.items, usersTotal: users.total });
  }

  /** Gives each group its new responsable, in order; on a refusal, says what was saved before it and stops. */
  private async replaceResponsable(replacements: readonly Replacement[]): Promise<boolean> {
    const api = this.widget.api();
    const saved: string[] = [];
    for (const { group, responsableId, responsableName } of replacements) {
      const result = await this.writes.run(
        ({ signal }) => api.call('updateGroup', { params: { id: group.id }, body: { responsableId }, ifMatch: group.version }, { signal }),
        { key: `responsable:${group.id}` },
      );
      if (!result.ok) {
        if (!result.aborted) {
          const detail = saved.length ? this.t.msg('replacedBeforeRefusal', saved.join(', ')) : this.t.msg('nothingReplacedYet');
          this.outcome.refuseAs(result.error, this.t.msg('replacementRefused', group.code, responsableName), detail);
        }
        await reloadGroups(this.widget, this.search);
        return false;
      }
      saved.push(this.t.msg('replacementItem', group.code, responsableName));
      this.widget.emit('habil-group-updated', { group: result.value, changes: { responsableId } });
    }
    return true;
  }

  /** « Ajouter à un groupe » and « Gérer l'appartenance de l'utilisateur »: the user's groups, with the group page's writes. */
  private async memberships(row: ResultRow, view: 'add' | 'manage'): Promise<void> {
    const context = this.search.context;
    if (!context) return;
    const account = await this.read(row);
    if (!account) return;
    if (view === 'add') {
      const current = new Set(account.memberships.filter((m) => periodState(m, context.me.today) !== 'ended').map((m) => m.groupId));
      if (!groupsToAddTo(context).some((group) => !current.has(group.id))) {
        void this.outcome.announce(this.t.msg('noGroupToJoin', row.name), { visible: true });
        return;
      }
    }
    const request: UserMembershipsRequest = {
      view,
      account,
      groups: context.groups,
      may: (group, action) => changesMembersOf(group, action),
      // The server leaves out the member actions of an Afas group for want of « Afas - Habiliter » (R12): say so.
      afasBlocked: (group) => !group.actions.includes('edit-member') && givesAfas(context, group) && !managesAfas(context),
      today: context.me.today,
    };
    const outcome: UserMembershipsOutcome | undefined = await (await this.dialogs.membershipsDialog())?.show(request);
    if (!outcome?.changed) return;
    // The outcome first (an attachment closed the dialog; changes made in « Gérer » were said there).
    if (outcome.outcome) await this.outcome.announce(outcome.outcome, { visible: true });
    await reloadGroups(this.widget, this.search);
    void refreshResults(this.widget, this.search);
  }

  private deactivatedText(row: ResultRow, deactivation: Deactivation, space: Space): string {
    const date = this.t.formatDate(deactivation.closingDate ?? this.search.context?.me.today);
    if (space === 'caf') return this.t.msg('closedCaf', row.name, date, row.civilite);
    return this.t.msg(deactivation.mode === 'permanent' ? 'deactivatedPermanent' : 'deactivatedTemporary', row.name);
  }

  async reactivate(row: ResultRow): Promise<void> {
    const confirmed = await (await this.widget.confirmDialog()).ask({
      heading: this.t.msg('confirmReactivate', row.name),
      message: this.t.msg('confirmReactivateText', row.civilite),
      confirmLabel: this.t.msg('confirmReactivateLabel'),
    });
    if (!confirmed) return;
    const updated = await this.change(row, ({ signal }) => this.widget.api().call('reactivateAccount', { params: { id: row.id }, ifMatch: row.version }, { signal }));
    if (!updated) return;
    this.search.replaceRow(updated);
    this.widget.emit('habil-account-reactivated', { accounts: [refOf(updated)], bulk: false });
    void this.done(this.t.msg('reactivated', row.name));
  }

  async attach(row: ResultRow): Promise<void> {
    // Final without being destructive (it cannot be undone from here): focus starts on « Annuler », as for every final decision.
    const confirmed = await (await this.widget.confirmDialog()).ask({
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
    void this.done(this.t.msg('attached', row.name, updated.organismeName, updated.civilite ?? row.civilite));
  }

  async resendIdentifier(row: ResultRow): Promise<void> {
    const confirmed = await (await this.widget.confirmDialog()).ask({
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
    void this.outcome.announce(this.t.msg('identifierSent', row.name, row.emailPro), { visible: true });
    this.widget.emit('habil-identifier-sent', { accounts: [refOf(row)], bulk: false });
  }
}
