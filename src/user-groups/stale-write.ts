/**
 * R15, written once for the widget and its parts: a write that sent the version it read is
 * refused when someone else changed the object meanwhile; the `WriteController` reads the object
 * again (`reload`), and the user is told in the same words everywhere, what he typed kept.
 */
import type { HabilClient } from '../client/types.js';
import type { Notice } from './notice.js';
import type { PartWords } from './parts.messages.js';

/** The `reload` of a write on a group: the group as it is now. */
export function rereadGroup(api: HabilClient, id: string) {
  return (signal: AbortSignal) => api.call('getGroup', { params: { id } }, { signal });
}

/** Someone else changed the object meanwhile, and it was read again: `text` says what is shown now. */
export function conflictNotice(t: PartWords, text: string): Notice {
  return { variant: 'warning', heading: t.msg('conflictHeading'), text };
}
