import { css, html } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { TEXT_LIMITS } from '../domain/text.js';
import { HabilBaseElement } from '../internal/habil-base-element.js';
import { LocalizeController } from '../internal/localize.js';
import { PendingAnswer } from '../internal/pending-answer.js';
import { confirmDialogStyles } from '../ui/confirm-dialog/confirm-dialog.styles.js';
import { dialogStyles } from '../ui/styles/dialog.styles.js';
import { textControlStyles } from '../ui/styles/form.styles.js';
import { refusalDialogMessages } from './refusal-dialog.messages.js';

/** The contract's limit on a refusal reason (`DecisionBody.reason`). */
const REASON_MAX_LENGTH = TEXT_LIMITS.reason;

export interface RefusalOptions {
  heading: string;
  /** What will happen: the role requested, who will be told. */
  message?: string;
  /** The confirm button's text (default: "Refuser"). */
  confirmLabel?: string;
}

export interface RefusalAnswer {
  /** The reason typed, trimmed; empty when the user gave none. */
  reason: string;
}

const CONFIRM = 'refuse';

/**
 * Asks to confirm a refusal, with an optional reason (500 characters at most) that the
 * requester will read. A native modal `<dialog>`: focus starts in the reason, Escape cancels,
 * and focus goes back, on close, to the button that opened it.
 *
 * ```ts
 * const answer = await dialog.ask({ heading: 'Refuser la demande de Coralie LIVING ?' });
 * if (answer) await client.call('decideAccessRequest', { params: { id }, body: { decision: 'refuse', reason: answer.reason } });
 * ```
 *
 * @tag habil-refusal-dialog
 *
 * @csspart dialog - The `<dialog>`.
 * @csspart heading - The question.
 * @csspart message - What will happen.
 * @csspart reason - The reason `<textarea>`.
 * @csspart count - The "12 / 500 caractères" counter.
 * @csspart cancel-button - The cancel button.
 * @csspart confirm-button - The refuse button.
 */
export class HabilRefusalDialog extends HabilBaseElement {
  static override styles = [
    HabilBaseElement.styles,
    dialogStyles,
    confirmDialogStyles,
    textControlStyles('textarea'),
    css`
      dialog {
        border-top-color: var(--_habil-danger);
      }

      [part='message'] {
        margin: 0 0 var(--_habil-space-m);
      }

      label {
        display: block;
        font-weight: 600;
      }

      .hint {
        margin: var(--_habil-space-xs) 0;
        color: var(--_habil-text-muted);
        font-size: var(--_habil-font-size-small);
      }

      textarea {
        display: block;
        min-height: 6rem;
        resize: vertical;
      }

      [part='count'] {
        margin-block-end: var(--_habil-space-l);
        text-align: end;
      }
    `,
  ];

  @property()
  heading = '';

  @property()
  message = '';

  @property({ attribute: 'confirm-label' })
  confirmLabel?: string;

  @state()
  private reason = '';

  @query('dialog')
  private dialog!: HTMLDialogElement;

  @query('textarea')
  private textarea!: HTMLTextAreaElement;

  private readonly answers = new PendingAnswer<RefusalAnswer | undefined>(this, undefined);

  private readonly t = new LocalizeController(this, refusalDialogMessages);

  /** Opens the dialog, empty, and resolves when it closes: with the reason, or undefined when cancelled. */
  async ask(options: RefusalOptions): Promise<RefusalAnswer | undefined> {
    this.heading = options.heading;
    this.message = options.message ?? '';
    this.confirmLabel = options.confirmLabel;
    this.reason = '';
    this.answers.give(undefined);
    await this.updateComplete;
    this.dialog.returnValue = '';
    if (!this.dialog.open) this.dialog.showModal();
    this.textarea.focus();
    return this.answers.ask();
  }

  private onClose(): void {
    this.answers.give(this.dialog.returnValue === CONFIRM ? { reason: this.reason.trim() } : undefined);
  }

  protected override render() {
    return html`
      <dialog part="dialog" aria-labelledby="heading" aria-describedby="message" @close=${this.onClose}>
        <h2 id="heading" part="heading">${this.heading}</h2>
        <p id="message" part="message">${this.message}</p>
        <label for="reason">${this.t.msg('refusalReason')}</label>
        <p id="reason-hint" class="hint">${this.t.msg('refusalReasonHint')}</p>
        <textarea
          id="reason"
          part="reason"
          rows="4"
          maxlength=${REASON_MAX_LENGTH}
          aria-describedby="reason-hint reason-count"
          .value=${this.reason}
          @input=${(event: Event) => (this.reason = (event.target as HTMLTextAreaElement).value)}
        ></textarea>
        <p id="reason-count" part="count" class="hint">${this.t.msg('characters', this.t.formatNumber(this.reason.length))}</p>
        <div class="actions">
          <button type="button" class="button" part="cancel-button" @click=${() => this.dialog.close()}>
            ${this.locale.msg('cancel')}
          </button>
          <button type="button" class="button button--danger" part="confirm-button" @click=${() => this.dialog.close(CONFIRM)}>
            ${this.confirmLabel || this.t.msg('refuse')}
          </button>
        </div>
      </dialog>
    `;
  }
}
