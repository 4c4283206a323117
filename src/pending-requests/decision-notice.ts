/**
 * What went wrong with the last decision (someone decided first, a failure and its retry, a
 * selection that could not be read), shown above the table until the next decision or tab.
 */
import { renderNotice } from '../internal/notice.js';
import type { ReactiveControllerHost } from 'lit';

export interface Notice {
  variant: 'warning' | 'error';
  heading?: string;
  text?: string;
  error?: unknown;
  retry?: () => void;
  /** What the retry button says (« Réessayer » unless told). */
  retryLabel?: string;
}

export class DecisionNoticeController {
  current: Notice | undefined;

  constructor(private readonly host: ReactiveControllerHost) {}

  show(notice: Notice): void {
    this.current = notice;
    this.host.requestUpdate();
  }

  clear(): void {
    this.current = undefined;
    this.host.requestUpdate();
  }

  /** The alert, empty while there is nothing to say: it exists before it speaks. */
  render() {
    return renderNotice(this.current, { part: 'notice', retryLabel: this.current?.retryLabel });
  }
}
