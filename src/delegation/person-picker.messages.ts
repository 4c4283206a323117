/**
 * The words of `<habil-person-picker>`, loaded with it. English in person-picker.messages.en.ts.
 */
import { defineMessages, type LocalizeController } from '../internal/localize.js';

export const personPickerMessages = defineMessages({
  fr: {
    searchNom: 'Nom',
    searchPrenom: 'Prénom',
    searchHint: 'Début du nom ou du prénom, sans tenir compte des accents',
    searchPeople: 'Rechercher une personne',
    colPerson: 'Nom',
    colAction: 'Action',
    choose: 'Choisir',
    chooseOf: (name: string) => `Choisir ${name}`,
    pickerEmpty: 'Aucune personne ne correspond à ces critères.',
    listErrorRetry: 'Recharger la liste',
  },
  en: () => import('./person-picker.messages.en.js'),
});

export type PersonPickerText = LocalizeController<(typeof personPickerMessages)['fr']>;
