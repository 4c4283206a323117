/** The English words of `groupMembersMessages` (group-members.messages.ts), loaded when an element first speaks English. */
import { objectEn, type Civility } from '../internal/french.js';
import userGroupsEn from './user-groups.messages.en.js';
import partWordsEn from './parts.messages.en.js';

export default {
  ...userGroupsEn,
  ...partWordsEn,
  membersHeading: (code: string) => `Members of group ${code}`,
  membersCaption: (code: string) => `Members of group ${code}, with their membership dates`,
  membersReadOnlyNote:
    'You are viewing the members of this group: only the partner administrator and the responsable habilitations of the group (or of a group above it) attach and detach them.',
  membersClosedNote: 'This group is closed: its members were detached from it. The list keeps their membership periods.',
  afasMembersNote:
    'Afas: this group gives Afas profiles. To attach a user to it or detach one, a responsable habilitations must also belong to a group holding the “Afas - Habiliter” role.',
  reloadMembers: 'Reload the members',
  noMembers: 'No member is attached to this group.',
  colMember: 'Name',
  colIdentifier: 'Identifier',
  colMembership: 'Membership',
  colOtherGroups: 'Other groups',
  membershipUpcoming: 'Upcoming',
  membershipCurrent: 'Current',
  membershipEnded: 'Ended',
  otherGroupsNone: 'None',
  otherGroupsUnknown: 'Not available',
  editDates: 'Change dates',
  editDatesOf: (name: string) => `Change dates of membership of ${name}`,
  detach: 'Detach',
  detachOf: (name: string) => `Detach ${name} from the group`,
  attachHeading: (code: string) => `Attach a user to group ${code}`,
  fieldUser: 'User',
  userHint: 'An open user of the convention who is not already a member of the group.',
  attachSubmit: 'Add to the group',
  chosenUserGroups: (name: string, groups: string) => `Current groups of ${name}: ${groups}.`,
  chosenUserNoGroup: (name: string) => `${name} belongs to no other group.`,
  periodOpen: (from: string) => `since ${from}`,
  periodUntil: (from: string, to: string) => `from ${from} to ${to}`,
  memberAdded: (name: string, code: string, from: string, _civilite: Civility) => `${name} attached to group ${code} from ${from}.`,
  memberUpdated: (name: string, code: string, period: string) => `Membership of ${name} in group ${code} changed: ${period}.`,
  memberRemoved: (name: string, code: string, _civilite: Civility) => `${name} detached from group ${code}; the account stays open.`,
  userCreatedToAttach: (name: string, identifier: string) => `User ${name} (${identifier}) created. Choose the dates, then "Add to the group".`,
  whatAttach: (code: string) => `The user was not attached to group ${code}.`,
  whatDetach: (name: string, code: string, _civilite: Civility) => `${name} was not detached from group ${code}.`,
  afasRefused: (what: string) =>
    `${what} Ask the partner administrator to attach you to a group holding the “Afas - Habiliter” role, or to make this change.`,
  detachHeading: (name: string, code: string) => `Detach ${name} from group ${code}?`,
  detachMessage: (name: string, code: string) =>
    `The membership of ${name} in group ${code} ends today: ${name} loses the rights the group gives. The account stays open and the other groups do not change.`,
  detachUpcomingMessage: (name: string, code: string) =>
    `The planned attachment of ${name} to group ${code} is cancelled; it had not begun. The account stays open.`,
  editHeading: (name: string, code: string) => `Change the membership of ${name} in group ${code}`,
  editParent: (parent: string) => `Parent group: ${parent}.`,
  editNoParent: 'Parent group: none.',
  membershipReloaded: (name: string, period: string) =>
    `Someone else changed the membership of ${name} in the meantime; it has been reloaded (${period}). Your dates are kept: check them, then save.`,
  membershipGone: (name: string, civilite: Civility) =>
    `${name} is no longer a member of this group: someone detached ${objectEn(civilite)} in the meantime. The list has been reloaded.`,
};
