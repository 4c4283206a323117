/**
 * What went wrong with the last decision (someone decided first, a failure and its retry, a
 * selection that could not be read), shown above the table until the next decision or tab.
 */
import { PartLoadError } from '../internal/lazy-part.js';
import { renderNotice } from '../internal/notice.js';
import type { ReactiveControllerHost } from 'lit';
import type { PendingRequestsText } from './messages.js';

export interface Notice {
  variant: 'warning' | 'error';
  heading?: string;
  text?: string;
  error?: unknown;
  retry?: () => void;
}

export class DecisionNoticeController {
  current: Notice | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly t: PendingRequestsText,
  ) {}

  show(notice: Notice): void {
    this.current = notice;
    this.host.requestUpdate();
  }

  clear(): void {
    this.current = undefined;
    this.host.requestUpdate();
  }

  /** The alert, empty while there is nothing to say: it exists before it speaks. Code that could not be loaded is retried with « Réessayer »: no decision was sent. */
  render() {
    const retryLabel = this.current?.error instanceof PartLoadError ? undefined : this.t.msg('retryDecision');
    return renderNotice(this.current, { part: 'notice', retryLabel });
  }
}
