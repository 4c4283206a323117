/**
 * The responsables habilitations of the groups of the convention (fiches 14–16): read while the
 * section shows; the partner administrator replaces one with a user of the convention, sending
 * the group's version (R15): when someone changed the group meanwhile, it is read again and the
 * user decides again.
 */
import type { AccountSummary, Group } from '../domain/index.js';
import type { WriteController, WriteFailure } from '../internal/writes.js';
import type { CafText } from './caf.messages.js';
import type { Notice } from './change-report.js';
import { personName } from './columns.js';
import { confirmedWrite } from './confirmed-write.js';
import type { ConventionsController } from './conventions.js';
import type { FlowOf } from './flow.js';
import type { DelegationContext } from './section-context.js';
import { SectionListController } from './section-list.js';

/** The id of the groups' table, whose rows hold the "Remplacer le responsable" buttons. */
export const GROUPS_TABLE = 'groups-table';

export class ResponsablesController extends SectionListController<string, Group> {
  /** The person may replace them (the partner administrator). */
  canReplace = false;

  constructor(
    context: DelegationContext,
    conventions: ConventionsController,
    private readonly w: CafText,
    private readonly writes: WriteController,
  ) {
    super(
      context,
      () => (context.sections.shown === 'responsables' ? conventions.current?.id : undefined),
      (client, conventionId, signal) => client.call('listGroups', { params: { id: conventionId } }, { signal }),
    );
  }

  override hostUpdate(): void {
    super.hostUpdate();
    this.canReplace = this.context.me()?.actions.includes('manage-groups') ?? false;
  }

  get flow(): FlowOf<'replace-responsable'> | undefined {
    return this.context.flows.of('replace-responsable');
  }

  openFlow(group: Group): void {
    void this.context.flows.open({ kind: 'replace-responsable', group });
  }

  /** "Fermer": focus goes back to the row's button. */
  async closeFlow(group: Group): Promise<void> {
    this.context.flows.set(undefined);
    await this.focusRow(group);
  }

  async replace(account: AccountSummary): Promise<void> {
    const { report, flows } = this.context;
    const w = this.w;
    const flow = this.flow;
    if (!flow) return;
    const { group } = flow;
    const previous = group.responsable;
    const next = { id: account.id, name: personName(account) };
    const result = await confirmedWrite(this.context, this.writes, {
      confirm: {
        heading: w.msg('replaceConfirmHeading', previous.name, next.name),
        message: w.msg('replaceConfirmMessage', next.name, group.code, group.label, account.civilite),
        confirmLabel: w.msg('replaceConfirm'),
        initialFocus: 'cancel',
      },
      key: `replace-responsable:${group.id}`,
      send: ({ signal }) => this.context.api().call('updateGroup', { params: { id: group.id }, body: { responsableId: account.id }, ifMatch: group.version }, { signal }),
      // R15: the group as it is now, read with the list that shows it.
      reload: async () => {
        await this.list.run();
        return this.list.value?.find((g) => g.id === group.id);
      },
      refusal: (failure) => this.refusal(group, failure),
    });
    if (!result) return;
    if (result.ok) {
      const updated = result.value;
      flows.set(undefined);
      report.changed(w.msg('replaced', previous.name, updated.responsable.name, group.code), [updated.responsable, previous], () => ({
        heading: w.msg('afasReplacedHeading'),
        text: w.msg('afasReplaced'),
      }));
      this.context.emit('habil-responsable-replaced', { group: updated, previous, responsable: updated.responsable });
      await this.list.run();
      await this.focusRow(group);
      return;
    }
    if (result.stale) {
      // Someone changed the group meanwhile: show it as it is now, and let the user decide again.
      flows.set(result.reloaded?.actions.includes('edit') ? { kind: 'replace-responsable', group: result.reloaded } : undefined);
      return;
    }
    if (result.problem?.status === 403) {
      // The person is no longer partner administrator (forbidden, or out of scope once he sees no convention): what he may do is read again.
      flows.set(undefined);
      void this.context.reloadMe();
      await this.list.run();
      await this.context.focus.keepFocus('#heading');
      return;
    }
    void this.context.picker()?.reload();
  }

  private refusal(group: Group, failure: WriteFailure<Group | undefined>): Notice {
    const w = this.w;
    if (failure.stale) {
      const reloaded = failure.reloaded;
      return {
        variant: 'warning',
        heading: w.msg('staleGroupHeading', group.code),
        ...(reloaded ? { text: w.msg('staleGroup', reloaded.responsable.name) } : {}),
        error: failure.error,
      };
    }
    const forbidden = failure.problem?.status === 403;
    return { variant: 'error', heading: w.msg('replaceFailed', group.code), ...(forbidden ? { text: w.msg('replaceForbidden') } : {}), error: failure.error };
  }

  private focusRow(group: Group): Promise<void> {
    return this.context.focus.focusInTable(`#${GROUPS_TABLE}`, `[data-group-id="${CSS.escape(group.id)}"]`, '#heading');
  }
}
