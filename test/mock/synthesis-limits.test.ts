/**
 * Synthesis limits (issue 21): lengths, item and property counts, pattern repetitions and a value's whole size
 * are capped whatever the schema asks, each cap noted (in the mock server's log and as a comment in mock.ts),
 * so a 700-byte spec can no longer write a 150 MB mock.ts or run out of memory.
 */
import fc from 'fast-check';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { emitMockFile } from '../../generator/emit/emit-mock-file.js';
import { startMockServer } from '../../generator/mock/mock-server.js';
import { MAX_ITEMS, MAX_PATTERN_REPEAT, MAX_STRING_LENGTH, MAX_VALUE_SIZE, synthesizeValue } from '../../generator/mock/synthesize-value.js';
import type { JsonSchema } from '../../generator/model/types.js';
import { modelFromYaml } from '../support/build-model.js';

/** Synthesises `schema` and returns the value with its notes. */
function synthesized(schema: Record<string, unknown>, document: Record<string, unknown> = {}): [unknown, string[]] {
  const notes = new Set<string>();
  const value = synthesizeValue(schema as JsonSchema, document, '1', notes);
  return [value, [...notes]];
}

describe('synthesis caps', () => {
  it('caps arrays at MAX_ITEMS items, saying the value breaks minItems', () => {
    const [value, notes] = synthesized({ type: 'array', minItems: 30_000_000, items: { type: 'integer' } });
    expect(value).toHaveLength(MAX_ITEMS);
    expect(notes).toEqual([`$: 100 items where minItems is 30000000: synthesised arrays are capped at 100 items, so the value breaks its schema`]);
  });

  it('caps strings at MAX_STRING_LENGTH characters, saying the value breaks minLength', () => {
    const [value, notes] = synthesized({ type: 'object', required: ['name'], properties: { name: { type: 'string', minLength: 30_000_000 } } });
    expect((value as { name: string }).name).toHaveLength(MAX_STRING_LENGTH);
    expect(notes).toEqual([`$.name: 4096 characters where minLength is 30000000: synthesised strings are capped at 4096 characters, so the value breaks its schema`]);
  });

  it('caps pattern repetitions, saying a word stands in', () => {
    const [value, notes] = synthesized({ type: 'string', pattern: '^a{30000000}$' });
    expect(typeof value === 'string' && value.length < 20).toBe(true);
    expect(notes).toEqual([`$: the pattern repeats 30000000 times where synthesis repeats at most ${MAX_PATTERN_REPEAT}, so a word that breaks the pattern stands in`]);
    // Repetitions that multiply (each under the cap) are stopped by the string's length.
    expect(synthesized({ type: 'string', pattern: '^((a{99}){99}){99}$' })[1]).toEqual([`$: the pattern asks for more than 4096 characters, so a word that breaks the pattern stands in`]);
    // A SHA-256 in hex still fits.
    expect(synthesized({ type: 'string', pattern: '^[a-f0-9]{64}$' })[0]).toMatch(/^[a-f0-9]{64}$/);
  });

  it('adds at most MAX_ITEMS properties for minProperties, saying so', () => {
    const [value, notes] = synthesized({ type: 'object', minProperties: 30_000_000, additionalProperties: { type: 'integer' } });
    expect(Object.keys(value as object)).toHaveLength(MAX_ITEMS);
    expect(notes).toEqual([`$: 100 properties where minProperties is 30000000: synthesis adds at most 100 properties, so the value breaks its schema`]);
  });

  it('stops a value at MAX_VALUE_SIZE characters of JSON, saying where, however the caps multiply', () => {
    const [value, notes] = synthesized({ type: 'array', minItems: 1e300, items: { type: 'array', minItems: 1e300, items: { type: 'string', minLength: 1e300 } } });
    const size = JSON.stringify(value).length;
    expect(size).toBeGreaterThan(MAX_VALUE_SIZE / 2);
    expect(size).toBeLessThan(MAX_VALUE_SIZE + 2 * MAX_STRING_LENGTH);
    expect(notes).toEqual([
      '$: 100 items where minItems is 1e+300: synthesised arrays are capped at 100 items, so the value breaks its schema',
      '$[*]: 100 items where minItems is 1e+300: synthesised arrays are capped at 100 items, so the value breaks its schema',
      '$[*][*]: 4096 characters where minLength is 1e+300: synthesised strings are capped at 4096 characters, so the value breaks its schema',
      '$[0][16]: the synthesised value reached 65,536 characters, so the rest is left out and the value breaks its schema',
    ]);
  });

  it('keeps every value within about MAX_VALUE_SIZE, whatever sizes the schema asks for (property)', () => {
    const count = fc.oneof(fc.nat(5), fc.constantFrom(150, 30_000_000, 1e300));
    const schema: fc.Arbitrary<Record<string, unknown>> = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, tie('string'), tie('array'), tie('object')),
      string: fc.oneof(fc.record({ type: fc.constant('string'), minLength: count }), fc.record({ type: fc.constant('string'), pattern: fc.tuple(count, count).map(([a, b]) => `^(x{${a}}){${b}}$`) })),
      array: fc.record({ type: fc.constant('array'), minItems: count, items: tie('node') }),
      object: fc.record({ type: fc.constant('object'), minProperties: count, required: fc.constant(['a', 'b']), properties: fc.record({ a: tie('node'), b: tie('node') }), additionalProperties: tie('node') }),
    })).node as fc.Arbitrary<Record<string, unknown>>;
    fc.assert(
      fc.property(schema, (generated) => {
        const [value] = synthesized(generated);
        expect(JSON.stringify(value).length).toBeLessThan(MAX_VALUE_SIZE + 3 * MAX_STRING_LENGTH);
      }),
      { numRuns: 300 },
    );
  });
});

/** About 700 bytes, as in the issue: before, its mock.ts was 150 MB, and with 1e300 the generator ran out of memory. */
const SMALL_HOSTILE_SPEC = `openapi: 3.1.0
info: { title: bomb, version: '1' }
paths:
  /a:
    get:
      responses:
        '200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/Big' } } } }
  /b:
    get:
      responses:
        '200': { description: ok, content: { application/json: { schema: { type: string, pattern: '^a{30000000}$' } } } }
  /c:
    get:
      responses:
        '200': { description: ok, content: { application/json: { schema: { type: array, minItems: 1e300, items: { $ref: '#/components/schemas/Big' } } } } }
components:
  schemas:
    Big: { type: array, minItems: 30000000, items: { type: string, minLength: 30000000 } }
`;

describe('a 700-byte spec', () => {
  it('writes a mock.ts of well under 1 MB, with a comment at each capped default answer', () => {
    expect(SMALL_HOSTILE_SPEC.length).toBeLessThan(800);
    const text = emitMockFile(modelFromYaml(SMALL_HOSTILE_SPEC, {}, 'bomb'));
    expect(text.length).toBeLessThan(1_000_000);
    const comments = text.split('\n').filter((line) => line.startsWith('  //'));
    expect(comments).toEqual([
      '  // getA: $: 100 items where minItems is 30000000: synthesised arrays are capped at 100 items, so the value breaks its schema',
      '  // getA: $[*]: 4096 characters where minLength is 30000000: synthesised strings are capped at 4096 characters, so the value breaks its schema',
      '  // getA: $[16]: the synthesised value reached 65,536 characters, so the rest is left out and the value breaks its schema',
      '  // getB: $: the pattern repeats 30000000 times where synthesis repeats at most 100, so a word that breaks the pattern stands in',
      '  // getC: $: 100 items where minItems is 1e+300: synthesised arrays are capped at 100 items, so the value breaks its schema',
      '  // getC: $[*]: 100 items where minItems is 30000000: synthesised arrays are capped at 100 items, so the value breaks its schema',
      '  // getC: $[*][*]: 4096 characters where minLength is 30000000: synthesised strings are capped at 4096 characters, so the value breaks its schema',
      '  // getC: $[0][16]: the synthesised value reached 65,536 characters, so the rest is left out and the value breaks its schema',
    ]);
  });

  it('keeps spec text in those comments on one line (a property name holding a line break cannot end the comment)', () => {
    const spec = `openapi: 3.1.0
info: { title: t, version: '1' }
paths:
  /a:
    get:
      responses:
        '200': { description: ok, content: { application/json: { schema: { type: object, required: ["x\\u2028y\\nglobalThis.PWNED = 1"], properties: { "x\\u2028y\\nglobalThis.PWNED = 1": { type: string, minLength: 99999 } } } } } }
`;
    const text = emitMockFile(modelFromYaml(spec));
    expect(text.split('\n').filter((line) => line.startsWith('  //'))).toEqual([
      '  // getA: $.x\\u2028y\\x0aglobalThis.PWNED = 1: 4096 characters where minLength is 99999: synthesised strings are capped at 4096 characters, so the value breaks its schema',
    ]);
    // Only declarations at the top level: no statement of the spec's got out of a comment or a string.
    const statements = ts.createSourceFile('mock.ts', text, ts.ScriptTarget.Latest).statements;
    const { ImportDeclaration, InterfaceDeclaration, VariableStatement, FunctionDeclaration } = ts.SyntaxKind;
    expect(statements.map((statement) => statement.kind)).toEqual([ImportDeclaration, ImportDeclaration, InterfaceDeclaration, VariableStatement, FunctionDeclaration]);
  });

  it('gives the mock server the same capped answers, noted in its log', async () => {
    const log: string[] = [];
    const server = await startMockServer({ model: modelFromYaml(SMALL_HOSTILE_SPEC, {}, 'bomb'), port: 0, log: (line) => log.push(line) });
    try {
      const response = await fetch(`${server.url}/b`);
      expect(await response.json()).toBeTypeOf('string');
      expect(log).toEqual(['GET /b → 200: synthesised (seed 1) [getB]; $: the pattern repeats 30000000 times where synthesis repeats at most 100, so a word that breaks the pattern stands in']);
      expect((await (await fetch(`${server.url}/c`)).text()).length).toBeLessThan(MAX_VALUE_SIZE + 2 * MAX_STRING_LENGTH);
    } finally {
      await server.close();
    }
  });
});
