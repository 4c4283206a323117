import ky, { isHTTPError, isNetworkError, isTimeoutError, type Hooks, type RetryOptions } from 'ky';
import { API_BASE } from '../contract/paths.js';
import type { RouteName } from '../contract/routes.js';
import { NetworkError, ProblemError, TimeoutError } from './errors.js';
import { describeRequest, type HabilRequest } from './request.js';
import type { CallOptions, HabilClient, RouteArgs, RouteResult } from './types.js';

type HeadersSource = HeadersInit | (() => HeadersInit | Promise<HeadersInit>);

export interface CsrfOptions {
  /** @default 'X-CSRF-Token' */
  header?: string;
  /** The token, or a function asked before every write (e.g. reading the portal's cookie or meta tag). */
  token: string | (() => string | Promise<string>);
}

export interface KyClientOptions {
  /** Where the API lives: a path on this origin or an absolute URL. @default '/api' */
  baseUrl?: string | URL;
  /** Added to every request; a function is called for every call (e.g. to read a fresh bearer token). */
  headers?: HeadersSource;
  /** Set `'include'` for an API on another origin that authenticates with cookies. @default 'same-origin' */
  credentials?: RequestCredentials;
  /** Sends a CSRF token on writes (POST, PUT, PATCH, DELETE), never on reads. */
  csrf?: CsrfOptions;
  /** Milliseconds per attempt. @default 15000 */
  timeout?: number;
  /**
   * Retries of reads after a network error or a 408/429/5xx answer: a number of retries or
   * ky's retry options. Writes are never retried, whatever is given here: the server may
   * have applied the first attempt. @default 2
   */
  retry?: number | Omit<RetryOptions, 'methods'>;
  /** The fetch to send requests with, e.g. the portal's own wrapped fetch. @default globalThis.fetch */
  fetch?: (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;
  /** ky hooks, for what the options above do not cover (logging, refreshing a session…). */
  hooks?: Hooks;
}

const UNSAFE_METHODS = new Set<HabilRequest['method']>(['POST', 'PUT', 'PATCH', 'DELETE']);

/** A {@link HabilClient} that speaks the kit's REST contract over fetch, through ky. */
export function createKyClient(options: KyClientOptions = {}): HabilClient {
  const timeout = options.timeout ?? 15_000;
  const retry = typeof options.retry === 'number' ? { limit: options.retry } : options.retry;
  const api = ky.create({
    prefix: options.baseUrl ?? API_BASE,
    credentials: options.credentials ?? 'same-origin',
    timeout,
    retry: { ...retry, methods: ['get', 'head'] },
    fetch: options.fetch,
    hooks: options.hooks,
  });

  async function headersFor(request: HabilRequest): Promise<Headers> {
    const { headers: hostHeaders, csrf } = options;
    const headers = new Headers(typeof hostHeaders === 'function' ? await hostHeaders() : hostHeaders);
    for (const [name, value] of Object.entries(request.headers)) headers.set(name, value);
    if (csrf && UNSAFE_METHODS.has(request.method)) {
      headers.set(csrf.header ?? 'X-CSRF-Token', typeof csrf.token === 'function' ? await csrf.token() : csrf.token);
    }
    return headers;
  }

  function callError(error: unknown, request: HabilRequest, signal: AbortSignal | undefined): unknown {
    // Whatever ky or fetch made of an abort, the caller gets back the reason it gave.
    if (signal?.aborted) return signal.reason;
    const what = `${request.method} ${request.path}`;
    if (isHTTPError(error)) return ProblemError.fromResponse(error.response.status, error.data, { cause: error });
    if (isTimeoutError(error)) return new TimeoutError(`${what}: no answer within ${timeout} ms.`, { cause: error });
    if (isNetworkError(error)) return new NetworkError(`${what}: the server could not be reached.`, { cause: error });
    return error;
  }

  return {
    async call<K extends RouteName>(name: K, args: RouteArgs<K>, { signal, lang }: CallOptions = {}): Promise<RouteResult<K>> {
      const request = describeRequest(name, args, { lang });
      try {
        const response = await api(request.path, {
          method: request.method,
          headers: await headersFor(request),
          body: request.body,
          signal,
        });
        if (response.status === 204 || response.status === 202) return undefined as RouteResult<K>;
        return (await response.json()) as RouteResult<K>;
      } catch (error) {
        throw callError(error, request, signal);
      }
    },
  };
}
