import { defineElement } from '../internal/define.js';
import '../ui/alert/define.js';
import '../ui/data-table/define.js';
import '../ui/field/define.js';
import '../ui/live-region/define.js';
import type { HabilGroupForm } from './group-form.js';
import type { HabilGroupMembers } from './group-members.js';
import type { HabilGroupRoles } from './group-roles.js';
import type { HabilNewUserDialog } from './new-user-dialog.js';
import { HabilUserGroups } from './user-groups.js';

export * from './user-groups.js';
// The widget registers its parts as it first shows them (lazy.ts): loaded on demand.
export type * from './group-form.js';
export type * from './group-members.js';
export type * from './group-roles.js';
export type * from './new-user-dialog.js';

defineElement('habil-user-groups', HabilUserGroups);

declare global {
  interface HTMLElementTagNameMap {
    'habil-user-groups': HabilUserGroups;
    'habil-group-form': HabilGroupForm;
    'habil-group-members': HabilGroupMembers;
    'habil-group-roles': HabilGroupRoles;
    'habil-new-user-dialog': HabilNewUserDialog;
  }
}
