/**
 * The MSW reference server over HTTP, so that the tests written for habil-server run against
 * it too, unchanged: its handlers answer the requests a Node HTTP server receives (MSW's
 * getResponse), and POST /api/dev/token gives, for a persona, a token that names its account.
 */
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { getResponse } from 'msw';
import { PERSONAS, type PersonaId } from '../../mocks/personas.js';
import { createReferenceServer, type ReferenceServer } from '../../mocks/reference-server.js';

export interface ReferenceOverHttp {
  url: string;
  reference: ReferenceServer;
  stop(): Promise<void>;
}

const PREFIX = 'Bearer reference.';

export async function serveReference(options: { now?: string; generatedAccounts?: number } = {}): Promise<ReferenceOverHttp> {
  const reference = createReferenceServer({
    ...(options.now ? { now: options.now } : {}),
    generatedAccounts: options.generatedAccounts ?? 0,
    // Whatever the host and port: MSW matches the path.
    baseUrl: '*/api',
    identify: (request) => {
      const header = request.headers.get('Authorization');
      return header?.startsWith(PREFIX) ? header.slice(PREFIX.length) : undefined;
    },
  });
  const server = serve({
    port: 0,
    hostname: '127.0.0.1',
    fetch: async (request: Request) => {
      const url = new URL(request.url);
      if (request.method === 'POST' && url.pathname === '/api/dev/token') {
        const { persona } = (await request.json()) as { persona: PersonaId };
        return Response.json({ token: `reference.${PERSONAS[persona].accountId}` });
      }
      return (await getResponse(reference.handlers, request)) ?? Response.json({ code: 'not-found' }, { status: 404 });
    },
  });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    reference,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
