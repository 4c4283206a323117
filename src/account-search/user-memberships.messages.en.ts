/** The English words of `userMembershipsMessages` (user-memberships.messages.ts), loaded when an element first speaks English. */
export default {
  addHeading: (name: string) => `Add ${name} to a group`,
  manageHeading: (name: string) => `Manage the group memberships of ${name}`,
  user: 'User',
  group: 'Group',
  groupHint: 'An open group of the convention that you manage, which the user does not belong to yet.',
  chooseGroup: '— Choose a group —',
  chooseGroupError: 'Choose the group to attach the user to.',
  membershipsCaption: (name: string) => `Groups of ${name}, with the dates of membership`,
  noMembership: (name: string) => `${name} belongs to no group of the convention: “Add to a group” attaches the user to one.`,
  editDatesIn: (code: string) => `Change the dates of membership of group ${code}`,
  detachFrom: (code: string) => `Detach from group ${code}`,
  notYours: 'A group you do not manage',
  afasReserved: 'Afas group: for holders of “Afas - Habiliter” only',
  membershipsUnreadable: 'The memberships of the user could not be read.',
};
