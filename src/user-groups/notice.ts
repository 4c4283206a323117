/** What went wrong with the last action, said in a `habil-alert` that is there before it speaks. */
import { renderNotice as renderAlert } from '../internal/notice.js';

export interface Notice {
  variant: 'error' | 'warning';
  heading?: string;
  text: string;
  /** The refusal: the alert says the server's reason. */
  error?: unknown;
  /** Does the action again (the alert then offers « Réessayer »): a part that could not be loaded. */
  retry?: () => void;
}

/** The alert of `notice`, empty (and silent) without one. */
export function renderNotice(notice: Notice | undefined, part?: string) {
  return renderAlert(notice, { part });
}
