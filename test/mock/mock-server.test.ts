/**
 * The mock server over HTTP: examples and synthesised answers called through the generated client, Prefer,
 * request validation of every parameter location and style and of each body media type, security, unknown paths
 * and methods, determinism, and the `openapi-client mock` command (URL printed, log lines, SIGINT/SIGTERM).
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockServer, type MockServer } from '../../generator/mock/mock-server.js';
import * as api from '../fixtures/generated/mock/index.js';
import { responseValidation } from '../fixtures/generated/mock/validators.js';

const SPEC = 'test/fixtures/specs/mock';
let mock: MockServer;
const log: string[] = [];

beforeAll(async () => {
  mock = await startMockServer({ spec: SPEC, port: 0, log: (line) => log.push(line) });
});
afterAll(() => mock.close());

const client = () => api.createClient({ baseUrl: mock.url, credentials: { apiKey: 'key-1' }, validate: responseValidation, maxRetries: 0 });
const send = (path: string, init: RequestInit = {}) =>
  fetch(`${mock.url}${path}`, { ...init, headers: { 'x-api-key': 'key-1', ...(init.headers as Record<string, string>) } });

describe('answers', () => {
  it('answers with the first valid documented example, through the generated client with validation on', async () => {
    const result = await api.listPets(client(), {});
    expect(result).toMatchObject({ ok: true, status: 200, data: [{ id: 1, name: 'Tom', kind: 'cat' }, { id: 2, name: 'Rex', kind: 'dog', tag: 'good' }] });
    expect(log.at(-1)).toMatch(/^GET \/pets → 200: example "two" \[listPets\]$/);
  });

  it('synthesises a valid value where there is no example, with documented headers, the same for the same seed', async () => {
    const result = await api.getPet(client(), { petId: 7, 'X-Request-Id': '3f1a7c1e-9a1b-4c2d-8e3f-1a2b3c4d5e6f' });
    if (!result.ok) throw new Error(result.error.message);
    expect(Number.isInteger(result.data.id) && result.data.id >= 1).toBe(true);
    expect(['cat', 'dog', 'fish']).toContain(result.data.kind);
    expect(result.response.headers.get('x-rate-remaining')).toMatch(/^\d+$/);
    const again = await startMockServer({ spec: SPEC, port: 0 });
    const other = await startMockServer({ spec: SPEC, port: 0, seed: '2' });
    try {
      const headers = { 'x-api-key': 'k', 'x-request-id': '3f1a7c1e-9a1b-4c2d-8e3f-1a2b3c4d5e6f' };
      const bytes = async (server: MockServer) => (await fetch(`${server.url}/pets/7`, { headers })).text();
      expect(await bytes(again)).toBe(await bytes(mock));
      expect(await bytes(other)).not.toBe(await bytes(mock));
    } finally {
      await Promise.all([again.close(), other.close()]);
    }
  });

  it('answers text, an event stream, and empty bodies as documented', async () => {
    expect(await api.getHealth(client())).toMatchObject({ ok: true, data: 'ok' });
    const events = await api.streamEvents(client());
    if (!events.ok) throw new Error(events.error.message);
    const items = [];
    for await (const event of events.data) items.push(event.data.kind);
    expect(items).toHaveLength(3);
    const form = new FormData();
    form.append('file', new Blob(['png']), 'a.png');
    expect((await send('/pets/1/photo', { method: 'POST', body: form })).status).toBe(204);
  });

  it('accepts requests with the server URL path (/v2) as well as without', async () => {
    expect((await send('/v2/pets')).status).toBe(200);
  });
});

describe('Prefer', () => {
  it('code picks a documented status, example a named example, dynamic a fresh value', async () => {
    const notFound = await send('/pets/3', { headers: { prefer: 'code=404', 'x-request-id': '3f1a7c1e-9a1b-4c2d-8e3f-1a2b3c4d5e6f' } });
    expect([notFound.status, await notFound.json()]).toEqual([404, { message: 'no such pet' }]);
    const empty = await send('/pets', { headers: { prefer: 'example=empty' } });
    expect(await empty.json()).toEqual([]);
    const broken = await send('/pets', { headers: { prefer: 'example="broken"' } });
    expect(await broken.json()).toEqual([{ id: 0, name: '', kind: 'hamster' }]);
    expect(log.at(-1)).toMatch(/does not match its schema/);
    const fresh = await Promise.all([1, 2].map(async () => (await send('/login', { method: 'POST', headers: { prefer: 'dynamic=true', 'content-type': 'application/x-www-form-urlencoded' }, body: 'username=a&password=12345678' })).text()));
    expect(fresh[0]).not.toBe(fresh[1]);
  });

  it('says so when the status or example is not documented', async () => {
    const response = await send('/pets', { headers: { prefer: 'code=418' } });
    expect(response.status).toBe(400);
    expect((await response.json()).message).toMatch(/documents no 418 response/);
    expect((await (await send('/pets', { headers: { prefer: 'example=nope' } })).json()).message).toMatch(/no example "nope".*two, empty, broken/);
  });
});

describe('request validation', () => {
  const uuid = '3f1a7c1e-9a1b-4c2d-8e3f-1a2b3c4d5e6f';
  it.each([
    ['a path parameter of the wrong type', '/pets/abc', { 'x-request-id': uuid }, 'path.petId', 'type'],
    ['a path parameter below its minimum', '/pets/0', { 'x-request-id': uuid }, 'path.petId', 'minimum'],
    ['a missing required header', '/pets/1', {}, 'header.X-Request-Id', 'required'],
    ['a header in the wrong format', '/pets/1', { 'x-request-id': 'nope' }, 'header.X-Request-Id', 'format'],
    ['a cookie too short', '/pets/1', { 'x-request-id': uuid, cookie: 'session=ab' }, 'cookie.session', 'minLength'],
    ['a query integer above its maximum', '/pets?limit=500', {}, 'query.limit', 'maximum'],
    ['a pipe-delimited list with a non-integer', '/pets?ids=1|x', {}, 'query.ids[1]', 'type'],
    ['a deepObject property outside its enum', '/pets?filter%5Bkind%5D=hamster', {}, 'query.filter.kind', 'enum'],
    ['a label path parameter above its maximum', '/tiles/.21/.1.2/;layer=roads', {}, 'path.zoom', 'maximum'],
    ['an exploded label list with a negative item', '/tiles/.2/.1.-2/;layer=roads', {}, 'path.xy[1]', 'minimum'],
    ['a matrix path parameter outside its enum', '/tiles/.2/.1.2/;layer=lava', {}, 'path.layer', 'enum'],
    ['a space-delimited list with an unknown item', '/tiles/.2/.1.2/;layer=roads?fields=name%20colour', {}, 'query.fields[1]', 'enum'],
  ])('refuses %s with 400 (the documented body) naming the field and rule', async (_name, path, headers, field, rule) => {
    const response = await send(path, { headers });
    expect(response.status).toBe(400);
    expect(response.headers.get('x-mock-invalid')).toBe(`${field}: ${rule}`);
  });

  it('accepts every parameter style when the values conform', async () => {
    const response = await send('/pets?limit=5&tags=a&tags=b&ids=1|2&filter%5Bkind%5D=cat&filter%5BminAge%5D=2');
    expect(response.status).toBe(200);
    expect(await api.getTile(client(), { zoom: 3, xy: [4, 5], layer: 'water', fields: ['name', 'height'] })).toMatchObject({ ok: true });
    expect(log.at(-1)).toMatch(/^GET \/tiles\/\.3\/\.4\.5\/;layer=water\?fields=name%20height → 200/);
    expect(await api.listPets(client(), { limit: 5, tags: ['a', 'b'], ids: [1, 2], filter: { kind: 'cat', minAge: 2 } })).toMatchObject({ ok: true });
  });

  it('checks JSON, form and multipart bodies, using the documented 422 where there is one', async () => {
    const json = await send('/pets', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: 'Tom', kind: 'cat', extra: 1 }) });
    expect([json.status, json.headers.get('x-mock-invalid')]).toEqual([422, 'body.extra: additionalProperties']);
    // The documented 422 body, its message saying what was wrong.
    expect(await json.json()).toEqual({ message: 'body.extra: property is not documented' });
    expect((await send('/pets', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{' })).headers.get('x-mock-invalid')).toBe('body: json');
    expect((await send('/pets', { method: 'POST' })).headers.get('x-mock-invalid')).toBe('body: required');
    expect((await send('/pets', { method: 'POST', headers: { 'content-type': 'text/csv' }, body: 'a,b' })).headers.get('x-mock-invalid')).toBe('header.Content-Type: media-type');
    const form = await send('/login', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'username=a&password=short&remember=true' });
    expect([form.status, form.headers.get('x-mock-invalid')]).toEqual([400, 'body.password: minLength']);
    const parts = new FormData();
    parts.append('caption', 'much too long a caption');
    const multipart = await send('/pets/1/photo', { method: 'POST', body: parts });
    expect([multipart.status, multipart.headers.get('x-mock-invalid')]).toEqual([400, 'body.file: required']);
    const text = await send('/notes', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'a note far longer than twenty characters' });
    expect([text.status, text.headers.get('x-mock-invalid')]).toEqual([400, 'body: maxLength']);
    expect(await api.createNote(client(), { body: 'short note' })).toMatchObject({ ok: true, status: 204 });
    const created = await api.createPet(client(), { body: { name: 'Tom', kind: 'cat' } });
    expect(created).toMatchObject({ ok: true, status: 201 });
  });

  it('answers 401 without credentials, 404 for unknown paths and 405 with Allow for undocumented methods', async () => {
    const anonymous = api.createClient({ baseUrl: mock.url, maxRetries: 0 });
    expect(await api.listPets(anonymous, {})).toMatchObject({ ok: false, error: { kind: 'unexpected-status', status: 401 } });
    expect(await api.getHealth(anonymous)).toMatchObject({ ok: true });
    expect((await fetch(`${mock.url}/pets`, { headers: { authorization: 'Bearer t' } })).status).toBe(200);
    expect((await send('/owners')).status).toBe(404);
    const wrong = await send('/pets/1', { method: 'DELETE' });
    expect([wrong.status, wrong.headers.get('allow')]).toEqual([405, 'GET']);
  });
});

/** Runs the command and resolves with its first stdout line (the URL) and a way to read later lines. */
function startCommand(args: string[]) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'generator/cli.ts', 'mock', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: string[] = [];
  const waiting: Array<(line: string) => void> = [];
  createInterface({ input: child.stdout }).on('line', (line) => (waiting.shift() ?? ((text: string) => lines.push(text)))(line));
  const nextLine = () => new Promise<string>((resolve) => (lines.length > 0 ? resolve(lines.shift()!) : waiting.push(resolve)));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, nextLine, exited };
}

describe('openapi-client mock', () => {
  it.each(['SIGINT', 'SIGTERM'] as const)('prints its URL, logs each request, and stops on %s without leaving a process', async (signal) => {
    const { child, nextLine, exited } = startCommand(['--spec', SPEC, '--port', '0']);
    const first = await nextLine();
    const url = /^mock server for mock: (http:\/\/127\.0\.0\.1:\d+)$/.exec(first)?.[1];
    expect(url, first).toBeDefined();
    expect(await (await fetch(`${url}/health`)).text()).toBe('ok');
    expect(await nextLine()).toBe('GET /health → 200: example "example" [getHealth]');
    child.kill(signal);
    expect(await exited).toBe(0);
    await expect(fetch(`${url}/health`)).rejects.toThrow();
  }, 30_000);

  it('finds the API by --api in the config file, and says which APIs there are when the name is wrong', async () => {
    const { mkdtemp, writeFile } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const { join, resolve } = await import('node:path');
    const folder = await mkdtemp(join(tmpdir(), 'mock-config-'));
    const config = join(folder, 'openapi-client.config.yaml');
    await writeFile(config, `output: out\napis:\n  - name: pets\n    input: ${resolve(SPEC)}\n  - name: streams\n    input: ${resolve('test/fixtures/specs/streams')}\n`);
    const server = await startMockServer({ config, api: 'pets', port: 0 });
    try {
      expect(server.name).toBe('pets');
      expect(await (await fetch(`${server.url}/health`)).text()).toBe('ok');
    } finally {
      await server.close();
    }
    await expect(startMockServer({ config, api: 'nope', port: 0 })).rejects.toThrow(/has no API named "nope"/);
    await expect(startMockServer({ config, port: 0 })).rejects.toThrow(/has 2 APIs; name one with --api/);
  });

  it('logs nothing with --quiet, and refuses a bad port', async () => {
    const { child, nextLine, exited } = startCommand(['--spec', SPEC, '--port', '0', '--quiet']);
    const url = (await nextLine()).split(': ')[1];
    await fetch(`${url}/health`);
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    const bad = startCommand(['--spec', SPEC, '--port', 'x']);
    expect(await bad.exited).toBe(2);
  }, 30_000);
});
