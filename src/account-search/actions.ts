/**
 * What a row's actions do, with the record and the account form: their code, their words, their
 * styles and the confirmation they ask with, loaded the first time a row's menu opens or
 * « Nouveau » is reached (account-search.ts).
 */
import { html } from 'lit';
import '../ui/confirm-dialog/define.js';
import { WriteController } from '../internal/writes.js';
import { AccountDialogsController } from './account-dialogs.js';
import { accountDialogsStyles } from './account-dialogs.styles.js';
import { actionMessages } from './actions.messages.js';
import type { OutcomeController } from './outcome.js';
import { partWords } from '../internal/localize.js';
import { addPartStyles } from '../internal/part-styles.js';
import { renderChangedMeanwhile, renderDetailsDialog, renderFormDialog } from './render-dialogs.js';
import { RowActionsController } from './row-actions.js';
import type { SearchController } from './search.js';
import type { SearchContext } from './search-context.js';
import type { AccountSearchWidget } from './widget.js';

export async function createActions(widget: AccountSearchWidget, search: SearchController, outcome: OutcomeController) {
  const words = await partWords(widget.host, actionMessages);
  addPartStyles(widget.host.shadowRoot!, accountDialogsStyles);
  const writes = new WriteController(widget.host, { lang: () => words.lang });
  const dialogs = new AccountDialogsController(widget, search, outcome, writes, words);
  return {
    dialogs,
    rows: new RowActionsController(widget, search, outcome, writes, dialogs, words),
    /** The record and the form's dialogs. */
    render: (closeLabel: string, context: SearchContext | undefined) =>
      html`${renderDetailsDialog(words, closeLabel, dialogs)} ${renderFormDialog(words, dialogs, context)}`,
    /** What another person saved meanwhile, under the refusal of a stale write (R15). */
    renderChangedMeanwhile: (changes: [string, string][]) => renderChangedMeanwhile(words, changes),
  };
}

export type Actions = Awaited<ReturnType<typeof createActions>>;
