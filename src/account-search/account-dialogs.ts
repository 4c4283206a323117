/**
 * The two dialogs of `<habil-account-search>`: the account's record and history (« Fiche »,
 * « Historique »), and the form of « Nouveau » and « Modifier ». The form keeps everything typed
 * when the server refuses: its field errors go onto the fields; after a stale write (R15) the
 * account is read again, the next save goes on that version, and the fields the user left take
 * the values saved meanwhile. Closing a form with changes asks first.
 */
import { ProblemError } from '../client/errors.js';
import type { AccountDetail, AccountDraft, FieldError, HistoryEntry } from '../domain/index.js';
import { defineElement } from '../internal/define.js';
import { LazyPart } from '../internal/lazy-part.js';
import { describeError } from '../internal/problem-text.js';
import { loadAccountDetails, loadAccountForm } from '../account-parts/lazy.js';
import type { WriteController, WriteFailure } from '../internal/writes.js';
import type { AccountFormSubmitDetail } from '../account-parts/account-form.js';
import type { ActionWords } from './actions.messages.js';
import { responsableOf } from './caf-actions.js';
import { changedFields } from './changed-fields.js';
import type { OutcomeController } from './outcome.js';
import type { SearchController } from './search.js';
import { refreshResults } from './search-refresh.js';
import type { HabilResponsableDialog } from './responsable-dialog.js';
import { nameOf, type ResultRow } from './search-context.js';
import type { HabilUserMemberships } from './user-memberships.js';
import type { AccountSearchWidget } from './widget.js';

export interface DetailsView {
  row: ResultRow;
  view: 'details' | 'history';
  account?: AccountDetail;
  history?: HistoryEntry[];
  error?: unknown;
}

export interface FormState {
  mode: 'create' | 'edit';
  account?: AccountDetail;
  serverErrors: FieldError[];
  error?: unknown;
  errorHeading?: string;
  /** After a stale write: what the other person saved, field by field. */
  changedMeanwhile?: [field: string, value: string][];
  /** Why the form was not sent, when the widget itself says so. */
  message?: string;
}

export class AccountDialogsController {
  details?: DetailsView;
  form?: FormState;
  /** A new form each time one opens: nothing typed in the last one is kept. */
  formSerial = 0;
  /** The elements of the dialogs, loaded the first time one opens. */
  readonly parts = {
    form: new LazyPart(this.widget.host, loadAccountForm),
    details: new LazyPart(this.widget.host, loadAccountDetails),
    memberships: new LazyPart(this.widget.host, async () => defineElement('habil-user-memberships', (await import('./user-memberships.js')).HabilUserMemberships)),
    responsable: new LazyPart(this.widget.host, async () => defineElement('habil-responsable-dialog', (await import('./responsable-dialog.js')).HabilResponsableDialog)),
  };

  constructor(
    private readonly widget: AccountSearchWidget,
    private readonly search: SearchController,
    private readonly outcome: OutcomeController,
    private readonly writes: WriteController,
    private readonly t: ActionWords,
  ) {}

  /** CAF: « Ajouter à un groupe » and « Gérer l'appartenance de l'utilisateur ». */
  membershipsDialog(): Promise<HabilUserMemberships | undefined> {
    return this.widget.partElement(this.parts.memberships, '#memberships');
  }

  /** CAF: the new responsables of a responsable's groups, before his account is closed. */
  responsableDialog(): Promise<HabilResponsableDialog | undefined> {
    return this.widget.partElement(this.parts.responsable, '#responsable');
  }

  private dialog(id: 'details-dialog' | 'form-dialog'): HTMLDialogElement {
    return this.widget.root().querySelector<HTMLDialogElement>(`#${id}`)!;
  }

  private set(change: { details?: DetailsView | undefined; form?: FormState | undefined }): void {
    Object.assign(this, change);
    this.widget.host.requestUpdate();
  }

  // ---- the record and the history -------------------------------------------------------

  async openDetails(row: ResultRow, view: 'details' | 'history'): Promise<void> {
    if (!(await this.widget.ready(this.parts.details))) return;
    this.set({ details: { row, view } });
    await this.widget.host.updateComplete;
    const dialog = this.dialog('details-dialog');
    if (!dialog.open) dialog.showModal();
    await this.loadDetails(view);
  }

  async loadDetails(view: 'details' | 'history'): Promise<void> {
    const details = this.details;
    if (!details) return;
    this.set({ details: { ...details, view, error: undefined } });
    const api = this.widget.api();
    try {
      const id = details.row.id;
      const [account, history] = await Promise.all([
        details.account ?? api.call('getAccount', { params: { id } }),
        view === 'history' ? (details.history ?? api.call('accountHistory', { params: { id } })) : details.history,
      ]);
      if (this.details?.row.id !== id) return;
      this.set({ details: { ...this.details, account, ...(history ? { history } : {}) } });
      this.search.replaceRow(account);
    } catch (error) {
      if (this.details) this.set({ details: { ...this.details, error } });
    }
  }

  closeDetails(): void {
    this.dialog('details-dialog').close();
  }

  onDetailsClosed(): void {
    this.set({ details: undefined });
  }

  // ---- « Nouveau » and « Modifier » -------------------------------------------------------

  /** Opens the form; `account`: the one to edit, as just read. */
  async openForm(mode: 'create' | 'edit', account?: AccountDetail): Promise<void> {
    this.outcome.clear();
    if (!(await this.widget.ready(this.parts.form))) return;
    this.formSerial += 1;
    this.set({ form: { mode, ...(account ? { account } : {}), serverErrors: [] } });
    await this.widget.host.updateComplete;
    const dialog = this.dialog('form-dialog');
    if (!dialog.open) dialog.showModal();
  }

  get submitting(): boolean {
    return this.writes.isBusy('account-form');
  }

  async onFormSubmit(event: CustomEvent<AccountFormSubmitDetail>): Promise<void> {
    const form = this.form;
    const context = this.search.context;
    if (!form || !context || this.submitting) return;
    this.set({ form: { ...form, error: undefined, changedMeanwhile: undefined, message: undefined, errorHeading: undefined } });
    const { draft, patch } = event.detail;
    const api = this.widget.api();
    const editing = form.mode === 'edit' && patch && form.account ? form.account : undefined;
    if (form.mode === 'create' && draft) {
      const body: AccountDraft = context.space === 'caf' && context.convention ? { ...draft, conventionId: draft.conventionId ?? context.convention.id } : draft;
      const result = await this.writes.run(({ signal }) => api.call('createAccount', { body }, { signal }), { key: 'account-form' });
      if (!result.ok) return this.formRefused(result);
      this.closeForm();
      this.widget.emit('habil-account-created', { account: result.value });
      await this.outcome.announce(this.t.msg('created', nameOf(result.value), result.value.civilite), { visible: true });
    } else if (editing && patch) {
      if (patch.closingDate && this.refuseClosingOfResponsable(editing)) return;
      const result = await this.writes.run(
        ({ signal }) => api.call('updateAccount', { params: { id: editing.id }, body: patch, ifMatch: editing.version }, { signal }),
        { key: 'account-form', reload: (signal) => api.call('getAccount', { params: { id: editing.id } }, { signal }) },
      );
      if (!result.ok) return this.formRefused(result);
      this.closeForm();
      this.search.replaceRow(result.value);
      this.widget.emit('habil-account-updated', { account: result.value, changes: patch });
      await this.outcome.announce(this.t.msg('updated', nameOf(result.value)), { visible: true });
    } else return;
    // The outcome said, the page is read again, quietly.
    void refreshResults(this.widget, this.search);
  }

  /**
   * CAF, a closing date in « Modifier » (fiche 3): the account of a responsable habilitations of
   * open groups is not closed here, since his groups would keep a closed responsable (R11); the
   * form stays, with what was typed, and says how to do it.
   */
  private refuseClosingOfResponsable(account: AccountDetail): boolean {
    const groups = responsableOf(this.search.context, account.id);
    const form = this.form;
    if (groups.length === 0 || !form) return false;
    const name = nameOf(account);
    this.set({
      form: {
        ...form,
        error: undefined,
        errorHeading: this.t.msg('responsableFormHeading', name),
        message: this.t.msg('responsableFormText', name, groups.map((group) => group.code).join(', '), groups.length),
      },
    });
    return true;
  }

  /** Keeps the dialog open with everything typed; the server's field errors go onto the fields. */
  private formRefused(failure: WriteFailure<AccountDetail>): void {
    const form = this.form;
    if (!form || failure.aborted) return;
    if (failure.stale && form.account) {
      const fresh = failure.reloaded;
      if (!fresh) {
        const reloadError = failure.reloadError;
        this.set({ form: { ...form, error: reloadError, errorHeading: describeError(reloadError, this.t.lang).title } });
        return;
      }
      this.search.replaceRow(fresh);
      // The next save goes on the version reloaded. The form keeps what the user typed; the
      // fields he left take the values saved meanwhile.
      this.set({
        form: {
          ...form,
          account: fresh,
          error: failure.error,
          errorHeading: this.t.msg('staleReloaded', nameOf(form.account)),
          changedMeanwhile: changedFields(form.account, fresh, this.t.lang),
        },
      });
      return;
    }
    const serverErrors = failure.error instanceof ProblemError ? [...failure.fieldErrors] : [];
    this.set({ form: { ...form, serverErrors, error: failure.error, errorHeading: failure.text.title } });
  }

  closeForm(): void {
    const dialog = this.dialog('form-dialog');
    if (dialog.open) dialog.close();
  }

  /** « Annuler » or Escape: nothing typed is lost without the user saying so. */
  async cancelForm(event?: Event): Promise<void> {
    const form = this.dialog('form-dialog').querySelector('habil-account-form');
    if (!form?.hasChanges) {
      this.closeForm();
      return;
    }
    event?.preventDefault();
    const discard = await (await this.widget.confirmDialog()).ask({
      heading: this.t.msg('discardHeading'),
      message: this.t.msg('discardText'),
      confirmLabel: this.t.msg('discardConfirm'),
      cancelLabel: this.t.msg('discardKeep'),
      danger: true,
    });
    if (discard) this.closeForm();
  }

  onFormClosed(): void {
    this.set({ form: undefined });
  }
}
