/**
 * Builds an export's file off the page's thread: in the export worker (export-worker.ts), with
 * its progress, stopped at once by « Annuler » (the worker is terminated). Where the worker
 * cannot start — a Content-Security-Policy whose `worker-src` refuses it, a script served from
 * another origin, a bundler that did not emit the worker's file — the browser says so with a
 * thrown error or an `error` event before the worker's first message: the file is then built
 * in the page, a slice at a time, giving the page back between slices, and the widget says why.
 */
import { buildReportFile, type ExportRequest, type WorkerAnswer } from './build-file.js';
import { yieldingPace } from './pace.js';

export interface BuildFileOptions {
  signal: AbortSignal;
  /** The part of the file built so far, from 0 to 1. */
  onProgress(done: number): void;
  /** The worker could not start: the file is being built in the page. */
  onInPage(): void;
}

/** Why the export worker stopped without a file (its own words). */
export class ExportBuildError extends Error {
  override name = 'ExportBuildError';
}

export async function buildFile(request: ExportRequest, options: BuildFileOptions): Promise<Blob> {
  const built = await buildInWorker(request, options);
  if (built) return built;
  options.signal.throwIfAborted();
  options.onInPage();
  return buildReportFile(request, yieldingPace(options.signal, options.onProgress));
}

function startWorker(): Worker {
  // This exact form is the one bundlers (Vite, webpack, Parcel) recognise: they build the
  // worker and its imports into a file of the site, which this URL then names.
  return new Worker(new URL('./export-worker.js', import.meta.url), { type: 'module', name: 'habil-export' });
}

/** The file built by the export worker, or undefined when the worker could not start. */
function buildInWorker(request: ExportRequest, { signal, onProgress }: BuildFileOptions): Promise<Blob | undefined> {
  signal.throwIfAborted();
  let worker: Worker;
  try {
    worker = startWorker();
  } catch {
    // A SecurityError (another origin, or a policy that refuses it at once), or no Worker at all.
    return Promise.resolve(undefined);
  }
  return new Promise<Blob | undefined>((resolve, reject) => {
    let started = false;
    const end = () => {
      worker.terminate();
      signal.removeEventListener('abort', cancel);
    };
    const cancel = () => {
      end();
      reject(signal.reason);
    };
    signal.addEventListener('abort', cancel, { once: true });
    worker.onmessage = ({ data }: MessageEvent<WorkerAnswer>) => {
      switch (data.kind) {
        case 'started':
          started = true;
          return;
        case 'progress':
          onProgress(data.done);
          return;
        case 'done':
          end();
          resolve(data.blob);
          return;
        case 'failed':
          end();
          reject(new ExportBuildError(data.message));
      }
    };
    worker.onerror = (event) => {
      // Handled here: not an error of the page.
      event.preventDefault();
      end();
      if (started) reject(new ExportBuildError(event.message));
      else resolve(undefined);
    };
    worker.onmessageerror = () => {
      end();
      reject(new ExportBuildError('The export worker sent a message that could not be read.'));
    };
    try {
      worker.postMessage(request);
    } catch (error) {
      end();
      reject(error);
    }
  });
}
