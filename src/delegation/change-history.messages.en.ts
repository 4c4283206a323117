/** The English words of `historyMessages` (change-history.messages.ts), loaded when an element first speaks English. */
import { pluralEn } from '../internal/french.js';

export default {
  historyOf: (name: string) => `History of the account of ${name}`,
  showHistory: (name: string) => `See the history of the account of ${name}`,
  historyLatest: (n: string, count: number) => pluralEn(count, 'The latest change:', `The ${n} latest changes, newest first:`),
  historyEmpty: 'No change recorded.',
  historyBy: (who: string) => `by ${who}`,
};
