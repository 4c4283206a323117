import { css, html } from 'lit';
import { property, state } from 'lit/decorators.js';
import { HabilBaseElement } from '../../internal/habil-base-element.js';

export type Politeness = 'polite' | 'assertive';

export interface AnnounceOptions {
  /**
   * A message of less weight than an outcome: a selection count, a step of progress, what a
   * reload shows. It never covers the outcome of an action: while the region holds an outcome
   * and the user has not pressed a key or clicked since, a minor message is dropped.
   */
  minor?: boolean;
}

/** Long enough for screen readers to notice that the region was emptied before it is filled again. */
const REANNOUNCE_DELAY_MS = 100;

/** What ends the hold of an outcome over minor messages: the user doing something. */
const USER_ACTIONS = ['keydown', 'pointerdown'] as const;

/**
 * A status region for messages a screen reader should read without moving focus: "12
 * comptes désactivés", "Enregistré". Polite by default (`role="status"`): read when the user
 * pauses. Assertive (`role="alert"`) for errors that interrupt.
 *
 * Screen readers only read changes to a live region that was already in the page: a region
 * inserted together with its text is often missed. So render this element with the widget,
 * empty, and call `announce()` later. A new message goes in at once; one repeating the
 * previous message empties the region first, so that it is read again.
 *
 * The outcome of an action comes first: once `announce(outcome)` said what an action came to,
 * the chatter that follows it (`announce(text, { minor: true })`: the selection emptied, the
 * rows reloaded) is not spoken until the user presses a key or clicks again.
 *
 * @tag habil-live-region
 *
 * @csspart region - The live region.
 */
export class HabilLiveRegion extends HabilBaseElement {
  static override styles = [
    HabilBaseElement.styles,
    css`
      :host(:not([visible])) [part='region'] {
        position: absolute;
        width: 1px;
        height: 1px;
        margin: -1px;
        overflow: hidden;
        clip-path: inset(50%);
        white-space: nowrap;
      }
    `,
  ];

  /** `polite` waits for the user to pause; `assertive` interrupts (errors only). Set it before the first message. */
  @property({ reflect: true })
  politeness: Politeness = 'polite';

  /** Shows the messages on screen too; by default they are for screen readers only. */
  @property({ type: Boolean, reflect: true })
  visible = false;

  @state()
  private text = '';

  /** The last call to `announce()`: an older one still waiting to repeat its message gives way. */
  private latest = 0;
  /** An outcome is in the region and the user has not acted since: minor messages are dropped. */
  private holding = false;

  /** The message being read, or the last one. */
  get message(): string {
    return this.text;
  }

  /**
   * Says `text` (the outcome of an action, unless `minor`). Resolves once the region holds it,
   * or at once when a minor message gives way to an outcome.
   */
  async announce(text: string, { minor = false }: AnnounceOptions = {}): Promise<void> {
    if (minor && this.holding) return;
    const call = ++this.latest;
    if (!minor) this.hold();
    if (text === this.text) {
      this.text = '';
      await this.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, REANNOUNCE_DELAY_MS));
      if (call !== this.latest) return;
    }
    this.text = text;
    await this.updateComplete;
  }

  clear(): void {
    this.latest += 1;
    this.release();
    this.text = '';
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.release();
  }

  private hold(): void {
    if (this.holding) return;
    this.holding = true;
    for (const type of USER_ACTIONS) document.addEventListener(type, this.release, { capture: true });
  }

  private readonly release = (): void => {
    this.holding = false;
    for (const type of USER_ACTIONS) document.removeEventListener(type, this.release, { capture: true });
  };

  protected override render() {
    return this.politeness === 'assertive'
      ? html`<div part="region" role="alert" aria-live="assertive" aria-atomic="true">${this.text}</div>`
      : html`<div part="region" role="status" aria-live="polite" aria-atomic="true">${this.text}</div>`;
  }
}
