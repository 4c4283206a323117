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
import { API_BASE } from '../../src/contract/routes.js';
import { problemDetails, type ProblemCode } from '../../src/domain/problems.js';
import type { Database } from './db/database.js';

export interface AppDeps {
  db: Database;
  logger: Logger;
  bodyLimit: number;
}

export function problem(c: Context, code: ProblemCode, detail?: string): Response {
  const body = problemDetails(code, { ...(detail ? { detail } : {}), instance: c.req.path });
  return c.json(body, body.status as 400, { 'Content-Type': 'application/problem+json' });
}

export function createApp({ db, logger, bodyLimit: maxSize }: AppDeps): Hono {
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

  app.notFound((c) => problem(c, 'not-found', `No endpoint ${c.req.method} ${c.req.path}.`));
  app.onError((error, c) => {
    logger.error({ reqId: c.get('requestId'), err: error }, 'unexpected error');
    return problem(c, 'internal-error');
  });
  return app;
}
