/**
 * Naming and revoking a local administrator (guide §4, R13), loaded on demand by
 * "Vos administrateurs locaux" (local-admins.ts) with their words: naming a person chosen in the
 * picker, or whose account is created on the spot ("Nouveau"); revoking a delegation, refused
 * when it would leave the organisme without a local administrator.
 */
import type { TemplateResult } from 'lit';
import type { AccountDraft, AccountSummary, LocalAdmin } from '../domain/index.js';
import { partWords } from '../internal/localize.js';
import type { WriteController } from '../internal/writes.js';
import { personName } from './columns.js';
import { confirmedWrite, sectionWrites } from './confirmed-write.js';
import { FLOW_HEADING, type FlowOf } from './flow.js';
import { localAdminActionsMessages, type LocalAdminActionsText } from './local-admin-actions.messages.js';
import { renderNameFlow, renderOwnDelegationRevoked, SELF_REVOKED } from './local-admin-actions.view.js';
import { LOCAL_ADMINS_TABLE, NEW_LOCAL_ADMIN, type LocalAdminsController } from './local-admins.js';
import type { DelegationContext } from './section-context.js';
import type { SectionView } from './section-parts.js';
import { addSectionPartStyles } from './section-parts.styles.js';

const CREATE_ACCOUNT = 'create-account';

export async function createLocalAdminActions(section: LocalAdminsController, context: DelegationContext): Promise<LocalAdminActions> {
  const words = await partWords(context.host, localAdminActionsMessages);
  addSectionPartStyles(context.host);
  return new LocalAdminActions(section, context, words);
}

export class LocalAdminActions {
  private readonly writes: WriteController;

  constructor(
    private readonly section: LocalAdminsController,
    private readonly context: DelegationContext,
    readonly w: LocalAdminActionsText,
  ) {
    this.writes = sectionWrites(context);
  }

  /** The new account is being sent. */
  get creatingAccount(): boolean {
    return this.writes.isBusy(CREATE_ACCOUNT);
  }

  /** In the picker: the people who are local administrators already. */
  get unavailable(): ReadonlyMap<string, string> {
    return new Map(this.section.rows.map((admin) => [admin.accountId, this.w.msg('alreadyLocalAdmin')]));
  }

  renderNameFlow(view: SectionView, flow: FlowOf<'name-local-admin'>): TemplateResult {
    return renderNameFlow(this.section, this, view, flow);
  }

  renderOwnDelegationRevoked(organisme: string): TemplateResult {
    return renderOwnDelegationRevoked(this.w, organisme);
  }

  /** "Nouveau" (the account form), or back to the list of people. */
  async goToStep(step: 'choose' | 'create'): Promise<void> {
    const flow = this.section.flow;
    if (!flow) return;
    this.context.report.clearNotice();
    this.context.flows.set(step === 'create' ? { ...flow, step } : { ...flow, step, serverErrors: [] });
    await this.context.focus.focusOn(step === 'create' ? FLOW_HEADING : '#new-account');
  }

  async name(account: AccountSummary): Promise<void> {
    const { report, flows } = this.context;
    const w = this.w;
    const name = personName(account);
    const result = await confirmedWrite(this.context, this.writes, {
      confirm: {
        heading: w.msg('nameHeading', name),
        message: w.msg('nameMessage', name, account.emailPro, account.organismeName, account.civilite),
        confirmLabel: w.msg('nameConfirm'),
        // Enter pressed once too often names nobody: the dialog starts on « Annuler », as the revocation's does.
        initialFocus: 'cancel',
      },
      key: `name-local-admin:${account.id}`,
      send: ({ signal }) => this.context.api().call('addLocalAdmin', { body: { accountId: account.id } }, { signal }),
      refusal: ({ error }) => ({ variant: 'error', heading: w.msg('nameFailed', name, account.civilite), error }),
    });
    if (!result) return;
    if (result.ok) {
      const added = result.value;
      const person = { id: added.accountId, name: personName(added) };
      flows.set(undefined);
      report.changed(w.msg('named', person.name, added.organismeName), [person]);
      this.context.emit('habil-local-admin-added', { person, organisme: { id: added.organismeId, name: added.organismeName }, localAdmin: added });
      await this.section.list.run();
      // Focus on the row of the person named: his "Retirer".
      await this.context.focus.focusInTable(`#${LOCAL_ADMINS_TABLE}`, `[data-account-id="${CSS.escape(added.accountId)}"]`, NEW_LOCAL_ADMIN);
    } else {
      void this.section.list.run();
      void this.context.picker()?.reload();
    }
  }

  async createAccount(draft: AccountDraft): Promise<void> {
    const { report, flows } = this.context;
    const flow = this.section.flow;
    if (!flow || this.creatingAccount) return;
    report.clearNotice();
    flows.set({ ...flow, serverErrors: [] });
    const result = await this.writes.run(({ signal }) => this.context.api().call('createAccount', { body: draft }, { signal }), { key: CREATE_ACCOUNT });
    if (result.ok) {
      const account = result.value;
      flows.set({ kind: 'name-local-admin', step: 'choose', serverErrors: [] });
      await this.context.host.updateComplete;
      // "Puis la sélectionner ensuite": the new person is shown in the list, his "Choisir" focused.
      await this.context.picker()?.searchFor(account.nom, account.prenom);
      report.announce(this.w.msg('accountCreated', personName(account)));
      await this.context.picker()?.focusChoice(account.id);
    } else if (!result.aborted) {
      // The form keeps what was typed, shows the server's field errors and moves focus to the first one.
      flows.set({ ...flow, serverErrors: result.fieldErrors });
      report.refused({ variant: 'error', heading: this.w.msg('createFailed'), error: result.error });
    }
  }

  async revoke(row: LocalAdmin): Promise<void> {
    const { report } = this.context;
    const w = this.w;
    const name = personName(row);
    const self = row.accountId === this.context.me()?.account.id;
    const result = await confirmedWrite(this.context, this.writes, {
      confirm: {
        heading: w.msg('revokeHeading', name),
        message: self ? w.msg('revokeSelfMessage', row.organismeName) : w.msg('revokeMessage', name, row.organismeName),
        confirmLabel: this.context.t.msg('revoke'),
        danger: true,
      },
      key: `revoke-local-admin:${row.accountId}`,
      send: ({ signal }) => this.context.api().call('revokeLocalAdmin', { params: { accountId: row.accountId } }, { signal }),
      refusal: ({ error }) => ({ variant: 'error', heading: w.msg('revokeFailed', name), error }),
    });
    if (!result) return;
    if (result.ok) {
      const person = { id: row.accountId, name };
      report.changed(w.msg('revoked', name, row.organismeName), [person]);
      this.context.emit('habil-local-admin-revoked', { person, organisme: { id: row.organismeId, name: row.organismeName } });
    }
    if (result.ok && self) {
      // Without the delegation, the person may no longer manage it: what he may see is read
      // again, and the widget says why the section went, with focus on it.
      report.revokedOwnDelegation(row.organismeName);
      await this.context.reloadMe();
      await this.context.focus.keepFocus(SELF_REVOKED);
      await this.context.focus.keepFocus('#heading');
      return;
    }
    await this.section.list.run();
    await this.context.focus.keepFocus('#heading');
  }
}
