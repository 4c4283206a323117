/**
 * The one interface the widgets depend on to reach the server. It has a single method,
 * typed from the route table, so that a host can plug in its own implementation (its
 * portal's HTTP stack, a message channel, a test double) by writing one function.
 */
import type { Static, TSchema } from '@sinclair/typebox';
import type { ROUTES, RouteName } from '../contract/routes.js';

type RouteOf<K extends RouteName> = (typeof ROUTES)[K];

type ParamNames<P extends string> = P extends `${string}{${infer Name}}${infer Rest}` ? Name | ParamNames<Rest> : never;

type StaticOf<S> = S extends TSchema ? Static<S> : never;

type PathArgs<R> = R extends { path: infer P extends string }
  ? [ParamNames<P>] extends [never]
    ? { params?: undefined }
    : { params: Record<ParamNames<P>, string> }
  : never;
type QueryArgs<R> = R extends { query: infer Q } ? { query?: StaticOf<Q> } : { query?: undefined };
type BodyArgs<R> = R extends { body: infer B } ? { body: StaticOf<B> } : { body?: undefined };
type IfMatchArgs<R> = R extends { ifMatch: true }
  ? { /** The version of the object as it was read (R15). */ ifMatch: number | string }
  : { ifMatch?: undefined };
type IdempotencyArgs<R> = R extends { idempotent: true }
  ? { /** Same key, same answer: a retried decision is applied once (R5). */ idempotencyKey?: string }
  : { idempotencyKey?: undefined };

/** What a call of route K takes: path parameters, query, body and the headers the contract names. */
export type RouteArgs<K extends RouteName> = PathArgs<RouteOf<K>> &
  QueryArgs<RouteOf<K>> &
  BodyArgs<RouteOf<K>> &
  IfMatchArgs<RouteOf<K>> &
  IdempotencyArgs<RouteOf<K>>;

/** What a call of route K resolves to: the response body, or undefined for 202/204. */
export type RouteResult<K extends RouteName> = RouteOf<K> extends { response: infer S } ? StaticOf<S> : undefined;

export interface CallOptions {
  /** Aborts the request (e.g. a newer search replaced it). */
  signal?: AbortSignal;
  /**
   * The language the server writes its texts in (the catalogue's words, history summaries,
   * refusal details): sent as `Accept-Language`. A widget passes its own; without it the
   * server answers in French.
   */
  lang?: 'fr' | 'en';
}

export interface HabilClient {
  /**
   * Calls one endpoint of the contract. Resolves with the response body; rejects with a
   * {@link ProblemError} for an HTTP error (problem+json parsed), a {@link NetworkError}
   * when the server could not be reached, a {@link TimeoutError}, or the AbortSignal's reason.
   */
  call<K extends RouteName>(name: K, args: RouteArgs<K>, options?: CallOptions): Promise<RouteResult<K>>;
}
