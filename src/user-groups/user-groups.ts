import { initialState, Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ProblemError } from '../client/errors.js';
import type { HabilClient } from '../client/types.js';
import type { AccountSummary, Convention, FieldError, Group, GroupDraft, GroupPatch, Me } from '../domain/index.js';
import { GROUP_STATUS_LABELS } from '../domain/index.js';
import { HabilElement } from '../internal/habil-element.js';
import { loadingStyles } from '../internal/loading-styles.js';
import { tabAfterKey, tabStyles } from '../internal/tabs.js';
import { LocalizeController } from '../internal/localize.js';
import type { HabilConfirmDialog } from '../ui/confirm-dialog/confirm-dialog.js';
import type { DataTableColumn } from '../ui/data-table/data-table.js';
import type { HabilField } from '../ui/field/field.js';
import type { HabilLiveRegion } from '../ui/live-region/live-region.js';
import type { HabilEventDetail, HabilEventMap } from '../internal/events.js';
import { personName } from './form-support.js';
import type { GroupFormMode, GroupFormSubmitDetail, HabilGroupForm } from './group-form.js';
import type { GroupChangedDetail } from './group-members.js';
import { hierarchyOrder, openSubGroups } from './hierarchy.js';
import { userGroupsMessages } from './messages.js';
import type { HabilNewUserDialog } from './new-user-dialog.js';
import { userGroupsStyles } from './user-groups.styles.js';

/** The panels of a group's page: its members, and its rights ("Habilitations du groupe"). */
export type UserGroupsPanel = 'members' | 'roles';

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


const PANELS: readonly UserGroupsPanel[] = ['members', 'roles'];

/** The changes made in the parts that the page hears from the widget, as its own events. */
type PassedOn = 'habil-member-added' | 'habil-member-updated' | 'habil-member-removed' | 'habil-group-role-assigned' | 'habil-group-role-removed';

/** Typing in a filter waits this long before the list is asked for again. */
const FILTER_DELAY_MS = 300;

/** The users of a convention, among whom the responsable and the members are chosen, are read by pages this big (the contract's largest). */
const USERS_PAGE_SIZE = 500;

/** Indentation marks of the hierarchy go this deep; deeper levels still say their number. */
const DEEPEST_INDENT = 6;

/** The group form on screen: what it is for, and where "Annuler" goes back to. */
interface FormView {
  mode: GroupFormMode;
  group?: Group;
  parentId: string;
  returnTo: 'list' | 'group';
  groups: Group[];
}

/** What went wrong with the last action, shown above the list, the group or the form. */
interface Notice {
  variant: 'error' | 'warning';
  heading?: string;
  text: string;
  error?: unknown;
}

interface Filters {
  code: string;
  label: string;
  accountId: string;
}

const NO_FILTERS: Filters = { code: '', label: '', accountId: '' };

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
  static override styles = [HabilElement.styles, tabStyles, loadingStyles, userGroupsStyles];

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
  private pickedConventionId = '';

  @state()
  private filters: Filters = NO_FILTERS;

  @state()
  private filterDraft: Filters = NO_FILTERS;

  @state()
  private form?: FormView;

  @state()
  private formSubmitting = false;

  @state()
  private formServerErrors: FieldError[] = [];

  @state()
  private notice?: Notice;

  @state()
  private openGroup?: Group;

  @state()
  private announced = false;

  @query('habil-live-region')
  private liveRegion!: HabilLiveRegion;

  @query('habil-confirm-dialog')
  private confirmDialog!: HabilConfirmDialog;

  @query('habil-group-form')
  private groupForm?: HabilGroupForm;

  @query('habil-new-user-dialog')
  private newUserDialog!: HabilNewUserDialog;

  private readonly t = new LocalizeController(this, userGroupsMessages);

  private filterTimer: ReturnType<typeof setTimeout> | undefined;

  /** The button to give focus back to when the user comes back to the list. */
  private returnFocus: { groupId: string; action: string } | undefined;

  private readonly meTask = new Task(this, {
    task: ([client], { signal }) => client.call('getMe', {}, { signal }),
    args: () => [this.api] as [HabilClient],
  });

  private readonly conventionsTask = new Task(this, {
    task: ([client], { signal }) => client.call('listConventions', {}, { signal }),
    args: () => [this.api] as [HabilClient],
  });

  private readonly conventionTask = new Task(this, {
    task: async ([client, id], { signal }): Promise<Convention | typeof initialState> =>
      id ? client.call('getConvention', { params: { id } }, { signal }) : initialState,
    args: () => [this.api, this.activeConventionId] as [HabilClient, string],
  });

  /** Every group of the convention: the hierarchy, the parents to offer, the sub-groups that close with their parent. */
  private readonly allGroupsTask = new Task(this, {
    task: async ([client, id], { signal }): Promise<Group[] | typeof initialState> =>
      id ? client.call('listGroups', { params: { id } }, { signal }) : initialState,
    args: () => [this.api, this.activeConventionId] as [HabilClient, string],
  });

  private readonly filteredGroupsTask = new Task(this, {
    task: async ([client, id, code, label, accountId], { signal }): Promise<Group[] | typeof initialState> => {
      if (!id || (!code && !label && !accountId)) return initialState;
      const query = { ...(code ? { code } : {}), ...(label ? { label } : {}), ...(accountId ? { accountId } : {}) };
      return client.call('listGroups', { params: { id }, query }, { signal });
    },
    args: () => [this.api, this.activeConventionId, this.filters.code, this.filters.label, this.filters.accountId] as [HabilClient, string, string, string, string],
  });

  private readonly usersTask = new Task(this, {
    task: async ([client, conventionId], { signal }): Promise<AccountSummary[] | typeof initialState> => {
      if (!conventionId) return initialState;
      const users: AccountSummary[] = [];
      for (let page = 1; ; page += 1) {
        const answer = await client.call('searchAccounts', { query: { conventionId, page, pageSize: USERS_PAGE_SIZE, sort: 'nom' } }, { signal });
        users.push(...answer.items);
        if (answer.items.length === 0 || users.length >= answer.total) return users;
      }
    },
    args: () => [this.api, this.activeConventionId] as [HabilClient, string],
  });

  private readonly groupTask = new Task(this, {
    task: async ([client, id], { signal }): Promise<Group | typeof initialState> => (id ? client.call('getGroup', { params: { id } }, { signal }) : initialState),
    args: () => [this.api, this.groupId] as [HabilClient, string],
    onComplete: (group) => {
      this.openGroup = group;
    },
  });


  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.filterTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('groupId') && this.openGroup?.id !== this.groupId) this.openGroup = undefined;
  }

  private get me(): Me | undefined {
    return this.meTask.value;
  }

  private get conventions(): Convention[] {
    return this.conventionsTask.value ?? [];
  }

  /** The convention shown: the host's, else the one picked, else the person's first. */
  private get activeConventionId(): string {
    return this.conventionId || this.pickedConventionId || this.conventions[0]?.id || '';
  }

  private get convention(): Convention | undefined {
    const convention = this.conventionTask.value;
    return convention?.id === this.activeConventionId ? convention : undefined;
  }

  private get allGroups(): Group[] {
    return this.allGroupsTask.value ?? [];
  }

  private get filtering(): boolean {
    return Boolean(this.filters.code || this.filters.label || this.filters.accountId);
  }

  private get listTask() {
    return this.filtering ? this.filteredGroupsTask : this.allGroupsTask;
  }

  private get users(): AccountSummary[] {
    return this.usersTask.value ?? [];
  }

  private may(action: Me['actions'][number]): boolean {
    return this.me?.actions.includes(action) ?? false;
  }

  private get today(): string {
    return this.me?.today ?? '';
  }

  // ---- saying what happened -----------------------------------------------------------------

  private announce(text: string): void {
    this.announced = true;
    void this.liveRegion.announce(text);
  }

  /** A refusal in words, with what the "Synthèse" of the guide says when the profile does not allow it. */
  private noticeFor(error: unknown, text: string): Notice {
    if (error instanceof ProblemError && error.code === 'forbidden') return { variant: 'error', text: this.t.msg('groupAdminForbidden'), error };
    return { variant: 'error', text, error };
  }

  private reloadGroups(): void {
    void this.allGroupsTask.run();
    if (this.filtering) void this.filteredGroupsTask.run();
  }

  private async focusSoon(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  // ---- navigation ----------------------------------------------------------------------------

  private async openGroupPage(group: Group, panel: UserGroupsPanel, action: string): Promise<void> {
    this.returnFocus = { groupId: group.id, action };
    this.notice = undefined;
    this.openGroup = group;
    this.groupId = group.id;
    this.panel = panel;
    await this.focusSoon('#group-heading');
  }

  private async backToList(): Promise<void> {
    this.groupId = '';
    this.form = undefined;
    this.notice = undefined;
    this.reloadGroups();
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

  private onTabKeydown(event: KeyboardEvent): void {
    const target = tabAfterKey(PANELS, this.panel, event.key);
    if (!target) return;
    event.preventDefault();
    void this.selectPanel(target, true);
  }

  private pickConvention(id: string): void {
    this.pickedConventionId = id;
    this.groupId = '';
    this.filters = NO_FILTERS;
    this.filterDraft = NO_FILTERS;
    this.notice = undefined;
  }

  // ---- filters -------------------------------------------------------------------------------

  private setFilter(name: keyof Filters, value: string): void {
    this.filterDraft = { ...this.filterDraft, [name]: value };
    clearTimeout(this.filterTimer);
    if (name === 'accountId') this.applyFilters();
    else this.filterTimer = setTimeout(() => this.applyFilters(), FILTER_DELAY_MS);
  }

  private applyFilters(): void {
    clearTimeout(this.filterTimer);
    this.filters = { code: this.filterDraft.code.trim(), label: this.filterDraft.label.trim(), accountId: this.filterDraft.accountId };
  }

  // ---- create and change a group ---------------------------------------------------------------

  private async openForm(mode: GroupFormMode, options: { group?: Group; parentId?: string; returnTo: 'list' | 'group'; action?: string }): Promise<void> {
    const conventionId = this.activeConventionId;
    this.notice = undefined;
    if (options.group && options.action) this.returnFocus = { groupId: options.group.id, action: options.action };
    try {
      // The parents to offer and the version to send: both as they are now, not as the list showed them.
      const [groups, group] = await Promise.all([
        this.api.call('listGroups', { params: { id: conventionId } }),
        mode === 'edit' && options.group ? this.api.call('getGroup', { params: { id: options.group.id } }) : Promise.resolve(undefined),
      ]);
      this.formServerErrors = [];
      this.form = { mode, parentId: options.parentId ?? '', returnTo: options.returnTo, groups, ...(group ? { group } : {}) };
      await this.focusSoon('#form-heading');
    } catch (error) {
      this.notice = { variant: 'error', text: this.t.msg('formUnreadable'), error };
    }
  }

  private async leaveForm(): Promise<void> {
    const form = this.form;
    this.form = undefined;
    this.notice = undefined;
    if (form?.returnTo === 'group' && this.groupId) await this.focusSoon('#group-heading');
    else await this.backToList();
  }

  private async submitForm(event: CustomEvent<GroupFormSubmitDetail>): Promise<void> {
    const form = this.form;
    if (!form || this.formSubmitting) return;
    const { draft, patch } = event.detail;
    if (draft) await this.createGroup(draft);
    else if (patch && form.group) await this.updateGroup(form.group, patch);
  }

  private async createGroup(draft: GroupDraft): Promise<void> {
    this.formSubmitting = true;
    this.notice = undefined;
    try {
      const group = await this.api.call('createGroup', { params: { id: this.activeConventionId }, body: draft });
      this.form = undefined;
      this.emit('habil-group-created', { group });
      this.reloadGroups();
      this.announce(this.t.msg('groupCreated', group.code));
      await this.openGroupPage(group, 'roles', 'details');
    } catch (error) {
      this.formFailed(error, this.t.msg('createFailed', draft.code));
    } finally {
      this.formSubmitting = false;
    }
  }

  private async updateGroup(group: Group, patch: GroupPatch): Promise<void> {
    // A closing date of today closes the group at once: the same warning as "Clôturer".
    if (patch.closingDate === this.today && !(await this.confirmClose(group))) return;
    this.formSubmitting = true;
    this.notice = undefined;
    try {
      const updated = await this.api.call('updateGroup', { params: { id: group.id }, body: patch, ifMatch: group.version });
      const returnTo = this.form?.returnTo;
      this.form = undefined;
      this.emit('habil-group-updated', { group: updated, changes: patch });
      if (updated.status === 'cloture') this.emit('habil-group-closed', { group: updated });
      this.reloadGroups();
      if (this.groupId === updated.id) this.openGroup = updated;
      this.announce(this.t.msg('groupUpdated', updated.code));
      if (returnTo === 'group' && this.groupId) await this.focusSoon('#group-heading');
      else await this.backToList();
    } catch (error) {
      if (error instanceof ProblemError && error.isStaleWrite) await this.formConflict(group);
      else this.formFailed(error, this.t.msg('updateFailed', group.code));
    } finally {
      this.formSubmitting = false;
    }
  }

  private formFailed(error: unknown, text: string): void {
    this.formServerErrors = error instanceof ProblemError ? [...error.fieldErrors] : [];
    this.notice = this.noticeFor(error, text);
  }

  /** R15: the form takes the group as it is now; what the user typed stays. */
  private async formConflict(group: Group): Promise<void> {
    try {
      const fresh = await this.api.call('getGroup', { params: { id: group.id } });
      if (this.form) this.form = { ...this.form, group: fresh };
      this.notice = { variant: 'warning', heading: this.t.msg('conflictHeading'), text: this.t.msg('groupReloaded', group.code) };
    } catch (error) {
      this.notice = { variant: 'error', text: this.t.msg('updateFailed', group.code), error };
    }
  }

  private async createResponsable(): Promise<void> {
    const convention = this.convention;
    if (!convention) return;
    const account = await this.newUserDialog.create({ conventionId: convention.id, conventionLabel: convention.label, today: this.today, purpose: 'responsable' });
    if (!account) return;
    await this.usersTask.run();
    this.groupForm?.chooseResponsable(account.id);
    this.announce(this.t.msg('responsableCreated', personName(account), account.identifier));
    await this.groupForm?.updateComplete;
    this.groupForm?.renderRoot.querySelector<HTMLElement>('[name="responsableId"]')?.focus();
  }

  // ---- close a group ---------------------------------------------------------------------------

  /** Says what closing does (R11) and asks; resolves with the user's answer. */
  private async confirmClose(group: Group): Promise<boolean> {
    let groups = this.allGroups;
    try {
      groups = await this.api.call('listGroups', { params: { id: group.conventionId } });
    } catch {
      // The message then names the sub-groups the list knew; the server closes them all anyway.
    }
    const roles = this.convention?.services.flatMap((s) => s.roles).filter((r) => group.roleIds.includes(r.id)).map((r) => r.label) ?? [];
    const subGroups = openSubGroups(groups, group.id).map((g) => g.code);
    const message = [
      this.t.msg('closeDate', this.t.formatDate(this.today)),
      group.memberCount > 0 ? this.t.msg('closeMembers', group.memberCount, roles.join(', ')) : this.t.msg('closeNoMembers'),
      subGroups.length > 0 ? this.t.msg('closeSubGroups', subGroups.length, subGroups.join(', ')) : '',
      this.t.msg('closeFinal'),
    ]
      .filter(Boolean)
      .join(' ');
    return this.confirmDialog.ask({ heading: this.t.msg('closeHeading', group.code), message, confirmLabel: this.t.msg('closeGroup'), danger: true });
  }

  private async closeGroup(group: Group): Promise<void> {
    if (!(await this.confirmClose(group))) return;
    this.notice = undefined;
    try {
      const closed = await this.api.call('closeGroup', { params: { id: group.id }, ifMatch: group.version });
      this.emit('habil-group-closed', { group: closed });
      this.reloadGroups();
      if (this.groupId === closed.id) this.openGroup = closed;
      // The members it had when the user confirmed are the ones detached.
      this.announce(this.t.msg('groupClosed', closed.code, group.memberCount));
    } catch (error) {
      if (error instanceof ProblemError && error.isStaleWrite) {
        this.reloadGroups();
        if (this.groupId === group.id) void this.groupTask.run();
        this.notice = { variant: 'warning', heading: this.t.msg('conflictHeading'), text: this.t.msg('groupReloaded', group.code) };
      } else {
        this.notice = this.noticeFor(error, this.t.msg('closeFailed', group.code));
      }
    }
  }

  /** A change made in a part (members, roles), heard by the page as the widget's event. */
  private readonly passOn = (event: HabilEventMap[PassedOn]): void => {
    this.emit(event.type as PassedOn, event.detail as HabilEventDetail<PassedOn>);
  };

  private onGroupChanged(event: CustomEvent<GroupChangedDetail>): void {
    const group = event.detail.group;
    if (group && group.id === this.groupId) this.openGroup = group;
    else void this.groupTask.run();
    this.reloadGroups();
  }

  // ---- rendering ---------------------------------------------------------------------------------

  protected override render() {
    return html`
      <habil-live-region part="status-message" class=${this.announced ? 'announced' : ''} visible></habil-live-region>
      ${this.meTask.render({
        initial: () => this.renderLoading(),
        pending: () => this.renderLoading(),
        error: (error) => html`<habil-alert class="filled" .error=${error} retryable @habil-retry=${() => void this.meTask.run()}></habil-alert>`,
        complete: () => this.renderConventions(),
      })}
      <habil-confirm-dialog></habil-confirm-dialog>
      <habil-new-user-dialog .client=${this.api}></habil-new-user-dialog>
    `;
  }

  private renderLoading() {
    return html`<div class="loading" part="loading">
      <div class="loading-bar" aria-hidden="true"></div>
      <p role="status">${this.t.msg('loadingWidget')}</p>
    </div>`;
  }

  private renderConventions() {
    return this.conventionsTask.render({
      initial: () => this.renderLoading(),
      pending: () => this.renderLoading(),
      error: (error) =>
        error instanceof ProblemError && error.status === 403
          ? html`<habil-alert class="filled" variant="warning" heading=${this.t.msg('forbiddenHeading')}>${this.t.msg('forbidden')}</habil-alert>`
          : html`<habil-alert class="filled" .error=${error} retryable @habil-retry=${() => void this.conventionsTask.run()}></habil-alert>`,
      complete: (conventions) => {
        if (!this.conventionId && conventions.length === 0) {
          return html`<habil-alert class="filled" variant="info" heading=${this.t.msg('noConventionHeading')}>${this.t.msg('noConvention')}</habil-alert>`;
        }
        return this.renderConvention();
      },
    });
  }

  private renderConvention() {
    if (this.conventionTask.status === TaskStatus.ERROR) {
      const error = this.conventionTask.error;
      const refused = error instanceof ProblemError && error.status < 500;
      return html`<habil-alert class="filled" .error=${error} ?retryable=${!refused} @habil-retry=${() => void this.conventionTask.run()}></habil-alert>`;
    }
    const convention = this.convention;
    if (!convention) return this.renderLoading();
    if (this.form) return this.renderForm(convention, this.form);
    if (this.groupId) return this.renderGroupPage(convention);
    return this.renderList(convention);
  }

  private renderNotice() {
    const notice = this.notice;
    return html`<habil-alert
      part="notice"
      class=${notice ? 'filled' : ''}
      variant=${notice?.variant ?? 'error'}
      heading=${notice?.heading ?? ''}
      .error=${notice?.error}
      >${notice?.text ?? ''}</habil-alert
    >`;
  }

  private renderConventionLine(convention: Convention) {
    if (!this.conventionId && this.conventions.length > 1) {
      return html`<div part="convention" class="convention">
        <habil-field
          class="convention-picker"
          type="select"
          label=${this.t.msg('conventionPicker')}
          hint=${this.t.msg('partnerOf', convention.partnerName)}
          .options=${this.conventions.map((c) => ({ value: c.id, label: c.label }))}
          .value=${convention.id}
          empty-option-label=${this.t.msg('chooseConvention')}
          @change=${(event: Event) => {
            const value = (event.currentTarget as HabilField).value;
            if (value) this.pickConvention(value);
          }}
        ></habil-field>
      </div>`;
    }
    return html`<p part="convention" class="convention">
      <span>${this.t.msg('conventionSelected')} <strong>${convention.label}</strong></span>
      <span>${this.t.msg('partner')} <strong>${convention.partnerName}</strong></span>
    </p>`;
  }

  private renderList(convention: Convention) {
    const task = this.listTask;
    const groups = hierarchyOrder(task.value ?? []);
    return html`
      <h2 id="list-heading" part="heading" class="heading" tabindex="-1">${this.t.msg('listHeading')}</h2>
      ${this.renderConventionLine(convention)} ${this.renderResponsableNote()} ${this.renderFilters()}
      ${this.may('manage-groups')
        ? html`<div part="toolbar" class="toolbar">
            <button type="button" part="create-button" class="button button--primary" @click=${() => void this.openForm('create', { returnTo: 'list' })}>
              ${this.t.msg('createGroup')}
            </button>
          </div>`
        : nothing}
      ${this.renderNotice()}
      <habil-alert
        class=${task.status === TaskStatus.ERROR ? 'filled' : ''}
        .error=${task.status === TaskStatus.ERROR ? task.error : undefined}
        retryable
        retry-label=${this.t.msg('reloadList')}
        @habil-retry=${() => void task.run()}
      ></habil-alert>
      <habil-data-table
        part="table"
        exportparts="row-action, details-button, edit-button, close-button"
        caption=${this.t.msg('listCaption', convention.label)}
        caption-hidden
        .columns=${this.listColumns()}
        .rows=${groups}
        ?loading=${task.status === TaskStatus.PENDING || task.status === TaskStatus.INITIAL}
        ?hidden=${task.status === TaskStatus.ERROR}
      >
        <span slot="empty">${this.t.msg(this.filtering ? 'noGroupMatches' : 'noGroups')}</span>
      </habil-data-table>
    `;
  }

  private renderResponsableNote() {
    const me = this.me;
    if (!me || me.roles.includes('partner-admin') || !me.roles.includes('responsable')) return nothing;
    const codes = hierarchyOrder(this.allGroups.filter((g) => me.responsableOfGroupIds.includes(g.id))).map((g) => g.code);
    return html`<p class="note">${this.t.msg('responsableNote', codes.join(', '))}</p>`;
  }

  private renderFilters() {
    const draft = this.filterDraft;
    const users = this.users.map((user) => ({ value: user.id, label: `${user.nom} ${user.prenom} (${user.identifier})` }));
    const text = (name: 'code' | 'label', label: string) => html`<habil-field
      type="search"
      label=${label}
      autocomplete="off"
      .value=${draft[name]}
      @input=${(event: Event) => this.setFilter(name, (event.currentTarget as HabilField).value)}
      @keydown=${(event: KeyboardEvent) => {
        if (event.key === 'Enter') this.applyFilters();
      }}
    ></habil-field>`;
    return html`<form part="filters" class="filters" role="search" aria-label=${this.t.msg('filtersLabel')} @submit=${(event: Event) => event.preventDefault()}>
      ${text('code', this.t.msg('filterCode'))} ${text('label', this.t.msg('filterLabel'))}
      <habil-field
        type="select"
        label=${this.t.msg('filterUser')}
        empty-option-label=${this.t.msg('allUsers')}
        .options=${users}
        .value=${draft.accountId}
        @change=${(event: Event) => this.setFilter('accountId', (event.currentTarget as HabilField).value)}
      ></habil-field>
    </form>`;
  }

  private listColumns(): DataTableColumn<Group>[] {
    const lang = this.t.lang;
    return [
      {
        key: 'code',
        header: this.t.msg('colCode'),
        rowHeader: true,
        render: (group) =>
          html`<span part="code indent-${Math.min(group.level, DEEPEST_INDENT)}"
            >${group.level > 1 ? html`<span part="sub-mark" aria-hidden="true">↳ </span>` : nothing}${group.code}</span
          >`,
      },
      { key: 'label', header: this.t.msg('colLabel') },
      { key: 'level', header: this.t.msg('colLevel'), align: 'end' },
      { key: 'parentCode', header: this.t.msg('colParent') },
      { key: 'responsable', header: this.t.msg('colResponsable'), render: (group) => group.responsable.name },
      { key: 'openingDate', header: this.t.msg('colOpeningDate'), render: (group) => html`<span part="date">${this.t.formatDate(group.openingDate)}</span>` },
      { key: 'closingDate', header: this.t.msg('colClosingDate'), render: (group) => html`<span part="date">${this.t.formatDate(group.closingDate)}</span>` },
      {
        key: 'status',
        header: this.t.msg('colStatus'),
        render: (group) => html`<span part="status status-${group.status}">${GROUP_STATUS_LABELS[group.status][lang]}</span>`,
      },
      { key: 'actions', header: this.t.msg('colActions'), render: (group) => this.renderRowActions(group) },
    ];
  }

  private renderRowActions(group: Group) {
    const button = (action: string, label: string, spoken: string, onClick: () => void) =>
      html`<button type="button" class="button" part="row-action ${action}-button" data-group-id=${group.id} data-action=${action} aria-label=${spoken} @click=${onClick}>
        ${label}
      </button>`;
    return html`<span part="row-actions">
      ${button('details', this.t.msg('details'), this.t.msg('detailsOf', group.code), () => void this.openGroupPage(group, 'members', 'details'))}
      ${group.actions.includes('edit')
        ? button('edit', this.t.msg('edit'), this.t.msg('editOf', group.code), () => void this.openForm('edit', { group, returnTo: 'list', action: 'edit' }))
        : nothing}
      ${group.actions.includes('close') ? button('close', this.t.msg('close'), this.t.msg('closeOf', group.code), () => void this.closeGroup(group)) : nothing}
    </span>`;
  }

  private renderBack() {
    return html`<button type="button" part="back-button" class="back" @click=${() => void this.backToList()}>
      <span aria-hidden="true">‹</span> ${this.t.msg('backToList')}
    </button>`;
  }

  private renderForm(convention: Convention, form: FormView) {
    const parent = form.groups.find((g) => g.id === form.parentId);
    const heading =
      form.mode === 'edit' && form.group ? this.t.msg('editHeadingGroup', form.group.code)
      : parent ? this.t.msg('createSubGroupHeading', parent.code)
      : this.t.msg('createHeading');
    return html`
      ${this.renderBack()}
      <h2 id="form-heading" part="heading" class="heading" tabindex="-1">${heading}</h2>
      ${this.renderConventionLine(convention)} ${this.renderNotice()}
      <habil-group-form
        mode=${form.mode}
        .group=${form.group}
        .groups=${form.groups}
        .users=${this.users}
        parent-id=${form.parentId}
        today=${this.today}
        .serverErrors=${this.formServerErrors}
        ?submitting=${this.formSubmitting}
        ?can-create-user=${this.may('create-account')}
        @habil-group-form-submit=${this.submitForm}
        @habil-group-form-cancel=${() => void this.leaveForm()}
        @habil-group-form-new-user=${() => void this.createResponsable()}
      ></habil-group-form>
    `;
  }

  private renderGroupPage(convention: Convention) {
    const group = this.openGroup;
    if (!group) {
      return html`${this.renderBack()}
      ${this.groupTask.status === TaskStatus.ERROR
        ? html`<habil-alert class="filled" .error=${this.groupTask.error} retryable @habil-retry=${() => void this.groupTask.run()}></habil-alert>`
        : this.renderLoading()}`;
    }
    const lang = this.t.lang;
    const item = (term: string, value: string) => html`<div><dt>${term}</dt><dd>${value}</dd></div>`;
    return html`
      ${this.renderBack()}
      <h2 id="group-heading" part="heading" class="heading" tabindex="-1">${this.t.msg('groupHeading', group.code, group.label)}</h2>
      ${this.renderConventionLine(convention)}
      <dl part="summary" class="summary">
        ${item(this.t.msg('colLevel'), String(group.level))} ${item(this.t.msg('colParent'), group.parentCode ?? this.t.msg('noParent'))}
        ${item(this.t.msg('colResponsable'), group.responsable.name)} ${item(this.t.msg('colOpeningDate'), this.t.formatDate(group.openingDate))}
        ${item(this.t.msg('colClosingDate'), this.t.formatDate(group.closingDate) || this.t.msg('noClosingDate'))} ${item(this.t.msg('colStatus'), GROUP_STATUS_LABELS[group.status][lang])}
        ${item(this.t.msg('memberCount'), this.t.formatNumber(group.memberCount))}
      </dl>
      ${this.renderGroupActions(group)} ${this.renderNotice()} ${this.renderTabs(group, convention)}
    `;
  }

  private renderGroupActions(group: Group) {
    const actions = group.actions;
    if (!actions.includes('edit') && !actions.includes('create-subgroup') && !actions.includes('close')) return nothing;
    return html`<div part="group-actions" class="group-actions">
      ${actions.includes('edit')
        ? html`<button type="button" class="button" data-action="edit" @click=${() => void this.openForm('edit', { group, returnTo: 'group' })}>
            ${this.t.msg('editGroup')}
          </button>`
        : nothing}
      ${actions.includes('create-subgroup')
        ? html`<button type="button" class="button" data-action="create-subgroup" @click=${() => void this.openForm('create', { parentId: group.id, returnTo: 'group' })}>
            ${this.t.msg('createSubGroup')}
          </button>`
        : nothing}
      ${actions.includes('close')
        ? html`<button type="button" class="button button--danger" data-action="close" @click=${() => void this.closeGroup(group)}>${this.t.msg('closeGroup')}</button>`
        : nothing}
    </div>`;
  }

  private renderTabs(group: Group, convention: Convention) {
    const labels: Record<UserGroupsPanel, string> = {
      members: this.t.msg('tabMembers', this.t.formatNumber(group.memberCount)),
      roles: this.t.msg('tabRoles', this.t.formatNumber(group.roleIds.length)),
    };
    return html`
      <div part="tabs" class="tabs" role="tablist" aria-label=${this.t.msg('tabsLabel', group.code)} @keydown=${this.onTabKeydown}>
        ${PANELS.map((panel) => {
          const selected = panel === this.panel;
          return html`<button
            type="button"
            role="tab"
            id="tab-${panel}"
            part=${selected ? 'tab tab-selected' : 'tab'}
            class="tab"
            aria-selected=${selected ? 'true' : 'false'}
            aria-controls="panel-${panel}"
            tabindex=${selected ? '0' : '-1'}
            @click=${() => void this.selectPanel(panel, false)}
          >
            ${labels[panel]}
          </button>`;
        })}
      </div>
      <div role="tabpanel" id="panel-members" part="panel" class="panel" aria-labelledby="tab-members" ?hidden=${this.panel !== 'members'}>
        ${this.panel === 'members'
          ? html`<habil-group-members
              .client=${this.api}
              .group=${group}
              .convention=${convention}
              .users=${this.users}
              today=${this.today}
              ?can-create-user=${this.may('create-account')}
              @habil-group-changed=${this.onGroupChanged}
              @habil-convention-users-changed=${() => void this.usersTask.run()}
              @habil-member-added=${this.passOn}
              @habil-member-updated=${this.passOn}
              @habil-member-removed=${this.passOn}
            ></habil-group-members>`
          : nothing}
      </div>
      <div role="tabpanel" id="panel-roles" part="panel" class="panel" aria-labelledby="tab-roles" ?hidden=${this.panel !== 'roles'}>
        ${this.panel === 'roles'
          ? html`<habil-group-roles
              .client=${this.api}
              .group=${group}
              .convention=${convention}
              @habil-group-changed=${this.onGroupChanged}
              @habil-group-role-assigned=${this.passOn}
              @habil-group-role-removed=${this.passOn}
            ></habil-group-roles>`
          : nothing}
      </div>
    `;
  }
}
