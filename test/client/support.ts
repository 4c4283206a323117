import { HttpResponse, delay, http, type JsonBodyType } from 'msw';
import { setupWorker } from 'msw/browser';

/** One MSW worker per test page; each test adds its own handlers with `worker.use`. */
export const worker = setupWorker();

export function useMockWorker(): void {
  before(async () => {
    await worker.start({ quiet: true, onUnhandledFrame: 'bypass', serviceWorker: { url: '/mockServiceWorker.js' } });
  });
  afterEach(() => worker.resetHandlers());
  after(() => worker.stop());
}

/** Answers `method path` with `{}`, and keeps what `read` takes from each request received, in their order. */
export function recordRequests<T>(method: 'get' | 'post', path: string, read: (request: Request) => T): T[] {
  const received: T[] = [];
  worker.use(
    http[method](path, ({ request }) => {
      received.push(read(request));
      return HttpResponse.json({});
    }),
  );
  return received;
}

/** Answers GET `path` with `body`, a second late when `slow` (longer than a test lets a call take), and counts the calls received. */
export function countedGet(path: string, body: JsonBodyType, { slow = false } = {}): () => number {
  let hits = 0;
  worker.use(
    http.get(path, async () => {
      hits += 1;
      if (slow) await delay(1000);
      return HttpResponse.json(body);
    }),
  );
  return () => hits;
}

/** The reason the promise rejects with; fails the test when it resolves. */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('Expected the call to be rejected, and it resolved.');
}
