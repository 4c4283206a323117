/** The words of a group's members (`<habil-group-members>`, its table, its forms and its writes), loaded with the members; English in group-members.messages.en.ts. It speaks the widget's and those the parts share (parts.messages.ts) too. */
import { deFr, feminineFr, type Civility } from '../internal/french.js';
import { defineMessages, type LocalizeController } from '../internal/localize.js';
import { userGroupsMessages } from './user-groups.messages.js';
import { partWordsFr } from './parts.messages.js';

export const groupMembersMessages = defineMessages({
  fr: {
    ...userGroupsMessages.fr,
    ...partWordsFr,
    membersHeading: (code: string) => `Membres du groupe ${code}`,
    membersCaption: (code: string) => `Membres du groupe ${code}, avec leurs dates d'appartenance`,
    membersReadOnlyNote:
      "Vous consultez les membres de ce groupe : seuls l'administrateur partenaire et le responsable habilitations du groupe (ou d'un groupe au-dessus) les rattachent et les détachent.",
    membersClosedNote: "Ce groupe est clôturé : ses membres en ont été détachés. La liste garde leurs périodes d'appartenance.",
    afasMembersNote:
      "Point spécifique Afas : ce groupe donne des profils Afas. Pour y rattacher ou en détacher un utilisateur, un responsable habilitations doit lui-même être membre d'un groupe disposant du rôle « Afas - Habiliter ».",
    reloadMembers: 'Recharger les membres',
    noMembers: "Aucun membre n'est rattaché à ce groupe.",
    colMember: 'Nom Prénom',
    colIdentifier: 'Identifiant',
    colMembership: 'Appartenance',
    colOtherGroups: 'Autres groupes',
    membershipUpcoming: 'À venir',
    membershipCurrent: 'En cours',
    membershipEnded: 'Terminée',
    otherGroupsNone: 'Aucun',
    otherGroupsUnknown: 'Non disponibles',
    editDates: 'Modifier les dates',
    editDatesOf: (name: string) => `Modifier les dates d'appartenance ${deFr(name)}`,
    detach: 'Détacher',
    detachOf: (name: string) => `Détacher ${name} du groupe`,
    attachHeading: (code: string) => `Rattacher un utilisateur au groupe ${code}`,
    fieldUser: 'Utilisateur',
    userHint: "Un utilisateur ouvert de la convention qui n'est pas déjà membre du groupe.",
    attachSubmit: 'Ajouter au groupe',
    chosenUserGroups: (name: string, groups: string) => `Groupes actuels ${deFr(name)} : ${groups}.`,
    chosenUserNoGroup: (name: string) => `${name} n'appartient à aucun autre groupe.`,
    periodOpen: (from: string) => `depuis le ${from}`,
    periodUntil: (from: string, to: string) => `du ${from} au ${to}`,
    memberAdded: (name: string, code: string, from: string, civilite: Civility) =>
      `${name} rattaché${feminineFr(civilite)} au groupe ${code} à compter du ${from}.`,
    memberUpdated: (name: string, code: string, period: string) => `Appartenance ${deFr(name)} au groupe ${code} modifiée : ${period}.`,
    memberRemoved: (name: string, code: string, civilite: Civility) => `${name} détaché${feminineFr(civilite)} du groupe ${code} ; son compte reste ouvert.`,
    userCreatedToAttach: (name: string, identifier: string) => `Utilisateur ${name} (${identifier}) créé. Choisissez ses dates, puis « Ajouter au groupe ».`,
    whatAttach: (code: string) => `Le rattachement au groupe ${code} n'a pas été fait.`,
    whatDetach: (name: string, code: string, civilite: Civility) => `${name} n'a pas été détaché${feminineFr(civilite)} du groupe ${code}.`,
    afasRefused: (what: string) =>
      `${what} Demandez à l'administrateur partenaire de vous rattacher à un groupe disposant du rôle « Afas - Habiliter », ou de faire ce changement.`,
    detachHeading: (name: string, code: string) => `Détacher ${name} du groupe ${code} ?`,
    detachMessage: (name: string, code: string) =>
      `L'appartenance ${deFr(name)} au groupe ${code} prend fin aujourd'hui : ${name} perd les droits que le groupe lui donne. Son compte reste ouvert et ses autres groupes ne changent pas.`,
    detachUpcomingMessage: (name: string, code: string) =>
      `Le rattachement prévu ${deFr(name)} au groupe ${code} est annulé ; il n'avait pas encore commencé. Son compte reste ouvert.`,
    editHeading: (name: string, code: string) => `Modifier l'appartenance ${deFr(name)} au groupe ${code}`,
    editParent: (parent: string) => `Groupe parent : ${parent}.`,
    editNoParent: "Groupe parent : n'a pas de parent.",
    membershipReloaded: (name: string, period: string) =>
      `Quelqu'un d'autre a modifié l'appartenance ${deFr(name)} entre-temps ; elle a été rechargée (${period}). Vos dates sont conservées : vérifiez-les puis enregistrez.`,
    membershipGone: (name: string, civilite: Civility) =>
      `${name} n'est plus membre de ce groupe : quelqu'un l'a détaché${feminineFr(civilite)} entre-temps. La liste a été rechargée.`,
  },
  en: () => import('./group-members.messages.en.js'),
});

export type GroupMembersWords = LocalizeController<typeof groupMembersMessages.fr>;
