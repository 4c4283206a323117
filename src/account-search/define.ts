import { defineElement } from '../internal/define.js';
import '../ui/alert/define.js';
import '../ui/confirm-dialog/define.js';
import '../ui/data-table/define.js';
import '../ui/field/define.js';
import '../ui/live-region/define.js';
import { HabilAccountSearch } from './account-search.js';
import { HabilAccountDetails } from './parts/account-details.js';
import { HabilAccountForm } from './parts/account-form.js';
import { HabilDeactivationDialog } from './parts/deactivation-dialog.js';
import { HabilRolePicker } from './parts/role-picker.js';

export * from './account-search.js';
export * from './parts/account-details.js';
export * from './parts/account-form.js';
export * from './parts/deactivation-dialog.js';
export * from './parts/role-picker.js';

// The parts first: the widget renders them from its first update.
defineElement('habil-account-form', HabilAccountForm);
defineElement('habil-role-picker', HabilRolePicker);
defineElement('habil-account-details', HabilAccountDetails);
defineElement('habil-deactivation-dialog', HabilDeactivationDialog);
defineElement('habil-account-search', HabilAccountSearch);

declare global {
  interface HTMLElementTagNameMap {
    'habil-account-search': HabilAccountSearch;
    'habil-account-form': HabilAccountForm;
    'habil-role-picker': HabilRolePicker;
    'habil-account-details': HabilAccountDetails;
    'habil-deactivation-dialog': HabilDeactivationDialog;
  }
}
