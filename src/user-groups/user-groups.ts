import { initialState, Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ProblemError } from '../client/errors.js';
import type { HabilClient } from '../client/types.js';
import type { Convention, Group, GroupPatch, Me } from '../domain/index.js';
import type { HabilEventDetail, HabilEventMap } from '../internal/events.js';
import { HabilElement } from '../internal/habil-element.js';
import { MeController } from '../internal/me.js';
import { LazyPart } from '../internal/lazy-part.js';
import { renderPart } from '../internal/lazy-part-view.js';
import { loadingStyles } from '../internal/loading-styles.js';
import { cellStyles } from '../ui/styles/cell.styles.js';
import { headingStyles } from '../ui/styles/heading.styles.js';
import { statusStyles } from '../ui/styles/status.styles.js';
import { LocalizeController } from '../internal/localize.js';
import type { HabilConfirmDialog } from '../ui/confirm-dialog/confirm-dialog.js';
import { ActiveConvention } from './active-convention.js';
import { Announcer } from './announcer.js';
import type { GroupEditing, OpenFormOptions } from './group-editing.js';
import type { GroupChangedDetail } from './group-members.js';
import type { GroupPageAction, PassedOn, UserGroupsPanel } from './group-page-screen.js';
import { renderGroupsList, type GroupRowAction } from './groups-list-screen.js';
import { GroupsTreeController } from './groups-tree.js';
import { loadGroupEditing, loadGroupPage } from './lazy.js';
import { renderNotice, type Notice } from './notice.js';
import { renderBack, renderConventionLine, renderLoading } from './screen-parts.js';
import { userGroupsMessages } from './user-groups.messages.js';
import { userGroupsStyles } from './user-groups.styles.js';

export type { UserGroupsPanel } from './group-page-screen.js';

export interface GroupChangeDetail {
  /** The group as the server returned it. */
  group: Group;
}

export interface GroupUpdatedDetail extends GroupChangeDetail {
  /** What the user changed. */
  changes: GroupPatch;
}

declare module '../internal/events.js' {
  interface HabilEventMap {
    'habil-group-created': CustomEvent<GroupChangeDetail>;
    'habil-group-updated': CustomEvent<GroupUpdatedDetail>;
    'habil-group-closed': CustomEvent<GroupChangeDetail>;
  }
}

/**
 * The user groups of a CAF convention ("Groupes utilisateurs" of the CAF guide "Habilitations
 * de Mon Compte Partenaire", fiches 4–16): the groups with their code, libellé, level, parent,
 * responsable habilitations, dates and status, filtered by code, libellé and utilisateur, each
 * followed by its sub-groups; create, change and close a group; the rights of a group by
 * service; its members, with their dates and their other groups.
 *
 * The widget shows only what the server lets the acting person do ("Synthèse" of the guide,
 * R12): the partner administrator administers the groups and their rights; a responsable
 * habilitations attaches and detaches the members of his groups and their sub-groups, and
 * reads the rest. Every refusal of the server (R1, R11, R12, R15) is explained in words;
 * when someone else changed a group meanwhile (R15), the widget reads it again and says so.
 *
 * The widget takes the convention from `convention-id`, or lets the person pick one of his
 * (the picker shows when he has several). Dates are checked against the server's day
 * (`Me.today`). The events of the pieces inside stay inside: the page hears only the
 * widget's own.
 *
 * @tag habil-user-groups
 *
 * @fires habil-group-created - The server created a group the user described: `detail: { group }`.
 * @fires habil-group-updated - The server changed a group: `detail: { group, changes }` (`changes`: the fields the user changed).
 * @fires habil-group-closed - The server closed a group (its members were detached, its sub-groups closed): `detail: { group }`.
 * @fires habil-group-role-assigned - A role was assigned to a group: `detail: { group, roleId, roleLabel }`. One event per role when several are saved together.
 * @fires habil-group-role-removed - A role was removed from a group: `detail: { group, roleId, roleLabel }`.
 * @fires habil-member-added - A user was attached to a group: `detail: { group, membership }`.
 * @fires habil-member-updated - The dates of a membership changed: `detail: { group, membership }`.
 * @fires habil-member-removed - A member was detached: `detail: { group, membership }` (the membership before).
 *
 * @csspart heading - The title of each screen (the list, a group, the form).
 * @csspart convention - The selected convention and its partner, or the convention picker.
 * @csspart filters - The filters of the list.
 * @csspart toolbar - "Créer un groupe".
 * @csspart create-button - "Créer un groupe".
 * @csspart table - The list of groups (`habil-data-table`).
 * @csspart row-action - The buttons of a group's row (with `details-button`, `edit-button` or `close-button`).
 * @csspart status-message - The confirmation of the last action (a visible live region).
 * @csspart notice - What went wrong with the last action (a `habil-alert`).
 * @csspart back-button - "Retour à la liste des groupes".
 * @csspart summary - A group's details (level, parent, responsable, dates, status).
 * @csspart group-actions - A group's "Modifier", "Créer un sous-groupe" and "Clôturer".
 * @csspart tabs - The tabs of a group's page.
 * @csspart tab - Each tab (with `tab-selected` on the selected one).
 * @csspart panel - Each tab panel.
 * @csspart loading - What is shown while the widget reads who is connected and his conventions.
 *
 * @cssprop [--habil-user-groups-indent=1.5rem] - Indentation of a sub-group's code per level.
 * @cssprop [--habil-color-danger] - "Clôturer", and closed groups.
 * @cssprop [--habil-color-success] - The confirmation of the last action.
 */
export class HabilUserGroups extends HabilElement {
  static override styles = [HabilElement.styles, loadingStyles, statusStyles, headingStyles, cellStyles, userGroupsStyles];

  /** The convention whose groups are shown. Without it, the person picks one of his (the first by default). */
  @property({ attribute: 'convention-id' })
  conventionId = '';

  /** The group whose page is open (members and rights); empty for the list. Follows the user's navigation. */
  @property({ attribute: 'group-id', reflect: true, converter: { fromAttribute: (value) => value ?? '', toAttribute: (value: string) => value || null } })
  groupId = '';

  /** The panel of the open group: its members or its rights. */
  @property({ reflect: true })
  panel: UserGroupsPanel = 'members';

  @state()
  private notice?: Notice;

  @state()
  private openGroup?: Group;

  private readonly t = new LocalizeController(this, userGroupsMessages);

  private readonly announcer = new Announcer(this);

  /**
   * What the list does not show, loaded the first time it is shown, and asked for as soon as the
   * pointer or the focus reaches the button that shows it: a group's page (with its members and
   * its rights), and the editing of a group (the group form, the writes, the new user's dialog).
   */
  private readonly parts = {
    page: new LazyPart(this, () => loadGroupPage(this)),
    editing: new LazyPart(this, () =>
      loadGroupEditing(this, {
        api: () => this.api,
        today: () => this.today,
        convention: () => this.scope.convention,
        users: () => this.scope.users,
        knownGroups: () => this.tree.allGroups,
        may: (action) => this.may(action),
        reloadUsers: () => this.scope.reloadUsers(),
        reloadList: () => this.tree.reload(),
        groupId: () => this.groupId,
        confirmDialog: () => this.renderRoot.querySelector<HabilConfirmDialog>('habil-confirm-dialog'),
        say: (notice) => {
          this.notice = notice;
        },
        refreshed: (group) => this.showCurrent(group),
        showCurrent: (group) => this.showCurrent(group),
        returnFocusTo: (groupId, action) => {
          this.returnFocus = { groupId, action };
        },
        focusSoon: (selector) => this.focusSoon(selector),
        backToList: () => this.backToList(),
        openGroupPage: (group, panel, action) => this.openGroupPage(group, panel, action),
        announce: (text) => this.announcer.say(text),
        emit: (type, detail) => void this.emit(type, detail),
      }),
    ),
  };

  /** The button to give focus back to when the user comes back to the list. */
  private returnFocus: { groupId: string; action: string } | undefined;

  /** The button that last asked for a part: while the part takes a moment to come, it says it is busy. */
  private asked: string | undefined;

  private readonly opening = (action: string, group?: Group): boolean =>
    (this.parts.page.busy || this.parts.editing.busy) && this.asked === `${group?.id ?? ''}:${action}`;

  /** Who is connected, read once: what he may do and the server's day, handed down to the parts. */
  private readonly meSource = new MeController(this, () => this.api);

  private readonly scope = new ActiveConvention(this, { api: () => this.api, given: () => this.conventionId });

  private readonly tree = new GroupsTreeController(this, { api: () => this.api, conventionId: () => this.scope.id });

  private readonly groupTask = new Task(this, {
    task: async ([client, id], { signal }): Promise<Group | typeof initialState> => (id ? client.call('getGroup', { params: { id } }, { signal }) : initialState),
    args: () => [this.api, this.groupId] as [HabilClient, string],
    onComplete: (group) => {
      this.openGroup = group;
    },
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('groupId') && this.openGroup?.id !== this.groupId) this.openGroup = undefined;
  }

  private get me(): Me | undefined {
    return this.meSource.value;
  }

  private may(action: Me['actions'][number]): boolean {
    return this.me?.actions.includes(action) ?? false;
  }

  private get today(): string {
    return this.me?.today ?? '';
  }

  private async focusSoon(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  /** A group changed: the list is read again, and the group on screen (its page, the form) is the server's now. */
  private showCurrent(group: Group | undefined): void {
    this.tree.reload();
    if (group) this.parts.editing.module?.refreshed(group);
    if (group && group.id === this.groupId) this.openGroup = group;
    else if (this.groupId) void this.groupTask.run();
  }

  /**
   * Loads a part the user asked for; false when it could not be loaded: the notice says so, and
   * its « Réessayer » (or the same action again) loads it again and does what was asked.
   */
  private async ready(part: LazyPart, retry: () => void): Promise<boolean> {
    if (await part.load()) return true;
    this.notice = { variant: 'error', text: '', error: part.error, retry };
    return false;
  }

  /** The pointer or the focus reached an action's button: what it needs loads while the user chooses. */
  private prefetch(action: GroupRowAction | GroupPageAction | 'create'): void {
    const part = action === 'details' ? this.parts.page : this.parts.editing;
    part.prefetch();
  }

  /** Creates, changes or closes a group once its editing is there. */
  private async edit(run: (editing: GroupEditing) => Promise<void>): Promise<void> {
    this.notice = undefined;
    if (await this.ready(this.parts.editing, () => void this.edit(run))) await run(this.parts.editing.module!);
  }

  // ---- navigation ----------------------------------------------------------------------------

  private async openGroupPage(group: Group, panel: UserGroupsPanel, action: string): Promise<void> {
    this.notice = undefined;
    if (!(await this.ready(this.parts.page, () => void this.openGroupPage(group, panel, action)))) return;
    this.returnFocus = { groupId: group.id, action };
    this.openGroup = group;
    this.groupId = group.id;
    this.panel = panel;
    await this.focusSoon('#group-heading');
  }

  private async backToList(): Promise<void> {
    this.groupId = '';
    this.parts.editing.module?.reset();
    this.notice = undefined;
    this.tree.reload();
    await this.updateComplete;
    const back = this.returnFocus;
    const table = this.renderRoot.querySelector('habil-data-table');
    await table?.updateComplete;
    const button = back ? table?.shadowRoot?.querySelector<HTMLElement>(`[data-group-id="${back.groupId}"][data-action="${back.action}"]`) : undefined;
    (button ?? this.renderRoot.querySelector<HTMLElement>('#list-heading'))?.focus();
  }

  private async selectPanel(panel: UserGroupsPanel, focus: boolean): Promise<void> {
    this.panel = panel;
    if (focus) await this.focusSoon(`#tab-${panel}`);
  }

  private pickConvention(id: string): void {
    this.scope.pick(id);
    this.groupId = '';
    this.tree.clearFilters();
    this.notice = undefined;
  }

  private onRowAction(group: Group, action: GroupRowAction): void {
    this.asked = `${group.id}:${action}`;
    if (action === 'details') void this.openGroupPage(group, 'members', 'details');
    else if (action === 'edit') void this.edit((editing) => editing.open('edit', { group, returnTo: 'list', action: 'edit' }));
    else void this.edit((editing) => editing.close(group));
  }

  private onGroupAction(group: Group, action: GroupPageAction): void {
    this.asked = `${group.id}:${action}`;
    if (action === 'edit') void this.edit((editing) => editing.open('edit', { group, returnTo: 'group' }));
    else if (action === 'create-subgroup') this.openCreate({ parentId: group.id, returnTo: 'group' });
    else void this.edit((editing) => editing.close(group));
  }

  /** The form of a new group; the group created opens on its page, which loads meanwhile. */
  private openCreate(options: OpenFormOptions): void {
    void this.edit((editing) => editing.open('create', options));
    void this.parts.page.load();
  }

  // ---- the parts -------------------------------------------------------------------------------

  /** A change made in a part (members, roles), heard by the page as the widget's event. */
  private readonly passOn = (event: HabilEventMap[PassedOn]): void => {
    this.emit(event.type as PassedOn, event.detail as HabilEventDetail<PassedOn>);
  };

  private onGroupChanged(event: CustomEvent<GroupChangedDetail>): void {
    this.showCurrent(event.detail.group);
  }

  // ---- rendering ---------------------------------------------------------------------------------

  protected override render() {
    return html`
      ${this.announcer.render('status-message')}
      ${this.meSource.render({
        initial: () => renderLoading(this.t),
        pending: () => renderLoading(this.t),
        error: (error) => html`<habil-alert class="filled" .error=${error} retryable @habil-retry=${() => void this.meSource.retry()}></habil-alert>`,
        complete: () => this.renderConventions(),
      })}
      <habil-confirm-dialog></habil-confirm-dialog>
    `;
  }

  private renderConventions() {
    return this.scope.conventionsTask.render({
      initial: () => renderLoading(this.t),
      pending: () => renderLoading(this.t),
      error: (error) =>
        error instanceof ProblemError && error.status === 403
          ? html`<habil-alert class="filled" variant="warning" heading=${this.t.msg('forbiddenHeading')}>${this.t.msg('forbidden')}</habil-alert>`
          : html`<habil-alert class="filled" .error=${error} retryable @habil-retry=${() => void this.scope.conventionsTask.run()}></habil-alert>`,
      complete: (conventions) => {
        if (!this.conventionId && conventions.length === 0) {
          return html`<habil-alert class="filled" variant="info" heading=${this.t.msg('noConventionHeading')}>${this.t.msg('noConvention')}</habil-alert>`;
        }
        return this.renderConvention();
      },
    });
  }

  private renderConvention() {
    const task = this.scope.conventionTask;
    if (task.status === TaskStatus.ERROR) {
      const refused = task.error instanceof ProblemError && task.error.status < 500;
      return html`<habil-alert class="filled" .error=${task.error} ?retryable=${!refused} @habil-retry=${() => void task.run()}></habil-alert>`;
    }
    const convention = this.scope.convention;
    if (!convention) return renderLoading(this.t);
    return html`${this.renderUsersCut()}${this.renderScreen(convention)}`;
  }

  /** The server announced more users than the pickers read: said, not hidden. */
  private renderUsersCut() {
    const cut = this.scope.usersCut;
    return cut ? html`<habil-alert class="filled" variant="warning" part="users-cut">${this.t.msg('usersCut', cut.read, cut.total)}</habil-alert>` : nothing;
  }

  private renderScreen(convention: Convention) {
    const form = this.parts.editing.module?.render({ back: this.renderBack(), conventionLine: this.renderConventionLine(convention), notice: renderNotice(this.notice, 'notice') });
    if (form) return form;
    if (this.groupId) return this.renderGroupScreen(convention);
    return renderGroupsList({
      t: this.t,
      convention,
      conventionLine: this.renderConventionLine(convention),
      notice: renderNotice(this.notice, 'notice'),
      tree: this.tree,
      users: this.scope.users,
      me: this.me,
      canCreate: this.may('manage-groups'),
      onCreate: () => {
        this.asked = ':create';
        this.openCreate({ returnTo: 'list' });
      },
      onRowAction: (group, action) => this.onRowAction(group, action),
      onPrefetch: (action) => this.prefetch(action),
      opening: this.opening,
    });
  }

  private renderConventionLine(convention: Convention) {
    return renderConventionLine({
      t: this.t,
      convention,
      conventions: this.scope.conventions,
      pickable: this.scope.pickable,
      onPick: (id) => this.pickConvention(id),
    });
  }

  private renderBack() {
    return renderBack(this.t, () => void this.backToList());
  }

  private renderGroupScreen(convention: Convention) {
    const group = this.openGroup;
    const page = this.parts.page.module;
    if (!group || !page) {
      const waiting = () =>
        this.groupTask.status === TaskStatus.ERROR
          ? html`<habil-alert class="filled" .error=${this.groupTask.error} retryable @habil-retry=${() => void this.groupTask.run()}></habil-alert>`
          : renderLoading(this.t);
      // A page opened from its `group-id`: its part loads here, and says so when it cannot.
      return html`${this.renderBack()} ${renderPart(this.parts.page, waiting, waiting)}`;
    }
    return page.renderGroupPage({
      t: page.t,
      group,
      convention,
      back: this.renderBack(),
      conventionLine: this.renderConventionLine(convention),
      notice: renderNotice(this.notice, 'notice'),
      panel: this.panel,
      api: this.api,
      users: this.scope.users,
      today: this.today,
      canCreateUser: this.may('create-account'),
      grantableRoleIds: this.me?.grantableRoleIds ?? [],
      onAction: (target, action) => this.onGroupAction(target, action),
      onPrefetch: (action) => this.prefetch(action),
      opening: this.opening,
      onSelectPanel: (panel, byKeyboard) => void this.selectPanel(panel, byKeyboard),
      onGroupChanged: (event) => this.onGroupChanged(event),
      onUsersChanged: () => void this.scope.reloadUsers(),
      passOn: this.passOn,
    });
  }
}
