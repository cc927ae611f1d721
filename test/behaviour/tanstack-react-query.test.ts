// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"fetch":{"disableSameOriginPolicy":true}}}
/**
 * One React render with `@tanstack/react-query` in a DOM (happy-dom): `useQuery` over a generated client's query
 * options renders the data a real `node:http` server sent, and a failure renders from the narrowed, typed error
 * (`error.error.kind`, then `status` and the documented body). The client calls happy-dom's fetch, as it would a
 * browser's; its same-origin policy is off (the options above) since the page and the server differ in origin.
 */
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { createElement, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import * as pets from '../fixtures/generated/mock/index.js';
import { getPetOptions } from '../fixtures/generated/mock/query.js';
import { reply, useTestServer, type TestServer } from '../support/test-server.js';

const testServer = useTestServer({ beforeAll, afterAll, beforeEach });
let server: TestServer;
let root: Root;
let container: HTMLElement;
let queryClient: QueryClient;

beforeEach(() => {
  server = testServer.current;
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
});

afterEach(() => {
  root.unmount();
  container.remove();
  queryClient.clear();
});

/** A pet's name and kind, or what went wrong, from the error's kind down to the documented 404 body. */
function Pet({ client, petId }: { client: pets.Client; petId: number }): ReactNode {
  const query = useQuery(getPetOptions(client, { petId, 'X-Request-Id': '00000000-0000-0000-0000-000000000001' }));
  if (query.isPending) return createElement('p', null, 'loading');
  if (query.isError) {
    const error = query.error.error;
    if (error.kind === 'http') return createElement('p', { role: 'alert' }, `${error.status}: ${error.body.message}`);
    return createElement('p', { role: 'alert' }, `${error.kind}: ${error.message}`);
  }
  return createElement('p', null, `${query.data.name} the ${query.data.kind}`);
}

function render(petId: number): void {
  const client = pets.createClient({ baseUrl: server.url, token: 't', retryBaseDelayMs: 1 });
  root.render(createElement(QueryClientProvider, { client: queryClient }, createElement(Pet, { client, petId })));
}

describe('useQuery with a generated query option', () => {
  it('renders the data the server sent', async () => {
    server.handle(reply(200, { id: 7, name: 'Tom', kind: 'cat' }));
    render(7);
    await vi.waitFor(() => expect(container.textContent).toBe('Tom the cat'));
    expect(server.requests.map((request) => request.path)).toEqual(['/pets/7']);
    expect(server.requests[0]?.headers['x-request-id']).toBe('00000000-0000-0000-0000-000000000001');
  });

  it('renders a failure from the typed error: the documented status and body', async () => {
    server.handle(reply(404, { message: 'no such pet' }));
    render(8);
    await vi.waitFor(() => expect(container.textContent).toBe('404: no such pet'));
  });

  it('renders a failure the spec does not document by its kind', async () => {
    server.handle(reply(500, 'down', 'text/plain'));
    render(9);
    await vi.waitFor(() => expect(container.textContent).toMatch(/^unexpected-status: /));
  });
});
