/** The kit's confirmation, registered by each part of `<habil-user-groups>` that asks with it (a closing, a detachment, a removal of rights). */
import { defineElement } from '../internal/define.js';
import { HabilConfirmDialog } from '../ui/confirm-dialog/confirm-dialog.js';

export function defineConfirmDialog(): void {
  defineElement('habil-confirm-dialog', HabilConfirmDialog);
}
