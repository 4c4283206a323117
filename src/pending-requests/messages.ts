/** The words of `<habil-pending-requests>`, French first (the guide's), then English. */
import { deFr, pluralEn, pluralFr } from '../internal/french.js';
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
  en: {
    tabs: 'Access requests',
    tabPending: 'Pending',
    tabHistory: 'History',
    tabAccounts: 'Account requests',
    tabCount: (n: string) => `${n} pending`,

    loadingMe: 'Loading the requests…',
    forbiddenHeading: 'For administrators only',
    forbidden:
      "Access and account requests are decided by the local administrators of the requester's organisme, or by UCANSS administrators for national applications. Your profile does not give access to them.",

    captionPending: 'Access requests: pending',
    captionHistory: 'Access requests: history',
    captionAccountsPending: 'Account requests: pending',
    captionAccountsHistory: 'Account requests: history',
    tacitHint:
      'A request not decided within 10 days of its date is tacitly accepted. Check the application concerned before accepting.',
    search: 'Search',
    searchHint: 'Name, first name, e-mail, role or organisme',
    searchAccountsHint: 'Name, first name or e-mail',
    emptyPending: 'No pending request.',
    emptyHistory: 'No decided request matches these criteria.',
    emptyAccountsPending: 'No pending account request.',
    emptyAccountsHistory: 'No decided account request matches these criteria.',
    listErrorRetry: 'Reload the list',

    colRequester: 'Name First name E-mail',
    colFonction: 'Position',
    colOrganisme: 'Organisme',
    colRole: 'Role requested',
    colRequestedAt: 'Request date',
    colDeadline: 'Deadline',
    colAction: 'Action',
    colStatus: 'Status',
    colDecidedBy: 'Decided by',
    colDecidedAt: 'Decision date',
    colReason: 'Reason',
    colCivilite: 'Title',
    colNom: 'Last name',
    colPrenom: 'First name',
    colEmail: 'Work e-mail',
    colExternal: 'External account',
    colOrganismeShort: 'Organisme',

    application: (name: string) => `Application: ${name}`,
    daysLeft: (n: number) => (n === 0 ? 'Last day today' : n === 1 ? '1 day left' : `${n} days left`),
    overdue: 'Deadline passed',
    deadlineClose: 'Deadline close:',
    tacitDecider: '10-day deadline passed',
    yes: 'Yes',
    no: 'No',
    externalHint: 'Address outside the Institution’s domains',

    accept: 'Accept',
    refuse: 'Refuse',
    sending: 'Sending…',
    requestOf: (name: string, role: string) => ` the request of ${name}: ${role}`,
    accountRequestOf: (name: string) => ` the account request of ${name}`,

    selection: (n: string, count: number) => pluralEn(count, `${n} request selected`, `${n} requests selected`),
    selectionAll: (n: string, count: number) =>
      pluralEn(count, `All: ${n} request selected`, `All: the ${n} requests of the result are selected`),
    selectionNone: 'No request selected',
    acceptSelection: 'Accept the selection',
    refuseSelection: 'Refuse the selection',
    bulkActions: 'Actions on the selection',

    confirmAcceptHeading: (name: string) => `Accept the request of ${name}?`,
    confirmAcceptMessage: (role: string, application: string, name: string) =>
      `The role “${role}” (${application}) will be granted to ${name}, who will be told by e-mail. The decision is final.`,
    confirmAcceptMany: (n: string, count: number) => pluralEn(count, `Accept ${n} request?`, `Accept ${n} requests?`),
    confirmAcceptManyMessage: (n: string, count: number) =>
      pluralEn(
        count,
        'The role requested will be granted and the requester told by e-mail. The decision is final.',
        `The ${n} roles requested will be granted and each requester told by e-mail. The decisions are final; the result will be given request by request.`,
      ),
    refuseHeading: (name: string) => `Refuse the request of ${name}?`,
    refuseMessage: (role: string, application: string) =>
      `Role requested: “${role}” (${application}). The requester will be told of the refusal by e-mail. The decision is final.`,
    refuseMany: (n: string, count: number) => pluralEn(count, `Refuse ${n} request?`, `Refuse ${n} requests?`),
    refuseManyMessage: (n: string, count: number) =>
      pluralEn(
        count,
        'The requester will be told of the refusal by e-mail. The decision is final.',
        `The ${n} requesters will be told of the refusal by e-mail, with the same reason. The decisions are final; the result will be given request by request.`,
      ),
    acceptAccountHeading: (name: string) => `Create the account of ${name}?`,
    acceptAccountMessage: (email: string) =>
      `The account will be created with the identifier ${email}; a confirmation message will be sent to that address. The decision is final.`,
    acceptAccountExternal:
      'External account: the person declared not working for the Institution, so the address is not of an Institution domain. Check that this person should have access to the site.',
    createAccount: 'Create the account',
    refuseAccountHeading: (name: string) => `Refuse the account request of ${name}?`,
    refuseAccountMessage: (email: string) => `A message will tell ${email} of the refusal. The decision is final.`,

    accepted: (name: string, role: string) => `Request of ${name} accepted: ${role}`,
    refused: (name: string, role: string) => `Request of ${name} refused: ${role}`,
    accountCreated: (name: string, email: string) => `Account of ${name} created (identifier ${email}).`,
    accountRefused: (name: string) => `Account request of ${name} refused.`,

    alreadyDecidedHeading: 'Request already decided',
    alreadyDecidedBy: (what: string, by: string, when: string) =>
      `${what} was already decided by ${by}${when ? ` on ${when}` : ''}. The decision is final; the request has left the list.`,
    alreadyDecidedTacitly: (what: string, when: string) =>
      `${what} was tacitly accepted${when ? ` on ${when}` : ''}, as nobody decided within 10 days. The request has left the list.`,
    alreadyDecidedUnknown: (what: string) => `${what} was already decided. The decision is final; the request has left the list.`,
    whatAccess: (name: string, role: string) => `The request of ${name} (${role})`,
    whatAccount: (name: string) => `The account request of ${name}`,
    decisionFailed: (what: string) => `${what} was not decided.`,
    retryDecision: 'Send the decision again',
    selectionUnread: 'The selected requests could not be read again: no decision was sent.',

    bulkHeadingAccept: (n: string, count: number) => pluralEn(count, `Accepting ${n} request`, `Accepting ${n} requests`),
    bulkHeadingRefuse: (n: string, count: number) => pluralEn(count, `Refusing ${n} request`, `Refusing ${n} requests`),
    bulkCollecting: 'Finding the selected requests…',
    bulkProgress: (done: string, total: string) => `Progress: ${done} of ${total}`,
    bulkAccepted: (n: string, count: number) => pluralEn(count, `${n} request accepted`, `${n} requests accepted`),
    bulkRefused: (n: string, count: number) => pluralEn(count, `${n} request refused`, `${n} requests refused`),
    bulkFailed: (n: string, _count: number) => `${n} not decided by the server`,
    bulkNotSent: (n: string, _count: number) => `${n} not sent`,
    bulkItemAccepted: 'accepted',
    bulkItemRefused: 'refused',
    bulkItemFailed: 'not decided',
    bulkItemNotSent: 'not sent',
    bulkInterrupted: 'Sending stopped: the requests not sent are still pending.',
    bulkResume: 'Resume sending',
    bulkClose: 'Close the report',
    bulkReport: 'Report per request',
    colon: ': ',

    filters: 'History filters',
    filterStatus: 'Status',
    filterAll: 'All statuses',
    filterFrom: 'Decided from',
    filterTo: 'to',
    dateOrder: 'The end date must follow the start date.',
    show: 'Show',
    showPending: 'Pending',
    showHistory: 'History',

    refusalReason: 'Reason for refusal (optional)',
    refusalReasonHint: 'The requester will read it in the refusal message.',
    characters: (n: string) => `${n} / 500 characters`,
  },
});

export type PendingRequestsCatalog = typeof pendingRequestsMessages.fr;
export type PendingRequestsText = LocalizeController<PendingRequestsCatalog>;
