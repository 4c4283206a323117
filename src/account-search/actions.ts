/**
 * What a row's actions do, with the record and the account form: their code, their words, their
 * styles, the confirmation they ask with and the content of a row's menu, loaded the first time
 * a row's « Actions » or « Nouveau » is reached (account-search.ts); a first menu opens once
 * they are there.
 */
import { html, nothing } from 'lit';
import '../ui/confirm-dialog/define.js';
import { WriteController } from '../internal/writes.js';
import { AccountDialogsController } from './account-dialogs.js';
import { accountDialogsStyles } from './account-dialogs.styles.js';
import { actionMessages } from './actions.messages.js';
import type { OutcomeController } from './outcome.js';
import type { RowAction } from './caf-actions.js';
import { partWords } from '../internal/localize.js';
import { addPartStyles } from '../internal/part-styles.js';
import { renderCafDialogs, renderChangedMeanwhile, renderDetailsDialog, renderFormDialog } from './render-dialogs.js';
import { RowActionsController } from './row-actions.js';
import { RowMenuController } from './row-menu.js';
import { renderMenuItems, rowMenuStyles } from './row-menu-items.js';
import type { SearchController } from './search.js';
import type { ResultRow, SearchContext } from './search-context.js';
import type { AccountSearchWidget } from './widget.js';

export async function createActions(widget: AccountSearchWidget, search: SearchController, outcome: OutcomeController) {
  const words = await partWords(widget.host, actionMessages);
  addPartStyles(widget.host.shadowRoot!, [...accountDialogsStyles, rowMenuStyles]);
  const writes = new WriteController(widget.host, { lang: () => words.lang });
  const dialogs = new AccountDialogsController(widget, search, outcome, writes, words);
  return {
    dialogs,
    /** The menu of a row: its popover is the widget's, `#row-menu`. */
    menu: new RowMenuController<ResultRow>(widget.host, () => widget.root().querySelector('#row-menu')),
    rows: new RowActionsController(widget, search, outcome, writes, dialogs, words),
    /** The record and the form's dialogs, and on CAF those of a user's groups. */
    render: (closeLabel: string, context: SearchContext | undefined) =>
      html`${renderDetailsDialog(words, closeLabel, dialogs)} ${renderFormDialog(words, dialogs, context)} ${context?.space === 'caf' ? renderCafDialogs(widget, dialogs) : nothing}`,
    /** The content of `row`'s menu; `run` is called with the action chosen. */
    renderMenu: (context: SearchContext | undefined, row: ResultRow, run: (action: RowAction) => void) => renderMenuItems(words, context, row, run),
    /** What another person saved meanwhile, under the refusal of a stale write (R15). */
    renderChangedMeanwhile: (changes: [string, string][]) => renderChangedMeanwhile(words, changes),
  };
}

export type Actions = Awaited<ReturnType<typeof createActions>>;
