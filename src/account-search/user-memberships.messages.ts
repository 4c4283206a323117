/**
 * The words of `<habil-user-memberships>` that the group page does not already have: those of
 * the CAF guide's screens « Ajouter un utilisateur au groupe » and « Modifier l'appartenance d'un
 * utilisateur à un groupe » seen from the user's row. The rest (dates, refusals, outcomes) are
 * the words of `<habil-user-groups>`, so that both screens say the same.
 */
import { deFr } from '../internal/french.js';
import { defineMessages } from '../internal/localize.js';

export const userMembershipsMessages = defineMessages({
  fr: {
    addHeading: (name: string) => `Ajouter ${name} à un groupe`,
    manageHeading: (name: string) => `Gérer l'appartenance ${deFr(name)} aux groupes`,
    user: 'Utilisateur',
    group: 'Groupe',
    groupHint: "Un groupe ouvert de la convention que vous gérez, dont l'utilisateur n'est pas déjà membre.",
    chooseGroup: '— Choisir un groupe —',
    chooseGroupError: 'Choisissez le groupe auquel rattacher l’utilisateur.',
    membershipsCaption: (name: string) => `Groupes ${deFr(name)}, avec ses dates d'appartenance`,
    noMembership: (name: string) => `${name} n'appartient à aucun groupe de la convention : « Ajouter à un groupe » permet de l'y rattacher.`,
    editDatesIn: (code: string) => `Modifier les dates d'appartenance au groupe ${code}`,
    detachFrom: (code: string) => `Détacher du groupe ${code}`,
    notYours: 'Groupe que vous ne gérez pas',
    afasReserved: 'Groupe Afas : réservé à qui dispose de « Afas - Habiliter »',
    membershipsUnreadable: "Les appartenances de l'utilisateur n'ont pas pu être lues.",
  },
  en: () => import('./user-memberships.messages.en.js'),
});
