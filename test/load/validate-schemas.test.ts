/**
 * Schemas read leniently where the intent is clear (issue 22): a schema that is not one (Directus's
 * `"schema": null`) is unknown, a keyword of the wrong type (Codat's `type: {…}`) is ignored, one schema where a
 * list belongs is a list of it; each with a warning at its line saying what was done. Only what cannot be read
 * (a `$ref` that is not a text) is refused. The loaded document itself is never changed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Diagnostics, formatDiagnostic } from '../../generator/load/diagnostics.js';
import { mergeSpecSources } from '../../generator/load/merge-spec-sources.js';
import { SpecError } from '../../generator/load/spec-error.js';
import { validateSchemas } from '../../generator/load/validate-schemas.js';
import { thrownBy, yamlSource } from '../support/spec-sources.js';

const head = 'openapi: 3.1.0\ninfo: { title: T, version: "1" }\n';

/** Reads a document whose one component schema `S` is `schema` (YAML, indented as written), leniently. */
function readSchema(schema: string): { schema: unknown; warnings: string[]; document: unknown; original: unknown } {
  const spec = mergeSpecSources([yamlSource('spec.yaml', `${head}components:\n  schemas:\n    S:\n${schema.replace(/^/gm, '      ')}\n`)]);
  const original = structuredClone(spec.document);
  const diagnostics = new Diagnostics();
  const read = validateSchemas(spec, diagnostics);
  // The loaded document is left as it was: positions are found in it.
  expect(spec.document).toEqual(original);
  const components = read.document.components as { schemas: Record<string, unknown> };
  return { schema: components.schemas.S, warnings: diagnostics.list.map(formatDiagnostic), document: read.document, original };
}

describe('validateSchemas: lenient where the intent is clear', () => {
  it.each([
    {
      given: 'type: object\nproperties:\n  status:\n    type: { enum: [active, archived] }\n    description: Codat',
      want: { type: 'object', properties: { status: { description: 'Codat' } } },
      warning:
        'warning: spec.yaml:9:17 (#/components/schemas/S/properties/status/type): `type` must be a type name (string, number, integer, boolean, object, array, null) or a list of them; this one is a mapping; ignored `type`: the schema allows any type',
    },
    {
      given: 'type: [integer, { nullable: true }]',
      want: { type: ['integer'] },
      warning: 'warning: spec.yaml:6:13 (#/components/schemas/S/type): `type` must be a type name (string, number, integer, boolean, object, array, null) or a list of them; this list holds other values too; kept only the names in it',
    },
    {
      given: 'type: 3',
      want: {},
      warning: 'warning: spec.yaml:6:13 (#/components/schemas/S/type): `type` must be a type name (string, number, integer, boolean, object, array, null) or a list of them; this one is the number 3; ignored `type`: the schema allows any type',
    },
    {
      given: 'type: object\nproperties: []',
      want: { type: 'object' },
      warning: 'warning: spec.yaml:7:19 (#/components/schemas/S/properties): `properties` must be a mapping of names to schemas; this one is a list; ignored `properties`',
    },
    {
      given: 'type: object\nrequired: x\nproperties: { x: { type: string } }',
      want: { type: 'object', properties: { x: { type: 'string' } } },
      warning: 'warning: spec.yaml:7:17 (#/components/schemas/S/required): `required` must be a list of property names; this one is the text "x"; ignored `required`',
    },
    {
      given: 'type: object\nrequired: [x, 3]\nproperties: { x: { type: string } }',
      want: { type: 'object', required: ['x'], properties: { x: { type: 'string' } } },
      warning: 'warning: spec.yaml:7:17 (#/components/schemas/S/required): `required` must be a list of property names; this list holds other values too; kept only the names in it',
    },
    {
      given: 'type: array\nitems: 3',
      want: { type: 'array' },
      warning: 'warning: spec.yaml:7:14 (#/components/schemas/S/items): `items` must be a schema (a mapping, or true or false) or a list of schemas; this one is the number 3; ignored `items`',
    },
    {
      given: 'additionalProperties: null',
      want: {},
      warning: 'warning: spec.yaml:6:29 (#/components/schemas/S/additionalProperties): `additionalProperties` must be a schema (a mapping, or true or false); this one is null; ignored `additionalProperties`',
    },
    {
      given: 'allOf: { type: object, properties: { a: null } }',
      want: { allOf: [{ type: 'object', properties: { a: {} } }] },
      warning: [
        'warning: spec.yaml:6:14 (#/components/schemas/S/allOf): `allOf` must be a list of schemas; this one is a single schema; read it as a list of that one schema',
        'warning: spec.yaml:6:47 (#/components/schemas/S/allOf/properties/a): a schema must be a mapping (or true or false); this one is null; read it as unknown (any value)',
      ],
    },
    {
      given: 'oneOf: nope',
      want: {},
      warning: 'warning: spec.yaml:6:14 (#/components/schemas/S/oneOf): `oneOf` must be a list of schemas; this one is the text "nope"; ignored `oneOf`',
    },
    {
      given: 'enum: yes-or-no',
      want: {},
      warning: 'warning: spec.yaml:6:13 (#/components/schemas/S/enum): `enum` must be a list of values; this one is the text "yes-or-no"; ignored `enum`: the schema allows any value of its type',
    },
    {
      given: 'oneOf: [{ type: string }]\ndiscriminator: kind',
      want: { oneOf: [{ type: 'string' }] },
      warning: 'warning: spec.yaml:7:22 (#/components/schemas/S/discriminator): `discriminator` must be a mapping with a `propertyName`; this one is the text "kind"; ignored `discriminator`: the union is read without it',
    },
    {
      given: 'type: integer\nminimum: "0"\ndescription: 12',
      want: { type: 'integer' },
      warning: [
        'warning: spec.yaml:7:16 (#/components/schemas/S/minimum): `minimum` must be a number; this one is the text "0"; ignored `minimum`',
        'warning: spec.yaml:8:20 (#/components/schemas/S/description): `description` must be a text; this one is the number 12; ignored `description`',
      ],
    },
    {
      given: 'type: array\nitems: [{ type: string }, null]',
      want: { type: 'array', items: [{ type: 'string' }, {}] },
      warning: 'warning: spec.yaml:7:33 (#/components/schemas/S/items/1): a schema must be a mapping (or true or false); this one is null; read it as unknown (any value)',
    },
  ])('$given', ({ given, want, warning }) => {
    const read = readSchema(given);
    expect(read.schema).toEqual(want);
    expect(read.warnings).toEqual([warning].flat());
  });

  it('reads a null schema (Directus) or a schema that is a text as unknown, wherever a schema goes', () => {
    const spec = mergeSpecSources([
      yamlSource(
        'directus.json',
        JSON.stringify({
          openapi: '3.0.1',
          info: { title: 'Directus', version: '1' },
          paths: { '/items': { post: { requestBody: { content: { 'application/json': { schema: null } } }, responses: { '200': { description: 'ok', content: { 'text/plain': { schema: 'string' } } } } } } },
        }),
      ),
    ]);
    const diagnostics = new Diagnostics();
    const read = validateSchemas(spec, diagnostics);
    const post = (read.document.paths as Record<string, { post: { requestBody: { content: Record<string, { schema: unknown }> }; responses: Record<string, { content: Record<string, { schema: unknown }> }> } }>)['/items']!.post;
    expect(post.requestBody.content['application/json']!.schema).toEqual({});
    expect(post.responses['200']!.content['text/plain']!.schema).toEqual({});
    expect(diagnostics.list.map((d) => [d.message, d.position.pointer, d.action])).toEqual([
      ['a schema must be a mapping (or true or false); this one is null', '/paths/~1items/post/requestBody/content/application~1json/schema', 'read it as unknown (any value)'],
      ['a schema must be a mapping (or true or false); this one is the text "string"', '/paths/~1items/post/responses/200/content/text~1plain/schema', 'read it as unknown (any value)'],
    ]);
  });

  it('repairs under names that are Object.prototype members as under any other name', () => {
    const text = '{"openapi":"3.1.0","info":{"title":"T","version":"1"},"components":{"schemas":{"__proto__":{"type":"object","properties":{"__proto__":{"type":{}},"constructor":{"items":3}}}}}}';
    const spec = mergeSpecSources([yamlSource('spec.json', text)]);
    const diagnostics = new Diagnostics();
    const schemas = (validateSchemas(spec, diagnostics).document.components as { schemas: Record<string, unknown> }).schemas;
    expect(Object.getPrototypeOf(schemas)).toBe(Object.prototype);
    expect(JSON.stringify(schemas)).toBe('{"__proto__":{"type":"object","properties":{"__proto__":{},"constructor":{}}}}');
    expect(diagnostics.list.map((d) => d.position.pointer)).toEqual(['/components/schemas/__proto__/properties/__proto__/type', '/components/schemas/__proto__/properties/constructor/items']);
    expect(({} as Record<string, unknown>).type).toBeUndefined();
  });

  it('still refuses a $ref that is not a text: it names nothing that can be read', () => {
    const spec = mergeSpecSources([yamlSource('spec.yaml', `${head}components:\n  schemas:\n    S: { $ref: 3 }\n`)]);
    const error = thrownBy(() => validateSchemas(spec, new Diagnostics())) as SpecError;
    expect(error).toBeInstanceOf(SpecError);
    expect(error.message).toBe('`$ref` must be a string');
    expect(error.positions[0]).toMatchObject({ file: 'spec.yaml', line: 5 });
  });

  it('gives back the very document when nothing is malformed, and warns of nothing', () => {
    const spec = mergeSpecSources([yamlSource('spec.yaml', `${head}components:\n  schemas:\n    S: { type: object, required: [a], properties: { a: { type: [string, "null"] } } }\n`)]);
    const diagnostics = new Diagnostics();
    expect(validateSchemas(spec, diagnostics)).toBe(spec);
    expect(diagnostics.list).toEqual([]);
  });

  it('leaves every schema a mapping or a boolean and every keyword of its type, whatever the values (property)', () => {
    const junk = fc.oneof(fc.constant(null), fc.integer(), fc.string({ maxLength: 3 }), fc.boolean(), fc.constant([]), fc.constant({}), fc.constant([1, 'a']));
    const keywords = ['type', 'enum', 'required', 'items', 'additionalProperties', 'allOf', 'oneOf', 'properties', 'discriminator', 'minimum', 'description', 'not'];
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...keywords), junk, { maxKeys: 6 }), (schema) => {
        const spec = mergeSpecSources([yamlSource('spec.json', JSON.stringify({ openapi: '3.1.0', info: { title: 'T', version: '1' }, components: { schemas: { S: schema } } }))]);
        const diagnostics = new Diagnostics();
        const read = (validateSchemas(spec, diagnostics).document.components as { schemas: { S: Record<string, unknown> } }).schemas.S;
        // A second reading finds nothing more to say: the first left only well-formed schemas.
        const again = new Diagnostics();
        validateSchemas({ ...spec, document: { openapi: '3.1.0', info: {}, components: { schemas: { S: read } } } }, again);
        expect(again.list.map((d) => d.message)).toEqual([]);
        // Every warning names a line.
        for (const warning of diagnostics.list) expect(warning.position.line).toBeGreaterThan(0);
      }),
      { seed: 22, numRuns: 300 },
    );
  });
});
