/** The words of the group form of `<habil-user-groups>` (`<habil-group-form>` and its screen), loaded with the form; English in group-form.messages.en.ts. It speaks those the parts share (parts.messages.ts) too. */
import { defineMessages, type LocalizeController } from '../internal/localize.js';
import { partWordsFr } from './parts.messages.js';

export const groupFormMessages = defineMessages({
  fr: {
    ...partWordsFr,
    createHeading: 'Créer un groupe utilisateurs',
    createSubGroupHeading: (parent: string) => `Créer un sous-groupe de ${parent}`,
    editHeadingGroup: (code: string) => `Modifier le groupe ${code}`,
    fieldCode: 'Code',
    codeHint: 'Unique dans la convention, par exemple AFAS-DEC ou CDAP T1.',
    codeReadOnly: "Le code d'un groupe ne change pas.",
    fieldLabel: 'Libellé',
    fieldResponsable: 'Responsable habilitations',
    responsableHint: "Un utilisateur de la convention. S'il n'existe pas encore, créez-le.",
    fieldParent: 'Sous-groupe de',
    parentOption: (code: string, label: string, level: number) => `${code} – ${label} (niveau ${level})`,
    parentValue: (code: string, level: number) => `${code} (ce groupe est au niveau ${level})`,
    parentReadOnly: "Le groupe parent d'un groupe existant ne change pas.",
    levelHint: (level: number, parent: string) =>
      parent ? `Le groupe sera au niveau ${level}, un de plus que ${parent}.` : `Sans groupe parent, le groupe sera au niveau ${level}.`,
    nothingChanged: 'Aucune modification à enregistrer.',
    createGroupSubmit: 'Créer le groupe',
    formUnreadable: 'Le formulaire ne peut pas être affiché : les groupes de la convention ne sont pas lisibles.',
    responsableCreated: (name: string, identifier: string) => `Utilisateur ${name} (${identifier}) créé et choisi comme responsable habilitations.`,
  },
  en: () => import('./group-form.messages.en.js'),
});

export type GroupFormWords = LocalizeController<typeof groupFormMessages.fr>;
