/** The English words of `groupWritesMessages` (group-writes.messages.ts), loaded when an element first speaks English. */
import { pluralEn } from '../internal/french.js';
import partWordsEn from './parts.messages.en.js';

export default {
  ...partWordsEn,
  createFailed: (code: string) => `Group ${code} was not created.`,
  updateFailed: (code: string) => `Group ${code} was not changed.`,
  groupAdminForbidden:
    'Only the partner administrator creates, changes and closes groups and assigns their rights ("Synthèse" of the Mon Compte Partenaire guide). Nothing was changed.',
  groupCreated: (code: string) => `Group ${code} created. Assign its rights, then attach its members.`,
  groupUpdated: (code: string) => `Group ${code} changed.`,
  groupReloaded: (code: string) =>
    `Someone else changed group ${code} in the meantime. It has been reloaded: check it, then try again. What you typed is kept.`,
  closeHeading: (code: string) => `Close group ${code}?`,
  closeDate: (date: string) => `The group's closing date will be ${date}.`,
  closeMembers: (count: number, roles: string) =>
    `${pluralEn(count, 'Its member is detached from it and loses', `Its ${count} members are detached from it and lose`)} the rights the group gives${roles ? ` (${roles})` : ''}; ${pluralEn(count, 'the account stays open', 'their accounts stay open')}.`,
  closeNoMembers: 'The group has no current member.',
  closeSubGroups: (count: number, codes: string) =>
    pluralEn(count, `Its sub-group ${codes} closes with it.`, `Its sub-groups ${codes} close with it.`),
  closeFinal: 'A closed group can no longer be changed.',
  closeFailed: (code: string) => `Group ${code} was not closed.`,
  groupClosed: (code: string, members: number) =>
    `Group ${code} closed. ${pluralEn(members, `${members} member detached`, `${members} members detached`)}; the accounts stay open.`,
};
