/**
 * The reference server behind every story. One MSW handler forwards /api calls to the
 * server of the moment, so each story starts from the seed, acting as the persona chosen in
 * the toolbar, while a story can still put its own handlers first (parameters.msw.handlers).
 */
import { getResponse, http } from 'msw';
import { createReferenceServer, type ReferenceServer } from '../mocks/reference-server.js';
import type { PersonaId } from '../mocks/personas.js';

let current: ReferenceServer = createReferenceServer();

export function freshReferenceServer(persona: PersonaId): ReferenceServer {
  current = createReferenceServer({ persona });
  return current;
}

export const referenceHandlers = [
  http.all('/api/*', async ({ request }) => (await getResponse(current.handlers, request)) ?? new Response(null, { status: 404 })),
];
