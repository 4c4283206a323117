/** The requests a decision on a selection is about (bulk-decision.ts), loaded with the decisions. */
import { readAllPages } from '../internal/read-pages.js';
import type { RequestListController } from './request-list.js';

/** The largest page the contract serves: "Tout" reads the whole result with it. */
const WHOLE_RESULT_PAGE_SIZE = 500;

/**
 * The selected rows, with their names for the report: those seen for a selection made row
 * by row; for "Tout", the whole result read again from the server, page by page, and the
 * rows the user saw selected, even if they left the result meanwhile (decided by someone
 * else): the report then says so, rather than leaving them out in silence.
 */
export async function selectedItems<Item extends { id: string }>(list: RequestListController<Item>): Promise<Item[]> {
  const seenSelected = list.selected.flatMap((id) => list.seenItem(id) ?? []);
  if (!list.allSelected) return seenSelected;
  const result = new Map(seenSelected.map((item) => [item.id, item]));
  const whole = await readAllPages((page) => list.readResultPage(page, WHOLE_RESULT_PAGE_SIZE), {
    pageSize: WHOLE_RESULT_PAGE_SIZE,
    maxItems: Number.POSITIVE_INFINITY,
  });
  for (const item of whole.items) if (!result.has(item.id)) result.set(item.id, item);
  return [...result.values()].filter((item) => !list.gone(item.id));
}
