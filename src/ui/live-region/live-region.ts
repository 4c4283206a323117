import { css, html } from 'lit';
import { property, state } from 'lit/decorators.js';
import { HabilBaseElement } from '../../internal/habil-base-element.js';

export type Politeness = 'polite' | 'assertive';

/** Long enough for screen readers to notice that the region was emptied before it is filled again. */
const REANNOUNCE_DELAY_MS = 100;

/**
 * A status region for messages a screen reader should read without moving focus: "12
 * comptes désactivés", "Enregistré". Polite by default (`role="status"`): read when the user
 * pauses. Assertive (`role="alert"`) for errors that interrupt.
 *
 * Screen readers only read changes to a live region that was already in the page: a region
 * inserted together with its text is often missed. So render this element with the widget,
 * empty, and call `announce()` later. The region is emptied and then filled, so that a message
 * repeating the previous one is read again.
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

  /** The message being read, or the last one. */
  get message(): string {
    return this.text;
  }

  /** Says `text`. Resolves once the region holds it. */
  async announce(text: string): Promise<void> {
    this.text = '';
    await this.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, REANNOUNCE_DELAY_MS));
    this.text = text;
    await this.updateComplete;
  }

  clear(): void {
    this.text = '';
  }

  protected override render() {
    return this.politeness === 'assertive'
      ? html`<div part="region" role="alert" aria-live="assertive" aria-atomic="true">${this.text}</div>`
      : html`<div part="region" role="status" aria-live="polite" aria-atomic="true">${this.text}</div>`;
  }
}
