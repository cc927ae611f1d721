import { describe, expect, it } from 'vitest';
import { normalizeSchema } from '../../generator/model/normalize-schema.js';

describe('normalizeSchema', () => {
  it.each([
    { concern: '3.0 nullable primitive', given: { type: 'string', nullable: true }, want: { type: ['string', 'null'] } },
    { concern: '3.0 nullable enum gains null', given: { type: 'string', enum: ['a'], nullable: true }, want: { type: ['string', 'null'], enum: ['a', null] } },
    {
      concern: '3.0 nullable $ref is wrapped, docs kept outside',
      given: { $ref: '#/components/schemas/A', nullable: true, description: 'd' },
      want: { anyOf: [{ $ref: '#/components/schemas/A' }, { type: 'null' }], description: 'd' },
    },
    {
      concern: '3.0 nullable allOf is wrapped',
      given: { allOf: [{ $ref: '#/components/schemas/A' }], nullable: true },
      want: { anyOf: [{ allOf: [{ $ref: '#/components/schemas/A' }] }, { type: 'null' }] },
    },
    { concern: 'nullable: false is dropped', given: { type: 'integer', nullable: false }, want: { type: 'integer' } },
    { concern: '3.1 type arrays stay as they are', given: { type: ['string', 'null'] }, want: { type: ['string', 'null'] } },
    {
      concern: 'nested properties, items and compositions',
      given: { type: 'object', properties: { a: { type: 'array', items: { type: 'integer', nullable: true } } }, oneOf: [{ type: 'string', nullable: true }] },
      want: { type: 'object', properties: { a: { type: 'array', items: { type: ['integer', 'null'] } } }, oneOf: [{ type: ['string', 'null'] }] },
    },
    { concern: 'draft-04 tuple items become prefixItems', given: { type: 'array', items: [{ type: 'string' }] }, want: { type: 'array', prefixItems: [{ type: 'string' }] } },
    { concern: 'examples are data, left alone', given: { type: 'object', example: { nullable: true } }, want: { type: 'object', example: { nullable: true } } },
    {
      concern: 'keyword values of the wrong type are left out (Swagger-style required: true, a numeric description)',
      given: { type: 'object', required: true, description: 5, title: ['t'], readOnly: 'yes', minLength: '3', properties: { a: { type: 'string', required: ['x', 1] } } },
      want: { type: 'object', properties: { a: { type: 'string' } } },
    },
    {
      concern: 'boolean subschemas take object form, but for additionalProperties (and items: false)',
      given: { allOf: [true, { type: 'string' }], anyOf: [false], items: true, properties: { a: false }, additionalProperties: false },
      want: { allOf: [{}, { type: 'string' }], anyOf: [{ not: {} }], items: {}, properties: { a: { not: {} } }, additionalProperties: false },
    },
    { concern: 'unknown type names constrain nothing', given: { type: ['file', 'string'], format: 'binary' }, want: { type: ['string'], format: 'binary' } },
    { concern: 'an unknown type name alone is left out', given: { type: 'file', description: 'upload' }, want: { description: 'upload' } },
    {
      concern: 'exclusive bounds take numbers (3.1) or booleans (3.0), nothing else',
      given: { exclusiveMinimum: 1, exclusiveMaximum: true, properties: { a: { exclusiveMinimum: '1', exclusiveMaximum: null } } },
      want: { exclusiveMinimum: 1, exclusiveMaximum: true, properties: { a: {} } },
    },
    { concern: 'null and text where a subschema goes pass as written', given: { items: null, not: 'x', allOf: 'y', properties: null }, want: { items: null, not: 'x', allOf: 'y', properties: null } },
  ])('$concern', ({ given, want }) => {
    expect(normalizeSchema(given)).toEqual(want);
  });

  it('keeps a property named __proto__ as an own property, not a prototype', () => {
    const given = JSON.parse('{"type":"object","properties":{"__proto__":{"type":"string","nullable":true}}}') as unknown;
    const properties = (normalizeSchema(given) as { properties: Record<string, unknown> }).properties;
    expect(Object.getPrototypeOf(properties)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(properties, '__proto__')?.value).toEqual({ type: ['string', 'null'] });
  });

  it('does not modify its input', () => {
    const given = { type: 'string', nullable: true };
    normalizeSchema(given);
    expect(given).toEqual({ type: 'string', nullable: true });
  });
});
