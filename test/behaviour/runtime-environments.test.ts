/**
 * What differs between the runtimes a client runs in, against real `node:http` servers: a browser's fetch (opaque
 * redirects, simulated below as the Fetch standard writes them, since no browser runs here), a page that is not a
 * secure context (no `crypto.randomUUID`), abort signals from another realm or a polyfill, and a caller's fetch
 * that throws.
 */
import { webcrypto } from 'node:crypto';
import { runInNewContext } from 'node:vm';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import * as streams from '../fixtures/generated/streams/index.js';
import { createClient, createItem, getItem, getWithQueryKey, type ClientOptions, type FetchLike } from '../fixtures/generated/security/index.js';
import { reply, startTestServer, useTestServer, type Handler, type TestServer } from '../support/test-server.js';

const SECRET = 'sk-very-secret-value';
const testServer = useTestServer({ beforeAll, afterAll, beforeEach });
let server: TestServer;
let other: TestServer;
const item = { id: 'i1' };
const client = (options: ClientOptions = {}) => createClient({ baseUrl: server.url, retryBaseDelayMs: 5, ...options });

beforeAll(async () => {
  other = await startTestServer();
});
afterAll(() => other.close());
beforeEach(() => {
  server = testServer.current;
  other.requests.length = 0;
  other.handle(reply(200, item));
});
afterEach(() => {
  vi.unstubAllGlobals();
});

const redirect = (status: number, to: () => string): Handler => (_request, response) => {
  response.writeHead(status, { location: to() });
  response.end();
};

/** What a browser's fetch gives for `redirect: 'manual'`: a response of type `opaqueredirect`, status 0, nothing readable. */
function opaqueRedirect(): Response {
  const response = new Response(null, { status: 200 });
  return Object.defineProperties(response, { type: { value: 'opaqueredirect' }, status: { value: 0 }, ok: { value: false }, url: { value: '' } });
}

/**
 * A browser's fetch, as far as redirects go (Fetch standard, "HTTP-redirect fetch"), on a page of `pageOrigin`:
 * `manual` answers a redirect with an opaque one; `follow` follows up to 20, turning 303 (and 301/302 after a POST)
 * into a GET, and drops `Authorization` when a hop leaves the origin; `mode: 'same-origin'` fails any request or hop
 * to another origin than the page's. CORS checks are left out: these servers would pass them.
 */
function browserFetch(pageOrigin: string, seen: RequestInit[] = []): FetchLike {
  return async (input, init) => {
    seen.push(init);
    let url = new URL(input);
    let method = init.method ?? 'GET';
    let body = init.body;
    const headers = new Headers(init.headers);
    for (let hop = 0; hop <= 20; hop++) {
      if (init.mode === 'same-origin' && url.origin !== pageOrigin) throw new TypeError('Failed to fetch');
      const response = await fetch(url, { method, headers, body, redirect: 'manual', signal: init.signal ?? null });
      const location = response.headers.get('location');
      if (![301, 302, 303, 307, 308].includes(response.status) || location === null) return response;
      await response.body?.cancel();
      if (init.redirect === 'manual') return opaqueRedirect();
      const next = new URL(location, url);
      if (next.origin !== url.origin) headers.delete('authorization');
      if (response.status === 303 || (response.status <= 302 && method === 'POST')) {
        [method, body] = ['GET', undefined];
        headers.delete('content-type');
      }
      url = next;
    }
    throw new TypeError('Failed to fetch');
  };
}

describe("browsers: followRedirects 'safe' with opaque redirects", () => {
  it('lets the browser follow a GET that carries no credential, to another origin too', async () => {
    server.handle(redirect(302, () => `${other.url}/elsewhere`));
    const seen: RequestInit[] = [];
    const result = await getItem(client({ fetch: browserFetch('https://app.example.test', seen) }), { id: 'a', 'X-Trace': 't1' });
    // The old client answered `unexpected-status` 0 here.
    expect(result).toMatchObject({ ok: true, data: item });
    expect(seen.map((init) => [init.redirect, init.mode])).toEqual([['manual', undefined], ['follow', undefined]]);
    expect(other.requests.map((request) => [request.path, request.headers['x-trace']])).toEqual([['/elsewhere', 't1']]);
  });

  it('follows a credentialed GET to the page’s own origin in same-origin mode, credential and all', async () => {
    vi.stubGlobal('location', { origin: server.url });
    server.handle((request, response) => (request.url === '/items/a' ? redirect(301, () => '/items/b') : reply(200, item))(request, response));
    const seen: RequestInit[] = [];
    const result = await getItem(client({ token: SECRET, fetch: browserFetch(server.url, seen) }), { id: 'a' });
    expect(result).toMatchObject({ ok: true, data: item });
    expect(seen.map((init) => [init.redirect, init.mode])).toEqual([['manual', undefined], ['follow', 'same-origin']]);
    expect(server.requests.map((request) => [request.path, request.headers['x-api-key']])).toEqual([
      ['/items/a', SECRET],
      ['/items/a', SECRET],
      ['/items/b', SECRET],
    ]);
  });

  it('never lets a credential leave the page’s origin: the browser refuses the hop, nothing reaches the other origin', async () => {
    vi.stubGlobal('location', { origin: server.url });
    server.handle(redirect(307, () => `${other.url}/steal`));
    const result = await getItem(client({ token: SECRET, maxRetries: 0, fetch: browserFetch(server.url) }), { id: 'a' });
    expect(result).toMatchObject({ ok: false, error: { kind: 'network' } });
    expect(other.requests).toHaveLength(0);
  });

  it('answers a credentialed GET to another origin than the page’s with unexpected-status 0, following nothing', async () => {
    vi.stubGlobal('location', { origin: 'https://app.example.test' });
    server.handle(redirect(302, () => `${other.url}/steal`));
    const seen: RequestInit[] = [];
    const result = await getItem(client({ token: SECRET, fetch: browserFetch('https://app.example.test', seen) }), { id: 'a' });
    expect(result).toMatchObject({
      ok: false,
      attempts: 1,
      error: { kind: 'unexpected-status', status: 0, message: 'GET /items/{id}: a redirect the browser hides: see followRedirects' },
    });
    expect(seen).toHaveLength(1);
    expect(other.requests).toHaveLength(0);
  });

  it('does not send a POST twice (a 303 may answer one the server carried out): the opaque redirect is the answer', async () => {
    server.handle(redirect(303, () => `${other.url}/created/1`));
    const result = await createItem(client({ fetch: browserFetch('https://app.example.test') }), { body: item });
    expect(result).toMatchObject({ ok: false, error: { kind: 'unexpected-status', status: 0 } });
    expect(server.requests.map((request) => request.method)).toEqual(['POST']);
    expect(other.requests).toHaveLength(0);
  });

  it("with 'none' answers the opaque redirect; with 'fetch' lets the browser follow", async () => {
    server.handle(redirect(302, () => `${other.url}/elsewhere`));
    expect(await getItem(client({ followRedirects: 'none', fetch: browserFetch('https://app.example.test') }), { id: 'a' })).toMatchObject({
      ok: false,
      error: { kind: 'unexpected-status', status: 0 },
    });
    expect(await getItem(client({ followRedirects: 'fetch', fetch: browserFetch('https://app.example.test') }), { id: 'a' })).toMatchObject({ ok: true, data: item });
  });
});

describe('a page that is not a secure context (no crypto.randomUUID)', () => {
  it('generates idempotency keys from getRandomValues: random version 4 UUIDs, the same on a retry', async () => {
    vi.stubGlobal('crypto', { getRandomValues: (array: Uint8Array) => webcrypto.getRandomValues(array) });
    expect((globalThis.crypto as Partial<Crypto>).randomUUID).toBeUndefined();
    let calls = 0;
    server.handle((request, response) => (++calls === 2 ? reply(503, {}) : reply(201, item))(request, response));
    const results = [await createItem(client({ idempotencyKey: true }), { body: item }), await createItem(client({ idempotencyKey: true }), { body: item })];
    // The old client answered invalid-request ("the arguments cannot be encoded (TypeError)").
    expect(results).toMatchObject([{ ok: true }, { ok: true, attempts: 2 }]);
    const keys = server.requests.map((request) => String(request.headers['idempotency-key']));
    for (const key of keys) expect(key).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(keys[1]).not.toBe(keys[0]);
    expect(keys[2]).toBe(keys[1]);
  });
});

/** An AbortSignal as a polyfill builds one: an EventTarget with `aborted` and `reason`, not an AbortSignal. */
class PolyfillSignal extends EventTarget {
  aborted = false;
  reason: unknown;
  abort(reason: unknown) {
    this.aborted = true;
    this.reason = reason;
    this.dispatchEvent(new Event('abort'));
  }
}

/** A signal made in another realm (a `vm` context has no AbortController: plain objects of that realm). */
function otherRealmSignal(): AbortSignal & { abort(reason: unknown): void } {
  return runInNewContext(`({
    aborted: false, reason: undefined, listeners: [],
    addEventListener(type, listener) { if (type === 'abort') this.listeners.push(listener); },
    removeEventListener(type, listener) { this.listeners = this.listeners.filter((l) => l !== listener); },
    abort(reason) { this.aborted = true; this.reason = reason; for (const l of [...this.listeners]) l({ type: 'abort' }); },
  })`);
}

describe('abort signals recognised by shape', () => {
  const hang: Handler = () => undefined;

  it.each([
    ['a polyfill', () => new PolyfillSignal()],
    ['another realm', otherRealmSignal],
  ])('a signal from %s aborts a call that is waiting, and fetch gets a signal of its own realm', async (_from, make) => {
    server.handle(hang);
    const signal = make();
    expect(signal instanceof AbortSignal).toBe(false);
    const given: RequestInit[] = [];
    const spy: FetchLike = (input, init) => (given.push(init), fetch(input, init));
    setTimeout(() => signal.abort('user left'), 50);
    const result = await getItem(client({ fetch: spy, timeoutMs: Infinity }), { id: 'a' }, { signal: signal as unknown as AbortSignal });
    // The old client ignored the signal: the call waited for its time limit.
    expect(result).toMatchObject({ ok: false, error: { kind: 'aborted', reason: 'user left' } });
    expect(given[0]?.signal).toBeInstanceOf(AbortSignal);
  });

  it('a signal from another realm that has fired sends nothing, and one that fires during a retry wait ends it', async () => {
    const fired = otherRealmSignal();
    fired.abort('before');
    expect(await getItem(client(), { id: 'a' }, { signal: fired })).toMatchObject({ ok: false, attempts: 0, error: { kind: 'aborted', reason: 'before' } });
    expect(server.requests).toHaveLength(0);
    server.handle((_request, response) => {
      response.writeHead(503, { 'retry-after': '30' });
      response.end();
    });
    const later = otherRealmSignal();
    setTimeout(() => later.abort('during the wait'), 100);
    const started = Date.now();
    expect(await getItem(client(), { id: 'a' }, { signal: later })).toMatchObject({ ok: false, attempts: 1, error: { kind: 'aborted', reason: 'during the wait' } });
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('a polyfill signal cancels a binary download taken as a stream', async () => {
    server.handle((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/octet-stream' });
      response.write(Buffer.alloc(1024, 1));
    });
    const signal = new PolyfillSignal();
    const result = await streams.downloadFile(streams.createClient({ baseUrl: server.url }), { id: 'f1' }, { download: 'stream', signal: signal as unknown as AbortSignal });
    if (!result.ok) throw new Error(result.error.message);
    const reader = result.data.getReader();
    expect((await reader.read()).value?.byteLength).toBe(1024);
    signal.abort('enough');
    await expect(reader.read()).rejects.toBe('enough');
  });
});

describe("a caller's fetch that throws", () => {
  it.each([
    ['throws', () => { throw new TypeError('fetch is not a function'); }],
    ['rejects', async () => { throw new TypeError('fetch is not a function'); }],
  ])('is a network error saying the supplied fetch threw, with what it threw as the cause (it %s)', async (_how, broken) => {
    const result = await getItem(client({ fetch: broken as FetchLike, maxRetries: 0 }), { id: 'a' });
    expect(result).toMatchObject({
      ok: false,
      attempts: 1,
      error: { kind: 'network', message: 'GET /items/{id}: no response: ClientOptions.fetch threw TypeError: fetch is not a function' },
    });
    expect(!result.ok && result.error.kind === 'network' && result.error.cause).toBeInstanceOf(TypeError);
  });

  it('shows a URL it names with the query credential redacted', async () => {
    const broken: FetchLike = async (input) => {
      throw new Error(`cannot reach ${input}`);
    };
    const result = await getWithQueryKey(client({ token: SECRET, fetch: broken, maxRetries: 0 }));
    expect(result).toMatchObject({ ok: false, error: { kind: 'network', message: `GET /query-key: no response: ClientOptions.fetch threw Error: cannot reach ${server.url}/query-key?key=[redacted]` } });
    expect(JSON.stringify(result)).not.toContain(SECRET);
  });

  it('the platform fetch failing is still just "no response"', async () => {
    server.handle((request) => request.socket.destroy());
    expect(await getItem(client({ maxRetries: 0 }), { id: 'a' })).toMatchObject({ ok: false, error: { kind: 'network', message: 'GET /items/{id}: no response' } });
  });
});
