/**
 * How an action of a section runs: the user confirms it in the host's dialog, the previous
 * refusal goes, the write is sent through the section's {@link WriteController}, and a failure
 * is put in words in the section's notice. Loaded with the parts that write (the actions on the
 * local administrators, the CAF sections), with the confirmation dialog they ask in.
 */
import '../ui/confirm-dialog/define.js';
import { WriteController, type WriteContext, type WriteFailure, type WriteResult } from '../internal/writes.js';
import type { ConfirmOptions } from '../ui/confirm-dialog/confirm-dialog.js';
import type { Notice } from './change-report.js';
import type { DelegationContext } from './section-context.js';

export interface ConfirmedWrite<T, R> {
  confirm: ConfirmOptions;
  /** Names the action: it is not sent twice while it runs. */
  key: string;
  send: (context: WriteContext) => Promise<T>;
  /** On a stale write (R15): reads the object again. */
  reload?: (signal: AbortSignal) => Promise<R>;
  /** What the notice says when the write did not go through. */
  refusal: (failure: WriteFailure<R>) => Notice;
}

/** The writes of a part: refused in the host's language, aborted when the host leaves the page. */
export function sectionWrites(context: DelegationContext): WriteController {
  return new WriteController(context.host, { lang: () => context.t.lang });
}

/**
 * Resolves with the write's result (a failure already said in the notice), or undefined when
 * the user did not confirm or there is nothing to say (the host left the page).
 */
export async function confirmedWrite<T, R = never>(
  context: DelegationContext,
  writes: WriteController,
  write: ConfirmedWrite<T, R>,
): Promise<WriteResult<T, R> | undefined> {
  if (!(await context.confirm(write.confirm))) return undefined;
  context.report.clearNotice();
  const result = await writes.run(write.send, { key: write.key, ...(write.reload ? { reload: write.reload } : {}) });
  if (result.ok) return result;
  if (result.aborted) return undefined;
  context.report.refused(write.refusal(result));
  return result;
}
