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
  },
  en: () => import('./messages.en.js'),
});

export type MyAccessText = LocalizeController<(typeof myAccessMessages)['fr']>;
