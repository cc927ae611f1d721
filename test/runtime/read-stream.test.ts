/** The event-stream parser as a property: any events, any line endings, comments and BOM, split into any chunks, parse back to the same events. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readStream, type ServerSentEvent } from '../../templates/read-stream.js';

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
