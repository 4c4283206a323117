/**
 * Creating, changing and closing a group in `<habil-user-groups>` (R11): the group form's screen
 * and what its buttons do, « Créer un utilisateur… » beside the responsable, the closing asked
 * from the list or from a group's page. Loaded in one piece with the form, its words, the
 * writes and the new user's dialog, the first time a form opens or a group is closed (lazy.ts):
 * the list of groups does without it. The widget says where the user goes next; this keeps the
 * form on screen and says what was done.
 */
import type { ReactiveControllerHost, TemplateResult } from 'lit';
import { html } from 'lit';
import type { AccountSummary, FieldError, Group, GroupDraft, GroupPatch, Me } from '../domain/index.js';
import { defineElement } from '../internal/define.js';
import type { HabilEventDetail } from '../internal/events.js';
import { partWords } from '../internal/localize.js';
import { defineConfirmDialog } from './confirm.js';
import { HabilGroupForm, type GroupFormMode, type GroupFormSubmitDetail } from './group-form.js';
import { groupFormMessages, type GroupFormWords } from './group-form.messages.js';
import { renderGroupFormScreen, type FormView } from './group-form-screen.js';
import type { UserGroupsPanel } from './group-page-screen.js';
import { GroupWritesController, type GroupWritesOptions } from './group-writes.js';
import { groupWritesMessages } from './group-writes.messages.js';
import { defineNewUserDialog, type HabilNewUserDialog } from './new-user-dialog.js';
import { personName } from './people.js';

type GroupEvent = 'habil-group-created' | 'habil-group-updated' | 'habil-group-closed';

/** What the widget lends the editing: what it knows, and where it takes the user. */
export interface GroupEditingHost extends Omit<GroupWritesOptions, 't'> {
  users: () => AccountSummary[];
  may: (action: Me['actions'][number]) => boolean;
  reloadUsers: () => Promise<unknown>;
  /** The group whose page is open; empty on the list. */
  groupId: () => string;
  /** The button focus goes back to when the user comes back to the list. */
  returnFocusTo: (groupId: string, action: string) => void;
  focusSoon: (selector: string) => Promise<void>;
  backToList: () => Promise<void>;
  openGroupPage: (group: Group, panel: UserGroupsPanel, action: string) => Promise<void>;
  /** A group changed: the list is read again, and the group on screen is the server's now. */
  showCurrent: (group: Group | undefined) => void;
  /** The list is read again (a group was created). */
  reloadList: () => void;
  announce: (text: string) => void;
  emit: <K extends GroupEvent>(type: K, detail: HabilEventDetail<K>) => void;
}

/** What every screen of the widget shows around its content, rendered by the widget. */
export interface ScreenFrame {
  back: TemplateResult;
  conventionLine: TemplateResult;
  notice: TemplateResult;
}

export interface OpenFormOptions {
  group?: Group;
  parentId?: string;
  returnTo: 'list' | 'group';
  /** The row button that opened the form, to give focus back to. */
  action?: string;
}

/** The widget, whose shadow root holds the form and the new user's dialog. */
export type EditingElement = ReactiveControllerHost & HTMLElement & { readonly renderRoot: ParentNode };

type Host = EditingElement;

export class GroupEditing {
  /** The form on screen; undefined while the widget shows its list or a group's page. */
  form: FormView | undefined;

  private serverErrors: FieldError[] = [];

  /** Registers the form, the new user's dialog and the confirmation, and loads their words in the widget's language. */
  static async load(host: Host, widget: GroupEditingHost): Promise<GroupEditing> {
    defineElement('habil-group-form', HabilGroupForm);
    defineNewUserDialog();
    defineConfirmDialog();
    const [t, writesWords] = await Promise.all([partWords(host, groupFormMessages), partWords(host, groupWritesMessages)]);
    return new GroupEditing(host, widget, new GroupWritesController(host, { ...widget, t: writesWords }), t);
  }

  private constructor(
    private readonly host: Host,
    private readonly widget: GroupEditingHost,
    private readonly writes: GroupWritesController,
    private readonly t: GroupFormWords,
  ) {}

  /** Opens the form, with the parents to offer and the version to send both as they are now, not as the list showed them. */
  async open(mode: GroupFormMode, options: OpenFormOptions): Promise<void> {
    const api = this.widget.api();
    this.widget.say(undefined);
    if (options.group && options.action) this.widget.returnFocusTo(options.group.id, options.action);
    try {
      const [groups, group] = await Promise.all([
        api.call('listGroups', { params: { id: this.widget.convention()?.id ?? '' } }),
        mode === 'edit' && options.group ? api.call('getGroup', { params: { id: options.group.id } }) : Promise.resolve(undefined),
      ]);
      this.serverErrors = [];
      this.show({ mode, parentId: options.parentId ?? '', returnTo: options.returnTo, groups, ...(group ? { group } : {}) });
      await this.widget.focusSoon('#form-heading');
    } catch (error) {
      this.widget.say({ variant: 'error', text: this.t.msg('formUnreadable'), error });
    }
  }

  /** The form leaves the screen (the user went back to the list, or the group it showed was saved). */
  reset(): void {
    this.show(undefined);
  }

  /** The group as the server has it now, when the form shows it. */
  refreshed(group: Group): void {
    if (this.form?.group?.id === group.id) this.show({ ...this.form, group });
  }

  private show(form: FormView | undefined): void {
    this.form = form;
    this.host.requestUpdate();
  }

  private async leave(): Promise<void> {
    const form = this.form;
    this.reset();
    this.widget.say(undefined);
    if (form?.returnTo === 'group' && this.widget.groupId()) await this.widget.focusSoon('#group-heading');
    else await this.widget.backToList();
  }

  private async submit(event: CustomEvent<GroupFormSubmitDetail>): Promise<void> {
    const form = this.form;
    if (!form || this.writes.submitting) return;
    const { draft, patch } = event.detail;
    if (draft) await this.create(draft);
    else if (patch && form.group) await this.update(form.group, patch);
  }

  private async create(draft: GroupDraft): Promise<void> {
    const created = await this.writes.create(this.widget.convention()?.id ?? '', draft);
    if (!created.ok) {
      if (!created.aborted) this.failed(created.fieldErrors);
      return;
    }
    const group = created.value;
    this.reset();
    this.widget.emit('habil-group-created', { group });
    this.widget.reloadList();
    // Said once its page is open (its part may still be on its way), or on the list when the page could not load.
    await this.widget.openGroupPage(group, 'roles', 'details');
    this.widget.announce(this.writes.t.msg('groupCreated', group.code));
  }

  private async update(group: Group, patch: GroupPatch): Promise<void> {
    const updated = await this.writes.update(group, patch);
    if (!updated) return;
    if (!updated.ok) {
      if (!updated.aborted && !updated.stale) this.failed(updated.fieldErrors);
      return;
    }
    const returnTo = this.form?.returnTo;
    this.reset();
    this.widget.emit('habil-group-updated', { group: updated.value, changes: patch });
    if (updated.value.status === 'cloture') this.widget.emit('habil-group-closed', { group: updated.value });
    this.widget.showCurrent(updated.value);
    this.widget.announce(this.writes.t.msg('groupUpdated', updated.value.code));
    if (returnTo === 'group' && this.widget.groupId()) await this.widget.focusSoon('#group-heading');
    else await this.widget.backToList();
  }

  /** The server refused some fields: the form shows why on them. */
  private failed(fieldErrors: readonly FieldError[]): void {
    this.serverErrors = [...fieldErrors];
    this.host.requestUpdate();
  }

  /** Closes a group after saying what closing does (R11). */
  async close(group: Group): Promise<void> {
    const closed = await this.writes.close(group);
    if (!closed?.ok) return;
    this.widget.emit('habil-group-closed', { group: closed.value });
    this.widget.showCurrent(closed.value);
    // The members it had when the user confirmed are the ones detached.
    this.widget.announce(this.writes.t.msg('groupClosed', closed.value.code, group.memberCount));
  }

  private get groupForm(): HabilGroupForm | null {
    return this.host.renderRoot.querySelector('habil-group-form');
  }

  private async createResponsable(): Promise<void> {
    const convention = this.widget.convention();
    const dialog = this.host.renderRoot.querySelector<HabilNewUserDialog>('habil-new-user-dialog');
    if (!convention || !dialog) return;
    const account = await dialog.create({ conventionId: convention.id, conventionLabel: convention.label, today: this.widget.today(), purpose: 'responsable' });
    if (!account) return;
    await this.widget.reloadUsers();
    this.groupForm?.chooseResponsable(account.id);
    this.widget.announce(this.t.msg('responsableCreated', personName(account), account.identifier));
    await this.groupForm?.updateComplete;
    this.groupForm?.renderRoot.querySelector<HTMLElement>('[name="responsableId"]')?.focus();
  }

  /** The form's screen, with the new user's dialog it opens. */
  render(frame: ScreenFrame): TemplateResult | undefined {
    const form = this.form;
    if (!form) return undefined;
    return html`${renderGroupFormScreen({
        t: this.t,
        form,
        ...frame,
        users: this.widget.users(),
        today: this.widget.today(),
        serverErrors: this.serverErrors,
        submitting: this.writes.submitting,
        canCreateUser: this.widget.may('create-account'),
        onSubmit: (event) => void this.submit(event),
        onCancel: () => void this.leave(),
        onNewUser: () => void this.createResponsable(),
      })}
      <habil-new-user-dialog .client=${this.widget.api()}></habil-new-user-dialog>`;
  }
}
