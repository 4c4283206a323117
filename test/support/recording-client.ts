/** A REST client for widget tests: it records every call and lets a test step in before one. */
import { ProblemError } from '../../src/client/errors.js';
import { createFetchClient } from '../../src/client/index.js';
import type { CallOptions, HabilClient, RouteArgs, RouteResult } from '../../src/client/types.js';
import type { RouteName } from '../../src/contract/routes.js';

export interface RecordedCall {
  name: RouteName;
  // Tests read the fields of the route's arguments they care about.
  args: any;
}

/**
 * `intercept` may hold a call, fail it, or let it reach the server and then lose the answer;
 * returning undefined lets the call through.
 */
export function recordingClient(intercept?: (name: RouteName, args: any, send: () => Promise<unknown>) => Promise<unknown> | undefined) {
  const real = createFetchClient({ retry: 0 });
  const calls: RecordedCall[] = [];
  const client: HabilClient = {
    call<K extends RouteName>(name: K, args: RouteArgs<K>, options?: CallOptions): Promise<RouteResult<K>> {
      calls.push({ name, args });
      const send = () => real.call(name, args, options);
      return (intercept?.(name, args, send) ?? send()) as Promise<RouteResult<K>>;
    },
  };
  return { client, calls };
}

/** The refusal of a server down for maintenance, as the client throws it: 503 with the server's `detail`. */
export function unavailable(detail: string): ProblemError {
  return ProblemError.fromResponse(503, { type: 'about:blank', title: 'Service Unavailable', status: 503, detail });
}

/** A slow server: the calls of `route` wait for `release()`, then reach the server; the others go through. */
export function holdingClient(route: RouteName) {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  const recording = recordingClient((name, _args, send) => (name === route ? held.then(send) : undefined));
  return { ...recording, release: () => release() };
}

/** The first call of `route` (of those `when` picks) is refused as `unavailable(detail)`; the next ones reach the server. */
export function failingOnceClient(route: RouteName, detail: string, when: (args: any) => boolean = () => true) {
  let failures = 1;
  return recordingClient((name, args) => (name === route && when(args) && failures-- > 0 ? Promise.reject(unavailable(detail)) : undefined));
}
