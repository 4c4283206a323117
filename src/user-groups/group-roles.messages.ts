/** The words of a group's rights (`<habil-group-roles>`), loaded with the rights; English in group-roles.messages.en.ts. It speaks those the parts share (parts.messages.ts) too. */
import { pluralFr } from '../internal/french.js';
import { defineMessages, type LocalizeController } from '../internal/localize.js';
import { partWordsFr } from './parts.messages.js';

export const groupRolesMessages = defineMessages({
  fr: {
    ...partWordsFr,
    rolesHeading: (code: string) => `Habilitations du groupe ${code}`,
    rolesHint:
      'Cochez, service par service, les rôles que le groupe donne à ses membres, puis enregistrez. Seuls les rôles que la convention accorde sont proposés.',
    afasRolesNote:
      "Point spécifique Afas : un responsable habilitations gère les profils Afas s'il est membre d'un groupe disposant du rôle « Afas - Habiliter ».",
    toAssign: 'à assigner',
    toRemove: 'à retirer',
    rolesPending: (assign: number, remove: number) =>
      [assign ? pluralFr(assign, `${assign} rôle à assigner`, `${assign} rôles à assigner`) : '', remove ? pluralFr(remove, `${remove} rôle à retirer`, `${remove} rôles à retirer`) : '']
        .filter(Boolean)
        .join(', ') + '.',
    rolesNothingToSave: 'Aucune modification à enregistrer.',
    rolesUndo: 'Annuler les modifications',
    removeRolesHeading: (count: number, code: string) => pluralFr(count, `Retirer un rôle du groupe ${code} ?`, `Retirer ${count} rôles du groupe ${code} ?`),
    removeRolesMessage: (roles: string, members: number) =>
      `${roles} : ${members === 0 ? "le groupe n'a aucun membre actuel" : pluralFr(members, 'son membre perd ce droit', `ses ${members} membres perdent ce droit`)}, sauf s'ils le tiennent d'un autre groupe. Leurs comptes restent ouverts.`,
    rolesReportHeading: (code: string) => `Enregistrement des habilitations du groupe ${code}`,
    rolesProgress: (done: number, total: number) => `${done} sur ${total}`,
    roleAssigned: 'assigné',
    roleRemoved: 'retiré',
    roleNotAssigned: 'non assigné',
    roleNotRemoved: 'non retiré',
    roleNotSent: 'non envoyé',
    rolesSaved: (count: number) => pluralFr(count, `${count} modification enregistrée`, `${count} modifications enregistrées`),
    rolesRefused: (count: number) => pluralFr(count, `${count} refusée`, `${count} refusées`),
    rolesNotSent: (count: number) => pluralFr(count, `${count} non envoyée`, `${count} non envoyées`),
    rolesStale:
      "Quelqu'un d'autre a modifié ce groupe entre-temps : ses droits ont été rechargés et la suite n'a pas été envoyée. Vos choix sont conservés : vérifiez-les puis enregistrez à nouveau.",
    rolesForbidden: "Seul l'administrateur partenaire assigne et retire les droits des groupes (« Synthèse » du guide).",
    closeReport: 'Fermer le compte rendu',
    rolesReadOnlyNote:
      "Rôles assignés au groupe, par service. Seul l'administrateur partenaire assigne et retire les droits des groupes (« Synthèse » du guide).",
    rolesClosedNote: 'Ce groupe est clôturé : ses droits ne sont plus donnés à personne et ne peuvent plus être modifiés.',
    noRoles: "Aucun droit n'est assigné à ce groupe.",
  },
  en: () => import('./group-roles.messages.en.js'),
});

export type GroupRolesWords = LocalizeController<typeof groupRolesMessages.fr>;
