/**
 * Turns the route table into MSW handlers: parses path, query and body against the
 * contract's schemas, resolves the acting person, checks If-Match (R15), replays
 * idempotent answers (R5) and writes every refusal as RFC 9457 problem+json.
 */
import { FormatRegistry, type Static, type TSchema } from '@sinclair/typebox';
import { ValueErrorType, type ValueError } from '@sinclair/typebox/errors';
import { Value } from '@sinclair/typebox/value';
import { http, HttpResponse, type HttpHandler } from 'msw';
import { ROUTES, type Route, type RouteName } from '../src/contract/routes.js';
import { FIELD_ERROR_LABELS, PHONE_PATTERN, problemDetails, type FieldErrorCode, type Problem } from '../src/domain/index.js';
import { isIsoDate } from '../src/domain/index.js';
import { actorOf, type Actor } from './access.js';
import { Refusal } from '../core/refusal.js';
import type { ReferenceStore } from './store.js';

FormatRegistry.Set('date', (v) => isIsoDate(v));
FormatRegistry.Set('date-time', (v) => !Number.isNaN(Date.parse(v)));
FormatRegistry.Set('email', (v) => /^[^\s@]+@[^\s@]+$/.test(v));
FormatRegistry.Set('uri-reference', () => true);

type StaticOf<S> = S extends TSchema ? Static<S> : undefined;
type R<K extends RouteName> = (typeof ROUTES)[K];

export interface Context<K extends RouteName> {
  store: ReferenceStore;
  actor: Actor;
  params: Record<string, string>;
  query: R<K> extends { query: infer Q } ? StaticOf<Q> : Record<string, never>;
  body: R<K> extends { body: infer B } ? StaticOf<B> : undefined;
  /** Refuses unless If-Match names the current version (R15). */
  expectVersion(current: number): void;
  request: Request;
}

export type Handler<K extends RouteName> = (ctx: Context<K>) => unknown;

export interface ServerState {
  store: ReferenceStore;
  /** The account the requests are made as (the persona). */
  actingAccountId: () => string | undefined;
  /** Runs before each request: the reference server applies tacit acceptance there (R4). */
  beforeEach: () => void;
  baseUrl: string;
}

export function problemBody(refusal: Refusal, instance?: string): Problem {
  return problemDetails(refusal.code, { ...(refusal.detail ? { detail: refusal.detail } : {}), ...(instance ? { instance } : {}), ...refusal.extra });
}

function problemResponse(refusal: Refusal, instance?: string): Response {
  const body = problemBody(refusal, instance);
  return HttpResponse.json(body, { status: body.status, headers: { 'Content-Type': 'application/problem+json' } });
}

function parseQuery(schema: TSchema | undefined, url: URL): Record<string, unknown> {
  if (!schema) return {};
  const props = (schema as unknown as { properties: Record<string, TSchema> }).properties;
  const out: Record<string, unknown> = {};
  for (const [name, propSchema] of Object.entries(props)) {
    const raw = url.searchParams.get(name);
    if (raw === null || raw === '') continue;
    const type = (propSchema as { type?: string }).type;
    if (type === 'boolean') {
      if (raw !== 'true' && raw !== 'false') throw new Refusal('invalid-request', `${name} must be true or false.`);
      out[name] = raw === 'true';
    } else if (type === 'integer') {
      const n = Number(raw);
      if (!Number.isInteger(n)) throw new Refusal('invalid-request', `${name} must be a whole number.`);
      out[name] = n;
    } else out[name] = raw;
  }
  // A query string is built by the widget, not typed into a form: any error is a malformed request.
  if (!Value.Check(schema, out)) throw schemaRefusal(schema, out, { fromForm: false });
  return out;
}

/** R17: the errors a person can make in a form field, as field error codes the forms show. */
function fieldErrorCode(e: ValueError): FieldErrorCode | undefined {
  if (e.type === ValueErrorType.StringMaxLength) return 'too-long';
  if (e.type === ValueErrorType.StringPattern) return e.schema.pattern === PHONE_PATTERN ? 'phone' : 'invalid-characters';
  if (e.type === ValueErrorType.StringFormat && e.schema.format === 'date') return 'invalid-date';
  return undefined;
}

/**
 * A body that breaks the contract. When every error is one a person makes in a field
 * (too long, invisible characters, a phone or a date badly written), the answer is
 * validation-failed with the fields, so the form shows each next to its field; anything else
 * is a malformed request (invalid-request).
 */
function schemaRefusal(schema: TSchema, value: unknown, { fromForm = true } = {}): Refusal {
  const found = [...Value.Errors(schema, value)].slice(0, 20);
  const fieldOf = (e: ValueError) => e.path.replace(/^\//, '').replace(/\//g, '.') || '(body)';
  const codes = found.map(fieldErrorCode);
  if (fromForm && codes.every((c) => c !== undefined)) {
    const errors = found
      .map((e, i) => ({ field: fieldOf(e), code: codes[i]!, message: FIELD_ERROR_LABELS[codes[i]!].fr }))
      .filter((e, i, all) => all.findIndex((o) => o.field === e.field) === i);
    return new Refusal('validation-failed', undefined, { errors });
  }
  const errors = found.map((e) => ({ field: fieldOf(e), code: 'invalid', message: e.message }));
  return new Refusal('invalid-request', 'The request does not match the contract.', { errors });
}

function versionOf(header: string | null): number | undefined {
  if (header === null) return undefined;
  const n = Number(header.replace(/^W\//, '').replace(/"/g, '').trim());
  return Number.isInteger(n) ? n : NaN;
}

function toMswPath(path: string): string {
  return path.replace(/\{(\w+)\}/g, ':$1');
}

export function handle<K extends RouteName>(state: ServerState, name: K, handler: Handler<K>): HttpHandler {
  const route: Route = ROUTES[name];
  return http[route.method](state.baseUrl + toMswPath(route.path), async ({ request, params }) => {
    const url = new URL(request.url);
    try {
      state.beforeEach();
      const accountId = state.actingAccountId();
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
        if (!first) throw new Refusal('idempotency-key-reused', 'The first request with this key was refused; send a new key.');
        return replayResponse(first.status, first.body);
      }
      const pending = answer(text);
      const recorded = pending.then(
        (res) => (res.ok ? (res.clone().json() as Promise<unknown>).catch(() => undefined).then((body) => ({ status: res.status, body })) : undefined),
        () => undefined,
      );
      state.store.idempotency.set(key, { fingerprint, answer: recorded });
      // A refused request leaves its key free: the person corrects it and sends it again.
      void recorded.then((first) => {
        if (!first) state.store.idempotency.delete(key);
      });
      return await pending;

      async function answer(bodyText: string): Promise<Response> {
        let body: unknown;
        if (route.body) {
          try {
            body = JSON.parse(bodyText);
          } catch {
            throw new Refusal('invalid-request', 'The body must be JSON.');
          }
          if (!Value.Check(route.body, body)) throw schemaRefusal(route.body, body);
        }
        const ifMatch = versionOf(request.headers.get('If-Match'));
        const ctx = {
          store: state.store,
          actor,
          params: params as Record<string, string>,
          query: parseQuery(route.query, url),
          body,
          request,
          expectVersion(current: number) {
            if (ifMatch === undefined) throw new Refusal('precondition-required');
            if (ifMatch !== current) throw new Refusal('stale-write', undefined, { currentVersion: current });
          },
        } as unknown as Context<K>;
        try {
          const result = await handler(ctx);
          return success(route, route.status ?? 200, result);
        } catch (error) {
          if (error instanceof Refusal) return problemResponse(error, url.pathname);
          throw error;
        }
      }
    } catch (error) {
      if (error instanceof Refusal) return problemResponse(error, url.pathname);
      throw error;
    }
  });
}

function success(route: Route, status: number, result: unknown): Response {
  if (status === 204 || status === 202 || result === undefined) return new HttpResponse(null, { status });
  const headers: Record<string, string> = {};
  const version = (result as { version?: number }).version;
  if (route.etag && typeof version === 'number') headers.ETag = `"${version}"`;
  return HttpResponse.json(result as object, { status, headers });
}

function replayResponse(status: number, body: unknown): Response {
  if (body === undefined) return new HttpResponse(null, { status });
  return HttpResponse.json(body as object, { status, headers: { 'Idempotent-Replayed': 'true' } });
}

export function notFound(what: string): Refusal {
  return new Refusal('not-found', `${what} not found.`);
}
