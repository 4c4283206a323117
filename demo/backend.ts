/**
 * What the demo portal talks to: habil-server over HTTP (`npm start`: tokens from its
 * development endpoint, its date and its outbox), or the reference server in the page
 * (`npm run start:reference`, the static demo). The portal does the same with either.
 */
import { API_BASE } from '../src/contract/routes.js';
import type { PersonaId } from '../mocks/personas.js';

export interface DemoMail {
  to: string;
  subject: string;
  at: string;
  /** Sent by SMTP (habil-server with SMTP_URL); absent when only kept. */
  sent?: boolean;
}

export interface DemoBackend {
  readonly kind: 'server' | 'reference';
  /** The next calls are made as this persona. */
  actAs(persona: PersonaId): Promise<void>;
  /** The access token of the persona, for <habil-provider> (habil-server only). */
  readonly token: (() => string) | undefined;
  /** The server's date, and whether it is fixed. */
  clock(): Promise<{ now: string; fixed: boolean }>;
  /** Fixes the server's date, or lets it follow the real time (null). */
  setClock(at: string | null): Promise<void>;
  /** The notifications written, newest first. */
  mails(): Promise<DemoMail[]>;
}

async function json<T>(response: Response): Promise<T> {
  if (!response.ok) throw new Error(`${response.status} ${response.statusText}: ${await response.text()}`);
  return (await response.json()) as T;
}

async function habilServer(persona: PersonaId): Promise<DemoBackend> {
  let token = '';
  const dev = (path: string, init?: RequestInit) => fetch(`${API_BASE}/dev${path}`, { ...init, headers: { 'Content-Type': 'application/json' } });
  const backend: DemoBackend = {
    kind: 'server',
    async actAs(next) {
      token = (await json<{ token: string }>(await dev('/token', { method: 'POST', body: JSON.stringify({ persona: next }) }))).token;
    },
    token: () => token,
    clock: async () => json(await dev('/clock')),
    async setClock(at) {
      await json(await dev('/clock', { method: 'PUT', body: JSON.stringify({ now: at }) }));
    },
    mails: async () => json(await dev('/mail')),
  };
  await backend.actAs(persona);
  return backend;
}

async function referenceServer(persona: PersonaId, generatedAccounts?: number): Promise<DemoBackend> {
  // Loaded only here: on habil-server, the page holds no mock at all.
  const { startReferenceServer } = await import('../mocks/browser.js');
  const { server } = await startReferenceServer({ persona, ...(generatedAccounts ? { generatedAccounts } : {}) });
  return {
    kind: 'reference',
    async actAs(next) {
      server.actAs(next);
    },
    token: undefined,
    clock: async () => ({ now: server.clock.now().toISOString(), fixed: server.clock.fixed }),
    async setClock(at) {
      if (at) server.clock.set(at);
      else server.clock.release();
    },
    mails: async () => [...server.store.sentMail].reverse(),
  };
}

export function connect(persona: PersonaId, options: { generatedAccounts?: number } = {}): Promise<DemoBackend> {
  return import.meta.env.HABIL_BACKEND === 'server' ? habilServer(persona) : referenceServer(persona, options.generatedAccounts);
}
