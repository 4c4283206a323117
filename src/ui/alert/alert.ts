import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { HabilBaseElement } from '../../internal/habil-base-element.js';
import { ProblemError } from '../../client/errors.js';
import { describeError, describeProblem, loadProblemWords, needsProblemWords, type ProblemLike, type ProblemText } from '../../internal/problem-text.js';
import { alertStyles } from './alert.styles.js';

export type AlertVariant = 'error' | 'warning' | 'success' | 'info';

declare module '../../internal/events.js' {
  interface HabilEventMap {
    'habil-retry': CustomEvent<Record<never, never>>;
  }
}

const ICONS: Record<AlertVariant, string> = {
  error: 'M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1zm-.8 3h1.6v5H7.2zm0 6.5h1.6v1.6H7.2z',
  warning: 'M8 1l7 13H1zm-.8 4.5v4h1.6v-4zm0 5.5v1.6h1.6V11z',
  success: 'M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1zm3.2 4.4l1.1 1.1L7 11.8 3.7 8.5l1.1-1.1L7 9.6z',
  info: 'M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1zm-.8 3h1.6v1.6H7.2zm0 3h1.6v5H7.2z',
};

/**
 * A message box, mostly for what went wrong: it says in words why the server refused (the
 * rule, in the user's language, and the server's detail such as who decided and when), and
 * can offer to try again.
 *
 * Give it the refusal as `problem` (an RFC 9457 body, e.g. `ProblemError.problem`) or as
 * `error` (anything a client call rejected with, e.g. a `@lit/task` error). It is also a
 * plain message box with `heading` and slotted content, for success and information.
 *
 * The box is a live region (`role="alert"` for errors and warnings, `role="status"` otherwise)
 * that is in the page before it has anything to say: keep it rendered, empty, and set
 * `problem` or `error` when needed, so that screen readers read it.
 *
 * @tag habil-alert
 *
 * @fires habil-retry - The user asked to try again.
 *
 * @slot - More content: a list of field errors, a link.
 *
 * @csspart base - The box (the live region).
 * @csspart icon - The icon of the variant.
 * @csspart heading - The title.
 * @csspart message - The explanation.
 * @csspart detail - The server's own detail, when it says more.
 * @csspart retry-button - The "Réessayer" button.
 */
export class HabilAlert extends HabilBaseElement {
  static override styles = [HabilBaseElement.styles, alertStyles];

  /** The refusal to explain (problem+json body). */
  @property({ attribute: false })
  problem?: ProblemLike;

  /** What a client call rejected with (ProblemError, NetworkError, TimeoutError…); used when `problem` is not set. */
  @property({ attribute: false })
  error?: unknown;

  /** A title of your own; by default, the kind of failure ("Action impossible", "Serveur injoignable"). */
  @property()
  heading = '';

  @property({ reflect: true })
  variant: AlertVariant = 'error';

  /** Shows a "Réessayer" button that fires `habil-retry`. */
  @property({ type: Boolean })
  retryable = false;

  /** The retry button's text (default: "Réessayer"). */
  @property({ attribute: 'retry-label' })
  retryLabel?: string;

  @state()
  private hasSlottedContent = false;

  /** A refusal is said once its words are loaded (the first refusal of the page loads them). */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const problem = this.problem ?? (this.error instanceof ProblemError ? this.error.problem : undefined);
    return needsProblemWords(problem) ? loadProblemWords().then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  private describe(): ProblemText | undefined {
    if (this.problem) return describeProblem(this.problem, this.locale.lang);
    if (this.error !== undefined && this.error !== null) return describeError(this.error, this.locale.lang);
    return undefined;
  }

  private onSlotChange(event: Event): void {
    const slot = event.target as HTMLSlotElement;
    this.hasSlottedContent = slot.assignedNodes().some((node) => node.nodeType === Node.ELEMENT_NODE || node.textContent?.trim());
  }

  protected override render() {
    const text = this.describe();
    const heading = this.heading || text?.title;
    const filled = Boolean(heading || text || this.hasSlottedContent);
    const role = this.variant === 'error' || this.variant === 'warning' ? 'alert' : 'status';
    return html`
      <div part="base" class="alert ${filled ? 'filled' : ''}" role=${role}>
        ${filled
          ? html`<svg part="icon" class="icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
              <path fill="currentColor" d=${ICONS[this.variant]}></path>
            </svg>`
          : nothing}
        <div class="body">
          ${heading ? html`<p part="heading" class="heading">${heading}</p>` : nothing}
          ${text ? html`<p part="message" class="message">${text.message}</p>` : nothing}
          ${text?.detail ? html`<p part="detail" class="detail">${text.detail}</p>` : nothing}
          <slot @slotchange=${this.onSlotChange}></slot>
          ${filled && this.retryable
            ? html`<button type="button" part="retry-button" class="button" @click=${() => this.emit('habil-retry', {})}>
                ${this.retryLabel || this.locale.msg('retry')}
              </button>`
            : nothing}
        </div>
      </div>
    `;
  }
}
