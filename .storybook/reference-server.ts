/**
 * The reference server behind every story. One MSW handler forwards /api calls to the
 * server of the moment, so each story starts from the seed, acting as the persona chosen in
 * the toolbar, while a story can still put its own handlers first (parameters.msw.handlers).
 */
import { delay, getResponse, http, HttpResponse, type RequestHandler } from 'msw';
import { createReferenceServer, type ReferenceServer, type ReferenceServerOptions } from '../mocks/reference-server.js';
import type { PersonaId } from '../mocks/personas.js';

let current: ReferenceServer = createReferenceServer();

/**
 * A story can set `parameters.referenceServer`: `{ now }` to fix the server's clock, and
 * `{ advanceDays }` to move it forward after the seed (tacit acceptance, R4).
 */
export interface StoryServerOptions extends Pick<ReferenceServerOptions, 'now' | 'generatedAccounts'> {
  advanceDays?: number;
}

export function freshReferenceServer(persona: PersonaId, options: StoryServerOptions = {}): ReferenceServer {
  current = createReferenceServer({ persona, ...options });
  if (options.advanceDays) current.clock.advanceDays(options.advanceDays);
  return current;
}

export const referenceHandlers = [
  http.all('/api/*', async ({ request }) => (await getResponse(current.handlers, request)) ?? new Response(null, { status: 404 })),
];

declare global {
  /** The requests held unanswered for ever by `neverAnswered()`. */
  var habilHeldRequests: number | undefined;
}

/**
 * The answer of a story's handler that never comes (a loading state). It is counted in
 * `globalThis.habilHeldRequests`, so that the story sweep (test/stories), which waits for the
 * requests in flight before it checks a story, knows this one is not worth waiting for.
 */
export function neverAnswered(): Promise<void> {
  globalThis.habilHeldRequests = (globalThis.habilHeldRequests ?? 0) + 1;
  return delay('infinite');
}

/** What the stories' failing server says unless a story gives its own reason. */
const MAINTENANCE = 'Le service des habilitations est en maintenance jusqu’à 10 h 30.';

/** An RFC 9457 answer of a server down for maintenance (503), with its reason. */
export function maintenance(detail: string | undefined = MAINTENANCE): Response {
  return HttpResponse.json(
    { type: 'about:blank', title: 'Service Unavailable', status: 503, ...(detail ? { detail } : {}) },
    { status: 503, headers: { 'Content-Type': 'application/problem+json' } },
  );
}

/** A story's handlers put first, then the reference server (`parameters.msw`). */
export function withHandlers(...handlers: RequestHandler[]) {
  return { msw: { handlers: { reference: [...handlers, ...referenceHandlers] } } };
}

/** The parameters of a story whose `GET path` fails (the widget's error state). */
export const unavailable = (path: string, detail?: string) => withHandlers(http.get(path, () => maintenance(detail)));

/** The parameters of a story whose `GET path` never answers (the widget's loading state). */
export const neverAnswering = (path: string) => withHandlers(http.get(path, () => neverAnswered()));
