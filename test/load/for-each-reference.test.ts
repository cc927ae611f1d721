import { describe, expect, it } from 'vitest';
import { forEachReference } from '../../generator/load/for-each-reference.js';

const referencesOf = (value: unknown, inSchema = false) => {
  const found: Array<[string, boolean]> = [];
  forEachReference(value, inSchema, (ref, schema) => found.push([ref, schema]));
  return found.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
};

describe('forEachReference', () => {
  it('finds references everywhere structure is, and says which sit in a schema', () => {
    const document = {
      openapi: '3.1.0',
      paths: {
        '/pets': {
          $ref: '#/components/pathItems/Pets',
          get: {
            parameters: [{ $ref: '#/components/parameters/Limit' }, { name: 'q', in: 'query', schema: { $ref: '#/components/schemas/Query' } }],
            responses: { default: { $ref: '#/components/responses/Problem' } },
          },
        },
      },
      components: {
        schemas: { Pet: { properties: { owner: { $ref: '#/components/schemas/Owner' } }, items: [{ $ref: '#/components/schemas/Tag' }] } },
      },
    };
    expect(referencesOf(document)).toEqual([
      ['#/components/parameters/Limit', false],
      ['#/components/pathItems/Pets', false],
      ['#/components/responses/Problem', false],
      ['#/components/schemas/Owner', true],
      ['#/components/schemas/Query', true],
      ['#/components/schemas/Tag', true],
    ]);
  });

  it('skips data: examples, extensions, and a schema’s default, const and enum, but not names that spell them', () => {
    const document = {
      'x-internal': { $ref: '#/nowhere/1' },
      paths: { '/a': { get: { responses: { 200: { content: { 'application/json': { example: { $ref: '#/nowhere/2' }, examples: { one: { $ref: '#/components/examples/One' } } } } } } } } },
      components: {
        schemas: {
          A: {
            default: { $ref: '#/nowhere/3' },
            const: { $ref: '#/nowhere/4' },
            enum: [{ $ref: '#/nowhere/5' }],
            properties: { default: { $ref: '#/components/schemas/B' }, $ref: { type: 'string' }, example: { $ref: '#/components/schemas/C' } },
          },
        },
      },
    };
    expect(referencesOf(document)).toEqual([
      ['#/components/schemas/B', true],
      ['#/components/schemas/C', true],
    ]);
  });

  it('takes `components` only at the top, and a part that is a schema from the caller', () => {
    // Below the top, `components` and `schemas` are ordinary keys: their `default` is not schema data.
    expect(referencesOf({ info: { components: { schemas: { A: { default: { $ref: '#/x' } } } } } })).toEqual([['#/x', false]]);
    expect(referencesOf({ default: { $ref: '#/y' }, properties: { a: { $ref: '#/z' } } }, true)).toEqual([['#/z', true]]);
    expect(referencesOf({ default: { $ref: '#/y' } }, false)).toEqual([['#/y', false]]);
  });

  it('walks without recursion: a chain nested 100,000 levels deep', () => {
    let value: Record<string, unknown> = { $ref: '#/bottom' };
    for (let depth = 0; depth < 100_000; depth++) value = { nested: [value] };
    expect(referencesOf(value)).toEqual([['#/bottom', false]]);
  });

  it('never reads inherited keys and takes `__proto__` as a key like any other', () => {
    const document = JSON.parse('{"components":{"schemas":{"__proto__":{"properties":{"a":{"$ref":"#/components/schemas/B"}}}}}}') as unknown;
    expect(referencesOf(document)).toEqual([['#/components/schemas/B', true]]);
  });
});
