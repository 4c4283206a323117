/**
 * A paged list read to its end, for the widgets that need all of it (the users offered in a
 * picker, a whole result to export or to act on). The end is where the server says: an empty
 * or short page, or as many items as its `total`. A server that keeps answering full pages, or
 * announces more than `maxItems`, is not followed past `maxItems`, and reading stops between
 * two pages when `stop` says so: the answer then says it is incomplete, so that the widget can
 * say so instead of loading for ever.
 */

export interface Page<T> {
  items: T[];
  total: number;
}

export interface AllPages<T> {
  items: T[];
  /** What the server announced last. */
  total: number;
  /** False when reading stopped (at `maxItems`, or asked to) before the server's end. */
  complete: boolean;
}

export interface ReadPagesOptions<T> {
  pageSize: number;
  /** The most items read; the default allows 20 pages. `Infinity` where the person can stop. */
  maxItems?: number;
  /** Asked after each page: true stops reading there. */
  stop?: () => boolean;
  /** Called after each page with what has been read so far. */
  onPage?: (read: AllPages<T>) => void;
}

export async function readAllPages<T>(fetchPage: (page: number) => Promise<Page<T>>, options: ReadPagesOptions<T>): Promise<AllPages<T>> {
  const maxItems = options.maxItems ?? options.pageSize * 20;
  const items: T[] = [];
  for (let page = 1; ; page += 1) {
    const answer = await fetchPage(page);
    items.push(...answer.items);
    const complete = answer.items.length < options.pageSize || items.length >= answer.total;
    if (items.length > maxItems) items.length = maxItems;
    const read: AllPages<T> = { items, total: answer.total, complete };
    options.onPage?.(read);
    if (complete || items.length >= maxItems || options.stop?.()) return read;
  }
}
