/** Deep nesting: refused at its line with the limit named, never a stack overflow; just under the limit generates. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateTarget, readRuntimeTemplates } from '../../generator/generate.js';
import { MAX_NESTING_DEPTH } from '../../generator/load/check-nesting-depth.js';
import { parseRawText } from '../../generator/load/read-spec-source.js';
import { SpecError } from '../../generator/load/spec-error.js';

const HEAD = '{"openapi":"3.1.0","info":{"title":"t","version":"1"},"paths":{},"components":{"schemas":{"Deep":';

/** A spec whose `Deep` schema nests `levels` property levels (two JSON levels each), as JSON text built without recursion. */
function deepJson(levels: number): string {
  return `${HEAD}${'{"type":"object","properties":{"a":'.repeat(levels)}{"type":"string"}${'}}'.repeat(levels)}}}}`;
}

/** The same as block YAML, one line per level. */
function deepYaml(levels: number): string {
  const lines = ['openapi: 3.1.0', 'info: { title: t, version: "1" }', 'paths: {}', 'components:', '  schemas:', '    Deep:'];
  let indent = '      ';
  for (let i = 0; i < levels; i++) {
    lines.push(`${indent}type: object`, `${indent}properties:`, `${indent}  a:`);
    indent += '    ';
  }
  lines.push(`${indent}type: string`);
  return `${lines.join('\n')}\n`;
}

function refusal(file: string, text: string): SpecError {
  try {
    parseRawText(file, text);
  } catch (error) {
    if (error instanceof SpecError) return error;
    throw error;
  }
  throw new Error('expected a SpecError');
}

describe('documents nested past the limit', () => {
  it.each([250, 5_000, 10_000, 100_000])('JSON nested %i property levels is refused at its line and column', (levels) => {
    const error = refusal('deep.json', deepJson(levels));
    expect(error.message).toBe(`the document nests more than ${MAX_NESTING_DEPTH} levels deep`);
    expect(error.positions[0]).toMatchObject({ file: 'deep.json', line: 1 });
    expect(error.positions[0]?.column).toBeGreaterThan(HEAD.length);
    expect(error.hint).toMatch(/\$ref/);
  });

  it.each([250, 1_000])('YAML nested %i property levels is refused at its line', (levels) => {
    const error = refusal('deep.yaml', deepYaml(levels));
    expect(error.message).toBe(`the document nests more than ${MAX_NESTING_DEPTH} levels deep`);
    expect(error.positions[0]?.file).toBe('deep.yaml');
    expect(error.positions[0]?.line).toBeGreaterThan(6);
  });

  it.each([10_000, 100_000])('flow-style YAML nested %i levels is refused at its line', (levels) => {
    const text = `openapi: 3.1.0\ninfo: { title: t, version: "1" }\npaths: {}\ncomponents:\n  schemas:\n    Deep: ${'{ items: '.repeat(levels)}{}${' }'.repeat(levels)}\n`;
    const error = refusal('deep.yaml', text);
    expect(error.message).toBe(`the document nests more than ${MAX_NESTING_DEPTH} levels deep`);
    expect(error.positions[0]).toMatchObject({ file: 'deep.yaml', line: 6 });
  });
});

describe('documents nested just under the limit', () => {
  let folder: string;
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'nesting-'));
  });
  afterAll(() => rm(folder, { recursive: true, force: true }));

  it('generate a client (TypeScript printing and prettier included)', async () => {
    // Root, components, schemas, Deep: four levels; each property level adds two.
    const levels = Math.floor((MAX_NESTING_DEPTH - 4) / 2) - 1;
    const file = join(folder, 'deep.json');
    await writeFile(file, deepJson(levels));
    const api = await generateTarget({ name: 'deep', inputs: [file], baseDir: '.', settings: {} }, await readRuntimeTemplates());
    const schemas = api.files.find((f) => f.path === 'schemas.ts')!.content;
    expect(schemas.split('a?:').length - 1).toBe(levels);
  }, 30_000);
});
