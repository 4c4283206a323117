/**
 * Says what an action did, in a live region that exists before it speaks (RGAA 7.5). It has no
 * lifecycle of its own: the region is the host's, rendered by it from its first update.
 */
import { html, type ReactiveControllerHost } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { HabilLiveRegion } from '../ui/live-region/live-region.js';

export class Announcer {
  /** The region shows once it has spoken (`class="announced"`), so that the message stays readable. */
  private announced = false;

  constructor(private readonly host: ReactiveControllerHost & { readonly renderRoot: ParentNode }) {}

  say(text: string): void {
    this.announced = true;
    this.host.requestUpdate();
    void this.host.renderRoot.querySelector<HabilLiveRegion>('habil-live-region')?.announce(text);
  }

  render(part?: string) {
    return html`<habil-live-region part=${ifDefined(part)} class=${this.announced ? 'announced' : ''} visible></habil-live-region>`;
  }
}
