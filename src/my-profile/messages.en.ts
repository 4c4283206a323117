/** The English words of `myProfileMessages` (messages.ts), loaded when an element first speaks English. */
export default {
  heading: 'My details',
  loading: 'Loading your details…',
  loadFailed: 'Your details cannot be shown.',
  civilite: 'Title',
  monsieur: 'Mr',
  madame: 'Ms',
  prenom: 'First name',
  nom: 'Last name',
  nomNaissance: 'Birth name',
  emailPro: 'E-mail',
  emailContact: 'Contact e-mail',
  phone: 'Phone',
  organisme: 'Organisme',
  secondaryOrganisme: 'Secondary organisme',
  none: 'none',
  readOnlyAdd:
    'The details of Agents de Direction are kept in the ADD reference system (Référentiel des Agents de Direction), so you cannot change them here: update them on the “mon profil” page.',
  addProfileLink: 'Update my details on the “mon profil” page',
  addQuestions: 'For any question about these updates, write to',
  addQuestionsEnd: 'giving your last and first names and what to change.',
  addMailSubject: (name: string) => `Update of my details — ${name}`,
  addMailBody: (name: string) => `Hello,\n\nName: ${name}\nWhat to change: \n\nThank you.`,
  readOnlyPartner:
    'On Mon Compte Partenaire, your details are kept by your partner administrator (a partner administrator’s by the CAF): ask him to change them.',
  readOnlyHeading: 'Your details are not changed here',
  details: 'Your details',
};
