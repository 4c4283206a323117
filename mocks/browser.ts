/** Starts the reference server in the page, through MSW's service worker. */
import { setupWorker, type SetupWorker } from 'msw/browser';
import { createReferenceServer, type ReferenceServer, type ReferenceServerOptions } from './reference-server.js';

export interface RunningReferenceServer {
  server: ReferenceServer;
  worker: SetupWorker;
  stop(): Promise<void>;
}

export async function startReferenceServer(options: ReferenceServerOptions & { workerUrl?: string } = {}): Promise<RunningReferenceServer> {
  const server = createReferenceServer(options);
  const worker = setupWorker(...server.handlers);
  await worker.start({
    quiet: true,
    onUnhandledFrame: 'bypass',
    serviceWorker: { url: options.workerUrl ?? '/mockServiceWorker.js' },
  });
  return {
    server,
    worker,
    async stop() {
      await worker.stop();
    },
  };
}
