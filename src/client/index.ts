/**
 * How the widgets reach the server. A widget takes its client, in this order, from its own
 * `client` property, from the nearest `<habil-provider>` (through {@link habilClientContext}),
 * or from {@link createDefaultClient}: the same-origin `/api`.
 */
import { createFetchClient } from './fetch-client.js';
import type { HabilClient } from './types.js';

export type { CallOptions, HabilClient, RouteArgs, RouteResult } from './types.js';
export { habilClientContext } from './context.js';
export { NetworkError, ProblemError, TimeoutError, type HabilCallError } from './errors.js';
export { describeRequest, type HabilRequest } from './request.js';
export { createFetchClient, type CsrfOptions, type FetchClientOptions } from './fetch-client.js';
export { clientInLanguage } from './language.js';

let defaultClient: HabilClient | undefined;

/**
 * The client of a page that configured nothing: fetch on the same-origin `/api` with the
 * defaults of {@link createFetchClient}. Every widget of the page shares the one instance.
 */
export function createDefaultClient(): HabilClient {
  defaultClient ??= createFetchClient();
  return defaultClient;
}
