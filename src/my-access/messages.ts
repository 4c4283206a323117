/**
 * The words of `<habil-my-access>`, French first (the UCANSS user's guide "Mes habilitations",
 * "Historique de vos demandes", "Mes contacts", and the FAQ); English in messages.en.ts.
 */
import { defineMessages, type LocalizeController } from '../internal/localize.js';

export const myAccessMessages = defineMessages({
  fr: {
    loading: 'Chargement de vos habilitations…',
    loadFailed: 'Vos habilitations ne peuvent pas être affichées.',
    sections: 'Mes habilitations',
    tabGrants: 'Mes habilitations',
    tabCatalogue: 'Applications',
    tabRequests: 'Historique de mes demandes',
    tabContacts: 'Mes contacts',

    grantsIntro: 'La liste de vos habilitations à date, par application.',
    grantsEmpty: "Vous n'avez encore aucune habilitation. Demandez l'accès aux applications dans l'onglet « Applications ».",
    grantedDirect: 'attribuée par un administrateur',
    grantedGroup: (group: string) => `par le groupe ${group}`,
    grantedTacit: 'acceptée tacitement',
    grantedAdd: 'par défaut (Agent de Direction)',
    grantedSince: (date: string) => `depuis le ${date}`,

    requestsIntro:
      'Sauf refus formel, une demande est acceptée tacitement 10 jours après sa date. Vous recevez un message en cas d’acceptation ou de refus.',
    requestsCaption: 'Historique de vos demandes',
    requestsEmpty: "Vous n'avez fait aucune demande d'habilitation.",
    colDate: 'Date',
    colRole: 'Description',
    colStatus: 'Statut',
    deadline: (date: string) => `décision attendue au plus tard le ${date}`,
    decided: (by: string, date: string) => `par ${by}, le ${date}`,
    decidedOn: (date: string) => `le ${date}`,
    reason: (text: string) => `Motif : ${text}`,

    contactsIntro:
      "La gestion des droits sur le site de l'Ucanss est en partie décentralisée au sein de votre organisme. Pour toute question relative à une demande d'habilitation, vous pouvez contacter\u00a0:",
    contactsEmpty: (organisme: string) =>
      `${organisme} n'a pas d'administrateur local : vos demandes sont traitées par l'Ucanss.`,
    contactsUcanss: "Pour les applications validées par l'Ucanss, écrivez à",
    director: "directeur de l'organisme",
  },
  en: () => import('./messages.en.js'),
});

export type MyAccessText = LocalizeController<(typeof myAccessMessages)['fr']>;
