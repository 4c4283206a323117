/**
 * write-excel-file zips the workbook with fflate's asynchronous `zip()`, which compresses every
 * file of 160 kB or more in a Web Worker of its own, started from a `blob:` URL. Under a
 * Content-Security-Policy without `worker-src blob:` that worker never starts and fflate, which
 * does not listen for its `error` event, never answers: the export hung on « Création du
 * fichier… ». write-excel-file has no option for a synchronous zip, so while it starts its zip,
 * the `Worker` that fflate finds answers its compression jobs in the thread itself with the
 * browser's own DEFLATE (`CompressionStream`, no worker, no `blob:`): off the page in the export
 * worker, in small native steps in the page.
 *
 * fflate's jobs are messages to a worker: a first one with its constants, then `[data, options]`,
 * answered with the compressed bytes (or `{ $e$: [message, code, stack] }` on failure). Any other
 * worker started meanwhile (from a URL that is not `blob:`) is a real one.
 */

type Listener = (event: { data: unknown }) => void;

/** One of fflate's compression workers, run in the current thread. */
class InlineDeflateWorker {
  onmessage: Listener | null = null;
  onerror: unknown = null;
  private stopped = false;

  postMessage(message: unknown): void {
    // The first message carries fflate's constants: nothing to do with them here.
    if (!Array.isArray(message) || !(message[0] instanceof Uint8Array)) return;
    deflateRaw(message[0]).then(
      (data) => this.answer(data),
      (error: unknown) => this.answer({ $e$: [error instanceof Error ? error.message : String(error), 0, error instanceof Error ? error.stack : undefined] }),
    );
  }

  terminate(): void {
    this.stopped = true;
  }

  addEventListener(): void {}

  removeEventListener(): void {}

  private answer(data: unknown): void {
    if (!this.stopped) this.onmessage?.({ data });
  }
}

/** Raw DEFLATE (what a zip entry holds), by the browser. */
async function deflateRaw(data: Uint8Array): Promise<Uint8Array> {
  const compressed = new Blob([data as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(compressed).arrayBuffer());
}

/**
 * Runs `start` (a call that builds a zip with fflate) with fflate's compression workers
 * answered in the thread. The stand-in is in place for the synchronous part of the call and the
 * microtasks that follow it, where fflate starts its workers, and goes at the next task.
 */
export function withInlineDeflate<T>(start: () => Promise<T>): Promise<T> {
  const scope = globalThis as { Worker?: unknown };
  const original = scope.Worker as (new (url: string | URL, options?: WorkerOptions) => Worker) | undefined;
  if (typeof CompressionStream !== 'function') return start();
  function DeflateInThread(url: string | URL, options?: WorkerOptions): unknown {
    if (String(url).startsWith('blob:') || !original) return new InlineDeflateWorker();
    return new original(url, options);
  }
  scope.Worker = DeflateInThread;
  setTimeout(() => {
    if (scope.Worker === DeflateInThread) scope.Worker = original;
  }, 0);
  try {
    return start();
  } catch (error) {
    scope.Worker = original;
    throw error;
  }
}
