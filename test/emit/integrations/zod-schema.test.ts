/** zodSchema: one schema fragment in, the zod expression out, step for step as openapi-typescript types it. */
import { describe, expect, it } from 'vitest';
import { printCode, text } from '../../../generator/emit/integrations/zod/zod-code.js';
import { zodSchema, type ZodSchemaContext } from '../../../generator/emit/integrations/zod/zod-schema.js';
import type { JsonSchema } from '../../../generator/model/types.js';

/** A context whose components are `Ref` (declared, an object with `id`), `Late` (not declared yet) and `Nullable`. */
function context(binaryAsBlob = false): ZodSchemaContext {
  const schemas = {
    Ref: { type: 'object', properties: { id: { type: 'string' }, kind: { type: 'string' } } },
    Late: { type: 'string' },
    Nullable: { type: ['object', 'null'], properties: { id: { type: 'string' } } },
    File: { type: 'object', properties: { data: { type: 'string', format: 'binary' } } },
  };
  return {
    document: { components: { schemas } },
    names: new Map(Object.keys(schemas).map((key) => [key, key])),
    binaryAsBlob,
    holdsBinary: (key) => key === 'File',
    reference: (key) =>
      key === 'Late'
        ? { code: text('z.lazy((): z.ZodType<Late> => LateSchema)'), node: 'other' }
        : {
            code: text(`${key}Schema`),
            node: 'other',
            ...(key === 'Ref' ? { object: { unknownKeys: 'strip', properties: new Map([['id', { required: false, schema: { type: 'string' } }], ['kind', { required: false, schema: { type: 'string' } }]]) } } : {}),
          },
  } as ZodSchemaContext;
}

const cases: Array<{ name: string; given: JsonSchema; want: string; blob?: boolean }> = [
  { name: 'a string', given: { type: 'string' }, want: 'z.string()' },
  { name: 'lengths', given: { type: 'string', minLength: 2, maxLength: 5 }, want: 'z.string().min(2).max(5)' },
  { name: 'date-time allows offsets', given: { type: 'string', format: 'date-time' }, want: 'z.iso.datetime({ offset: true })' },
  { name: 'date', given: { type: 'string', format: 'date' }, want: 'z.iso.date()' },
  { name: 'uuid by its syntax', given: { type: 'string', format: 'uuid' }, want: 'z.guid()' },
  { name: 'email as RFC 5322 shapes it', given: { type: 'string', format: 'email', maxLength: 254 }, want: 'z.email({ pattern: z.regexes.rfc5322Email }).max(254)' },
  { name: 'uri', given: { type: 'string', format: 'uri' }, want: 'z.url()' },
  { name: 'ipv4 and ipv6', given: { type: 'string', format: 'ipv6' }, want: 'z.ipv6()' },
  { name: 'an unchecked format', given: { type: 'string', format: 'time' }, want: 'z.string()' },
  { name: 'an integer past 2^53 is still an integer', given: { type: 'integer', format: 'int64' }, want: 'z.number().multipleOf(1)' },
  { name: 'ranges', given: { type: 'number', minimum: 0, exclusiveMaximum: 10, multipleOf: 0.5 }, want: 'z.number().min(0).lt(10).multipleOf(0.5)' },
  { name: "3.0's boolean exclusiveMinimum", given: { type: 'number', minimum: 0, exclusiveMinimum: true }, want: 'z.number().gt(0)' },
  { name: 'a boolean', given: { type: 'boolean' }, want: 'z.boolean()' },
  { name: 'null', given: { type: 'null' }, want: 'z.null()' },
  { name: 'a nullable string', given: { type: ['string', 'null'] }, want: 'z.string().nullable()' },
  { name: 'a string or a number', given: { type: ['string', 'number'] }, want: 'z.union([z.string(), z.number()])' },
  { name: 'a string enum', given: { type: 'string', enum: ['a', 'b'] }, want: 'z.enum(["a", "b"])' },
  { name: 'a nullable string enum', given: { type: ['string', 'null'], enum: ['a', 'b'] }, want: 'z.enum(["a", "b"]).nullable()' },
  { name: 'a mixed enum', given: { enum: [1, 'one', true] }, want: 'z.literal([1, "one", true])' },
  { name: 'an empty enum allows nothing', given: { enum: [] }, want: 'z.never()' },
  { name: 'a const', given: { const: 'x' }, want: 'z.literal("x")' },
  { name: 'an object const', given: { const: { a: [1] } }, want: 'z.strictObject({ a: z.tuple([z.literal(1)]) })' },
  { name: 'an array with counts', given: { type: 'array', items: { type: 'string' }, minItems: 1, maxItems: 3 }, want: 'z.array(z.string()).min(1).max(3)' },
  { name: 'an array without items', given: { type: 'array' }, want: 'z.array(z.unknown())' },
  { name: 'an array of arrays', given: { type: 'array', items: { type: 'array', items: { type: 'number' } } }, want: 'z.array(z.array(z.number()))' },
  { name: 'a tuple', given: { type: 'array', prefixItems: [{ type: 'string' }, { type: 'number' }] }, want: 'z.tuple([z.string(), z.number()])' },
  { name: 'optional and required properties', given: { type: 'object', required: ['a'], properties: { a: { type: 'string' }, b: { type: 'number' } } }, want: 'z.object({ a: z.string(), b: z.number().optional() })' },
  { name: 'additionalProperties: false is strict', given: { type: 'object', properties: { a: { type: 'string' } }, additionalProperties: false }, want: 'z.strictObject({ a: z.string().optional() })' },
  { name: 'additionalProperties: true keeps them', given: { type: 'object', properties: { a: { type: 'string' } }, additionalProperties: true }, want: 'z.looseObject({ a: z.string().optional() })' },
  { name: 'additionalProperties: a schema checks them', given: { type: 'object', properties: { a: { type: 'string' } }, additionalProperties: { type: 'string' } }, want: 'z.object({ a: z.string().optional() }).catchall(z.string())' },
  { name: 'a record', given: { type: 'object', additionalProperties: { type: 'integer' } }, want: 'z.record(z.string(), z.number().multipleOf(1))' },
  { name: 'any object', given: { type: 'object' }, want: 'z.record(z.string(), z.unknown())' },
  { name: 'no type at all', given: {}, want: 'z.unknown()' },
  { name: 'a hostile property name', given: { type: 'object', properties: { ['__proto__']: { type: 'string' }, 'a"b': { type: 'string' } } }, want: 'z.object({ ["__proto__"]: z.string().optional(), "a\\"b": z.string().optional() })' },
  { name: 'a reference', given: { $ref: '#/components/schemas/Ref' }, want: 'RefSchema' },
  { name: 'a reference not declared yet', given: { $ref: '#/components/schemas/Late' }, want: 'z.lazy((): z.ZodType<Late> => LateSchema)' },
  { name: 'a reference into a property, optional there', given: { $ref: '#/components/schemas/Ref/properties/id' }, want: 'z.string().optional()' },
  { name: 'anyOf with null is nullable', given: { anyOf: [{ $ref: '#/components/schemas/Ref' }, { type: 'null' }] }, want: 'RefSchema.nullable()' },
  { name: 'oneOf of primitives is a union', given: { oneOf: [{ type: 'string' }, { type: 'number' }] }, want: 'z.union([z.string(), z.number()])' },
  { name: 'oneOf beside properties intersects them', given: { type: 'object', properties: { a: { type: 'string' } }, oneOf: [{ $ref: '#/components/schemas/Ref' }, { $ref: '#/components/schemas/Late' }] }, want: 'z.intersection(z.object({ a: z.string().optional() }), z.union([RefSchema, z.lazy((): z.ZodType<Late> => LateSchema)]))' },
  { name: 'allOf of objects merges into one', given: { allOf: [{ $ref: '#/components/schemas/Ref' }, { type: 'object', properties: { b: { type: 'number' } } }] }, want: 'RefSchema.extend({ b: z.number().optional() })' },
  { name: 'allOf with required on a reference (WithRequired)', given: { allOf: [{ $ref: '#/components/schemas/Ref' }], required: ['id'] }, want: 'RefSchema.extend({ id: z.string() })' },
  { name: 'WithRequired on a nullable reference keeps null', given: { allOf: [{ $ref: '#/components/schemas/Nullable' }], required: ['id'] }, want: 'z.intersection(NullableSchema, z.object({ id: z.string() }).nullable())' },
  { name: 'allOf that changes a shared property intersects', given: { allOf: [{ $ref: '#/components/schemas/Ref' }, { type: 'object', properties: { id: { type: 'number' } } }] }, want: 'z.intersection(RefSchema, z.object({ id: z.number().optional() }))' },
  { name: 'allOf narrowing a property to a literal merges', given: { allOf: [{ $ref: '#/components/schemas/Ref' }, { type: 'object', required: ['kind'], properties: { kind: { const: 'a' } } }] }, want: 'RefSchema.extend({ kind: z.literal("a") })' },
  {
    name: 'a discriminated union of objects',
    given: { oneOf: [{ type: 'object', required: ['t'], properties: { t: { const: 'a' } } }, { type: 'object', required: ['t'], properties: { t: { const: 'b' } } }], discriminator: { propertyName: 't' } },
    want: 'z.discriminatedUnion("t", [z.object({ t: z.literal("a") }), z.object({ t: z.literal("b") })])',
  },
  {
    name: 'a discriminator zod cannot take (a shared value) stays a union',
    given: { oneOf: [{ type: 'object', required: ['t'], properties: { t: { const: 'a' } } }, { type: 'object', required: ['t'], properties: { t: { enum: ['a', 'b'] } } }], discriminator: { propertyName: 't' } },
    want: 'z.union([z.object({ t: z.literal("a") }), z.object({ t: z.enum(["a", "b"]) })])',
  },
  { name: 'a binary string in a multipart body is a Blob', given: { type: 'string', format: 'binary' }, want: 'z.instanceof(Blob)', blob: true },
  { name: 'a binary string elsewhere is a string', given: { type: 'string', format: 'binary' }, want: 'z.string()' },
  { name: 'a reference holding a file part is walked in place', given: { $ref: '#/components/schemas/File' }, want: 'z.object({ data: z.instanceof(Blob).optional() })', blob: true },
];

describe('zodSchema', () => {
  it.each(cases)('$name', ({ given, want, blob }) => {
    expect(printCode(zodSchema(given, context(blob)).code, 0, '').replace(/\s*\n\s*/g, ' ').replace(/\( /g, '(').replace(/,? \)/g, ')').replace(/\[ /g, '[').replace(/,? \]/g, ']')).toBe(want);
  });
});
