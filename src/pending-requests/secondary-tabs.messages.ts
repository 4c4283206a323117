/** The words of the tabs the first screen does not show (the history, the account requests), loaded with their code (secondary-tabs.ts). */
import { deFr } from '../internal/french.js';
import { defineMessages, type LocalizeController } from '../internal/localize.js';

export const secondaryTabMessages = defineMessages({
  fr: {
    captionHistory: "Demandes d'habilitations : Historique",
    captionAccountsPending: 'Demandes de création de compte : En cours',
    captionAccountsHistory: 'Demandes de création de compte : Historique',
    searchAccountsHint: 'Nom, prénom ou e-mail',
    emptyHistory: 'Aucune demande traitée ne correspond à ces critères.',
    emptyAccountsPending: 'Aucune demande de création de compte en attente.',
    emptyAccountsHistory: 'Aucune demande de création de compte traitée ne correspond à ces critères.',

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

    tacitDecider: 'Délai de 10 jours écoulé',
    yes: 'Oui',
    no: 'Non',
    externalHint: "Adresse hors des domaines de l'Institution",

    accountRequestOf: (name: string) => ` la demande de compte ${deFr(name)}`,

    filters: "Filtres de l'historique",
    filterStatus: 'Statut',
    filterAll: 'Tous les statuts',
    filterFrom: 'Décidée du',
    filterTo: 'au',
    dateOrder: 'La date de fin doit suivre la date de début.',
    show: 'Afficher',
    showPending: 'En cours',
    showHistory: 'Historique',
  },
  en: () => import('./secondary-tabs.messages.en.js'),
});

export type SecondaryTabText = LocalizeController<typeof secondaryTabMessages.fr>;
