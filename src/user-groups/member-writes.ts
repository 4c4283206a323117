/**
 * The writes of `<habil-group-members>` and the forms that send them: attach a user with his
 * dates, change the dates of a membership, detach a member after confirmation. Each goes
 * through a {@link WriteController}; a refusal is said in words, on the field it concerns when
 * it is about one, and nothing the user typed is lost. When someone else changed the membership
 * meanwhile (R15), the dialog takes its new version and says so. Being the host's
 * `WriteController`, it aborts what it still waits for when the panel leaves the page; the
 * attach form follows the group shown and the server's day.
 */
import type { ReactiveControllerHost } from 'lit';
import { ProblemError } from '../client/errors.js';
import type { HabilClient } from '../client/types.js';
import type { AccountSummary, FieldError, Group, Membership } from '../domain/index.js';
import { validateDates } from '../domain/index.js';
import { dayToCheckAgainst } from '../internal/forms.js';
import { WriteController } from '../internal/writes.js';
import type { HabilConfirmDialog } from '../ui/confirm-dialog/confirm-dialog.js';
import type { Announcer } from './announcer.js';
import { CLOSING_DATE_KEPT, fieldErrorsShown, focusFirstError, periodText, type FieldProblem } from './form-support.js';
import type { GroupMembersWords } from './group-members.messages.js';
import { periodState } from './hierarchy.js';
import type { Notice } from './notice.js';
import { personName } from './people.js';
import { conflictNotice } from './stale-write.js';

/** The changes the members' panel tells its widget about. */
export type MemberChange = 'habil-member-added' | 'habil-member-updated' | 'habil-member-removed';

export interface MembershipDates {
  openingDate: string;
  closingDate: string;
}

export type AttachValues = MembershipDates & { accountId: string };

/** A form of the panel: its values, its errors, and what the server said about it. */
export interface FormState<V> {
  values: V;
  tried: boolean;
  serverErrors: readonly FieldError[];
  /** Fields changed since the server's errors: theirs no longer apply. */
  changed: ReadonlySet<string>;
  /** Why the server refused the last sending. */
  failure?: unknown;
}

function formState<V>(values: V): FormState<V> {
  return { values, tried: false, serverErrors: [], changed: new Set() };
}

function edited<V>(form: FormState<V>, name: keyof V & string, value: string): FormState<V> {
  return { ...form, values: { ...form.values, [name]: value }, changed: new Set(form.changed).add(name) };
}

/** What is sent is checked again: the errors of the previous try and the server's no longer hold. */
function sending<V>(form: FormState<V>): FormState<V> {
  return { ...form, tried: true, serverErrors: [], changed: new Set(), failure: undefined };
}

/** A membership's dates against the domain's rules (R6), checked on the server's day; the opening date is required. */
function datesProblems({ openingDate, closingDate }: MembershipDates, today: string): FieldProblem[] {
  const required = openingDate ? [] : [{ field: 'openingDate', code: 'required' }];
  return [...required, ...validateDates({ openingDate, ...(closingDate ? { closingDate } : {}) }, dayToCheckAgainst(today))];
}

/** The fields in the order of the screen: the first wrong one takes focus. */
const ATTACH_FIELDS = ['accountId', 'openingDate', 'closingDate'] as const;
const DATE_FIELDS = ['openingDate', 'closingDate'] as const;

/** The panel's actions that must not be sent twice. */
const ATTACH = 'attach';
const EDIT_DATES = 'edit-dates';

export interface MemberWritesOptions {
  api: () => HabilClient;
  t: GroupMembersWords;
  announcer: Announcer;
  group: () => Group | undefined;
  /** The server's day (`Me.today`). */
  today: () => string;
  members: () => readonly Membership[];
  /** The users who may be attached now. */
  attachable: () => readonly AccountSummary[];
  /** Reads the members again; resolves once they are read. */
  reloadMembers: () => Promise<unknown>;
  /** A change went through: the host tells its widget, and reads the members and the group again. */
  changed: (type: MemberChange, group: Group, membership: Membership) => void;
}

export class MemberWritesController extends WriteController {
  /** "Rattacher un utilisateur". */
  attach: FormState<AttachValues> = formState({ accountId: '', openingDate: '', closingDate: '' });

  /** The membership whose dates are being changed, in the dialog. */
  editing: Membership | undefined;

  edit: FormState<MembershipDates> = formState({ openingDate: '', closingDate: '' });

  /** R15: the membership was changed by someone else; the dialog says it was reloaded. */
  editConflict = false;

  /** What went wrong with a detachment, or a membership that is gone. */
  notice: Notice | undefined;

  /** The group and the day the attach form was set for. */
  private formOf: { groupId: string | undefined; today: string | undefined } = { groupId: undefined, today: undefined };

  constructor(
    private readonly element: ReactiveControllerHost & { readonly renderRoot: ParentNode },
    private readonly panel: MemberWritesOptions,
  ) {
    super(element, { lang: () => panel.t.lang });
  }

  /** Another group: an empty form, from today, and nothing left to say; the server's day came: it is the default opening date. */
  hostUpdate(): void {
    const groupId = this.panel.group()?.id;
    const today = this.today;
    if (groupId !== this.formOf.groupId) {
      this.attach = formState({ accountId: '', openingDate: today, closingDate: '' });
      this.notice = undefined;
    }
    if (today !== this.formOf.today && !this.attach.values.openingDate) this.attach = { ...this.attach, values: { ...this.attach.values, openingDate: today } };
    this.formOf = { groupId, today };
  }

  private get t(): GroupMembersWords {
    return this.panel.t;
  }

  private get today(): string {
    return this.panel.today();
  }

  /** The words of a refusal, with what the acting person can do about it. */
  refusalText(error: unknown, what: string): string {
    if (error instanceof ProblemError && error.code === 'afas-habiliter-required') return this.t.msg('afasRefused', what);
    return what;
  }

  private async focusFirstError(root: () => ParentNode | null, errors: () => ReadonlyMap<string, string>, order: readonly string[]): Promise<void> {
    await this.element.updateComplete;
    focusFirstError(root(), errors(), order);
  }

  // ---- attach -------------------------------------------------------------------------------

  get attaching(): boolean {
    return this.isBusy(ATTACH);
  }

  setAttach(name: keyof AttachValues, value: string): void {
    this.attach = edited(this.attach, name, value);
    this.element.requestUpdate();
  }

  private attachProblems(): FieldProblem[] {
    const values = this.attach.values;
    return [...(values.accountId ? [] : [{ field: 'accountId', code: 'required' }]), ...datesProblems(values, this.today)];
  }

  attachErrors(): Map<string, string> {
    const form = this.attach;
    return fieldErrorsShown(this.t, form.tried ? this.attachProblems() : [], form.serverErrors, form.changed);
  }

  private readonly attachForm = () => this.element.renderRoot.querySelector('#attach-form');

  async submitAttach(): Promise<void> {
    const group = this.panel.group();
    if (!group || this.attaching) return;
    this.attach = sending(this.attach);
    this.element.requestUpdate();
    if (this.attachProblems().length > 0) {
      await this.focusFirstError(this.attachForm, () => this.attachErrors(), ATTACH_FIELDS);
      return;
    }
    const { accountId, openingDate, closingDate } = this.attach.values;
    const user = this.panel.attachable().find((u) => u.id === accountId);
    const name = user ? personName(user) : accountId;
    const added = await this.run(
      ({ signal }) => this.panel.api().call('addMember', { params: { id: group.id }, body: { accountId, openingDate, ...(closingDate ? { closingDate } : {}) } }, { signal }),
      { key: ATTACH },
    );
    if (added.ok) {
      this.attach = formState({ accountId: '', openingDate: this.today, closingDate: '' });
      this.panel.announcer.say(this.t.msg('memberAdded', name, group.code, this.t.formatDate(added.value.openingDate), user?.civilite));
      this.panel.changed('habil-member-added', group, added.value);
      return;
    }
    if (added.aborted) return;
    this.attach = { ...this.attach, serverErrors: added.fieldErrors, failure: added.error };
    this.element.requestUpdate();
    if (added.fieldErrors.length > 0) await this.focusFirstError(this.attachForm, () => this.attachErrors(), ATTACH_FIELDS);
  }

  // ---- membership dates -----------------------------------------------------------------------

  get savingDates(): boolean {
    return this.isBusy(EDIT_DATES);
  }

  private readonly editDialog = () => this.element.renderRoot.querySelector<HTMLDialogElement>('#edit-dialog');

  openEdit(membership: Membership): void {
    this.editing = membership;
    this.editConflict = false;
    this.edit = formState({ openingDate: membership.openingDate, closingDate: membership.closingDate ?? '' });
    this.element.requestUpdate();
    void this.element.updateComplete.then(() => {
      const dialog = this.editDialog();
      dialog?.showModal();
      dialog?.querySelector<HTMLElement>('[name="openingDate"]')?.focus();
    });
  }

  /** The dialog closed (saved, cancelled, Escape). */
  editClosed(): void {
    this.editing = undefined;
    this.element.requestUpdate();
  }

  setEdit(name: keyof MembershipDates, value: string): void {
    this.edit = edited(this.edit, name, value);
    this.element.requestUpdate();
  }

  private editProblems(): FieldProblem[] {
    const values = this.edit.values;
    // The contract cannot erase a closing date: the user sets another one, or detaches.
    const erased = Boolean(this.editing?.closingDate) && !values.closingDate;
    return [...datesProblems(values, this.today), ...(erased ? [{ field: 'closingDate', code: CLOSING_DATE_KEPT }] : [])];
  }

  editErrors(): Map<string, string> {
    const form = this.edit;
    return fieldErrorsShown(this.t, form.tried ? this.editProblems() : [], form.serverErrors, form.changed);
  }

  /** What the dialog's alert says: someone else's change (R15), or the server's refusal. */
  editNotice(membership: Membership): Notice | undefined {
    if (this.editConflict) return conflictNotice(this.t, this.t.msg('membershipReloaded', personName(membership), periodText(this.t, membership)));
    return this.edit.failure ? { variant: 'error', text: '', error: this.edit.failure } : undefined;
  }

  async submitEdit(): Promise<void> {
    const group = this.panel.group();
    const membership = this.editing;
    if (!group || !membership || this.savingDates) return;
    this.edit = sending(this.edit);
    this.editConflict = false;
    this.element.requestUpdate();
    if (this.editProblems().length > 0) {
      await this.focusFirstError(this.editDialog, () => this.editErrors(), DATE_FIELDS);
      return;
    }
    const { openingDate, closingDate } = this.edit.values;
    const body = {
      ...(openingDate !== membership.openingDate ? { openingDate } : {}),
      ...(closingDate && closingDate !== membership.closingDate ? { closingDate } : {}),
    };
    if (Object.keys(body).length === 0) {
      this.editDialog()?.close();
      return;
    }
    const updated = await this.run(
      ({ signal }) =>
        this.panel.api().call('updateMember', { params: { id: group.id, accountId: membership.accountId }, body, ifMatch: membership.version }, { signal }),
      {
        key: EDIT_DATES,
        reload: async () => {
          await this.panel.reloadMembers();
          return this.panel.members();
        },
      },
    );
    if (updated.ok) {
      this.editDialog()?.close();
      this.panel.announcer.say(this.t.msg('memberUpdated', personName(membership), group.code, periodText(this.t, updated.value)));
      this.panel.changed('habil-member-updated', group, updated.value);
      return;
    }
    if (updated.aborted) return;
    if (updated.stale) {
      this.showReloaded(membership, updated.reloaded ?? this.panel.members());
      return;
    }
    this.edit = { ...this.edit, serverErrors: updated.fieldErrors, failure: updated.error };
    this.element.requestUpdate();
    if (updated.fieldErrors.length > 0) await this.focusFirstError(this.editDialog, () => this.editErrors(), DATE_FIELDS);
  }

  /** R15: the dialog takes the membership's new version and keeps what the user typed; a membership that ended is said gone. */
  private showReloaded(membership: Membership, members: readonly Membership[]): void {
    const fresh = members.find((m) => m.accountId === membership.accountId);
    this.element.requestUpdate();
    if (!fresh || periodState(fresh, this.today) === 'ended') {
      this.editDialog()?.close();
      this.notice = { variant: 'error', text: this.t.msg('membershipGone', personName(membership), membership.civilite) };
      return;
    }
    this.editing = fresh;
    this.editConflict = true;
  }

  // ---- detach ---------------------------------------------------------------------------------

  async detach(membership: Membership): Promise<void> {
    const group = this.panel.group();
    const confirmDialog = this.element.renderRoot.querySelector<HabilConfirmDialog>('habil-confirm-dialog');
    if (!group || !confirmDialog) return;
    const name = personName(membership);
    const confirmed = await confirmDialog.ask({
      heading: this.t.msg('detachHeading', name, group.code),
      message: this.t.msg(periodState(membership, this.today) === 'upcoming' ? 'detachUpcomingMessage' : 'detachMessage', name, group.code),
      confirmLabel: this.t.msg('detach'),
      danger: true,
    });
    if (!confirmed) return;
    this.notice = undefined;
    const removed = await this.run(
      ({ signal }) => this.panel.api().call('removeMember', { params: { id: group.id, accountId: membership.accountId } }, { signal }),
      { key: `detach:${membership.accountId}` },
    );
    if (removed.ok) {
      this.panel.announcer.say(this.t.msg('memberRemoved', name, group.code, membership.civilite));
      this.panel.changed('habil-member-removed', group, membership);
      await this.element.updateComplete;
      this.element.renderRoot.querySelector<HTMLElement>('.members-heading')?.focus();
      return;
    }
    if (removed.aborted) return;
    this.notice = { variant: 'error', error: removed.error, text: this.refusalText(removed.error, this.t.msg('whatDetach', name, group.code, membership.civilite)) };
    this.element.requestUpdate();
    if (removed.problem?.status === 404) void this.panel.reloadMembers();
  }
}
