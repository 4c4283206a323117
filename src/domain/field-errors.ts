/**
 * The words of the field errors that the domain's checks and the servers give (`FieldError.code`),
 * in French and English, for the forms that show them.
 */
import type { Lang } from './dates.js';

export const FIELD_ERROR_LABELS = {
  required: { fr: 'Ce champ est obligatoire.', en: 'This field is required.' },
  email: { fr: "Cette adresse e-mail n'est pas valide (exemple : prenom.nom@urssaf.fr).", en: 'This e-mail address is not valid (e.g. first.last@urssaf.fr).' },
  'email-not-institutional': {
    fr: "Utilisez une adresse d'un domaine de l'Institution (@urssaf.fr, @assurance-maladie.fr…) ou indiquez un compte externe.",
    en: 'Use an address of an institution domain (@urssaf.fr, @assurance-maladie.fr…) or declare an external account.',
  },
  'duplicate-email': { fr: 'Un compte existe déjà avec cette adresse.', en: 'An account already exists with this address.' },
  'retroactive-date': { fr: 'La date ne peut pas être dans le passé.', en: 'The date cannot be in the past.' },
  'date-order': { fr: "La date de clôture doit suivre la date d'ouverture.", en: 'The closing date must follow the opening date.' },
  'invalid-date': { fr: 'Date invalide (format attendu : JJ/MM/AAAA).', en: 'Invalid date (expected DD/MM/YYYY).' },
  'terms-required': { fr: "Vous devez accepter les conditions générales d'utilisation.", en: 'You must accept the terms of use.' },
  'duplicate-group-code': { fr: 'Ce code est déjà utilisé dans la convention.', en: 'This code is already used in the convention.' },
  'responsable-not-member-of-convention': { fr: 'Choisissez un utilisateur de la convention.', en: 'Choose a user of the convention.' },
  'too-long': { fr: 'Ce texte est trop long.', en: 'This text is too long.' },
  'invalid-characters': {
    fr: 'Ce texte contient des caractères invisibles ou de contrôle (retour à la ligne, inversion de sens…) : retirez-les.',
    en: 'This text contains invisible or control characters (line break, direction override…): remove them.',
  },
  phone: { fr: 'Numéro de téléphone invalide (exemple : 03 88 25 26 00 ou +33 3 88 25 26 00).', en: 'Invalid phone number (e.g. 03 88 25 26 00 or +33 3 88 25 26 00).' },
  'phone-fr': {
    fr: 'Indiquez un numéro français : 10 chiffres commençant par 0 (03 88 25 26 00), ou +33 suivi de 9 chiffres (+33 3 88 25 26 00).',
    en: 'Give a French number: 10 digits starting with 0 (03 88 25 26 00), or +33 followed by 9 digits (+33 3 88 25 26 00).',
  },
  'organisme-unknown': { fr: 'Choisissez un organisme de la liste.', en: 'Choose an organisme from the list.' },
  'same-organisme': { fr: "L'organisme secondaire doit être différent de votre organisme.", en: 'The secondary organisme must differ from your organisme.' },
  'not-applicable': { fr: 'Ce champ ne concerne pas ce type de compte.', en: 'This field does not apply to this kind of account.' },
} as const satisfies Record<string, Record<Lang, string>>;

export type FieldErrorCode = keyof typeof FIELD_ERROR_LABELS;

/** The words of a field error's code, when the kit has words for it (else the caller's: the server's message, its own). */
export function fieldErrorLabel(code: string, lang: Lang): string | undefined {
  return code in FIELD_ERROR_LABELS ? FIELD_ERROR_LABELS[code as FieldErrorCode][lang] : undefined;
}
