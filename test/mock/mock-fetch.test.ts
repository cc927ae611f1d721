/** createMockFetch: handlers receive the operation's params read back from the request, replies reach the client, unhandled operations answer as the mock server does. */
import { describe, expect, it } from 'vitest';
import { startMockServer } from '../../generator/mock/mock-server.js';
import * as api from '../fixtures/generated/mock/index.js';
import { createMockFetch } from '../fixtures/generated/mock/mock.js';
import { responseValidation } from '../fixtures/generated/mock/validators.js';

const uuid = '3f1a7c1e-9a1b-4c2d-8e3f-1a2b3c4d5e6f';

describe('createMockFetch', () => {
  it('gives each handler the params (path, query styles, header, cookie, body) and returns its reply to the client', async () => {
    const seen: unknown[] = [];
    const fetch = createMockFetch({
      listPets: (params) => {
        seen.push(params);
        return { status: 200, body: [{ id: 9, name: 'Nemo', kind: 'fish' }] };
      },
      getPet: (params) => {
        seen.push(params);
        return params.petId === 404 ? { status: 404, body: { message: 'gone' } } : { status: 200, body: { id: params.petId, name: 'Tom', kind: 'cat' }, headers: { 'x-rate-remaining': '3' } };
      },
      createPet: async (params) => ({ status: 201, body: { id: 1, ...params.body } }),
    });
    const client = api.createClient({ fetch, token: 't', validate: responseValidation });
    expect(await api.listPets(client, { limit: 5, tags: ['a', 'b'], ids: [1, 2], filter: { kind: 'cat' } })).toMatchObject({ ok: true, data: [{ name: 'Nemo' }] });
    const pet = await api.getPet(client, { petId: 7, 'X-Request-Id': uuid, session: 'abc' });
    expect(pet).toMatchObject({ ok: true, data: { id: 7 } });
    expect(pet.ok && pet.response.headers.get('x-rate-remaining')).toBe('3');
    expect(await api.getPet(client, { petId: 404, 'X-Request-Id': uuid })).toMatchObject({ ok: false, error: { kind: 'http', status: 404, body: { message: 'gone' } } });
    expect(await api.createPet(client, { body: { name: 'Rex', kind: 'dog' } })).toMatchObject({ ok: true, status: 201, data: { id: 1, name: 'Rex', kind: 'dog' } });
    expect(seen).toEqual([
      { limit: 5, tags: ['a', 'b'], ids: [1, 2], filter: { kind: 'cat' } },
      { petId: 7, 'X-Request-Id': uuid, session: 'abc' },
      { petId: 404, 'X-Request-Id': uuid },
    ]);
    expect(fetch.calls.map((call) => [call.operation, call.method, call.status])).toEqual([
      ['listPets', 'GET', 200],
      ['getPet', 'GET', 200],
      ['getPet', 'GET', 404],
      ['createPet', 'POST', 201],
    ]);
  });

  it('reads form and multipart bodies', async () => {
    const bodies: unknown[] = [];
    const fetch = createMockFetch({
      logIn: (params) => {
        bodies.push(params.body);
        return { status: 200, body: { token: 'abcdefghijklmnopq', expiresIn: 600 } };
      },
      uploadPetPhoto: async (params) => {
        bodies.push([params.petId, params.body.caption, await (params.body.file as Blob).text()]);
        return { status: 204 };
      },
    });
    const client = api.createClient({ fetch, token: 't' });
    expect(await api.logIn(client, { body: { username: 'ann', password: 'secret123' } })).toMatchObject({ ok: true });
    expect(await api.uploadPetPhoto(client, { petId: 3, body: { file: new Blob(['png-bytes']), caption: 'hi' } })).toMatchObject({ ok: true, status: 204 });
    expect(bodies).toEqual([{ username: 'ann', password: 'secret123' }, [3, 'hi', 'png-bytes']]);
  });

  it('answers operations without a handler exactly as the mock server does by default', async () => {
    const fetch = createMockFetch();
    const server = await startMockServer({ spec: 'test/fixtures/specs/mock', port: 0 });
    try {
      for (const [path, headers] of [['/pets', {}], ['/pets/5', { 'x-request-id': uuid }], ['/health', {}]] as const) {
        const fromServer = await globalThis.fetch(`${server.url}${path}`, { headers: { ...headers, 'x-api-key': 'k' } });
        const inProcess = await fetch(`https://pets.example.com/v2${path}`, { headers: { ...headers } });
        expect([inProcess.status, await inProcess.text()], path).toEqual([fromServer.status, await fromServer.text()]);
      }
    } finally {
      await server.close();
    }
    expect((await fetch('https://pets.example.com/v2/nowhere', {})).status).toBe(404);
    expect(fetch.calls.at(-1)).toMatchObject({ operation: '', status: 404 });
  });
});
