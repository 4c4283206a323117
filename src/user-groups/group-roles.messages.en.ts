/** The English words of `groupRolesMessages` (group-roles.messages.ts), loaded when an element first speaks English. */
import { pluralEn } from '../internal/french.js';
import partWordsEn from './parts.messages.en.js';

export default {
  ...partWordsEn,
  rolesHeading: (code: string) => `Rights of group ${code}`,
  rolesHint: 'Tick, service by service, the roles the group gives its members, then save. Only the roles the convention grants are offered.',
  afasRolesNote: 'Afas: a responsable habilitations manages Afas profiles only as a member of a group holding the “Afas - Habiliter” role.',
  toAssign: 'to assign',
  toRemove: 'to remove',
  rolesPending: (assign: number, remove: number) =>
    [assign ? pluralEn(assign, `${assign} role to assign`, `${assign} roles to assign`) : '', remove ? pluralEn(remove, `${remove} role to remove`, `${remove} roles to remove`) : '']
      .filter(Boolean)
      .join(', ') + '.',
  rolesNothingToSave: 'Nothing to save.',
  rolesUndo: 'Undo changes',
  removeRolesHeading: (count: number, code: string) => pluralEn(count, `Remove a role from group ${code}?`, `Remove ${count} roles from group ${code}?`),
  removeRolesMessage: (roles: string, members: number) =>
    `${roles}: ${members === 0 ? 'the group has no current member' : pluralEn(members, 'its member loses this right', `its ${members} members lose this right`)}, unless another group gives it. Their accounts stay open.`,
  rolesReportHeading: (code: string) => `Saving the rights of group ${code}`,
  rolesProgress: (done: number, total: number) => `${done} of ${total}`,
  roleAssigned: 'assigned',
  roleRemoved: 'removed',
  roleNotAssigned: 'not assigned',
  roleNotRemoved: 'not removed',
  roleNotSent: 'not sent',
  rolesSaved: (count: number) => pluralEn(count, `${count} change saved`, `${count} changes saved`),
  rolesRefused: (count: number) => `${count} refused`,
  rolesNotSent: (count: number) => `${count} not sent`,
  rolesStale:
    'Someone else changed this group in the meantime: its rights have been reloaded and the rest was not sent. Your choices are kept: check them, then save again.',
  rolesForbidden: 'Only the partner administrator assigns and removes the rights of groups ("Synthèse" of the guide).',
  closeReport: 'Close the report',
  rolesReadOnlyNote: 'Roles assigned to the group, by service. Only the partner administrator assigns and removes the rights of groups ("Synthèse" of the guide).',
  rolesClosedNote: 'This group is closed: its rights are no longer given to anyone and can no longer be changed.',
  noRoles: 'No right is assigned to this group.',
};
