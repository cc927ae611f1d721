/** validators.ts keeps its tables as one raw template literal of JSON lines: any schema text survives it exactly. */
import fc from 'fast-check';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { emitValidatorsFile } from '../../generator/emit/emit-validators-file.js';
import { modelFromYaml } from '../support/build-model.js';

/** Evaluates the `schemas` literal the way the runtime reads it: String.raw of the template, split into JSON lines. */
function schemaTable(text: string): unknown[] {
  const source = ts.createSourceFile('validators.ts', text, ts.ScriptTarget.Latest);
  let raw: string | undefined;
  source.forEachChild((node) => {
    if (ts.isVariableStatement(node)) {
      const declaration = node.declarationList.declarations[0]!;
      if (declaration.name.getText(source) === 'schemas' && declaration.initializer && ts.isTaggedTemplateExpression(declaration.initializer)) {
        const template = declaration.initializer.template;
        raw = ts.isNoSubstitutionTemplateLiteral(template) ? (template.rawText ?? '') : undefined;
      }
    }
  });
  expect(raw, 'schemas is a String.raw template without substitutions').toBeDefined();
  return raw!.split('\n').filter(Boolean).map((line) => JSON.parse(line));
}

describe('emitValidatorsFile', () => {
  it('keeps enum values with backticks, ${, backslashes and line breaks exactly (property)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.oneof(fc.string(), fc.constantFrom('`', '${x}', '\\', '\\`', '\n', '\u2028', '*/', '$')), { minLength: 1, maxLength: 4 }), (values) => {
        const spec = JSON.stringify({ openapi: '3.1.0', info: { title: 't', version: '1' }, paths: {}, components: { schemas: { Value: { type: 'string', enum: values } } } });
        const [entry] = schemaTable(emitValidatorsFile(modelFromYaml(spec)));
        expect(entry).toEqual(['Value', { type: 'string', enum: values }]);
      }),
      { numRuns: 200 },
    );
  });
});
