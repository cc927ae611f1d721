/**
 * Streamed bodies against a real `node:http` server: Server-Sent Events parsed per the HTML standard at every
 * TCP chunk boundary, JSON Lines and JSON text sequences, a stalled stream, abort and break (the server sees the
 * socket close), streams that end without a final newline, and binary downloads taken as a ReadableStream; and
 * hostile stream servers: what `maxBodyBytes` bounds, and lines and events of tens of megabytes read in linear time.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import * as api from '../fixtures/generated/streams/index.js';
import { useTestServer, type TestServer } from '../support/test-server.js';

const testServer = useTestServer({ beforeAll, afterAll, beforeEach });
let server: TestServer;
let client: api.Client;

beforeEach(() => {
  server = testServer.current;
  client = api.createClient({ baseUrl: server.url, retryBaseDelayMs: 1 });
});

/** Writes `parts` one after another, each in its own TCP write after a pause, then ends (unless `keepOpen`). */
function writeParts(parts: readonly (string | Buffer)[], contentType = 'text/event-stream', keepOpen = false) {
  return (_request: IncomingMessage, response: ServerResponse) => {
    response.writeHead(200, { 'content-type': contentType, 'cache-control': 'no-store' });
    response.flushHeaders();
    let index = 0;
    const next = () => {
      if (response.destroyed) return;
      if (index < parts.length) {
        response.write(parts[index++]);
        setTimeout(next, 2);
      } else if (!keepOpen) response.end();
    };
    setTimeout(next, 2);
  };
}

/**
 * Writes `head`, then `unit` repeated to `total` bytes in 64 KB writes (waiting when the socket is full), then
 * `tail`, and ends; stops when the client closes the connection, which `closed` then tells.
 */
function writeMany(head: string, unit: string, total: number, tail: string, contentType = 'text/event-stream') {
  const block = Buffer.from(unit.repeat(Math.max(1, Math.floor(65_536 / unit.length))));
  const state = { written: 0, closed: Promise.resolve() };
  const handler = (request: IncomingMessage, response: ServerResponse) => {
    state.closed = new Promise((resolve) => request.socket.on('close', () => resolve()));
    response.writeHead(200, { 'content-type': contentType });
    response.write(head);
    const next = () => {
      while (!response.destroyed && state.written < total) {
        const piece = block.subarray(0, Math.min(block.length, total - state.written));
        state.written += piece.length;
        if (!response.write(piece)) return void response.once('drain', next);
      }
      if (!response.destroyed) response.end(tail);
    };
    next();
  };
  return { handler, state };
}

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of iterable) items.push(item);
  return items;
}

/** A stream with every line ending (LF, CRLF, CR), a BOM, comments, multi-line data, ids, retry and non-ASCII text. */
const STREAM = Buffer.from(
  '\uFEFF: a comment\r\n' +
    'event: init\r\ndata: {"level":"info","message":"start ✓"}\r\nid: 1\r\n\r\n' +
    'event: log\ndata: {"level":"warn",\ndata: "message":"two lines"}\nretry: 2500\n\n' +
    'event: status\rdata:{"level":"info","message":"no space after the colon"}\r\r' +
    ': keep-alive\n\n' +
    'event: complete\ndata: {"level":"info","message":"日本語 done"}\nid\n\n',
);

const EXPECTED = [
  { event: 'init', data: { level: 'info', message: 'start ✓' }, id: '1' },
  { event: 'log', data: { level: 'warn', message: 'two lines' }, id: '1', retry: 2500 },
  { event: 'status', data: { level: 'info', message: 'no space after the colon' }, id: '1' },
  { event: 'complete', data: { level: 'info', message: '日本語 done' }, id: '' },
];

describe('Server-Sent Events', () => {
  it('parses events with typed JSON data: event types, multi-line data, ids, retry, comments, BOM, CRLF and CR', async () => {
    server.handle(writeParts([STREAM]));
    const result = await api.streamReleaseLogs(client, { id: 'r1' });
    if (!result.ok) throw new Error(result.error.message);
    expect(await collect(result.data)).toEqual(EXPECTED);
    expect(server.requests[0]?.headers.accept).toBe('application/json, text/event-stream');
  });

  it('gives the same events however the bytes are split across TCP chunks, at every byte boundary', async () => {
    for (let cut = 1; cut < STREAM.length; cut++) {
      server.handle(writeParts([STREAM.subarray(0, cut), STREAM.subarray(cut)]));
      const result = await api.streamReleaseLogs(client, { id: String(cut) });
      if (!result.ok) throw new Error(result.error.message);
      expect(await collect(result.data), `split at byte ${cut}`).toEqual(EXPECTED);
    }
  });

  it('keeps data as text where the spec does not describe it, and drops an event the stream ends in the middle of', async () => {
    server.handle(writeParts(['data: first\ndata:  second\n\n', 'data\n\n', 'event: empty\n\n', 'data: cut off']));
    const result = await api.streamTicks(client);
    if (!result.ok) throw new Error(result.error.message);
    expect(await collect(result.data)).toEqual([
      { event: 'message', data: 'first\n second' },
      { event: 'message', data: '' },
    ]);
  });

  it('ends with a typed idle timeout when the server stalls mid-stream', async () => {
    server.handle(writeParts(['event: init\ndata: {"level":"info","message":"hi"}\n\n'], 'text/event-stream', true));
    const result = await api.streamReleaseLogs(client, { id: 'r1' }, { streamIdleTimeoutMs: 150 });
    if (!result.ok) throw new Error(result.error.message);
    const seen: string[] = [];
    const started = Date.now();
    const error = await (async () => {
      try {
        for await (const event of result.data) seen.push(event.event);
      } catch (caught) {
        return caught;
      }
    })();
    expect(seen).toEqual(['init']);
    expect(error).toBeInstanceOf(api.ApiCallError);
    expect((error as api.ApiCallError<api.TimeoutError>).error).toMatchObject({ kind: 'timeout', timeout: 'idle', timeoutMs: 150 });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('closes the connection when the signal fires during iteration: the iteration throws aborted, the server sees the socket close', async () => {
    let closed: Promise<void> = Promise.resolve();
    server.handle((request, response) => {
      closed = new Promise((resolve) => request.socket.on('close', () => resolve()));
      writeParts(Array.from({ length: 1000 }, (_, n) => `data: {"level":"info","message":"${n}"}\n\n`), 'text/event-stream', true)(request, response);
    });
    const controller = new AbortController();
    const result = await api.streamReleaseLogs(client, { id: 'r1' }, { signal: controller.signal, timeoutMs: 30_000 });
    if (!result.ok) throw new Error(result.error.message);
    const iteration = (async () => {
      for await (const event of result.data) if (event.data.message === '2') controller.abort();
    })();
    await expect(iteration).rejects.toMatchObject({ error: { kind: 'aborted' } });
    await closed;
  });

  it('closes the connection on break, and sends nothing more', async () => {
    let closed: Promise<void> = Promise.resolve();
    server.handle((request, response) => {
      closed = new Promise((resolve) => request.socket.on('close', () => resolve()));
      writeParts(Array.from({ length: 1000 }, (_, n) => `data: {"level":"info","message":"${n}"}\n\n`), 'text/event-stream', true)(request, response);
    });
    const result = await api.streamReleaseLogs(client, { id: 'r1' });
    if (!result.ok) throw new Error(result.error.message);
    for await (const event of result.data) if (event.data.message === '1') break;
    await closed;
    expect(server.requests).toHaveLength(1);
  });

  it('retries before the first byte only: a 503 is retried, a connection dropped mid-stream is thrown', async () => {
    let calls = 0;
    server.handle((request, response) => {
      calls++;
      if (calls === 1) {
        response.writeHead(503).end();
        return;
      }
      response.writeHead(200, { 'content-type': 'text/event-stream' });
      response.write('data: {"level":"info","message":"one"}\n\n');
      setTimeout(() => request.socket.destroy(), 30);
    });
    const result = await api.streamReleaseLogs(client, { id: 'r1' });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.attempts).toBe(2);
    const seen: string[] = [];
    await expect(
      (async () => {
        for await (const event of result.data) seen.push(event.data.message);
      })(),
    ).rejects.toMatchObject({ error: { kind: 'network' } });
    expect(seen).toEqual(['one']);
    expect(server.requests).toHaveLength(2);
  });

  it('reconnects when asked, resuming with Last-Event-ID after the retry wait the server set', async () => {
    let calls = 0;
    server.handle((request, response) => {
      calls++;
      response.writeHead(200, { 'content-type': 'text/event-stream' });
      if (calls === 1) {
        response.write('retry: 20\nid: 7\ndata: {"level":"info","message":"before"}\n\n');
        setTimeout(() => request.socket.destroy(), 30);
      } else {
        response.end(`id: 8\ndata: {"level":"info","message":"after ${request.headers['last-event-id']}"}\n\n`);
      }
    });
    const result = await api.streamReleaseLogs(client, { id: 'r1' }, { reconnect: 1 });
    if (!result.ok) throw new Error(result.error.message);
    expect((await collect(result.data)).map((event) => [event.id, event.data.message])).toEqual([
      ['7', 'before'],
      ['8', 'after 7'],
    ]);
    expect(server.requests.map((request) => request.headers['last-event-id'])).toEqual([undefined, '7']);
  });

  it('bounds what it holds: an event that never ends past maxBodyBytes ends the stream with body-too-large', async () => {
    let closed: Promise<void> = Promise.resolve();
    server.handle((request, response) => {
      closed = new Promise((resolve) => request.socket.on('close', () => resolve()));
      writeParts(['data: {"level":"info","message":"ok"}\n\ndata: ', ...Array.from({ length: 200 }, () => 'x'.repeat(1024))], 'text/event-stream', true)(request, response);
    });
    const result = await api.streamReleaseLogs(client, { id: 'r1' }, { maxBodyBytes: 64 * 1024 });
    if (!result.ok) throw new Error(result.error.message);
    const seen: string[] = [];
    await expect(
      (async () => {
        for await (const event of result.data) seen.push(event.data.message);
      })(),
    ).rejects.toMatchObject({ error: { kind: 'body-too-large', limitBytes: 64 * 1024 } });
    expect(seen).toEqual(['ok']);
    await closed;
  });

  it('documented error statuses are read whole, as for any call', async () => {
    server.handle((_request, response) => {
      response.writeHead(404, { 'content-type': 'application/json' });
      response.end('{"error":"no such release"}');
    });
    const result = await api.streamReleaseLogs(client, { id: 'nope' });
    expect(result).toMatchObject({ ok: false, error: { kind: 'http', status: 404, body: { error: 'no such release' } } });
  });

  it('ends a typed stream with invalid-body on data that is not JSON, and normally on a bracketed end marker', async () => {
    server.handle(writeParts(['data: {"level":"info","message":"a"}\n\n', 'data: not json\n\n']));
    const bad = await api.streamReleaseLogs(client, { id: 'r1' });
    if (!bad.ok) throw new Error(bad.error.message);
    await expect(collect(bad.data)).rejects.toMatchObject({ error: { kind: 'invalid-body', text: 'not json' } });
    server.handle(writeParts(['data: {"delta":"Hel"}\n\n', 'data: {"delta":"lo"}\n\n', 'data: [DONE]\n\n', 'data: {"delta":"never"}\n\n']));
    const done = await api.createCompletion(client, { body: { prompt: 'hi', stream: true } });
    if (!done.ok || !(Symbol.asyncIterator in done.data)) throw new Error('expected a stream');
    expect((await collect(done.data)).map((event) => event.data.delta)).toEqual(['Hel', 'lo']);
  });

  it('reads the JSON body when the answer is JSON, where the status documents both', async () => {
    server.handle((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end('{"id":"c1","text":"Hello"}');
    });
    const result = await api.createCompletion(client, { body: { prompt: 'hi' } });
    expect(result).toMatchObject({ ok: true, data: { id: 'c1', text: 'Hello' } });
  });
});

describe('JSON Lines and JSON text sequences', () => {
  it('yields each line, split anywhere, including a last line without a newline', async () => {
    const text = Buffer.from('{"n":1}\r\n\n{"n":2}\n{"n":3}');
    for (let cut = 1; cut < text.length; cut++) {
      server.handle(writeParts([text.subarray(0, cut), text.subarray(cut)], 'application/x-ndjson'));
      const result = await api.getExport(client, { id: String(cut) });
      if (!result.ok) throw new Error(result.error.message);
      expect(await collect(result.data), `split at byte ${cut}`).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }]);
    }
  });

  it('reads RFC 7464 records, each after a record separator', async () => {
    server.handle(writeParts(['\x1e{"n":1}\n\x1e', '{"n"', ':2}\n\x1e{"n":3}'], 'application/json-seq'));
    const result = await api.listRecords(client);
    if (!result.ok) throw new Error(result.error.message);
    expect(await collect(result.data)).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }]);
  });
});

describe('binary downloads', () => {
  const size = 3 * 1024 * 1024;
  const bytes = Buffer.alloc(size, 7);

  it("streams a body larger than maxBodyBytes with download: 'stream', and buffers a Blob by default", async () => {
    server.handle((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/octet-stream' });
      response.end(bytes);
    });
    const small = api.createClient({ baseUrl: server.url, maxBodyBytes: 1024 * 1024 });
    const streamed = await api.downloadFile(small, { id: 'f1' }, { download: 'stream' });
    if (!streamed.ok) throw new Error(streamed.error.message);
    let total = 0;
    const reader = streamed.data.getReader();
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) total += chunk.value.byteLength;
    expect(total).toBe(size);
    expect(await api.downloadFile(small, { id: 'f1' })).toMatchObject({ ok: false, error: { kind: 'body-too-large' } });
    const blob = await api.downloadFile(client, { id: 'f1' });
    expect(blob.ok && blob.data instanceof Blob && blob.data.size).toBe(size);
  });
});

describe('hostile stream servers', () => {
  const MB = 1024 * 1024;
  /** Far more than linear parsing needs here (about 2 s unloaded, 8 s on a busy 2-core machine), far less than the quadratic parsing it replaced (minutes). */
  const GENEROUS_MS = 30_000;

  it.each(['data:\n', 'data\n', 'data: \n', 'event: tick\n', 'retry: 1\n'])(
    '18 MB of %j lines with no blank line is one event past a 1 MiB maxBodyBytes: body-too-large, and the connection closes',
    async (line) => {
      const { handler, state } = writeMany('data: {"level":"info","message":"ok"}\n\n', line, 18 * MB, '\n');
      server.handle(handler);
      const result = await api.streamTicks(client, {}, { maxBodyBytes: MB });
      if (!result.ok) throw new Error(result.error.message);
      const seen: unknown[] = [];
      await expect(
        (async () => {
          for await (const event of result.data) seen.push(event.data);
        })(),
      ).rejects.toMatchObject({ error: { kind: 'body-too-large', limitBytes: MB, message: `GET /ticks: one streamed item is larger than ${MB} bytes` } });
      expect(seen).toEqual(['{"level":"info","message":"ok"}']);
      await state.closed;
      expect(state.written).toBeLessThan(18 * MB);
    },
  );

  it('a 60 MB event-stream line at the default 64 MiB limit is read in linear time', async () => {
    const { handler } = writeMany('data: ', 'x', 60 * MB, '\n\n');
    server.handle(handler);
    const started = Date.now();
    const result = await api.streamTicks(client);
    if (!result.ok) throw new Error(result.error.message);
    const [event, ...rest] = await collect(result.data);
    expect(event?.data.length).toBe(60 * MB);
    expect(rest).toEqual([]);
    expect(Date.now() - started).toBeLessThan(GENEROUS_MS);
  }, 120_000);

  it('a 60 MB JSON line at the default limit is read in linear time', async () => {
    const { handler } = writeMany('{"n":1}\n"', 'x', 60 * MB, '"\n{"n":2}', 'application/x-ndjson');
    server.handle(handler);
    const started = Date.now();
    const result = await api.getExport(client, { id: 'big' });
    if (!result.ok) throw new Error(result.error.message);
    const items = await collect(result.data);
    expect((items as unknown[]).map((item) => (typeof item === 'string' ? item.length : item))).toEqual([{ n: 1 }, 60 * MB, { n: 2 }]);
    expect(Date.now() - started).toBeLessThan(GENEROUS_MS);
  }, 120_000);

  it('an event of 60 MB of empty data lines at the default limit is read in linear time (its size is a running total)', async () => {
    const { handler } = writeMany('', 'data:\n', 60 * MB, '\n');
    server.handle(handler);
    const started = Date.now();
    const result = await api.streamTicks(client);
    if (!result.ok) throw new Error(result.error.message);
    const events = await collect(result.data);
    expect(events.map((event) => event.data.length)).toEqual([Math.floor((60 * MB) / 6) - 1]);
    expect(Date.now() - started).toBeLessThan(GENEROUS_MS);
  }, 120_000);

  it('items that arrived whole before a failure come first, whatever the chunk they shared', async () => {
    server.handle(writeParts(['data: {"level":"info","message":"ok"}\n\ndata: not json\n\n']));
    const result = await api.streamReleaseLogs(client, { id: 'r1' });
    if (!result.ok) throw new Error(result.error.message);
    const seen: string[] = [];
    await expect(
      (async () => {
        for await (const event of result.data) seen.push(event.data.message);
      })(),
    ).rejects.toMatchObject({ error: { kind: 'invalid-body', text: 'not json' } });
    expect(seen).toEqual(['ok']);
  });
});
