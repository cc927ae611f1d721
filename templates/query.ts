/**
 * TanStack Query options for generated operations (a client's `query.ts` is built on these): query keys that start
 * with the API and the operation and hold the params, `queryFn`s that pass TanStack's `signal` to the call and
 * throw `ApiCallError` carrying the operation's typed error, mutations, and invalidation by resource. Typed with
 * `@tanstack/query-core`, which every adapter (React, Vue, Svelte, Solid, Angular) re-exports, and imported for
 * its types only: a client that uses these adds no runtime dependency.
 */
import type { DataTag, InvalidateOptions, InvalidateQueryFilters, MutationOptions, QueryFunctionContext, QueryKey, QueryOptions } from '@tanstack/query-core';
import type { Client, RequestOptions } from './client.js';
import { ApiCallError } from './unwrap.js';

/** What every operation's error union is made of. */
export type ErrorShape = { readonly kind: string; readonly message: string };

/** What a generated operation resolves to, as far as these options read it. */
export type AnyResult = { readonly ok: true; readonly data: unknown } | { readonly ok: false; readonly error: ErrorShape };

/**
 * A generated operation, as the functions below take it. They are declared to return `never`: the generated
 * function that calls one states the operation's own types in its return annotation, which a type checker takes
 * as written, where inferring them here from the operation's type cost a client's users about 40 ms of every
 * `tsc` run per operation (2 s for Smithery's 52 operations).
 */
export type AnyOperation = (client: Client, params: never, options?: RequestOptions) => Promise<AnyResult>;

/**
 * A query's `data` for an operation's response body: `null` where the response has none, since TanStack Query
 * refuses `undefined` as a query's data.
 */
export type QueryData<Response> = Exclude<Response, undefined> | (undefined extends Response ? null : never);

/** An operation's query key, `[api, operation, params]`, tagged with its data and error types for `getQueryData` and `setQueryData`. */
export type QueryKeyOf<Name extends string, Params, Response, E extends ErrorShape> = DataTag<readonly [string, Name, Params], QueryData<Response>, ApiCallError<E>>;

/** Options for `useQuery`, `queryClient.fetchQuery`, `prefetchQuery`, `QueryObserver`, …: the operation's key, and a `queryFn` calling it. */
export interface QueryOptionsOf<Name extends string, Params, Response, E extends ErrorShape> {
  readonly queryKey: QueryKeyOf<Name, Params, Response, E>;
  /** Calls the operation with TanStack's `signal` (and the call options' own): its data, or `ApiCallError` with its typed error. */
  readonly queryFn: (context: QueryFunctionContext<readonly [string, Name, Params]>) => Promise<QueryData<Response>>;
  /**
   * Never set here. Declared so that every adapter infers the query's error type (`ApiCallError` with the
   * operation's union) from these options, which it reads from these two options' types; declaring both keeps
   * it when a caller adds one of them beside the options (where its function's `error` is then typed too).
   */
  readonly retry?: QueryOptions<QueryData<Response>, ApiCallError<E>, QueryData<Response>, readonly [string, Name, Params]>['retry'];
  /** Never set here; see `retry`. */
  readonly retryDelay?: QueryOptions<QueryData<Response>, ApiCallError<E>, QueryData<Response>, readonly [string, Name, Params]>['retryDelay'];
}

/** A mutation's options for `useMutation`, `MutationObserver`, …: its key `[api, operation]`, and a `mutationFn` calling it. */
export interface MutationOptionsOf<Name extends string, Params, Response, E extends ErrorShape> {
  readonly mutationKey: readonly [string, Name];
  /** Calls the operation with `params`: its data, or `ApiCallError` with its typed error. */
  readonly mutationFn: (params: Params) => Promise<Response>;
  /** Never set here. Declared so that adapters infer the mutation's error type (see QueryOptionsOf's `retry`). */
  readonly retry?: MutationOptions<Response, ApiCallError<E>, Params>['retry'];
  /** Never set here; see `retry`. */
  readonly retryDelay?: MutationOptions<Response, ApiCallError<E>, Params>['retryDelay'];
}

/** The key of an operation's query for `params`: `[api, name, params]`, `{}` for params left out (so `f()` and `f({})` share a cache entry). */
export function queryKeyOf(api: string, name: string, params: unknown): never;
export function queryKeyOf(api: string, name: string, params: unknown): QueryKey {
  return [api, name, params ?? {}];
}

/** Options that call `operation` with `params` under `queryKey`; see QueryOptionsOf. */
export function queryOptionsOf(queryKey: QueryKey, operation: AnyOperation, client: Client, params: unknown, options: RequestOptions | undefined): never;
export function queryOptionsOf(
  queryKey: QueryKey,
  operation: AnyOperation,
  client: Client,
  params: unknown,
  options: RequestOptions | undefined,
): QueryOptionsOf<string, unknown, unknown, ErrorShape> {
  return {
    queryKey: queryKey as QueryOptionsOf<string, unknown, unknown, ErrorShape>['queryKey'],
    queryFn: async ({ signal }) => {
      const result = await operation(client, params as never, withSignal(options, signal));
      if (!result.ok) throw new ApiCallError(result.error);
      return result.data === undefined ? null : result.data;
    },
  };
}

/**
 * Options that call `operation` with the mutation's variables; see MutationOptionsOf. Its variables type adds
 * `void` where the operation's params are optional, so that `mutate()` may leave them out.
 */
export function mutationOptionsOf(api: string, name: string, operation: AnyOperation, client: Client, options: RequestOptions | undefined): never;
export function mutationOptionsOf(
  api: string,
  name: string,
  operation: AnyOperation,
  client: Client,
  options: RequestOptions | undefined,
): MutationOptionsOf<string, unknown, unknown, ErrorShape> {
  return {
    mutationKey: [api, name],
    mutationFn: async (params) => {
      const result = await operation(client, params as never, options);
      if (!result.ok) throw new ApiCallError(result.error);
      return result.data;
    },
  };
}

/**
 * The call options with TanStack's `signal` added: cancelling the query (a component unmounting, `cancelQueries`)
 * aborts the request, as does the caller's own `signal` when there is one.
 */
export function withSignal(options: RequestOptions | undefined, signal: AbortSignal): RequestOptions {
  const own = options?.signal;
  return { ...options, signal: own === undefined ? signal : bothSignals(own, signal) };
}

/** A signal that aborts when either does. */
function bothSignals(a: AbortSignal, b: AbortSignal): AbortSignal {
  // AbortSignal.any takes only this realm's signals (browsers check); a polyfill's or another realm's is followed.
  if (typeof AbortSignal.any === 'function' && a instanceof AbortSignal && b instanceof AbortSignal) return AbortSignal.any([a, b]);
  const controller = new AbortController();
  for (const signal of [a, b]) {
    if (signal.aborted) controller.abort(signal.reason);
    else signal.addEventListener('abort', () => controller.abort(signal.reason), { once: true, signal: controller.signal });
  }
  return controller.signal;
}

/** What invalidation needs of a `QueryClient`: any adapter's (React's, Vue's, …) will do. */
export interface InvalidatingClient {
  invalidateQueries(filters?: InvalidateQueryFilters, options?: InvalidateOptions): Promise<void>;
}

export type { InvalidateOptions };

/** Filters matching every query (and infinite query) of `api` whose operation is one of `names`. */
export function operationsFilter(api: string, names: readonly string[]): InvalidateQueryFilters {
  const set = new Set(names);
  return { predicate: (query) => query.queryKey[0] === api && typeof query.queryKey[1] === 'string' && set.has(query.queryKey[1]) };
}

/** Marks the queries of `names` stale and refetches the active ones (TanStack's `invalidateQueries`). */
export function invalidateOperations(queryClient: InvalidatingClient, api: string, names: readonly string[], options?: InvalidateOptions): Promise<void> {
  return queryClient.invalidateQueries(operationsFilter(api, names), options);
}
