import { defineElement } from '../../internal/define.js';
import { HabilConfirmDialog } from './confirm-dialog.js';

export * from './confirm-dialog.js';

defineElement('habil-confirm-dialog', HabilConfirmDialog);

declare global {
  interface HTMLElementTagNameMap {
    'habil-confirm-dialog': HabilConfirmDialog;
  }
}
