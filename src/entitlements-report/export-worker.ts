/**
 * The export worker: a module worker started by file-builder.ts from its own file of the
 * package (`new Worker(new URL('./export-worker.js', import.meta.url), { type: 'module' })`,
 * which the site's bundler turns into a file of its build: no `blob:` URL is needed). It
 * receives one export (plain data), builds the file off the page's thread, posts its progress
 * and then the file. « Annuler » terminates it.
 */
import { buildReportFile, type ExportRequest, type WorkerAnswer } from './build-file.js';
import { reportingPace } from './pace.js';

interface WorkerScope {
  onmessage: ((event: MessageEvent<ExportRequest>) => void) | null;
  postMessage(answer: WorkerAnswer): void;
}

const scope = self as unknown as WorkerScope;

/** Progress is posted at most this often: the page re-renders its bar on each message. */
const PROGRESS_EVERY_MS = 50;

scope.onmessage = async ({ data: request }) => {
  let last = 0;
  const pace = reportingPace((done) => {
    const now = performance.now();
    if (now - last < PROGRESS_EVERY_MS && done < 1) return;
    last = now;
    scope.postMessage({ kind: 'progress', done });
  });
  try {
    scope.postMessage({ kind: 'done', blob: await buildReportFile(request, pace) });
  } catch (error) {
    scope.postMessage({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
};

// The page knows from this that the worker runs: an error before it means that it could not start.
scope.postMessage({ kind: 'started' });
