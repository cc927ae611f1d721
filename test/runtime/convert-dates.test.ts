/**
 * The date codec on its own: random values shaped by random date shapes convert to Dates exactly where the shape
 * marks a date and back to the same ISO text (a round trip with the generator of the value as the oracle); RFC 3339
 * edge cases parse or fail as the RFC says; a body nested far deeper than any stack converts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDateCodec, parseDate, type DateShape } from '../../templates/convert-dates.js';

/** A shape, a value it describes (dates as the wire's ISO text), and how many dates the value holds. */
interface Sample {
  readonly shape: DateShape;
  readonly value: unknown;
  readonly dates: number;
}

const instant = fc.date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59.999Z'), noInvalidDate: true });
const name = fc.constantFrom('a', 'b', 'at', 'constructor', '__proto__', 'x y');

/** Values with no date: what sits around the dates, never converted. */
const filler = fc.oneof(fc.string({ maxLength: 6 }), fc.integer(), fc.constant(null), fc.boolean());

const sample: fc.Arbitrary<Sample> = fc.letrec<{ node: Sample }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    instant.map((date): Sample => ({ shape: 't', value: date.toISOString(), dates: 1 })),
    instant.map((date): Sample => ({ shape: 'd', value: date.toISOString().slice(0, 10), dates: 1 })),
    // An object: some properties with dates, one without.
    fc.tuple(fc.uniqueArray(fc.tuple(name, tie('node')), { maxLength: 3, selector: ([key]) => key }), filler).map(([entries, other]): Sample => {
      const value: Record<string, unknown> = {};
      const p: Record<string, DateShape> = {};
      for (const [key, child] of entries) {
        Object.defineProperty(value, key, { value: child.value, enumerable: true, writable: true, configurable: true });
        Object.defineProperty(p, key, { value: child.shape, enumerable: true, writable: true, configurable: true });
      }
      value.plain = other;
      return { shape: { p }, value, dates: entries.reduce((sum, [, child]) => sum + child.dates, 0) };
    }),
    // An array of one shape, and a map (additionalProperties).
    fc.array(tie('node'), { maxLength: 3 }).chain((children) =>
      tie('node').map((template): Sample => {
        const items = children.filter((child) => child.shape === template.shape);
        return { shape: { i: template.shape }, value: items.map((item) => item.value), dates: items.reduce((sum, item) => sum + item.dates, 0) };
      }),
    ),
    fc.tuple(fc.uniqueArray(fc.string({ maxLength: 4 }), { maxLength: 3 }), instant).map(([keys, date]): Sample => ({
      shape: { a: 't' },
      value: Object.fromEntries(keys.map((key) => [key, date.toISOString()])),
      dates: keys.length,
    })),
    // A union without a discriminator: a date, or a number; and allOf of two objects.
    fc.oneof(instant.map((date) => date.toISOString()), fc.integer()).map((value): Sample => ({
      shape: { u: { m: [{ s: 't', y: ['string'] }, { y: ['integer'] }] } },
      value,
      dates: typeof value === 'string' ? 1 : 0,
    })),
    fc.tuple(instant, instant).map(([first, second]): Sample => ({
      shape: { all: [{ p: { from: 't' } }, { p: { to: 'd' } }] },
      value: { from: first.toISOString(), to: second.toISOString().slice(0, 10) },
      dates: 2,
    })),
  ),
})).node;

/** A codec with one operation whose 200 body and JSON request body both have `shape`. */
function codecFor(shape: DateShape) {
  return createDateCodec('', `${JSON.stringify(['op', { r: { '200': shape }, b: [['application/json', shape]] }])}\n`);
}

function countDates(value: unknown): number {
  if (value instanceof Date) return 1;
  if (value === null || typeof value !== 'object') return 0;
  return Object.values(value).reduce<number>((sum, child) => sum + countDates(child), 0);
}

describe('createDateCodec', () => {
  it('turns exactly the marked dates into Dates, and a request sends back the same ISO text (property, round trip)', () => {
    fc.assert(
      fc.property(sample, ({ shape, value, dates }) => {
        const codec = codecFor(shape);
        const wire = JSON.stringify(value);
        const decoded = codec('op', 'body', '200', JSON.parse(wire));
        expect(countDates(decoded)).toBe(dates);
        const sent = codec('op', 'request', '', { body: decoded }) as { body: unknown };
        expect(JSON.stringify(sent.body)).toBe(wire);
        // The caller's value is left as it was: its Dates are still Dates.
        expect(countDates(decoded)).toBe(dates);
      }),
      { seed: 20240229, numRuns: 300 },
    );
  });

  it('converts a body nested far deeper than the stack, through a recursive shape', () => {
    const shapes = `${JSON.stringify(['Node', { p: { at: 't', next: { r: 'Node' } } }])}\n`;
    const codec = createDateCodec(shapes, `${JSON.stringify(['op', { r: { '200': { r: 'Node' } } }])}\n`);
    let body: Record<string, unknown> = { at: '2024-01-01T00:00:00Z' };
    const root = body;
    for (let depth = 0; depth < 100_000; depth++) body = body.next = { at: '2024-01-01T00:00:00Z' };
    codec('op', 'body', '200', root);
    expect(body.at).toEqual(new Date('2024-01-01T00:00:00Z'));
  });

  it('walks a caller object that refers to itself once per shape, and copies it once', () => {
    const shapes = `${JSON.stringify(['Node', { p: { at: 't', next: { r: 'Node' } } }])}\n`;
    const codec = createDateCodec(shapes, `${JSON.stringify(['op', { b: [['application/json', { r: 'Node' }]] }])}\n`);
    const node: Record<string, unknown> = { at: new Date(0) };
    node.next = node;
    const sent = codec('op', 'request', '', { body: node }) as { body: Record<string, unknown> };
    expect(sent.body.at).toBe('1970-01-01T00:00:00.000Z');
    expect(sent.body.next).toBe(sent.body);
    expect(node.at).toBeInstanceOf(Date);
  });
});

describe('parseDate', () => {
  it.each([
    ['2024-02-29T12:00:00Z', 't', '2024-02-29T12:00:00.000Z'],
    ['2024-02-29t12:00:00z', 't', '2024-02-29T12:00:00.000Z'],
    ['2024-02-29 12:00:00+05:30', 't', '2024-02-29T06:30:00.000Z'],
    ['2024-02-29T12:00:00.123456789-01:00', 't', '2024-02-29T13:00:00.123Z'],
    ['2024-02-29T12:00:00', 't', '2024-02-29T12:00:00.000Z'],
    ['0001-01-01T00:00:00Z', 't', '0001-01-01T00:00:00.000Z'],
    ['2024-02-29', 'd', '2024-02-29T00:00:00.000Z'],
    ['2024-02-29T12:00:00Z', 'd', '2024-02-29T12:00:00.000Z'],
  ] as const)('reads %s as a %s', (text, format, iso) => {
    expect(parseDate(text, format)?.toISOString()).toBe(iso);
  });

  it.each([
    ['2023-02-29T00:00:00Z', 't'],
    ['2024-04-31', 'd'],
    ['2024-01-01T24:00:00Z', 't'],
    ['2024-01-01T23:60:00Z', 't'],
    ['2024-01-01', 't'],
    ['2024-1-01', 'd'],
    ['20240101', 'd'],
    ['2024-01-01T00:00:00+25:00', 't'],
    ['Mon, 01 Jan 2024 00:00:00 GMT', 't'],
    ['', 'd'],
  ] as const)('refuses %s as a %s', (text, format) => {
    expect(parseDate(text, format)).toBeUndefined();
  });
});
