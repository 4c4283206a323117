import '../account-parts/define.js';
import { defineElement } from '../internal/define.js';
import '../ui/alert/define.js';
import '../ui/confirm-dialog/define.js';
import '../ui/data-table/define.js';
import '../ui/field/define.js';
import '../ui/live-region/define.js';
import { HabilGroupForm } from './group-form.js';
import { HabilGroupMembers } from './group-members.js';
import { HabilGroupRoles } from './group-roles.js';
import { HabilNewUserDialog } from './new-user-dialog.js';
import { HabilUserGroups } from './user-groups.js';

export * from './user-groups.js';
export * from './group-form.js';
export * from './group-members.js';
export * from './group-roles.js';
export * from './new-user-dialog.js';

// The parts first: the widget renders them from its first update.
defineElement('habil-new-user-dialog', HabilNewUserDialog);
defineElement('habil-group-form', HabilGroupForm);
defineElement('habil-group-members', HabilGroupMembers);
defineElement('habil-group-roles', HabilGroupRoles);
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
