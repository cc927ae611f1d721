/**
 * YAML aliases and copied parts are bounded: a document that stands for more than the limit is refused at the line
 * where the limit is passed, after work proportional to the document's text (the old reader walked the tree the
 * aliases stand for: minutes for 644 bytes). The measure itself is checked against a plain recursive one.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_YAML_ALIASES } from '../../generator/load/check-yaml-aliases.js';
import { enterJsonValue, findOverExpansion, scalarSize } from '../../generator/load/expanded-size.js';
import { loadSpecFile } from '../../generator/load/load-api.js';
import { parseRawText } from '../../generator/load/read-spec-source.js';
import { formatSpecError, SpecError } from '../../generator/load/spec-error.js';
import { thrownBy } from '../support/spec-sources.js';

/** The attack of the issue: 9 levels of 10 aliases under `info.x-bomb` (lines 6-14), 10^10 values as a tree. */
function aliasBomb(levels = 9, under: 'info' | 'example' = 'info'): string {
  const indent = under === 'info' ? '    ' : '        ';
  const lines =
    under === 'info'
      ? ['openapi: 3.1.0', 'info:', '  title: Bomb', "  version: '1'", '  x-bomb:']
      : ['openapi: 3.1.0', "info: { title: Bomb, version: '1' }", 'paths: {}', 'components:', '  schemas:', '    Thing:', '      type: array', '      example:'];
  lines.push(`${indent}l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]`);
  for (let level = 1; level < levels; level++) lines.push(`${indent}l${level}: &l${level} [${Array(10).fill(`*l${level - 1}`).join(', ')}]`);
  if (under === 'info') lines.push('paths: {}');
  return `${lines.join('\n')}\n`;
}

const BOMB_MESSAGE = 'with its YAML aliases written out, this value would be more than 64 MiB as compact JSON, half of `maxSpecBytes` (128 MiB)';

describe('YAML alias bombs', () => {
  it('refuses the 644-byte bomb of the issue at the alias where the limit is passed, at once', () => {
    const text = aliasBomb();
    expect(text.length).toBeLessThan(700);
    const started = performance.now();
    const error = thrownBy(() => parseRawText('bomb.yaml', text)) as SpecError;
    // Not a timing test: the old reader took minutes, so only the exponential walk could break 10 s.
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(error).toBeInstanceOf(SpecError);
    expect(formatSpecError(error)).toBe(
      [
        `bomb.yaml:14:59 (#/info/x-bomb/l8/9): error: ${BOMB_MESSAGE}`,
        '  hint: an alias (*name) repeats its anchor\'s whole value, and aliases of aliases multiply (an "alias bomb"); write repeated parts once, as components referred to with $ref, or if the spec is genuine, raise `maxSpecBytes` (for example `maxSpecBytes: 256 MiB`) in its API entry of openapi-client.config.yaml or in its client.yaml',
      ].join('\n'),
    );
  });

  it('refuses the bomb inside an example, where nothing else looks', () => {
    const error = thrownBy(() => parseRawText('example.yaml', aliasBomb(9, 'example'))) as SpecError;
    expect(error.message).toBe(BOMB_MESSAGE);
    expect(error.positions[0]).toMatchObject({ file: 'example.yaml', line: 17 });
  });

  it('refuses the bomb written as flow YAML with JSON-like keys, anchors right after the colon', () => {
    const levels = ['"l0":&l0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let level = 1; level < 9; level++) levels.push(`"l${level}":&l${level} [${Array(10).fill(`*l${level - 1}`).join(',')}]`);
    const text = `{"openapi":"3.1.0","info":{"title":"t","version":"1","x-bomb":{${levels.join(',')}}},"paths":{}}`;
    const error = thrownBy(() => parseRawText('flow.yaml', text)) as SpecError;
    expect(error.message).toBe(BOMB_MESSAGE);
    expect(error.positions[0]).toMatchObject({ file: 'flow.yaml', line: 1 });
  });

  it('refuses the bomb where a merge key sends the text to the `yaml` package, before it builds the value', () => {
    const text = `${aliasBomb()}components:\n  schemas:\n    A: &A { type: object }\n    B: { <<: *A, description: merged }\n`;
    const error = thrownBy(() => parseRawText('merge.yaml', text)) as SpecError;
    expect(error.message).toBe(BOMB_MESSAGE);
    expect(error.positions[0]).toMatchObject({ file: 'merge.yaml', line: 13 });
  });

  it('keeps a document whose aliases stand for less than the limit', () => {
    const [source] = parseRawText('small.yaml', aliasBomb(4));
    const bomb = (source!.value as { info: { 'x-bomb': { l3: unknown[][][][] } } }).info['x-bomb'];
    expect(bomb.l3).toHaveLength(10);
    expect(bomb.l3[9]![9]![9]![9]).toBe('lol');
  });

  it.each([
    { reader: 'js-yaml', text: "openapi: 3.1.0\ninfo: &info\n  title: Loop\n  version: '1'\n  x-self: [*info]\npaths: {}\n" },
    { reader: 'the yaml package', text: "openapi: 3.1.0\ninfo: &info\n  title: Loop\n  version: '1'\n  x-self: [*info]\n  x-merge: { <<: { a: 1 } }\npaths: {}\n" },
  ])('refuses an alias inside its own anchor ($reader) at the alias', ({ text }) => {
    const error = thrownBy(() => parseRawText('loop.yaml', text)) as SpecError;
    expect(formatSpecError(error)).toBe(
      [
        'loop.yaml:5:12 (#/info/x-self/0): error: this value contains itself through a YAML alias (an alias inside the node its anchor marks)',
        '  hint: a YAML alias cannot repeat a node it stands inside; for a recursive schema, refer to a component with $ref',
      ].join('\n'),
    );
  });

  it(`refuses more than ${MAX_YAML_ALIASES.toLocaleString('en')} aliases in a document the yaml package builds, at the first alias past the count`, () => {
    const lines = ['openapi: 3.1.0', "info: { title: Many, version: '1' }", 'paths: {}', 'x-anchor: &a { x: 1 }', 'x-merge: { <<: *a }', 'x-many:'];
    for (let index = 1; index < MAX_YAML_ALIASES + 5; index++) lines.push('  - *a');
    const error = thrownBy(() => parseRawText('many.yaml', `${lines.join('\n')}\n`)) as SpecError;
    expect(error.message).toBe('the document holds more than 10,000 YAML aliases');
    // The merge key's alias is the first; the 10,001st is the list's 10,000th item, on line 6 + 10,000.
    expect(error.positions[0]).toMatchObject({ file: 'many.yaml', line: 6 + MAX_YAML_ALIASES });
  });
});

describe('parts copied in place by $refs', () => {
  let work: string;
  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'copy-bomb-'));
  });
  afterAll(() => rm(work, { recursive: true, force: true }));

  /** A path item in another file whose callbacks refer 10 times to the next one, `levels` deep: 10^(levels-1) copies. */
  async function copyBomb(levels: number): Promise<string> {
    const folder = join(work, `levels-${levels}`);
    await mkdir(folder, { recursive: true });
    await writeFile(join(folder, 'openapi.yaml'), "openapi: 3.1.0\ninfo: { title: Copies, version: '1' }\npaths:\n  /a:\n    $ref: './p.yaml#/p1'\n");
    const lines: string[] = [];
    for (let level = 1; level <= levels; level++) {
      lines.push(`p${level}:`, '  post:', "    responses: { '200': { description: ok } }");
      if (level < levels) {
        lines.push('    callbacks:', '      c:');
        for (let i = 0; i < 10; i++) lines.push(`        '{$url}${i}': { $ref: '#/p${level + 1}' }`);
      }
    }
    await writeFile(join(folder, 'p.yaml'), `${lines.join('\n')}\n`);
    return join(folder, 'openapi.yaml');
  }

  it('refuses parts that multiply through references past the limit, at the $ref in the spec', async () => {
    const started = performance.now();
    const error = await loadSpecFile(await copyBomb(9)).then(() => undefined, (caught: unknown) => caught);
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(error).toBeInstanceOf(SpecError);
    expect((error as SpecError).message).toBe(
      'with the parts its $refs copy in place, this value would be more than 64 MiB as compact JSON, half of `maxSpecBytes` (128 MiB)',
    );
    expect((error as SpecError).positions[0]).toMatchObject({ line: 5 });
    expect((error as SpecError).hint).toMatch(/^parts that many references share are copied once per reference unless they are components/);
  });

  it('shares one copy of a part among the references to it', async () => {
    const loaded = await loadSpecFile(await copyBomb(3));
    const callbacks = (loaded.spec.document.paths as Record<string, { post: { callbacks: { c: Record<string, { post: unknown }> } } }>)['/a']!.post.callbacks.c;
    expect(callbacks['{$url}0']!.post).toBe(callbacks['{$url}9']!.post);
  });
});

describe('the expanded size (property)', () => {
  /** The measure written as plainly as possible: recursion over the tree the value stands for. */
  function treeSize(value: unknown): number {
    if (value === null || typeof value !== 'object') return scalarSize(value);
    if (Array.isArray(value)) return 2 + value.reduce((sum: number, item) => sum + treeSize(item) + 1, 0);
    return 2 + Object.entries(value).reduce((sum, [key, item]) => sum + key.length + 4 + treeSize(item), 0);
  }

  it('passes the limit exactly when the tree it stands for does, however its parts are shared', () => {
    const scalar = fc.oneof(fc.string({ maxLength: 8 }), fc.integer(), fc.boolean(), fc.constant(null));
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.array(fc.nat(), { maxLength: 5 }), fc.array(scalar, { maxLength: 3 }), fc.boolean()), { minLength: 1, maxLength: 12 }),
        fc.nat({ max: 5_000 }),
        (shapes, limit) => {
          // Node i refers to earlier nodes only (a DAG with sharing): aliases of aliases, as an attacker writes them.
          const nodes: object[] = [];
          shapes.forEach(([children, scalars, asList], index) => {
            const items: unknown[] = [...children.filter(() => index > 0).map((child) => nodes[child % index]!), ...scalars];
            nodes.push(asList ? items : Object.fromEntries(items.map((item, at) => [`k${at}`, item])));
          });
          const root = nodes.at(-1)!;
          const over = findOverExpansion(root, limit, enterJsonValue);
          expect(over !== undefined).toBe(treeSize(root) > limit);
          if (over) expect(treeSize(over.node)).toBeGreaterThan(limit);
        },
      ),
      { numRuns: 500, seed: 20261203 },
    );
  });
});
