/** The words of `<habil-my-profile>`, French first (user's guide §3 « Mes coordonnées », FAQ « Gérer mon profil personnel »; English in messages.en.ts). */
import { defineMessages, type LocalizeController } from '../internal/localize.js';

export const myProfileMessages = defineMessages({
  fr: {
    heading: 'Mes coordonnées',
    loading: 'Chargement de vos coordonnées…',
    loadFailed: 'Vos coordonnées ne peuvent pas être affichées.',
    civilite: 'Civilité',
    monsieur: 'Monsieur',
    madame: 'Madame',
    prenom: 'Prénom',
    nom: 'Nom',
    nomNaissance: 'Nom de naissance',
    emailPro: 'Email',
    emailContact: 'Email de contact',
    phone: 'Téléphone',
    organisme: 'Organisme',
    secondaryOrganisme: 'Organisme secondaire',
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
  },
  en: () => import('./messages.en.js'),
});

export type MyProfileWords = LocalizeController<(typeof myProfileMessages)['fr']>;
