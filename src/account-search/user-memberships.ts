import { html, nothing } from 'lit';
import { query, state } from 'lit/decorators.js';
import type { AccountDetail, Group, Membership, MembershipOfAccount } from '../domain/index.js';
import { submitOnEnter } from '../internal/forms.js';
import { HabilElement } from '../internal/habil-element.js';
import { DialogQuestion } from '../internal/pending-answer.js';
import { LocalizeController } from '../internal/localize.js';
import type { DataTableColumn } from '../ui/data-table/data-table.js';
import type { HabilField } from '../ui/field/field.js';
import { Announcer } from '../user-groups/announcer.js';
import { periodText, personName } from '../user-groups/form-support.js';
import { periodState } from '../user-groups/hierarchy.js';
import { renderDatesDialog } from '../user-groups/member-forms.js';
import { MemberWritesController, type MemberChange, type MemberWritesOptions } from '../user-groups/member-writes.js';
import { userGroupsMessages, type UserGroupsWords } from '../user-groups/messages.js';
import { renderNotice } from '../user-groups/notice.js';
import { dialogStyles, partStyles } from '../user-groups/parts.styles.js';
import { userMembershipsMessages } from './user-memberships.messages.js';

export type MemberAction = 'add-member' | 'edit-member' | 'remove-member';

/** What `open()` needs: the user, the convention's groups, and what the acting person may do in them. */
export interface UserMembershipsRequest {
  /** « Ajouter à un groupe », or « Gérer l'appartenance de l'utilisateur ». */
  view: 'add' | 'manage';
  /** The user, as just read: his groups are his `memberships`. */
  account: AccountDetail;
  /** The groups of his convention, as the server sent them (with their `actions`). */
  groups: readonly Group[];
  /** Whether the acting person may do `action` on the members of `group`, as the server would let him. */
  may: (group: Group, action: MemberAction) => boolean;
  /** The group gives Afas profiles and he may not manage them (R12): why its members are not his to change. */
  afasBlocked: (group: Group) => boolean;
  /** The server's day (`Me.today`): the default opening date, and the day no date may precede. */
  today: string;
}

export interface UserMembershipsOutcome {
  /** A membership was added, changed or ended while the dialog was open. */
  changed: boolean;
  /** What the host should say once the dialog has closed (an attachment: the dialog closes with it). */
  outcome?: string;
}

interface MembershipRow {
  groupId: string;
  code: string;
  membership: MembershipOfAccount;
}

/** The group page's announcements, said in this dialog while it stays open, or handed to the host when it closes with them. */
class DialogAnnouncer extends Announcer {
  last = '';

  constructor(
    host: ConstructorParameters<typeof Announcer>[0],
    private readonly speaksHere: () => boolean,
  ) {
    super(host);
  }

  override say(text: string): void {
    this.last = text;
    if (this.speaksHere()) super.say(text);
  }
}

/**
 * The writes of the group page's members panel, for one user: its group is the one chosen
 * (« Ajouter à un groupe ») or the one acted on (« Gérer l'appartenance »). Choosing another group
 * keeps what the user typed: the form is about this user, whatever the group.
 */
class UserMemberWrites extends MemberWritesController {
  constructor(
    element: ConstructorParameters<typeof MemberWritesController>[0],
    options: MemberWritesOptions,
    private readonly accountId: () => string,
  ) {
    super(element, options);
  }

  override hostUpdate(): void {
    const typed = this.attach.values;
    super.hostUpdate();
    const values = this.attach.values;
    this.attach = { ...this.attach, values: { accountId: this.accountId(), openingDate: typed.openingDate || values.openingDate, closingDate: typed.closingDate } };
  }

  /** A new form, for another user or another opening: nothing of the last one stays. */
  restart(accountId: string, today: string): void {
    this.attach = { values: { accountId, openingDate: today, closingDate: '' }, tried: false, serverErrors: [], changed: new Set() };
    this.notice = undefined;
  }
}

/**
 * The groups of one user of a convention, from the users list (CAF guide, « Autres actions »):
 *
 * - « Ajouter à un groupe » (fiche 4, « Ajouter un utilisateur au groupe »): the user, the group
 *   chosen among the open groups the acting person manages, the opening date (today by
 *   default) and an optional closing date; « Ajouter au groupe » attaches him.
 * - « Gérer l'appartenance de l'utilisateur » (fiche 6): his groups with their dates; for those
 *   the acting person manages, « Modifier les dates » (the group page's dialog « Modifier
 *   l'appartenance ») and « Détacher » (confirmed, starting on « Annuler »).
 *
 * The writes, their checks, their refusals in words (R6 dates, R12 Afas, R15 someone else's
 * change) and their outcomes are the group page's (`<habil-group-members>`), so that both screens
 * behave and speak the same. What is offered follows the request's `may` (the groups' `actions`).
 *
 * @tag habil-user-memberships
 *
 * @fires habil-member-added - The user was attached to a group: `detail: { group, membership }`.
 * @fires habil-member-updated - The dates of one of his memberships changed: `detail: { group, membership }`.
 * @fires habil-member-removed - He was detached from a group: `detail: { group, membership }` (the membership before).
 *
 * @csspart dialog - The `<dialog>`.
 * @csspart memberships - The table of his groups.
 * @csspart member-action - The buttons of a membership (with `edit-dates-button` or `detach-button`).
 */
export class HabilUserMemberships extends HabilElement {
  static override styles = [HabilElement.styles, partStyles, dialogStyles];

  @state()
  private request: UserMembershipsRequest | undefined;

  /** « Ajouter à un groupe »: the group chosen. */
  @state()
  private groupId = '';

  @state()
  private groupTried = false;

  /** « Gérer l'appartenance »: the group acted on, and his membership of each group he may be changed in (with its version). */
  @state()
  private actingGroupId = '';

  @state()
  private members = new Map<string, Membership>();

  @state()
  private readFailed = false;

  @query('#memberships-dialog')
  private dialog!: HTMLDialogElement;

  private readonly t = new LocalizeController(this, userMembershipsMessages);
  private readonly groupWords: UserGroupsWords = new LocalizeController(this, userGroupsMessages);
  private readonly announcer = new DialogAnnouncer(this, () => this.request?.view === 'manage');
  private readonly writes = new UserMemberWrites(
    this,
    {
      api: () => this.api,
      t: this.groupWords,
      announcer: this.announcer,
      group: () => this.currentGroup,
      today: () => this.request?.today ?? '',
      members: () => {
        const membership = this.members.get(this.actingGroupId);
        return membership ? [membership] : [];
      },
      attachable: () => (this.request ? [this.request.account] : []),
      reloadMembers: () => this.readMemberships([this.actingGroupId]),
      changed: (type, group, membership) => void this.changed(type, group, membership),
    },
    () => this.request?.account.id ?? '',
  );
  private outcome: UserMembershipsOutcome = { changed: false };
  private readonly question = new DialogQuestion<UserMembershipsOutcome>(this, {
    none: () => this.outcome,
    dialog: () => this.dialog,
    focus: () => this.focusFirst(),
  });

  /** Whether the dialog is showing. */
  get open(): boolean {
    return this.dialog?.open ?? false;
  }

  /**
   * Opens the dialog for `request`; resolves when it closes, saying whether a membership changed
   * meanwhile and what to say (an attachment closes the dialog: the host says it).
   */
  show(request: UserMembershipsRequest): Promise<UserMembershipsOutcome> {
    // The question still open, if any, gets what it did (before this one starts afresh).
    this.question.give(this.outcome);
    this.request = request;
    this.outcome = { changed: false };
    this.groupId = '';
    this.groupTried = false;
    this.actingGroupId = '';
    this.members = new Map();
    this.readFailed = false;
    this.writes.restart(request.account.id, request.today);
    if (request.view === 'manage') void this.readMemberships(this.changeableGroupIds());
    return this.question.ask();
  }

  /** The group to choose (once its field has drawn its control), or the heading of his groups. */
  private async focusFirst(): Promise<void> {
    const field = this.renderRoot.querySelector<HabilField>('#attach-form habil-field[name="groupId"]');
    if (field) {
      await field.updateComplete;
      field.focus();
    } else this.renderRoot.querySelector<HTMLElement>('.members-heading')?.focus();
  }

  private get name(): string {
    return this.request ? personName(this.request.account) : '';
  }

  private get currentGroup(): Group | undefined {
    const id = this.request?.view === 'add' ? this.groupId : this.actingGroupId;
    return this.request?.groups.find((group) => group.id === id);
  }

  private groupOf(groupId: string): Group | undefined {
    return this.request?.groups.find((group) => group.id === groupId);
  }

  /** The groups he belongs to (or will) where the acting person may change his membership. */
  private changeableGroupIds(): string[] {
    const request = this.request;
    if (!request) return [];
    return request.account.memberships
      .filter((m) => periodState(m, request.today) !== 'ended')
      .map((m) => this.groupOf(m.groupId))
      .filter((group): group is Group => !!group && (request.may(group, 'edit-member') || request.may(group, 'remove-member')))
      .map((group) => group.id);
  }

  /** His membership of each group, as the group's list has it (with the version a change sends back, R15). */
  private async readMemberships(groupIds: readonly string[]): Promise<void> {
    const accountId = this.request?.account.id;
    if (!accountId) return;
    try {
      const lists = await Promise.all(groupIds.map((id) => this.api.call('listMembers', { params: { id } })));
      const members = new Map(this.members);
      groupIds.forEach((id, index) => {
        const membership = lists[index]!.find((m) => m.accountId === accountId);
        if (membership) members.set(id, membership);
        else members.delete(id);
      });
      this.members = members;
      this.readFailed = false;
    } catch {
      this.readFailed = true;
    }
  }

  private async changed(type: MemberChange, group: Group, membership: Membership): Promise<void> {
    this.outcome = { ...this.outcome, changed: true };
    this.emit(type, { group, membership });
    const request = this.request;
    if (!request) return;
    if (request.view === 'add') {
      this.outcome = { changed: true, outcome: this.announcer.last };
      this.dialog.close();
      return;
    }
    // His groups as they are now: the dates saved, a detached group ended.
    try {
      const account = await this.api.call('getAccount', { params: { id: request.account.id } });
      if (this.request !== request) return;
      this.request = { ...request, account };
    } catch {
      this.readFailed = true;
    }
    await this.readMemberships([group.id]);
  }

  private onClose(): void {
    this.question.give(this.outcome);
  }

  // ---- « Ajouter à un groupe » ----------------------------------------------------------------

  private chooseGroup(groupId: string): void {
    this.groupId = groupId;
  }

  private async submitAdd(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (!this.groupId) {
      this.groupTried = true;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#attach-form [name="groupId"]')?.focus();
      return;
    }
    await this.writes.submitAttach();
  }

  // ---- rendering ---------------------------------------------------------------------------------

  protected override render() {
    const request = this.request;
    return html`
      <dialog id="memberships-dialog" part="dialog" class="wide" aria-labelledby="memberships-heading" @close=${this.onClose}>
        ${request ? (request.view === 'add' ? this.renderAdd(request) : this.renderManage(request)) : nothing}
      </dialog>
    `;
  }

  private renderDate(name: 'openingDate' | 'closingDate', required: boolean) {
    const g = this.groupWords;
    return html`<habil-field
      name=${name}
      type="date"
      label=${g.msg(name === 'openingDate' ? 'fieldOpeningDate' : 'fieldClosingDate')}
      hint=${required ? '' : g.msg('closingDateHint')}
      .value=${this.writes.attach.values[name]}
      error=${this.writes.attachErrors().get(name) ?? ''}
      ?required=${required}
      @input=${(event: Event) => this.writes.setAttach(name, (event.currentTarget as HabilField).value)}
    ></habil-field>`;
  }

  private renderAdd(request: UserMembershipsRequest) {
    const g = this.groupWords;
    const account = request.account;
    const current = account.memberships.filter((m) => periodState(m, request.today) !== 'ended');
    const currentIds = new Set(current.map((m) => m.groupId));
    const groups = request.groups.filter((group) => request.may(group, 'add-member') && !currentIds.has(group.id));
    const group = this.currentGroup;
    const failure = this.writes.attach.failure;
    const sending = this.writes.attaching;
    return html`
      <h2 id="memberships-heading">${this.t.msg('addHeading', this.name)}</h2>
      <form id="attach-form" novalidate @submit=${(event: SubmitEvent) => void this.submitAdd(event)} @keydown=${submitOnEnter}>
        <p class="required-legend">${g.msg('requiredLegend')}</p>
        <p><strong>${this.t.msg('user')}${g.msg('colon')}</strong>${account.nom} ${account.prenom} (${account.identifier})</p>
        <p class="chosen-groups">
          ${current.length
            ? g.msg('chosenUserGroups', this.name, current.map((m) => `${m.groupCode} (${periodText(g, m)})`).join(', '))
            : g.msg('chosenUserNoGroup', this.name)}
        </p>
        ${renderNotice(failure && group ? { variant: 'error', text: this.writes.refusalText(failure, g.msg('whatAttach', group.code)), error: failure } : undefined)}
        <habil-field
          name="groupId"
          type="select"
          required
          label=${this.t.msg('group')}
          hint=${this.t.msg('groupHint')}
          empty-option-label=${this.t.msg('chooseGroup')}
          .options=${groups.map((option) => ({ value: option.id, label: `${option.code} – ${option.label}` }))}
          .value=${this.groupId}
          error=${this.groupTried && !this.groupId ? this.t.msg('chooseGroupError') : ''}
          @change=${(event: Event) => this.chooseGroup((event.currentTarget as HabilField).value)}
        ></habil-field>
        ${group ? html`<p>${group.parentCode ? g.msg('editParent', group.parentCode) : g.msg('editNoParent')}</p>` : nothing}
        <div class="grid">${this.renderDate('openingDate', true)} ${this.renderDate('closingDate', false)}</div>
        <div class="actions">
          <button type="button" class="button" @click=${() => this.dialog.close()}>${this.locale.msg('cancel')}</button>
          <button type="submit" class="button button--primary" aria-disabled=${sending ? 'true' : 'false'}>
            ${sending ? g.msg('saving') : g.msg('attachSubmit')}
          </button>
        </div>
      </form>
    `;
  }

  private renderManage(request: UserMembershipsRequest) {
    const g = this.groupWords;
    const rows: MembershipRow[] = request.account.memberships
      .map((membership) => ({ groupId: membership.groupId, code: membership.groupCode, membership }))
      .sort((a, b) => a.code.localeCompare(b.code, 'fr', { sensitivity: 'base' }));
    const editing = this.writes.editing;
    const acting = this.currentGroup;
    return html`
      <h2 id="memberships-heading" class="members-heading" tabindex="-1">${this.t.msg('manageHeading', this.name)}</h2>
      ${this.announcer.render()} ${renderNotice(this.writes.notice)}
      ${renderNotice(this.readFailed ? { variant: 'error', text: this.t.msg('membershipsUnreadable') } : undefined)}
      ${rows.length === 0
        ? html`<p>${this.t.msg('noMembership', this.name)}</p>`
        : html`<habil-data-table
            part="memberships"
            exportparts="member-action, edit-dates-button, detach-button"
            caption=${this.t.msg('membershipsCaption', this.name)}
            caption-hidden
            row-key="groupId"
            .columns=${this.columns(request)}
            .rows=${rows}
          ></habil-data-table>`}
      <div class="actions">
        <button type="button" class="button" @click=${() => this.dialog.close()}>${this.locale.msg('close')}</button>
      </div>
      ${acting
        ? renderDatesDialog({
            t: g,
            cancelLabel: this.locale.msg('cancel'),
            group: acting,
            writes: this.writes,
            otherGroups: editing
              ? request.account.memberships.filter((m) => m.groupId !== acting.id && periodState(m, request.today) !== 'ended')
              : undefined,
          })
        : nothing}
      <habil-confirm-dialog></habil-confirm-dialog>
    `;
  }

  private columns(request: UserMembershipsRequest): DataTableColumn<MembershipRow>[] {
    const g = this.groupWords;
    const states = { upcoming: 'membershipUpcoming', current: 'membershipCurrent', ended: 'membershipEnded' } as const;
    return [
      { key: 'code', header: g.msg('colCode'), rowHeader: true },
      { key: 'label', header: g.msg('colLabel'), render: (row) => row.membership.groupLabel },
      { key: 'openingDate', header: g.msg('colOpeningDate'), render: (row) => html`<span part="date">${g.formatDate(row.membership.openingDate)}</span>` },
      { key: 'closingDate', header: g.msg('colClosingDate'), render: (row) => html`<span part="date">${g.formatDate(row.membership.closingDate)}</span>` },
      { key: 'status', header: g.msg('colMembership'), render: (row) => g.msg(states[periodState(row.membership, request.today)]) },
      { key: 'actions', header: g.msg('colActions'), render: (row) => this.renderActions(request, row) },
    ];
  }

  private renderActions(request: UserMembershipsRequest, row: MembershipRow) {
    if (periodState(row.membership, request.today) === 'ended') return nothing;
    const group = this.groupOf(row.groupId);
    if (!group) return nothing;
    const canEdit = request.may(group, 'edit-member');
    const canRemove = request.may(group, 'remove-member');
    if (!canEdit && !canRemove) {
      return html`<span part="muted">${request.afasBlocked(group) ? this.t.msg('afasReserved') : this.t.msg('notYours')}</span>`;
    }
    const membership = this.members.get(group.id);
    if (!membership) return this.readFailed ? nothing : html`<span part="muted">${this.locale.msg('loading')}</span>`;
    const g = this.groupWords;
    const act = (run: (membership: Membership) => unknown) => () => {
      this.actingGroupId = group.id;
      void this.updateComplete.then(() => run(membership));
    };
    const button = (action: 'edit-dates' | 'detach', label: string, spoken: string, onClick: () => void) =>
      html`<button type="button" class="button" part="member-action ${action}-button" aria-label=${spoken} @click=${onClick}>${label}</button>`;
    return html`<span part="row-actions">
      ${canEdit ? button('edit-dates', g.msg('editDates'), this.t.msg('editDatesIn', group.code), act((m) => this.writes.openEdit(m))) : nothing}
      ${canRemove ? button('detach', g.msg('detach'), this.t.msg('detachFrom', group.code), act((m) => this.writes.detach(m))) : nothing}
    </span>`;
  }
}
