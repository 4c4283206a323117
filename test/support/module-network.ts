/**
 * A test file whose network can drop or hold the widget's own modules, as a network that loses
 * them would: one MSW worker for the file, with the reference server's handlers, fresh for every
 * test, and handlers on the modules' paths. A module loaded once stays for the page: each test
 * drops a module that no earlier test of its file loaded.
 */
import { http, HttpResponse, passthrough } from 'msw';
import { startReferenceServer, type RunningReferenceServer } from '../../mocks/browser.js';
import { createReferenceServer, type ReferenceServer, type ReferenceServerOptions } from '../../mocks/reference-server.js';
import { DEFAULTS } from './api.js';

export interface ModuleNetwork {
  /** The reference server of the running test. */
  readonly server: ReferenceServer;
  /** The module whose path matches `path` cannot be fetched, until the network comes back. */
  dropModule(path: RegExp): () => void;
  /**
   * The module whose path matches `path` waits, as on a slow network, until `answer()` lets it
   * come or fails it (then it cannot be fetched until the network comes back).
   */
  holdModule(path: RegExp): { answer: (fails: boolean) => void; networkBack: () => void };
}

/** Sets up the file's worker (mocha hooks: call it at the top of a test file). */
export function moduleNetwork(options: ReferenceServerOptions = DEFAULTS): ModuleNetwork {
  let running: RunningReferenceServer | undefined;
  let server: ReferenceServer | undefined;
  const networkBack = () => running!.worker.resetHandlers(...server!.handlers);

  before(async () => {
    running = await startReferenceServer(options);
  });
  beforeEach(() => {
    server = createReferenceServer(options);
    networkBack();
  });
  after(async () => {
    await running?.stop();
  });

  return {
    get server() {
      return server!;
    },
    dropModule(path) {
      running!.worker.use(http.get(path, () => HttpResponse.error()));
      return networkBack;
    },
    holdModule(path) {
      let answer!: (fails: boolean) => void;
      const answered = new Promise<boolean>((resolve) => (answer = resolve));
      running!.worker.use(http.get(path, async () => ((await answered) ? HttpResponse.error() : passthrough())));
      return { answer, networkBack };
    },
  };
}
