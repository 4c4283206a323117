/**
 * Turns the route table into MSW handlers: parses path, query and body against the
 * contract's schemas, resolves the acting person, reads If-Match (R15), replays
 * idempotent answers (R5), answers in the language of Accept-Language and writes every
 * refusal as RFC 9457 problem+json.
 */
import type { Static, TSchema } from '@sinclair/typebox';
import { http, HttpResponse, type HttpHandler } from 'msw';
import { languageHeaders, languageOf, type Lang } from '../core/language.js';
import { parseBody, parseQuery, versionOf } from '../core/request.js';
import { problemOf, Refusal } from '../core/refusal.js';
import { runOperation } from '../core/operations/index.js';
import { memoryStorage } from './memory-storage.js';
import { ROUTES, type Route, type RouteName } from '../src/contract/routes.js';
import { actorOf, type Actor } from './access.js';
import type { ReferenceStore } from './store.js';

type StaticOf<S> = S extends TSchema ? Static<S> : undefined;
type R<K extends RouteName> = (typeof ROUTES)[K];

export interface Context<K extends RouteName> {
  store: ReferenceStore;
  actor: Actor;
  params: Record<string, string>;
  query: R<K> extends { query: infer Q } ? StaticOf<Q> : Record<string, never>;
  body: R<K> extends { body: infer B } ? StaticOf<B> : undefined;
  request: Request;
  /** The language of the answer (Accept-Language). */
  lang: Lang;
}

export type Handler<K extends RouteName> = (ctx: Context<K>) => unknown;

export interface ServerState {
  store: ReferenceStore;
  /** The account a request is made as (the persona, or who its token names). */
  actingAccountId: (request: Request) => string | undefined;
  /** Runs before each request: the reference server applies tacit acceptance there (R4). */
  beforeEach: () => Promise<unknown>;
  baseUrl: string;
}

function problemResponse(refusal: Refusal, lang: Lang, instance?: string): Response {
  const body = problemOf(refusal, lang, instance);
  return HttpResponse.json(body, { status: body.status, headers: { 'Content-Type': 'application/problem+json', ...languageHeaders(lang) } });
}

function toMswPath(path: string): string {
  return path.replace(/\{(\w+)\}/g, ':$1');
}

export function handle<K extends RouteName>(state: ServerState, name: K, handler: Handler<K>): HttpHandler {
  const route: Route = ROUTES[name];
  return http[route.method](state.baseUrl + toMswPath(route.path), async ({ request, params }) => {
    const url = new URL(request.url);
    const lang = languageOf(request.headers.get('Accept-Language'));
    try {
      await state.beforeEach();
      const accountId = state.actingAccountId(request);
      if (!accountId && !route.public) throw new Refusal('unauthenticated');
      // Public routes (catalogue, sign-up) do not depend on who is acting.
      const actor = accountId && !route.public ? actorOf(state.store, accountId) : (undefined as unknown as Actor);

      let text = '';
      if (route.body) text = await request.text();
      const idempotencyKey = route.idempotent ? request.headers.get('Idempotency-Key') : null;
      if (!idempotencyKey) return await answer(text);
      // R5: a key belongs to one person and one request; the same request again gets the first
      // answer, even while the first is still running; another request with it is refused.
      const key = `${accountId ?? ''}|${idempotencyKey}`;
      const fingerprint = `${route.method} ${url.pathname}${url.search} ${text}`;
      const known = state.store.idempotency.get(key);
      if (known && known.fingerprint !== fingerprint) throw new Refusal('idempotency-key-reused');
      if (known) {
        const first = await known.answer;
        if (!first) throw new Refusal('idempotency-key-reused', FIRST_REFUSED);
        return replayResponse(first.status, first.body, first.lang);
      }
      const pending = answer(text);
      const recorded = pending.then(
        (res) => (res.ok ? (res.clone().json() as Promise<unknown>).catch(() => undefined).then((body) => ({ status: res.status, body, lang })) : undefined),
        () => undefined,
      );
      state.store.idempotency.set(key, { fingerprint, answer: recorded });
      // A refused request leaves its key free: the person corrects it and sends it again.
      void recorded.then((first) => {
        if (!first) state.store.idempotency.delete(key);
      });
      return await pending;

      async function answer(bodyText: string): Promise<Response> {
        const body = route.body ? parseBody(route.body, bodyText) : undefined;
        const ctx = {
          store: state.store,
          actor,
          params: params as Record<string, string>,
          query: parseQuery(route.query, url),
          body,
          request,
          lang,
        } as unknown as Context<K>;
        try {
          const result = await handler(ctx);
          return success(route, route.status ?? 200, result, lang);
        } catch (error) {
          if (error instanceof Refusal) return problemResponse(error, lang, url.pathname);
          throw error;
        }
      }
    } catch (error) {
      if (error instanceof Refusal) return problemResponse(error, lang, url.pathname);
      throw error;
    }
  });
}

const FIRST_REFUSED = { fr: 'La première requête avec cette clé a été refusée : envoyez une nouvelle clé.', en: 'The first request with this key was refused; send a new key.' };

function success(route: Route, status: number, result: unknown, lang: Lang): Response {
  const headers: Record<string, string> = languageHeaders(lang);
  if (status === 204 || status === 202 || result === undefined) return new HttpResponse(null, { status, headers });
  const version = (result as { version?: number }).version;
  if (route.etag && typeof version === 'number') headers.ETag = `"${version}"`;
  return HttpResponse.json(result as object, { status, headers });
}

/** The first answer again (R5), in the language it was written in. */
function replayResponse(status: number, body: unknown, lang: Lang): Response {
  if (body === undefined) return new HttpResponse(null, { status, headers: languageHeaders(lang) });
  return HttpResponse.json(body as object, { status, headers: { ...languageHeaders(lang), 'Idempotent-Replayed': 'true' } });
}

/** A route served by its operation of core/, over the reference server's memory. */
export function serve(state: ServerState, name: RouteName): HttpHandler {
  return handle(state, name, ({ store, actor, params, query, body, request, lang }) =>
    runOperation(name, memoryStorage(store), { actor, params, query, body, ifMatch: versionOf(request.headers.get('If-Match')), lang }),
  );
}
