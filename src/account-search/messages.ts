/**
 * The words of `<habil-account-search>`'s first screen, French first (the guides' own words where
 * they have some): its criteria, its results, a row's menu and the selection. Those of the actions
 * travel with their code (actions.messages.ts, bulk.messages.ts); two of them, shared by the row's
 * actions and the bulk questions, are here.
 */
import { countOf, pluralFr } from '../internal/french.js';
import { defineMessages } from '../internal/localize.js';

/** The singular or plural of the words after a count as the page writes it (« 1 234 »). */
const fr = (count: string, one: string, many: string) => pluralFr(countOf(count), one, many);

export const accountSearchMessages = defineMessages({
  fr: {
    headingUcanss: 'Gestion des comptes',
    headingCaf: 'Liste des utilisateurs',
    introUcanss:
      'Mettez à jour les droits des personnes de votre organisme ayant déjà un accès. Pour une personne sans compte, créez une nouvelle fiche agent avec le bouton « Nouveau ».',
    introCaf: 'Les utilisateurs de la convention. Un nouvel utilisateur n’a aucun droit tant qu’il n’est pas rattaché à un groupe.',
    convention: 'Convention sélectionnée :',
    partner: 'Organisme partenaire :',
    newAccount: 'Nouveau',
    newAccountCaf: 'Créer un utilisateur',

    filters: 'Critères de recherche',
    identity: 'Identité de la personne recherchée',
    roleInfo: 'Informations sur le rôle',
    nom: 'Nom',
    prenom: 'Prénom',
    identifier: 'Identifiant / e-mail',
    identifierCaf: 'Identifiant',
    inMyOrganisme: 'Personne dans mon organisme',
    accountStatus: 'Compte',
    accountStatusCaf: 'Statut',
    withAdd: 'Avec ADD',
    anyValue: 'Indifférent',
    yes: 'Oui',
    no: 'Non',
    activeUcanss: 'Actif',
    inactiveUcanss: 'Inactif',
    activeCaf: 'Ouvert',
    inactiveCaf: 'Clôturé',
    role: 'Rôle sélectionné',
    noRole: 'Aucun',
    hasRole: 'Personnes ayant le rôle',
    hasRoleHint: 'Choisissez d’abord un rôle.',
    group: 'Sélectionner un groupe',
    allGroups: 'Tous',
    search: 'Chercher',
    resetFilters: 'Effacer les critères',

    results: 'Résultats de la recherche',
    total: (count: string) => `${count} ${fr(count, 'compte trouvé', 'comptes trouvés')}`,
    totalCaf: (count: string) => `${count} ${fr(count, 'utilisateur trouvé', 'utilisateurs trouvés')}`,
    searching: 'Recherche en cours…',
    emptyResult: 'Aucun compte ne correspond à ces critères.',
    emptyHint: 'Élargissez la recherche : videz un champ ou choisissez « Indifférent ».',
    forbiddenHeading: 'Recherche de comptes non autorisée',

    colName: 'Nom',
    colNom: 'Nom',
    colPrenom: 'Prénom',
    colIdentifier: 'Identifiant',
    colOrganisme: 'Organisme',
    colBranches: 'Branches',
    colEmail: 'Mail',
    colEmailCaf: 'Adresse mail',
    colPhone: 'Téléphone',
    colStatus: 'Statut',
    colOpening: "Date d'ouverture",
    colClosing: 'Date de clôture',
    colActions: 'Actions',
    addMarker: 'ADD',
    addLong: 'Agent de Direction',

    rowActions: 'Actions',
    rowActionsFor: (name: string) => `Actions pour ${name}`,
    readOnlyAdd: 'Lecture seule : compte ADD',
    readOnlyScope: 'Lecture seule : hors de votre périmètre',
    readOnlyPrivileged: 'Lecture seule : compte d’administration',
    readOnlyProfile: 'Lecture seule',
    readOnlyFallback: 'Lecture seule',
    grantLabel: 'Affecter le rôle',

    selection: 'Actions sur la sélection',
    selectionNone: 'Aucun compte sélectionné.',
    selectionSome: (count: string) => `${count} ${fr(count, 'compte sélectionné', 'comptes sélectionnés')}.`,
    selectionAll: (count: string) => `Tout : les ${count} comptes du résultat sont sélectionnés.`,
    selectionNoneCaf: 'Aucun utilisateur sélectionné.',
    selectionSomeCaf: (count: string) => `${count} ${fr(count, 'utilisateur sélectionné', 'utilisateurs sélectionnés')}.`,
    selectionAllCaf: (count: string) => `Tout : les ${count} utilisateurs du résultat sont sélectionnés.`,
    clearSelection: 'Désélectionner',
    bulkDeactivate: 'Désactiver',
    bulkReactivate: 'Activer',
    bulkGrant: 'Affecter un rôle',
    bulkRevoke: 'Supprimer un rôle',
    bulkResend: "Renvoyer l'identifiant",

    confirmRevokeLabel: 'Supprimer le rôle',
    refusedFor: (title: string, name: string) => `${title} : ${name}`,
  },
  en: () => import('./messages.en.js'),
});
