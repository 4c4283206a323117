/**
 * What a {@link HabilClient} call rejects with. There are three kinds, and a widget needs one
 * branch for each (plus one line for aborts):
 *
 * ```ts
 * try {
 *   account = await client.call('grantRole', { params: { id }, body: { roleId }, ifMatch: account.version }, { signal });
 * } catch (error) {
 *   if (signal.aborted) return; // a newer request replaced this one: nothing to show
 *   if (error instanceof ProblemError) {
 *     if (error.isStaleWrite) return reloadThenExplain(error); // R15: someone else changed it meanwhile
 *     markFields(error.fieldErrors);                           // onto the form fields, nothing typed is lost
 *     await loadProblemWords();                                // the refusals' words, once per page
 *     say(describeError(error, lang).message);                 // the rule, in the user's language
 *   } else if (error instanceof NetworkError || error instanceof TimeoutError) {
 *     offerRetry(); // for a decision, retry with the same idempotencyKey: the first try may have landed
 *   } else {
 *     throw error; // a bug, not a state of the page
 *   }
 * }
 * ```
 *
 * Every HTTP error is a ProblemError, even when a proxy answered with an HTML page or nothing
 * at all, so a widget never has to look at raw responses.
 *
 * @module
 */
import { problemCodeOf, type ProblemCode } from '../domain/problem-codes.js';
import type { FieldError, Problem } from '../domain/schemas.js';
import type { NetworkError, TimeoutError } from './transport-errors.js';

/** The server answered with an error status; `problem` says why (RFC 9457). */
export class ProblemError extends Error {
  override readonly name = 'ProblemError';
  readonly status: number;
  readonly problem: Problem;
  /** The refusal in the kit's catalogue, or undefined when the body was not one of ours. */
  readonly code: ProblemCode | undefined;

  constructor(problem: Problem, options?: ErrorOptions) {
    super(problem.detail ?? problem.title, options);
    this.status = problem.status;
    this.problem = problem;
    this.code = problemCodeOf(problem.type);
  }

  /**
   * Builds the error from an HTTP status and its body as read (parsed JSON, text, or nothing).
   * A body that is not a problem (a proxy's HTML page, an empty 502) becomes an `about:blank`
   * problem titled after the status; its text is dropped, as it is not meant for users.
   */
  static fromResponse(status: number, body: unknown, options?: ErrorOptions): ProblemError {
    const fields = isProblemLike(body) ? body : {};
    const type = typeof fields.type === 'string' ? fields.type : 'about:blank';
    return new ProblemError(
      {
        ...fields,
        type,
        title: typeof fields.title === 'string' ? fields.title : statusTitle(status),
        // The HTTP status wins: RFC 9457 makes the one in the body advisory.
        status,
        code: typeof fields.code === 'string' ? fields.code : type.slice(type.lastIndexOf('/') + 1),
      } as Problem,
      options,
    );
  }

  /** What to mark on the form, field by field (empty when the refusal is not about fields). */
  get fieldErrors(): readonly FieldError[] {
    return this.problem.errors ?? [];
  }

  /** The object changed since it was read (R15): reload it and let the user check. */
  get isStaleWrite(): boolean {
    return this.status === 412 || this.code === 'stale-write';
  }

  /** The state of the object forbids this now (already decided, already granted…). */
  get isConflict(): boolean {
    return this.status === 409;
  }
}

// NetworkError and TimeoutError say nothing of the contract: apart, so that code that only reaches the server (the provider) loads no refusal codes.
export { NetworkError, TimeoutError } from './transport-errors.js';

/** Everything a call rejects with, besides the reason of an aborted signal. */
export type HabilCallError = ProblemError | NetworkError | TimeoutError;

function isProblemLike(body: unknown): body is Partial<Record<keyof Problem, unknown>> {
  return (
    typeof body === 'object' &&
    body !== null &&
    (typeof (body as { type?: unknown }).type === 'string' || typeof (body as { title?: unknown }).title === 'string')
  );
}

// The statuses a portal, its gateway or the API answer with; `statusText` is empty over HTTP/2.
const STATUS_TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  408: 'Request Timeout',
  409: 'Conflict',
  412: 'Precondition Failed',
  413: 'Content Too Large',
  422: 'Unprocessable Content',
  428: 'Precondition Required',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

function statusTitle(status: number): string {
  return STATUS_TITLES[status] ?? `HTTP error ${status}`;
}
