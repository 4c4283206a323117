/**
 * Registers the account parts shared by the widgets that show or change accounts:
 * <habil-account-search>, <habil-delegation> (a new delegate's account) and
 * <habil-user-groups> (a new user of the convention).
 */
import { defineElement } from '../internal/define.js';
import '../ui/field/define.js';
import '../ui/live-region/define.js';
import { HabilAccountDetails } from './account-details.js';
import { HabilAccountForm } from './account-form.js';
import { HabilDeactivationDialog } from './deactivation-dialog.js';
import { HabilRolePicker } from './role-picker.js';

export * from './account-details.js';
export * from './account-form.js';
export * from './deactivation-dialog.js';
export * from './role-picker.js';

defineElement('habil-account-form', HabilAccountForm);
defineElement('habil-role-picker', HabilRolePicker);
defineElement('habil-account-details', HabilAccountDetails);
defineElement('habil-deactivation-dialog', HabilDeactivationDialog);

declare global {
  interface HTMLElementTagNameMap {
    'habil-account-form': HabilAccountForm;
    'habil-role-picker': HabilRolePicker;
    'habil-account-details': HabilAccountDetails;
    'habil-deactivation-dialog': HabilDeactivationDialog;
  }
}
