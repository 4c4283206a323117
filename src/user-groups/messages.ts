/**
 * The words of `<habil-user-groups>` and its parts, French first (those of the CAF guide
 * "Habilitations de Mon Compte Partenaire"); English in messages.en.ts. Domain words keep their French
 * names in English too (convention, responsable habilitations, Afas).
 */
import { deFr, feminineFr, pluralFr, type Civility } from '../internal/french.js';
import { defineMessages, type LocalizeController } from '../internal/localize.js';

export const userGroupsMessages = defineMessages({
  fr: {
    colon: ' : ',
    loadingWidget: 'Chargement des groupes utilisateurs…',
    forbiddenHeading: 'Accès réservé aux administrateurs partenaires et aux responsables habilitations',
    forbidden:
      "Les groupes d'utilisateurs de Mon Compte Partenaire sont gérés par l'administrateur partenaire de chaque organisme partenaire de la Caf et par les responsables habilitations. Votre profil ne permet pas de les consulter.",
    noConventionHeading: 'Aucune convention',
    noConvention: "Vous n'êtes rattaché à aucune convention : aucun groupe d'utilisateurs à afficher.",
    usersCut: (read: number, total: number) =>
      `Seuls les ${read.toLocaleString('fr-FR')} premiers utilisateurs de la convention sont proposés dans les listes : le serveur en annonce ${total.toLocaleString('fr-FR')}.`,

    // ---- the list
    listHeading: 'Groupes utilisateurs',
    listCaption: (convention: string) => `Groupes utilisateurs de la convention ${convention}`,
    conventionSelected: 'Convention sélectionnée :',
    partner: 'Organisme partenaire :',
    conventionPicker: 'Convention',
    partnerOf: (partner: string) => `Organisme partenaire : ${partner}`,
    chooseConvention: '— Choisir une convention —',
    responsableNote: (codes: string) =>
      `Responsable habilitations, vous rattachez et détachez les membres de vos groupes (${codes}) et de leurs sous-groupes. La création des groupes et l'attribution de leurs droits relèvent de l'administrateur partenaire.`,
    filtersLabel: 'Filtrer les groupes',
    filterCode: 'Code',
    filterLabel: 'Libellé',
    filterUser: 'Sélectionner un utilisateur',
    allUsers: 'Tous',
    createGroup: 'Créer un groupe',
    reloadList: 'Recharger la liste',
    noGroups: "Aucun groupe d'utilisateurs dans cette convention.",
    noGroupMatches: 'Aucun groupe ne correspond à ces critères.',
    colCode: 'Code',
    colLabel: 'Libellé',
    colLevel: 'Niveau',
    colParent: 'Sous-groupe de',
    colResponsable: 'Responsable habilitations',
    colOpeningDate: "Date d'ouverture",
    colClosingDate: 'Date de clôture',
    colStatus: 'Statut',
    colActions: 'Actions',
    details: 'Détails',
    edit: 'Modifier',
    close: 'Clôturer',
    detailsOf: (code: string) => `Détails du groupe ${code} : membres et habilitations`,
    editOf: (code: string) => `Modifier le groupe ${code}`,
    closeOf: (code: string) => `Clôturer le groupe ${code}`,

    // ---- a group's page
    backToList: 'Retour à la liste des groupes',
    groupHeading: (code: string, label: string) => `Groupe ${code} – ${label}`,
    noParent: "N'a pas de parent",
    noClosingDate: 'Aucune',
    memberCount: 'Membres actuels',
    editGroup: 'Modifier le groupe',
    createSubGroup: 'Créer un sous-groupe',
    closeGroup: 'Clôturer le groupe',
    tabsLabel: (code: string) => `Groupe ${code}`,
    tabMembers: (count: string) => `Membres (${count})`,
    tabRoles: (count: string) => `Habilitations (${count})`,

    // ---- create and change a group
    createHeading: 'Créer un groupe utilisateurs',
    createSubGroupHeading: (parent: string) => `Créer un sous-groupe de ${parent}`,
    editHeadingGroup: (code: string) => `Modifier le groupe ${code}`,
    requiredLegend: 'Les champs marqués * sont obligatoires.',
    fieldCode: 'Code',
    codeHint: 'Unique dans la convention, par exemple AFAS-DEC ou CDAP T1.',
    codeReadOnly: "Le code d'un groupe ne change pas.",
    fieldLabel: 'Libellé',
    fieldResponsable: 'Responsable habilitations',
    responsableHint: "Un utilisateur de la convention. S'il n'existe pas encore, créez-le.",
    chooseUser: '— Sélectionner un utilisateur —',
    createUser: 'Créer un utilisateur…',
    fieldParent: 'Sous-groupe de',
    parentOption: (code: string, label: string, level: number) => `${code} – ${label} (niveau ${level})`,
    parentValue: (code: string, level: number) => `${code} (ce groupe est au niveau ${level})`,
    parentReadOnly: "Le groupe parent d'un groupe existant ne change pas.",
    levelHint: (level: number, parent: string) =>
      parent ? `Le groupe sera au niveau ${level}, un de plus que ${parent}.` : `Sans groupe parent, le groupe sera au niveau ${level}.`,
    fieldOpeningDate: "Date d'ouverture",
    fieldClosingDate: 'Date de clôture',
    closingDateHint: "Facultative ; aujourd'hui ou plus tard.",
    closingDateKept: 'Une date de clôture ne peut pas être effacée : choisissez une autre date.',
    fieldRefused: 'Valeur refusée par le serveur.',
    nothingChanged: 'Aucune modification à enregistrer.',
    saving: 'Enregistrement…',
    createGroupSubmit: 'Créer le groupe',
    saveChanges: 'Enregistrer les modifications',
    formUnreadable: 'Le formulaire ne peut pas être affiché : les groupes de la convention ne sont pas lisibles.',
    createFailed: (code: string) => `Le groupe ${code} n'a pas été créé.`,
    updateFailed: (code: string) => `Le groupe ${code} n'a pas été modifié.`,
    groupAdminForbidden:
      "Seul l'administrateur partenaire crée, modifie et clôture les groupes et leur assigne des droits (« Synthèse » du guide Mon Compte Partenaire). Rien n'a été modifié.",
    groupCreated: (code: string) => `Groupe ${code} créé. Assignez-lui ses droits, puis rattachez ses membres.`,
    groupUpdated: (code: string) => `Groupe ${code} modifié.`,
    conflictHeading: 'Modifié entre-temps',
    groupReloaded: (code: string) =>
      `Quelqu'un d'autre a modifié le groupe ${code} entre-temps. Il a été rechargé : vérifiez puis recommencez. Vos saisies sont conservées.`,
    responsableCreated: (name: string, identifier: string) => `Utilisateur ${name} (${identifier}) créé et choisi comme responsable habilitations.`,

    // ---- close a group
    closeHeading: (code: string) => `Clôturer le groupe ${code} ?`,
    closeDate: (date: string) => `La date de clôture du groupe sera le ${date}.`,
    closeMembers: (count: number, roles: string) =>
      `${pluralFr(count, 'Son membre en est détaché et perd', `Ses ${count} membres en sont détachés et perdent`)} les droits que le groupe donne${roles ? ` (${roles})` : ''} ; ${pluralFr(count, 'son compte reste ouvert', 'leurs comptes restent ouverts')}.`,
    closeNoMembers: "Le groupe n'a aucun membre actuel.",
    closeSubGroups: (count: number, codes: string) =>
      pluralFr(count, `Son sous-groupe ${codes} est clôturé avec lui.`, `Ses sous-groupes ${codes} sont clôturés avec lui.`),
    closeFinal: 'Un groupe clôturé ne peut plus être modifié.',
    closeFailed: (code: string) => `Le groupe ${code} n'a pas été clôturé.`,
    groupClosed: (code: string, members: number) =>
      `Groupe ${code} clôturé. ${pluralFr(members, `${members} membre détaché`, `${members} membres détachés`)} ; les comptes restent ouverts.`,

    // ---- members
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

    // ---- new user on the spot
    newUserHeading: 'Créer un utilisateur partenaire',
    newUserConvention: (convention: string) => `Convention sélectionnée : ${convention}.`,
    newUserThenResponsable: 'Une fois créé, il sera choisi comme responsable habilitations du groupe.',
    newUserThenMember: 'Une fois créé, il sera choisi comme utilisateur à rattacher au groupe.',

    // ---- rights of a group
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
  en: () => import('./messages.en.js'),
});

/** The words of the widget and its parts, in the host's language: what the render modules and controllers speak with. */
export type UserGroupsWords = LocalizeController<typeof userGroupsMessages.fr>;
