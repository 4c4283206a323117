import { html, nothing } from 'lit';
import { query, state } from 'lit/decorators.js';
import { HabilAccountForm, type AccountFormSubmitDetail } from '../account-parts/account-form.js';
import type { AccountDetail, FieldError } from '../domain/index.js';
import { defineElement } from '../internal/define.js';
import { HabilElement } from '../internal/habil-element.js';
import { PendingAnswer } from '../internal/pending-answer.js';
import { LocalizeController } from '../internal/localize.js';
import { WriteController } from '../internal/writes.js';
import { newUserMessages } from './new-user-dialog.messages.js';
import { dialogStyles } from './parts.styles.js';

/** The dialog's one write: the user is not created twice when "Valider" is pressed twice. */
const CREATE_ACCOUNT = 'create-account';

/** Who is created, where, and what for. */
export interface NewUserRequest {
  conventionId: string;
  conventionLabel: string;
  /** The server's day: the default opening date of the account. */
  today: string;
  /** What the new user is about to become: the dialog says it. */
  purpose: 'responsable' | 'member';
}

/**
 * "Créer…" beside the responsable habilitations, and "Créer un utilisateur" beside the member
 * to attach (CAF guide, fiche 1 and "Si votre utilisateur n'est pas encore créé, vous pouvez le
 * créer directement depuis cet écran"): a modal `<dialog>` with the partner user form of
 * `<habil-account-form>` (space `caf`), which creates the user in the convention and hands him
 * back to be chosen at once. The server's field errors (an e-mail already used, a date in the
 * past) stay on the form's fields; nothing typed is lost.
 *
 * ```ts
 * const account = await dialog.create({ conventionId, conventionLabel, today, purpose: 'responsable' });
 * ```
 *
 * @tag habil-new-user-dialog
 *
 * @csspart dialog - The `<dialog>`.
 */
export class HabilNewUserDialog extends HabilElement {
  static override styles = [HabilElement.styles, dialogStyles];

  @state()
  private request?: NewUserRequest;

  @state()
  private serverErrors: FieldError[] = [];

  @state()
  private failure?: unknown;

  @query('dialog')
  private dialog!: HTMLDialogElement;

  @query('habil-account-form')
  private form!: HabilAccountForm;

  private readonly t = new LocalizeController(this, newUserMessages);

  private readonly writes = new WriteController(this, { lang: () => this.t.lang });

  private readonly answers = new PendingAnswer<AccountDetail | undefined>(this, undefined);

  /** Opens the dialog; resolves with the created user, or undefined when the user cancelled. */
  async create(request: NewUserRequest): Promise<AccountDetail | undefined> {
    this.answers.give(undefined);
    this.request = request;
    this.serverErrors = [];
    this.failure = undefined;
    await this.updateComplete;
    this.form.reset();
    this.dialog.showModal();
    await this.form.updateComplete;
    this.form.renderRoot.querySelector<HTMLElement>('input, select')?.focus();
    return this.answers.ask();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.finish(undefined);
  }

  private finish(account: AccountDetail | undefined): void {
    this.answers.give(account);
    if (this.dialog?.open) this.dialog.close();
  }

  private async onSubmit(event: CustomEvent<AccountFormSubmitDetail>): Promise<void> {
    // The form's events are the dialog's business, not the page's.
    event.stopPropagation();
    const draft = event.detail.draft;
    if (!draft || this.writes.isBusy(CREATE_ACCOUNT)) return;
    this.failure = undefined;
    const created = await this.writes.run(({ signal }) => this.api.call('createAccount', { body: draft }, { signal }), { key: CREATE_ACCOUNT });
    if (created.ok) {
      this.finish(created.value);
      return;
    }
    if (created.aborted) return;
    if (created.fieldErrors.length > 0) this.serverErrors = [...created.fieldErrors];
    this.failure = created.error;
  }

  private onCancel(event: Event): void {
    event.stopPropagation();
    this.finish(undefined);
  }

  protected override render() {
    const request = this.request;
    return html`
      <dialog part="dialog" class="wide" aria-labelledby="new-user-heading" @close=${() => this.finish(undefined)}>
        <h2 id="new-user-heading">${this.t.msg('newUserHeading')}</h2>
        ${request
          ? html`<p>
              ${this.t.msg('newUserConvention', request.conventionLabel)}
              ${this.t.msg(request.purpose === 'responsable' ? 'newUserThenResponsable' : 'newUserThenMember')}
            </p>`
          : nothing}
        <habil-alert class=${this.failure ? 'filled' : ''} .error=${this.failure}></habil-alert>
        <habil-account-form
          mode="create"
          space="caf"
          convention-id=${request?.conventionId ?? ''}
          today=${request?.today ?? ''}
          .serverErrors=${this.serverErrors}
          ?submitting=${this.writes.isBusy(CREATE_ACCOUNT)}
          @habil-account-form-submit=${this.onSubmit}
          @habil-account-form-cancel=${this.onCancel}
        ></habil-account-form>
      </dialog>
    `;
  }
}

/** The dialog as the widget and its members' part load it (lazy.ts), with the account form it holds. */
export function defineNewUserDialog(): void {
  defineElement('habil-new-user-dialog', HabilNewUserDialog);
  defineElement('habil-account-form', HabilAccountForm);
}
