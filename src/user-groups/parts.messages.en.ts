/** The English of `partWordsFr` (parts.messages.ts), spread into the English of each part's catalogue. */
export default {
  colon: ': ',
  noParent: 'No parent',
  closeGroup: 'Close the group',
  requiredLegend: 'Fields marked * are required.',
  chooseUser: '— Select a user —',
  createUser: 'Create a user…',
  fieldOpeningDate: 'Opening date',
  fieldClosingDate: 'Closing date',
  closingDateHint: 'Optional; today or later.',
  closingDateKept: 'A closing date cannot be erased: choose another date.',
  fieldRefused: 'Value refused by the server.',
  saving: 'Saving…',
  saveChanges: 'Save changes',
  conflictHeading: 'Changed in the meantime',
};
