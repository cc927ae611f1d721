/**
 * `query.ts` (tanstackQuery: true) with the real `QueryClient` of `@tanstack/query-core` against a real `node:http`
 * server: query options through `fetchQuery` (data, typed errors, TanStack's signal), an `InfiniteQueryObserver`
 * walking every page of each pagination style of the pagination fixture and stopping exactly at the end (and at a
 * cycle), and a mutation whose `onSuccess` invalidation refreshes an observed query.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  InfiniteQueryObserver,
  MutationObserver,
  QueryClient,
  QueryObserver,
  type InfiniteData,
  type InfiniteQueryObserverOptions,
  type InfiniteQueryObserverResult,
  type QueryKey,
} from '@tanstack/query-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import * as api from '../fixtures/generated/pagination/index.js';
import * as query from '../fixtures/generated/pagination/query.js';
import * as pets from '../fixtures/generated/mock/index.js';
import * as petQueries from '../fixtures/generated/mock/query.js';
import { reply, useTestServer, type TestServer } from '../support/test-server.js';

const testServer = useTestServer({ beforeAll, afterAll, beforeEach });
let server: TestServer;
let client: api.Client;
let queryClient: QueryClient;

beforeEach(() => {
  server = testServer.current;
  client = api.createClient({ baseUrl: server.url, token: 'secret-token', retryBaseDelayMs: 1 });
  queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
});

afterEach(() => queryClient.clear());

/** Answers each request with the JSON `pages` returns for its URL (and extra headers). */
function answer(pages: (url: URL) => { body: unknown; status?: number; headers?: Record<string, string> }) {
  return (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', server.url);
    const { body, status = 200, headers = {} } = pages(url);
    response.writeHead(status, { 'content-type': 'application/json', ...headers });
    response.end(JSON.stringify(body));
  };
}

const paths = () => server.requests.map((request) => request.path);

describe('query keys', () => {
  it('start with the API and the operation and hold the params; params left out are {}', () => {
    expect(query.getServerQueryKey({ qualifiedName: 'a/b' })).toEqual(['pagination', 'getServer', { qualifiedName: 'a/b' }]);
    expect(query.listServersQueryKey()).toEqual(['pagination', 'listServers', {}]);
    expect(query.listServersInfiniteQueryKey({ q: 'x' })).toEqual(['pagination', 'listServers', { q: 'x' }, 'infinite']);
    expect(JSON.parse(JSON.stringify(query.listServersQueryKey({ q: 'x', pageSize: 2 })))).toEqual(['pagination', 'listServers', { q: 'x', pageSize: 2 }]);
  });

  it('are stable: the same params in another order are the same cache entry', async () => {
    server.handle(reply(200, { servers: [], nextCursor: null }));
    await queryClient.fetchQuery(query.listServersOptions(client, { q: 'x', pageSize: 2 }));
    await queryClient.fetchQuery({ ...query.listServersOptions(client, { pageSize: 2, q: 'x' }), staleTime: Infinity });
    expect(paths()).toEqual(['/servers?q=x&pageSize=2']);
    expect(queryClient.getQueryData(query.listServersQueryKey({ pageSize: 2, q: 'x' }))).toEqual({ servers: [], nextCursor: null });
  });
});

describe('query options', () => {
  it('fetchQuery returns the data of the call', async () => {
    server.handle(reply(200, { qualifiedName: 'acme/search', displayName: 'Search' }));
    const data = await queryClient.fetchQuery(query.getServerOptions(client, { qualifiedName: 'acme/search' }));
    expect(data).toEqual({ qualifiedName: 'acme/search', displayName: 'Search' });
    expect(paths()).toEqual(['/servers/acme%2Fsearch']);
    expect(server.requests[0]?.headers.authorization).toBe('Bearer secret-token');
  });

  it('a failure throws ApiCallError carrying the typed error, kept as the query’s error', async () => {
    server.handle(reply(400, { message: 'bad query' }));
    const failed = await queryClient.fetchQuery(query.listServersOptions(client, { q: '' })).catch((error: unknown) => error);
    expect(failed).toBeInstanceOf(api.ApiCallError);
    const error = (failed as api.ApiCallError<api.ListServersError>).error;
    expect(error.kind === 'http' && error.status === 400 && error.body.message).toBe('bad query');
    expect(queryClient.getQueryState(query.listServersQueryKey({ q: '' }))?.error).toBe(failed);
  });

  it('passes TanStack’s signal to the call: cancelling the query aborts the request', async () => {
    const closed = new Promise<void>((resolve) => server.handle((request) => request.on('close', () => resolve())));
    const options = query.getServerOptions(client, { qualifiedName: 'slow' });
    const fetching = queryClient.fetchQuery(options).catch((error: unknown) => error);
    await vi.waitFor(() => expect(server.requests).toHaveLength(1));
    await queryClient.cancelQueries({ queryKey: options.queryKey });
    await closed;
    expect((await fetching)?.constructor.name).toBe('CancelledError');
  });

  it('combines the call options’ own signal with TanStack’s', async () => {
    server.handle(() => {});
    const controller = new AbortController();
    const fetching = queryClient.fetchQuery(query.getServerOptions(client, { qualifiedName: 'slow' }, { signal: controller.signal }));
    await vi.waitFor(() => expect(server.requests).toHaveLength(1));
    controller.abort();
    await expect(fetching).rejects.toMatchObject({ name: 'ApiCallError', error: { kind: 'aborted' } });
  });
});

/** Subscribes an InfiniteQueryObserver (as a component would) and fetches every page it says there is. */
async function walk<Page, E, Key extends QueryKey, PageParam>(
  options: InfiniteQueryObserverOptions<Page, E, InfiniteData<Page, PageParam>, Key, PageParam>,
): Promise<{ results: Array<InfiniteQueryObserverResult<InfiniteData<Page, PageParam>, E>>; final: InfiniteQueryObserverResult<InfiniteData<Page, PageParam>, E> }> {
  const observer = new InfiniteQueryObserver(queryClient, options);
  const unsubscribe = observer.subscribe(() => {});
  try {
    await vi.waitFor(() => expect(observer.getCurrentResult().isFetching).toBe(false));
    const results = [observer.getCurrentResult()];
    // A bound on the walk, so that options that never end fail here instead of hanging.
    for (let guard = 0; results.at(-1)!.hasNextPage && guard < 50; guard++) results.push(await observer.fetchNextPage());
    const final = results.at(-1)!;
    // Asked for one more page at the end, the observer sends nothing.
    const requests = server.requests.length;
    await observer.fetchNextPage();
    expect(server.requests.length).toBe(requests);
    return { results, final };
  } finally {
    unsubscribe();
  }
}

describe('infinite options: every page of each pagination style, stopping exactly at the end', () => {
  it('cursor: the next cursor from the body, null on the last page', async () => {
    const next: Record<string, string | null> = { '': 'c2', c2: 'c3', c3: null };
    server.handle(answer((url) => ({ body: { servers: [{ qualifiedName: `s-${url.searchParams.get('cursor') ?? 'c1'}` }], nextCursor: next[url.searchParams.get('cursor') ?? ''] } })));
    const { results, final } = await walk(query.listServersInfiniteOptions(client, { q: 'github' }));
    expect(final.data?.pages.flatMap((page) => page.items.map((item) => item.qualifiedName))).toEqual(['s-c1', 's-c2', 's-c3']);
    expect(final.data?.pageParams).toEqual([null, 'c2', 'c3']);
    expect(results.map((result) => result.hasNextPage)).toEqual([true, true, false]);
    expect(paths()).toEqual(['/servers?q=github', '/servers?q=github&cursor=c2', '/servers?q=github&cursor=c3']);
  });

  it('page numbers up to totalPages', async () => {
    server.handle(
      answer((url) => {
        const page = Number(url.searchParams.get('page') ?? 1);
        return { body: { connections: [{ id: `p${page}` }], pagination: { currentPage: page, totalPages: 3 } } };
      }),
    );
    const { final } = await walk(query.listConnectionsInfiniteOptions(client, { pageSize: 10 }));
    expect(final.data?.pages.flatMap((page) => page.items)).toEqual([{ id: 'p1' }, { id: 'p2' }, { id: 'p3' }]);
    expect(paths()).toEqual(['/connections?pageSize=10', '/connections?page=2&pageSize=10', '/connections?page=3&pageSize=10']);
  });

  it('zero-based page numbers, ending at an empty page', async () => {
    server.handle(answer((url) => ({ body: Number(url.searchParams.get('page') ?? 0) < 2 ? ['a', 'b'] : [] })));
    const { final } = await walk(query.listBlocksInfiniteOptions(client, { count: 2 }));
    expect(final.data?.pages.map((page) => page.items)).toEqual([['a', 'b'], ['a', 'b'], []]);
    expect(paths()).toEqual(['/blocks?count=2', '/blocks?page=1&count=2', '/blocks?page=2&count=2']);
  });

  it("has_more and the last item's id", async () => {
    const bodies: Record<string, unknown> = {
      '': { data: [{ id: 'e1', level: 'info' }, { id: 'e2', level: 'info' }], has_more: true },
      e2: { data: [{ id: 'e3', level: 'warn' }], has_more: false },
    };
    server.handle(answer((url) => ({ body: bodies[url.searchParams.get('after') ?? ''] })));
    const { final } = await walk(query.listEventsInfiniteOptions(client, { limit: 2 }));
    expect(final.data?.pages.flatMap((page) => page.items.map((event) => event.id))).toEqual(['e1', 'e2', 'e3']);
    expect(paths()).toEqual(['/events?limit=2', '/events?after=e2&limit=2']);
  });

  it('offset and limit up to total_count', async () => {
    server.handle(
      answer((url) => {
        const offset = Number(url.searchParams.get('offset') ?? 0);
        return { body: { data: ['a', 'b', 'c', 'd', 'e'].slice(offset, offset + 2), total_count: 5 } };
      }),
    );
    const { final } = await walk(query.listMembersInfiniteOptions(client, { limit: 2 }));
    expect(final.data?.pages.flatMap((page) => page.items)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(final.data?.pageParams).toEqual([null, 2, 4]);
    expect(paths()).toEqual(['/members?limit=2', '/members?limit=2&offset=2', '/members?limit=2&offset=4']);
  });

  it('a next URL in the body, requested as given with the credentials', async () => {
    server.handle(
      answer((url) => {
        const page = Number(url.searchParams.get('Page') ?? 0);
        return { body: { calls: [{ sid: `CA${page}` }], next_page_uri: page < 2 ? `/calls?PageSize=1&Page=${page + 1}` : null, page } };
      }),
    );
    const { final } = await walk(query.listCallsInfiniteOptions(client, { PageSize: 1 }));
    expect(final.data?.pages.flatMap((page) => page.items)).toEqual([{ sid: 'CA0' }, { sid: 'CA1' }, { sid: 'CA2' }]);
    expect(final.data?.pageParams).toEqual([null, `${server.url}/calls?PageSize=1&Page=1`, `${server.url}/calls?PageSize=1&Page=2`]);
    expect(paths()).toEqual(['/calls?PageSize=1', '/calls?PageSize=1&Page=1', '/calls?PageSize=1&Page=2']);
    expect(server.requests.map((request) => request.headers.authorization)).toEqual(Array(3).fill('Bearer secret-token'));
  });

  it('Link headers (rel="next")', async () => {
    server.handle(
      answer((url) => {
        const page = Number(url.searchParams.get('page') ?? 1);
        const next = page < 3 ? `<${server.url}/issues?per_page=2&page=${page + 1}>; rel="next", ` : '';
        return { body: [{ number: page * 10 }], headers: { link: `${next}<${server.url}/issues?per_page=2&page=3>; rel="last"` } };
      }),
    );
    const { final } = await walk(query.listIssuesInfiniteOptions(client, { per_page: 2 }));
    expect(final.data?.pages.flatMap((page) => page.items.map((issue) => issue.number))).toEqual([10, 20, 30]);
    expect(paths()).toEqual(['/issues?per_page=2', '/issues?per_page=2&page=2', '/issues?per_page=2&page=3']);
  });

  it('pagination declared in client.yaml', async () => {
    server.handle(answer((url) => ({ body: { widgets: [`w-${url.searchParams.get('token') ?? 'first'}`], continue: url.searchParams.has('token') ? '' : 't2' } })));
    const { final } = await walk(query.listWidgetsInfiniteOptions(client));
    expect(final.data?.pages.flatMap((page) => page.items)).toEqual(['w-first', 'w-t2']);
    expect(paths()).toEqual(['/widgets', '/widgets?token=t2']);
  });

  it('refetching an infinite query refetches its pages from the first, continuing as before', async () => {
    const next: Record<string, string | null> = { '': 'c2', c2: null };
    server.handle(answer((url) => ({ body: { servers: [{ qualifiedName: url.searchParams.get('cursor') ?? 'c1' }], nextCursor: next[url.searchParams.get('cursor') ?? ''] } })));
    const options = query.listServersInfiniteOptions(client);
    await walk(options);
    server.requests.length = 0;
    await queryClient.refetchQueries({ queryKey: options.queryKey });
    expect(paths()).toEqual(['/servers', '/servers?cursor=c2']);
  });
});

describe('infinite options: a server that names a page it already sent ends the list', () => {
  /** Past this many requests the server ends the list, so that options without cycle protection fail instead of hanging. */
  const GUARD = 20;

  it('cursors A, B, A: three pages, then hasNextPage is false', async () => {
    const next: Record<string, string> = { '': 'A', A: 'B', B: 'A' };
    server.handle(answer((url) => ({ body: { servers: [{ qualifiedName: url.searchParams.get('cursor') ?? 'first' }], nextCursor: server.requests.length > GUARD ? null : next[url.searchParams.get('cursor') ?? ''] } })));
    const { final } = await walk(query.listServersInfiniteOptions(client));
    expect(final.data?.pages.flatMap((page) => page.items.map((item) => item.qualifiedName))).toEqual(['first', 'A', 'B']);
    expect(final.hasNextPage).toBe(false);
    expect(paths()).toEqual(['/servers', '/servers?cursor=A', '/servers?cursor=B']);
  });

  it('a cursor back to the one the caller started from', async () => {
    const next: Record<string, string> = { start: 'A', A: 'start' };
    server.handle(answer((url) => ({ body: { servers: [{ qualifiedName: url.searchParams.get('cursor')! }], nextCursor: server.requests.length > GUARD ? null : next[url.searchParams.get('cursor')!] } })));
    const { final } = await walk(query.listServersInfiniteOptions(client, { cursor: 'start' }));
    expect(final.data?.pages.flatMap((page) => page.items.map((item) => item.qualifiedName))).toEqual(['start', 'A']);
    expect(paths()).toEqual(['/servers?cursor=start', '/servers?cursor=A']);
  });

  it('a server handing back the cursor it was sent', async () => {
    server.handle(answer(() => ({ body: { servers: [{ qualifiedName: 'same' }], nextCursor: server.requests.length > GUARD ? null : 'loop' } })));
    const { final } = await walk(query.listServersInfiniteOptions(client));
    expect(final.data?.pages).toHaveLength(2);
    expect(paths()).toEqual(['/servers', '/servers?cursor=loop']);
  });

  it('a next URL bouncing between two pages', async () => {
    server.handle(
      answer((url) => {
        const page = url.searchParams.get('Page') === '1' ? 1 : 2;
        return { body: { calls: [{ sid: `CA${page}` }], next_page_uri: server.requests.length > GUARD ? null : `/calls?Page=${3 - page}` } };
      }),
    );
    const { final } = await walk(query.listCallsInfiniteOptions(client));
    expect(final.data?.pages).toHaveLength(3);
    expect(paths()).toEqual(['/calls', '/calls?Page=1', '/calls?Page=2']);
  });

  it('a Link header bouncing between two pages', async () => {
    server.handle(
      answer((url) => {
        const page = url.searchParams.get('page') === '2' ? 2 : 3;
        return { body: [{ number: page }], headers: { link: server.requests.length > GUARD ? '' : `<${server.url}/issues?page=${5 - page}>; rel="next"` } };
      }),
    );
    const { final } = await walk(query.listIssuesInfiniteOptions(client));
    expect(final.data?.pages).toHaveLength(3);
    expect(paths()).toEqual(['/issues', '/issues?page=2', '/issues?page=3']);
  });
});

describe('infinite options: failures', () => {
  it('a failed next page is the query’s error, typed, and the pages before it stay', async () => {
    server.handle(answer((url) => (url.searchParams.has('cursor') ? { status: 400, body: { message: 'bad cursor' } } : { body: { servers: [{ qualifiedName: 'a' }], nextCursor: 'c2' } })));
    const observer = new InfiniteQueryObserver(queryClient, query.listServersInfiniteOptions(client));
    const unsubscribe = observer.subscribe(() => {});
    await vi.waitFor(() => expect(observer.getCurrentResult().isSuccess).toBe(true));
    const result = await observer.fetchNextPage();
    unsubscribe();
    expect(result.error).toBeInstanceOf(api.ApiCallError);
    expect(result.error?.error).toMatchObject({ kind: 'http', status: 400, body: { message: 'bad cursor' } });
    expect(result.data?.pages).toHaveLength(1);
  });

  it('a next URL on another origin is refused: nothing is sent there', async () => {
    server.handle(answer(() => ({ body: { calls: [{ sid: 'CA0' }], next_page_uri: 'https://attacker.example/steal' } })));
    const observer = new InfiniteQueryObserver(queryClient, query.listCallsInfiniteOptions(client));
    const unsubscribe = observer.subscribe(() => {});
    await vi.waitFor(() => expect(observer.getCurrentResult().isSuccess).toBe(true));
    const result = await observer.fetchNextPage();
    unsubscribe();
    expect(result.error?.error).toMatchObject({ kind: 'invalid-request', parameter: 'url' });
    expect(paths()).toEqual(['/calls']);
  });
});

describe('mutations and invalidation (the mock fixture)', () => {
  let petClient: pets.Client;
  beforeEach(() => {
    petClient = pets.createClient({ baseUrl: server.url, token: 't', retryBaseDelayMs: 1 });
  });

  it('a mutation calls the operation; its onSuccess invalidation refetches the observed list', async () => {
    const stored: Array<{ id: number; name: string; kind: string }> = [{ id: 1, name: 'Tom', kind: 'cat' }];
    server.handle((request, response) => {
      if (request.method === 'POST') {
        // The test server hands over a request once its body is read, and records the body.
        const pet = { id: stored.length + 1, ...(JSON.parse(server.requests.at(-1)!.body) as { name: string; kind: string }) };
        stored.push(pet);
        response.writeHead(201, { 'content-type': 'application/json' });
        response.end(JSON.stringify(pet));
        return;
      }
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify(stored));
    });
    const list = new QueryObserver(queryClient, petQueries.listPetsOptions(petClient));
    // Each new list the observer shows (a refetch that starts notifies with the data it has).
    const seen: string[][] = [];
    let shown: unknown;
    const unsubscribe = list.subscribe((result) => {
      if (result.data !== undefined && result.data !== shown) seen.push(result.data.map((pet) => pet.name));
      shown = result.data;
    });
    await vi.waitFor(() => expect(seen).toEqual([['Tom']]));
    const mutation = new MutationObserver(queryClient, { ...petQueries.createPetMutation(petClient), onSuccess: () => petQueries.invalidatePets(queryClient) });
    const created = await mutation.mutate({ body: { name: 'Rex', kind: 'dog' } });
    expect(created).toEqual({ id: 2, name: 'Rex', kind: 'dog' });
    await vi.waitFor(() => expect(seen).toEqual([['Tom'], ['Tom', 'Rex']]));
    unsubscribe();
    expect(server.requests.map((request) => `${request.method} ${request.path}`)).toEqual(['GET /pets', 'POST /pets', 'GET /pets']);
    expect(mutation.getCurrentResult().data).toEqual(created);
  });

  it('invalidates only the resource’s queries', async () => {
    server.handle(reply(200, []));
    await queryClient.fetchQuery(petQueries.listPetsOptions(petClient));
    await queryClient.fetchQuery(petQueries.getHealthOptions(petClient));
    await petQueries.invalidatePets(queryClient);
    expect(queryClient.getQueryState(petQueries.listPetsQueryKey())?.isInvalidated).toBe(true);
    expect(queryClient.getQueryState(petQueries.getHealthQueryKey())?.isInvalidated).toBe(false);
  });

  it('a failed mutation rejects with ApiCallError carrying the typed error', async () => {
    server.handle(reply(422, { message: 'no name' }));
    const mutation = new MutationObserver(queryClient, petQueries.createPetMutation(petClient));
    const failed = await mutation.mutate({ body: { name: '', kind: 'cat' } }).catch((error: unknown) => error);
    expect(failed).toBeInstanceOf(pets.ApiCallError);
    expect(mutation.getCurrentResult().error?.error).toMatchObject({ kind: 'http', status: 422, body: { message: 'no name' } });
  });

  it('a mutation without a response body resolves to undefined; an operation named constructor works', async () => {
    server.handle((_request, response) => {
      response.writeHead(204);
      response.end();
    });
    expect(await new MutationObserver(queryClient, petQueries.createNoteMutation(petClient)).mutate({ body: 'hi' })).toBeUndefined();
    server.handle(reply(200, { id: 'c1' }));
    // An operation named like an Object.prototype member is reached through the namespace all the same.
    expect(await queryClient.fetchQuery(petQueries.constructorOptions(petClient, { id: 'c1' }))).toEqual({ id: 'c1' });
  });
});
