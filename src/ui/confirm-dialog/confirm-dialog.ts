import { html, type PropertyValues } from 'lit';
import { property, query } from 'lit/decorators.js';
import { HabilBaseElement } from '../../internal/habil-base-element.js';
import { PendingAnswer } from '../../internal/pending-answer.js';
import { dialogStyles } from '../styles/dialog.styles.js';
import { confirmDialogStyles } from './confirm-dialog.styles.js';

export interface ConfirmOptions {
  heading: string;
  message?: string;
  confirmLabel?: string;
  cancelLabel?: string;
  /** The action destroys or cannot be undone: the confirm button is red and focus starts on cancel. */
  danger?: boolean;
  /**
   * The button that has focus when the dialog opens; by default cancel for a dangerous action,
   * confirm otherwise. `'cancel'` for a decision that is final without being destructive
   * (« La décision est définitive »): Enter pressed once too often then decides nothing.
   */
  initialFocus?: DialogFocus;
}

/** The button of the dialog that has focus when it opens. */
export type DialogFocus = 'confirm' | 'cancel';

export interface DialogCloseDetail {
  /** The user confirmed; false for cancel and Escape. */
  confirmed: boolean;
}

declare module '../../internal/events.js' {
  interface HabilEventMap {
    'habil-dialog-close': CustomEvent<DialogCloseDetail>;
  }
}

const CONFIRM = 'confirm';

/**
 * A modal confirmation: a native `<dialog>` opened with `showModal()`, so the rest of the page
 * is inert and Escape cancels. Focus moves into the dialog (on cancel when the action is
 * dangerous or `initialFocus` says so, on confirm otherwise) and goes back, on close, to the
 * element that had it (the browser does it for a modal `<dialog>`; the tests check it).
 *
 * ```ts
 * if (await dialog.ask({ heading: 'Désactiver le compte ?', confirmLabel: 'Désactiver', danger: true })) { … }
 * // Final but not destructive: the confirm button keeps its colour, focus starts on cancel.
 * if (await dialog.ask({ heading: 'Accepter la demande ?', confirmLabel: 'Accepter', initialFocus: 'cancel' })) { … }
 * ```
 *
 * @tag habil-confirm-dialog
 *
 * @fires habil-dialog-close - The user confirmed, cancelled or pressed Escape. `detail: { confirmed }`.
 *
 * @slot - The message, when it is more than text (replaces `message`).
 *
 * @csspart dialog - The `<dialog>`.
 * @csspart heading - The heading.
 * @csspart message - The message.
 * @csspart actions - The row of buttons.
 * @csspart cancel-button - The cancel button.
 * @csspart confirm-button - The confirm button.
 */
export class HabilConfirmDialog extends HabilBaseElement {
  static override styles = [HabilBaseElement.styles, dialogStyles, confirmDialogStyles];

  @property()
  heading = '';

  @property()
  message = '';

  /** The confirm button's text (default: "Confirmer"). Name the action: "Désactiver", "Refuser". */
  @property({ attribute: 'confirm-label' })
  confirmLabel?: string;

  /** The cancel button's text (default: "Annuler"). */
  @property({ attribute: 'cancel-label' })
  cancelLabel?: string;

  @property({ type: Boolean, reflect: true })
  danger = false;

  /** The button that has focus when the dialog opens (default: cancel when `danger`, confirm otherwise). */
  @property({ attribute: 'initial-focus' })
  initialFocus?: DialogFocus;

  /** Opens or closes the dialog. Closing it this way resolves a pending `ask()` with false and fires no event. */
  @property({ type: Boolean, reflect: true })
  open = false;

  @query('dialog')
  private dialog!: HTMLDialogElement;

  @query('.cancel')
  private cancelButton!: HTMLButtonElement;

  @query('.confirm')
  private confirmButton!: HTMLButtonElement;

  private readonly answers = new PendingAnswer(this, false);
  private closingByHost = false;

  /** Opens the dialog with these texts and resolves, when it closes, with whether the user confirmed. */
  ask(options: ConfirmOptions): Promise<boolean> {
    this.heading = options.heading;
    this.message = options.message ?? '';
    this.confirmLabel = options.confirmLabel;
    this.cancelLabel = options.cancelLabel;
    this.danger = options.danger ?? false;
    this.initialFocus = options.initialFocus;
    this.open = true;
    return this.answers.ask();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!changed.has('open')) return;
    if (this.open && !this.dialog.open) this.showDialog();
    else if (!this.open && this.dialog.open) {
      this.closingByHost = true;
      this.dialog.close();
    }
  }

  private showDialog(): void {
    this.dialog.returnValue = '';
    this.dialog.showModal();
    const focus = this.initialFocus ?? (this.danger ? 'cancel' : 'confirm');
    (focus === 'cancel' ? this.cancelButton : this.confirmButton).focus();
  }

  private answer(confirmed: boolean): void {
    this.dialog.close(confirmed ? CONFIRM : '');
  }

  private onClose(): void {
    const confirmed = this.dialog.returnValue === CONFIRM;
    const closedByUser = !this.closingByHost;
    this.closingByHost = false;
    this.open = false;
    this.answers.give(confirmed);
    if (closedByUser) this.emit('habil-dialog-close', { confirmed });
  }

  protected override render() {
    return html`
      <dialog part="dialog" aria-labelledby="heading" aria-describedby="message" @close=${this.onClose}>
        <h2 id="heading" part="heading">${this.heading}</h2>
        <div id="message" part="message"><slot>${this.message}</slot></div>
        <div class="actions" part="actions">
          <button type="button" class="button cancel" part="cancel-button" @click=${() => this.answer(false)}>
            ${this.cancelLabel || this.locale.msg('cancel')}
          </button>
          <button
            type="button"
            class="button confirm ${this.danger ? 'button--danger' : 'button--primary'}"
            part="confirm-button"
            @click=${() => this.answer(true)}
          >
            ${this.confirmLabel || this.locale.msg('confirm')}
          </button>
        </div>
      </dialog>
    `;
  }
}
