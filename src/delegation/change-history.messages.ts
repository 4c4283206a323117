/**
 * The words of the histories shown after a change (R14), loaded with them. English in change-
 * history.messages.en.ts.
 */
import { deFr, pluralFr } from '../internal/french.js';
import { defineMessages, type LocalizeController } from '../internal/localize.js';

export const historyMessages = defineMessages({
  fr: {
    historyOf: (name: string) => `Historique du compte ${deFr(name)}`,
    showHistory: (name: string) => `Voir l'historique du compte ${deFr(name)}`,
    historyLatest: (n: string, count: number) =>
      pluralFr(count, 'La dernière modification :', `Les ${n} dernières modifications, la plus récente en premier :`),
    historyEmpty: 'Aucune modification enregistrée.',
    historyBy: (who: string) => `par ${who}`,
  },
  en: () => import('./change-history.messages.en.js'),
});

export type HistoryText = LocalizeController<(typeof historyMessages)['fr']>;
