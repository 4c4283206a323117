/**
 * What a decision needs beyond one call: an idempotency key per user action (R5), and the
 * bulk run that sends a selection in chunks and keeps a result per request (R10).
 */
import type { HabilClient } from '../client/types.js';
import type { AccessRequest, Decision, Problem } from '../domain/index.js';

/**
 * A key for one decision the user made. The server answers a repeated key with its first
 * answer, so sending the same decision again (a retry after a lost answer) never grants twice.
 */
export function newIdempotencyKey(): string {
  // randomUUID exists only in secure contexts; a portal served over plain HTTP still needs a key.
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** A decision the user asked for: sent again as is, with the same key, when he retries it. */
export interface DecisionAttempt {
  decision: Decision;
  reason: string | undefined;
  idempotencyKey: string;
}

export function newAttempt(decision: Decision, reason?: string): DecisionAttempt {
  return { decision, reason: reason?.trim() || undefined, idempotencyKey: newIdempotencyKey() };
}

/** Small enough for the progress bar to move on a few dozen requests; the contract takes up to 500. */
export const BULK_CHUNK_SIZE = 20;

export type BulkOutcome = { ok: true } | { ok: false; problem: Problem | undefined };

export interface BulkRow {
  request: AccessRequest;
  /** Absent while the request has not been sent (or was not sent: the run stopped before it). */
  outcome?: BulkOutcome;
}

/**
 * A decision on many requests: sent chunk by chunk through `decideAccessRequests`, each
 * chunk with its own idempotency key, so that resuming after a failure sends the same chunks
 * with the same keys and a chunk that had landed is not applied twice.
 */
export class BulkDecision {
  readonly decision: Decision;
  readonly reason: string | undefined;
  readonly rows: readonly BulkRow[];
  private readonly chunkKeys: readonly string[];
  private nextChunk = 0;
  /** Why sending stopped before the end, if it did. */
  interruption: unknown;
  running = false;

  constructor(decision: Decision, reason: string | undefined, requests: readonly AccessRequest[]) {
    this.decision = decision;
    this.reason = reason?.trim() || undefined;
    this.rows = requests.map((request) => ({ request }));
    this.chunkKeys = Array.from({ length: Math.ceil(requests.length / BULK_CHUNK_SIZE) }, () => newIdempotencyKey());
  }

  get total(): number {
    return this.rows.length;
  }

  /** Requests the server answered for. */
  get done(): number {
    return this.rows.filter((row) => row.outcome).length;
  }

  get succeeded(): BulkRow[] {
    return this.rows.filter((row) => row.outcome?.ok);
  }

  get failed(): BulkRow[] {
    return this.rows.filter((row) => row.outcome && !row.outcome.ok);
  }

  get notSent(): BulkRow[] {
    return this.running ? [] : this.rows.filter((row) => !row.outcome);
  }

  get finished(): boolean {
    return this.nextChunk >= this.chunkKeys.length;
  }

  /**
   * Sends the chunks not sent yet. `onChunk` is called with the rows of each answered chunk
   * (to move the progress bar and tell the host what was decided). A failure of the call stops the run and is kept in `interruption`: `send` again
   * resumes with the chunk that failed.
   */
  async send(client: HabilClient, onChunk: (answered: readonly BulkRow[]) => void): Promise<void> {
    this.running = true;
    this.interruption = undefined;
    try {
      for (; this.nextChunk < this.chunkKeys.length; this.nextChunk += 1) {
        const chunk = this.rows.slice(this.nextChunk * BULK_CHUNK_SIZE, (this.nextChunk + 1) * BULK_CHUNK_SIZE);
        const result = await client.call('decideAccessRequests', {
          body: {
            items: chunk.map(({ request }) => ({
              id: request.id,
              decision: this.decision,
              ...(this.reason ? { reason: this.reason } : {}),
            })),
          },
          idempotencyKey: this.chunkKeys[this.nextChunk]!,
        });
        for (const item of result.results) {
          const row = chunk.find((candidate) => candidate.request.id === item.id);
          if (row) row.outcome = item.ok ? { ok: true } : { ok: false, problem: item.problem };
        }
        onChunk(chunk);
      }
    } catch (error) {
      this.interruption = error;
    } finally {
      this.running = false;
    }
  }
}
