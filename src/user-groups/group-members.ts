import { initialState, Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ProblemError } from '../client/errors.js';
import type { HabilClient } from '../client/types.js';
import type { AccountSummary, Convention, FieldError, Group, Membership, MembershipOfAccount } from '../domain/index.js';
import { AFAS_APPLICATION_ID, validateDates } from '../domain/index.js';
import { HabilElement } from '../internal/habil-element.js';
import { LocalizeController } from '../internal/localize.js';
import type { HabilConfirmDialog } from '../ui/confirm-dialog/confirm-dialog.js';
import type { DataTableColumn } from '../ui/data-table/data-table.js';
import type { HabilField } from '../ui/field/field.js';
import type { HabilLiveRegion } from '../ui/live-region/live-region.js';
import { dayToCheckAgainst, submitOnEnter } from '../internal/forms.js';
import { fieldErrorText, personName, userOptionLabel } from './form-support.js';
import { periodState } from './hierarchy.js';
import { userGroupsMessages } from './messages.js';
import type { HabilNewUserDialog } from './new-user-dialog.js';
import { dialogStyles, partStyles } from './parts.styles.js';

export interface MemberChangeDetail {
  /** The group, as it was shown when the user acted. */
  group: Group;
  /** The membership as the server returned it; for a removal, as it was before. */
  membership: Membership;
}

export interface GroupChangedDetail {
  /** The group as the server returned it after a change; absent when it must be read again. */
  group?: Group;
}

declare module '../internal/events.js' {
  interface HabilEventMap {
    'habil-member-added': CustomEvent<MemberChangeDetail>;
    'habil-member-updated': CustomEvent<MemberChangeDetail>;
    'habil-member-removed': CustomEvent<MemberChangeDetail>;
    'habil-group-changed': CustomEvent<GroupChangedDetail>;
    'habil-convention-users-changed': CustomEvent<Record<never, never>>;
  }
}

interface MemberRow {
  accountId: string;
  name: string;
  membership: Membership;
}

interface Dates {
  openingDate: string;
  closingDate: string;
}

/** A form of the panel: its values, its errors, and what the server said about it. */
interface FormState<V> {
  values: V;
  tried: boolean;
  serverErrors: FieldError[];
  /** Fields changed since the server's errors: theirs no longer apply. */
  changed: Set<string>;
  failure?: unknown;
  sending: boolean;
}

function formState<V>(values: V): FormState<V> {
  return { values, tried: false, serverErrors: [], changed: new Set(), sending: false };
}

type AttachValues = Dates & { accountId: string };

/** The panel's own check beside the domain's: the contract cannot erase a closing date. */
const CLOSING_DATE_KEPT = 'closing-date-kept';

const MEMBERSHIP_STATE_KEYS = { upcoming: 'membershipUpcoming', current: 'membershipCurrent', ended: 'membershipEnded' } as const;

/** The other groups of each member, by account (undefined: the account could not be read). */
type OtherGroups = Map<string, MembershipOfAccount[] | undefined>;

/**
 * The members of a group (CAF guide, fiches 4–6 and "Gérer l'appartenance de
 * l'utilisateur"): who belongs to it and since when, until when, and in which other groups;
 * attach a user of the convention with opening and closing dates (today by default), change
 * the dates of a membership, detach a member after confirmation (his account stays open; the
 * rights the group gave him end today).
 *
 * What is offered follows the group's `actions` (R12: the partner administrator, and the
 * responsable habilitations of the group or of a group above it); every refusal of the server
 * is explained in words, on the field it concerns when it is about one.
 *
 * @tag habil-group-members
 *
 * @fires habil-member-added - A user was attached: `detail: { group, membership }`.
 * @fires habil-member-updated - The dates of a membership changed: `detail: { group, membership }`.
 * @fires habil-member-removed - A member was detached: `detail: { group, membership }` (the membership before).
 *
 * @csspart table - The members' `habil-data-table`.
 * @csspart attach - The "Rattacher un utilisateur" section.
 * @csspart member-action - The buttons of a member's row (with `edit-dates-button` or `detach-button`).
 */
export class HabilGroupMembers extends HabilElement {
  static override styles = [HabilElement.styles, partStyles, dialogStyles];

  @property({ attribute: false })
  group?: Group;

  /** The convention of the group: its users are the ones who can be attached. */
  @property({ attribute: false })
  convention?: Convention;

  /** The users of the convention (`searchAccounts` with `conventionId`). */
  @property({ attribute: false })
  users: AccountSummary[] = [];

  /** The server's day (`Me.today`). */
  @property()
  today = '';

  /** Offers to create the user to attach when he does not exist yet. */
  @property({ type: Boolean, attribute: 'can-create-user' })
  canCreateUser = false;

  @state()
  private attach: FormState<AttachValues> = formState({ accountId: '', openingDate: '', closingDate: '' });

  @state()
  private editing?: Membership;

  @state()
  private edit: FormState<Dates> = formState({ openingDate: '', closingDate: '' });

  /** R15: the membership was changed by someone else; the dialog says it was reloaded. */
  @state()
  private editConflict = false;

  @state()
  private notice?: { error: unknown; text: string };

  @state()
  private announced = false;

  /** Users created on the spot, offered before the host's list knows them. */
  @state()
  private createdUsers: AccountSummary[] = [];

  @query('habil-live-region')
  private liveRegion!: HabilLiveRegion;

  @query('habil-confirm-dialog')
  private confirmDialog!: HabilConfirmDialog;

  @query('habil-new-user-dialog')
  private newUserDialog!: HabilNewUserDialog;

  @query('#edit-dialog')
  private editDialog!: HTMLDialogElement;

  private readonly t = new LocalizeController(this, userGroupsMessages);

  private readonly membersTask = new Task(this, {
    task: async ([client, groupId], { signal }): Promise<Membership[] | typeof initialState> =>
      groupId ? client.call('listMembers', { params: { id: groupId } }, { signal }) : initialState,
    args: () => [this.api, this.group?.id] as [HabilClient, string | undefined],
  });

  /** "The user's other groups": read from each member's account once the list is known. */
  private readonly otherGroupsTask = new Task(this, {
    task: async ([client, members, groupId, today], { signal }): Promise<OtherGroups | typeof initialState> => {
      if (!members || !groupId) return initialState;
      const ids = [...new Set(members.map((m) => m.accountId))];
      const read = await Promise.all(
        ids.map((id) =>
          client.call('getAccount', { params: { id } }, { signal }).then(
            (account) => account.memberships.filter((m) => m.groupId !== groupId && periodState(m, today) !== 'ended'),
            () => undefined,
          ),
        ),
      );
      return new Map(ids.map((id, index) => [id, read[index]]));
    },
    args: () => [this.api, this.membersTask.value, this.group?.id, this.today] as [HabilClient, Membership[] | undefined, string | undefined, string],
  });

  /** The groups of the user about to be attached. */
  private readonly chosenUserTask = new Task(this, {
    task: async ([client, accountId], { signal }) => (accountId ? client.call('getAccount', { params: { id: accountId } }, { signal }) : initialState),
    args: () => [this.api, this.attach.values.accountId] as [HabilClient, string],
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    const previous = changed.get('group') as Group | undefined;
    if (changed.has('group') && previous?.id !== this.group?.id) {
      this.attach = formState({ accountId: '', openingDate: this.today, closingDate: '' });
      this.notice = undefined;
    }
    if (changed.has('today') && !this.attach.values.openingDate) this.attach = { ...this.attach, values: { ...this.attach.values, openingDate: this.today } };
  }

  private get actions(): readonly string[] {
    return this.group?.actions ?? [];
  }

  private get members(): Membership[] {
    return this.membersTask.value ?? [];
  }

  private announce(text: string): void {
    this.announced = true;
    void this.liveRegion.announce(text);
  }

  /** The words of a refusal, with what the acting person can do about it. */
  private failureText(error: unknown, what: string): string {
    if (error instanceof ProblemError && error.code === 'afas-habiliter-required') return this.t.msg('afasRefused', what);
    return what;
  }

  private afterChange(): void {
    void this.membersTask.run();
    this.emit('habil-group-changed', {});
  }

  // ---- attach -------------------------------------------------------------------------------

  private get attachableUsers(): AccountSummary[] {
    const current = new Set(this.members.filter((m) => periodState(m, this.today) !== 'ended').map((m) => m.accountId));
    const known = new Set(this.users.map((u) => u.id));
    return [...this.users, ...this.createdUsers.filter((u) => !known.has(u.id))].filter((u) => u.status === 'ouvert' && !current.has(u.id));
  }

  private setAttach(name: keyof AttachValues, value: string): void {
    const changed = new Set(this.attach.changed).add(name);
    this.attach = { ...this.attach, values: { ...this.attach.values, [name]: value }, changed };
  }

  private attachProblems(): { field: string; code: string }[] {
    const { accountId, openingDate, closingDate } = this.attach.values;
    const problems: { field: string; code: string }[] = [];
    if (!accountId) problems.push({ field: 'accountId', code: 'required' });
    if (!openingDate) problems.push({ field: 'openingDate', code: 'required' });
    problems.push(...validateDates({ openingDate, ...(closingDate ? { closingDate } : {}) }, dayToCheckAgainst(this.today)));
    return problems;
  }

  private formErrors<V>(form: FormState<V>, problems: { field: string; code: string }[]): Map<string, string> {
    const errors = new Map<string, string>();
    const describe = (p: { code: string; message?: string }) =>
      p.code === CLOSING_DATE_KEPT ? this.t.msg('closingDateKept') : fieldErrorText(p, this.t.lang, this.t.msg('fieldRefused'));
    if (form.tried) for (const p of problems) if (!errors.has(p.field)) errors.set(p.field, describe(p));
    for (const p of form.serverErrors) if (!errors.has(p.field) && !form.changed.has(p.field)) errors.set(p.field, describe(p));
    return errors;
  }

  private async focusFirstError(root: ParentNode, errors: Map<string, string>, order: readonly string[]): Promise<void> {
    await this.updateComplete;
    const first = order.find((name) => errors.has(name));
    if (first) root.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
  }

  private async submitAttach(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const group = this.group;
    if (!group || this.attach.sending) return;
    this.attach = { ...this.attach, tried: true, serverErrors: [], changed: new Set(), failure: undefined };
    const problems = this.attachProblems();
    if (problems.length > 0) {
      await this.focusFirstError(this.renderRoot.querySelector('#attach-form')!, this.formErrors(this.attach, problems), ['accountId', 'openingDate', 'closingDate']);
      return;
    }
    const { accountId, openingDate, closingDate } = this.attach.values;
    const user = this.attachableUsers.find((u) => u.id === accountId);
    const name = user ? personName(user) : accountId;
    this.attach = { ...this.attach, sending: true };
    try {
      const membership = await this.api.call('addMember', {
        params: { id: group.id },
        body: { accountId, openingDate, ...(closingDate ? { closingDate } : {}) },
      });
      this.attach = formState({ accountId: '', openingDate: this.today, closingDate: '' });
      this.announce(this.t.msg('memberAdded', name, group.code, this.t.formatDate(membership.openingDate)));
      this.emit('habil-member-added', { group, membership });
      this.afterChange();
    } catch (error) {
      const serverErrors = error instanceof ProblemError ? [...error.fieldErrors] : [];
      this.attach = { ...this.attach, sending: false, serverErrors, failure: error };
      if (serverErrors.length > 0) await this.focusFirstError(this.renderRoot.querySelector('#attach-form')!, this.formErrors(this.attach, []), ['accountId', 'openingDate', 'closingDate']);
    }
  }

  private async createUser(): Promise<void> {
    const convention = this.convention;
    if (!convention) return;
    const account = await this.newUserDialog.create({ conventionId: convention.id, conventionLabel: convention.label, today: this.today, purpose: 'member' });
    if (!account) return;
    this.createdUsers = [...this.createdUsers, account];
    this.setAttach('accountId', account.id);
    this.announce(this.t.msg('userCreatedToAttach', personName(account), account.identifier));
    this.emit('habil-convention-users-changed', {});
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#attach-form [name="accountId"]')?.focus();
  }

  // ---- membership dates -----------------------------------------------------------------------

  private openEdit(membership: Membership): void {
    this.editing = membership;
    this.editConflict = false;
    this.edit = formState({ openingDate: membership.openingDate, closingDate: membership.closingDate ?? '' });
    void this.updateComplete.then(() => {
      this.editDialog.showModal();
      this.editDialog.querySelector<HTMLElement>('[name="openingDate"]')?.focus();
    });
  }

  private setEdit(name: keyof Dates, value: string): void {
    this.edit = { ...this.edit, values: { ...this.edit.values, [name]: value }, changed: new Set(this.edit.changed).add(name) };
  }

  private editProblems(): { field: string; code: string }[] {
    const { openingDate, closingDate } = this.edit.values;
    const problems: { field: string; code: string }[] = [];
    if (!openingDate) problems.push({ field: 'openingDate', code: 'required' });
    // The contract cannot erase a closing date: the user sets another one, or detaches.
    if (this.editing?.closingDate && !closingDate) problems.push({ field: 'closingDate', code: CLOSING_DATE_KEPT });
    problems.push(...validateDates({ openingDate, ...(closingDate ? { closingDate } : {}) }, dayToCheckAgainst(this.today)));
    return problems;
  }

  private editErrors(): Map<string, string> {
    return this.formErrors(this.edit, this.editProblems());
  }

  private async submitEdit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const group = this.group;
    const membership = this.editing;
    if (!group || !membership || this.edit.sending) return;
    this.edit = { ...this.edit, tried: true, serverErrors: [], changed: new Set(), failure: undefined };
    this.editConflict = false;
    if (this.editProblems().length > 0) {
      await this.focusFirstError(this.editDialog, this.editErrors(), ['openingDate', 'closingDate']);
      return;
    }
    const { openingDate, closingDate } = this.edit.values;
    const body = {
      ...(openingDate !== membership.openingDate ? { openingDate } : {}),
      ...(closingDate && closingDate !== membership.closingDate ? { closingDate } : {}),
    };
    if (Object.keys(body).length === 0) {
      this.editDialog.close();
      return;
    }
    this.edit = { ...this.edit, sending: true };
    const name = personName(membership);
    try {
      const updated = await this.api.call('updateMember', { params: { id: group.id, accountId: membership.accountId }, body, ifMatch: membership.version });
      this.edit = { ...this.edit, sending: false };
      this.editDialog.close();
      this.announce(this.t.msg('memberUpdated', name, group.code, this.periodText(updated)));
      this.emit('habil-member-updated', { group, membership: updated });
      this.afterChange();
    } catch (error) {
      if (error instanceof ProblemError && error.isStaleWrite) {
        await this.reloadEditedMembership(membership);
        return;
      }
      const serverErrors = error instanceof ProblemError ? [...error.fieldErrors] : [];
      this.edit = { ...this.edit, sending: false, serverErrors, failure: error };
      if (serverErrors.length > 0) await this.focusFirstError(this.editDialog, this.editErrors(), ['openingDate', 'closingDate']);
    }
  }

  /** R15: the membership changed meanwhile; the dialog takes its new version and keeps what the user typed. */
  private async reloadEditedMembership(membership: Membership): Promise<void> {
    await this.membersTask.run();
    const fresh = this.members.find((m) => m.accountId === membership.accountId);
    this.edit = { ...this.edit, sending: false };
    if (!fresh || periodState(fresh, this.today) === 'ended') {
      this.editDialog.close();
      this.notice = { error: undefined, text: this.t.msg('membershipGone', personName(membership)) };
      return;
    }
    this.editing = fresh;
    this.editConflict = true;
  }

  private periodText(m: { openingDate: string; closingDate?: string | undefined }): string {
    const from = this.t.formatDate(m.openingDate);
    return m.closingDate ? this.t.msg('periodUntil', from, this.t.formatDate(m.closingDate)) : this.t.msg('periodOpen', from);
  }

  // ---- detach ---------------------------------------------------------------------------------

  private async detach(membership: Membership): Promise<void> {
    const group = this.group;
    if (!group) return;
    const name = personName(membership);
    const confirmed = await this.confirmDialog.ask({
      heading: this.t.msg('detachHeading', name, group.code),
      message: this.t.msg(periodState(membership, this.today) === 'upcoming' ? 'detachUpcomingMessage' : 'detachMessage', name, group.code),
      confirmLabel: this.t.msg('detach'),
      danger: true,
    });
    if (!confirmed) return;
    this.notice = undefined;
    try {
      await this.api.call('removeMember', { params: { id: group.id, accountId: membership.accountId } });
      this.announce(this.t.msg('memberRemoved', name, group.code));
      this.emit('habil-member-removed', { group, membership });
      this.afterChange();
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.members-heading')?.focus();
    } catch (error) {
      this.notice = { error, text: this.failureText(error, this.t.msg('whatDetach', name, group.code)) };
      if (error instanceof ProblemError && error.status === 404) void this.membersTask.run();
    }
  }

  // ---- rendering ------------------------------------------------------------------------------

  protected override render() {
    const group = this.group;
    if (!group) return nothing;
    return html`
      <habil-live-region class=${this.announced ? 'announced' : ''} visible></habil-live-region>
      <h3 class="members-heading" tabindex="-1">${this.t.msg('membersHeading', group.code)}</h3>
      ${this.renderAccessNote(group)}
      <habil-alert class=${this.notice ? 'filled' : ''} .error=${this.notice?.error}>${this.notice?.text ?? ''}</habil-alert>
      ${this.membersTask.render({
        error: (error) =>
          html`<habil-alert class="filled" .error=${error} retryable retry-label=${this.t.msg('reloadMembers')} @habil-retry=${() => void this.membersTask.run()}></habil-alert>`,
      })}
      <habil-data-table
        part="table"
        exportparts="member-action, edit-dates-button, detach-button"
        caption=${this.t.msg('membersCaption', group.code)}
        caption-hidden
        row-key="accountId"
        .columns=${this.columns()}
        .rows=${this.members.map((membership): MemberRow => ({ accountId: membership.accountId, name: `${membership.nom} ${membership.prenom}`, membership }))}
        ?loading=${this.membersTask.status === TaskStatus.INITIAL || this.membersTask.status === TaskStatus.PENDING}
        ?hidden=${this.membersTask.error !== undefined}
      >
        <span slot="empty">${this.t.msg('noMembers')}</span>
      </habil-data-table>
      ${this.actions.includes('add-member') ? this.renderAttach(group) : nothing} ${this.renderEditDialog(group)}
      <habil-confirm-dialog></habil-confirm-dialog>
      <habil-new-user-dialog .client=${this.api}></habil-new-user-dialog>
    `;
  }

  private renderAccessNote(group: Group) {
    const notes = [];
    if (group.status === 'cloture') notes.push(this.t.msg('membersClosedNote'));
    else if (!this.actions.includes('add-member')) notes.push(this.t.msg('membersReadOnlyNote'));
    const afasRoles = new Set(this.convention?.services.filter((s) => s.applicationId === AFAS_APPLICATION_ID).flatMap((s) => s.roles.map((r) => r.id)));
    if (group.status === 'ouvert' && this.actions.includes('add-member') && group.roleIds.some((id) => afasRoles.has(id))) notes.push(this.t.msg('afasMembersNote'));
    return notes.map((note) => html`<p class="note">${note}</p>`);
  }

  private columns(): DataTableColumn<MemberRow>[] {
    const today = this.today;
    const others = this.otherGroupsTask.value;
    const canEdit = this.actions.includes('edit-member');
    const canRemove = this.actions.includes('remove-member');
    const columns: DataTableColumn<MemberRow>[] = [
      { key: 'name', header: this.t.msg('colMember'), rowHeader: true },
      { key: 'identifier', header: this.t.msg('colIdentifier'), render: (row) => row.membership.identifier },
      { key: 'openingDate', header: this.t.msg('colOpeningDate'), render: (row) => html`<span part="date">${this.t.formatDate(row.membership.openingDate)}</span>` },
      { key: 'closingDate', header: this.t.msg('colClosingDate'), render: (row) => html`<span part="date">${this.t.formatDate(row.membership.closingDate)}</span>` },
      { key: 'status', header: this.t.msg('colMembership'), render: (row) => this.t.msg(MEMBERSHIP_STATE_KEYS[periodState(row.membership, today)]) },
      {
        key: 'otherGroups',
        header: this.t.msg('colOtherGroups'),
        render: (row) => {
          if (!others) return this.otherGroupsTask.status === TaskStatus.ERROR ? '' : html`<span part="muted">${this.locale.msg('loading')}</span>`;
          const groups = others.get(row.accountId);
          if (!groups) return html`<span part="muted">${this.t.msg('otherGroupsUnknown')}</span>`;
          return groups.length ? groups.map((g) => g.groupCode).join(', ') : html`<span part="muted">${this.t.msg('otherGroupsNone')}</span>`;
        },
      },
    ];
    if (!canEdit && !canRemove) return columns;
    columns.push({
      key: 'actions',
      header: this.t.msg('colActions'),
      render: (row) => {
        if (periodState(row.membership, today) === 'ended') return nothing;
        const name = personName(row.membership);
        return html`<span part="row-actions">
          ${canEdit
            ? html`<button
                type="button"
                class="button"
                part="member-action edit-dates-button"
                aria-label=${this.t.msg('editDatesOf', name)}
                @click=${() => this.openEdit(row.membership)}
              >
                ${this.t.msg('editDates')}
              </button>`
            : nothing}
          ${canRemove
            ? html`<button
                type="button"
                class="button"
                part="member-action detach-button"
                aria-label=${this.t.msg('detachOf', name)}
                @click=${() => void this.detach(row.membership)}
              >
                ${this.t.msg('detach')}
              </button>`
            : nothing}
        </span>`;
      },
    });
    return columns;
  }

  private renderAttach(group: Group) {
    const form = this.attach;
    const errors = this.formErrors(form, this.attachProblems());
    const options = this.attachableUsers.map((user) => ({ value: user.id, label: userOptionLabel(user) }));
    return html`
      <section part="attach" class="attach" aria-labelledby="attach-heading">
        <h3 id="attach-heading">${this.t.msg('attachHeading', group.code)}</h3>
        <form id="attach-form" novalidate @submit=${this.submitAttach} @keydown=${submitOnEnter}>
          <p class="required-legend">${this.t.msg('requiredLegend')}</p>
          <habil-alert class=${form.failure ? 'filled' : ''} .error=${form.failure}
            >${form.failure ? this.failureText(form.failure, this.t.msg('whatAttach', group.code)) : ''}</habil-alert
          >
          <div class="with-button">
            <habil-field
              name="accountId"
              type="select"
              label=${this.t.msg('fieldUser')}
              hint=${this.t.msg('userHint')}
              empty-option-label=${this.t.msg('chooseUser')}
              .options=${options}
              .value=${form.values.accountId}
              error=${errors.get('accountId') ?? ''}
              required
              @change=${(event: Event) => this.setAttach('accountId', (event.currentTarget as HabilField).value)}
            ></habil-field>
            ${this.canCreateUser
              ? html`<button type="button" class="button" @click=${() => void this.createUser()}>${this.t.msg('createUser')}</button>`
              : nothing}
          </div>
          <p class="chosen-groups" aria-live="polite">${this.renderChosenUserGroups()}</p>
          <div class="grid">
            ${this.renderDate('openingDate', this.t.msg('fieldOpeningDate'), form.values.openingDate, errors, true, (v) => this.setAttach('openingDate', v))}
            ${this.renderDate('closingDate', this.t.msg('fieldClosingDate'), form.values.closingDate, errors, false, (v) => this.setAttach('closingDate', v))}
          </div>
          <div class="actions">
            <button type="submit" class="button button--primary" aria-disabled=${form.sending ? 'true' : 'false'}>
              ${form.sending ? this.t.msg('saving') : this.t.msg('attachSubmit')}
            </button>
          </div>
        </form>
      </section>
    `;
  }

  private renderChosenUserGroups() {
    const accountId = this.attach.values.accountId;
    if (!accountId) return nothing;
    const account = this.chosenUserTask.value;
    if (!account || account.id !== accountId) return this.chosenUserTask.status === TaskStatus.ERROR ? this.t.msg('otherGroupsUnknown') : this.locale.msg('loading');
    const current = account.memberships.filter((m) => periodState(m, this.today) !== 'ended');
    if (current.length === 0) return this.t.msg('chosenUserNoGroup', personName(account));
    return this.t.msg('chosenUserGroups', personName(account), current.map((m) => `${m.groupCode} (${this.periodText(m)})`).join(', '));
  }

  private renderDate(name: string, label: string, value: string, errors: Map<string, string>, required: boolean, set: (value: string) => void) {
    return html`<habil-field
      name=${name}
      type="date"
      label=${label}
      hint=${required ? '' : this.t.msg('closingDateHint')}
      .value=${value}
      error=${errors.get(name) ?? ''}
      ?required=${required}
      @input=${(event: Event) => set((event.currentTarget as HabilField).value)}
    ></habil-field>`;
  }

  private renderEditDialog(group: Group) {
    const membership = this.editing;
    const errors = this.editErrors();
    const others = membership ? this.otherGroupsTask.value?.get(membership.accountId) : undefined;
    return html`
      <dialog id="edit-dialog" aria-labelledby="edit-heading" @close=${() => (this.editing = undefined)}>
        ${membership
          ? html`
              <h2 id="edit-heading">${this.t.msg('editHeading', personName(membership), group.code)}</h2>
              <p>${group.parentCode ? this.t.msg('editParent', group.parentCode) : this.t.msg('editNoParent')}</p>
              ${others && others.length > 0
                ? html`<p>${this.t.msg('chosenUserGroups', personName(membership), others.map((m) => `${m.groupCode} (${this.periodText(m)})`).join(', '))}</p>`
                : nothing}
              <habil-alert
                class=${this.editConflict || this.edit.failure ? 'filled' : ''}
                variant=${this.editConflict ? 'warning' : 'error'}
                heading=${this.editConflict ? this.t.msg('conflictHeading') : ''}
                .error=${this.edit.failure}
                >${this.editConflict ? this.t.msg('membershipReloaded', personName(membership), this.periodText(membership)) : ''}</habil-alert
              >
              <form novalidate @submit=${this.submitEdit} @keydown=${submitOnEnter}>
                <div class="grid">
                  ${this.renderDate('openingDate', this.t.msg('fieldOpeningDate'), this.edit.values.openingDate, errors, true, (v) => this.setEdit('openingDate', v))}
                  ${this.renderDate('closingDate', this.t.msg('fieldClosingDate'), this.edit.values.closingDate, errors, false, (v) => this.setEdit('closingDate', v))}
                </div>
                <div class="actions">
                  <button type="button" class="button" @click=${() => this.editDialog.close()}>${this.locale.msg('cancel')}</button>
                  <button type="submit" class="button button--primary" aria-disabled=${this.edit.sending ? 'true' : 'false'}>
                    ${this.edit.sending ? this.t.msg('saving') : this.t.msg('saveChanges')}
                  </button>
                </div>
              </form>
            `
          : nothing}
      </dialog>
    `;
  }
}
