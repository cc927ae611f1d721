/** schemas.ts: alias chains a type checker would recurse through are cut short (fuzz seed 51931: tsc overflowed its stack on 1,000). */
import { describe, expect, it } from 'vitest';
import { createSchemaTypePrinter } from '../../generator/emit/schema-type-printer.js';
import { emitSchemasFile } from '../../generator/emit/emit-schemas-file.js';
import { modelFromYaml } from '../support/build-model.js';

/** The longest chain of `export type A = B;` aliases in `texts`. */
function longestAliasChain(texts: readonly string[]): number {
  const next = new Map<string, string>();
  for (const text of texts) {
    const match = /export type (\w+) = (\w+);\s*$/.exec(text);
    if (match) next.set(match[1]!, match[2]!);
  }
  let longest = 0;
  for (const start of next.keys()) {
    let length = 0;
    for (let name = next.get(start); name !== undefined && length <= next.size; name = next.get(name)) length++;
    longest = Math.max(longest, length);
  }
  return longest;
}

describe('emitSchemasFile', () => {
  it('points a long chain of aliases at its end, and keeps short chains as written', () => {
    const schemas: Record<string, unknown> = { Chain1000: { type: 'string' }, Pet: { $ref: '#/components/schemas/Animal' }, Animal: { type: 'object', properties: { name: { type: 'string' } } } };
    for (let index = 0; index < 1000; index++) schemas[`Chain${index}`] = { $ref: `#/components/schemas/Chain${index + 1}`, description: `link ${index}` };
    const model = modelFromYaml(JSON.stringify({ openapi: '3.1.0', info: { title: 't', version: '1' }, paths: {}, components: { schemas } }));
    const texts = emitSchemasFile(model, createSchemaTypePrinter(model));
    expect(longestAliasChain(texts)).toBeLessThanOrEqual(21);
    expect(texts.find((text) => text.includes('export type Chain0 ='))).toMatch(/export type Chain0 = Chain1000;/);
    expect(texts.find((text) => text.includes('export type Chain995 ='))).toMatch(/export type Chain995 = Chain996;/);
    expect(texts.find((text) => text.includes('export type Pet ='))).toMatch(/export type Pet = Animal;/);
  });
});
