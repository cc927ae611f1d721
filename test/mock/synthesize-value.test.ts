/** Synthesised values are valid against their schemas (every named schema of the real specs, and generated schemas), and deterministic. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadSpecFile } from '../../generator/load/load-api.js';
import { checkValue } from '../../generator/mock/check-value.js';
import { fromPattern, synthesizeValue } from '../../generator/mock/synthesize-value.js';
import { buildApiModel } from '../../generator/model/build-api-model.js';
import type { JsonSchema } from '../../generator/model/types.js';
import { realSpecFiles } from '../support/corpus-specs.js';

const specFiles = realSpecFiles("synthesising values for the corpus's real specs (GitHub's spec still runs)");

describe('synthesizeValue over the corpus', () => {
  it('gives every named schema of every real spec a value its schema accepts (a oneOf whose members cannot be told apart aside)', async () => {
    const ambiguous: string[] = [];
    let checked = 0;
    for (const file of specFiles) {
      const model = buildApiModel(await loadSpecFile(file));
      for (const schema of model.schemas) {
        const value = synthesizeValue(schema.schema, model.document);
        const problem = checkValue(schema.schema, value, model.document);
        checked++;
        // Members without required properties or closed objects: every object matches two of them, and no value can satisfy exactly one.
        if (problem?.rule === 'oneOf' && /matches \d+ of the alternatives/.test(problem.message)) ambiguous.push(`${file.split('/').slice(-2).join('/')} ${schema.name}`);
        else expect(problem, `${file} ${schema.name}: ${JSON.stringify(value).slice(0, 300)}`).toBeUndefined();
      }
    }
    console.log(`synthesised: ${checked} named schemas, ${checked - ambiguous.length} valid, ${ambiguous.length} ambiguous oneOf: ${ambiguous.join(', ')}`);
    expect(ambiguous.length).toBeLessThan(5);
  });
});

/** Small schemas: scalars with their constraints, arrays and objects of them, combinators. */
const leaf: fc.Arbitrary<Record<string, unknown>> = fc.oneof(
  fc.record({ type: fc.constant('string'), minLength: fc.nat(5), maxLength: fc.integer({ min: 5, max: 12 }) }),
  fc.record({ type: fc.constant('string'), format: fc.constantFrom('date-time', 'date', 'uuid', 'email', 'uri', 'ipv4') }),
  fc.record({ type: fc.constant('string'), pattern: fc.constantFrom('^[a-z]{3}-\\d{2}$', '^(ab|cd)+x?$', '^[A-Z0-9_]{1,8}$', '^v\\d+\\.\\d+$') }),
  fc.record({ type: fc.constant('integer'), minimum: fc.integer({ min: -50, max: 50 }), maximum: fc.integer({ min: 51, max: 200 }) }, { requiredKeys: ['type'] }),
  fc.record({ type: fc.constant('number'), exclusiveMinimum: fc.integer({ min: 0, max: 10 }), multipleOf: fc.constantFrom(0.5, 2, 5) }, { requiredKeys: ['type'] }),
  fc.record({ enum: fc.uniqueArray(fc.oneof(fc.string(), fc.integer(), fc.constant(null)), { minLength: 1, maxLength: 4 }) }),
  fc.record({ const: fc.jsonValue() }),
  fc.constant({ type: 'boolean' }),
  fc.constant({ type: ['string', 'null'] }),
);
/** An object schema over `names`; `open` ones allow other properties (as allOf members must, to have instances together). */
const objectOver = (node: fc.Arbitrary<unknown>, names: readonly string[], open: boolean) =>
  fc.dictionary(fc.constantFrom(...names), node, { maxKeys: 3 }).chain((properties) =>
    fc.record({
      type: fc.constant('object'),
      properties: fc.constant(properties),
      required: fc.subarray(Object.keys(properties)),
      additionalProperties: open ? fc.constant(true) : fc.boolean(),
    }),
  );
const schema: fc.Arbitrary<Record<string, unknown>> = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, tie('leaf'), tie('array'), tie('object'), tie('combined')),
  leaf,
  array: fc.record({ type: fc.constant('array'), items: tie('node'), minItems: fc.nat(2), maxItems: fc.integer({ min: 2, max: 4 }) }),
  object: objectOver(tie('node'), ['a', 'b', 'id', 'name', '__proto__', 'constructor'], false),
  // Members of an allOf over different property names: a schema that has instances (contradicting members have none).
  combined: fc.oneof(
    fc.record({ anyOf: fc.array(tie('node'), { minLength: 1, maxLength: 3 }) }),
    fc.record({ allOf: fc.tuple(objectOver(tie('node'), ['a', 'b', 'id'], true), objectOver(tie('node'), ['name', '__proto__', 'constructor'], true)) }),
  ),
})).node as fc.Arbitrary<Record<string, unknown>>;

describe('synthesizeValue on generated schemas', () => {
  it('gives a value the schema accepts, the same for the same seed (property)', () => {
    fc.assert(
      fc.property(schema, fc.string({ maxLength: 4 }), (generated, seed) => {
        const value = synthesizeValue(generated as JsonSchema, {}, seed);
        expect(synthesizeValue(generated as JsonSchema, {}, seed)).toEqual(value);
        expect(checkValue(generated as JsonSchema, value, {}), JSON.stringify(value)).toBeUndefined();
      }),
      { numRuns: 400 },
    );
  });

  it('varies with the seed, and uses examples and defaults that conform', () => {
    const schemaOf = { type: 'object', required: ['id', 'at'], properties: { id: { type: 'string', format: 'uuid' }, at: { type: 'string', format: 'date-time' } } };
    expect(synthesizeValue(schemaOf, {}, '1')).not.toEqual(synthesizeValue(schemaOf, {}, '2'));
    expect(synthesizeValue({ type: 'integer', example: 42 }, {})).toBe(42);
    expect(synthesizeValue({ type: 'integer', example: 'not a number', default: 7 }, {})).toBe(7);
    expect(synthesizeValue({ type: 'string', examples: ['first', 'second'] }, {})).toBe('first');
  });

  it('ends on unions that nest in themselves through allOf (fuzz seed 871668)', () => {
    const document = { components: { schemas: { A: { allOf: [{ anyOf: [{ $ref: '#/components/schemas/A' }, { type: 'object', required: ['a'], properties: { a: { $ref: '#/components/schemas/A' } } }] }] } } } };
    expect(() => synthesizeValue({ $ref: '#/components/schemas/A' }, document)).not.toThrow();
  });

  it('stays within a work budget on unions nested in unions (fuzz seed 655997 ran for over a minute)', () => {
    // Each union member holds two more unions: trying every member at every level is exponential.
    const union = (name: string, next: string) => ({
      oneOf: [
        { type: 'object', required: ['left', 'right'], properties: { left: { $ref: `#/components/schemas/${next}` }, right: { $ref: `#/components/schemas/${next}` } } },
        { type: 'object', required: ['leaf'], properties: { leaf: { type: 'string', enum: [name] } }, additionalProperties: false },
      ],
    });
    const schemas = Object.fromEntries(Array.from({ length: 30 }, (_, index) => [`U${index}`, union(`u${index}`, `U${(index + 1) % 30}`)]));
    const value = synthesizeValue({ $ref: '#/components/schemas/U0' }, { components: { schemas } });
    expect(value).toBeTypeOf('object');
  });

  it('writes strings for simple patterns, and gives up on what it cannot read', () => {
    const random = () => 0.3;
    for (const pattern of ['^[a-z]{3}-\\d{2}$', '^(?:ab|cd){2}$', '^\\w+@\\w+\\.com$', '^[A-F0-9]{4}$']) {
      expect(new RegExp(pattern).test(fromPattern(pattern, random) ?? ''), pattern).toBe(true);
    }
    expect(fromPattern('^(a)\\1$', random)).toBeUndefined();
    expect(fromPattern('^(?=x)x$', random)).toBeUndefined();
  });
});

describe('checkValue', () => {
  it('names the place and the rule of the first problem', () => {
    const document = { components: { schemas: { Pet: { type: 'object', required: ['name'], properties: { name: { type: 'string', minLength: 2 }, tags: { type: 'array', maxItems: 1, items: { type: 'string' } } }, additionalProperties: false } } } };
    const pet = { $ref: '#/components/schemas/Pet' };
    expect(checkValue(pet, { name: 'Rex' }, document)).toBeUndefined();
    expect(checkValue(pet, {}, document)).toMatchObject({ path: '$.name', rule: 'required' });
    expect(checkValue(pet, { name: 'R' }, document)).toMatchObject({ path: '$.name', rule: 'minLength' });
    expect(checkValue(pet, { name: 'Rex', tags: ['a', 'b'] }, document)).toMatchObject({ path: '$.tags', rule: 'maxItems' });
    expect(checkValue(pet, { name: 'Rex', tags: [1] }, document)).toMatchObject({ path: '$.tags[0]', rule: 'type' });
    expect(checkValue(pet, { name: 'Rex', age: 3 }, document)).toMatchObject({ path: '$.age', rule: 'additionalProperties' });
    expect(checkValue({ type: 'string', format: 'uuid' }, 'nope', {})).toMatchObject({ rule: 'format' });
    expect(checkValue({ type: 'integer', minimum: 1 }, 0, {})).toMatchObject({ rule: 'minimum' });
    expect(checkValue({ type: 'integer' }, 1.5, {})).toMatchObject({ rule: 'type' });
    expect(checkValue({ type: 'string', pattern: '^a+$' }, 'b', {})).toMatchObject({ rule: 'pattern' });
    expect(checkValue({ oneOf: [{ type: 'integer' }, { type: 'number' }] }, 1, {})).toMatchObject({ rule: 'oneOf' });
    expect(checkValue({ type: 'number', multipleOf: 0.1 }, 0.3, {})).toBeUndefined();
  });

  it('reads a schema that includes itself as its least meaning, at once (before, `A: anyOf: [$ref A, string]` accepted any value)', () => {
    const document = { components: { schemas: { A: { anyOf: [{ $ref: '#/components/schemas/A' }, { type: 'string' }] }, B: { allOf: [{ $ref: '#/components/schemas/B' }, { type: 'object' }] } } } };
    expect(checkValue({ $ref: '#/components/schemas/A' }, 'text', document)).toBeUndefined();
    expect(checkValue({ $ref: '#/components/schemas/A' }, 5, document)).toMatchObject({ rule: 'anyOf' });
    expect(checkValue({ $ref: '#/components/schemas/B' }, {}, document)).toMatchObject({ rule: 'cycle' });
  });

  it('stops at a depth instead of exhausting the stack', () => {
    let deep: unknown = 1;
    for (let n = 0; n < 100_000; n++) deep = [deep];
    const nested = { type: 'array', items: { $ref: '#/components/schemas/N' } };
    expect(() => checkValue(nested, deep, { components: { schemas: { N: { anyOf: [{ type: 'integer' }, nested] } } } })).not.toThrow();
  });
});
