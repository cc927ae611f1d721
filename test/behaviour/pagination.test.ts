/**
 * `paginate`, `pages` and the grouped client's list methods against a real `node:http` server, one test per
 * pagination style, each asserting the exact requests sent for pages 2 and 3 and where iteration stops.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import * as api from '../fixtures/generated/pagination/index.js';
import type { PaginationError } from '../fixtures/generated/pagination/runtime/paginate.js';
import { useTestServer, type TestServer } from '../support/test-server.js';

const testServer = useTestServer({ beforeAll, afterAll, beforeEach });
let server: TestServer;
let client: api.Client;

beforeEach(() => {
  server = testServer.current;
  client = api.createClient({ baseUrl: server.url, token: 'secret-token', retryBaseDelayMs: 1 });
});

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

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of iterable) items.push(item);
  return items;
}

describe('cursor: a cursor parameter fed from the body, null on the last page', () => {
  beforeEach(() => {
    const next: Record<string, string | null> = { '': 'c2', c2: 'c3', c3: null };
    server.handle(
      answer((url) => {
        const cursor = url.searchParams.get('cursor') ?? '';
        return { body: { servers: [{ qualifiedName: `s-${cursor || 'c1'}` }], nextCursor: next[cursor] ?? null } };
      }),
    );
  });

  it('sends the next cursor with the same parameters, and stops at null', async () => {
    const names = await collect(api.paginate(api.listServers, client, { q: 'github', pageSize: 50 }));
    expect(names.map((server) => server.qualifiedName)).toEqual(['s-c1', 's-c2', 's-c3']);
    expect(paths()).toEqual(['/servers?q=github&pageSize=50', '/servers?q=github&pageSize=50&cursor=c2', '/servers?q=github&pageSize=50&cursor=c3']);
    expect(server.requests.every((request) => request.headers.authorization === 'Bearer secret-token')).toBe(true);
  });

  it('yields whole pages from pages(), each a success result with items', async () => {
    const pages = await collect(api.pages(api.listServers, client, {}));
    expect(pages.map((page) => [page.status, page.data.nextCursor, page.items.length])).toEqual([
      [200, 'c2', 1],
      [200, 'c3', 1],
      [200, null, 1],
    ]);
  });

  it('stops at maxItems and maxPages without another request', async () => {
    expect(await collect(api.paginate(api.listServers, client, {}, { maxItems: 2 }))).toHaveLength(2);
    expect(paths()).toEqual(['/servers', '/servers?cursor=c2']);
    server.requests.length = 0;
    expect(await collect(api.pages(api.listServers, client, {}, { maxPages: 1 }))).toHaveLength(1);
    expect(paths()).toEqual(['/servers']);
  });

  it('sends nothing more after break', async () => {
    for await (const item of api.paginate(api.listServers, client, {})) {
      expect(item.qualifiedName).toBe('s-c1');
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(paths()).toEqual(['/servers']);
  });

  it('stops when the server hands back the cursor it was sent', async () => {
    server.handle(answer(() => ({ body: { servers: [{ qualifiedName: 'same' }], nextCursor: 'loop' } })));
    expect(await collect(api.paginate(api.listServers, client, {}))).toHaveLength(2);
    expect(paths()).toEqual(['/servers', '/servers?cursor=loop']);
  });
});

describe('a failed page', () => {
  it('ends the iteration by throwing ApiCallError with the typed error', async () => {
    server.handle(
      answer((url) =>
        url.searchParams.get('cursor') === 'c2'
          ? { status: 400, body: { message: 'bad cursor' } }
          : { body: { servers: [{ qualifiedName: 'a' }], nextCursor: 'c2' } },
      ),
    );
    const seen: string[] = [];
    const error = await (async () => {
      try {
        for await (const item of api.paginate(api.listServers, client, {})) seen.push(item.qualifiedName);
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect(seen).toEqual(['a']);
    expect(error).toBeInstanceOf(api.ApiCallError);
    const typed = (error as api.ApiCallError<api.PageErrorOf<typeof api.listServers>>).error;
    expect(typed.kind === 'http' && typed.status === 400 && typed.body.message).toBe('bad cursor');
  });

  it('throws an aborted error when the signal fires between pages, and sends nothing after it', async () => {
    const controller = new AbortController();
    server.handle(answer(() => ({ body: { servers: [{ qualifiedName: 'a' }], nextCursor: 'more' + Math.random() } })));
    const iteration = (async () => {
      for await (const _item of api.paginate(api.listServers, client, {}, { signal: controller.signal })) controller.abort();
    })();
    await expect(iteration).rejects.toMatchObject({ error: { kind: 'aborted' } });
    expect(paths()).toEqual(['/servers']);
  });
});

describe('page numbers', () => {
  it('adds 1 to page and stops at totalPages', async () => {
    server.handle(
      answer((url) => {
        const page = Number(url.searchParams.get('page') ?? 1);
        return { body: { connections: [{ id: `p${page}` }], pagination: { currentPage: page, totalPages: 3 } } };
      }),
    );
    const ids = await collect(api.paginate(api.listConnections, client, { pageSize: 10 }));
    expect(ids).toEqual([{ id: 'p1' }, { id: 'p2' }, { id: 'p3' }]);
    expect(paths()).toEqual(['/connections?pageSize=10', '/connections?page=2&pageSize=10', '/connections?page=3&pageSize=10']);
  });

  it('starts from the page the caller asks for', async () => {
    server.handle(answer(() => ({ body: { connections: [{ id: 'x' }], pagination: { totalPages: 5 } } })));
    await collect(api.paginate(api.listConnections, client, { page: 4 }));
    expect(paths()).toEqual(['/connections?page=4', '/connections?page=5']);
  });

  it('counts from 0 where the parameter does, and stops at an empty page', async () => {
    server.handle(
      answer((url) => {
        const page = Number(url.searchParams.get('page') ?? 0);
        return { body: page < 2 ? [`h${page}a`, `h${page}b`] : [] };
      }),
    );
    expect(await collect(api.paginate(api.listBlocks, client, { count: 2 }))).toEqual(['h0a', 'h0b', 'h1a', 'h1b']);
    expect(paths()).toEqual(['/blocks?count=2', '/blocks?page=1&count=2', '/blocks?page=2&count=2']);
  });
});

describe('has_more and after', () => {
  it("continues after the last item's id while has_more is true", async () => {
    const pages: Record<string, { data: { id: string; level: string }[]; has_more: boolean }> = {
      '': { data: [{ id: 'e1', level: 'info' }, { id: 'e2', level: 'info' }], has_more: true },
      e2: { data: [{ id: 'e3', level: 'warn' }], has_more: true },
      e3: { data: [{ id: 'e4', level: 'error' }], has_more: false },
    };
    server.handle(answer((url) => ({ body: { object: 'list', ...pages[url.searchParams.get('after') ?? ''] } })));
    const events = await collect(api.paginate(api.listEvents, client, { limit: 2 }));
    expect(events.map((event) => event.id)).toEqual(['e1', 'e2', 'e3', 'e4']);
    expect(paths()).toEqual(['/events?limit=2', '/events?after=e2&limit=2', '/events?after=e3&limit=2']);
  });
});

describe('offset and limit', () => {
  it('adds the items received to offset and stops at total_count', async () => {
    server.handle(
      answer((url) => {
        const offset = Number(url.searchParams.get('offset') ?? 0);
        return { body: { data: ['a', 'b', 'c', 'd', 'e'].slice(offset, offset + 2), total_count: 5 } };
      }),
    );
    expect(await collect(api.paginate(api.listMembers, client, { limit: 2 }))).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(paths()).toEqual(['/members?limit=2', '/members?limit=2&offset=2', '/members?limit=2&offset=4']);
  });
});

describe('a next URL in the body', () => {
  it('requests the URL as given, relative to the request, with credentials on the same origin', async () => {
    server.handle(
      answer((url) => {
        const page = Number(url.searchParams.get('Page') ?? 0);
        const next = page < 2 ? `/calls?PageSize=1&Page=${page + 1}&PageToken=PA${page + 1}` : null;
        return { body: { calls: [{ sid: `CA${page}` }], next_page_uri: next, page } };
      }),
    );
    const calls = await collect(api.paginate(api.listCalls, client, { PageSize: 1 }));
    expect(calls).toEqual([{ sid: 'CA0' }, { sid: 'CA1' }, { sid: 'CA2' }]);
    expect(paths()).toEqual(['/calls?PageSize=1', '/calls?PageSize=1&Page=1&PageToken=PA1', '/calls?PageSize=1&Page=2&PageToken=PA2']);
    expect(server.requests.map((request) => request.headers.authorization)).toEqual(Array(3).fill('Bearer secret-token'));
  });

  it('refuses a next URL on another origin: nothing is sent there, and the iteration ends with invalid-request', async () => {
    server.handle(answer(() => ({ body: { calls: [{ sid: 'CA0' }], next_page_uri: 'https://attacker.example/steal' } })));
    const iteration = collect(api.paginate(api.listCalls, client, {}));
    await expect(iteration).rejects.toMatchObject({ error: { kind: 'invalid-request', parameter: 'url' } });
    expect(paths()).toEqual(['/calls']);
  });
});

describe('Link headers', () => {
  it('follows rel="next" among other relations, and stops when there is none', async () => {
    server.handle(
      answer((url) => {
        const page = Number(url.searchParams.get('page') ?? 1);
        const link = (n: number, rel: string) => `<${server.url}/issues?per_page=2&page=${n}>; rel="${rel}"`;
        const links = [page > 1 ? link(1, 'first') : '', page < 3 ? link(page + 1, 'next') : '', link(3, 'last')].filter(Boolean);
        return { body: [{ number: page * 10 }, { number: page * 10 + 1 }], headers: { link: links.join(', ') } };
      }),
    );
    const issues = await collect(api.paginate(api.listIssues, client, { per_page: 2 }));
    expect(issues.map((issue) => issue.number)).toEqual([10, 11, 20, 21, 30, 31]);
    expect(paths()).toEqual(['/issues?per_page=2', '/issues?per_page=2&page=2', '/issues?per_page=2&page=3']);
  });
});

describe('declared in client.yaml', () => {
  it('pages an operation whose shape is ambiguous as declared', async () => {
    server.handle(
      answer((url) => {
        const token = url.searchParams.get('token');
        return { body: { widgets: [`w-${token ?? 'first'}`], gadgets: [1], continue: token === null ? 't2' : '' } };
      }),
    );
    expect(await collect(api.paginate(api.listWidgets, client, {}))).toEqual(['w-first', 'w-t2']);
    expect(paths()).toEqual(['/widgets', '/widgets?token=t2']);
  });
});

describe('the grouped client', () => {
  it('makes a list call awaitable for its first page and iterable for every item, reusing the first page', async () => {
    const next: Record<string, string | null> = { '': 'c2', c2: null };
    server.handle(
      answer((url) => {
        const cursor = url.searchParams.get('cursor') ?? '';
        return { body: { servers: [{ qualifiedName: `s-${cursor || 'c1'}` }], nextCursor: next[cursor] ?? null } };
      }),
    );
    const resources = api.createResources(client);
    const first = await resources.servers.list({ q: 'x' });
    expect(first.ok && first.items.map((server) => server.qualifiedName)).toEqual(['s-c1']);
    server.requests.length = 0;
    const call = resources.servers.list({ q: 'x' });
    const names: string[] = [];
    for await (const server of call) names.push(server.qualifiedName);
    expect(names).toEqual(['s-c1', 's-c2']);
    expect(paths()).toEqual(['/servers?q=x', '/servers?q=x&cursor=c2']);
    server.requests.length = 0;
    const pages = await collect(resources.servers.list({}, { maxPages: 1 }).pages());
    expect(pages).toHaveLength(1);
    expect(paths()).toEqual(['/servers']);
  });
});

describe('a server that would page for ever: the iteration ends with a typed pagination error', () => {
  /** The error the iteration threw, and the items it gave before. */
  async function iterate<T>(iterable: AsyncIterable<T>): Promise<{ items: T[]; error: PaginationError | undefined }> {
    const items: T[] = [];
    try {
      for await (const item of iterable) items.push(item);
    } catch (caught) {
      expect(caught).toBeInstanceOf(api.ApiCallError);
      const error = (caught as api.ApiCallError<api.PageErrorOf<typeof api.listServers>>).error;
      if (error.kind !== 'pagination') throw caught;
      return { items, error };
    }
    return { items, error: undefined };
  }
  /** Past this many requests the server ends the list, so that old code, which never stops, fails instead of hanging. */
  const GUARD = 50;

  it('cursors A, B, A: stops before asking for A again', async () => {
    const next: Record<string, string> = { '': 'A', A: 'B', B: 'A' };
    server.handle(
      answer((url) => {
        const cursor = url.searchParams.get('cursor') ?? '';
        return { body: { servers: [{ qualifiedName: cursor || 'first' }], nextCursor: server.requests.length > GUARD ? null : next[cursor] } };
      }),
    );
    const { items, error } = await iterate(api.paginate(api.listServers, client, {}));
    expect(items.map((item) => item.qualifiedName)).toEqual(['first', 'A', 'B']);
    expect(paths()).toEqual(['/servers', '/servers?cursor=A', '/servers?cursor=B']);
    expect(error).toEqual({
      kind: 'pagination',
      reason: 'cycle',
      pages: 3,
      value: 'A',
      message: 'GET /servers: the next cursor "A" is the one page 2 came from; following it would repeat pages for ever',
    });
  });

  it('a next URL bouncing between two pages', async () => {
    server.handle(
      answer((url) => {
        const page = url.searchParams.get('Page') === '1' ? 1 : 2;
        return { body: { calls: [{ sid: `CA${page}` }], next_page_uri: server.requests.length > GUARD ? null : `/calls?Page=${3 - page}` } };
      }),
    );
    const { items, error } = await iterate(api.paginate(api.listCalls, client, {}));
    expect(paths()).toEqual(['/calls', '/calls?Page=1', '/calls?Page=2']);
    expect(items).toHaveLength(3);
    expect(error).toMatchObject({ reason: 'cycle', pages: 3, value: `${server.url}/calls?Page=1` });
    expect(error?.message).toBe(`GET /calls: the next page's URL "${server.url}/calls?Page=1" is the one page 2 came from; following it would repeat pages for ever`);
  });

  it('a Link header bouncing between two pages', async () => {
    server.handle(
      answer((url) => {
        const page = url.searchParams.get('page') === '2' ? 2 : 3;
        const link = server.requests.length > GUARD ? '' : `<${server.url}/issues?page=${5 - page}>; rel="next"`;
        return { body: [{ number: page }], headers: { link } };
      }),
    );
    const { items, error } = await iterate(api.paginate(api.listIssues, client, {}));
    expect(paths()).toEqual(['/issues', '/issues?page=2', '/issues?page=3']);
    expect(items).toHaveLength(3);
    expect(error).toMatchObject({ kind: 'pagination', reason: 'cycle', value: `${server.url}/issues?page=2` });
  });

  it('a page number that repeats (past 2^53, page + 1 is the same number)', async () => {
    server.handle(answer(() => ({ body: { connections: [{ id: 'x' }], pagination: server.requests.length > GUARD ? { totalPages: 1 } : {} } })));
    const { error } = await iterate(api.paginate(api.listConnections, client, { page: 2 ** 53 }));
    expect(paths()).toEqual(['/connections?page=9007199254740992']);
    expect(error).toMatchObject({ reason: 'cycle', pages: 1, value: '9007199254740992' });
    expect(error?.message).toBe('GET /connections: the next page number "9007199254740992" is the one page 1 came from; following it would repeat pages for ever');
  });

  it('an offset that repeats', async () => {
    server.handle(answer(() => ({ body: { data: server.requests.length > GUARD ? [] : ['m'] } })));
    const { error } = await iterate(api.paginate(api.listMembers, client, { offset: 2 ** 53 }));
    expect(paths()).toEqual(['/members?offset=9007199254740992']);
    expect(error).toMatchObject({ reason: 'cycle', value: '9007199254740992' });
  });

  it('clips and escapes a long or hostile cursor in the message, and keeps it whole in value', async () => {
    const hostile = `\u009b2J\u202e${'z'.repeat(5000)}`;
    server.handle(
      answer((url) => {
        const cursor = url.searchParams.get('cursor');
        return { body: { servers: [{ qualifiedName: 'x' }], nextCursor: server.requests.length > GUARD ? null : cursor === 'B' ? hostile : 'B' } };
      }),
    );
    const { error } = await iterate(api.paginate(api.listServers, client, { cursor: hostile }));
    expect(error?.value).toBe(hostile);
    expect(error?.message).toBe(`GET /servers: the next cursor "\\u009b2J\\u202e${'z'.repeat(196)}…" is the one page 1 came from; following it would repeat pages for ever`);
  });

  it('the same cursor handed back still ends the list quietly, as a last page may say', async () => {
    server.handle(answer((url) => ({ body: { servers: [{ qualifiedName: 'x' }], nextCursor: url.searchParams.get('cursor') ?? 'A' } })));
    expect(await collect(api.paginate(api.listServers, client, {}))).toHaveLength(2);
  });

  it('stops after 10,000 pages by default with a page-limit error, since quietly cutting a list short would lose data; maxPages stops quietly', async () => {
    server.handle((request, response) => {
      const n = Number(new URL(request.url ?? '/', server.url).searchParams.get('cursor') ?? 0);
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(`{"servers":[{"qualifiedName":"s${n}"}],"nextCursor":"${n + 1}"}`);
    });
    const { items, error } = await iterate(api.paginate(api.listServers, client, {}));
    expect(items).toHaveLength(10_000);
    expect(server.requests).toHaveLength(10_000);
    expect(error).toEqual({
      kind: 'pagination',
      reason: 'page-limit',
      pages: 10_000,
      message: 'GET /servers: stopped after 10000 pages with more to come; pass maxPages to read further (Infinity for no limit)',
    });
    server.requests.length = 0;
    expect(await iterate(api.pages(api.listServers, client, {}, { maxPages: 3 }))).toMatchObject({ items: { length: 3 }, error: undefined });
  }, 60_000);
});
