/**
 * The HTTP request a call of the contract stands for, independent of any HTTP library:
 * the default client sends it with fetch, and a host with its own HTTP stack can send it with
 * that stack instead of rebuilding URLs and headers from the route table.
 */
import { ENDPOINTS } from '../contract/endpoints.js';
import { fillPath, type Endpoint } from '../contract/paths.js';
import type { RouteName } from '../contract/routes.js';
import type { CallOptions, RouteArgs } from './types.js';

export interface HabilRequest {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Relative to the API base URL, with the query string: `/accounts?nom=B%C3%A9atrice&active=true`. */
  path: string;
  /** `Accept`, and when the call needs them `Accept-Language`, `Content-Type`, `If-Match` and `Idempotency-Key`. */
  headers: Record<string, string>;
  /** The body, already serialised as JSON. */
  body?: string;
}

/**
 * Describes the request for one call. A decision called without an idempotency key gets a
 * fresh one here, once per call, so that whatever resends this request (a host's hook, a
 * proxy) cannot apply the decision twice (R5). A widget that lets the user try again after
 * a timeout passes its own key, the same for every attempt. The call's language, when it has
 * one, is asked for with Accept-Language.
 */
export function describeRequest<K extends RouteName>(name: K, args: RouteArgs<K>, { lang }: Pick<CallOptions, 'lang'> = {}): HabilRequest {
  const endpoint: Endpoint = ENDPOINTS[name];
  const { params, query, body, ifMatch, idempotencyKey } = args as {
    params?: Record<string, string>;
    query?: Record<string, string | number | boolean | undefined>;
    body?: unknown;
    ifMatch?: number | string;
    idempotencyKey?: string;
  };
  const headers: Record<string, string> = { Accept: 'application/json, application/problem+json' };
  if (lang) headers['Accept-Language'] = lang;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (ifMatch !== undefined) headers['If-Match'] = asEntityTag(ifMatch);
  if (endpoint.idempotent) headers['Idempotency-Key'] = idempotencyKey ?? crypto.randomUUID();
  return {
    method: endpoint.method,
    path: fillPath(endpoint.path, params ?? {}) + queryString(query),
    headers,
    ...(body !== undefined && { body: JSON.stringify(body) }),
  };
}

/** Filters that are not set (undefined, or an emptied text field) are left out of the URL. */
function queryString(query: Record<string, string | number | boolean | undefined> | undefined): string {
  const pairs = Object.entries(query ?? {})
    .filter((entry): entry is [string, string | number | boolean] => entry[1] !== undefined && entry[1] !== '')
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`);
  return pairs.length ? `?${pairs.join('&')}` : '';
}

/** Versions travel as ETags (R15); one already quoted, as read from an ETag header, is kept. */
function asEntityTag(version: number | string): string {
  const text = String(version);
  return /^(W\/)?".*"$/.test(text) ? text : `"${text}"`;
}
