/** What went wrong with the last action, said in a `habil-alert` that is there before it speaks. */
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

export interface Notice {
  variant: 'error' | 'warning';
  heading?: string;
  text: string;
  /** The refusal: the alert says the server's reason. */
  error?: unknown;
}

/** The alert of `notice`, empty (and silent) without one. */
export function renderNotice(notice: Notice | undefined, part?: string) {
  return html`<habil-alert
    part=${ifDefined(part)}
    class=${notice ? 'filled' : ''}
    variant=${notice?.variant ?? 'error'}
    heading=${notice?.heading ?? ''}
    .error=${notice?.error}
    >${notice?.text ?? ''}</habil-alert
  >`;
}
