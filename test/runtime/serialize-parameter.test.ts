import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodePathSegment, rejectPathSegment } from '../../templates/encode-path-segment.js';
import { ParameterError } from '../../templates/parameter-error.js';
import {
  writeCookie,
  writeHeader,
  writePath,
  writePathValue,
  writeQuery,
  serializeCookieParameter,
  serializeHeaderParameter,
  serializePathParameter,
  serializeQueryParameter,
  type ParameterDescriptor,
} from '../../templates/serialize-parameter.js';

describe('encodePathSegment and rejectPathSegment', () => {
  it.each([
    ['acme/srv', 'acme%2Fsrv'],
    ["a b!'()*", "a%20b!'()*"],
    ['é', '%C3%A9'],
    ['%2F', '%252F'],
  ])('%s → %s', (given, want) => {
    expect(encodePathSegment(given)).toBe(want);
  });

  it.each(['', '.', '..', '%2e', '%2E%2E', '%252e%252E', '.%2e', '%25252E%25252e'])('rejects %j', (given) => {
    expect(rejectPathSegment(given)).toBeDefined();
  });

  // Four rounds of encoding are past what is decoded (no server decodes a path that often).
  it.each(['...', 'a..b', '.hidden', '%2Ex', '%zz', '%2525252E'])('accepts %j', (given) => {
    expect(rejectPathSegment(given)).toBeUndefined();
  });

  it('rejects exactly the values that are, or decode within three rounds to, an empty or dot segment', () => {
    // The rule as stated, decoded round by round until a round fails or changes nothing.
    const forms = (value: string): string[] => {
      const seen = [value];
      for (let round = 0; round < 3; round++) {
        let next: string;
        try {
          next = decodeURIComponent(seen[seen.length - 1]!);
        } catch {
          break;
        }
        if (next === seen[seen.length - 1]) break;
        seen.push(next);
      }
      return seen;
    };
    // Percent signs, hex digits and dots often, so that encoded dot segments come up.
    const piece = fc.constantFrom('%', '2', '5', 'e', 'E', '.', 'x', 'zz', '%25', '%2e', '%2E', 'é', '/', '');
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.array(piece, { maxLength: 8 }).map((parts) => parts.join(''))), (value) => {
        expect(rejectPathSegment(value) !== undefined).toBe(forms(value).some((form) => form === '' || form === '.' || form === '..'));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('writePathValue', () => {
  it('fills every place of its parameter in the template, as split and join would, keeping `$` patterns literal', () => {
    const param: ParameterDescriptor = { name: 'id', write: writePathValue };
    const template = fc.array(fc.constantFrom('/a', '/{id}', '{id}', '/{idx}', '/{other}', '$&', '/'), { maxLength: 6 }).map((parts) => parts.join(''));
    const value = fc.oneof(fc.constantFrom('$&', "$'", '$$', '$1', 'a{id}b'), fc.string({ minLength: 1 }).filter((text) => !/^\.{0,2}$/.test(text)));
    fc.assert(
      fc.property(template, value, (path, given) => {
        let segment: string;
        try {
          segment = encodePathSegment(given);
        } catch {
          return; // a lone surrogate: refused, tested elsewhere
        }
        if (rejectPathSegment(given) !== undefined) return;
        const parts = { path, query: [], headers: new Headers() };
        writePathValue(parts, param, given);
        expect(parts.path).toBe(path.split('{id}').join(segment));
      }),
      { numRuns: 1000 },
    );
  });
});

const path = (style: ParameterDescriptor['style'], explode: boolean): ParameterDescriptor => ({ name: 'id', write: writePath, style, explode });
const query = (style: ParameterDescriptor['style'], explode?: boolean): ParameterDescriptor => ({
  name: 'color',
  write: writeQuery,
  style,
  ...(explode === undefined ? {} : { explode }),
});

// The expected strings are the examples of the OpenAPI specification's Style Examples table.
describe('serializePathParameter (spec style examples)', () => {
  const array = ['blue', 'black', 'brown'];
  const object = { R: 100, G: 200, B: 150 };
  it.each([
    { param: path('simple', false), value: 5, want: '5' },
    { param: path('simple', false), value: array, want: 'blue,black,brown' },
    { param: path('simple', false), value: object, want: 'R,100,G,200,B,150' },
    { param: path('simple', true), value: object, want: 'R=100,G=200,B=150' },
    { param: path('label', false), value: array, want: '.blue,black,brown' },
    { param: path('label', true), value: array, want: '.blue.black.brown' },
    { param: path('label', true), value: object, want: '.R=100.G=200.B=150' },
    { param: path('matrix', false), value: 'blue', want: ';id=blue' },
    { param: path('matrix', false), value: array, want: ';id=blue,black,brown' },
    { param: path('matrix', true), value: array, want: ';id=blue;id=black;id=brown' },
    { param: path('matrix', true), value: object, want: ';R=100;G=200;B=150' },
  ])('$param.style explode=$param.explode $value → $want', ({ param, value, want }) => {
    expect(serializePathParameter(param, value)).toBe(want);
  });

  it('refuses a missing value, a dot segment inside an array, and an object value of the wrong kind', () => {
    expect(() => serializePathParameter(path('simple', false), undefined)).toThrow(ParameterError);
    expect(() => serializePathParameter(path('simple', false), ['a', '..'])).toThrow(/relative path segment/);
  });

});

describe('serializeQueryParameter (spec style examples)', () => {
  it.each<{ param: ParameterDescriptor; value: unknown; want: string[] }>([
    { param: query('form'), value: 'blue', want: ['color=blue'] },
    { param: query('form'), value: ['blue', 'black'], want: ['color=blue', 'color=black'] },
    { param: query('form', false), value: ['blue', 'black'], want: ['color=blue,black'] },
    { param: query('form'), value: { R: 100, G: 200 }, want: ['R=100', 'G=200'] },
    { param: query('form', false), value: { R: 100, G: 200 }, want: ['color=R,100,G,200'] },
    { param: query('spaceDelimited', false), value: ['blue', 'black'], want: ['color=blue%20black'] },
    { param: query('pipeDelimited', false), value: ['blue', 'black'], want: ['color=blue|black'] },
    { param: query('deepObject', true), value: { R: 100, G: 200 }, want: ['color%5BR%5D=100', 'color%5BG%5D=200'] },
    { param: query('form'), value: 'a&b=c d', want: ['color=a%26b%3Dc%20d'] },
    { param: { name: 'q', write: writeQuery, allowReserved: true }, value: 'a/b:c?d&e', want: ['q=a/b:c?d%26e'] },
    { param: query('form'), value: undefined, want: [] },
    { param: { name: 'f', write: writeQuery, json: true }, value: { a: [1] }, want: ['f=%7B%22a%22%3A%5B1%5D%7D'] },
  ])('$param.style $value → $want', ({ param, value, want }) => {
    expect(serializeQueryParameter(param, value)).toEqual(want);
  });
});

// RFC 6570 expands lists and maps of strings only; OpenAPI 3.1.1 on deepObject: "The representation of array or
// object properties is not defined."
describe('values a style defines nothing for', () => {
  it.each<{ param: ParameterDescriptor; value: unknown; want: string[] }>([
    // Box's /search mdfilters: an array of objects, form style by default. JSON, as Box's own SDKs send it.
    { param: query('form'), value: [{ scope: 'enterprise' }], want: ['color=%5B%7B%22scope%22%3A%22enterprise%22%7D%5D'] },
    { param: query('form', false), value: [{ a: 1 }, 'b'], want: ['color=%5B%7B%22a%22%3A1%7D%2C%22b%22%5D'] },
    { param: query('pipeDelimited', false), value: [[1, 2]], want: ['color=%5B%5B1%2C2%5D%5D'] },
    { param: query('form'), value: { tags: ['a', 'b'] }, want: ['color=%7B%22tags%22%3A%5B%22a%22%2C%22b%22%5D%7D'] },
    // deepObject writes any nesting, arrays of objects by index (qs, Rails, Stripe).
    {
      param: query('deepObject', true),
      value: { by: [{ field: 'name', desc: true }, { field: 'size' }], tags: ['x'] },
      want: ['color%5Bby%5D%5B0%5D%5Bfield%5D=name', 'color%5Bby%5D%5B0%5D%5Bdesc%5D=true', 'color%5Bby%5D%5B1%5D%5Bfield%5D=size', 'color%5Btags%5D[]=x'],
    },
    { param: query('deepObject', true), value: [{ a: 1 }], want: ['color%5B0%5D%5Ba%5D=1'] },
    { param: query('deepObject', true), value: 'plain', want: ['color=plain'] },
  ])('$param.style $value → $want', ({ param, value, want }) => {
    expect(serializeQueryParameter(param, value)).toEqual(want);
  });

  it('sends them as JSON text in a path, a header and a cookie', () => {
    expect(serializePathParameter(path('simple', false), [{ nested: 1 }])).toBe('%5B%7B%22nested%22%3A1%7D%5D');
    expect(serializeHeaderParameter({ name: 'X-Filter', write: writeHeader }, { tags: ['a'] })).toBe('{"tags":["a"]}');
    expect(serializeCookieParameter({ name: 'prefs', write: writeCookie }, [{ a: 1 }])).toBe('prefs=%5B%7B%22a%22%3A1%7D%5D');
  });

  it('refuses no value for its shape, in any location and style', () => {
    // What a JSON schema can type a parameter as: any JSON value, and dates (date-time strings).
    const value = fc.oneof(fc.jsonValue(), fc.date({ noInvalidDate: true }), fc.array(fc.oneof(fc.jsonValue(), fc.date({ noInvalidDate: true })), { maxLength: 3 }));
    const queryStyle = fc.constantFrom<ParameterDescriptor['style']>('form', 'spaceDelimited', 'pipeDelimited', 'deepObject');
    const pathStyle = fc.constantFrom<ParameterDescriptor['style']>('simple', 'label', 'matrix');
    fc.assert(
      fc.property(value, queryStyle, pathStyle, fc.boolean(), (given, queryStyleName, pathStyleName, explode) => {
        serializeQueryParameter({ name: 'q', write: writeQuery, style: queryStyleName, explode }, given);
        serializeHeaderParameter({ name: 'X-Q', write: writeHeader, explode }, given);
        serializeCookieParameter({ name: 'c', write: writeCookie, explode }, given);
        try {
          serializePathParameter({ name: 'p', write: writePath, style: pathStyleName, explode }, given);
        } catch (error) {
          // A path refuses values, never shapes: no value, or a segment that would vanish or climb (`''`, `.`, `..`).
          expect(error).toBeInstanceOf(ParameterError);
          expect((error as Error).message).toMatch(/is required|is empty|a relative path segment|is an empty (array|object)/);
        }
      }),
      { numRuns: 3000 },
    );
  });
});

describe('header and cookie parameters', () => {
  it('uses simple style for headers and form style for cookies', () => {
    expect(serializeHeaderParameter({ name: 'X-Ids', write: writeHeader }, [1, 2])).toBe('1,2');
    expect(serializeHeaderParameter({ name: 'X-Obj', write: writeHeader, explode: true }, { a: 1, b: 2 })).toBe('a=1,b=2');
    expect(serializeHeaderParameter({ name: 'X-None', write: writeHeader }, undefined)).toBeUndefined();
    expect(serializeCookieParameter({ name: 'session', write: writeCookie }, 'a b;c')).toBe('session=a%20b%3Bc');
  });
});
