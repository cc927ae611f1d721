/**
 * Path keys with a `#fragment` (Box writes 19: `/files/{file_id}#get_shared_link`): the fragment never goes on the
 * wire, where fetch would take the query string after it for part of the fragment and drop it, required
 * parameters and a query API key included. Against a real `node:http` server, the mock server and the mock fetch.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startMockServer } from '../../generator/mock/mock-server.js';
import { addSharedLinkFile, createClient, getFile, getSharedLinkFile } from '../fixtures/generated/fragments/index.js';
import { createMockFetch } from '../fixtures/generated/fragments/mock.js';
import { reply, useTestServer, type TestServer } from '../support/test-server.js';

const testServer = useTestServer({ beforeAll, afterAll, beforeEach });
let server: TestServer;
const client = () => createClient({ baseUrl: `${server.url}/2.0`, token: 'key-1', maxRetries: 0 });

beforeEach(() => {
  server = testServer.current;
  server.handle(reply(200, { id: '12345', shared_link: { url: 'https://example.test/s/abc' } }));
});

describe('a path key with a fragment', () => {
  it('sends the path without the fragment, and the query (required parameter and API key) with it', async () => {
    const result = await getSharedLinkFile(client(), { file_id: '12345', fields: 'shared_link' });
    expect(result).toMatchObject({ ok: true, data: { shared_link: { url: 'https://example.test/s/abc' } } });
    expect(server.requests.map((request) => [request.method, request.path])).toEqual([['GET', '/2.0/files/12345?api_key=key-1&fields=shared_link']]);
  });

  it('sends a body and the query of an operation keyed by a fragment', async () => {
    const result = await addSharedLinkFile(client(), { file_id: '12345', fields: 'shared_link', body: { shared_link: { access: 'open' } } });
    expect(result).toMatchObject({ ok: true });
    expect(server.requests.map((request) => [request.method, request.path, request.body])).toEqual([
      ['PUT', '/2.0/files/12345?api_key=key-1&fields=shared_link', '{"shared_link":{"access":"open"}}'],
    ]);
  });

  it('names the operations that share a path apart, each from its fragment', async () => {
    // Without the fragment in the name, GET /files/{file_id}#get_shared_link met GET /files/{file_id} (getFile2).
    expect([getFile.name, getSharedLinkFile.name, addSharedLinkFile.name]).toEqual(['getFile', 'getSharedLinkFile', 'addSharedLinkFile']);
    await getFile(client(), { file_id: '7' });
    expect(server.requests[0]?.path).toBe('/2.0/files/7?api_key=key-1');
  });

  it('is answered by the mock server and the mock fetch, whose routes leave the fragment out too', async () => {
    const mock = await startMockServer({ spec: 'test/fixtures/specs/fragments', port: 0 });
    try {
      const mocked = createClient({ baseUrl: `${mock.url}/2.0`, token: 'key-1', maxRetries: 0 });
      expect(await getSharedLinkFile(mocked, { file_id: '12345', fields: 'shared_link' })).toMatchObject({ ok: true, status: 200, data: { id: '12345' } });
      expect(await addSharedLinkFile(mocked, { file_id: '12345', fields: 'shared_link', body: { shared_link: { access: 'open' } } })).toMatchObject({ ok: true, status: 200 });
    } finally {
      await mock.close();
    }
    const seen: unknown[] = [];
    const fetch = createMockFetch({ addSharedLinkFile: (params) => (seen.push(params), { status: 200, body: { id: params.file_id } }) });
    const viaFetch = await addSharedLinkFile(createClient({ fetch, token: 'key-1' }), { file_id: '9', fields: 'shared_link', body: { shared_link: { access: 'company' } } });
    expect(viaFetch).toMatchObject({ ok: true, data: { id: '9' } });
    expect(seen).toEqual([{ file_id: '9', fields: 'shared_link', body: { shared_link: { access: 'company' } } }]);
  });
});
