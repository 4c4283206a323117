/** What every decision, on one request or on a selection, needs from the widget. */
import type { HabilClient } from '../client/types.js';
import type { DecisionDialogs } from './decision-dialogs.js';
import type { DecisionNoticeController } from './decision-notice.js';
import type { DecisionText } from './decisions.messages.js';
import type { PendingCountsController } from './pending-counts.js';

export interface DecisionContext {
  client: () => HabilClient;
  /** The words of the decisions, in the widget's language. */
  t: DecisionText;
  dialogs: () => DecisionDialogs;
  /** Where what went wrong is said. */
  notice: DecisionNoticeController;
  /** Read again once a decision was applied. */
  counts: PendingCountsController;
  /** Says, in the live region, what was applied. */
  announce: (text: string) => void;
}
