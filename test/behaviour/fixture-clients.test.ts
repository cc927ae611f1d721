/** Fixture clients against a real HTTP server: parameter serialisation, auth schemes, bodies, ranges and `default`. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import * as params from '../fixtures/generated/parameters/index.js';
import { createMockFetch } from '../fixtures/generated/parameters/mock.js';
import * as responses from '../fixtures/generated/responses/index.js';
import { reply, useTestServer, type TestServer } from '../support/test-server.js';

const testServer = useTestServer({ beforeAll, afterAll, beforeEach });
let server: TestServer;

beforeEach(() => {
  server = testServer.current;
});

describe('parameters', () => {
  it('serialises path, query (form, non-exploded, pipe, deepObject), header, cookie and constant parameters', async () => {
    server.handle(reply(200, ['a']));
    const client = params.createClient({ baseUrl: server.url, token: 'key-1', retryBaseDelayMs: 1 });
    const result = await params.listOrgItems(client, {
      org: 'acme',
      id: 7,
      queryId: 'q 1',
      limit: 10,
      tags: ['x', 'y'],
      fields: ['name', 'size'],
      ids: [1, 2],
      filter: { status: 'open', owner: 'me' },
      'X-Request-Id': 'req-9',
      session: 's=1',
    });
    expect(result).toMatchObject({ ok: true, data: ['a'] });
    const [request] = server.requests;
    expect(request?.path).toBe(
      '/orgs/acme/items/7?limit=10&id=q%201&tags=x&tags=y&fields=name,size&ids=1|2' +
        '&filter%5Bstatus%5D=open&filter%5Bowner%5D=me&api-version=2024-01-01',
    );
    expect(request?.headers['x-request-id']).toBe('req-9');
    expect(request?.headers['x-api-key']).toBe('key-1');
    expect(request?.headers.cookie).toBe('session=s%3D1');
  });

  it('leaves out optional parameters that are not given', async () => {
    server.handle(reply(200, []));
    const client = params.createClient({ baseUrl: server.url });
    await params.listOrgItems(client, { org: 'acme', id: 1 });
    expect(server.requests[0]?.path).toBe('/orgs/acme/items/1?api-version=2024-01-01');
    expect(server.requests[0]?.headers['x-api-key']).toBeUndefined();
  });

  it('sends a JSON body with its Content-Type, and no credentials where the operation says `security: []`', async () => {
    server.handle(reply(201, { id: 3 }));
    const client = params.createClient({ baseUrl: server.url, token: 'key-1', retryBaseDelayMs: 1 });
    const result = await params.createOrgItem(client, { org: 'acme', id: 1, queryBody: 'b', body: { name: 'new' } });
    const [request] = server.requests;
    expect(request).toMatchObject({ method: 'POST', path: '/orgs/acme/items/1?body=b', body: '{"name":"new"}' });
    expect(request?.headers['content-type']).toBe('application/json');
    expect(request?.headers['x-api-key']).toBeUndefined();
    expect(result).toMatchObject({ ok: true, status: 201, data: { id: 3 } });
  });

  it('serialises label and matrix path styles, content (JSON) parameters, allowReserved and spaceDelimited', async () => {
    server.handle((_request, response) => {
      response.writeHead(204);
      response.end();
    });
    const client = params.createClient({ baseUrl: server.url });
    const result = await params.getCell(client, {
      cell: ['a', 'b/c'],
      coords: { x: 1, y: 2 },
      where: { near: 'Oslo' },
      path: 'docs/a b?x=1',
      words: ['hello', 'world'],
    });
    expect(result).toMatchObject({ ok: true, status: 204 });
    expect(server.requests[0]?.path).toBe(
      '/grid/.a.b%2Fc/;coords=x,1,y,2?where=%7B%22near%22%3A%22Oslo%22%7D&path=docs/a%20b?x%3D1&words=hello%20world',
    );
  });

  it('sends nested values the styles define nothing for: as JSON text, or indexed in deepObject style', async () => {
    server.handle((_request, response) => {
      response.writeHead(204);
      response.end();
    });
    const client = params.createClient({ baseUrl: server.url });
    const mdfilters = [{ scope: 'enterprise', templateKey: 'contract', filters: { category: 'online', value: 100000 } }];
    const result = await params.getCell(client, {
      cell: ['a'],
      coords: { x: 1, y: 2 },
      mdfilters,
      sort: { by: [{ field: 'name', desc: true }, { field: 'size' }] },
      'X-Filter': { tags: ['a', 'b'] },
    });
    // These calls type-check; they used to end in invalid-request ("must be a string, number or boolean").
    expect(result).toMatchObject({ ok: true, status: 204 });
    const url = new URL(server.requests[0]!.path, server.url);
    expect(JSON.parse(url.searchParams.get('mdfilters')!)).toEqual(mdfilters);
    expect([...url.searchParams.keys()]).toEqual(['mdfilters', 'sort[by][0][field]', 'sort[by][0][desc]', 'sort[by][1][field]']);
    expect(url.searchParams.get('sort[by][0][desc]')).toBe('true');
    expect(JSON.parse(String(server.requests[0]!.headers['x-filter']))).toEqual({ tags: ['a', 'b'] });
    // The mock fetch reads such an array back as the JSON it travels as.
    const seen: unknown[] = [];
    const fetch = createMockFetch({ getCell: (given) => (seen.push(given.mdfilters), { status: 204 }) });
    expect(await params.getCell(params.createClient({ fetch }), { cell: ['a'], coords: { x: 1, y: 2 }, mdfilters })).toMatchObject({ ok: true });
    expect(seen).toEqual([mdfilters]);
  });

  it('takes the default server from `servers`, with variables replaced by their defaults', () => {
    expect(params.defaultBaseUrl).toBe('https://eu.params.example.test/api');
  });
});

describe('responses', () => {
  const client = () => responses.createClient({ baseUrl: server.url, retryBaseDelayMs: 1 });

  it('returns the literal status of each documented success', async () => {
    server.handle(reply(202, { queuePosition: 4 }));
    expect(await responses.getItem(client(), { id: 'a' })).toMatchObject({ ok: true, status: 202, data: { queuePosition: 4 } });
    server.handle((_request, response) => {
      response.writeHead(204);
      response.end();
    });
    expect(await responses.deleteItem(client(), { id: 'a' })).toMatchObject({ ok: true, status: 204, data: undefined });
    server.handle(reply(200, 'gone', 'text/plain'));
    expect(await responses.deleteItem(client(), { id: 'a' })).toMatchObject({ ok: true, status: 200, data: 'gone' });
  });

  it('matches an exact status before its range, and a range before default', async () => {
    server.handle(reply(404, { title: 'missing' }, 'application/problem+json'));
    expect(await responses.getItem(client(), { id: 'a' })).toMatchObject({ ok: false, error: { kind: 'http', status: 404, body: { title: 'missing' } } });
    server.handle(reply(418, { title: 'teapot' }));
    expect(await responses.getItem(client(), { id: 'a' })).toMatchObject({ ok: false, error: { kind: 'http', status: 418, body: { title: 'teapot' } } });
    server.handle(reply(503, 'down for maintenance', 'text/plain'));
    expect(await responses.getItem(client(), { id: 'a' })).toMatchObject({
      ok: false,
      error: { kind: 'default', status: 503, body: 'down for maintenance' },
    });
  });

  it('decodes the documented response headers by their schema type', async () => {
    server.handle((_request, response) => {
      response.writeHead(200, {
        'content-type': 'application/json',
        'X-Rate-Limit-Remaining': '42',
        ETag: '"v1"',
        'X-Flags': 'a, b',
        'X-Other': 'not documented',
      });
      response.end(JSON.stringify({ id: 'a', name: 'A' }));
    });
    const result = await responses.getItem(client(), { id: 'a' });
    expect(result.ok && result.status === 200 && result.headers).toEqual({ 'x-rate-limit-remaining': 42, etag: '"v1"', 'x-flags': ['a', 'b'] });
    expect(result.ok && result.response.headers.get('x-other')).toBe('not documented');
  });

  it('returns binary bodies as a Blob', async () => {
    server.handle(reply(200, 'raw-bytes', 'application/octet-stream'));
    const result = await responses.downloadItem(client(), { id: 'a' });
    expect(result.ok).toBe(true);
    if (result.ok) expect(await result.data.text()).toBe('raw-bytes');
  });
});
