/**
 * Properties of every generated call, for arbitrary arguments, options and server answers (fast-check, seeded):
 * the promise always resolves to a Result, no timer is left running, and no credential shows in the result.
 * The server is a real `node:http` server on 127.0.0.1 whose answer each case picks.
 */
import fc from 'fast-check';
import { inspect } from 'node:util';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import * as parameters from '../fixtures/generated/parameters/index.js';
import * as requestBodies from '../fixtures/generated/request-bodies/index.js';
import * as responses from '../fixtures/generated/responses/index.js';
import * as security from '../fixtures/generated/security/index.js';
import * as pagination from '../fixtures/generated/pagination/index.js';
import * as streams from '../fixtures/generated/streams/index.js';
import { startTestServer, useTestServer, type Handler, type TestServer } from '../support/test-server.js';

const SEED = Number(process.env.FUZZ_SEED ?? 20261125);
const SECRET = 'SECRET-MARK-7f3a';
const testServer = useTestServer({ beforeAll, afterAll, beforeEach });
let other: TestServer;
beforeAll(async () => {
  other = await startTestServer();
});
afterAll(() => other.close());

import { RUNTIME_NAMES } from '../../generator/model/naming.js';

type Operation = (...args: unknown[]) => Promise<unknown>;
type ClientModule = { createClient: (options?: object) => unknown } & Record<string, unknown>;

/** Every operation function a generated module exports, by name (sorted, so cases replay exactly). */
function operationsOf(module: ClientModule): Array<[string, Operation, ClientModule]> {
  return Object.keys(module)
    .filter((name) => typeof module[name] === 'function' && !RUNTIME_NAMES.has(name))
    .sort()
    .map((name) => [name, module[name] as Operation, module]);
}

const OPERATIONS = [parameters, requestBodies, responses, security, pagination, streams].flatMap((module) => operationsOf(module as unknown as ClientModule));

/** Strings from every character class: controls, CR/LF/NUL, Latin-1, astral, lone surrogates, `..`, `%2e`. */
const anyString = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme' }),
  fc.constantFrom('', '.', '..', '%2e%2E', '/', '\r\n', '\0', '\uD800', '\uDFFF', 'é', '\u2603', '__proto__', 'constructor', '{id}'),
);

/** Numbers of every kind. */
const anyNumber = fc.oneof(
  fc.double(),
  fc.integer(),
  fc.constantFrom(NaN, Infinity, -Infinity, -0, 0, 2 ** 31, 2 ** 31 - 1, 2 ** 53, Number.MAX_VALUE, Number.MIN_VALUE, -1),
);

/** Mostly a hostile value; `often` makes a plain one (which lets the call reach the server) the likelier pick. */
const often = <T, U>(plain: fc.Arbitrary<T>, hostile: fc.Arbitrary<U>) =>
  fc.oneof({ weight: 12, arbitrary: plain }, { weight: 1, arbitrary: hostile as fc.Arbitrary<T | U> });

/** Any value a caller could pass: primitives of every kind, bigints, dates, typed arrays, blobs, nested objects. */
const hostileValue = fc.oneof(
  { depthSize: 'small' },
  anyString,
  anyNumber,
  fc.anything({ withBigInt: true, withDate: true, withTypedArray: true, withNullPrototype: true, withBoxedValues: true, withSparseArray: true }),
  fc.constant(new Blob(['bytes'])),
  fc.array(anyString, { maxLength: 3 }),
  fc.dictionary(anyString, anyString, { maxKeys: 3 }),
);
const anyValue = often(fc.oneof(fc.stringMatching(/^[a-z0-9]{1,8}$/), fc.nat(1000)), hostileValue);

/** Argument objects: the names operations read (so values reach the writers) plus arbitrary other keys. */
const argumentNames = ['id', 'org', 'cell', 'coords', 'limit', 'tags', 'fields', 'ids', 'filter', 'X-Request-Id', 'X-Trace', 'session', 'name', 'file', 'queryId'];
const anyArguments = often(
  fc.record({
    ...Object.fromEntries(argumentNames.map((name) => [name, anyValue])),
    body: often(fc.record({ name: fc.string(), id: fc.string() }), hostileValue),
    contentType: often(fc.constant(undefined), anyString),
  }),
  fc.oneof(hostileValue, fc.constantFrom(undefined, null)),
);

const anyHeaders = often(fc.constant({}), fc.dictionary(anyString, fc.oneof(anyString, anyNumber), { maxKeys: 3 }));
const anyLimit = often(fc.constant(undefined), anyNumber);
/** Retry counts stay small (a caller asking for 2^53 retries gets them); the odd kinds of number are still tried. */
const anyRetries = often(fc.constant(undefined), fc.oneof(fc.integer({ min: -3, max: 4 }), fc.constantFrom(NaN, Infinity, -Infinity, 2.5, -0)));

/** Client options with out-of-range numbers; retry waits stay short so a case never sleeps long. */
const anyClientOptions = (baseUrl: string) =>
  fc.record(
    {
      token: fc.oneof(
        { weight: 6, arbitrary: fc.constant(SECRET) },
        anyString.map((s) => `${SECRET}${s}`),
        fc.constant(() => `${SECRET}-from-function`),
        fc.constant(async () => `${SECRET}-async`),
        fc.constant(() => {
          throw new Error(SECRET);
        }),
      ),
      baseUrl: often(fc.constantFrom(baseUrl, `${baseUrl}/prefix/`), anyString),
      headers: anyHeaders,
      timeoutMs: anyLimit,
      deadlineMs: anyLimit,
      maxRetries: anyRetries,
      retryBaseDelayMs: fc.integer({ min: 0, max: 5 }),
      maxRetryDelayMs: fc.integer({ min: 0, max: 20 }),
      idempotencyKey: fc.boolean(),
      maxBodyBytes: anyLimit,
      followRedirects: often(fc.constantFrom('safe', 'none', 'fetch'), anyString),
    },
    { requiredKeys: ['token', 'baseUrl'] },
  );

const anyCallOptions = fc.record(
  {
    headers: anyHeaders,
    timeoutMs: anyLimit,
    deadlineMs: anyLimit,
    maxRetries: anyRetries,
    idempotencyKey: often(fc.boolean(), anyString),
    maxBodyBytes: anyLimit,
    signal: often(fc.constant(undefined), fc.constantFrom(AbortSignal.abort(), 'not a signal', AbortSignal.timeout(1))),
  },
  { requiredKeys: [] },
);

/** What the server answers: any status, body and content type, a redirect, a reset, or a truncated body. */
const anyAnswer: fc.Arbitrary<Handler> = fc.oneof(
  fc
    .record({
      status: fc.oneof(fc.constantFrom(200, 201, 202, 204, 400, 404, 429, 500, 503), fc.integer({ min: 200, max: 599 })),
      body: fc.oneof(anyString, fc.json(), fc.constant('{"truncated": ')),
      type: fc.constantFrom('application/json', 'text/plain', 'application/octet-stream', 'application/problem+json', undefined),
      retryAfter: fc.option(fc.constantFrom('0', '-1', 'soon', '1', 'Wed, 21 Oct 2015 07:28:00 GMT')),
    })
    .map(({ status, body, type, retryAfter }): Handler => (_request, response) => {
      const headers: Record<string, string> = {};
      if (type) headers['content-type'] = type;
      if (retryAfter !== null) headers['retry-after'] = retryAfter;
      response.writeHead(status, headers);
      response.end([204, 304].includes(status) ? undefined : body);
    }),
  fc.constantFrom<Handler>(
    (request) => request.socket.destroy(),
    (request, response) => {
      response.writeHead(200, { 'content-type': 'application/json', 'content-length': '100' });
      response.write('{"a":');
      setTimeout(() => request.socket.destroy(), 2);
    },
    (_request, response) => {
      response.writeHead(307, { location: `${other.url}/elsewhere` });
      response.end();
    },
    (_request, response) => {
      response.writeHead(302, { location: '/same-origin' });
      response.end();
    },
    (_request, response) => {
      response.writeHead(301, { location: 'http://[::1' });
      response.end();
    },
  ),
);

function timersRunning(): number {
  return process.getActiveResourcesInfo().filter((resource) => resource === 'Timeout').length;
}

/** The result as a caller could show it: JSON (a Response as its URL), util.inspect, and any error cause's stack. */
function shown(result: unknown): string {
  const cause = (result as { error?: { cause?: unknown } })?.error?.cause;
  return [
    JSON.stringify(result, (_key, value: unknown) => (value instanceof Response ? value.url : typeof value === 'bigint' ? String(value) : value)),
    inspect(result, { depth: 8 }),
    cause instanceof Error ? `${cause.message}\n${cause.stack}` : '',
  ].join('\n');
}

describe('every call resolves to a Result, leaves nothing running, and shows no credential', () => {
  it(`holds for arbitrary arguments, options and answers (seed ${SEED})`, async () => {
    const server = () => testServer.current;
    other.handle((_request, response) => response.end('{}'));
    const timersBefore = timersRunning();
    const kinds = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...OPERATIONS),
        fc.constant(null).chain(() => anyClientOptions(server().url)),
        anyArguments,
        anyCallOptions,
        anyAnswer,
        async ([, operation, module], clientOptions, args, callOptions, answer) => {
          server().handle(answer);
          let outcome: unknown;
          try {
            outcome = await operation(module.createClient(clientOptions), args, callOptions);
          } catch (error) {
            throw new Error(`the call rejected: ${String(error)}`);
          }
          const result = outcome as { ok?: unknown; attempts?: unknown; error?: { kind?: unknown; message?: unknown } };
          expect(typeof result.ok).toBe('boolean');
          expect(typeof result.attempts).toBe('number');
          const kind = result.ok ? "ok" : String(result.error?.kind);
          kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
          if (result.ok === false) {
            expect(typeof result.error?.kind).toBe('string');
            expect(typeof result.error?.message).toBe('string');
          }
          expect(shown(result)).not.toContain(SECRET);
        },
      ),
      { seed: SEED, numRuns: Number(process.env.FUZZ_RUNS ?? 300), endOnFailure: true, timeout: 10_000 },
    );
    // Timers of the last calls are cleared synchronously when each call settles.
    expect(timersRunning()).toBeLessThanOrEqual(timersBefore);
    console.log(`runtime properties: ${[...kinds].sort().map(([kind, n]) => `${kind} ${n}`).join(', ')}`);
    // The cases must reach the server and its answers, not only stop at argument checks.
    for (const kind of ['ok', 'invalid-request', 'network', 'unexpected-status', 'aborted']) expect(kinds.get(kind) ?? 0).toBeGreaterThan(5);
  }, 120_000);
});
