import { initialState, Task, TaskStatus } from '@lit/task';
import { html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { HabilClient } from '../client/types.js';
import type { AccountSummary, Convention, Group, Membership } from '../domain/index.js';
import { defineElement } from '../internal/define.js';
import { HabilElement } from '../internal/habil-element.js';
import { LazyPart } from '../internal/lazy-part.js';
import { LocalizeController } from '../internal/localize.js';
// Its attach form and dates dialog draw habil-field: it defines it, for the widgets that load it on demand.
import '../ui/field/define.js';
import { Announcer } from './announcer.js';
import { defineConfirmDialog } from './confirm.js';
import { groupMembersMessages } from './group-members.messages.js';
import { periodState } from './hierarchy.js';
import { loadNewUserDialog } from './lazy.js';
import { renderAttachForm, renderDatesDialog } from './member-forms.js';
import { MemberWritesController } from './member-writes.js';
import { memberColumns, memberRows, renderAccessNotes, type OtherGroups } from './members-table.js';
import type { HabilNewUserDialog } from './new-user-dialog.js';
import { renderNotice } from './notice.js';
import { dialogStyles, partStyles } from './parts.styles.js';
import { personName } from './people.js';

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

  /**
   * The person may manage Afas profiles (R12: the partner administrator, or a member of a group
   * holding « Afas - Habiliter »). Without it, an Afas group's members are read only, and he is
   * told why rather than who else moves them.
   */
  @property({ type: Boolean, attribute: 'manages-afas' })
  managesAfas = false;

  /** Users created on the spot, offered before the host's list knows them. */
  @state()
  private createdUsers: AccountSummary[] = [];

  @query('habil-new-user-dialog')
  private newUserDialog!: HabilNewUserDialog;

  private readonly t = new LocalizeController(this, groupMembersMessages);

  private readonly announcer = new Announcer(this);

  /** « Créer un utilisateur », loaded the first time it is asked for. */
  private readonly newUser = new LazyPart(this, loadNewUserDialog);

  private readonly membersTask = new Task(this, {
    task: async ([client, groupId], { signal }): Promise<Membership[] | typeof initialState> =>
      groupId ? client.call('listMembers', { params: { id: groupId } }, { signal }) : initialState,
    args: () => [this.api, this.group?.id] as [HabilClient, string | undefined],
  });

  private readonly writes = new MemberWritesController(this, {
    api: () => this.api,
    t: this.t,
    announcer: this.announcer,
    group: () => this.group,
    today: () => this.today,
    members: () => this.members,
    attachable: () => this.attachableUsers,
    reloadMembers: () => this.membersTask.run(),
    changed: (type, group, membership) => {
      this.emit(type, { group, membership });
      void this.membersTask.run();
      this.emit('habil-group-changed', {});
    },
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
    args: () => [this.api, this.writes.attach.values.accountId] as [HabilClient, string],
  });

  private get members(): Membership[] {
    return this.membersTask.value ?? [];
  }

  private get attachableUsers(): AccountSummary[] {
    const current = new Set(this.members.filter((m) => periodState(m, this.today) !== 'ended').map((m) => m.accountId));
    const known = new Set(this.users.map((u) => u.id));
    return [...this.users, ...this.createdUsers.filter((u) => !known.has(u.id))].filter((u) => u.status === 'ouvert' && !current.has(u.id));
  }

  private async createUser(): Promise<void> {
    const convention = this.convention;
    if (!convention) return;
    if (!(await this.newUser.load())) {
      this.writes.notice = { variant: 'error', text: '', error: this.newUser.error };
      this.requestUpdate();
      return;
    }
    await this.updateComplete;
    const account = await this.newUserDialog.create({ conventionId: convention.id, conventionLabel: convention.label, today: this.today, purpose: 'member' });
    if (!account) return;
    this.createdUsers = [...this.createdUsers, account];
    this.writes.setAttach('accountId', account.id);
    this.announcer.say(this.t.msg('userCreatedToAttach', personName(account), account.identifier));
    this.emit('habil-convention-users-changed', {});
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#attach-form [name="accountId"]')?.focus();
  }

  protected override render() {
    const group = this.group;
    if (!group) return nothing;
    const actions = group.actions;
    const editing = this.writes.editing;
    return html`
      ${this.announcer.render()}
      <h3 class="members-heading" tabindex="-1">${this.t.msg('membersHeading', group.code)}</h3>
      ${renderAccessNotes(this.t, group, this.convention, this.managesAfas)} ${renderNotice(this.writes.notice)}
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
        .columns=${memberColumns({
          t: this.t,
          loadingText: this.locale.msg('loading'),
          today: this.today,
          otherGroups: this.otherGroupsTask.value,
          otherGroupsFailed: this.otherGroupsTask.status === TaskStatus.ERROR,
          canEdit: actions.includes('edit-member'),
          canRemove: actions.includes('remove-member'),
          onEditDates: (membership) => this.writes.openEdit(membership),
          onDetach: (membership) => void this.writes.detach(membership),
        })}
        .rows=${memberRows(this.members)}
        ?loading=${this.membersTask.status === TaskStatus.INITIAL || this.membersTask.status === TaskStatus.PENDING}
        ?hidden=${this.membersTask.error !== undefined}
      >
        <span slot="empty">${this.t.msg('noMembers')}</span>
      </habil-data-table>
      ${actions.includes('add-member')
        ? renderAttachForm({
            t: this.t,
            loadingText: this.locale.msg('loading'),
            group,
            today: this.today,
            writes: this.writes,
            users: this.attachableUsers,
            chosen: this.chosenUserTask.value,
            chosenFailed: this.chosenUserTask.status === TaskStatus.ERROR,
            canCreateUser: this.canCreateUser,
            onCreateUser: () => void this.createUser(),
          })
        : nothing}
      ${renderDatesDialog({
        t: this.t,
        cancelLabel: this.locale.msg('cancel'),
        group,
        writes: this.writes,
        otherGroups: editing ? this.otherGroupsTask.value?.get(editing.accountId) : undefined,
      })}
      <habil-confirm-dialog></habil-confirm-dialog>
      ${this.newUser.loaded ? html`<habil-new-user-dialog .client=${this.api}></habil-new-user-dialog>` : nothing}
    `;
  }
}

/** Registers the members' tab, with the confirmation it asks with (a group's page does it as it loads, group-page-screen.ts). */
export function defineGroupMembers(): void {
  defineElement('habil-group-members', HabilGroupMembers);
  defineConfirmDialog();
}
