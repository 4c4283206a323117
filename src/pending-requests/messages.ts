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
    tacitHint:
      "Sans décision dans les 10 jours qui suivent la date de la demande, la demande est acceptée tacitement. Vérifiez l'application concernée avant d'accepter.",
    search: 'Rechercher',
    searchHint: 'Nom, prénom, e-mail, rôle ou organisme',
    emptyPending: 'Aucune demande en attente.',
    listErrorRetry: 'Recharger la liste',

    colRequester: 'Nom Prénom Email',
    colFonction: 'Fonction',
    colOrganisme: "Nom de l'organisme",
    colRole: 'Rôle concerné',
    colRequestedAt: 'Date de la demande',
    colDeadline: 'Échéance',
    colAction: 'Action',

    application: (name: string) => `Application : ${name}`,
    daysLeft: (n: number) => (n === 0 ? "Dernier jour aujourd'hui" : n === 1 ? '1 jour restant' : `${n} jours restants`),
    overdue: 'Délai dépassé',
    deadlineClose: 'Échéance proche :',

    accept: 'Accepter',
    refuse: 'Refuser',
    requestOf: (name: string, role: string) => ` la demande ${deFr(name)} : ${role}`,

    selection: (n: string, count: number) => pluralFr(count, `${n} demande sélectionnée`, `${n} demandes sélectionnées`),
    selectionAll: (n: string, count: number) =>
      pluralFr(count, `Tout : ${n} demande sélectionnée`, `Tout : les ${n} demandes du résultat sont sélectionnées`),
    selectionNone: 'Aucune demande sélectionnée',
    acceptSelection: 'Accepter la sélection',
    refuseSelection: 'Refuser la sélection',
    bulkActions: 'Actions sur la sélection',
  },
  en: () => import('./messages.en.js'),
});

export type PendingRequestsCatalog = typeof pendingRequestsMessages.fr;
export type PendingRequestsText = LocalizeController<PendingRequestsCatalog>;
