/**
 * Hostile arguments and servers: each test reproduces a way a generated client once rejected its promise, leaked a
 * credential, buffered without bound or stormed a server. Run against real `node:http` servers on 127.0.0.1.
 */
import { inspect } from 'node:util';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  createClient,
  createItem,
  deleteItem,
  getItem,
  getWithBasic,
  getWithBearer,
  getWithCookieKey,
  getWithQueryKey,
  type ClientOptions,
  type RequestInfo,
} from '../fixtures/generated/security/index.js';
import { createResponseValidation } from '../../templates/validate-response.js';
import { retryAfterMs, retryDelayMs, RETRY_FLOOR_MS } from '../../templates/retry-policy.js';
import { reply, startTestServer, useTestServer, type Handler, type TestServer } from '../support/test-server.js';

const SECRET = 'sk-very-secret-value';
const testServer = useTestServer({ beforeAll, afterAll, beforeEach });
let server: TestServer;
beforeEach(() => {
  server = testServer.current;
});
const item = { id: 'i1' };
const client = (options: ClientOptions = {}) => createClient({ baseUrl: server.url, token: SECRET, retryBaseDelayMs: 5, ...options });

/** Everything a caller could print or log of a result: JSON, util.inspect (deep), and any error's stack and cause. */
function everythingShown(result: unknown): string {
  const error = (result as { error?: { cause?: unknown } }).error;
  const cause = error?.cause;
  return [
    JSON.stringify(result, (_key, value: unknown) => (value instanceof Response ? { url: value.url } : value)),
    inspect(result, { depth: 10, showHidden: true }),
    cause instanceof Error ? `${cause.message}\n${cause.stack}\n${inspect(cause, { depth: 10 })}` : inspect(cause),
  ].join('\n');
}

describe('arguments fetch would refuse become invalid-request: nothing sent, no retry, no secret shown', () => {
  const unsendable = ['line\r\nX-Injected: 1', 'new\nline', 'nul\0byte', 'snowman \u2603', 'high \u0100'];

  it.each(unsendable)('a token holding %j', async (bad) => {
    const result = await getItem(client({ token: `${SECRET}${bad}` }), { id: 'a' });
    expect(result).toMatchObject({ ok: false, attempts: 0, error: { kind: 'invalid-request', parameter: 'headerKey' } });
    expect(server.requests).toHaveLength(0);
    expect(everythingShown(result)).not.toContain(SECRET);
  });

  it.each(unsendable)('a bearer credential holding %j', async (bad) => {
    const result = await getWithBearer(client({ token: `${SECRET}${bad}` }));
    expect(result).toMatchObject({ ok: false, attempts: 0, error: { kind: 'invalid-request', parameter: 'bearer' } });
    expect(everythingShown(result)).not.toContain(SECRET);
    expect(server.requests).toHaveLength(0);
  });

  it('a basic credential: CR, LF and NUL travel base64-encoded; characters above U+00FF cannot be encoded', async () => {
    server.handle(reply(200, 'hello', 'text/plain'));
    expect(await getWithBasic(client({ token: `user:${SECRET}\r\n` }))).toMatchObject({ ok: true, data: 'hello' });
    expect(server.requests[0]?.headers.authorization).toBe(`Basic ${btoa(`user:${SECRET}\r\n`)}`);
    const result = await getWithBasic(client({ token: `user:${SECRET}\u0100` }));
    expect(result).toMatchObject({ ok: false, attempts: 0, error: { kind: 'invalid-request', parameter: 'basic' } });
    expect(everythingShown(result)).not.toContain(SECRET);
    expect(server.requests).toHaveLength(1);
  });

  it.each(unsendable)('a header parameter, a caller header and an idempotency key holding %j', async (bad) => {
    const results = [
      await getItem(client(), { id: 'a', 'X-Trace': `${SECRET}${bad}` }),
      await getItem(client({ headers: { 'X-Custom': `${SECRET}${bad}` } }), { id: 'a' }),
      await getItem(client(), { id: 'a' }, { headers: { 'X-Custom': `${SECRET}${bad}` } }),
      await createItem(client(), { body: item }, { idempotencyKey: `${SECRET}${bad}` }),
    ];
    for (const result of results) {
      expect(result).toMatchObject({ ok: false, attempts: 0, error: { kind: 'invalid-request' } });
      expect(everythingShown(result)).not.toContain(SECRET);
    }
    expect(results.map((r) => !r.ok && r.error.kind === 'invalid-request' && r.error.parameter)).toEqual(['X-Trace', 'X-Custom', 'X-Custom', 'Idempotency-Key']);
    expect(server.requests).toHaveLength(0);
  });

  it('a lone surrogate in a path or query value, and a header name that is no token', async () => {
    const results = [
      await getItem(client(), { id: 'a\uD800b' }),
      await getItem(client(), { id: 'a', filter: '\uDC00' }),
      await getWithQueryKey(client({ token: 'k\uD800' })),
      await getItem(client({ headers: { 'bad name': 'x' } }), { id: 'a' }),
    ];
    for (const result of results) expect(result).toMatchObject({ ok: false, attempts: 0, error: { kind: 'invalid-request' } });
    expect(!results[0]!.ok && results[0]!.error.message).toMatch(/"id" holds a lone UTF-16 surrogate/);
    expect(server.requests).toHaveLength(0);
  });

  it('a baseUrl that does not parse is invalid-request, not a retried network error', async () => {
    for (const baseUrl of ['not a url', 'http://exa mple.com', '::::', '']) {
      const result = await getItem(client({ baseUrl }), { id: 'a' });
      expect(result).toMatchObject({ ok: false, attempts: 0, error: { kind: 'invalid-request', parameter: 'baseUrl' } });
    }
  });

  it('a token function that throws is invalid-request, and its secret-bearing error is not echoed', async () => {
    const result = await getItem(client({ token: () => { throw new Error(SECRET); } }), { id: 'a' });
    expect(result).toMatchObject({ ok: false, attempts: 0, error: { kind: 'invalid-request', parameter: 'headerKey' } });
    expect(everythingShown(result)).not.toContain(SECRET);
  });
});

describe('redirects', () => {
  let other: TestServer;
  beforeAll(async () => {
    other = await startTestServer();
  });
  afterAll(() => other.close());
  beforeEach(() => {
    other.requests.length = 0;
    other.handle(reply(200, item));
  });
  const redirect = (status: number, to: () => string): Handler => (_request, response) => {
    response.writeHead(status, { location: to() });
    response.end();
  };

  it('does not replay a DELETE on another origin, and answers with the redirect', async () => {
    for (const status of [301, 302, 307, 308]) {
      server.handle(redirect(status, () => `${other.url}/items/a`));
      const result = await deleteItem(client({ headers: { 'X-Custom-Secret': SECRET } }), { id: 'a' });
      expect(result).toMatchObject({ ok: false, attempts: 1, error: { kind: 'unexpected-status', status } });
      expect(!result.ok && result.error.kind === 'unexpected-status' && result.error.response.headers.get('location')).toBe(`${other.url}/items/a`);
    }
    expect(other.requests).toHaveLength(0);
  });

  it('follows a cross-origin GET without any credential or caller header', async () => {
    server.handle(redirect(302, () => `${other.url}/elsewhere`));
    const result = await getItem(client({ headers: { 'X-Tenant': 'acme' } }), { id: 'a', 'X-Trace': 't1' }, { headers: { 'X-Call': 'c' } });
    expect(result).toMatchObject({ ok: true, data: item });
    expect(server.requests[0]?.headers['x-api-key']).toBe(SECRET);
    const forwarded = other.requests[0]!.headers;
    expect(other.requests[0]?.path).toBe('/elsewhere');
    expect(forwarded['x-api-key']).toBeUndefined();
    expect(forwarded['x-tenant']).toBeUndefined();
    expect(forwarded['x-call']).toBeUndefined();
    expect(JSON.stringify(forwarded)).not.toContain(SECRET);
    // The spec's own header parameter is not a credential, and travels on.
    expect(forwarded['x-trace']).toBe('t1');
  });

  it('drops a cookie credential on a cross-origin GET and follows one on the same origin with it', async () => {
    server.handle(redirect(307, () => `${other.url}/cookie-key`));
    expect(await getWithCookieKey(client())).toMatchObject({ ok: true });
    expect(server.requests[0]?.headers.cookie).toBe(`session=${SECRET}`);
    expect(other.requests[0]?.headers.cookie).toBeUndefined();
    server.requests.length = 0;
    let first = true;
    server.handle((request, response) => {
      if (first) {
        first = false;
        return redirect(308, () => '/moved')(request, response);
      }
      reply(204, '')(request, response);
    });
    expect(await deleteItem(client(), { id: 'a' })).toMatchObject({ ok: true, status: 204 });
    expect(server.requests.map((r) => [r.method, r.path, r.headers['x-api-key']])).toEqual([
      ['DELETE', '/items/a', SECRET],
      ['DELETE', '/moved', SECRET],
    ]);
  });

  it("followRedirects 'none' answers with the first redirect; a loop ends after 20 hops with the redirect", async () => {
    server.handle(redirect(302, () => `${server.url}/items/b`));
    expect(await getItem(client({ followRedirects: 'none' }), { id: 'a' })).toMatchObject({ ok: false, error: { kind: 'unexpected-status', status: 302 } });
    expect(server.requests).toHaveLength(1);
    server.requests.length = 0;
    expect(await getItem(client(), { id: 'a' })).toMatchObject({ ok: false, attempts: 1, error: { kind: 'unexpected-status', status: 302 } });
    expect(server.requests).toHaveLength(21);
  });
});

describe('bodies are bounded', () => {
  it('a body past maxBodyBytes ends the call with body-too-large without reading the rest', async () => {
    let written = 0;
    server.handle((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      const pump = () => {
        while (written < 50 * 1024 * 1024) {
          written += chunk.length;
          if (!response.write(chunk)) return void response.once('drain', pump);
        }
        response.end();
      };
      response.on('close', () => undefined);
      pump();
    });
    const result = await getItem(client({ maxBodyBytes: 1024 * 1024 }), { id: 'a' });
    expect(result).toMatchObject({ ok: false, attempts: 1, error: { kind: 'body-too-large', status: 200, limitBytes: 1024 * 1024 } });
    expect(written).toBeLessThan(50 * 1024 * 1024);
  });

  it('refuses a declared Content-Length past the limit before reading', async () => {
    server.handle((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json', 'content-length': String(10 * 1024 * 1024) });
      response.write('[');
    });
    const result = await getItem(client({ timeoutMs: 2_000 }), { id: 'a' }, { maxBodyBytes: 1000 });
    expect(result).toMatchObject({ ok: false, error: { kind: 'body-too-large', limitBytes: 1000 } });
  });

  it('counts after decompression: a small gzip that inflates past the default 64 MiB is refused, memory stays bounded', async () => {
    const bomb = gzipSync(Buffer.alloc(200 * 1024 * 1024, 0x20), { level: 9 });
    expect(bomb.length).toBeLessThan(300 * 1024);
    server.handle((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip', 'content-length': String(bomb.length) });
      response.end(bomb);
    });
    const before = process.memoryUsage();
    const result = await getItem(client(), { id: 'a' });
    const after = process.memoryUsage();
    expect(result).toMatchObject({ ok: false, error: { kind: 'body-too-large', limitBytes: 64 * 1024 * 1024 } });
    // 64 MiB may be held at most; reading the whole 200 MiB would show here.
    expect(after.arrayBuffers - before.arrayBuffers).toBeLessThan(100 * 1024 * 1024);
  }, 20_000);
});

describe('limits out of range mean no limit, never a spurious timeout', () => {
  const slowly: Handler = (_request, response) => {
    setTimeout(() => reply(200, item)(_request, response), 40);
  };
  it.each([Infinity, 2 ** 31, 2 ** 40, NaN, 0, -5])('timeoutMs and deadlineMs of %s', async (limit) => {
    server.handle(slowly);
    expect(await getItem(client({ timeoutMs: limit, deadlineMs: limit }), { id: 'a' })).toMatchObject({ ok: true, attempts: 1 });
    expect(await getItem(client(), { id: 'a' }, { timeoutMs: limit, deadlineMs: limit })).toMatchObject({ ok: true, attempts: 1 });
  });

  it('a maxRetries that is not a count falls back to the default', async () => {
    server.handle(reply(503, ''));
    for (const maxRetries of [NaN, -1, Infinity]) {
      server.requests.length = 0;
      expect(await getItem(client({ maxRetries }), { id: 'a' })).toMatchObject({ ok: false, attempts: 3 });
      expect(server.requests).toHaveLength(3);
    }
  });
});

describe('Retry-After', () => {
  it('ignores values that are not a delay or a date', () => {
    const at = (value: string) => retryAfterMs(new Headers({ 'retry-after': value }), 0);
    expect(['-1', '0', '1.5', 'soon', ' ', '-0'].map(at)).toEqual([undefined, undefined, undefined, undefined, undefined, undefined]);
    expect(at('2')).toBe(2000);
    expect(retryAfterMs(new Headers({ 'retry-after-ms': '-10' }), 0)).toBeUndefined();
  });

  it('never waits less than the floor, whatever the server or the options say', () => {
    expect(retryDelayMs(1, 0, 0, 0)).toBe(RETRY_FLOOR_MS);
    expect(retryDelayMs(3, undefined, 0, 30_000)).toBe(RETRY_FLOOR_MS);
  });

  it('a 429 storm with Retry-After: 0 backs off instead of hammering the server', async () => {
    server.handle((_request, response) => {
      response.writeHead(429, { 'retry-after': '0' });
      response.end();
    });
    const started = Date.now();
    const result = await getItem(client({ maxRetries: 1_000, deadlineMs: 400, retryBaseDelayMs: 10 }), { id: 'a' });
    expect(result).toMatchObject({ ok: false, error: { kind: 'unexpected-status', status: 429 } });
    expect(Date.now() - started).toBeLessThan(1_000);
    // Exponential backoff from 10 ms fits about six attempts in 400 ms; hundreds would mean a storm.
    expect(server.requests.length).toBeLessThan(12);
  });
});

describe('abort', () => {
  it('aborted before the call: attempts 0, nothing sent', async () => {
    const result = await getItem(client(), { id: 'a' }, { signal: AbortSignal.abort() });
    expect(result).toMatchObject({ ok: false, attempts: 0, error: { kind: 'aborted' } });
    expect(server.requests).toHaveLength(0);
  });

  it('aborted while an async token function is pending: returns at once', async () => {
    let release: (token: string) => void = () => undefined;
    const controller = new AbortController();
    const pending = getItem(client({ token: () => new Promise<string>((resolve) => (release = resolve)) }), { id: 'a' }, { signal: controller.signal });
    await new Promise((resolve) => setTimeout(resolve, 20));
    const abortedAt = Date.now();
    controller.abort();
    const result = await pending;
    expect(Date.now() - abortedAt).toBeLessThan(50);
    expect(result).toMatchObject({ ok: false, attempts: 0, error: { kind: 'aborted' } });
    release(SECRET);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(server.requests).toHaveLength(0);
  });
});

describe('hooks and results never show a credential', () => {
  it('redacts every credential header by name, and keeps other headers as they are', async () => {
    server.handle(reply(200, item));
    const seen: RequestInfo[] = [];
    await getItem(
      client({ onRequest: (info) => seen.push(info), headers: { 'Proxy-Authorization': `Basic ${SECRET}`, 'X-Tenant': 'acme' } }),
      { id: 'a', 'X-Trace': 'trace-1' },
    );
    await getWithCookieKey(client({ onRequest: (info) => seen.push(info) }));
    await getWithBearer(client({ onRequest: (info) => seen.push(info) }));
    expect(seen[0]!.headers).toMatchObject({ 'x-api-key': '[redacted]', 'proxy-authorization': '[redacted]', 'x-tenant': 'acme', 'x-trace': 'trace-1' });
    expect(seen[1]!.headers.cookie).toBe('[redacted]');
    expect(seen[2]!.headers.authorization).toBe('[redacted]');
    expect(JSON.stringify(seen)).not.toContain(SECRET);
  });

  it('an apiKey in the query is redacted in hooks, error.response.url and util.inspect of the result', async () => {
    server.handle(reply(500, { error: 'boom' }));
    const seen: RequestInfo[] = [];
    const result = await getWithQueryKey(client({ onRequest: (info) => seen.push(info), maxRetries: 0 }));
    expect(server.requests[0]?.path).toBe(`/query-key?key=${SECRET}`);
    expect(seen[0]?.url).toBe(`${server.url}/query-key?key=[redacted]`);
    expect(!result.ok && result.error.kind === 'unexpected-status' && result.error.response.url).toBe(`${server.url}/query-key?key=[redacted]`);
    expect(everythingShown(result)).not.toContain(SECRET);
  });

  it('a fetch error whose cause holds the URL (an unparseable Location) does not carry the query credential', async () => {
    server.handle((_request, response) => {
      response.writeHead(301, { location: 'http://[::1' });
      response.end();
    });
    const result = await getWithQueryKey(client({ followRedirects: 'fetch', maxRetries: 0 }));
    expect(result).toMatchObject({ ok: false, error: { kind: 'network' } });
    expect(everythingShown(result)).not.toContain(SECRET);
    expect(String((!result.ok && result.error.kind === 'network' && result.error.cause) || '')).toMatch(/Invalid URL/);
  });

  it('redacts by position, not by substring: a one-character token leaves the URL whole', async () => {
    server.handle(reply(200, item));
    const seen: RequestInfo[] = [];
    await getItem(client({ token: 'r', onRequest: (info) => seen.push(info) }), { id: 'connector', filter: 'red' });
    expect(seen[0]?.url).toBe(`${server.url}/items/connector?filter=red`);
    await getWithQueryKey(client({ token: 'e', onRequest: (info) => seen.push(info) }));
    expect(seen[1]?.url).toBe(`${server.url}/query-key?key=[redacted]`);
  });
});

describe('response validation reads only own properties', () => {
  const schemas = {
    Item: { type: 'object', required: ['toString'], properties: { id: { type: 'string' }, toString: { type: 'number' } }, additionalProperties: false },
  } as const;
  /** The tables as validators.ts writes them: one JSON `[name, value]` entry per line. */
  const lines = (table: object) => Object.entries(table).map((entry) => JSON.stringify(entry));
  const validation = createResponseValidation(lines(schemas), lines({ op: { '200': { $ref: 'Item' } }, constructor: {} }));
  const check = (body: unknown, operation = 'op') => validation.check(operation, '200', body, 'GET /x', new Response(null, { status: 200 }))?.path;

  it('a required property named like an Object.prototype member must be present', () => {
    expect(check({ id: 'a' })).toBe('$.toString');
  });

  it('a property named like an Object.prototype member is not taken for a documented one', () => {
    expect(check(JSON.parse('{"toString": 1, "constructor": 1}'))).toBe('$.constructor');
    expect(check(JSON.parse('{"toString": 1, "__proto__": {"id": 1}}'))).toBe('$.__proto__');
  });

  it('an operation named like an Object.prototype member is unknown, not a crash', () => {
    expect(check({}, 'hasOwnProperty')).toBeUndefined();
    expect(check({}, '__proto__')).toBeUndefined();
  });

  it('a schema or operation named __proto__ is a table entry, not a prototype', () => {
    const proto = createResponseValidation(['["__proto__",{"type":"string"}]'], ['["__proto__",{"200":{"$ref":"__proto__"}}]']);
    const checkProto = (body: unknown) => proto.check('__proto__', '200', body, 'GET /x', new Response(null, { status: 200 }))?.path;
    expect(checkProto('text')).toBeUndefined();
    expect(checkProto(1)).toBe('$');
  });

  it('a body nested far deeper than any schema does not exhaust the stack', () => {
    const deep = createResponseValidation(lines({ Node: { type: 'object', properties: { next: { $ref: 'Node' } } } }), lines({ op: { '200': { $ref: 'Node' } } }));
    let body: Record<string, unknown> = {};
    for (let i = 0; i < 100_000; i++) body = { next: body };
    expect(() => deep.check('op', '200', body, 'GET /x', new Response(null))).not.toThrow();
  });
});
