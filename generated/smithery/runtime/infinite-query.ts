// @ts-nocheck
// Copied from the generator's templates/infinite-query.ts, which the generator type-checks. Do not edit.
/**
 * Infinite queries over a paginated operation (TanStack Query's `useInfiniteQuery`, `InfiniteQueryObserver`,
 * `fetchInfiniteQuery`): each page is one call, and where the list continues comes from the same pagination model
 * `paginate` follows (cursor, page, offset, next URL, Link header). `hasNextPage` is false on the last page, and
 * on a page whose next page the list already gave: a server sending a cursor again cannot make it loop.
 */
import type { DataTag, GetNextPageParamFunction, InfiniteData, QueryFunctionContext, QueryKey, QueryOptions } from '@tanstack/query-core';
import type { Client, RequestOptions } from './client.js';
import { nextPageParam, pageRequest } from './paginate.js';
import { withSignal, type AnyOperation, type ErrorShape } from './query.js';
import type { Page } from './result.js';
import { ApiCallError } from './unwrap.js';

/**
 * Which page a `queryFn` fetches: `null` for the first (the params as given), then the value of the operation's
 * page argument (a cursor, page number or offset) or the page's URL (next-url and Link styles).
 */
export type PageParam = string | number | null;

/** One page of an infinite query, as plain data (so dehydration and persisters keep it). */
export interface InfinitePage<Response, Item> {
  /** The page's body. */
  readonly data: Response;
  /** The page's items, wherever the body keeps them. */
  readonly items: Item[];
  /** The page param of the page after it; absent on the last page. */
  readonly next?: string | number;
  /** With `next`: the cursor, page number, offset or URL this page answered; a later page naming it as next is a cycle. */
  readonly current?: string;
}

/** An infinite query's key, `[api, operation, params, "infinite"]`, tagged with its data and error types. */
export type InfiniteQueryKeyOf<Name extends string, Params, Response, Item, E extends ErrorShape> = DataTag<
  readonly [string, Name, Params, 'infinite'],
  InfiniteData<InfinitePage<Response, Item>, PageParam>,
  ApiCallError<E>
>;

/** Options for `useInfiniteQuery`, `InfiniteQueryObserver`, `fetchInfiniteQuery`, …: a page a call, each continuing the last. */
export interface InfiniteOptionsOf<Name extends string, Params, Response, Item, E extends ErrorShape> {
  readonly queryKey: InfiniteQueryKeyOf<Name, Params, Response, Item, E>;
  /** Fetches the page `pageParam` names, with TanStack's `signal`: the page, or `ApiCallError` with the operation's typed error. */
  readonly queryFn: (context: QueryFunctionContext<readonly [string, Name, Params, 'infinite'], PageParam>) => Promise<InfinitePage<Response, Item>>;
  readonly initialPageParam: PageParam;
  /** The last page's `next`, unless the list has no more or already gave that page. */
  readonly getNextPageParam: GetNextPageParamFunction<PageParam, InfinitePage<Response, Item>>;
  /** Never set here. Declared so that every adapter infers the query's error type (see QueryOptionsOf's `retry`). */
  readonly retry?: QueryOptions<InfinitePage<Response, Item>, ApiCallError<E>, InfiniteData<InfinitePage<Response, Item>, PageParam>, readonly [string, Name, Params, 'infinite'], PageParam>['retry'];
  /** Never set here; see `retry`. */
  readonly retryDelay?: QueryOptions<InfinitePage<Response, Item>, ApiCallError<E>, InfiniteData<InfinitePage<Response, Item>, PageParam>, readonly [string, Name, Params, 'infinite'], PageParam>['retryDelay'];
}

/** The key of an operation's infinite query for `params`: `[api, name, params, "infinite"]` (`{}` for params left out). */
export function infiniteQueryKeyOf(api: string, name: string, params: unknown): never;
export function infiniteQueryKeyOf(api: string, name: string, params: unknown): QueryKey {
  return [api, name, params ?? {}, 'infinite'];
}

/**
 * Infinite query options over `operation`, starting from `params`. `param` is the operation's page argument (the
 * cursor, page number or offset it sends), undefined where the next page is a URL (next-url and Link styles).
 * Declared to return `never`, as the functions of query.ts are (see AnyOperation).
 */
export function infiniteOptionsOf(
  queryKey: QueryKey,
  operation: AnyOperation,
  client: Client,
  params: unknown,
  options: RequestOptions | undefined,
  param: string | undefined,
): never;
export function infiniteOptionsOf(
  queryKey: QueryKey,
  operation: AnyOperation,
  client: Client,
  params: unknown,
  options: RequestOptions | undefined,
  param: string | undefined,
): InfiniteOptionsOf<string, unknown, unknown, unknown, ErrorShape> {
  return {
    queryKey: queryKey as InfiniteOptionsOf<string, unknown, unknown, unknown, ErrorShape>['queryKey'],
    queryFn: async ({ pageParam, signal }) => {
      const request = pageParam === null ? { args: params, options } : pageRequest(params as object | undefined, options, param, pageParam, client);
      const result = await operation(client, request.args as never, withSignal(request.options, signal));
      if (!result.ok) throw new ApiCallError(result.error);
      const page = result as unknown as Page<number, unknown, unknown>;
      return { data: page.data, items: page.items, ...nextPageParam(page, client) };
    },
    initialPageParam: null,
    getNextPageParam: (last, pages) => {
      if (last.next === undefined) return undefined;
      const next = String(last.next);
      return pages.some((page) => page.current === next) ? undefined : last.next;
    },
  };
}
