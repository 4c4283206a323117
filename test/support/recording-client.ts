/** A REST client for widget tests: it records every call and lets a test step in before one. */
import { createKyClient } from '../../src/client/index.js';
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
  const real = createKyClient({ retry: 0 });
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
