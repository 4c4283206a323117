/**
 * Test helpers for the reference server's HTTP API: one MSW worker per test file, a fresh
 * server (store, clock, persona) per test, a small typed `api()` call and problem checks.
 */
import { expect } from '@open-wc/testing';
import { startReferenceServer, type RunningReferenceServer } from '../../mocks/browser.js';
import type { PersonaId } from '../../mocks/personas.js';
import { createReferenceServer, type ReferenceServer, type ReferenceServerOptions } from '../../mocks/reference-server.js';
import { API_BASE } from '../../src/contract/routes.js';
import { problemType, type ProblemCode } from '../../src/domain/problems.js';

/** The fixed clock of the tests: Monday 2 June 2025, 10:00 in Paris. */
export const NOW = '2025-06-02T10:00:00+02:00';
export const TODAY = '2025-06-02';

export const DEFAULTS: ReferenceServerOptions = { now: NOW, generatedAccounts: 0, persona: 'admin-carsat' };

let running: RunningReferenceServer | undefined;

/**
 * Registers mocha hooks: the worker starts once for the file, and every test gets a new
 * reference server (fresh seed, clock at NOW, acting as admin-carsat unless told otherwise).
 * Returns a getter for the current server.
 */
export function useReferenceServer(options: ReferenceServerOptions = {}): () => ReferenceServer {
  let current: ReferenceServer | undefined;
  before(async () => {
    running ??= await startReferenceServer(DEFAULTS);
  });
  beforeEach(() => {
    current = createReferenceServer({ ...DEFAULTS, ...options });
    running!.worker.resetHandlers(...current.handlers);
  });
  return () => {
    if (!current) throw new Error('useReferenceServer: no server outside a test');
    return current;
  };
}

export interface ApiOptions {
  body?: unknown;
  /** The version read before (R15); sent as a quoted ETag. */
  ifMatch?: number | string;
  idempotencyKey?: string;
}

export interface ApiResponse<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

/** Calls the API (path relative to /api) and parses the JSON body, if any. */
export async function api<T = any>(method: string, path: string, options: ApiOptions = {}): Promise<ApiResponse<T>> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (options.ifMatch !== undefined) headers['If-Match'] = typeof options.ifMatch === 'number' ? `"${options.ifMatch}"` : options.ifMatch;
  if (options.idempotencyKey) headers['Idempotency-Key'] = options.idempotencyKey;
  const res = await fetch(API_BASE + path, {
    method: method.toUpperCase(),
    headers,
    ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined, headers: res.headers };
}

/** Asserts an RFC 9457 refusal: HTTP status, content type, code and type of the catalogue (`who` names the caller in a failure). */
export function expectProblem(res: ApiResponse, status: number, code: ProblemCode, who?: string): void {
  const where = `${who ? `${who}: ` : ''}${res.status} ${JSON.stringify(res.body)}`;
  expect(res.status, where).to.equal(status);
  expect(res.headers.get('content-type') ?? '', where).to.match(/^application\/problem\+json/);
  expect(res.body.code, where).to.equal(code);
  expect(res.body.type, where).to.equal(problemType(code));
  expect(res.body.status, where).to.equal(status);
}

/**
 * Asserts that each of `personas` in turn is refused the call with this status and problem code
 * (R1); the server acts as each before calling, and as the last one afterwards.
 */
export async function expectRefusedToEach(
  server: () => ReferenceServer,
  personas: readonly PersonaId[],
  call: () => Promise<ApiResponse>,
  status: number,
  code: ProblemCode,
): Promise<void> {
  for (const persona of personas) {
    server().actAs(persona);
    expectProblem(await call(), status, code, persona);
  }
}

/** Asserts a success status, showing the problem when there is one. */
export function expectOk<T>(res: ApiResponse<T>, status = 200): T {
  expect(res.status, `${res.status} ${JSON.stringify(res.body)}`).to.equal(status);
  return res.body;
}
