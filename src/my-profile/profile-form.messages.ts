/**
 * The words of the form of `<habil-my-profile>` (its sections, hints, buttons, checks and what a
 * save says), loaded with the form; it speaks the widget's own too (the fields' names). English
 * in profile-form.messages.en.ts.
 */
import { defineMessages, type LocalizeController } from '../internal/localize.js';
import { myProfileMessages } from './messages.js';

export const profileFormMessages = defineMessages({
  fr: {
    ...myProfileMessages.fr,
    intro: 'Mettez à jour vos coordonnées. Votre e-mail professionnel reste votre identifiant de connexion.',
    requiredLegend: '* champ obligatoire',
    identity: 'Identité',
    contact: 'Me joindre',
    organismes: 'Organismes',
    emailProHint: 'Votre e-mail professionnel, qui vous sert d’identifiant de connexion : il ne se modifie pas ici.',
    emailContactHint: 'Facultatif : une autre adresse où vous écrire.',
    phoneHint: 'Un numéro français, par exemple 03 88 25 26 00 ou +33 3 88 25 26 00.',
    organismeHint: 'Si vous changez d’organisme, l’administrateur local de votre nouvel organisme vous y rattache.',
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
  },
  en: async () => {
    const [widget, form] = await Promise.all([import('./messages.en.js'), import('./profile-form.messages.en.js')]);
    return { default: { ...widget.default, ...form.default } };
  },
});

export type ProfileFormWords = LocalizeController<(typeof profileFormMessages)['fr']>;
