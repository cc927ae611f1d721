/**
 * Iterates a paginated operation: `pages` yields each page's success result, `paginate` each item. Every page is
 * one normal call (retries, time limits, hooks, redirects and credentials as for any other); a page that fails
 * ends the iteration by throwing `ApiCallError` with the operation's typed error. `maxItems`, `maxPages` and the
 * caller's `signal` bound it, and `break` stops it without another request. A server cannot make it run for ever:
 * a next page it already sent, or more than 10,000 pages when the caller set no `maxPages`, ends it with a
 * `pagination` error.
 * How each operation continues is in its descriptor (`page`); see the README's Pagination section.
 * @see https://www.rfc-editor.org/rfc/rfc8288 (Link headers)
 */
import type { Client, RequestOptions } from './client.js';
import { describeOperation } from './describe-operation.js';
import { own } from './operation.js';
import { ParameterError } from './parameter-error.js';
import type { Failure, Page } from './result.js';
import { sendRequest, type Retarget } from './send-request.js';
import { ApiCallError } from './unwrap.js';

type Functions = ReadonlyArray<(...args: never[]) => unknown>;

/** Where a page keeps (hidden) the request it answered, for the next page to continue from. */
const PAGE_REQUEST = Symbol('page request');

/** The request a page answered: the operation as generated code describes it, and the caller's arguments. */
interface PageRequest {
  readonly json: string;
  readonly functions: Functions;
  readonly args: Readonly<Record<string, unknown>>;
}

/** The value at `path` inside `value`, own properties only; undefined where the path leaves it. */
function valueAt(value: unknown, path: readonly string[]): unknown {
  let current = value;
  for (const name of path) current = current !== null && typeof current === 'object' ? own(current as Record<string, unknown>, name) : undefined;
  return current;
}

/**
 * Sends one page's request (what generated paginated operations call instead of `sendRequest`): a success gets
 * `items`, read from where the operation keeps them, and remembers its request for `paginate` and `pages`.
 */
export async function sendPage(
  client: Client,
  args: object | undefined,
  options: RequestOptions | undefined,
  json: string,
  ...functions: Functions
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
): Promise<any> {
  const result = await sendRequest(client, args, options, json, ...functions);
  if (result.ok) {
    const items = valueAt(result.data, describeOperation(json, functions).page?.items ?? []);
    result.items = Array.isArray(items) ? items : [];
    Object.defineProperty(result, PAGE_REQUEST, { value: { json, functions, args: (args ?? {}) as PageRequest['args'] } satisfies PageRequest });
  }
  return result;
}

/** Options for `paginate` and `pages`: every request option, plus bounds on the iteration. */
export interface PaginateOptions extends RequestOptions {
  /** Stops after this many items (`paginate`, and `pages` stops after the page that reaches it). */
  readonly maxItems?: number;
  /**
   * Stops after this many pages (`Infinity` for no limit). Without it, a list longer than 10,000 pages ends with a
   * `pagination` error (`reason: 'page-limit'`) rather than silently cut short.
   */
  readonly maxPages?: number;
}

/** Pages a list may have when the caller sets no `maxPages`: reaching it with more to come is an error. */
const DEFAULT_MAX_PAGES = 10_000;

/** Why `paginate` or `pages` stopped before the server's last page; thrown inside `ApiCallError` while iterating. */
export interface PaginationError {
  readonly kind: 'pagination';
  /**
   * `cycle`: the server's next cursor, page number, offset or URL is one this iteration has already requested
   * (following it would repeat pages for ever); `page-limit`: 10,000 pages were read, the caller set no
   * `maxPages`, and the server has more.
   */
  readonly reason: 'cycle' | 'page-limit';
  readonly message: string;
  /** Pages the iteration gave before it stopped. */
  readonly pages: number;
  /** For `cycle`: the cursor, page number, offset or URL that came back. */
  readonly value?: string;
}

/** Any generated operation that returns pages; an operation that does not page is not one (passing it fails to compile). */
export type PaginatedOperation = (client: Client, params: never, options?: RequestOptions) => Promise<Page<number, unknown, unknown, unknown> | Failure<unknown>>;

/** The page (success result) type of a paginated operation. */
export type PageOf<F extends PaginatedOperation> = Extract<Awaited<ReturnType<F>>, { readonly ok: true }>;

/** The item type of a paginated operation. */
export type ItemOf<F extends PaginatedOperation> = PageOf<F>['items'][number];

/** The error a failed page or a stopped iteration throws, inside `ApiCallError`. */
export type PageErrorOf<F extends PaginatedOperation> = Extract<Awaited<ReturnType<F>>, { readonly ok: false }>['error'] | PaginationError;

type AnyPage = Page<number, unknown, unknown, unknown> & { readonly [PAGE_REQUEST]?: PageRequest };
type AnyResult = AnyPage | Failure<{ readonly kind: string; readonly message: string }>;

/** Each page of `operation`'s list, from the one `params` asks for; a failed page throws `ApiCallError`. */
export function pages<F extends PaginatedOperation>(operation: F, client: Client, params: Parameters<F>[1], options?: PaginateOptions): AsyncGenerator<PageOf<F>, void, undefined> {
  return pagesFrom(() => operation(client, params, options) as Promise<AnyResult>, client, options ?? {}) as AsyncGenerator<PageOf<F>, void, undefined>;
}

/** Each item of `operation`'s list, page after page; a failed page throws `ApiCallError`. */
export function paginate<F extends PaginatedOperation>(operation: F, client: Client, params: Parameters<F>[1], options?: PaginateOptions): AsyncGenerator<ItemOf<F>, void, undefined> {
  return itemsFrom(() => operation(client, params, options) as Promise<AnyResult>, client, options ?? {}) as AsyncGenerator<ItemOf<F>, void, undefined>;
}

/** A count option: a number >= 0 (`Infinity` included), rounded down; anything else gives the fallback. */
function bound(value: unknown, fallback: number): number {
  return typeof value === 'number' && value >= 0 ? Math.floor(value) : fallback;
}

/** A value a server sent, as an error message shows it: quoted, clipped, with control characters escaped. */
function shown(value: string): string {
  const clipped = value.length > 200 ? `${value.slice(0, 200)}…` : value;
  return JSON.stringify(clipped).replace(/[\x7f-\x9f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Pages from the first call `first` makes; shared with the grouped client, whose list calls are also iterable. */
export async function* pagesFrom(first: () => Promise<AnyResult>, client: Client, options: PaginateOptions): AsyncGenerator<AnyPage, void, undefined> {
  // A limit the caller set ends the iteration quietly; the default one, which may cut a list short, throws.
  const ownLimit = bound(options.maxPages, -1);
  const maxPages = ownLimit === -1 ? DEFAULT_MAX_PAGES : ownLimit;
  const maxItems = bound(options.maxItems, Infinity);
  if (maxPages === 0 || maxItems === 0) return;
  let result = await first();
  /** What each request so far asked for (cursor, page number, offset or URL), and the page it gave. */
  const requested = new Map<string, number>();
  for (let count = 1, items = 0; ; count++) {
    if (!result.ok) throw new ApiCallError(result.error);
    yield result;
    items += result.items.length;
    if (items >= maxItems || count === ownLimit) return;
    const next = nextRequest(result, client);
    if (next === undefined) return;
    if (count >= maxPages) {
      const message = `${next.label}: stopped after ${count} pages with more to come; pass maxPages to read further (Infinity for no limit)`;
      throw new ApiCallError<PaginationError>({ kind: 'pagination', reason: 'page-limit', message, pages: count });
    }
    if (!requested.has(next.current)) requested.set(next.current, count);
    const earlier = requested.get(next.value);
    if (earlier !== undefined) {
      const message = `${next.label}: the next ${next.what} ${shown(next.value)} is the one page ${earlier} came from; following it would repeat pages for ever`;
      throw new ApiCallError<PaginationError>({ kind: 'pagination', reason: 'cycle', message, pages: count, value: next.value });
    }
    requested.set(next.value, count + 1);
    const { json, functions } = result[PAGE_REQUEST]!;
    const nextOptions = next.url === undefined ? options : { ...options, retarget: toNextUrl(next.url, client.baseUrl) };
    result = await sendPage(client, next.args, nextOptions, json, ...functions);
  }
}

/** Items from the pages `pagesFrom` gives, at most `maxItems` of them. */
export async function* itemsFrom(first: () => Promise<AnyResult>, client: Client, options: PaginateOptions): AsyncGenerator<unknown, void, undefined> {
  let left = bound(options.maxItems, Infinity);
  for await (const page of pagesFrom(first, client, options)) {
    for (const item of page.items) {
      if (left-- <= 0) return;
      yield item;
    }
  }
}

/** The request for the page after `page`, and the values that name the two pages (to find a cycle, and for messages). */
interface NextRequest {
  readonly args: PageRequest['args'];
  /** A next URL (styles `link` and `next-url`). */
  readonly url?: string;
  /** `METHOD /path`, for messages. */
  readonly label: string;
  /** What names a page in this style: `cursor`, `page number`, `offset` or `page's URL`. */
  readonly what: string;
  /** The cursor, page number, offset or URL the next request asks for. */
  readonly value: string;
  /** The same, as the next request sends it: the page argument's value (styles cursor, page and offset) or the URL. */
  readonly pageParam: string | number;
  /** The same for the request that gave `page`. */
  readonly current: string;
}

/** The request for the page after `page`, or undefined when it is the last. */
function nextRequest(page: AnyPage, client: Client): NextRequest | undefined {
  const request = page[PAGE_REQUEST];
  if (request === undefined) return undefined;
  const operation = describeOperation(request.json, request.functions);
  const spec = operation.page;
  if (spec === undefined) return undefined;
  const { args } = request;
  // The URL this page came from (redirects followed); the client's base URL where a caller's fetch gives none.
  const here = page.response.url || client.baseUrl;
  const body = page.data;
  if (spec.more !== undefined && valueAt(body, spec.more) !== true) return undefined;
  const label = `${operation.method} ${operation.path}`;
  const withArgument = (value: string | number, current: unknown, what: string): NextRequest => {
    const next = { ...args };
    Object.defineProperty(next, spec.param!, { value, enumerable: true, writable: true, configurable: true });
    return { args: next, label, what, value: String(value), pageParam: value, current: String(current) };
  };
  const toUrl = (href: unknown): NextRequest | undefined => {
    if (typeof href !== 'string' || href === '') return undefined;
    let url: string;
    try {
      url = new URL(href, here).href;
    } catch (cause) {
      const message = `${label}: the next page's URL ${shown(href)} is not a URL`;
      throw new ApiCallError({ kind: 'invalid-body', status: page.status, message, text: '', cause, response: page.response });
    }
    const current = new URL(here).href;
    // The URL of this very page again means there is no other.
    return url === current ? undefined : { args, url, label, what: "page's URL", value: url, pageParam: url, current };
  };
  switch (spec.style) {
    case 'link':
      return toUrl(nextLink(page.response.headers.get('link')));
    case 'next-url':
      return toUrl(valueAt(body, spec.next ?? []));
    case 'cursor': {
      let cursor = spec.next === undefined ? undefined : valueAt(body, spec.next);
      if ((cursor === undefined || cursor === null || cursor === '') && spec.itemKey !== undefined) cursor = valueAt(page.items[page.items.length - 1], [spec.itemKey]);
      cursor = asSent(cursor);
      if (typeof cursor !== 'string' && typeof cursor !== 'number') return undefined;
      // The cursor this page was asked for, handed back, is a last page's way of saying there is no other.
      const current = asSent(own(args, spec.param!)) ?? '';
      return cursor === '' || String(cursor) === String(current) ? undefined : withArgument(cursor, current, 'cursor');
    }
    case 'page':
    case 'offset': {
      if (page.items.length === 0) return undefined;
      const start = spec.style === 'page' ? (spec.start ?? 1) : 0;
      const current = Number(own(args, spec.param!) ?? start);
      if (!Number.isFinite(current)) return undefined;
      const next = current + (spec.style === 'page' ? 1 : page.items.length);
      const total = spec.total === undefined ? undefined : valueAt(body, spec.total);
      if (typeof total === 'number' && next >= (spec.style === 'page' ? start + total : total)) return undefined;
      return withArgument(next, current, spec.style === 'page' ? 'page number' : 'offset');
    }
  }
}

/** A value as JSON sends it: a cursor a codec turned into an object (a `Date` of `dates: true`) continues as its `toJSON()` text. */
function asSent(value: unknown): unknown {
  const toJSON = value !== null && typeof value === 'object' ? (value as { toJSON?: unknown }).toJSON : undefined;
  return typeof toJSON === 'function' ? (toJSON as () => unknown).call(value) : value;
}

/**
 * Where a page's list continues, for TanStack Query's infinite queries (see infinite-query.ts): the page param of
 * the page after it, and what names the page itself (to recognise a cycle, as `pages` does).
 */
export interface PageContinuation {
  /** The next page's value of the page argument (cursor, page number, offset), or its URL (styles next-url and link). */
  readonly next: string | number;
  /** The cursor, page number, offset or URL `page` answered, as text. */
  readonly current: string;
}

/**
 * Where the list continues after `page` (a success of a paginated operation), by the rules `pages` follows, or
 * undefined when `page` is the last. Throws `ApiCallError` (`invalid-body`) when the next page's URL is not a URL.
 */
export function nextPageParam(page: Page<number, unknown, unknown, unknown>, client: Client): PageContinuation | undefined {
  const next = nextRequest(page as AnyPage, client);
  return next === undefined ? undefined : { next: next.pageParam, current: next.current };
}

/**
 * The arguments and options of the request for the page `pageParam` names (a `PageContinuation`'s `next`): `args`
 * with the page argument `param` set to it, or, for the URL styles (no `param`), the request sent to that URL,
 * on the client's origin only.
 */
export function pageRequest(
  args: object | undefined,
  options: RequestOptions | undefined,
  param: string | undefined,
  pageParam: string | number,
  client: Client,
): { readonly args: object | undefined; readonly options: RequestOptions | undefined } {
  if (param === undefined) return { args, options: { ...options, retarget: toNextUrl(String(pageParam), client.baseUrl) } as RequestOptions };
  const next = { ...args };
  Object.defineProperty(next, param, { value: pageParam, enumerable: true, writable: true, configurable: true });
  return { args: next, options };
}

/**
 * Sends a request to a next page's URL as it is (its own path and query), on the client's origin only: a server
 * cannot send this client's credentials elsewhere. Credentials that travel in the query keep their own place.
 */
function toNextUrl(url: string, baseUrl: string): Retarget {
  return (parts, secretQuery) => {
    const target = new URL(url);
    let origin = '';
    try {
      origin = new URL(baseUrl).origin;
    } catch {
      // Not an absolute base URL: nothing matches it, and the request is refused below.
    }
    if (target.origin !== origin) throw new ParameterError('url', `the next page is on another origin (${target.origin}); only ${origin} receives this client's requests`);
    const secret = [...secretQuery].map((index) => parts.query[index]!);
    const names = new Set(secret.map((pair) => pair.slice(0, pair.indexOf('='))));
    const rest = target.search.slice(1).split('&').filter((pair) => pair !== '' && !names.has(pair.split('=')[0]!));
    parts.query.splice(0, parts.query.length, ...secret, ...rest);
    secretQuery.clear();
    secret.forEach((_, index) => secretQuery.add(index));
    parts.path = target.pathname;
    return target.origin;
  };
}

/** The `rel="next"` target of an RFC 8288 Link header, or undefined. */
export function nextLink(header: string | null): string | undefined {
  if (header === null) return undefined;
  for (const [, target, params = ''] of header.matchAll(/<([^>]*)>((?:\s*;\s*(?:[^;,"]|"[^"]*")*)*)/g)) {
    const rel = /;\s*rel\s*=\s*(?:"([^"]*)"|([^;,\s]*))/i.exec(params);
    const relations = (rel?.[1] ?? rel?.[2] ?? '').toLowerCase().split(/\s+/);
    if (relations.includes('next')) return target;
  }
  return undefined;
}

/**
 * What a grouped client's list method returns: the call for the first page (await it for that page's `Result`),
 * iterable item by item (`for await (const item of resources.servers.list(params))`) and page by page (`.pages()`).
 */
export type PagedCall<R extends Page<number, unknown, unknown, unknown> | Failure<unknown>> = Promise<R> &
  AsyncIterable<Extract<R, { readonly ok: true }>['items'][number]> & {
    pages(): AsyncGenerator<Extract<R, { readonly ok: true }>, void, undefined>;
  };

/** Starts the first page's call and makes it iterable (see PagedCall); iterating reuses the first page. */
export function pagedCall(first: () => Promise<unknown>, client: Client, options: PaginateOptions | undefined): unknown {
  const call = first() as Promise<AnyResult>;
  return Object.assign(call, {
    [Symbol.asyncIterator]: () => itemsFrom(() => call, client, options ?? {}),
    pages: () => pagesFrom(() => call, client, options ?? {}),
  });
}
