/** Request bodies as they reach a real server: the exact bytes and Content-Type of each media type. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createClient, createPet, putNote, uploadDocuments, uploadFile, uploadPhoto } from '../fixtures/generated/request-bodies/index.js';
import { parseMultipart } from '../support/parse-multipart.js';
import { reply, useTestServer, type TestServer } from '../support/test-server.js';

const testServer = useTestServer({ beforeAll, afterAll, beforeEach });
let server: TestServer;
const client = () => createClient({ baseUrl: server.url });

beforeEach(() => {
  server = testServer.current;
  server.handle(reply(201, { id: 1 }));
});

describe('request bodies', () => {
  it('sends JSON by default', async () => {
    const result = await createPet(client(), { body: { name: 'Rex', tags: ['a'] } });
    expect(result).toMatchObject({ ok: true, status: 201, data: { id: 1 } });
    expect(server.requests[0]).toMatchObject({ method: 'POST', path: '/pets', body: '{"name":"Rex","tags":["a"]}' });
    expect(server.requests[0]?.headers['content-type']).toBe('application/json');
  });

  it('sends a form body: arrays repeated, deepObject and JSON fields as their encoding says', async () => {
    await createPet(client(), {
      contentType: 'application/x-www-form-urlencoded',
      body: { name: 'Rex & Co', tags: ['a', 'b'], owner: { name: 'Ann', city: 'Oslo' }, meta: { x: 1 } },
    });
    expect(server.requests[0]?.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(server.requests[0]?.body).toBe(
      'name=Rex%20%26%20Co&tags=a&tags=b&owner%5Bname%5D=Ann&owner%5Bcity%5D=Oslo&meta=%7B%22x%22%3A1%7D',
    );
  });

  it('sends multipart: text fields, file parts, and objects as JSON fields (no filename)', async () => {
    await createPet(client(), {
      contentType: 'multipart/form-data',
      body: {
        name: 'Rex',
        photo: new Blob(['PNGDATA'], { type: 'image/png' }),
        extras: [new Blob(['one']), new Blob(['two'])],
        meta: { source: 'shelter' },
      },
    });
    const request = server.requests[0]!;
    const parts = parseMultipart(request.bytes, String(request.headers['content-type']));
    expect(parts.map(({ name, filename, contentType, body }) => [name, filename, contentType, body.toString()])).toEqual([
      ['name', undefined, undefined, 'Rex'],
      ['photo', 'blob', 'image/png', 'PNGDATA'],
      ['extras', 'blob', 'application/octet-stream', 'one'],
      ['extras', 'blob', 'application/octet-stream', 'two'],
      ['meta', undefined, 'application/json', '{"source":"shelter"}'],
    ]);
  });

  it('sends the object fields of an upload (Box attributes, OpenAI expires_after) as fields a server reads as fields', async () => {
    const file = new File(['%PDF-1.7 report'], 'report "Q1".pdf', { type: 'application/pdf' });
    const attributes = { name: 'report.pdf', parent: { id: '0' } };
    const labels = [{ key: 'team', value: 'a' }, { key: 'year', value: '2025' }];
    const result = await uploadFile(client(), {
      body: { attributes, labels, expires_after: { anchor: 'created_at', seconds: 3600 }, note: 'line 1\nline 2', file },
    });
    expect(result).toMatchObject({ ok: true, status: 201 });
    const request = server.requests[0]!;
    const contentType = String(request.headers['content-type']);
    const parts = parseMultipart(request.bytes, contentType);
    expect(parts.map(({ name, filename, contentType: type }) => [name, filename, type])).toEqual([
      ['attributes', undefined, 'application/json'],
      ['labels', undefined, 'application/json'],
      ['labels', undefined, 'application/json'],
      // The Encoding Object names this one's type; a text/plain one is a plain text field.
      ['expires_after', undefined, 'application/vnd.expiry+json'],
      ['note', undefined, undefined],
      ['file', 'report %22Q1%22.pdf', 'application/pdf'],
    ]);
    expect(JSON.parse(parts[0]!.body.toString())).toEqual(attributes);
    expect(parts.slice(1, 3).map((part) => JSON.parse(part.body.toString()))).toEqual(labels);
    expect(parts[4]!.body.toString()).toBe('line 1\nline 2');
    expect(parts[5]!.body.toString()).toBe('%PDF-1.7 report');
    // undici's own reader (what Node servers built on fetch use) sorts fields from files as multer and busboy do.
    const form = await new Response(new Uint8Array(request.bytes), { headers: { 'content-type': contentType } }).formData();
    expect(typeof form.get('attributes')).toBe('string');
    expect(JSON.parse(form.get('attributes') as string)).toEqual(attributes);
    expect(form.getAll('labels').every((label) => typeof label === 'string')).toBe(true);
    expect(form.get('file')).toBeInstanceOf(File);
    expect(await (form.get('file') as File).text()).toBe('%PDF-1.7 report');
  });

  it('sends text and binary bodies as given, and no body when an optional one is left out', async () => {
    server.handle((_request, response) => {
      response.writeHead(204);
      response.end();
    });
    await putNote(client(), { id: 'p1', body: 'Good dog' });
    await putNote(client(), { id: 'p1' });
    await uploadPhoto(client(), { id: 'p1', body: new Uint8Array([0x89, 0x50, 0x4e, 0x47]) });
    expect(server.requests.map((r) => [r.method, r.path, r.headers['content-type'], r.bytes.toString('hex')])).toEqual([
      ['PUT', '/pets/p1/note', 'text/plain', Buffer.from('Good dog').toString('hex')],
      ['PUT', '/pets/p1/note', undefined, ''],
      ['PUT', '/pets/p1/photo', 'application/octet-stream', '89504e47'],
    ]);
  });

  it('sends Blob fields of a multipart body whose schema is a reference as file parts', async () => {
    server.handle((_request, response) => {
      response.writeHead(204);
      response.end();
    });
    const result = await uploadDocuments(client(), { id: 'p1', body: { file: new Blob(['%PDF-1.7'], { type: 'application/pdf' }), purpose: 'invoice' } });
    expect(result).toMatchObject({ ok: true, status: 204 });
    const body = server.requests[0]!.body;
    expect(body).toMatch(/name="file"; filename="blob"\r\nContent-Type: application\/pdf\r\n\r\n%PDF-1\.7\r\n/);
    expect(body).toMatch(/name="purpose"\r\n\r\ninvoice\r\n/);
  });

  it('refuses an undocumented content type and a missing required body with invalid-request', async () => {
    const wrongType = await createPet(client(), { contentType: 'text/csv' as 'application/json', body: { name: 'x' } });
    expect(wrongType).toMatchObject({ ok: false, error: { kind: 'invalid-request', parameter: 'contentType' } });
    const noBody = await createPet(client(), {} as never);
    expect(noBody).toMatchObject({ ok: false, error: { kind: 'invalid-request', parameter: 'body' } });
    expect(server.requests).toHaveLength(0);
  });
});
