/**
 * The default {@link HabilClient}: the kit's REST contract over the browser's fetch, through
 * up-fetch (about 2 KB gzip: base URL, a timeout per attempt, retries with a delay). The
 * request itself (path, query, headers, body) is described once, in `request.ts`.
 */
import { up } from 'up-fetch';
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

export interface RetryOptions {
  /** How many times a read is sent again. @default 2 */
  limit?: number;
  /** Milliseconds to wait before retry number `attempt` (1, 2…), when the server did not say (Retry-After). @default 300 · 2^(attempt − 1) */
  delay?: (attempt: number) => number;
}

export interface FetchClientOptions {
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
   * Retries of reads after a network error or a 408/413/429/5xx answer. Writes are never
   * retried, whatever is given here: the server may have applied the first attempt. @default 2
   */
  retry?: number | RetryOptions;
  /**
   * The fetch to send requests with, e.g. the portal's own wrapped fetch: the place to log,
   * or to renew a session on a 401 and send the request again (clone it first: its body can
   * be read once). @default globalThis.fetch
   */
  fetch?: (input: Request, init?: RequestInit) => Promise<Response>;
}

const UNSAFE_METHODS = new Set<string>(['POST', 'PUT', 'PATCH', 'DELETE']);
/** The answers after which a read is worth sending again: the server or a proxy may do better a moment later. */
const RETRY_STATUSES = new Set([408, 413, 429, 500, 502, 503, 504]);
/** The longest Retry-After waited for before a read is sent again. */
const MAX_RETRY_AFTER = 30_000;

/** A {@link HabilClient} that speaks the kit's REST contract over fetch. */
export function createFetchClient(options: FetchClientOptions = {}): HabilClient {
  const timeout = options.timeout ?? 15_000;
  const retry = typeof options.retry === 'number' ? { limit: options.retry } : (options.retry ?? {});
  const backoff = retry.delay ?? ((attempt: number) => 300 * 2 ** (attempt - 1));
  const base = String(options.baseUrl ?? API_BASE).replace(/\/$/, '');

  // up-fetch hands its fetch the Request it built from the URL and options given below.
  const send = up((input: RequestInfo | URL, init?: RequestInit) => (options.fetch ?? fetch)(input as Request, init), () => ({
    credentials: options.credentials ?? 'same-origin',
    timeout,
    retry: {
      attempts: retry.limit ?? 2,
      when: ({ request, response, error }) =>
        !UNSAFE_METHODS.has(request.method) && (response ? RETRY_STATUSES.has(response.status) : error instanceof TypeError),
      delay: ({ attempt, response }) => retryAfter(response) ?? backoff(attempt),
    },
    parseResponse: (response: Response) => (response.status === 204 || response.status === 202 ? undefined : response.json()),
    parseRejected: async (response: Response) => ProblemError.fromResponse(response.status, await bodyOf(response)),
  }));

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
    // Whatever fetch made of an abort, the caller gets back the reason it gave.
    if (signal?.aborted) return signal.reason;
    const what = `${request.method} ${request.path}`;
    if (error instanceof ProblemError) return error;
    if (error instanceof DOMException && error.name === 'TimeoutError') {
      return new TimeoutError(`${what}: no answer within ${timeout} ms.`, { cause: error });
    }
    if (error instanceof TypeError) return new NetworkError(`${what}: the server could not be reached.`, { cause: error });
    return error;
  }

  return {
    async call<K extends RouteName>(name: K, args: RouteArgs<K>, { signal, lang }: CallOptions = {}): Promise<RouteResult<K>> {
      const request = describeRequest(name, args, { lang });
      try {
        return (await send(base + request.path, {
          method: request.method,
          headers: await headersFor(request),
          body: request.body,
          signal,
        })) as RouteResult<K>;
      } catch (error) {
        throw callError(error, request, signal);
      }
    },
  };
}

/** The error's body as read: JSON when it parses, else its text, else nothing. */
async function bodyOf(response: Response): Promise<unknown> {
  const text = await response.text().catch(() => '');
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text || undefined;
  }
}

/** The wait the server asked for (Retry-After in seconds or as a date), within {@link MAX_RETRY_AFTER}. */
function retryAfter(response: Response | undefined): number | undefined {
  const value = response?.headers.get('Retry-After');
  if (!value) return undefined;
  const wait = /^\d+$/.test(value) ? Number(value) * 1000 : Date.parse(value) - Date.now();
  return Number.isFinite(wait) ? Math.min(Math.max(wait, 0), MAX_RETRY_AFTER) : undefined;
}
