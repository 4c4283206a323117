/**
 * The reference server: the executable form of the REST contract. One instance serves
 * Storybook, the demo page and the tests through MSW handlers, over an in-memory store.
 */
import type { HttpHandler } from 'msw';
import { API_BASE } from '../src/contract/routes.js';
import { OPERATIONS } from '../core/operations/index.js';
import { applyTacitAcceptance } from '../core/operations/requests.js';
import type { RouteName } from '../src/contract/routes.js';
import { serve, type ServerState } from './http.js';
import { memoryStorage } from './memory-storage.js';
import { DEFAULT_PERSONA, PERSONAS, type PersonaId } from './personas.js';
import { seedStore } from './seed/index.js';
import { Clock, ReferenceStore } from './store.js';

export { seedStore } from './seed/index.js';

export interface ReferenceServerOptions {
  /** The server's clock; the real time when absent. Tests fix it. */
  now?: Date | string;
  persona?: PersonaId;
  /** Generated accounts added to the people of the guides (default 300). */
  generatedAccounts?: number;
  /** Where the API is mounted (default /api). */
  baseUrl?: string;
  /**
   * Who a request is made as, read from the request itself (the HTTP adapter reads its token);
   * without it, every request is made as the persona of `actAs`.
   */
  identify?: (request: Request) => string | undefined;
}

export interface ReferenceServer {
  readonly store: ReferenceStore;
  readonly clock: Clock;
  readonly handlers: HttpHandler[];
  readonly persona: PersonaId | undefined;
  /** Acts as another persona from the next request on; undefined acts as nobody (401). */
  actAs(persona: PersonaId | undefined): void;
  /** Acts as any account of the store. */
  actAsAccount(accountId: string | undefined): void;
}

export function createReferenceServer(options: ReferenceServerOptions = {}): ReferenceServer {
  const clock = new Clock(options.now);
  const store = new ReferenceStore(clock);
  seedStore(store, options.generatedAccounts ?? 300);
  let persona: PersonaId | undefined = options.persona ?? DEFAULT_PERSONA;
  let accountId: string | undefined = PERSONAS[persona].accountId;
  const state: ServerState = {
    store,
    baseUrl: options.baseUrl ?? API_BASE,
    actingAccountId: options.identify ?? (() => accountId),
    beforeEach: () => applyTacitAcceptance(memoryStorage(store)),
  };
  const handlers = (Object.keys(OPERATIONS) as RouteName[]).map((name) => serve(state, name));
  return {
    store,
    clock,
    handlers,
    get persona() {
      return persona;
    },
    actAs(next) {
      persona = next;
      accountId = next ? PERSONAS[next].accountId : undefined;
    },
    actAsAccount(next) {
      persona = undefined;
      accountId = next;
    },
  };
}
