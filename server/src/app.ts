/**
 * The HTTP adapter: Hono, because it speaks the Web-standard Request and Response the MSW
 * handlers already speak, so both servers share one way of reading requests and writing
 * answers. Every request gets an id (X-Request-Id, echoed) and one JSON log line; every
 * answer is in the language of its Accept-Language (core/language.ts); every refusal is
 * RFC 9457 problem+json.
 */
import { Hono, type Context } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';
import { bodyLimit } from 'hono/body-limit';
import { compress } from 'hono/compress';
import { requestId } from 'hono/request-id';
import type { Logger } from 'pino';
import { PERSONAS, type PersonaId } from '../../mocks/personas.js';
import { runOperation, type RequestInput } from '../../core/operations/index.js';
import { applyTacitAcceptance } from '../../core/operations/requests.js';
import { actorOf } from '../../core/operations/session.js';
import { languageHeaders, languageOf, type Lang } from '../../core/language.js';
import { parseBody, parseQuery, versionOf } from '../../core/request.js';
import { problemOf, Refusal } from '../../core/refusal.js';
import type { Storage } from '../../core/storage.js';
import { API_BASE, ROUTES, type Route, type RouteName } from '../../src/contract/routes.js';
import type { Database, Queryable } from './db/database.js';
import { INVALID_TOKEN, type Identity } from './identity.js';
import type { Clock } from '../../core/clock.js';

export interface AppDeps {
  db: Database;
  logger: Logger;
  bodyLimit: number;
  identity: Identity;
  storage: Storage & { within(tx: Queryable): Storage };
  /** Sign-up requests accepted per client address and hour. */
  signupLimit?: number;
  /** The client address is the first of X-Forwarded-For (behind a load balancer that sets it). */
  trustProxy?: boolean;
  /** Called after every change that succeeded (the outbox sends its mails then). */
  onChange?: () => void;
  /** Development: the clock the demo's « Date du serveur » moves. */
  devClock?: Clock;
  /**
   * HABIL_STATIC_DIR: a folder of files served beside the API, e.g. the demo portal built for
   * habil-server (`npm run build:demo:server`). Its hashed `assets/` are cached for good, the
   * rest is asked again each time; text is compressed.
   */
  staticDir?: string;
}

/** The language of the request: every answer, refusal or not, is written in it. */
const langOf = (c: Context): Lang => languageOf(c.req.header('Accept-Language'));

export function problem(c: Context, refusal: Refusal): Response {
  const body = problemOf(refusal, langOf(c), new URL(c.req.url).pathname);
  const headers: Record<string, string> = { 'Content-Type': 'application/problem+json' };
  if (body.status === 429) headers['Retry-After'] = '3600';
  if (body.status === 401) headers['WWW-Authenticate'] = refusal.detail === INVALID_TOKEN ? 'Bearer error="invalid_token"' : 'Bearer';
  return c.json(body, body.status as 400, headers);
}

const honoPath = (path: string) => API_BASE + path.replace(/\{(\w+)\}/g, ':$1');

export function createApp({ db, logger, bodyLimit: maxSize, identity, storage, signupLimit = 10, trustProxy = false, onChange, devClock, staticDir }: AppDeps): Hono {
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
  // Lists and histories travel compressed when the client accepts it (a page of 50 accounts: 23 KB of JSON, 2.3 KB
  // in gzip). A versioned object is small, and keeps its ETag strong (R15): compressing would make it weak (W/).
  const compressed = compress();
  app.use(`${API_BASE}/*`, async (c, next) => {
    await next();
    if (!c.res.headers.has('ETag')) await compressed(c, async () => {});
  });
  // Every answer says its language, and that it depends on Accept-Language; a replay (R5) says the first answer's.
  app.use(`${API_BASE}/*`, async (c, next) => {
    await next();
    const { 'Content-Language': language, Vary: vary } = languageHeaders(langOf(c));
    if (!c.res.headers.has('Content-Language')) c.res.headers.set('Content-Language', language);
    c.res.headers.append('Vary', vary);
  });
  app.use(
    `${API_BASE}/*`,
    bodyLimit({ maxSize, onError: (c) => problem(c, new Refusal('payload-too-large', { fr: `Au plus ${maxSize} octets.`, en: `At most ${maxSize} bytes.` })) }),
  );

  // The process answers: for a load balancer's liveness check.
  app.get(`${API_BASE}/health`, (c) => c.json({ status: 'ok' }));
  // The database answers too: for readiness (no traffic until it does).
  app.get(`${API_BASE}/ready`, async (c) => {
    try {
      await db.query('select 1');
      return c.json({ status: 'ready', database: db.kind });
    } catch (error) {
      logger.warn({ reqId: c.get('requestId'), err: error }, 'database not reachable');
      return problem(c, new Refusal('not-ready'));
    }
  });

  // Development: a token for a persona of the demo, signed as the provider's would be and verified by the same code.
  if (identity.devToken) {
    const devToken = identity.devToken;
    app.post(`${API_BASE}/dev/token`, async (c) => {
      const body = (await c.req.json().catch(() => ({}))) as { persona?: string };
      const persona = PERSONAS[body.persona as PersonaId];
      const personas = Object.keys(PERSONAS).join(', ');
      if (!persona) return problem(c, new Refusal('invalid-request', { fr: `persona : l'un de ${personas}.`, en: `persona: one of ${personas}.` }));
      const [row] = await db.query<{ identifier: string }>('select identifier from accounts where id = $1', [persona.accountId]);
      if (!row) {
        return problem(c, new Refusal('not-found', { fr: `Le compte ${persona.accountId} n'est pas dans cette base.`, en: `The account ${persona.accountId} is not in this database.` }));
      }
      return c.json({ token: await devToken(row.identifier) });
    });
  }

  // Development: the server's date, which the demo shows and moves (« Date du serveur »), and the mails written.
  if (devClock) {
    const clockAnswer = () => ({ now: devClock.now().toISOString(), fixed: devClock.fixed });
    app.get(`${API_BASE}/dev/clock`, (c) => c.json(clockAnswer()));
    app.put(`${API_BASE}/dev/clock`, async (c) => {
      const body = (await c.req.json().catch(() => ({}))) as { now?: string | null };
      const at = body.now ? new Date(body.now) : undefined;
      if (at && Number.isNaN(at.getTime())) {
        return problem(
          c,
          new Refusal('invalid-request', {
            fr: 'now : une date et une heure comme 2025-06-02T10:00:00+02:00, ou null pour l’heure réelle.',
            en: 'now: a date and time such as 2025-06-02T10:00:00+02:00, or null for the real time.',
          }),
        );
      }
      if (at) devClock.set(at);
      else devClock.release();
      logger.info({ now: devClock.now().toISOString(), fixed: devClock.fixed }, 'server date changed');
      return c.json(clockAnswer());
    });
    app.get(`${API_BASE}/dev/mail`, async (c) => {
      const rows = await db.query(
        `select id::text, recipient, subject, body, to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as created_at, sent_at is not null as sent
           from outbox order by id desc limit 100`,
      );
      return c.json(rows.map((r) => ({ id: r.id, to: r.recipient, subject: r.subject, body: r.body, at: r.created_at, sent: r.sent })));
    });
  }

  // The contract, from the route table: who is calling first, then the operation of core/.
  for (const [name, route] of Object.entries(ROUTES) as [RouteName, Route][]) {
    const limited = (route.problems as readonly string[]).includes('too-many-requests');
    app.on(route.method.toUpperCase(), honoPath(route.path), async (c) => {
      try {
        const accountId = route.public ? undefined : await identity.accountOf(c.req.header('Authorization'), db);
        // R4: a request past its deadline is accepted before anyone reads it, whichever instance answers.
        await applyTacitAcceptance(storage);
        const actor = accountId ? await actorOf(storage, accountId) : undefined;
        // The routes whose contract names too-many-requests are limited: the unauthenticated sign-up.
        if (limited) await limitRequests(c, name);
        const url = new URL(c.req.url);
        const text = route.body ? await c.req.text() : '';
        const lang = langOf(c);
        const input: RequestInput = {
          actor,
          params: c.req.param() as Record<string, string>,
          query: parseQuery(route.query, url),
          body: route.body ? parseBody(route.body, text) : undefined,
          ifMatch: versionOf(c.req.header('If-Match') ?? null),
          lang,
        };
        const key = route.idempotent ? c.req.header('Idempotency-Key') : undefined;
        const changes = route.method !== 'get';
        if (!key) {
          const result = await runOperation(name, storage, input);
          if (changes) onChange?.();
          return answer(c, route, result);
        }
        // R5: a key belongs to one person and one request; kept with the answer, in the
        // transaction of the change. The same request again, even at the same instant on
        // another instance, waits for the first and gets its answer; a refused one frees the key.
        const fingerprint = `${route.method} ${url.pathname}${url.search} ${text}`;
        return await db.transaction(async (tx) => {
          const taken = await tx.query('insert into idempotency_keys (actor_id, key, fingerprint) values ($1, $2, $3) on conflict do nothing returning key', [accountId ?? '', key, fingerprint]);
          if (!taken.length) {
            const [first] = await tx.query<{ fingerprint: string; status: number; body: unknown; language: Lang | null }>(
              'select fingerprint, status, body, language from idempotency_keys where actor_id = $1 and key = $2',
              [accountId ?? '', key],
            );
            if (first!.fingerprint !== fingerprint) throw new Refusal('idempotency-key-reused');
            c.header('Idempotent-Replayed', 'true');
            // The first answer as it was written; kept before answers had a language, it was French.
            c.header('Content-Language', first!.language ?? 'fr');
            if (first!.body === null) return c.body(null, first!.status as 200);
            // postgres.js hands a jsonb parameter given as text back as text: the answer is JSON either way.
            const body = typeof first!.body === 'string' ? (JSON.parse(first!.body) as object) : (first!.body as object);
            return c.json(body, first!.status as 200);
          }
          const result = await runOperation(name, storage.within(tx), input);
          await tx.query('update idempotency_keys set status = $3, body = $4::jsonb, language = $5 where actor_id = $1 and key = $2', [
            accountId ?? '',
            key,
            route.status ?? 200,
            result === undefined ? null : JSON.stringify(result),
            lang,
          ]);
          return answer(c, route, result);
        }).then((response) => {
          onChange?.();
          return response;
        });
      } catch (error) {
        if (error instanceof Refusal) return problem(c, error);
        throw error;
      }
    });
  }

  /** Requests to a limited route, counted per client address and hour in the database (every instance counts together). */
  async function limitRequests(c: Context, name: string): Promise<void> {
    const forwarded = trustProxy ? c.req.header('X-Forwarded-For')?.split(',')[0]?.trim() : undefined;
    const address = forwarded || (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming?.socket?.remoteAddress || 'unknown';
    const [row] = await db.query<{ count: number }>(
      `insert into rate_limits (bucket, window_start, count) values ($1, date_trunc('hour', now()), 1)
       on conflict (bucket, window_start) do update set count = rate_limits.count + 1 returning count`,
      [`${name}:${address}`],
    );
    if (row!.count > signupLimit) throw new Refusal('too-many-requests');
  }

  if (staticDir) serveFiles(app, staticDir);

  app.notFound((c) => problem(c, new Refusal('not-found', { fr: `Aucun point d'accès ${c.req.method} ${c.req.path}.`, en: `No endpoint ${c.req.method} ${c.req.path}.` })));
  app.onError((error, c) => {
    logger.error({ reqId: c.get('requestId'), err: error }, 'unexpected error');
    return problem(c, new Refusal('internal-error'));
  });
  return app;
}

/** The operation's result as the route answers it: its status, an ETag for versioned objects (R15), no body for 202 and 204. */
function answer(c: Context, route: Route, result: unknown): Response {
  const status = route.status ?? 200;
  if (status === 204 || status === 202 || result === undefined) return c.body(null, status as 204);
  const version = (result as { version?: unknown }).version;
  if (route.etag && typeof version === 'number') c.header('ETag', `"${version}"`);
  return c.json(result as object, status as 200);
}

/** The files of `root` for GET and HEAD outside the API, compressed; an unknown file is the API's « not found ». */
function serveFiles(app: Hono, root: string): void {
  const files = serveStatic({
    root,
    onFound: (path, c) => {
      // Vite names what it builds in assets/ by content: a new build is a new name.
      c.header('Cache-Control', /[\\/]assets[\\/]/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  const compressed = compress();
  const isFile = (c: Context) => (c.req.method === 'GET' || c.req.method === 'HEAD') && c.req.path !== API_BASE && !c.req.path.startsWith(`${API_BASE}/`);
  app.use('*', (c, next) => (isFile(c) ? compressed(c, next) : next()));
  app.use('*', (c, next) => (isFile(c) ? files(c, next) : next()));
}
