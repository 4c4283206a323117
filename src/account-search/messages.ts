/** The words of `<habil-account-search>`, French first (the guides' own words where they have some). */
import { countOf, deFr, pluralFr } from '../internal/french.js';
import { defineMessages } from '../internal/localize.js';

/** The civilité of the person a sentence is about (« M. », « Mme »), when known: the words agree with it. */
export type Civ = string | null | undefined;

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
    readOnly: 'Lecture seule',
    readOnlyAdd: 'Lecture seule : compte ADD',
    readOnlyScope: 'Lecture seule : hors de votre périmètre',
    readOnlyPrivileged: 'Lecture seule : compte d’administration',
    readOnlyProfile: 'Lecture seule',
    readOnlyFallback: 'Lecture seule',
    actionView: 'Détails – accéder à la fiche',
    actionGrant: 'Affecter un rôle',
    grantLabel: 'Affecter le rôle',
    actionRevoke: 'Supprimer un rôle',
    actionHistory: "Consulter l'historique des actions sur le compte",
    actionEdit: 'Modifier',
    actionDeactivate: 'Désactiver le compte',
    actionDeactivateCaf: "Désactiver l'utilisateur (date de clôture)",
    actionReactivate: 'Activer le compte',
    actionAttach: 'Rattacher à mon organisme',
    actionResend: "Renvoyer l'identifiant par mail",
    actionAddToGroup: 'Ajouter à un groupe',
    actionManageMemberships: "Gérer l'appartenance de l'utilisateur",
    actionDeactivateResponsable: 'Désactiver un responsable habilitations',
    responsableOnlyByAdmin: (name: string, codes: string, count: number) =>
      `${name} est responsable habilitations ${count === 1 ? `du groupe ${codes}` : `des groupes ${codes}`} : seul l'administrateur partenaire peut désigner ${
        count === 1 ? 'un autre responsable' : "d'autres responsables"
      }, ce qui doit précéder la clôture de son compte.`,
    responsableLeftOut: (codes: string, count: number) =>
      `Responsable habilitations ${count === 1 ? `du groupe ${codes}` : `des groupes ${codes}`} : « Désactiver un responsable habilitations » désigne d'abord qui le ou la remplace.`,
    responsableFormHeading: (name: string) => `Compte ${deFr(name)} non clôturé`,
    responsableFormText: (name: string, codes: string, count: number) =>
      `${name} est responsable habilitations ${count === 1 ? `du groupe ${codes}` : `des groupes ${codes}`}, et chaque groupe garde un responsable ouvert : désignez d'abord ${
        count === 1 ? 'un autre responsable' : "d'autres responsables"
      } avec « Désactiver un responsable habilitations » (menu Actions de la ligne), qui clôture ensuite le compte. Vos saisies sont conservées.`,
    replacementsNote: (changes: string) => `Avant la clôture, les groupes changent de responsable habilitations : ${changes}.`,
    replacementItem: (code: string, name: string) => `${code} à ${name}`,
    replaced: (changes: string) => `Nouveaux responsables habilitations : ${changes}.`,
    replacementRefused: (code: string, name: string) => `Le groupe ${code} n'a pas été confié à ${name}`,
    replacedBeforeRefusal: (changes: string) => `Déjà enregistré : ${changes}. Le compte n'a pas été clôturé.`,
    nothingReplacedYet: "Rien n'a été enregistré : le compte n'a pas été clôturé.",
    closingRefusedAfterReplacement: (changes: string) => `Les groupes ont changé de responsable habilitations (${changes}), mais la clôture du compte a été refusée.`,
    noGroupToJoin: (name: string) => `${name} est déjà membre de tous les groupes ouverts que vous gérez.`,
    noAction: 'Aucune action possible.',

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

    confirmReactivate: (name: string) => `Activer le compte ${deFr(name)} ?`,
    confirmReactivateText: (_civilite: Civ) =>
      'Le compte repasse en statut « actif » : la personne retrouve l’accès connecté au site, avec ses habilitations.',
    confirmReactivateLabel: 'Activer',
    confirmAttach: (name: string) => `Rattacher ${name} à mon organisme ?`,
    // The guide's words: « la », « celle-ci » are of « cette personne », whoever she is.
    confirmAttachText: (_civilite: Civ) =>
      'Confirmation du rattachement ? En choisissant cette personne, vous la rattachez à votre organisme, celle-ci conservera ses anciens droits, vous pourrez alors les modifier via sa fiche.',
    confirmAttachLabel: 'Rattacher',
    confirmResend: (name: string) => `Renvoyer l'identifiant ${deFr(name)} par mail ?`,
    confirmResendText: (identifier: string, email: string) => `L'identifiant ${identifier} sera envoyé à l'adresse ${email}.`,
    confirmResendLabel: 'Renvoyer',
    confirmRevoke: (role: string, name: string) => `Supprimer le rôle « ${role} » ${deFr(name)} ?`,
    confirmRevokeText: 'La personne perd aussitôt l’accès que donne ce rôle. Vous pourrez le lui affecter de nouveau.',
    confirmRevokeLabel: 'Supprimer le rôle',
    pickGrant: (name: string) => `Affecter un rôle à ${name}`,
    pickRevoke: (name: string) => `Supprimer un rôle ${deFr(name)}`,
    pickGrantBulk: (count: string) => `Affecter un rôle à ${count} ${fr(count, 'compte', 'comptes')}`,
    pickRevokeBulk: (count: string) => `Supprimer un rôle de ${count} ${fr(count, 'compte', 'comptes')}`,
    nothingToGrant: (name: string) => `${name} a déjà tous les rôles que vous pouvez affecter.`,
    nothingToRevoke: (name: string) => `${name} n'a aucun rôle que vous puissiez supprimer.`,

    confirmBulkReactivate: (count: string) => `Activer ${count} ${fr(count, 'compte', 'comptes')} ?`,
    confirmBulkGrant: (role: string, count: string) => `Affecter le rôle « ${role} » à ${count} ${fr(count, 'compte', 'comptes')} ?`,
    confirmBulkRevoke: (role: string, count: string) => `Supprimer le rôle « ${role} » de ${count} ${fr(count, 'compte', 'comptes')} ?`,
    confirmBulkResend: (count: string) => `Renvoyer l'identifiant de ${count} ${fr(count, 'utilisateur', 'utilisateurs')} par mail ?`,
    confirmBulkText:
      'Chaque compte est traité séparément : ceux que le serveur refuse sont listés avec la raison, les autres sont modifiés.',
    confirmBulkLabel: (count: string) => `Appliquer aux ${count} comptes`,
    leftOutBefore:
      'Les comptes du résultat sur lesquels cette action n’est pas possible (comptes ADD en lecture seule, par exemple) seront laissés de côté ; le rapport dira combien.',
    leftOutBeforeKnown: (n: string, count: number) =>
      count === 1
        ? '1 compte du résultat ne permet pas cette action (compte en lecture seule, par exemple) : il sera laissé de côté.'
        : `${n} comptes du résultat ne permettent pas cette action (comptes en lecture seule, par exemple) : ils seront laissés de côté.`,
    leftOutNotOffered: (status: string) => `Cette action n’est pas proposée pour ce compte (statut « ${status} »).`,

    reactivated: (name: string) => `Le compte ${deFr(name)} est activé.`,
    deactivatedTemporary: (name: string) => `Le compte ${deFr(name)} est désactivé (statut « inactif », réactivable).`,
    deactivatedPermanent: (name: string) => `Le compte ${deFr(name)} est supprimé définitivement.`,
    closedCaf: (name: string, date: string, civilite: Civ) =>
      civilite === 'Mme'
        ? `${name} est désactivée : date de clôture au ${date}.`
        : civilite === 'M.'
          ? `${name} est désactivé : date de clôture au ${date}.`
          : `Compte ${deFr(name)} désactivé : date de clôture au ${date}.`,
    attached: (name: string, organisme: string, civilite: Civ) =>
      civilite === 'Mme'
        ? `${name} est rattachée à ${organisme} et conserve ses droits.`
        : civilite === 'M.'
          ? `${name} est rattaché à ${organisme} et conserve ses droits.`
          : `Rattachement ${deFr(name)} à ${organisme} effectué : ses droits sont conservés.`,
    granted: (role: string, name: string) => `Rôle « ${role} » affecté à ${name}.`,
    revoked: (role: string, name: string) => `Rôle « ${role} » supprimé ${deFr(name)}.`,
    identifierSent: (name: string, email: string) => `Identifiant ${deFr(name)} renvoyé à ${email}.`,
    created: (name: string, _civilite: Civ) => `Compte ${deFr(name)} créé. Un message de confirmation lui est envoyé par mail.`,
    updated: (name: string) => `Compte ${deFr(name)} modifié.`,
    refusedFor: (title: string, name: string) => `${title} : ${name}`,
    staleReloaded: (name: string) => `Le compte ${deFr(name)} a été rechargé.`,
    currentValues: 'Valeurs enregistrées entre-temps :',

    detailsHeading: (name: string) => `Fiche ${deFr(name)}`,
    historyHeading: (name: string) => `Historique du compte ${deFr(name)}`,
    viewDetails: 'Fiche',
    viewHistory: 'Historique',
    formCreateHeading: 'Nouveau compte',
    formCreateHeadingCaf: 'Créer un utilisateur partenaire',
    discardHeading: 'Abandonner la saisie ?',
    discardText: 'Les informations saisies dans le formulaire seront perdues.',
    discardConfirm: 'Abandonner la saisie',
    discardKeep: 'Continuer la saisie',
    formEditHeading: (name: string) => `Modifier le compte ${deFr(name)}`,

    bulkHeadingDeactivate: 'Désactivation',
    bulkHeadingReactivate: 'Activation',
    bulkHeadingGrant: 'Affectation de rôle',
    bulkHeadingRevoke: 'Suppression de rôle',
    bulkHeadingResend: "Renvoi de l'identifiant",
    bulkCollecting: (done: string, total: string) => `Recensement des comptes du résultat : ${done} / ${total}`,
    bulkProgress: (done: string, total: string) => `${done} / ${total}`,
    bulkProgressLabel: 'Avancement',
    bulkStop: 'Arrêter',
    bulkStarted: (action: string, count: string) => `${action} de ${count} ${fr(count, 'compte', 'comptes')} en cours…`,
    bulkDone: (action: string, ok: string, failed: string) => `${action} terminée : ${ok} ${fr(ok, 'réussi', 'réussis')}, ${failed} ${fr(failed, 'refusé', 'refusés')}.`,
    bulkStopped: (count: string) => `${count} ${fr(count, 'compte non traité', 'comptes non traités')} : l'action a été arrêtée.`,
    bulkLeftOut: (count: string) => `${count} ${fr(count, 'compte laissé', 'comptes laissés')} de côté : cette action n’y est pas possible.`,
    bulkLeftOutSummary: (count: string) => `Comptes laissés de côté (${count})`,
    bulkLeftOutItem: (name: string, reason: string) => `${name} : ${reason}`,
    bulkRefusedCaption: 'Comptes refusés, avec la raison',
    bulkSucceededSummary: (count: string) => `Comptes traités (${count})`,
    bulkReason: 'Raison',
    bulkAccount: 'Compte',
    bulkClose: 'Fermer le rapport',
    bulkFailedChunk: "Le serveur n'a pas traité ce lot.",
    bulkNotRun: "Non traité : l'action a été arrêtée avant.",
  },
  en: () => import('./messages.en.js'),
});
