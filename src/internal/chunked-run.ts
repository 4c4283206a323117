/**
 * A bulk action (R10) sent chunk by chunk, whatever it acts on (accounts, access requests):
 * small requests so that progress can be shown and the user can stop between two of them, each
 * with its own idempotency key so that resuming after a failure sends the same chunk with the
 * same key and a chunk that had landed is not applied twice. It keeps, per item, what the server
 * answered; what was never answered is listed too, never dropped silently.
 */
import type { Problem } from '../domain/schemas.js';
import { newIdempotencyKey } from './idempotency.js';
import { loadProblemWords } from './problem-text.js';

/** Items per request: small enough for the progress bar to move, large enough to be quick. */
export const BULK_CHUNK_SIZE = 50;

/** The server's answer for one item of a chunk. */
export interface ItemResult {
  id: string;
  ok: boolean;
  problem?: Problem | undefined;
}

export type ItemOutcome = { ok: true } | { ok: false; problem: Problem | undefined };

/** Sends one chunk; resolves with one result per item, rejects when the whole request failed. */
export type SendChunk<Item> = (items: readonly Item[], idempotencyKey: string) => Promise<readonly ItemResult[]>;

export interface ChunkedRunOptions<Item> {
  /** Asked before each chunk: true stops the run there (the rest stays not sent). */
  stopRequested?: () => boolean;
  /** Called after each answered chunk with its items. */
  onChunk?: (answered: readonly Item[]) => void;
}

export class ChunkedRun<Item> {
  readonly items: readonly Item[];
  private readonly chunkKeys: readonly string[];
  private readonly outcomes = new Map<Item, ItemOutcome>();
  private nextChunk = 0;
  /** Why sending stopped before the end, if a request failed as a whole. */
  interruption: unknown;
  /** The items of the chunk whose request failed as a whole. */
  interrupted: readonly Item[] = [];
  running = false;

  constructor(
    items: readonly Item[],
    private readonly idOf: (item: Item) => string,
    readonly chunkSize: number = BULK_CHUNK_SIZE,
  ) {
    this.items = items;
    this.chunkKeys = Array.from({ length: Math.ceil(items.length / chunkSize) }, () => newIdempotencyKey());
  }

  get total(): number {
    return this.items.length;
  }

  /** Items the server answered for. */
  get done(): number {
    return this.outcomes.size;
  }

  outcomeOf(item: Item): ItemOutcome | undefined {
    return this.outcomes.get(item);
  }

  get succeeded(): Item[] {
    return this.items.filter((item) => this.outcomes.get(item)?.ok);
  }

  get refused(): { item: Item; problem: Problem | undefined }[] {
    return this.items.flatMap((item) => {
      const outcome = this.outcomes.get(item);
      return outcome && !outcome.ok ? [{ item, problem: outcome.problem }] : [];
    });
  }

  /** Items not answered for (the run stopped or failed before them); empty while running. */
  get notSent(): Item[] {
    return this.running ? [] : this.items.filter((item) => !this.outcomes.has(item));
  }

  get finished(): boolean {
    return this.nextChunk >= this.chunkKeys.length;
  }

  /**
   * Sends the chunks not sent yet. A failure of a request stops the run and is kept in
   * `interruption`; `send` again resumes with that chunk, under the same key.
   */
  async send(sendChunk: SendChunk<Item>, { stopRequested, onChunk }: ChunkedRunOptions<Item> = {}): Promise<void> {
    this.running = true;
    this.interruption = undefined;
    this.interrupted = [];
    try {
      for (; this.nextChunk < this.chunkKeys.length; this.nextChunk += 1) {
        if (stopRequested?.()) break;
        const chunk = this.items.slice(this.nextChunk * this.chunkSize, (this.nextChunk + 1) * this.chunkSize);
        let results: readonly ItemResult[];
        try {
          results = await sendChunk(chunk, this.chunkKeys[this.nextChunk]!);
        } catch (error) {
          await loadProblemWords();
          this.interruption = error;
          this.interrupted = chunk;
          return;
        }
        // Refusals are said in their words: the page's first refusal loads them.
        if (results.some((result) => !result.ok)) await loadProblemWords();
        const byId = new Map(chunk.map((item) => [this.idOf(item), item]));
        for (const result of results) {
          const item = byId.get(result.id);
          if (item !== undefined) this.outcomes.set(item, result.ok ? { ok: true } : { ok: false, problem: result.problem });
        }
        onChunk?.(chunk);
      }
    } finally {
      this.running = false;
    }
  }
}
