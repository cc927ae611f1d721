/**
 * The mock streams (issue 22): a generated client's streaming operation runs against `openapi-client mock` and
 * against `createMockFetch` without hand-written headers. A stream beside JSON is chosen by the request body's
 * `stream` switch and by `Accept` with its q-values; stream-only operations answer their stream (events, JSON
 * Lines, JSON text sequences), well-formed for our reader and for any reader of the format; both mocks agree.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import { startMockServer, type MockServer } from '../../generator/mock/mock-server.js';
import { MAX_VALUE_SIZE } from '../../generator/mock/synthesize-value.js';
import * as api from '../fixtures/generated/streams/index.js';
import { createMockFetch } from '../fixtures/generated/streams/mock.js';
import { modelFromYaml } from '../support/build-model.js';

const SPEC = 'test/fixtures/specs/streams';
let mock: MockServer;
const log: string[] = [];

beforeAll(async () => {
  mock = await startMockServer({ spec: SPEC, port: 0, log: (line) => log.push(line) });
});
afterAll(() => mock.close());

const client = () => api.createClient({ baseUrl: mock.url, maxRetries: 0 });

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of iterable) items.push(item);
  return items;
}

/**
 * The events of a `text/event-stream` body, read strictly by the HTML standard's grammar as the mock writes it: each
 * event is `id: n` and one or more `data: ` lines, then a blank line; anything else (a line without a field name,
 * an event that does not end in a blank line) throws. Independent of templates/read-stream.ts.
 */
function strictEvents(text: string): Array<{ id: string; data: string }> {
  if (!text.endsWith('\n\n')) throw new Error(`the stream does not end with a blank line: ${JSON.stringify(text.slice(-20))}`);
  return text
    .slice(0, -2)
    .split('\n\n')
    .map((block) => {
      const [idLine = '', ...dataLines] = block.split('\n');
      const id = /^id: (\d+)$/.exec(idLine)?.[1];
      if (id === undefined || dataLines.length === 0) throw new Error(`not an event: ${JSON.stringify(block)}`);
      for (const line of dataLines) if (!line.startsWith('data: ')) throw new Error(`not a data line: ${JSON.stringify(line)}`);
      return { id, data: dataLines.map((line) => line.slice('data: '.length)).join('\n') };
    });
}

describe('a stream beside JSON, through the generated client against the mock server', () => {
  it('streams typed events when the body says stream: true, and answers JSON for stream: false or no switch', async () => {
    const streamed = await api.createCompletion(client(), { body: { prompt: 'hi', stream: true } });
    if (!streamed.ok) throw new Error(streamed.error.message);
    expect(streamed.response.headers.get('content-type')).toBe('text/event-stream');
    const data = streamed.data;
    if (!(Symbol.asyncIterator in data)) throw new Error(`a JSON body where the stream was asked for: ${JSON.stringify(data)}`);
    const events = await collect(data);
    expectTypeOf(events[0]!.data).toEqualTypeOf<api.CompletionChunk>();
    expect(events.map((event) => [event.event, event.id, typeof event.data.delta])).toEqual([
      ['message', '1', 'string'],
      ['message', '2', 'string'],
      ['message', '3', 'string'],
    ]);
    expect(log.at(-1)).toBe("POST /completions → 200: 3 synthesised stream items (the body's stream: true) [createCompletion]");

    for (const body of [{ prompt: 'hi', stream: false }, { prompt: 'hi' }]) {
      const answered = await api.createCompletion(client(), { body });
      if (!answered.ok) throw new Error(answered.error.message);
      expect(answered.response.headers.get('content-type'), JSON.stringify(body)).toBe('application/json');
      expect(Symbol.asyncIterator in answered.data).toBe(false);
      expect(answered.data).toMatchObject({ id: expect.any(String), text: expect.any(String) });
    }
    expect(log.slice(-2)).toEqual(["POST /completions → 200: synthesised (seed 1) (the body's stream: false) [createCompletion]", 'POST /completions → 200: synthesised (seed 1) [createCompletion]']);
  });

  it('chooses by Accept and its q-values when the body does not say, and honours Accept over the switch', async () => {
    const cases: Array<[accept: string | undefined, body: object, want: string]> = [
      [undefined, {}, 'application/json'],
      ['application/json, text/event-stream', {}, 'application/json'],
      ['text/event-stream', {}, 'text/event-stream'],
      ['application/json;q=0.5, text/event-stream', {}, 'text/event-stream'],
      ['application/json, text/event-stream;q=0.9', {}, 'application/json'],
      ['text/*', {}, 'text/event-stream'],
      ['*/*;q=0.1, text/event-stream;q=0.2', {}, 'text/event-stream'],
      ['application/json;q=0, */*', {}, 'text/event-stream'],
      ['text/event-stream;q=0.1, application/json', { stream: true }, 'text/event-stream'],
      ['text/event-stream, application/json;q=0.1', { stream: false }, 'application/json'],
      ['application/json', { stream: true }, 'application/json'],
      ['text/event-stream', { stream: false }, 'text/event-stream'],
      ['image/png', { stream: true }, 'text/event-stream'],
    ];
    const seen = await Promise.all(
      cases.map(async ([accept, body]) => {
        const response = await fetch(`${mock.url}/completions`, { method: 'POST', headers: { 'content-type': 'application/json', ...(accept === undefined ? {} : { accept }) }, body: JSON.stringify(body) });
        await response.arrayBuffer();
        return response.headers.get('content-type');
      }),
    );
    expect(seen).toEqual(cases.map(([, , want]) => want));
    const refused = await fetch(`${mock.url}/completions`, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body: '{"stream":true}' });
    expect(await refused.json()).toMatchObject({ id: expect.any(String) });
    expect(log.at(-1)).toBe("POST /completions → 200: synthesised (seed 1) (the body's stream: true, but Accept does not take text/event-stream) [createCompletion]");
  });
});

describe('stream-only operations', () => {
  it('answer three items in each format, which the generated client reads, with the Accept it sends', async () => {
    const logs = await api.streamReleaseLogs(client(), { id: 'r1' });
    const ticks = await api.streamTicks(client());
    const rows = await api.getExport(client(), { id: 'e1' });
    const records = await api.listRecords(client());
    if (!logs.ok || !ticks.ok || !rows.ok || !records.ok) throw new Error('a stream call failed');
    const events = await collect(logs.data);
    expectTypeOf(events[0]!.data).toEqualTypeOf<api.LogEvent>();
    expect(events.map((event) => event.data.level).every((level) => ['info', 'warn', 'error'].includes(level))).toBe(true);
    expect(await collect(ticks.data)).toHaveLength(3);
    const lines = await collect(rows.data);
    expectTypeOf(lines[0]!).toEqualTypeOf<api.ExportRow>();
    expect(lines.map((row) => Number.isInteger(row.n))).toEqual([true, true, true]);
    expect((await collect(records.data)).map((row) => Number.isInteger(row.n))).toEqual([true, true, true]);
  });

  it('are well-formed for any reader: one data line per line, a blank line after each event, no end marker; JSON Lines and sequences item by item', async () => {
    const text = async (path: string) => (await fetch(`${mock.url}${path}`)).text();
    const events = strictEvents(await text('/releases/r1/logs'));
    expect(events.map((event) => event.id)).toEqual(['1', '2', '3']);
    for (const event of events) expect(JSON.parse(event.data)).toMatchObject({ level: expect.any(String), message: expect.any(String) });
    const lines = (await text('/exports/e1')).split('\n');
    expect(lines.pop()).toBe('');
    expect(lines.map((line) => Number.isInteger((JSON.parse(line) as { n: number }).n))).toEqual([true, true, true]);
    const records = (await text('/records')).split('\x1e');
    expect(records.shift()).toBe('');
    expect(records.map((record) => record.endsWith('\n') && Number.isInteger((JSON.parse(record) as { n: number }).n))).toEqual([true, true, true]);
  });

  it('splits text data with line breaks into one data line per line, which readers join with \\n', async () => {
    const model = modelFromYaml(`
openapi: 3.1.0
info: { title: Lines, version: '1' }
paths:
  /lines:
    get:
      operationId: streamLines
      responses:
        '200':
          description: Multi-line text events
          content:
            text/event-stream:
              schema: { type: string, enum: ["first\\nsecond\\r\\nthird\\rfourth"] }
  /spaced:
    get:
      operationId: streamSpaced
      responses:
        '200':
          description: Text events that start with a space
          content:
            text/event-stream:
              schema: { type: string, enum: [" leading space"] }
`);
    const server = await startMockServer({ model, port: 0 });
    try {
      const body = await (await fetch(`${server.url}/lines`)).text();
      expect(body).not.toMatch(/\r/);
      expect(strictEvents(body).map((event) => event.data)).toEqual(Array(3).fill('first\nsecond\nthird\nfourth'));
      expect(strictEvents(await (await fetch(`${server.url}/spaced`)).text()).map((event) => event.data)).toEqual(Array(3).fill(' leading space'));
    } finally {
      await server.close();
    }
  });

  it('stay bounded: each synthesised item is capped, and the log says so', async () => {
    const model = modelFromYaml(`
openapi: 3.1.0
info: { title: Huge, version: '1' }
components:
  schemas:
    Huge: { type: array, minItems: 100000000, items: { type: string, minLength: 100000000 } }
paths:
  /events:
    get:
      operationId: streamHugeEvents
      responses:
        '200':
          description: Events whose schema asks for gigabytes
          content:
            text/event-stream:
              itemSchema: { $ref: '#/components/schemas/Huge' }
  /lines:
    get:
      operationId: streamHugeLines
      responses:
        '200':
          description: JSON Lines whose schema asks for gigabytes
          content:
            application/x-ndjson:
              itemSchema: { $ref: '#/components/schemas/Huge' }
`);
    const lines: string[] = [];
    const server = await startMockServer({ model, port: 0, log: (line) => lines.push(line) });
    try {
      for (const path of ['/events', '/lines']) {
        const body = await (await fetch(`${server.url}${path}`)).text();
        expect(body.length, path).toBeGreaterThan(3 * (MAX_VALUE_SIZE / 2));
        expect(body.length, path).toBeLessThan(3 * (MAX_VALUE_SIZE + 10_000));
        expect(lines.at(-1), path).toMatch(/3 synthesised stream items \[streamHuge\w+\]; .*capped/);
      }
    } finally {
      await server.close();
    }
  });
});

describe('createMockFetch streams as the mock server does', () => {
  it('answers the stream for stream: true and JSON otherwise, without a handler', async () => {
    const fetch = createMockFetch();
    const inProcess = api.createClient({ fetch });
    const streamed = await api.createCompletion(inProcess, { body: { prompt: 'hi', stream: true } });
    if (!streamed.ok || !(Symbol.asyncIterator in streamed.data)) throw new Error('no stream');
    expect((await collect(streamed.data)).map((event) => typeof event.data.delta)).toEqual(['string', 'string', 'string']);
    const answered = await api.createCompletion(inProcess, { body: { prompt: 'hi', stream: false } });
    expect(answered).toMatchObject({ ok: true, data: { id: expect.any(String), text: expect.any(String) } });
    const rows = await api.getExport(inProcess, { id: 'e1' });
    if (!rows.ok) throw new Error(rows.error.message);
    expect(await collect(rows.data)).toHaveLength(3);
  });

  it('gives the same status, Content-Type and bytes as the server for any Accept and stream switch (property)', async () => {
    const fetch = createMockFetch();
    const range = fc.constantFrom('application/json', 'text/event-stream', 'text/*', 'application/*', '*/*', 'image/png', 'nonsense', 'TEXT/Event-Stream', '');
    const q = fc.option(fc.constantFrom('0', '0.1', '0.5', '1', '1.000', '0.0', '2', 'x'), { nil: undefined });
    const accept = fc.option(fc.array(fc.tuple(range, q).map(([type, quality]) => (quality === undefined ? type : `${type};q=${quality}`)), { maxLength: 4 }).map((parts) => parts.join(', ')), { nil: undefined });
    const stream = fc.constantFrom(true, false, undefined);
    await fc.assert(
      fc.asyncProperty(accept, stream, async (acceptHeader, streamSwitch) => {
        const init = {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(acceptHeader === undefined ? {} : { accept: acceptHeader }) },
          body: JSON.stringify({ prompt: 'p', ...(streamSwitch === undefined ? {} : { stream: streamSwitch }) }),
        };
        const server = await globalThis.fetch(`${mock.url}/completions`, init);
        const local = await fetch('https://api.example.com/completions', init);
        expect([local.status, local.headers.get('content-type'), await local.text()]).toEqual([server.status, server.headers.get('content-type'), await server.text()]);
      }),
      { numRuns: 60 },
    );
  });

  it('sends a handler\'s stream text or JSON body for a stream beside JSON, and stream text as it is for JSON Lines', async () => {
    const fetch = createMockFetch({
      createCompletion: ({ body }) => (body.stream ? { status: 200, stream: 'data: {"delta":"a"}\n\ndata: {"delta":"b"}\n\n' } : { status: 200, body: { id: 'c1', text: 'done' } }),
      getExport: () => ({ status: 200, body: '{"n":1}\n{"n":2}\n' }),
    });
    const inProcess = api.createClient({ fetch });
    const streamed = await api.createCompletion(inProcess, { body: { stream: true } });
    if (!streamed.ok || !(Symbol.asyncIterator in streamed.data)) throw new Error('no stream');
    expect(streamed.response.headers.get('content-type')).toBe('text/event-stream');
    expect((await collect(streamed.data)).map((event) => event.data.delta)).toEqual(['a', 'b']);
    expect(await api.createCompletion(inProcess, { body: { stream: false } })).toMatchObject({ ok: true, data: { id: 'c1', text: 'done' } });
    const rows = await api.getExport(inProcess, { id: 'e1' });
    if (!rows.ok) throw new Error(rows.error.message);
    expect(await collect(rows.data)).toEqual([{ n: 1 }, { n: 2 }]);
    // A reply that gives neither the documented body nor the stream's text does not compile.
    // @ts-expect-error a stream's text is not the JSON body
    createMockFetch({ createCompletion: () => ({ status: 200, body: 'data: x\n\n' }) });
  });
});
