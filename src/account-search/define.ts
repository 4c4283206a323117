import { defineElement } from '../internal/define.js';
import '../ui/alert/define.js';
import '../ui/confirm-dialog/define.js';
import '../ui/data-table/define.js';
import '../ui/field/define.js';
import '../ui/live-region/define.js';
// The parts first: the widget renders them from its first update.
import '../account-parts/define.js';
import { HabilAccountSearch } from './account-search.js';
import { HabilResponsableDialog } from './responsable-dialog.js';
import { HabilUserMemberships } from './user-memberships.js';

export * from './account-search.js';
export * from './responsable-dialog.js';
export * from './user-memberships.js';

defineElement('habil-user-memberships', HabilUserMemberships);
defineElement('habil-responsable-dialog', HabilResponsableDialog);
defineElement('habil-account-search', HabilAccountSearch);

declare global {
  interface HTMLElementTagNameMap {
    'habil-account-search': HabilAccountSearch;
    'habil-user-memberships': HabilUserMemberships;
    'habil-responsable-dialog': HabilResponsableDialog;
  }
}
