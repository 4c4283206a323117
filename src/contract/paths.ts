/** Paths of the contract: where the API lives and how a route's path is filled. No schema here: the browser needs only this. */

export const API_BASE = '/api';

/** Path parameters of a route, e.g. '/accounts/{id}/grants/{roleId}' → ['id', 'roleId']. */
export function pathParams(path: string): string[] {
  return [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
}

/** Fills a route path with its encoded parameters. */
export function fillPath(path: string, params: Record<string, string>): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`Missing path parameter ${name} for ${path}`);
    return encodeURIComponent(value);
  });
}

/** What the browser needs of one operation: method, path and the headers it takes (src/contract/endpoints.ts). */
export interface Endpoint {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Relative to the API base URL, with {name} path parameters. */
  path: string;
  /** Sends the version read before as If-Match (R15). */
  ifMatch?: true;
  /** Sends an Idempotency-Key (R5). */
  idempotent?: true;
}
