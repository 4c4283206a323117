import { defineElement } from '../internal/define.js';
import '../ui/alert/define.js';
import '../ui/data-table/define.js';
import '../ui/field/define.js';
import '../ui/live-region/define.js';
import { HabilPendingRequests } from './pending-requests.js';
// The confirmation and refusal dialogs come with the code of the decisions (decisions.ts), which defines them.
import type { HabilRefusalDialog } from './refusal-dialog.js';

export * from './pending-requests.js';
export type * from './refusal-dialog.js';

defineElement('habil-pending-requests', HabilPendingRequests);

declare global {
  interface HTMLElementTagNameMap {
    'habil-pending-requests': HabilPendingRequests;
    'habil-refusal-dialog': HabilRefusalDialog;
  }
}
