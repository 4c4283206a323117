/**
 * The words of `<habil-user-groups>` up front (its list of groups, and what every screen shows),
 * French first (those of the CAF guide "Habilitations de Mon Compte Partenaire"); English in
 * user-groups.messages.en.ts. Domain words keep their French names in English too (convention, responsable
 * habilitations, Afas). Each part the widget loads on demand brings its own words with it
 * (`<part>.messages.ts`).
 */
import { defineMessages, type LocalizeController } from '../internal/localize.js';

export const userGroupsMessages = defineMessages({
  fr: {
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

    // ---- every screen but the list
    backToList: 'Retour à la liste des groupes',
  },
  en: () => import('./user-groups.messages.en.js'),
});

/** The words of the widget, in the host's language: what the list's render modules speak with. */
export type UserGroupsWords = LocalizeController<typeof userGroupsMessages.fr>;
