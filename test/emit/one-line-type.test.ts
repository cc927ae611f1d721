/**
 * oneLineType: the types in api-surface.json are exact. Comments and layout go; every literal stays, so the change
 * report sees a change in any character of an enum value, a const or a template literal type.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ApiSurface } from '../../generator/emit/emit-api-surface.js';
import { emitApiClient } from '../../generator/emit/emit-api-client.js';
import { oneLineType } from '../../generator/emit/one-line-type.js';
import { typescript as ts } from '../../generator/emit/required-libraries.js';
import { readRuntimeTemplates } from '../../generator/generate.js';
import { diffApiSurface } from '../../generator/report/diff-api-surface.js';
import { buildApiModel } from '../../generator/model/build-api-model.js';
import { mergeSpecSources } from '../../generator/load/merge-spec-sources.js';
import { yamlSource } from '../support/spec-sources.js';

/** Any string, often made of what a lossy normaliser would confuse: runs of whitespace, comment and template marks. */
const literal = (maxLength?: number) =>
  fc.oneof(
    fc.string({ unit: fc.constantFrom(' ', '  ', '\t', '\n', '/', '*', '/**', '*/', '//', 'a', '`', '${', '}', '"', "'", '\\'), ...(maxLength === undefined ? {} : { maxLength }) }),
    fc.string({ unit: 'binary', ...(maxLength === undefined ? {} : { maxLength }) }),
  );

/** Two different strings: one, and the same with one character inserted, removed or replaced anywhere. */
const differingPair = (maxLength?: number) =>
  fc
    .tuple(literal(maxLength), fc.nat(), fc.constantFrom('insert', 'remove', 'replace'), fc.constantFrom(' ', '\t', '\n', '*', '/', 'a', '\u00a0', '\u2028'))
    .map(([text, at, edit, char]) => {
      const i = text.length === 0 ? 0 : at % text.length;
      const other = edit === 'insert' ? text.slice(0, i) + char + text.slice(i) : edit === 'remove' ? text.slice(0, i) + text.slice(i + 1) : text.slice(0, i) + char + text.slice(i + 1);
      return [text, other] as const;
    })
    .filter(([text, other]) => text !== other);

describe('oneLineType', () => {
  it.each([
    { given: '{\n    /** The id. */\n    id: string;\n    // note\n    name?: string;\n}', want: '{ id: string; name?: string; }' },
    { given: '  string  |\n  number  ', want: 'string | number' },
    { given: 'Array<Array<string>>', want: 'Array<Array<string>>' },
    { given: 'a/** c */b', want: 'a b' },
    // The issue's case: whitespace and comment-like text inside string literals are the values themselves.
    { given: '"fast  mode" | "/** old */"', want: '"fast  mode" | "/** old */"' },
    { given: "'a\\'  b' | 'tab\there'", want: "'a\\'  b' | 'tab\there'" },
    // Template literal types, with a substitution that holds an object type and a nested template.
    { given: '`id-  ${string}  -${ { a:  1 } }`', want: '`id-  ${string}  -${ { a: 1 } }`' },
    { given: '`x${`y  ${number}  z`}  w`', want: '`x${`y  ${number}  z`}  w`' },
    { given: '{ a: `p  ${string}`; }', want: '{ a: `p  ${string}`; }' },
  ])('$given', ({ given, want }) => {
    expect(oneLineType(given)).toBe(want);
  });

  /** A string literal type as TypeScript's printer writes it (the way the client's types are printed). */
  const printer = ts.createPrinter();
  const file = ts.createSourceFile('x.ts', '', ts.ScriptTarget.Latest);
  const printed = (value: string) => printer.printNode(ts.EmitHint.Unspecified, ts.factory.createLiteralTypeNode(ts.factory.createStringLiteral(value)), file);

  it('gives different lines for any two literal types that differ in any character (property)', () => {
    fc.assert(
      fc.property(fc.oneof(differingPair(), fc.tuple(literal(), literal()).filter(([a, b]) => a !== b)), ([a, b]) => {
        const [left, right] = [a, b].map((value) => oneLineType(`{\n    mode: ${printed(value)} | ${JSON.stringify(value)};\n}`));
        expect(left).not.toBe(right);
      }),
      { numRuns: 200 },
    );
  });
});

describe('the change report over enum values (end to end)', () => {
  const surfaceOf = async (values: readonly string[]): Promise<ApiSurface> => {
    const spec = {
      openapi: '3.0.3',
      info: { title: 't', version: '1' },
      paths: { '/search': { get: { operationId: 'search', parameters: [{ name: 'mode', in: 'query', required: true, schema: { type: 'string', enum: values } }], responses: { '200': { description: 'ok' } } } } },
    };
    const model = buildApiModel({ name: 't', folder: 'specs/t', spec: mergeSpecSources([yamlSource('specs/t/openapi.json', JSON.stringify(spec))]), config: { operationNames: {}, schemaNames: {} } });
    const files = emitApiClient(model, await readRuntimeTemplates());
    return JSON.parse(files.find((file) => file.path === 'api-surface.json')!.content) as ApiSurface;
  };

  it("reports ['fast  mode', '/** old */'] → ['fast mode', '/** new */'] as a breaking change of the parameter's type", async () => {
    expect(diffApiSurface(await surfaceOf(['fast  mode', '/** old */']), await surfaceOf(['fast mode', '/** new */']))).toEqual([
      { breaking: true, text: '`getSearch`: parameter `mode` changed type: `"fast  mode" | "/** old */"` → `"fast mode" | "/** new */"`' },
    ]);
  });

  it('reports a change for any two enum values that differ in any character (property)', async () => {
    await fc.assert(
      fc.asyncProperty(differingPair(8), async ([a, b]) => {
        expect(diffApiSurface(await surfaceOf([a, 'other']), await surfaceOf([b, 'other']))).not.toEqual([]);
      }),
      { numRuns: 40 },
    );
  }, 60_000);
});
