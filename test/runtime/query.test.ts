/**
 * The runtime of `query.ts` (templates/query.ts) where the fixtures do not reach it: a response without a body
 * is `null` as a query's data (TanStack Query refuses `undefined`), and the call options' signal and TanStack's
 * are combined, with or without `AbortSignal.any`.
 */
import { QueryClient } from '@tanstack/query-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { queryKeyOf, queryOptionsOf, withSignal, type QueryKeyOf, type QueryOptionsOf } from '../../templates/query.js';
import * as responses from '../fixtures/generated/responses/index.js';
import { useTestServer, type TestServer } from '../support/test-server.js';

const testServer = useTestServer({ beforeAll, afterAll, beforeEach });
let server: TestServer;
const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });

beforeEach(() => {
  server = testServer.current;
});

afterEach(() => queryClient.clear());

describe('queryOptionsOf', () => {
  it('gives null for a response without a body, which TanStack Query keeps as data', async () => {
    server.handle((_request, response) => {
      response.writeHead(204);
      response.end();
    });
    const client = responses.createClient({ baseUrl: server.url });
    // Typed as a generated query.ts types them.
    const key: QueryKeyOf<'deleteItem', responses.DeleteItemParams, responses.DeleteItemResponse, responses.DeleteItemError> = queryKeyOf('responses', 'deleteItem', { id: 'a' });
    const options: QueryOptionsOf<'deleteItem', responses.DeleteItemParams, responses.DeleteItemResponse, responses.DeleteItemError> = queryOptionsOf(key, responses.deleteItem, client, { id: 'a' }, undefined);
    expect(await queryClient.fetchQuery(options)).toBeNull();
    expect(queryClient.getQueryState(options.queryKey)?.status).toBe('success');
  });
});

describe('withSignal', () => {
  it('passes TanStack’s signal as it is when the call options have none, keeping the other options', () => {
    const signal = new AbortController().signal;
    expect(withSignal(undefined, signal)).toEqual({ signal });
    expect(withSignal({ timeoutMs: 5 }, signal)).toEqual({ timeoutMs: 5, signal });
  });

  const both = (label: string, setup: () => () => void) =>
    it(`aborts when either signal does (${label})`, () => {
      const restore = setup();
      try {
        for (const which of ['own', 'tanstack'] as const) {
          const own = new AbortController();
          const tanstack = new AbortController();
          const combined = withSignal({ signal: own.signal }, tanstack.signal).signal!;
          expect(combined.aborted).toBe(false);
          (which === 'own' ? own : tanstack).abort(which);
          expect([combined.aborted, combined.reason]).toEqual([true, which]);
        }
        const aborted = new AbortController();
        aborted.abort('before');
        expect(withSignal({ signal: aborted.signal }, new AbortController().signal).signal!.reason).toBe('before');
      } finally {
        restore();
      }
    });
  both('AbortSignal.any', () => () => {});
  both('without AbortSignal.any, as in older browsers', () => {
    const any = AbortSignal.any;
    Object.defineProperty(AbortSignal, 'any', { value: undefined, configurable: true, writable: true });
    return () => Object.defineProperty(AbortSignal, 'any', { value: any, configurable: true, writable: true });
  });
});
