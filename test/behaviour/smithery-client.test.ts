/** The generated Smithery client against a real HTTP server: exact requests sent, exact results returned. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  ApiCallError,
  createClient,
  createConnection,
  createResources,
  deleteConnection,
  deleteServer,
  getConnection,
  listServers,
  paginate,
  streamReleaseLogs,
  unwrap,
  type Client,
} from '../../generated/smithery/index.js';
import { dropConnection, dropDuringBody, reply, useTestServer, type TestServer } from '../support/test-server.js';

const testServer = useTestServer({ beforeAll, afterAll, beforeEach });
let server: TestServer;
let client: Client;

beforeEach(() => {
  server = testServer.current;
  client = createClient({ token: 'sk-test-123', baseUrl: server.url, retryBaseDelayMs: 1 });
});

/** A connection as the Get connection page documents it. */
const connection = {
  connectionId: 'clever-dolphin-a9X3',
  name: 'My Slack',
  transport: 'http',
  mcpUrl: 'https://server.smithery.ai/slack/mcp',
  metadata: { team: 'ops' },
  status: { state: 'connected' },
  serverInfo: { name: 'slack', version: '1.2.0' },
};
const notFound = { error: 'not_found', message: 'Resource not found' };
const badRequest = { error: 'bad_request', message: 'Invalid connection id' };

describe('getConnection', () => {
  it('sends GET with the bearer token and returns the connection on 200', async () => {
    server.handle(reply(200, connection));
    const result = await getConnection(client, { namespace: 'acme', connectionId: 'clever-dolphin-a9X3' });
    expect(server.requests).toHaveLength(1);
    const [request] = server.requests;
    expect(request?.method).toBe('GET');
    expect(request?.path).toBe('/connect/acme/clever-dolphin-a9X3');
    expect(request?.headers.authorization).toBe('Bearer sk-test-123');
    expect(request?.headers.accept).toBe('application/json');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.status).toBe(200);
    expect(result.data).toEqual(connection);
  });

  it.each([
    [400, badRequest],
    [404, notFound],
  ])('returns the documented %i as an http error with its typed body', async (status, body) => {
    server.handle(reply(status, body));
    const result = await getConnection(client, { namespace: 'acme', connectionId: 'c1' });
    expect(result).toMatchObject({ ok: false, error: { kind: 'http', status, body } });
  });

  it('returns an undocumented status as unexpected-status, keeping the body', async () => {
    server.handle(reply(503, { error: 'maintenance' }));
    const result = await getConnection(client, { namespace: 'acme', connectionId: 'c1' });
    expect(result).toMatchObject({ ok: false, error: { kind: 'unexpected-status', status: 503, body: { error: 'maintenance' } } });
  });

  it('returns invalid-body for a 200 whose body is not JSON (an HTML page)', async () => {
    server.handle(reply(200, '<html><body>Bad gateway</body></html>', 'text/html'));
    const result = await getConnection(client, { namespace: 'acme', connectionId: 'c1' });
    expect(result).toMatchObject({ ok: false, error: { kind: 'invalid-body', status: 200, text: '<html><body>Bad gateway</body></html>' } });
  });

  it('returns invalid-body for a documented 404 whose body is truncated JSON', async () => {
    server.handle(reply(404, '{"error": "not_fo'));
    const result = await getConnection(client, { namespace: 'acme', connectionId: 'c1' });
    expect(result).toMatchObject({ ok: false, error: { kind: 'invalid-body', status: 404 } });
  });

  it('returns network when the connection drops before a response', async () => {
    server.handle(dropConnection);
    const result = await getConnection(client, { namespace: 'acme', connectionId: 'c1' });
    expect(result).toMatchObject({ ok: false, error: { kind: 'network' } });
  });

  it('returns network when the connection drops during the body', async () => {
    server.handle(dropDuringBody);
    const result = await getConnection(client, { namespace: 'acme', connectionId: 'c1' });
    expect(result).toMatchObject({ ok: false, error: { kind: 'network' } });
  });

  it.each([
    ['', 'empty'],
    ['.', 'dot'],
    ['..', 'dot-dot'],
    ['%2E%2E', 'percent-encoded dot-dot'],
    ['%2e', 'percent-encoded dot'],
    ['%252E%252E', 'double-encoded dot-dot'],
  ])('refuses connectionId %j (%s) with invalid-request and sends nothing', async (connectionId) => {
    server.handle(reply(200, connection));
    const result = await getConnection(client, { namespace: 'acme', connectionId });
    expect(result).toMatchObject({ ok: false, error: { kind: 'invalid-request', parameter: 'connectionId' } });
    expect(server.requests).toHaveLength(0);
  });

  it('encodes reserved characters in path parameters, `/` included', async () => {
    server.handle(reply(200, connection));
    await getConnection(client, { namespace: 'acme/team', connectionId: 'a b?c#d' });
    expect(server.requests[0]?.path).toBe('/connect/acme%2Fteam/a%20b%3Fc%23d');
  });

  it('sends no Authorization header when no token is configured', async () => {
    server.handle(reply(200, connection));
    await getConnection(createClient({ baseUrl: server.url }), { namespace: 'acme', connectionId: 'c1' });
    expect(server.requests[0]?.headers.authorization).toBeUndefined();
  });

  it('calls a token function before each request and sends client and per-call headers', async () => {
    server.handle(reply(200, connection));
    let calls = 0;
    const refreshing = createClient({
      baseUrl: `${server.url}/`,
      token: async () => `fresh-${++calls}`,
      headers: { 'x-team': 'ops' },
    });
    await getConnection(refreshing, { namespace: 'acme', connectionId: 'c1' }, { headers: { 'x-trace': 't-1' } });
    await getConnection(refreshing, { namespace: 'acme', connectionId: 'c1' });
    expect(server.requests.map((r) => r.headers.authorization)).toEqual(['Bearer fresh-1', 'Bearer fresh-2']);
    expect(server.requests[0]?.headers['x-team']).toBe('ops');
    expect(server.requests[0]?.headers['x-trace']).toBe('t-1');
    expect(server.requests[0]?.path).toBe('/connect/acme/c1');
  });

  it('returns aborted when the caller aborts, and timeout when the call takes too long', async () => {
    server.handle((_request, response) => {
      setTimeout(() => reply(200, connection)(_request, response), 2_000);
    });
    const controller = new AbortController();
    const pending = getConnection(client, { namespace: 'acme', connectionId: 'c1' }, { signal: controller.signal });
    setTimeout(() => controller.abort(new Error('user left')), 30);
    expect(await pending).toMatchObject({ ok: false, error: { kind: 'aborted' } });

    const slow = await getConnection(client, { namespace: 'acme', connectionId: 'c1' }, { timeoutMs: 50 });
    expect(slow).toMatchObject({ ok: false, error: { kind: 'timeout', timeoutMs: 50 } });
  });

  it('unwrap returns the data, or throws ApiCallError carrying the typed error', async () => {
    server.handle(reply(200, connection));
    expect(unwrap(await getConnection(client, { namespace: 'acme', connectionId: 'c1' }))).toEqual(connection);
    server.handle(reply(404, notFound));
    const failed = await getConnection(client, { namespace: 'acme', connectionId: 'c1' });
    let thrown: unknown;
    try {
      unwrap(failed);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ApiCallError);
    expect((thrown as ApiCallError<{ kind: string; message: string }>).error).toMatchObject({ kind: 'http', status: 404, body: notFound });
    expect(String((thrown as Error).message)).not.toContain('sk-test-123');
  });
});

describe('deleteConnection', () => {
  it('sends DELETE and returns {success: true} on 200', async () => {
    server.handle(reply(200, { success: true }));
    const result = await deleteConnection(client, { namespace: 'acme', connectionId: 'c1' });
    expect(server.requests[0]).toMatchObject({ method: 'DELETE', path: '/connect/acme/c1', headers: { authorization: 'Bearer sk-test-123' } });
    expect(result).toMatchObject({ ok: true, status: 200, data: { success: true } });
  });

  it.each([
    [400, badRequest],
    [404, notFound],
  ])('returns the documented %i with its body', async (status, body) => {
    server.handle(reply(status, body));
    expect(await deleteConnection(client, { namespace: 'acme', connectionId: 'c1' })).toMatchObject({
      ok: false,
      error: { kind: 'http', status, body },
    });
  });

  it('returns unexpected-status, invalid-body, network and invalid-request outcomes', async () => {
    server.handle(reply(409, 'conflict', 'text/plain'));
    expect(await deleteConnection(client, { namespace: 'acme', connectionId: 'c1' })).toMatchObject({
      ok: false,
      error: { kind: 'unexpected-status', status: 409, body: 'conflict' },
    });
    server.handle(reply(200, 'OK', 'text/plain'));
    expect(await deleteConnection(client, { namespace: 'acme', connectionId: 'c1' })).toMatchObject({
      ok: false,
      error: { kind: 'invalid-body', status: 200 },
    });
    server.handle(dropConnection);
    expect(await deleteConnection(client, { namespace: 'acme', connectionId: 'c1' })).toMatchObject({ ok: false, error: { kind: 'network' } });
    const before = server.requests.length;
    expect(await deleteConnection(client, { namespace: 'acme', connectionId: '..' })).toMatchObject({
      ok: false,
      error: { kind: 'invalid-request', parameter: 'connectionId' },
    });
    expect(await deleteConnection(client, { namespace: '', connectionId: 'c1' })).toMatchObject({
      ok: false,
      error: { kind: 'invalid-request', parameter: 'namespace' },
    });
    expect(server.requests.length).toBe(before);
  });
});

describe('deleteServer', () => {
  it('encodes the slash of a qualified name and returns DeleteSuccess on 200', async () => {
    const body = { success: true, namespace: 'acme', server: 'srv' };
    server.handle(reply(200, body));
    const result = await deleteServer(client, { qualifiedName: 'acme/srv' });
    expect(server.requests[0]).toMatchObject({ method: 'DELETE', path: '/servers/acme%2Fsrv' });
    expect(result).toMatchObject({ ok: true, status: 200, data: body });
  });

  it('does not double-encode what the caller passes: a literal %2F is sent as %252F', async () => {
    server.handle(reply(200, { success: true, namespace: 'acme', server: 'srv' }));
    await deleteServer(client, { qualifiedName: 'acme%2Fsrv' });
    expect(server.requests[0]?.path).toBe('/servers/acme%252Fsrv');
  });

  it('returns the documented 404 with its RegistryError body, and every failure kind', async () => {
    server.handle(reply(404, { error: 'Server not found' }));
    expect(await deleteServer(client, { qualifiedName: 'acme/srv' })).toMatchObject({
      ok: false,
      error: { kind: 'http', status: 404, body: { error: 'Server not found' } },
    });
    server.handle(reply(500, { error: 'boom' }));
    expect(await deleteServer(client, { qualifiedName: 'acme/srv' })).toMatchObject({ ok: false, error: { kind: 'unexpected-status', status: 500 } });
    server.handle(reply(200, '<html>', 'text/html'));
    expect(await deleteServer(client, { qualifiedName: 'acme/srv' })).toMatchObject({ ok: false, error: { kind: 'invalid-body', status: 200 } });
    server.handle(dropConnection);
    expect(await deleteServer(client, { qualifiedName: 'acme/srv' })).toMatchObject({ ok: false, error: { kind: 'network' } });
    const before = server.requests.length;
    expect(await deleteServer(client, { qualifiedName: '.' })).toMatchObject({ ok: false, error: { kind: 'invalid-request' } });
    expect(server.requests.length).toBe(before);
  });
});

describe('the grouped client', () => {
  it('sends exactly the request of the flat function and returns the same result', async () => {
    server.handle(reply(200, connection));
    const flat = await getConnection(client, { namespace: 'acme', connectionId: 'clever-dolphin-a9X3' });
    const grouped = await createResources(client).connections.get({ namespace: 'acme', connectionId: 'clever-dolphin-a9X3' });
    expect(server.requests).toHaveLength(2);
    const [first, second] = server.requests;
    expect({ method: second?.method, path: second?.path, authorization: second?.headers.authorization }).toEqual({
      method: first?.method,
      path: first?.path,
      authorization: first?.headers.authorization,
    });
    expect(second?.path).toBe('/connect/acme/clever-dolphin-a9X3');
    expect(grouped.ok && grouped.data).toEqual(flat.ok && flat.data);
  });

  it('passes options through: a signal already aborted sends nothing', async () => {
    server.handle(reply(200, connection));
    const controller = new AbortController();
    controller.abort();
    const result = await createResources(client).servers.delete({ qualifiedName: 'acme/x' }, { signal: controller.signal });
    expect(result).toMatchObject({ ok: false, error: { kind: 'aborted' } });
    expect(server.requests).toHaveLength(0);
  });
});

describe('the rest of the API (52 operations from the docs pages)', () => {
  /** One page of `GET /servers` as the List all servers page documents it. */
  const serversPage = (page: number, totalPages: number) => ({
    servers: [1, 2].map((n) => ({ id: `s${page}-${n}`, qualifiedName: `acme/server-${page}-${n}`, namespace: 'acme', slug: `server-${page}-${n}`, displayName: 'S', description: 'd', iconUrl: null, verified: false, useCount: 0, remote: true, isDeployed: true, createdAt: '2026-01-01T00:00:00Z', homepage: 'https://example.com', owner: null, score: null })),
    pagination: { currentPage: page, pageSize: 2, totalPages, totalCount: totalPages * 2 },
  });

  it('listServers pages with for await: page 1, 2, 3, then stops at totalPages', async () => {
    server.handle((request, response) => {
      const page = Number(new URL(request.url ?? '/', 'http://x').searchParams.get('page') ?? '1');
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify(serversPage(page, 3)));
    });
    const names: string[] = [];
    for await (const item of paginate(listServers, client, { q: 'github', pageSize: 2 })) names.push(item.qualifiedName);
    expect(names).toEqual(['acme/server-1-1', 'acme/server-1-2', 'acme/server-2-1', 'acme/server-2-2', 'acme/server-3-1', 'acme/server-3-2']);
    expect(server.requests.map((request) => request.path)).toEqual(['/servers?q=github&pageSize=2', '/servers?q=github&page=2&pageSize=2', '/servers?q=github&page=3&pageSize=2']);
  });

  it('streamReleaseLogs reads the release log as Server-Sent Events, as they arrive', async () => {
    server.handle((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/event-stream' });
      response.write('event: init\ndata: {"logs":[]}\n\n');
      setTimeout(() => response.end('event: log\ndata: building\n\nevent: complete\ndata: done\n\n'), 20);
    });
    const result = await streamReleaseLogs(client, { qualifiedName: 'acme/weather', id: 'r-1' });
    expect(server.requests[0]?.path).toBe('/servers/acme%2Fweather/releases/r-1/stream');
    expect(server.requests[0]?.headers.accept).toContain('text/event-stream');
    if (!result.ok) throw new Error(result.error.message);
    const events: Array<[string, string]> = [];
    for await (const event of result.data) events.push([event.event, event.data]);
    expect(events).toEqual([['init', '{"logs":[]}'], ['log', 'building'], ['complete', 'done']]);
  });

  it('createConnection sends POST with its JSON body and returns the connection', async () => {
    server.handle(reply(201, connection));
    const result = await createConnection(client, { namespace: 'acme', body: { name: 'My Slack', mcpUrl: 'https://server.smithery.ai/slack/mcp' } });
    const [request] = server.requests;
    expect({ method: request?.method, path: request?.path, type: request?.headers['content-type'] }).toEqual({ method: 'POST', path: '/connect/acme', type: 'application/json' });
    expect(JSON.parse(request?.body ?? '')).toEqual({ name: 'My Slack', mcpUrl: 'https://server.smithery.ai/slack/mcp' });
    expect(result).toMatchObject({ ok: true, data: connection });
  });
});
