import { deFr } from '../internal/french.js';
import { html, nothing } from 'lit';
import { query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import type { AccountDetail, AccountSummary, Deactivation, DeactivationMode, Space } from '../domain/schemas.js';
import { AFAS_APPLICATION_ID, isIsoDate, isRetroactive } from '../domain/rules.js';
import { problemMessage } from '../domain/problem-words.js';
import { HabilBaseElement } from '../internal/habil-base-element.js';
import { defineMessages, LocalizeController } from '../internal/localize.js';
import { DialogQuestion } from '../internal/pending-answer.js';
import type { HabilField } from '../ui/field/field.js';
import '../ui/field/define.js';
import { deactivationDialogStyles } from './deactivation-dialog.styles.js';
import { choiceStyles, dialogStyles, noticeStyles } from './part-styles.js';
import { renderRequiredRadioGroup } from '../internal/form-parts.js';
import { dayToCheckAgainst, serverDay, submitOnEnter } from '../internal/forms.js';

interface DeactivationContext {
  /** Which rules apply: a choice of mode (UCANSS) or a closing date (CAF). */
  space: Space;
  /** The server's day (`Me.today`): the default closing date, and the day before which none is accepted (R6). */
  today: string;
  /** A sentence the host adds under the consequence, e.g. which accounts of a bulk action will be left out. */
  note?: string;
}

/**
 * What `ask()` needs: one account (with its grants when it is an `AccountDetail`, so that the
 * dialog can name the Afas profiles still held), or the number of accounts of a bulk action.
 */
export type DeactivationRequest = DeactivationContext &
  ({ account: AccountSummary | AccountDetail; count?: undefined } | { count: number; account?: undefined });

const messages = defineMessages({
  fr: {
    deactivateOne: (name: string) => `Désactiver le compte ${deFr(name)} ?`,
    deactivateMany: (n: string, count: number) => (count === 1 ? `Désactiver ${n} compte ?` : `Désactiver ${n} comptes ?`),
    closeOne: (name: string) => `Clôturer le compte ${deFr(name)} ?`,
    closeMany: (n: string, count: number) => (count === 1 ? `Clôturer ${n} compte ?` : `Clôturer ${n} comptes ?`),
    blocksAccess: "La désactivation bloque l'accès connecté au site de l'UCANSS.",
    eachReported: 'Le résultat sera indiqué compte par compte.',
    modeLegend: 'Type de désactivation',
    permanent: 'Supprimer définitivement',
    permanentHint: "Départ définitif de l'Institution (retraite, fin de contrat…) : le compte est supprimé et ne pourra pas être réactivé.",
    temporary: 'Désactiver temporairement',
    temporaryHint: 'Le compte passe au statut « inactif » ; il pourra être réactivé ultérieurement.',
    alreadyInactive: 'Ce compte est déjà inactif : il ne peut plus qu’être supprimé définitivement.',
    chooseMode: 'Choisissez le type de désactivation.',
    deactivate: 'Désactiver',
    closingBlocks: "À la date de clôture, l'utilisateur ne peut plus se connecter à Mon Compte Partenaire et perd tous ses droits. Cette date ne peut pas être rétroactive.",
    closingBlocksMany: "Les utilisateurs ne pourront plus se connecter à Mon Compte Partenaire et perdront tous leurs droits.",
    closingDate: 'Date de clôture',
    closingToday: (day: string) => `Les comptes seront clôturés aujourd'hui, le ${day} (une action groupée clôture à la date du jour).`,
    invalidDate: 'Date invalide.',
    afasHeading: 'Service Afas',
    afasFirst: "Retirez d'abord tous les profils Afas de l'utilisateur : tant qu'il en garde un, la clôture est refusée.",
    afasFirstMany: "Retirez d'abord tous les profils Afas des utilisateurs : la clôture de ceux qui en gardent est refusée.",
    afasHeld: 'Profils Afas encore attribués :',
    closingOn: (day: string) => `Le compte sera clôturé le ${day}.`,
    closeAccount: 'Clôturer le compte',
    closeAccounts: 'Clôturer les comptes',
  },
  en: {
    deactivateOne: (name: string) => `Deactivate the account of ${name}?`,
    deactivateMany: (n: string, count: number) => (count === 1 ? `Deactivate ${n} account?` : `Deactivate ${n} accounts?`),
    closeOne: (name: string) => `Close the account of ${name}?`,
    closeMany: (n: string, count: number) => (count === 1 ? `Close ${n} account?` : `Close ${n} accounts?`),
    blocksAccess: 'Deactivation blocks signed-in access to the UCANSS site.',
    eachReported: 'The result will be given account by account.',
    modeLegend: 'Kind of deactivation',
    permanent: 'Delete permanently',
    permanentHint: 'The person has left the Institution for good (retirement, end of contract…): the account is deleted and cannot be reactivated.',
    temporary: 'Deactivate temporarily',
    temporaryHint: 'The account becomes “inactive”; it can be reactivated later.',
    alreadyInactive: 'This account is already inactive: it can only be deleted permanently.',
    chooseMode: 'Choose the kind of deactivation.',
    deactivate: 'Deactivate',
    closingBlocks: 'From the closing date on, the user can no longer sign in to Mon Compte Partenaire and loses all rights. The date cannot be in the past.',
    closingBlocksMany: 'The users will no longer be able to sign in to Mon Compte Partenaire and will lose all rights.',
    closingDate: 'Closing date',
    closingToday: (day: string) => `The accounts will be closed today, ${day} (a bulk action closes on the current date).`,
    invalidDate: 'Invalid date.',
    afasHeading: 'Afas service',
    afasFirst: 'First remove all Afas profiles of the user: closing is refused while one remains.',
    afasFirstMany: 'First remove all Afas profiles of the users: closing is refused for those who keep one.',
    afasHeld: 'Afas profiles still granted:',
    closingOn: (day: string) => `The account will be closed on ${day}.`,
    closeAccount: 'Close the account',
    closeAccounts: 'Close the accounts',
  },
});

type DialogError = 'mode' | 'closingDate';

/**
 * Asks how to deactivate one account or several (R6), in a modal `<dialog>`, and says what will
 * happen before anything is done.
 *
 * - UCANSS: the choice of the guide, "Supprimer définitivement" (definitive departure from the
 *   Institution) or "Désactiver temporairement" (status « inactif », reactivatable). Nothing is
 *   chosen in advance: deleting cannot be undone, so it is never one Enter away.
 * - CAF: a closing date, today by default, never in the past (the server's day decides), and
 *   the Afas warning: a user who keeps an Afas profile cannot be closed (the profiles still
 *   held are listed when the account given is an `AccountDetail`). A bulk closing happens
 *   today, as the bulk endpoint applies the current date.
 *
 * The decision can be final (a deletion, a closing): focus moves into the dialog on the safe
 * choice, « Annuler », as in every confirmation of a final decision of the kit (Shift+Tab
 * reaches the choice or the date); after a refused confirmation it goes to what is to correct.
 * On close, focus goes back to the element that had it; Escape cancels.
 *
 * ```ts
 * const deactivation = await dialog.ask({ account, space: 'ucanss', today: me.today });
 * if (deactivation) await client.call('deactivateAccount', { params: { id }, body: deactivation, ifMatch: account.version });
 * ```
 *
 * @tag habil-deactivation-dialog
 *
 * @csspart dialog - The `<dialog>`.
 * @csspart heading - The question.
 * @csspart mode - The fieldset of the UCANSS choice.
 * @csspart closing-date - The CAF closing date field.
 * @csspart afas-warning - The Afas notice.
 * @csspart note - The host's sentence (`note`), e.g. the accounts a bulk action leaves out.
 * @csspart error - An error message.
 * @csspart cancel-button - The cancel button.
 * @csspart confirm-button - The confirm button.
 */
export class HabilDeactivationDialog extends HabilBaseElement {
  static override styles = [HabilBaseElement.styles, dialogStyles, choiceStyles, noticeStyles, deactivationDialogStyles];

  @state()
  private request: DeactivationRequest | undefined;

  @state()
  private mode: DeactivationMode | undefined;

  @state()
  private closingDate = '';

  /** Errors are shown once the user has tried to confirm, then follow what he changes. */
  @state()
  private triedToConfirm = false;

  @query('dialog')
  private dialog!: HTMLDialogElement;

  private readonly t = new LocalizeController(this, messages);
  private readonly question = new DialogQuestion<Deactivation | undefined>(this, {
    none: () => undefined,
    dialog: () => this.dialog,
    focus: () => this.renderRoot.querySelector<HTMLElement>('.cancel')?.focus(),
  });
  private answer: Deactivation | undefined;

  /** Whether the dialog is showing. */
  get open(): boolean {
    return this.dialog?.open ?? false;
  }

  /**
   * Opens the dialog for `request` and resolves, when it closes, with the deactivation to send
   * (`{ mode }` on UCANSS, `{ mode: 'permanent', closingDate }` on CAF), or `undefined` when the
   * user cancelled. Asking again while open cancels the previous question.
   */
  ask(request: DeactivationRequest): Promise<Deactivation | undefined> {
    this.request = request;
    this.mode = undefined;
    this.closingDate = serverDay(request.today);
    this.triedToConfirm = false;
    this.answer = undefined;
    return this.question.ask();
  }

  /** Also waits for the date field, so that focus is where it belongs when the promise resolves. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const complete = await super.getUpdateComplete();
    await this.closingDateField?.updateComplete;
    return complete;
  }

  private get caf(): boolean {
    return this.request?.space === 'caf';
  }

  private get bulk(): boolean {
    return this.request?.count !== undefined;
  }

  private get closingDateField(): HabilField | null {
    return this.renderRoot.querySelector<HabilField>('habil-field');
  }

  /** What is to correct: the first choice, or the date. */
  private async focusFirstControl(): Promise<void> {
    // The date field renders its input after this element's update.
    await this.closingDateField?.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('input[name="mode"]:not(:disabled), habil-field')?.focus();
  }

  private errorOf(name: DialogError): string | undefined {
    if (!this.triedToConfirm || !this.request) return undefined;
    if (name === 'mode') return !this.caf && !this.mode ? this.t.msg('chooseMode') : undefined;
    return this.caf && !this.bulk ? this.closingDateProblem() : undefined;
  }

  private closingDateProblem(): string | undefined {
    if (!this.closingDate) return this.locale.msg('requiredError');
    if (!isIsoDate(this.closingDate)) return this.t.msg('invalidDate');
    // R6, in the words the server would use.
    if (isRetroactive(this.closingDate, dayToCheckAgainst(this.request!.today))) return problemMessage('retroactive-date', this.t.lang);
    return undefined;
  }

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    this.triedToConfirm = true;
    const invalid = (['mode', 'closingDate'] as const).find((name) => this.errorOf(name));
    if (invalid) {
      void this.updateComplete.then(() => this.focusFirstControl());
      return;
    }
    this.answer = this.caf
      ? { mode: 'permanent', closingDate: this.bulk ? serverDay(this.request!.today) : this.closingDate }
      : { mode: this.mode! };
    this.dialog.close('confirm');
  }

  private onClose(): void {
    this.question.give(this.dialog.returnValue === 'confirm' ? this.answer : undefined);
    this.dialog.returnValue = '';
  }

  private nameOf(account: AccountSummary): string {
    return `${account.prenom} ${account.nom}`;
  }

  private heading(): string {
    const request = this.request!;
    if (request.account) return this.t.msg(this.caf ? 'closeOne' : 'deactivateOne', this.nameOf(request.account));
    return this.t.msg(this.caf ? 'closeMany' : 'deactivateMany', this.locale.formatNumber(request.count), request.count);
  }

  protected override render() {
    return html`
      <dialog part="dialog" aria-labelledby="heading" aria-describedby=${this.request?.note ? 'consequence note' : 'consequence'} @close=${this.onClose}>
        ${this.request ? this.renderForm() : nothing}
      </dialog>
    `;
  }

  private renderForm() {
    return html`
      <form novalidate @submit=${this.onSubmit} @keydown=${submitOnEnter}>
        <h2 id="heading" part="heading">${this.heading()}</h2>
        ${this.caf ? this.renderClosing() : this.renderModes()}
        ${this.request?.note ? html`<p id="note" part="note">${this.request.note}</p>` : nothing}
        <div class="actions">
          <button type="button" class="button cancel" part="cancel-button" @click=${() => this.dialog.close()}>
            ${this.locale.msg('cancel')}
          </button>
          <button type="submit" class="button button--danger confirm" part="confirm-button">${this.confirmLabel()}</button>
        </div>
      </form>
    `;
  }

  private confirmLabel(): string {
    if (this.caf) return this.t.msg(this.bulk ? 'closeAccounts' : 'closeAccount');
    if (this.mode === 'permanent') return this.t.msg('permanent');
    if (this.mode === 'temporary') return this.t.msg('temporary');
    return this.t.msg('deactivate');
  }

  private renderModes() {
    const error = this.errorOf('mode');
    const inactive = this.request?.account?.status === 'inactif';
    const choice = (mode: DeactivationMode, label: string, hint: string, disabled = false) => html`
      <label class="choice boxed">
        <input
          type="radio"
          name="mode"
          value=${mode}
          .checked=${live(this.mode === mode)}
          ?disabled=${disabled}
          aria-describedby="${mode}-hint"
          @change=${() => (this.mode = mode)}
        />
        <span class="choice-text">
          <span class="choice-label">${label}</span>
          <span id="${mode}-hint" class="choice-hint">${hint}</span>
        </span>
      </label>
    `;
    return html`
      <p id="consequence">${this.t.msg('blocksAccess')}${this.bulk ? html` ${this.t.msg('eachReported')}` : nothing}</p>
      ${renderRequiredRadioGroup({
        part: 'mode',
        legend: this.t.msg('modeLegend'),
        requiredWord: this.locale.msg('requiredMark'),
        error,
        errorId: 'mode-error',
        choices: html`<div class="choices">
          ${choice('permanent', this.t.msg('permanent'), this.t.msg('permanentHint'))}
          ${choice('temporary', this.t.msg('temporary'), inactive ? this.t.msg('alreadyInactive') : this.t.msg('temporaryHint'), inactive)}
        </div>`,
      })}
    `;
  }

  private renderClosing() {
    const request = this.request!;
    return html`
      <p id="consequence">${this.t.msg(this.bulk ? 'closingBlocksMany' : 'closingBlocks')}</p>
      ${this.bulk
        ? html`<p class="closing-today">${this.t.msg('closingToday', this.locale.formatDate(serverDay(request.today)))}</p>`
        : html`<habil-field
            part="closing-date"
            name="closingDate"
            type="date"
            required
            label=${this.t.msg('closingDate')}
            .value=${this.closingDate}
            error=${this.errorOf('closingDate') ?? ''}
            @input=${(event: Event) => (this.closingDate = (event.currentTarget as HabilField).value)}
          ></habil-field>
          ${this.closingDateProblem() ? nothing : html`<p class="closing-on">${this.t.msg('closingOn', this.locale.formatDate(this.closingDate))}</p>`}`}
      ${this.renderAfasWarning()}
    `;
  }

  private renderAfasWarning() {
    const account = this.request!.account;
    const held =
      account && 'grants' in account
        ? account.grants.filter((grant) => grant.applicationId === AFAS_APPLICATION_ID && grant.source === 'direct')
        : undefined;
    // Nothing to warn about when the account's grants are known and hold no Afas profile.
    if (held && held.length === 0) return nothing;
    return html`
      <div class="notice warning" part="afas-warning">
        <p><strong>${this.t.msg('afasHeading')}</strong> — ${this.t.msg(this.bulk ? 'afasFirstMany' : 'afasFirst')}</p>
        ${held ? html`<p>${this.t.msg('afasHeld')} <strong>${held.map((grant) => grant.roleLabel).join(', ')}</strong></p>` : nothing}
      </div>
    `;
  }
}
