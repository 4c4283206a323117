/** Words every widget uses, so that the kit says "Réessayer" or "(obligatoire)" the same way everywhere. */
import { defineMessages } from './localize.js';

export const kitMessages = defineMessages({
  fr: {
    loading: 'Chargement…',
    retry: 'Réessayer',
    cancel: 'Annuler',
    confirm: 'Confirmer',
    close: 'Fermer',
    requiredMark: '(obligatoire)',
    requiredError: 'Ce champ est obligatoire.',
  },
  en: {
    loading: 'Loading…',
    retry: 'Try again',
    cancel: 'Cancel',
    confirm: 'Confirm',
    close: 'Close',
    requiredMark: '(required)',
    requiredError: 'This field is required.',
  },
});
