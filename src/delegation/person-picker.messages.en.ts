/** The English words of `personPickerMessages` (person-picker.messages.ts), loaded when an element first speaks English. */
export default {
  searchNom: 'Last name',
  searchPrenom: 'First name',
  searchHint: 'Start of the name, accents ignored',
  searchPeople: 'Search for a person',
  colPerson: 'Name',
  colAction: 'Action',
  choose: 'Choose',
  chooseOf: (name: string) => `Choose ${name}`,
  pickerEmpty: 'Nobody matches these criteria.',
  listErrorRetry: 'Reload the list',
};
