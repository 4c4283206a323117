/**
 * A bulk action on accounts (R10), apart from its rendering: list the whole result when "Tout"
 * is selected — leaving out, and listing, the accounts whose `actions` do not allow it (an ADD's,
 * read-only, R2), which the server would only refuse —, send the accounts in requests of a few
 * dozen so that progress can be shown, and keep, per account, what was done or refused and why.
 * It never stops silently: what a refused request or a stop left undone is listed too.
 */
import type { HabilClient } from '../client/types.js';
import type { AccountQuery, AccountSummary, BulkAccountRequest, ProblemCode } from '../domain/index.js';
import { ChunkedRun } from '../internal/chunked-run.js';
import { readAllPages } from '../internal/read-pages.js';
import type { Lang } from '../internal/localize.js';
import { describeError, describeProblem, type ProblemText } from '../internal/problem-text.js';
import type { AccountRef } from './account-search.js';
import { refOf } from './search-context.js';

/** Accounts per page when listing the whole result for "Tout" (the contract's maximum). */
export const COLLECT_PAGE_SIZE = 500;

export interface BulkRefusal {
  account: AccountRef;
  reason: ProblemText;
}

export interface BulkProgress {
  phase: 'collecting' | 'running' | 'done';
  /** While collecting: the size of the result; then: the number of accounts to handle. */
  total: number;
  collected: number;
  done: number;
  succeeded: AccountRef[];
  refused: BulkRefusal[];
  /** Accounts never sent: the user stopped, or the server refused a whole request. */
  notRun: AccountRef[];
  /** « Tout »: the accounts of the result the action is not offered on, left out, with why. */
  leftOut: BulkRefusal[];
}

export interface BulkRunOptions {
  api: HabilClient;
  lang: Lang;
  /** Called after each step with a copy of the progress. */
  onProgress: (progress: BulkProgress) => void;
  /** Asked before each request: true stops the run there. */
  stopRequested: () => boolean;
  /** Why an account is left out of « Tout » when it has no read-only reason of its own (e.g. its status). */
  notOffered: (account: AccountSummary) => string;
  /** Why an account the action is offered on is left out all the same (a responsable habilitations of open groups, closed only once they have another, R11). */
  leaveOut?: (account: AccountSummary) => string | undefined;
  /** Accounts of the selection already left out by the caller, with why: they are in the report. */
  leftOut?: BulkRefusal[];
}

/**
 * Runs `action` on `targets`, or on every account `query` finds when `targets` is a query
 * ("Tout": listed page by page first). Resolves with the final progress; rejects only when the
 * whole result could not be listed (nothing was changed then).
 */
export async function runBulk(
  request: Omit<BulkAccountRequest, 'accountIds'>,
  targets: AccountRef[] | AccountQuery,
  { api, lang, onProgress, stopRequested, notOffered, leaveOut, leftOut = [] }: BulkRunOptions,
): Promise<BulkProgress> {
  const progress: BulkProgress = {
    phase: Array.isArray(targets) ? 'running' : 'collecting',
    total: Array.isArray(targets) ? targets.length : 0,
    collected: 0,
    done: 0,
    succeeded: [],
    refused: [],
    notRun: [],
    leftOut: [...leftOut],
  };
  const report = () => onProgress({ ...progress });
  report();

  let accounts: AccountRef[];
  if (Array.isArray(targets)) accounts = targets;
  else {
    accounts = [];
    const sort = (account: AccountSummary) => {
      const aside = account.actions.includes(request.action) ? leaveOut?.(account) : undefined;
      if (aside) progress.leftOut.push({ account: refOf(account), reason: { title: aside, message: aside } });
      else if (account.actions.includes(request.action)) accounts.push(refOf(account));
      else progress.leftOut.push({ account: refOf(account), reason: leftOutReason(account, lang, notOffered) });
    };
    await readAllPages((page) => api.call('searchAccounts', { query: { ...targets, page, pageSize: COLLECT_PAGE_SIZE } }), {
      pageSize: COLLECT_PAGE_SIZE,
      // The whole result is collected: the person stops it with « Arrêter ».
      maxItems: Number.POSITIVE_INFINITY,
      stop: stopRequested,
      onPage: (read) => {
        read.items.slice(progress.collected).forEach(sort);
        progress.total = read.total;
        progress.collected = read.items.length;
        report();
      },
    });
    progress.phase = 'running';
    progress.total = accounts.length;
    report();
  }

  const run = new ChunkedRun(accounts, (account) => account.id);
  await run.send(
    // bulkAccounts is not idempotent in the contract: each chunk's key is not sent.
    async (chunk) => (await api.call('bulkAccounts', { body: { ...request, accountIds: chunk.map((account) => account.id) } })).results,
    {
      stopRequested,
      onChunk: () => {
        progress.done = run.done;
        report();
      },
    },
  );
  progress.succeeded = run.succeeded;
  progress.refused = run.refused.map(({ item, problem }) => ({ account: item, reason: describeProblem(problem ?? {}, lang) }));
  if (run.interruption !== undefined) {
    // The whole request was refused (no right, server down): say so for each of its accounts, and stop.
    const reason = describeError(run.interruption, lang);
    progress.refused.push(...run.interrupted.map((account) => ({ account, reason })));
    progress.done = run.done + run.interrupted.length;
  }
  const interrupted = new Set(run.interrupted);
  progress.notRun = run.notSent.filter((account) => !interrupted.has(account));
  progress.phase = 'done';
  report();
  return { ...progress };
}

/** The account's read-only reason (« compte ADD… »), else that the action is not offered on it. */
function leftOutReason(account: AccountSummary, lang: Lang, notOffered: (account: AccountSummary) => string): ProblemText {
  if (account.readOnlyReason) return describeProblem({ code: account.readOnlyReason as ProblemCode }, lang);
  const text = notOffered(account);
  return { title: text, message: text };
}
