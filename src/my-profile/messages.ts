/** The words of `<habil-my-profile>`, French first (user's guide §3 « Mes coordonnées », FAQ « Gérer mon profil personnel »; English in messages.en.ts). */
import { defineMessages, type LocalizeController } from '../internal/localize.js';

const french = {
  heading: 'Mes coordonnées',
  intro: 'Mettez à jour vos coordonnées. Votre e-mail professionnel reste votre identifiant de connexion.',
  requiredLegend: '* champ obligatoire',
  loading: 'Chargement de vos coordonnées…',
  loadFailed: 'Vos coordonnées ne peuvent pas être affichées.',
  identity: 'Identité',
  contact: 'Me joindre',
  organismes: 'Organismes',
  civilite: 'Civilité',
  monsieur: 'Monsieur',
  madame: 'Madame',
  prenom: 'Prénom',
  nom: 'Nom',
  nomNaissance: 'Nom de naissance',
  emailPro: 'Email',
  emailProHint: 'Votre e-mail professionnel, qui vous sert d’identifiant de connexion : il ne se modifie pas ici.',
  emailContact: 'Email de contact',
  emailContactHint: 'Facultatif : une autre adresse où vous écrire.',
  phone: 'Téléphone',
  phoneHint: 'Un numéro français, par exemple 03 88 25 26 00 ou +33 3 88 25 26 00.',
  organisme: 'Organisme',
  organismeHint: 'Si vous changez d’organisme, l’administrateur local de votre nouvel organisme vous y rattache.',
  secondaryOrganisme: 'Organisme secondaire',
  secondaryOrganismeHint: 'Si vous occupez des fonctions dans un second organisme, merci de le renseigner.',
  noSecondaryOrganisme: '— Aucun —',
  submit: 'Enregistrer les modifications',
  saving: 'Enregistrement…',
  summary: 'Certains champs sont à corriger :',
  summaryItem: (label: string, message: string) => `${label} : ${message}`,
  nothingChanged: 'Vous n’avez rien modifié : il n’y a rien à enregistrer.',
  cancelled: 'Vos modifications ont été annulées.',
  saved: 'Vos coordonnées ont été enregistrées.',
  savedFields: (fields: string) => `Modifié : ${fields}.`,
  saveFailed: 'Vos coordonnées n’ont pas été enregistrées',
  refused: 'Cette valeur a été refusée.',
  staleHeading: 'Vos coordonnées ont changé entre-temps',
  stale:
    'Elles ont été modifiées pendant que vous les changiez (par exemple par votre administrateur local), et rechargées. Ce que vous avez saisi est conservé : vérifiez, puis enregistrez à nouveau.',
  staleChanges: (changes: string[]) => `Modifié entre-temps : ${changes.join(' ; ')}.`,
  staleUnreadable: 'Quelqu’un d’autre les a modifiées entre-temps, et elles n’ont pas pu être rechargées. Ce que vous avez saisi est conservé : réessayez.',
  none: 'aucun',
  readOnlyAdd:
    'Les données relatives aux Agents de Direction étant gérées dans le Référentiel des Agents de Direction, vous ne pouvez pas les modifier ici : mettez-les à jour sur la page « mon profil ».',
  addProfileLink: 'Mettre à jour mes informations sur la page « mon profil »',
  addQuestions: 'Pour toutes questions relatives à ces mises à jour, écrivez à',
  addQuestionsEnd: 'en précisant vos nom, prénom et les éléments à modifier.',
  addMailSubject: (name: string) => `Mise à jour de mes informations — ${name}`,
  addMailBody: (name: string) => `Bonjour,\n\nNom / prénom : ${name}\nÉléments à modifier : \n\nMerci.`,
  readOnlyPartner:
    'Sur Mon Compte Partenaire, vos coordonnées sont tenues par votre administrateur partenaire (celles d’un administrateur partenaire, par la Caf) : adressez-vous à lui pour les modifier.',
  readOnlyHeading: 'Vos coordonnées ne se modifient pas ici',
  details: 'Vos coordonnées',
};

/** The French words, which the English module translates key by key. */
export type French = typeof french;

export const myProfileMessages = defineMessages({
  fr: french,
  en: () => import('./messages.en.js'),
});

export type MyProfileWords = LocalizeController<(typeof myProfileMessages)['fr']>;
