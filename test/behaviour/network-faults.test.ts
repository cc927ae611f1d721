/**
 * Fault tests: the generated clients against a real HTTP server that misbehaves. Every outcome must be a typed
 * result; nothing thrown, no unhandled rejection, no timer left running; request loops bounded in count and time.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createClient as createBodiesClient, createPet } from '../fixtures/generated/request-bodies/index.js';
import { createClient, deleteConnection, getConnection, type ClientOptions, type RequestInfo, type ResponseInfo } from '../../generated/smithery/index.js';
import { responseValidation } from '../../generated/smithery/validators.js';
import { dropConnection, dropDuringBody, reply, useTestServer, type Handler, type TestServer } from '../support/test-server.js';

const testServer = useTestServer({ beforeAll, afterAll, beforeEach });
let server: TestServer;
beforeEach(() => {
  server = testServer.current;
});

const connection = { connectionId: 'c1', name: 'Slack', mcpUrl: null, metadata: null };
const args = { namespace: 'acme', connectionId: 'c1' };
const client = (options: ClientOptions = {}) => createClient({ baseUrl: server.url, token: 'sk-secret-token', retryBaseDelayMs: 5, ...options });

/** Answers each request with the next handler; the last one repeats. */
function sequence(...handlers: Handler[]): Handler {
  let next = 0;
  return (request, response) => handlers[Math.min(next++, handlers.length - 1)]!(request, response);
}

/** Answers after `ms`, with headers first and the body later when `bodyDelayMs` is given. */
function slow(ms: number, bodyDelayMs?: number): Handler {
  return (_request, response) => {
    const timer = setTimeout(() => {
      response.writeHead(200, { 'content-type': 'application/json' });
      if (bodyDelayMs === undefined) return response.end(JSON.stringify(connection));
      response.write('{"connectionId":');
      const later = setTimeout(() => response.end('"c1","name":"x","mcpUrl":null,"metadata":null}'), bodyDelayMs);
      response.on('close', () => clearTimeout(later));
    }, ms);
    response.on('close', () => clearTimeout(timer));
  };
}

function timersRunning(): number {
  return process.getActiveResourcesInfo().filter((resource) => resource === 'Timeout').length;
}

describe('retries', () => {
  it('retries a GET after connection resets and succeeds, reporting the attempts', async () => {
    server.handle(sequence(dropConnection, dropDuringBody, reply(200, connection)));
    const result = await getConnection(client(), args);
    expect(result).toMatchObject({ ok: true, status: 200, data: connection, attempts: 3 });
    expect(server.requests).toHaveLength(3);
  });

  it('gives up after maxRetries with a typed network error', async () => {
    server.handle(dropConnection);
    const result = await getConnection(client({ maxRetries: 1 }), args);
    expect(result).toMatchObject({ ok: false, attempts: 2, error: { kind: 'network' } });
    expect(server.requests).toHaveLength(2);
  });

  it('bounds a storm of 503s: maxRetries + 1 attempts, then the typed final answer', async () => {
    server.handle(reply(503, '<html>Service Unavailable</html>', 'text/html'));
    const started = Date.now();
    const result = await getConnection(client({ maxRetries: 4 }), args);
    expect(result).toMatchObject({ ok: false, attempts: 5, error: { kind: 'unexpected-status', status: 503, body: '<html>Service Unavailable</html>' } });
    expect(server.requests).toHaveLength(5);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('retries an HTML 502 from a proxy, then succeeds', async () => {
    server.handle(sequence(reply(502, '<html><h1>502 Bad Gateway</h1></html>', 'text/html'), reply(200, connection)));
    expect(await getConnection(client(), args)).toMatchObject({ ok: true, attempts: 2, data: connection });
  });

  it('honours Retry-After but caps it: a 429 asking for an hour waits maxRetryDelayMs', async () => {
    server.handle(sequence((_request, response) => {
      response.writeHead(429, { 'retry-after': '3600', 'content-type': 'application/json' });
      response.end('{}');
    }, reply(200, connection)));
    const started = Date.now();
    const result = await getConnection(client({ maxRetryDelayMs: 150 }), args);
    const elapsed = Date.now() - started;
    expect(result).toMatchObject({ ok: true, attempts: 2 });
    expect(elapsed).toBeGreaterThanOrEqual(140);
    expect(elapsed).toBeLessThan(1_000);
  });

  it('honours retry-after-ms and an HTTP-date Retry-After', async () => {
    server.handle(sequence(
      (_request, response) => {
        response.writeHead(503, { 'retry-after-ms': '80' });
        response.end();
      },
      (_request, response) => {
        response.writeHead(503, { 'retry-after': new Date(Date.now() + 1_000).toUTCString() });
        response.end();
      },
      reply(200, connection),
    ));
    const started = Date.now();
    const result = await getConnection(client({ maxRetryDelayMs: 2_000 }), args);
    expect(result).toMatchObject({ ok: true, attempts: 3 });
    // 80 ms, then up to a second (an HTTP date has one-second resolution).
    expect(Date.now() - started).toBeGreaterThanOrEqual(80);
    expect(Date.now() - started).toBeLessThan(2_500);
  });

  it('retries DELETE (idempotent) but never a POST without an Idempotency-Key', async () => {
    server.handle(reply(503, ''));
    expect(await deleteConnection(client({ maxRetries: 2 }), args)).toMatchObject({ attempts: 3 });
    server.requests.length = 0;
    const bodies = createBodiesClient({ baseUrl: server.url, retryBaseDelayMs: 5, maxRetries: 3 });
    expect(await createPet(bodies, { body: { name: 'Rex' } })).toMatchObject({ ok: false, attempts: 1, error: { kind: 'unexpected-status', status: 503 } });
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]?.headers['idempotency-key']).toBeUndefined();
  });

  it('retries a POST that carries an Idempotency-Key, sending the same key every time', async () => {
    server.handle(sequence(reply(503, ''), dropConnection, reply(201, { id: 7 })));
    const bodies = createBodiesClient({ baseUrl: server.url, retryBaseDelayMs: 5, idempotencyKey: true });
    const result = await createPet(bodies, { body: { name: 'Rex' } });
    expect(result).toMatchObject({ ok: true, status: 201, attempts: 3 });
    const keys = server.requests.map((request) => request.headers['idempotency-key']);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(new Set(keys).size).toBe(1);
    server.requests.length = 0;
    await createPet(bodies, { body: { name: 'Rex' } }, { idempotencyKey: 'order-42' });
    expect(server.requests[0]?.headers['idempotency-key']).toBe('order-42');
  });
});

describe('timeouts', () => {
  it('times out slow headers per attempt, retries, and says which limit ran out', async () => {
    server.handle(slow(1_000));
    const started = Date.now();
    const result = await getConnection(client({ timeoutMs: 60, maxRetries: 1 }), args);
    expect(result).toMatchObject({ ok: false, attempts: 2, error: { kind: 'timeout', timeout: 'attempt', timeoutMs: 60 } });
    expect(Date.now() - started).toBeLessThan(900);
  });

  it('covers the body read: a slow body times out even though headers came at once', async () => {
    server.handle(slow(0, 1_000));
    const result = await getConnection(client({ timeoutMs: 100, maxRetries: 0 }), args);
    expect(result).toMatchObject({ ok: false, attempts: 1, error: { kind: 'timeout', timeout: 'attempt' } });
  });

  it('stops at the overall deadline, retries and waits included', async () => {
    server.handle(slow(1_000));
    const started = Date.now();
    const result = await getConnection(client({ timeoutMs: 5_000, maxRetries: 5 }), args, { deadlineMs: 150 });
    expect(result).toMatchObject({ ok: false, attempts: 1, error: { kind: 'timeout', timeout: 'deadline', timeoutMs: 150 } });
    expect(Date.now() - started).toBeLessThan(600);
  });

  it('does not start a retry whose wait would pass the deadline', async () => {
    server.handle((_request, response) => {
      response.writeHead(429, { 'retry-after': '2' });
      response.end();
    });
    const result = await getConnection(client({ deadlineMs: 300 }), args);
    expect(result).toMatchObject({ ok: false, attempts: 1, error: { kind: 'unexpected-status', status: 429 } });
  });
});

describe('cancellation', () => {
  it('ends at once when aborted during a backoff wait, leaving no timer behind', async () => {
    server.handle(reply(503, ''));
    const before = timersRunning();
    const controller = new AbortController();
    const pending = getConnection(client({ retryBaseDelayMs: 5_000 }), args, { signal: controller.signal });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(server.requests).toHaveLength(1);
    const abortedAt = Date.now();
    controller.abort(new Error('user navigated away'));
    const result = await pending;
    expect(Date.now() - abortedAt).toBeLessThan(50);
    expect(result).toMatchObject({ ok: false, attempts: 1, error: { kind: 'aborted' } });
    expect(timersRunning()).toBeLessThanOrEqual(before);
  });

  it('ends a request in flight with aborted, not timeout or network', async () => {
    server.handle(slow(1_000));
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 30);
    expect(await getConnection(client(), args, { signal: controller.signal })).toMatchObject({ ok: false, attempts: 1, error: { kind: 'aborted' } });
  });

  it('sends nothing when the signal has already fired', async () => {
    expect(await getConnection(client(), args, { signal: AbortSignal.abort() })).toMatchObject({ ok: false, error: { kind: 'aborted' } });
    expect(server.requests).toHaveLength(0);
  });
});

describe('bodies', () => {
  it('returns truncated JSON as invalid-body after the attempt, not as a thrown SyntaxError', async () => {
    server.handle(reply(200, '{"connectionId": "c1", "na'));
    expect(await getConnection(client(), args)).toMatchObject({ ok: false, attempts: 1, error: { kind: 'invalid-body', status: 200 } });
  });

  it('reads a chunked body whose characters are split across chunks, as text and gzip-compressed', async () => {
    const named = { ...connection, name: 'Zürich 東京 🎉' };
    const bytes = Buffer.from(JSON.stringify(named));
    // Split inside the multi-byte characters: every byte goes out as its own chunk (no Content-Length).
    server.handle((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      const write = (at: number): void => {
        if (at === bytes.length) return void response.end();
        response.write(bytes.subarray(at, at + 1), () => write(at + 1));
      };
      write(0);
    });
    expect(await getConnection(client(), args)).toMatchObject({ ok: true, data: named });
    const { gzipSync } = await import('node:zlib');
    server.handle((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
      response.end(gzipSync(bytes));
    });
    expect(await getConnection(client(), args)).toMatchObject({ ok: true, data: named });
  });

  it('with validation on, names the first field of a 2xx body that breaks the spec', async () => {
    server.handle(reply(200, { ...connection, status: { state: 'sleeping' } }));
    const strict = client({ validate: responseValidation });
    const result = await getConnection(strict, args);
    expect(result).toMatchObject({ ok: false, error: { kind: 'invalid-body', status: 200, path: '$.status' } });
    expect(!result.ok && result.error.message).toMatch(/does not match the spec: \$\.status: matches none/);
    server.handle(reply(200, { connectionId: 'c1', name: 'x', metadata: null }));
    expect(await getConnection(strict, args)).toMatchObject({ ok: false, error: { kind: 'invalid-body', path: '$.mcpUrl' } });
    server.handle(reply(200, connection));
    expect(await getConnection(strict, args)).toMatchObject({ ok: true, data: connection });
  });

  it('with validation off, passes the same body through unchecked', async () => {
    server.handle(reply(200, { ...connection, status: { state: 'sleeping' } }));
    expect(await getConnection(client(), args)).toMatchObject({ ok: true });
  });
});

describe('auth and hooks', () => {
  it('calls hooks for every attempt with the credential redacted, and never puts the token in a message', async () => {
    server.handle(sequence(reply(503, ''), reply(404, { error: 'not_found', message: 'gone' })));
    const requests: RequestInfo[] = [];
    const responses: ResponseInfo[] = [];
    const result = await getConnection(
      client({ onRequest: (info) => requests.push(info), onResponse: (info) => responses.push(info) }),
      args,
    );
    expect(requests.map((r) => r.attempt)).toEqual([1, 2]);
    expect(responses.map((r) => r.status)).toEqual([503, 404]);
    expect(requests[0]).toMatchObject({ operation: 'getConnection', method: 'GET', url: `${server.url}/connect/acme/c1` });
    expect(requests[0]?.headers.authorization).toBe('[redacted]');
    expect(JSON.stringify([requests, responses, result.ok ? null : { ...result.error, response: undefined }])).not.toContain('sk-secret-token');
    expect(server.requests[0]?.headers.authorization).toBe('Bearer sk-secret-token');
  });

  it('ignores a hook that throws', async () => {
    server.handle(reply(200, connection));
    const result = await getConnection(client({ onRequest: () => { throw new Error('logger down'); } }), args);
    expect(result).toMatchObject({ ok: true });
  });

  it('reads SMITHERY_API_KEY when no token is given, and sends nothing when neither is set', async () => {
    server.handle(reply(200, connection));
    const previous = process.env.SMITHERY_API_KEY;
    try {
      process.env.SMITHERY_API_KEY = 'from-env';
      await getConnection(createClient({ baseUrl: server.url }), args);
      delete process.env.SMITHERY_API_KEY;
      await getConnection(createClient({ baseUrl: server.url }), args);
    } finally {
      if (previous === undefined) delete process.env.SMITHERY_API_KEY;
      else process.env.SMITHERY_API_KEY = previous;
    }
    expect(server.requests.map((r) => r.headers.authorization)).toEqual(['Bearer from-env', undefined]);
  });
});
