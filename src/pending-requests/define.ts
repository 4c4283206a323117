import { defineElement } from '../internal/define.js';
import '../ui/alert/define.js';
import '../ui/confirm-dialog/define.js';
import '../ui/data-table/define.js';
import '../ui/field/define.js';
import '../ui/live-region/define.js';
import { HabilPendingRequests } from './pending-requests.js';
import { HabilRefusalDialog } from './refusal-dialog.js';

export * from './pending-requests.js';
export * from './refusal-dialog.js';

defineElement('habil-refusal-dialog', HabilRefusalDialog);
defineElement('habil-pending-requests', HabilPendingRequests);

declare global {
  interface HTMLElementTagNameMap {
    'habil-pending-requests': HabilPendingRequests;
    'habil-refusal-dialog': HabilRefusalDialog;
  }
}
