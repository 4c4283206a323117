/** The words of `<habil-pending-requests>`, French first (the guide's; English in messages.en.ts). */
import { deFr, pluralFr } from '../internal/french.js';
import { defineMessages, type LocalizeController } from '../internal/localize.js';

export const pendingRequestsMessages = defineMessages({
  fr: {
    tabs: "Demandes d'habilitations",
    tabPending: 'En cours',
    tabHistory: 'Historique',
    tabAccounts: 'Demandes de création de compte',
    tabCount: (n: string) => `${n} en attente`,

    loadingMe: 'Chargement des demandes…',
    forbiddenHeading: 'Accès réservé aux administrateurs',
    forbidden:
      "Les demandes d'habilitation et de création de compte sont traitées par les administrateurs locaux de l'organisme du demandeur, ou par les administrateurs Ucanss pour les applications nationales. Votre profil ne permet pas de les consulter.",

    captionPending: "Demandes d'habilitations : En cours",
    captionHistory: "Demandes d'habilitations : Historique",
    captionAccountsPending: 'Demandes de création de compte : En cours',
    captionAccountsHistory: 'Demandes de création de compte : Historique',
    tacitHint:
      "Sans décision dans les 10 jours qui suivent la date de la demande, la demande est acceptée tacitement. Vérifiez l'application concernée avant d'accepter.",
    search: 'Rechercher',
    searchHint: 'Nom, prénom, e-mail, rôle ou organisme',
    searchAccountsHint: 'Nom, prénom ou e-mail',
    emptyPending: 'Aucune demande en attente.',
    emptyHistory: 'Aucune demande traitée ne correspond à ces critères.',
    emptyAccountsPending: 'Aucune demande de création de compte en attente.',
    emptyAccountsHistory: 'Aucune demande de création de compte traitée ne correspond à ces critères.',
    listErrorRetry: 'Recharger la liste',

    colRequester: 'Nom Prénom Email',
    colFonction: 'Fonction',
    colOrganisme: "Nom de l'organisme",
    colRole: 'Rôle concerné',
    colRequestedAt: 'Date de la demande',
    colDeadline: 'Échéance',
    colAction: 'Action',
    colStatus: 'Statut',
    colDecidedBy: 'Décision de',
    colDecidedAt: 'Date de la décision',
    colReason: 'Motif',
    colCivilite: 'Civilité',
    colNom: 'Nom',
    colPrenom: 'Prénom',
    colEmail: 'E-mail professionnel',
    colExternal: 'Compte externe',
    colOrganismeShort: 'Organisme',

    application: (name: string) => `Application : ${name}`,
    daysLeft: (n: number) => (n === 0 ? "Dernier jour aujourd'hui" : n === 1 ? '1 jour restant' : `${n} jours restants`),
    overdue: 'Délai dépassé',
    deadlineClose: 'Échéance proche :',
    tacitDecider: 'Délai de 10 jours écoulé',
    yes: 'Oui',
    no: 'Non',
    externalHint: "Adresse hors des domaines de l'Institution",

    accept: 'Accepter',
    refuse: 'Refuser',
    sending: 'Envoi…',
    requestOf: (name: string, role: string) => ` la demande ${deFr(name)} : ${role}`,
    accountRequestOf: (name: string) => ` la demande de compte ${deFr(name)}`,

    selection: (n: string, count: number) => pluralFr(count, `${n} demande sélectionnée`, `${n} demandes sélectionnées`),
    selectionAll: (n: string, count: number) =>
      pluralFr(count, `Tout : ${n} demande sélectionnée`, `Tout : les ${n} demandes du résultat sont sélectionnées`),
    selectionNone: 'Aucune demande sélectionnée',
    acceptSelection: 'Accepter la sélection',
    refuseSelection: 'Refuser la sélection',
    bulkActions: 'Actions sur la sélection',

    confirmAcceptHeading: (name: string) => `Accepter la demande ${deFr(name)} ?`,
    confirmAcceptMessage: (role: string, application: string, name: string) =>
      `Le rôle « ${role} » (${application}) sera attribué à ${name} ; un e-mail l'en informera. La décision est définitive.`,
    confirmAcceptMany: (n: string, count: number) => pluralFr(count, `Accepter ${n} demande ?`, `Accepter ${n} demandes ?`),
    confirmAcceptManyMessage: (n: string, count: number) =>
      pluralFr(
        count,
        'Le rôle demandé sera attribué et le demandeur en sera informé par e-mail. La décision est définitive.',
        `Les ${n} rôles demandés seront attribués et chaque demandeur en sera informé par e-mail. Les décisions sont définitives ; le résultat sera indiqué demande par demande.`,
      ),
    refuseHeading: (name: string) => `Refuser la demande ${deFr(name)} ?`,
    refuseMessage: (role: string, application: string) =>
      `Rôle demandé : « ${role} » (${application}). Le demandeur sera informé du refus par e-mail. La décision est définitive.`,
    refuseMany: (n: string, count: number) => pluralFr(count, `Refuser ${n} demande ?`, `Refuser ${n} demandes ?`),
    refuseManyMessage: (n: string, count: number) =>
      pluralFr(
        count,
        'Le demandeur sera informé du refus par e-mail. La décision est définitive.',
        `Les ${n} demandeurs seront informés du refus par e-mail, avec le même motif. Les décisions sont définitives ; le résultat sera indiqué demande par demande.`,
      ),
    acceptAccountHeading: (name: string) => `Créer le compte ${deFr(name)} ?`,
    acceptAccountMessage: (email: string) =>
      `Le compte sera créé avec l'identifiant ${email} ; un message de confirmation sera envoyé à cette adresse. La décision est définitive.`,
    acceptAccountExternal:
      "Compte externe : la personne a déclaré ne pas travailler pour l'Institution, son adresse n'est donc pas d'un domaine de l'Institution. Vérifiez qu'elle doit avoir accès au site.",
    createAccount: 'Créer le compte',
    refuseAccountHeading: (name: string) => `Refuser la demande de compte ${deFr(name)} ?`,
    refuseAccountMessage: (email: string) => `Un message sera envoyé à ${email} pour l'informer du refus. La décision est définitive.`,

    accepted: (name: string, role: string) => `Demande ${deFr(name)} acceptée : ${role}`,
    refused: (name: string, role: string) => `Demande ${deFr(name)} refusée : ${role}`,
    accountCreated: (name: string, email: string) => `Compte ${deFr(name)} créé (identifiant ${email}).`,
    accountRefused: (name: string) => `Demande de compte ${deFr(name)} refusée.`,

    alreadyDecidedHeading: 'Demande déjà traitée',
    alreadyDecidedBy: (what: string, by: string, when: string) =>
      `${what} a déjà été traitée par ${by}${when ? ` le ${when}` : ''}. La décision est définitive ; la demande a quitté la liste.`,
    alreadyDecidedTacitly: (what: string, when: string) =>
      `${what} a été acceptée tacitement${when ? ` le ${when}` : ''}, faute de décision dans les 10 jours. La demande a quitté la liste.`,
    alreadyDecidedUnknown: (what: string) => `${what} a déjà été traitée. La décision est définitive ; la demande a quitté la liste.`,
    whatAccess: (name: string, role: string) => `La demande ${deFr(name)} (${role})`,
    whatAccount: (name: string) => `La demande de compte ${deFr(name)}`,
    decisionFailed: (what: string) => `${what} n'a pas été traitée.`,
    retryDecision: 'Renvoyer la décision',
    selectionUnread: "Les demandes sélectionnées n'ont pas pu être relues : aucune décision n'a été envoyée.",

    bulkHeadingAccept: (n: string, count: number) => pluralFr(count, `Acceptation de ${n} demande`, `Acceptation de ${n} demandes`),
    bulkHeadingRefuse: (n: string, count: number) => pluralFr(count, `Refus de ${n} demande`, `Refus de ${n} demandes`),
    bulkCollecting: 'Recherche des demandes sélectionnées…',
    bulkProgress: (done: string, total: string) => `Traitement : ${done} sur ${total}`,
    bulkAccepted: (n: string, count: number) => pluralFr(count, `${n} demande acceptée`, `${n} demandes acceptées`),
    bulkRefused: (n: string, count: number) => pluralFr(count, `${n} demande refusée`, `${n} demandes refusées`),
    bulkFailed: (n: string, count: number) => pluralFr(count, `${n} non traitée par le serveur`, `${n} non traitées par le serveur`),
    bulkNotSent: (n: string, count: number) => pluralFr(count, `${n} non envoyée`, `${n} non envoyées`),
    bulkItemAccepted: 'acceptée',
    bulkItemRefused: 'refusée',
    bulkItemFailed: 'non traitée',
    bulkItemNotSent: 'non envoyée',
    bulkInterrupted: "L'envoi s'est interrompu : les demandes non envoyées sont toujours en attente.",
    bulkResume: 'Reprendre l’envoi',
    bulkClose: 'Fermer le compte rendu',
    bulkReport: 'Compte rendu par demande',
    colon: ' : ',

    filters: "Filtres de l'historique",
    filterStatus: 'Statut',
    filterAll: 'Tous les statuts',
    filterFrom: 'Décidée du',
    filterTo: 'au',
    dateOrder: 'La date de fin doit suivre la date de début.',
    show: 'Afficher',
    showPending: 'En cours',
    showHistory: 'Historique',

    refusalReason: 'Motif du refus (facultatif)',
    refusalReasonHint: 'Le demandeur le lira dans le message de refus.',
    characters: (n: string) => `${n} / 500 caractères`,
  },
  en: () => import('./messages.en.js'),
});

export type PendingRequestsCatalog = typeof pendingRequestsMessages.fr;
export type PendingRequestsText = LocalizeController<PendingRequestsCatalog>;
