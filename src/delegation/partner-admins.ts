/**
 * The partner administrators of the partner of the convention (fiches 14–16, R12): read while
 * the section shows; at most two, appointed and withdrawn by the CAF only.
 */
import { TaskStatus } from '@lit/task';
import type { WriteController } from '../internal/writes.js';
import type { AccountSummary, PartnerAdmin } from '../domain/index.js';
import { MAX_PARTNER_ADMINS } from '../domain/index.js';
import { personName } from './columns.js';
import type { ConventionsController } from './conventions.js';
import type { OrganismeRef } from './delegation.js';
import type { CafText } from './caf.messages.js';
import { confirmedWrite } from './confirmed-write.js';
import type { FlowOf } from './flow.js';
import type { DelegationContext } from './section-context.js';
import { SectionListController } from './section-list.js';

/** The button that opens the panel, which takes focus back when it closes. */
const APPOINT = '#appoint';

/** The id of the table of the partner administrators, whose rows hold the "Retirer" buttons. */
export const PARTNER_ADMINS_TABLE = 'partner-admins-table';

export class PartnerAdminsController extends SectionListController<string, PartnerAdmin> {
  /** The list is read: the count and the limit can be said. */
  loaded = false;
  /** R12: the partner has as many as he may; nobody can be appointed until one is withdrawn. */
  atLimit = false;
  /** The person may appoint and withdraw them (the CAF). */
  canAppoint = false;
  /** In the picker: the people who are partner administrators already. */
  unavailable: ReadonlyMap<string, string> = new Map();

  constructor(
    context: DelegationContext,
    private readonly conventions: ConventionsController,
    private readonly w: CafText,
    private readonly writes: WriteController,
  ) {
    super(
      context,
      () => (context.sections.shown === 'partner-admins' ? conventions.current?.partnerId : undefined),
      (client, partnerId, signal) => client.call('listPartnerAdmins', { params: { id: partnerId } }, { signal }),
    );
  }

  override hostUpdate(): void {
    super.hostUpdate();
    this.loaded = this.list.status === TaskStatus.COMPLETE;
    this.atLimit = this.loaded && this.rows.length >= MAX_PARTNER_ADMINS;
    this.canAppoint = this.context.me()?.actions.includes('manage-partner-admins') ?? false;
    this.unavailable = new Map(this.rows.map((admin) => [admin.accountId, this.w.msg('alreadyPartnerAdmin')]));
  }

  get flow(): FlowOf<'appoint-partner-admin'> | undefined {
    return this.context.flows.of('appoint-partner-admin');
  }

  openFlow(): void {
    if (this.atLimit || !this.loaded) return;
    void this.context.flows.show({ kind: 'appoint-partner-admin' });
  }

  closeFlow(): Promise<void> {
    return this.context.flows.close(APPOINT);
  }

  /** The partner of the convention shown, as events name it. */
  private get partner(): OrganismeRef | undefined {
    const convention = this.conventions.current;
    return convention && { id: convention.partnerId, name: convention.partnerName };
  }

  async appoint(account: AccountSummary): Promise<void> {
    const { report, flows, focus } = this.context;
    const w = this.w;
    const partner = this.partner;
    if (!partner) return;
    const name = personName(account);
    const result = await confirmedWrite(this.context, this.writes, {
      confirm: {
        heading: w.msg('appointConfirmHeading', name, partner.name),
        message: w.msg('appointConfirmMessage', name, account.civilite),
        confirmLabel: w.msg('appointConfirm'),
        initialFocus: 'cancel',
      },
      key: `appoint-partner-admin:${partner.id}:${account.id}`,
      send: ({ signal }) => this.context.api().call('addPartnerAdmin', { params: { id: partner.id }, body: { accountId: account.id } }, { signal }),
      refusal: ({ error }) => ({ variant: 'error', heading: w.msg('appointFailed', name, account.civilite), error }),
    });
    if (!result) return;
    if (result.ok) {
      const appointed = result.value;
      const person = { id: appointed.accountId, name: personName(appointed) };
      flows.set(undefined);
      report.changed(w.msg('appointed', person.name, partner.name), [person]);
      this.context.emit('habil-partner-admin-added', { person, partner, partnerAdmin: appointed });
      await this.list.run();
      // Focus on the row of the person appointed: his "Retirer".
      await focus.focusInTable(`#${PARTNER_ADMINS_TABLE}`, `[data-account-id="${CSS.escape(appointed.accountId)}"]`, APPOINT);
      return;
    }
    // R12: over the limit, nobody can be chosen until one is withdrawn.
    if (result.problem?.code === 'partner-admin-limit') flows.set(undefined);
    else void this.context.picker()?.reload();
    await this.list.run();
    await focus.keepFocus(APPOINT);
  }

  async withdraw(row: PartnerAdmin): Promise<void> {
    const { t, report } = this.context;
    const w = this.w;
    const partner = this.partner;
    if (!partner) return;
    const name = personName(row);
    const result = await confirmedWrite(this.context, this.writes, {
      confirm: {
        heading: w.msg('withdrawHeading', name),
        message: w.msg('withdrawMessage', name, partner.name),
        confirmLabel: t.msg('revoke'),
        danger: true,
      },
      key: `withdraw-partner-admin:${partner.id}:${row.accountId}`,
      send: ({ signal }) => this.context.api().call('revokePartnerAdmin', { params: { id: partner.id, accountId: row.accountId } }, { signal }),
      refusal: ({ error }) => ({ variant: 'error', heading: w.msg('withdrawFailed', name), error }),
    });
    if (!result) return;
    if (result.ok) {
      const person = { id: row.accountId, name };
      report.changed(w.msg('withdrawn', name, partner.name), [person]);
      this.context.emit('habil-partner-admin-revoked', { person, partner });
    }
    await this.list.run();
    await this.context.focus.keepFocus('#heading');
  }
}
