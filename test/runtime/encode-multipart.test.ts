/** encodeMultipart's parts, read back by a strict multipart reader, for any field names and values. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeForm, encodeMultipart } from '../../templates/encode-body.js';
import type { BodyContentDescriptor } from '../../templates/operation.js';
import { ParameterError } from '../../templates/parameter-error.js';
import { parseMultipart } from '../support/parse-multipart.js';

const multipart = (encoding?: BodyContentDescriptor['encoding']): BodyContentDescriptor => ({ mediaType: 'multipart/form-data', encode: encodeMultipart, ...(encoding ? { encoding } : {}) });

async function partsOf(content: BodyContentDescriptor, value: unknown) {
  const encoded = encodeMultipart(content, value);
  return parseMultipart(Buffer.from(await (encoded.body as Blob).arrayBuffer()), encoded.contentType!);
}

/** A name as a multipart header carries it: `"`, CR and LF percent-encoded (the HTML standard's rule). */
const escaped = (name: string) => name.replace(/"/g, '%22').replace(/\r/g, '%0D').replace(/\n/g, '%0A');

describe('encodeMultipart', () => {
  it('writes every field as the part its value calls for, whatever its name and text', async () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'é', '"', '\r', '\n', '-', ' ', '%', ';', '=', '\u2603') });
    const scalar = fc.oneof(text, fc.integer(), fc.boolean());
    const element = fc.oneof(
      scalar,
      fc.dictionary(text, fc.jsonValue(), { maxKeys: 3 }),
      fc.tuple(text, text).map(([content, name]) => new File([content], name, { type: 'text/x-test' })),
    );
    await fc.assert(
      fc.asyncProperty(fc.dictionary(text.filter((name) => name !== '__proto__'), fc.oneof(element, fc.array(element, { maxLength: 3 })), { maxKeys: 4 }), async (fields) => {
        const parts = await partsOf(multipart(), fields);
        const expected = Object.entries(fields).flatMap(([name, value]) => (Array.isArray(value) ? value : [value]).map((item) => [name, item] as const));
        expect(parts).toHaveLength(expected.length);
        for (const [index, [name, item]] of expected.entries()) {
          const part = parts[index]!;
          expect(part.name).toBe(escaped(name));
          if (item instanceof File) {
            expect([part.filename, part.contentType, part.body.toString()]).toEqual([escaped(item.name) || 'blob', 'text/x-test', await item.text()]);
          } else if (typeof item === 'object') {
            expect([part.filename, part.contentType]).toEqual([undefined, 'application/json']);
            expect(JSON.parse(part.body.toString())).toEqual(JSON.parse(JSON.stringify(item)));
          } else {
            expect([part.filename, part.contentType, part.body.toString()]).toEqual([undefined, undefined, String(item)]);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('takes a type from the encoding: for an object, for a value typed other than text (a file), not from a wildcard', async () => {
    const parts = await partsOf(multipart({ meta: { contentType: 'application/vnd.a+json' }, png: { contentType: 'image/png' }, any: { contentType: 'image/*, text/plain' } }), {
      meta: { a: 1 },
      png: 'PNGDATA',
      any: { b: 2 },
      when: new Date(Date.UTC(2025, 0, 2)),
    });
    expect(parts.map(({ name, filename, contentType, body }) => [name, filename, contentType, body.toString()])).toEqual([
      ['meta', undefined, 'application/vnd.a+json', '{"a":1}'],
      ['png', 'blob', 'image/png', 'PNGDATA'],
      ['any', undefined, 'application/json', '{"b":2}'],
      ['when', undefined, undefined, '2025-01-02T00:00:00.000Z'],
    ]);
  });

  it('draws a new random boundary for every body', () => {
    const boundaries = new Set(Array.from({ length: 50 }, () => encodeMultipart(multipart(), { a: 'b' }).contentType));
    expect(boundaries.size).toBe(50);
    expect([...boundaries][0]).toMatch(/^multipart\/form-data; boundary=----openapi-client-[0-9a-f]{32}$/);
  });
});

describe('encodeForm', () => {
  it('names the field whose text holds a lone surrogate', () => {
    expect(() => encodeForm({ mediaType: 'application/x-www-form-urlencoded', encode: encodeForm }, { title: 'a\ud800' })).toThrow(ParameterError);
    expect(() => encodeForm({ mediaType: 'application/x-www-form-urlencoded', encode: encodeForm }, { title: 'a\ud800' })).toThrow(/"title" holds a lone UTF-16 surrogate/);
  });
});
