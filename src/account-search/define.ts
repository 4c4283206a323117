import { defineElement } from '../internal/define.js';
import '../ui/alert/define.js';
import '../ui/data-table/define.js';
import '../ui/field/define.js';
import '../ui/live-region/define.js';
import { HabilAccountSearch } from './account-search.js';
import type { HabilResponsableDialog } from './responsable-dialog.js';
import type { HabilUserMemberships } from './user-memberships.js';

export * from './account-search.js';
// The widget registers its parts as it first shows them (the account parts, the CAF dialogs): loaded on demand.
export type * from './responsable-dialog.js';
export type * from './user-memberships.js';

defineElement('habil-account-search', HabilAccountSearch);

declare global {
  interface HTMLElementTagNameMap {
    'habil-account-search': HabilAccountSearch;
    'habil-user-memberships': HabilUserMemberships;
    'habil-responsable-dialog': HabilResponsableDialog;
  }
}
