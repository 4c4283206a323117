/**
 * Every write a widget sends goes through a {@link WriteController}, so that each one:
 * - can be aborted (the host leaving the page aborts what it still waits for);
 * - marks the host busy while it runs, and is not sent twice when clicked twice;
 * - keeps its idempotency key until the server has answered, so that a retry after a lost
 *   answer sends the same key and the server applies the action once (R5);
 * - on a stale write (R15) reads the object again, for the host to show it and say so;
 * - comes back with its refusal in words, in the host's language, and the fields to mark.
 *
 * The host says what happened (its messages name the person, the role…): the controller
 * gives it everything it needs to, and never throws.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { NetworkError, ProblemError, TimeoutError } from '../client/errors.js';
import type { FieldError } from '../domain/schemas.js';
import { newIdempotencyKey } from './idempotency.js';
import type { Lang } from './localize.js';
import { describeError, loadProblemWords, type ProblemText } from './problem-text.js';

/** What a write's call gets: the signal to pass to the client, and the action's idempotency key. */
export interface WriteContext {
  signal: AbortSignal;
  idempotencyKey: string;
}

export interface WriteOptions<R> {
  /**
   * Names the user's action (e.g. `decide:<request id>`). While it runs, `isBusy(key)` is true
   * and running it again does nothing; its idempotency key is kept for a retry until the server
   * has answered. Without a key, each run is its own action.
   */
  key?: string;
  /** On a stale write (R15): reads the object again; the failure then carries what was read. */
  reload?: (signal: AbortSignal) => Promise<R>;
}

export interface WriteSuccess<T> {
  ok: true;
  value: T;
}

export interface WriteFailure<R = never> {
  ok: false;
  /** The host left the page, or the action was already running: nothing to say. */
  aborted: boolean;
  /** What the call rejected with. */
  error: unknown;
  /** The refusal in words, in the host's language. */
  text: ProblemText;
  /** The server's refusal, when it answered. */
  problem?: ProblemError;
  /** The fields to mark (empty unless the refusal is about fields). */
  fieldErrors: readonly FieldError[];
  /** Someone changed the object meanwhile (R15). */
  stale: boolean;
  /** After a stale write: the object as it is now (absent when reading it failed too). */
  reloaded?: R;
  /** After a stale write: why reading the object again failed. */
  reloadError?: unknown;
  /** No answer, a late one or a server error: the same action may be sent again with its key. */
  retryable: boolean;
}

export type WriteResult<T, R = never> = WriteSuccess<T> | WriteFailure<R>;

export interface WriteControllerOptions {
  /** The language refusals are put in (the host's). */
  lang: () => Lang;
}

/** No answer, a late one, or a server error: the same action may be sent again with its key. */
function isRetryable(error: unknown): boolean {
  return error instanceof NetworkError || error instanceof TimeoutError || (error instanceof ProblemError && error.status >= 500);
}

export class WriteController implements ReactiveController {
  private readonly running = new Map<string | symbol, AbortController>();
  private readonly keys = new Map<string, string>();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: WriteControllerOptions,
  ) {
    host.addController(this);
  }

  /** Whether any write is running. */
  get busy(): boolean {
    return this.running.size > 0;
  }

  /** Whether the action named `key` is running. */
  isBusy(key: string): boolean {
    return this.running.has(key);
  }

  /** Sends a write; resolves with its value or with its failure, never rejects. */
  async run<T, R = never>(call: (context: WriteContext) => Promise<T>, options: WriteOptions<R> = {}): Promise<WriteResult<T, R>> {
    const { key } = options;
    if (key !== undefined && this.running.has(key)) return this.failure(new DOMException('Already running', 'AbortError'), { aborted: true });
    const slot = key ?? Symbol('write');
    const controller = new AbortController();
    const idempotencyKey = (key !== undefined ? this.keys.get(key) : undefined) ?? newIdempotencyKey();
    if (key !== undefined) this.keys.set(key, idempotencyKey);
    this.running.set(slot, controller);
    this.host.requestUpdate();
    try {
      const value = await call({ signal: controller.signal, idempotencyKey });
      if (key !== undefined) this.keys.delete(key);
      return { ok: true, value };
    } catch (error) {
      if (controller.signal.aborted) return this.failure(error, { aborted: true });
      // The refusal is said in its words: the page's first refusal loads them.
      if (error instanceof ProblemError) await loadProblemWords();
      // A refusal is final for this key: the user's next try is a new action.
      if (key !== undefined && !isRetryable(error)) this.keys.delete(key);
      if (error instanceof ProblemError && error.isStaleWrite && options.reload) {
        try {
          const reloaded = await options.reload(controller.signal);
          return this.failure<R>(error, { stale: true, reloaded });
        } catch (reloadError) {
          return this.failure<R>(error, { stale: true, reloadError, aborted: controller.signal.aborted });
        }
      }
      return this.failure(error);
    } finally {
      this.running.delete(slot);
      this.host.requestUpdate();
    }
  }

  /** Forgets the idempotency key of `key`: the user gave up the action (the next one is new). */
  forget(key: string): void {
    this.keys.delete(key);
  }

  /** Aborts the action named `key`, or every write. */
  abort(key?: string): void {
    if (key === undefined) for (const controller of this.running.values()) controller.abort();
    else this.running.get(key)?.abort();
  }

  hostDisconnected(): void {
    this.abort();
  }

  private failure<R>(error: unknown, extra: Partial<WriteFailure<R>> = {}): WriteFailure<R> {
    const problem = error instanceof ProblemError ? error : undefined;
    return {
      ok: false,
      aborted: false,
      error,
      text: describeError(error, this.options.lang()),
      ...(problem ? { problem } : {}),
      fieldErrors: problem?.fieldErrors ?? [],
      stale: problem?.isStaleWrite ?? false,
      retryable: isRetryable(error),
      ...extra,
    };
  }
}
