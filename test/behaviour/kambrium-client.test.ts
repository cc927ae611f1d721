/** The generated Kambrium client against a real HTTP server, with the bodies the Kambrium docs page shows. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createClient, deleteMcpServer, type Client } from '../../generated/kambrium/index.js';
import { dropConnection, dropDuringBody, reply, useTestServer, type TestServer } from '../support/test-server.js';

const testServer = useTestServer({ beforeAll, afterAll, beforeEach });
let server: TestServer;
let client: Client;

beforeEach(() => {
  server = testServer.current;
  client = createClient({ token: 'oauth-token-xyz', baseUrl: server.url, retryBaseDelayMs: 1 });
});

describe('deleteMcpServer', () => {
  it('sends DELETE with the bearer token and the documented Content-Type header', async () => {
    server.handle(reply(200, { success: true, data: null, message: 'MCP server connection deleted successfully' }));
    const result = await deleteMcpServer(client, { server_id: 123 });
    expect(server.requests).toHaveLength(1);
    const [request] = server.requests;
    expect(request?.method).toBe('DELETE');
    expect(request?.path).toBe('/api/v1/mcp-servers/123');
    expect(request?.headers.authorization).toBe('Bearer oauth-token-xyz');
    expect(request?.headers['content-type']).toBe('application/json');
    expect(request?.body).toBe('');
    expect(result).toMatchObject({
      ok: true,
      status: 200,
      data: { success: true, data: null, message: 'MCP server connection deleted successfully' },
    });
  });

  it('accepts the string ID form of the API reference, and the short 200 body', async () => {
    server.handle(reply(200, { message: 'Connection deleted successfully' }));
    const result = await deleteMcpServer(client, { server_id: 'srv_123abc' });
    expect(server.requests[0]?.path).toBe('/api/v1/mcp-servers/srv_123abc');
    expect(result).toMatchObject({ ok: true, data: { message: 'Connection deleted successfully' } });
  });

  it.each([
    [401, 'Authentication credentials were not provided.'],
    [403, 'You do not have permission to delete this connection.'],
    [404, 'MCP server 123 not found or not accessible'],
    [500, 'Failed to delete MCP server: database error'],
  ])('returns the documented %i with its {detail} body', async (status, detail) => {
    server.handle(reply(status, { detail }));
    expect(await deleteMcpServer(client, { server_id: 123 })).toMatchObject({
      ok: false,
      error: { kind: 'http', status, body: { detail } },
    });
  });

  it('returns unexpected-status for an undocumented 429', async () => {
    server.handle(reply(429, { detail: 'slow down' }));
    expect(await deleteMcpServer(client, { server_id: 123 })).toMatchObject({
      ok: false,
      error: { kind: 'unexpected-status', status: 429, body: { detail: 'slow down' } },
    });
  });

  it('returns invalid-body for a non-JSON 500 (a proxy error page)', async () => {
    server.handle(reply(500, '<h1>Internal Server Error</h1>', 'text/html'));
    expect(await deleteMcpServer(client, { server_id: 123 })).toMatchObject({
      ok: false,
      error: { kind: 'invalid-body', status: 500, text: '<h1>Internal Server Error</h1>' },
    });
  });

  it('returns network when the connection drops, before or during the body', async () => {
    server.handle(dropConnection);
    expect(await deleteMcpServer(client, { server_id: 123 })).toMatchObject({ ok: false, error: { kind: 'network' } });
    server.handle(dropDuringBody);
    expect(await deleteMcpServer(client, { server_id: 123 })).toMatchObject({ ok: false, error: { kind: 'network' } });
  });

  it.each(['', '.', '..', '%2e%2E'])('refuses server_id %j with invalid-request and sends nothing', async (serverId) => {
    expect(await deleteMcpServer(client, { server_id: serverId })).toMatchObject({
      ok: false,
      error: { kind: 'invalid-request', parameter: 'server_id' },
    });
    expect(server.requests).toHaveLength(0);
  });

  it('encodes a server_id holding a slash instead of calling another path', async () => {
    server.handle(reply(404, { detail: 'MCP server a/b not found or not accessible' }));
    await deleteMcpServer(client, { server_id: 'a/b' });
    expect(server.requests[0]?.path).toBe('/api/v1/mcp-servers/a%2Fb');
  });
});
