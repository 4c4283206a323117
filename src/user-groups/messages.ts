/**
 * The words of a group's members under the names the account search's memberships dialog
 * (src/account-search/user-memberships.ts) imports them by: it speaks with the members' forms and
 * writes. The widget's own words are in user-groups.messages.ts, each part's in `<part>.messages.ts`.
 */
export { groupMembersMessages as userGroupsMessages, type GroupMembersWords as UserGroupsWords } from './group-members.messages.js';
