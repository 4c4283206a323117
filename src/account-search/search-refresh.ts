/**
 * What the actions do to the search once they are done (they bring it with their code, so the
 * first screen does not): the page read again, and the groups of a CAF convention read again.
 */
import type { HabilDataTable } from '../ui/data-table/data-table.js';
import type { SearchController } from './search.js';
import type { AccountSearchWidget } from './widget.js';

/**
 * Asks the server for the current page again after an action, keeping it on screen meanwhile
 * and the table quiet: the widget has said what the action came to. When the row that had
 * focus is gone from the new page (attached elsewhere, filtered out), focus goes to the results
 * heading rather than to the page's body.
 */
export async function refreshResults(widget: AccountSearchWidget, search: SearchController): Promise<void> {
  const element = widget.host;
  const hadFocus = element.matches(':focus-within');
  await search.reloadQuietly();
  await element.updateComplete;
  await widget.root().querySelector<HabilDataTable>('habil-data-table')?.updateComplete;
  if (hadFocus && !element.matches(':focus-within')) widget.root().querySelector<HTMLElement>('#results-heading')?.focus();
}

/** CAF: the convention's groups as they are now (their responsables, members and actions), after a change to one. */
export async function reloadGroups(widget: AccountSearchWidget, search: SearchController): Promise<void> {
  const context = search.context;
  const conventionId = context?.convention?.id;
  if (!context || !conventionId) return;
  try {
    context.groups = await widget.api().call('listGroups', { params: { id: conventionId } });
  } catch {
    // The groups stay as they were read: the next action on them reads what it needs again.
  }
  widget.host.requestUpdate();
}
