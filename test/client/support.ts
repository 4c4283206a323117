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

/** The reason the promise rejects with; fails the test when it resolves. */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('Expected the call to be rejected, and it resolved.');
}
