/**
 * The words of « Historique de mes demandes » and « Mes contacts » of `<habil-my-access>`, loaded
 * with them when either first shows; English in history-contacts.messages.en.ts.
 */
import { defineMessages, type LocalizeController } from '../internal/localize.js';

export const historyContactsMessages = defineMessages({
  fr: {
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
  en: () => import('./history-contacts.messages.en.js'),
});

export type HistoryContactsText = LocalizeController<(typeof historyContactsMessages)['fr']>;
