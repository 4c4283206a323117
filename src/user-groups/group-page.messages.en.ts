/** The English words of `groupPageMessages` (group-page.messages.ts), loaded when an element first speaks English. */
import userGroupsEn from './user-groups.messages.en.js';
import partWordsEn from './parts.messages.en.js';

export default {
  ...userGroupsEn,
  ...partWordsEn,
  groupHeading: (code: string, label: string) => `Group ${code} – ${label}`,
  noClosingDate: 'None',
  memberCount: 'Current members',
  editGroup: 'Edit the group',
  createSubGroup: 'Create a sub-group',
  tabsLabel: (code: string) => `Group ${code}`,
  tabMembers: (count: string) => `Members (${count})`,
  tabRoles: (count: string) => `Rights (${count})`,
};
