/**
 * The alert about the last action a widget ran: what went wrong or needs a look, in a
 * `habil-alert` that is on the page, empty and silent, before it speaks (so that screen
 * readers hear it when it fills), with « Réessayer » when the action can be sent again.
 */
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

export interface Notice {
  variant: 'error' | 'warning';
  heading?: string;
  text?: string;
  /** The refusal: the alert says the server's reason. */
  error?: unknown;
  /** Sends the action again (the alert then offers « Réessayer »). */
  retry?: () => void;
}

export interface NoticeOptions {
  /** The part the alert exposes, if any. */
  part?: string | undefined;
  /** The words of the retry button, when the widget has its own. */
  retryLabel?: string;
}

export function renderNotice(notice: Notice | undefined, { part, retryLabel }: NoticeOptions = {}) {
  return html`<habil-alert
    part=${ifDefined(part)}
    class=${notice ? 'filled' : ''}
    variant=${notice?.variant ?? 'error'}
    heading=${notice?.heading ?? ''}
    .error=${notice?.error}
    ?retryable=${Boolean(notice?.retry)}
    retry-label=${ifDefined(retryLabel)}
    @habil-retry=${() => notice?.retry?.()}
    >${notice?.text ?? ''}</habil-alert
  >`;
}
