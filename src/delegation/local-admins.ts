/**
 * "Vos administrateurs locaux" (guide §4, R13): the local administrators of my organisme, read
 * while the section shows; naming a person chosen in the picker, or whose account is created on
 * the spot ("Nouveau"); revoking a delegation, refused when it would leave the organisme
 * without a local administrator.
 */
import type { AccountDraft, AccountSummary, LocalAdmin } from '../domain/index.js';
import { personName } from './columns.js';
import { confirmedWrite } from './confirmed-write.js';
import { FLOW_HEADING, type FlowOf } from './flow.js';
import type { DelegationContext } from './section-context.js';
import { SectionListController } from './section-list.js';

const CREATE_ACCOUNT = 'create-account';

/** The button that opens the panel, which takes focus back when it closes. */
const NEW_LOCAL_ADMIN = '#new-local-admin';

/** The id of the table of my organisme's local administrators, whose rows hold the "Retirer" buttons. */
export const LOCAL_ADMINS_TABLE = 'local-admins-table';

/** What takes focus once the user revoked his own delegation: what happened, in words. */
export const SELF_REVOKED = '#self-revoked';

export class LocalAdminsController extends SectionListController<true, LocalAdmin> {
  /** In the picker: the people who are local administrators already. */
  unavailable: ReadonlyMap<string, string> = new Map();

  constructor(context: DelegationContext) {
    super(
      context,
      () => context.sections.shown === 'local-admins',
      (client, _shown, signal) => client.call('listLocalAdmins', { query: { scope: 'mine' } }, { signal }),
    );
  }

  override hostUpdate(): void {
    super.hostUpdate();
    this.unavailable = new Map(this.rows.map((admin) => [admin.accountId, this.context.t.msg('alreadyLocalAdmin')]));
  }

  /** The open panel, when it is this section's. */
  get flow(): FlowOf<'name-local-admin'> | undefined {
    return this.context.flows.of('name-local-admin');
  }

  /** The new account is being sent. */
  get creatingAccount(): boolean {
    return this.context.writes.isBusy(CREATE_ACCOUNT);
  }

  openFlow(): void {
    void this.context.flows.show({ kind: 'name-local-admin', step: 'choose', serverErrors: [] });
  }

  closeFlow(): Promise<void> {
    return this.context.flows.close(NEW_LOCAL_ADMIN);
  }

  /** "Nouveau" (the account form), or back to the list of people. */
  async goToStep(step: 'choose' | 'create'): Promise<void> {
    const flow = this.flow;
    if (!flow) return;
    this.context.report.clearNotice();
    this.context.flows.set(step === 'create' ? { ...flow, step } : { ...flow, step, serverErrors: [] });
    await this.context.focus.focusOn(step === 'create' ? FLOW_HEADING : '#new-account');
  }

  async name(account: AccountSummary): Promise<void> {
    const { t, report, flows } = this.context;
    const name = personName(account);
    const result = await confirmedWrite(this.context, {
      confirm: {
        heading: t.msg('nameHeading', name),
        message: t.msg('nameMessage', name, account.emailPro, account.organismeName, account.civilite),
        confirmLabel: t.msg('nameConfirm'),
        // Enter pressed once too often names nobody: the dialog starts on « Annuler », as the revocation's does.
        initialFocus: 'cancel',
      },
      key: `name-local-admin:${account.id}`,
      send: ({ signal }) => this.context.api().call('addLocalAdmin', { body: { accountId: account.id } }, { signal }),
      refusal: ({ error }) => ({ variant: 'error', heading: t.msg('nameFailed', name, account.civilite), error }),
    });
    if (!result) return;
    if (result.ok) {
      const added = result.value;
      const person = { id: added.accountId, name: personName(added) };
      flows.set(undefined);
      report.changed(t.msg('named', person.name, added.organismeName), [person]);
      this.context.emit('habil-local-admin-added', { person, organisme: { id: added.organismeId, name: added.organismeName }, localAdmin: added });
      await this.list.run();
      // Focus on the row of the person named: his "Retirer".
      await this.context.focus.focusInTable(`#${LOCAL_ADMINS_TABLE}`, `[data-account-id="${CSS.escape(added.accountId)}"]`, NEW_LOCAL_ADMIN);
    } else {
      void this.list.run();
      void this.context.picker()?.reload();
    }
  }

  async createAccount(draft: AccountDraft): Promise<void> {
    const { t, report, flows } = this.context;
    const flow = this.flow;
    if (!flow || this.creatingAccount) return;
    report.clearNotice();
    flows.set({ ...flow, serverErrors: [] });
    const result = await this.context.writes.run(({ signal }) => this.context.api().call('createAccount', { body: draft }, { signal }), { key: CREATE_ACCOUNT });
    if (result.ok) {
      const account = result.value;
      flows.set({ kind: 'name-local-admin', step: 'choose', serverErrors: [] });
      await this.context.host.updateComplete;
      // "Puis la sélectionner ensuite": the new person is shown in the list, his "Choisir" focused.
      await this.context.picker()?.searchFor(account.nom, account.prenom);
      report.announce(t.msg('accountCreated', personName(account)));
      await this.context.picker()?.focusChoice(account.id);
    } else if (!result.aborted) {
      // The form keeps what was typed, shows the server's field errors and moves focus to the first one.
      flows.set({ ...flow, serverErrors: result.fieldErrors });
      report.refused({ variant: 'error', heading: t.msg('createFailed'), error: result.error });
    }
  }

  async revoke(row: LocalAdmin): Promise<void> {
    const { t, report } = this.context;
    const name = personName(row);
    const self = row.accountId === this.context.me()?.account.id;
    const result = await confirmedWrite(this.context, {
      confirm: {
        heading: t.msg('revokeHeading', name),
        message: self ? t.msg('revokeSelfMessage', row.organismeName) : t.msg('revokeMessage', name, row.organismeName),
        confirmLabel: t.msg('revoke'),
        danger: true,
      },
      key: `revoke-local-admin:${row.accountId}`,
      send: ({ signal }) => this.context.api().call('revokeLocalAdmin', { params: { accountId: row.accountId } }, { signal }),
      refusal: ({ error }) => ({ variant: 'error', heading: t.msg('revokeFailed', name), error }),
    });
    if (!result) return;
    if (result.ok) {
      const person = { id: row.accountId, name };
      report.changed(t.msg('revoked', name, row.organismeName), [person]);
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
    await this.list.run();
    await this.context.focus.keepFocus('#heading');
  }
}
