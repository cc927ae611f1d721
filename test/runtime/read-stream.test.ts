/**
 * The stream parsers as properties: any events, any line endings, comments and BOM, split into any chunks, parse
 * back to the same events; any text (event streams, JSON Lines, JSON text sequences) split into any chunks gives
 * what it gives in one chunk, failures and the `maxBodyBytes` bound included; and the work is linear, counted.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readStream, streamParser, type ServerSentEvent, type StreamFormat, type StreamParser } from '../../templates/read-stream.js';

/** A Response whose body arrives in exactly these chunks. */
function responseOf(chunks: readonly Uint8Array[]): Response {
  let index = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (index < chunks.length) controller.enqueue(chunks[index++]!);
      else controller.close();
    },
  });
  return new Response(body, { headers: { 'content-type': 'text/event-stream' } });
}

/** The items a stream of `format` gives for these chunks, and how it ended. */
async function outcome(format: Exclude<StreamFormat, 'bytes'>, chunks: readonly Uint8Array[], maxBodyBytes?: number): Promise<{ items: unknown[]; ended: unknown }> {
  const options = maxBodyBytes === undefined ? {} : { maxBodyBytes };
  const stream = readStream(responseOf(chunks), [format], { label: 'GET /s', options, config: {}, resend: async () => ({ ok: false }) }) as AsyncIterable<unknown>;
  const items: unknown[] = [];
  try {
    for await (const item of stream) items.push(item);
  } catch (error) {
    const { kind, text } = (error as { error: { kind: string; text?: string } }).error;
    return { items, ended: { kind, text } };
  }
  return { items, ended: 'normally' };
}

/** `bytes` cut at these points (each taken modulo the length), in order. */
function cut(bytes: Uint8Array, cuts: readonly number[]): Uint8Array[] {
  const points = [...new Set(cuts.map((at) => (bytes.length === 0 ? 0 : at % bytes.length)))].sort((a, b) => a - b);
  return [0, ...points].map((start, index, all) => bytes.subarray(start, all[index + 1] ?? bytes.length)).filter((chunk) => chunk.length > 0);
}

async function parse(chunks: readonly Uint8Array[]): Promise<ServerSentEvent[]> {
  const stream = readStream(responseOf(chunks), ['sse'], { label: 'GET /events', options: {}, config: {}, resend: async () => ({ ok: false }) }) as AsyncIterable<ServerSentEvent>;
  const events: ServerSentEvent[] = [];
  for await (const event of stream) events.push(event);
  return events;
}

/** Text without line breaks (and, for ids, without NUL), from every character class. */
const lineText = fc.string({ unit: fc.oneof(fc.constantFrom('a', ' ', ':', 'é', '日', '😀', '\t', '[', '"'), fc.string({ minLength: 1, maxLength: 1, unit: 'grapheme' })) }).map((text) => text.replace(/[\r\n]/g, ''));
const event = fc.record({
  event: fc.option(fc.stringMatching(/^[a-z][a-z_.]{0,8}$/), { nil: undefined }),
  data: fc.array(lineText, { minLength: 1, maxLength: 3 }),
  id: fc.option(lineText.map((text) => text.replace(/\0/g, '')), { nil: undefined }),
  comment: fc.boolean(),
});

describe('readStream (text/event-stream)', () => {
  it('parses any events with any line endings, split into any chunks, back to the same events (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(event, { maxLength: 6 }), fc.constantFrom('\n', '\r\n', '\r'), fc.boolean(), fc.array(fc.nat(), { maxLength: 8 }), async (events, eol, bom, cuts) => {
        let text = bom ? '\uFEFF' : '';
        const expected: ServerSentEvent[] = [];
        let lastId: string | undefined;
        for (const item of events) {
          if (item.comment) text += `: keep-alive${eol}`;
          if (item.event !== undefined) text += `event: ${item.event}${eol}`;
          for (const line of item.data) text += `data: ${line}${eol}`;
          if (item.id !== undefined) {
            text += `id: ${item.id}${eol}`;
            lastId = item.id;
          }
          text += eol;
          expected.push({ event: item.event || 'message', data: item.data.join('\n'), ...(lastId !== undefined ? { id: lastId } : {}) });
        }
        const bytes = new TextEncoder().encode(text);
        const points = [...new Set(cuts.map((cut) => (bytes.length === 0 ? 0 : cut % bytes.length)))].sort((a, b) => a - b);
        const chunks = [0, ...points].map((start, index, all) => bytes.subarray(start, all[index + 1] ?? bytes.length)).filter((chunk) => chunk.length > 0);
        expect(await parse(chunks)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});

/** The pieces of event streams: fields, values, comments, every line end, text from every plane. */
const eventText = fc
  .tuple(fc.boolean(), fc.array(fc.constantFrom('data', 'data:', 'data: ', 'event:', 'id: ', 'retry: 5', ': note', ':', 'x', ' ', '{"a":1}', '[DONE]', 'é', '日', '😀', '\0', '\n', '\r', '\r\n', '\n\n'), { maxLength: 40 }))
  .map(([bom, parts]) => (bom ? '\uFEFF' : '') + parts.join(''));

/** JSON texts (and now and then one that is not), with blank lines and spaces, each ended by LF or CRLF, or RS-led. */
const recordsText = (format: 'jsonl' | 'json-seq') =>
  fc
    .array(fc.tuple(fc.oneof({ weight: 9, arbitrary: fc.json({ maxDepth: 2 }) }, { weight: 1, arbitrary: fc.constantFrom('not json', '{"a":') }), fc.constantFrom('', ' ', '\n', '\t'), fc.constantFrom('\n', '\r\n')), { maxLength: 8 })
    .chain((records) => fc.tuple(fc.constant(records), fc.boolean()))
    .map(([records, lastEnd]) =>
      records.map(([json, space, end], index) => (format === 'json-seq' ? '\x1e' : '') + space + json + (index < records.length - 1 || lastEnd ? end : '')).join(''),
    );

const texts = fc.oneof(
  fc.tuple(fc.constantFrom('sse' as const, 'sse-json' as const), eventText),
  fc.tuple(fc.constant('jsonl' as const), recordsText('jsonl')),
  fc.tuple(fc.constant('json-seq' as const), recordsText('json-seq')),
);

/** A parser with plain errors, for driving it directly. */
function parserOf(format: Exclude<StreamFormat, 'bytes'>, limit = 64 * 1024 * 1024): StreamParser {
  return streamParser(format, { limit, tooLarge: () => new Error('too large'), invalid: (text) => new Error(`not JSON: ${text}`), stop: () => undefined });
}

/** What a parser gives for text in these pieces, and how much work it counted. */
function drive(parser: StreamParser, pieces: readonly string[]): { items: unknown[]; work: number } {
  const items: unknown[] = [];
  pieces.forEach((piece, index) => (index < pieces.length - 1 ? parser.push(piece, items) : parser.end(piece, items)));
  return { items, work: parser.work() };
}

describe('any text in any chunks', () => {
  it('gives what the text gives in one chunk: the same items, the same failure, the same maxBodyBytes bound (property)', async () => {
    await fc.assert(
      fc.asyncProperty(texts, fc.array(fc.nat(), { maxLength: 12 }), fc.option(fc.integer({ min: 1, max: 40 }), { nil: undefined }), async ([format, text], cuts, limit) => {
        const bytes = new TextEncoder().encode(text);
        const whole = await outcome(format, [bytes], limit);
        expect(await outcome(format, cut(bytes, cuts), limit)).toEqual(whole);
        // No event past the bound is ever dispatched.
        if (limit !== undefined && format === 'sse') for (const event of whole.items as ServerSentEvent[]) expect(event.data.length).toBeLessThanOrEqual(limit);
      }),
      { numRuns: 500 },
    );
  });

  it('does at most 3 units of work per character, however the text is cut (property)', () => {
    fc.assert(
      fc.property(texts, fc.array(fc.nat(), { maxLength: 40 }), ([format, text], cuts) => {
        const points = [...new Set(cuts.map((at) => (text.length === 0 ? 0 : at % text.length)))].sort((a, b) => a - b);
        const pieces = [0, ...points].map((start, index, all) => text.slice(start, all[index + 1] ?? text.length));
        const safe = (pieces: readonly string[]) => {
          const parser = parserOf(format);
          try {
            return drive(parser, pieces);
          } catch (error) {
            return { items: [String(error)], work: parser.work() };
          }
        };
        const chunked = safe([...pieces, '']);
        expect(chunked.items).toEqual(safe([text, '']).items);
        expect(chunked.work).toBeLessThanOrEqual(3 * text.length);
      }),
      { numRuns: 500 },
    );
  });
});

describe('linear work, counted', () => {
  /** `text` in pieces of `size` characters. */
  const piecesOf = (text: string, size: number) => Array.from({ length: Math.ceil(text.length / size) }, (_, index) => text.slice(index * size, (index + 1) * size));
  const MB = 1024 * 1024;

  it.each([
    ['an event-stream data line of 4 MB, then 8 MB', 'sse' as const, 4, (n: number) => `data: ${'x'.repeat(n)}\n\n`],
    ['a JSON line of 4 MB, then 8 MB', 'jsonl' as const, 4, (n: number) => `"${'x'.repeat(n)}"\n`],
    ['a JSON text sequence record of 4 MB, then 8 MB', 'json-seq' as const, 4, (n: number) => `\x1e"${'x'.repeat(n)}"\n`],
    ['an event of 1 MB of empty data lines, then 2 MB', 'sse' as const, 1, (n: number) => `${'data:\n'.repeat(n / 6)}\n`],
  ])('%s: twice the text costs at most twice the work, in 16 KB or 1 KB chunks', (_name, format, mb, textOf) => {
    for (const size of [16 * 1024, 1024]) {
      const [small, large] = [mb * MB, 2 * mb * MB].map((n) => {
        const text = textOf(n);
        const { items, work } = drive(parserOf(format), [...piecesOf(text, size), '']);
        expect(items).toHaveLength(1);
        expect(work).toBeLessThanOrEqual(3 * text.length);
        return work;
      });
      expect(large! / small!).toBeLessThanOrEqual(2.01);
    }
  });
});
