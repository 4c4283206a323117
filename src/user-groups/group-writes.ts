/**
 * The writes of `<habil-user-groups>` on a group: create it, change it, close it (R11, after
 * saying what closing does). Each goes through a {@link WriteController}; a change and a closing
 * send the version read before, and when someone else changed the group meanwhile (R15) the
 * group is read again, shown as it is now, and the user told. The host says what went right
 * and where the user goes next; this says what went wrong. Being the host's `WriteController`,
 * it aborts what it still waits for when the widget leaves the page. Loaded with the editing of a
 * group (group-editing.ts).
 */
import type { ReactiveControllerHost } from 'lit';
import type { HabilClient } from '../client/types.js';
import type { Convention, Group, GroupDraft, GroupPatch } from '../domain/index.js';
import { WriteController, type WriteFailure, type WriteResult } from '../internal/writes.js';
import type { HabilConfirmDialog } from '../ui/confirm-dialog/confirm-dialog.js';
import type { GroupWritesWords } from './group-writes.messages.js';
import { openSubGroups } from './hierarchy.js';
import type { Notice } from './notice.js';
import { conflictNotice, rereadGroup } from './stale-write.js';

/** The form's write (a creation or a change): not sent twice, and the submit button waits for it. */
const GROUP_FORM = 'group-form';

export interface GroupWritesOptions {
  api: () => HabilClient;
  t: GroupWritesWords;
  /** The server's day (`Me.today`). */
  today: () => string;
  convention: () => Convention | undefined;
  /** The groups of the convention as the list knows them. */
  knownGroups: () => Group[];
  confirmDialog: () => HabilConfirmDialog | null;
  /** Shows what went wrong; undefined as a write is sent. */
  say: (notice: Notice | undefined) => void;
  /** After a stale write (R15): the group as it is now (undefined when it could not be read), to show wherever it is. */
  refreshed: (group: Group | undefined) => void;
}

export class GroupWritesController extends WriteController {
  constructor(
    host: ReactiveControllerHost,
    private readonly widget: GroupWritesOptions,
  ) {
    super(host, { lang: () => widget.t.lang });
  }

  /** The words of the writes, in the widget's language: the widget says with them what went right. */
  get t(): GroupWritesWords {
    return this.widget.t;
  }

  /** The form's creation or change is being sent. */
  get submitting(): boolean {
    return this.isBusy(GROUP_FORM);
  }

  async create(conventionId: string, draft: GroupDraft): Promise<WriteResult<Group>> {
    this.widget.say(undefined);
    const created = await this.run(({ signal }) => this.widget.api().call('createGroup', { params: { id: conventionId }, body: draft }, { signal }), {
      key: GROUP_FORM,
    });
    if (!created.ok) this.refused(created, this.t.msg('createFailed', draft.code));
    return created;
  }

  /** Resolves with undefined when the user kept the group open (a closing date of today closes it at once). */
  async update(group: Group, patch: GroupPatch): Promise<WriteResult<Group, Group> | undefined> {
    // A closing date of today closes the group at once: the same warning as "Clôturer".
    if (patch.closingDate === this.widget.today() && !(await this.confirmClose(group))) return undefined;
    this.widget.say(undefined);
    const updated = await this.run(
      ({ signal }) => this.widget.api().call('updateGroup', { params: { id: group.id }, body: patch, ifMatch: group.version }, { signal }),
      { key: GROUP_FORM, reload: rereadGroup(this.widget.api(), group.id) },
    );
    if (!updated.ok) {
      if (updated.stale) this.stale(group, updated, this.t.msg('updateFailed', group.code));
      else this.refused(updated, this.t.msg('updateFailed', group.code));
    }
    return updated;
  }

  /** Resolves with undefined when the user kept the group open. */
  async close(group: Group): Promise<WriteResult<Group, Group> | undefined> {
    if (!(await this.confirmClose(group))) return undefined;
    this.widget.say(undefined);
    const closed = await this.run(
      ({ signal }) => this.widget.api().call('closeGroup', { params: { id: group.id }, ifMatch: group.version }, { signal }),
      { key: `close:${group.id}`, reload: rereadGroup(this.widget.api(), group.id) },
    );
    if (!closed.ok) {
      // The list is read again whatever the group's own reading gave: the closing was not sent.
      if (closed.stale) this.stale(group, closed);
      else this.refused(closed, this.t.msg('closeFailed', group.code));
    }
    return closed;
  }

  /** Says what closing does (R11) and asks; resolves with the user's answer. */
  private async confirmClose(group: Group): Promise<boolean> {
    const t = this.t;
    const today = this.widget.today();
    let groups = this.widget.knownGroups();
    try {
      groups = await this.widget.api().call('listGroups', { params: { id: group.conventionId } });
    } catch {
      // The message then names the sub-groups the list knew; the server closes them all anyway.
    }
    const roles = this.widget.convention()?.services.flatMap((s) => s.roles).filter((r) => group.roleIds.includes(r.id)).map((r) => r.label) ?? [];
    const subGroups = openSubGroups(groups, group.id).map((g) => g.code);
    const message = [
      t.msg('closeDate', t.formatDate(today)),
      group.memberCount > 0 ? t.msg('closeMembers', group.memberCount, roles.join(', ')) : t.msg('closeNoMembers'),
      subGroups.length > 0 ? t.msg('closeSubGroups', subGroups.length, subGroups.join(', ')) : '',
      t.msg('closeFinal'),
    ]
      .filter(Boolean)
      .join(' ');
    const dialog = this.widget.confirmDialog();
    return dialog ? dialog.ask({ heading: t.msg('closeHeading', group.code), message, confirmLabel: t.msg('closeGroup'), danger: true }) : false;
  }

  /** A refusal in words, with what the "Synthèse" of the guide says when the profile does not allow it. */
  private refused<R>(failure: WriteFailure<R>, text: string): void {
    if (failure.aborted) return;
    const words = failure.problem?.code === 'forbidden' ? this.t.msg('groupAdminForbidden') : text;
    this.widget.say({ variant: 'error', text: words, error: failure.error });
  }

  /**
   * R15: the group is shown as it is now and the user told; what he typed stays. When it could
   * not be read again, `unreadable` says the action failed (without it, the list read again
   * shows the group).
   */
  private stale(group: Group, failure: WriteFailure<Group>, unreadable?: string): void {
    if (failure.aborted) return;
    this.widget.refreshed(failure.reloaded);
    if (!failure.reloaded && unreadable !== undefined) this.widget.say({ variant: 'error', text: unreadable, error: failure.reloadError });
    else this.widget.say(conflictNotice(this.t, this.t.msg('groupReloaded', group.code)));
  }
}
