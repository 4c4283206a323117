/** The words of `<habil-signup>`, French first (the UCANSS user's guide, "Inscrivez-vous"; English in messages.en.ts). */
import { defineMessages } from '../internal/localize.js';

export const signupMessages = defineMessages({
  fr: {
    heading: 'Inscrivez-vous',
    intro:
      "Votre email professionnel vous servira d'identifiant de connexion. Votre demande sera adressée pour validation à un correspondant local de votre organisme (ou à un administrateur de l'Ucanss si votre organisme n'en a pas).",
    requiredLegend: '* champ obligatoire',
    civilite: 'Civilité',
    monsieur: 'Monsieur',
    madame: 'Madame',
    nom: 'Nom',
    prenom: 'Prénom',
    emailPro: 'Email professionnel',
    emailHint: (examples: string) => `Une adresse de l'Institution (${examples}…), sauf pour un compte externe.`,
    worksForInstitution: 'Je travaille à la Sécu ?',
    worksHint: '« Oui » pour un salarié de l’Institution, « Non » pour un compte externe.',
    yes: 'Oui',
    no: 'Non',
    organismeSearch: 'Rechercher un organisme',
    organismeSearchHint: 'Tapez une partie du nom ou du code, puis choisissez dans la liste (flèche bas pour y aller).',
    organisme: 'Sélectionner un organisme dans cette liste',
    organismeCount: (shown: number, total: number) => (shown === total ? `${total} organismes` : `${shown} organisme${shown < 2 ? '' : 's'} sur ${total}`),
    organismeNone: 'Aucun organisme ne correspond à cette recherche.',
    organismeChosen: (name: string) => `Organisme choisi : ${name}`,
    organismesFailed: 'La liste des organismes ne peut pas être affichée.',
    terms: "J'accepte les conditions générales d'utilisation",
    termsLink: "Lire les conditions générales d'utilisation",
    submit: 'Envoyer la demande',
    sending: 'Envoi en cours…',
    invalidHeading: 'Certains champs sont à corriger',
    summaryItem: (label: string, error: string) => `${label} : ${error}`,
    organismeShort: 'Organisme',
    termsShort: "Conditions générales d'utilisation",
    sendFailed: "Votre demande n'a pas été envoyée",
    sentHeading: 'Votre demande a été envoyée',
    sentLocal: (organisme: string) =>
      `Votre demande de création de compte a été adressée pour validation à un correspondant local de votre organisme (${organisme}).`,
    sentCentral: (organisme: string) =>
      `${organisme} ne dispose pas de correspondant local : votre demande de création de compte a été adressée pour validation à un administrateur de l'Ucanss.`,
    sentNext: (email: string) => `Vous recevrez un message à ${email} dès qu'elle aura été traitée.`,
  },
  en: () => import('./messages.en.js'),
});
