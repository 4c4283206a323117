/** The English words of `groupFormMessages` (group-form.messages.ts), loaded when an element first speaks English. */
import partWordsEn from './parts.messages.en.js';

export default {
  ...partWordsEn,
  createHeading: 'Create a user group',
  createSubGroupHeading: (parent: string) => `Create a sub-group of ${parent}`,
  editHeadingGroup: (code: string) => `Edit group ${code}`,
  fieldCode: 'Code',
  codeHint: 'Unique in the convention, e.g. AFAS-DEC or CDAP T1.',
  codeReadOnly: 'The code of a group does not change.',
  fieldLabel: 'Label',
  fieldResponsable: 'Responsable habilitations',
  responsableHint: 'A user of the convention. If the person has no account yet, create one.',
  fieldParent: 'Sub-group of',
  parentOption: (code: string, label: string, level: number) => `${code} – ${label} (level ${level})`,
  parentValue: (code: string, level: number) => `${code} (this group is at level ${level})`,
  parentReadOnly: 'The parent of an existing group does not change.',
  levelHint: (level: number, parent: string) =>
    parent ? `The group will be at level ${level}, one below ${parent}.` : `Without a parent, the group will be at level ${level}.`,
  nothingChanged: 'Nothing to save.',
  createGroupSubmit: 'Create the group',
  formUnreadable: 'The form cannot be shown: the groups of the convention cannot be read.',
  responsableCreated: (name: string, identifier: string) => `User ${name} (${identifier}) created and chosen as responsable habilitations.`,
};
