/**
 * The HTTP adapter: Hono, because it speaks the Web-standard Request and Response the MSW
 * handlers already speak, so both servers share one way of reading requests and writing
 * answers. Every request gets an id (X-Request-Id, echoed) and one JSON log line; every
 * refusal is RFC 9457 problem+json.
 */
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { requestId } from 'hono/request-id';
import type { Logger } from 'pino';
import { PERSONAS, type PersonaId } from '../../mocks/personas.js';
import type { Actor } from '../../core/access.js';
import { accountHistory, getAccount, updateAccount } from '../../core/operations/accounts.js';
import { parseBody, parseQuery, versionOf } from '../../core/request.js';
import { actorOf, getMe, listApplications, listOrganismes, myContacts, myGrants } from '../../core/operations/session.js';
import { Refusal } from '../../core/refusal.js';
import type { Storage } from '../../core/storage.js';
import { API_BASE, ROUTES, type Route, type RouteName } from '../../src/contract/routes.js';
import { problemDetails, type ProblemCode } from '../../src/domain/problems.js';
import type { Database } from './db/database.js';
import type { Identity } from './identity.js';

export interface AppDeps {
  db: Database;
  logger: Logger;
  bodyLimit: number;
  identity: Identity;
  storage: Storage;
}

interface Input {
  actor: Actor | undefined;
  params: Record<string, string>;
  query: Record<string, unknown>;
  body: unknown;
  /** The version If-Match names (R15). */
  ifMatch: number | undefined;
}

/** The operations of core/ served so far; the others answer 501 until they move to core/. */
const SERVED: Partial<Record<RouteName, (storage: Storage, input: Input) => unknown>> = {
  getMe: (storage, { actor }) => getMe(storage, actor!),
  myGrants: (storage, { actor }) => myGrants(storage, actor!),
  myContacts: (storage, { actor }) => myContacts(storage, actor!),
  listOrganismes: (storage) => listOrganismes(storage),
  listApplications: (storage) => listApplications(storage),
  getAccount: (storage, { actor, params }) => getAccount(storage, actor!, params.id!),
  accountHistory: (storage, { actor, params }) => accountHistory(storage, actor!, params.id!),
  updateAccount: (storage, { actor, params, body, ifMatch }) => updateAccount(storage, actor!, params.id!, body as never, ifMatch),
};

export function problem(c: Context, code: ProblemCode, detail?: string, extra: object = {}): Response {
  const body = problemDetails(code, { ...(detail ? { detail } : {}), instance: c.req.path, ...extra });
  const headers: Record<string, string> = { 'Content-Type': 'application/problem+json' };
  if (body.status === 401) headers['WWW-Authenticate'] = detail?.includes('invalide') ? 'Bearer error="invalid_token"' : 'Bearer';
  return c.json(body, body.status as 400, headers);
}

const honoPath = (path: string) => API_BASE + path.replace(/\{(\w+)\}/g, ':$1');

export function createApp({ db, logger, bodyLimit: maxSize, identity, storage }: AppDeps): Hono {
  const app = new Hono();
  app.use(requestId({ headerName: 'X-Request-Id' }));
  app.use(async (c, next) => {
    const started = performance.now();
    await next();
    logger.info(
      { reqId: c.get('requestId'), method: c.req.method, path: c.req.path, status: c.res.status, ms: Math.round(performance.now() - started) },
      'request',
    );
  });
  app.use(`${API_BASE}/*`, bodyLimit({ maxSize, onError: (c) => problem(c, 'payload-too-large', `At most ${maxSize} bytes.`) }));

  // The process answers: for a load balancer's liveness check.
  app.get(`${API_BASE}/health`, (c) => c.json({ status: 'ok' }));
  // The database answers too: for readiness (no traffic until it does).
  app.get(`${API_BASE}/ready`, async (c) => {
    try {
      await db.query('select 1');
      return c.json({ status: 'ready', database: db.kind });
    } catch (error) {
      logger.warn({ reqId: c.get('requestId'), err: error }, 'database not reachable');
      return problem(c, 'not-ready');
    }
  });

  // Development: a token for a persona of the demo, signed as the provider's would be and verified by the same code.
  if (identity.devToken) {
    const devToken = identity.devToken;
    app.post(`${API_BASE}/dev/token`, async (c) => {
      const body = (await c.req.json().catch(() => ({}))) as { persona?: string };
      const persona = PERSONAS[body.persona as PersonaId];
      if (!persona) return problem(c, 'invalid-request', `persona: one of ${Object.keys(PERSONAS).join(', ')}.`);
      const [row] = await db.query<{ identifier: string }>('select identifier from accounts where id = $1', [persona.accountId]);
      if (!row) return problem(c, 'not-found', `The account ${persona.accountId} is not in this database.`);
      return c.json({ token: await devToken(row.identifier) });
    });
  }

  // The contract, from the route table: who is calling first, then the operation.
  for (const [name, route] of Object.entries(ROUTES) as [string, Route][]) {
    app.on(route.method.toUpperCase(), honoPath(route.path), async (c) => {
      try {
        const accountId = route.public ? undefined : await identity.accountOf(c.req.header('Authorization'), db);
        const operation = SERVED[name as RouteName];
        if (!operation) return problem(c, 'not-implemented', `${name} is not served by habil-server yet.`);
        const actor = accountId ? await actorOf(storage, accountId) : undefined;
        const input: Input = {
          actor,
          params: c.req.param() as Record<string, string>,
          query: parseQuery(route.query, new URL(c.req.url)),
          body: route.body ? parseBody(route.body, await c.req.text()) : undefined,
          ifMatch: versionOf(c.req.header('If-Match') ?? null),
        };
        const result = (await operation(storage, input)) as { version?: unknown };
        if (route.etag && typeof result.version === 'number') c.header('ETag', `"${result.version}"`);
        return c.json(result, (route.status ?? 200) as 200);
      } catch (error) {
        if (error instanceof Refusal) return problem(c, error.code, error.detail, error.extra);
        throw error;
      }
    });
  }

  app.notFound((c) => problem(c, 'not-found', `No endpoint ${c.req.method} ${c.req.path}.`));
  app.onError((error, c) => {
    logger.error({ reqId: c.get('requestId'), err: error }, 'unexpected error');
    return problem(c, 'internal-error');
  });
  return app;
}
