/** The words of « Créer un utilisateur » (`<habil-new-user-dialog>`), loaded with the dialog: a small catalogue, its English beside its French. */
import { defineMessages } from '../internal/localize.js';

export const newUserMessages = defineMessages({
  fr: {
    newUserHeading: 'Créer un utilisateur partenaire',
    newUserConvention: (convention: string) => `Convention sélectionnée : ${convention}.`,
    newUserThenResponsable: 'Une fois créé, il sera choisi comme responsable habilitations du groupe.',
    newUserThenMember: 'Une fois créé, il sera choisi comme utilisateur à rattacher au groupe.',
  },
  en: {
    newUserHeading: 'Create a partner user',
    newUserConvention: (convention: string) => `Selected convention: ${convention}.`,
    newUserThenResponsable: 'Once created, the user is chosen as the responsable habilitations of the group.',
    newUserThenMember: 'Once created, the user is chosen as the user to attach to the group.',
  },
});
