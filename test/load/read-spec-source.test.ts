import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { extractFencedSpecs } from '../../generator/load/extract-fenced-specs.js';
import { parseRawText, parseSpecText } from '../../generator/load/read-spec-source.js';
import { formatSpecError, SpecError } from '../../generator/load/spec-error.js';
import { corpusDir, corpusPresent } from '../support/corpus-present.js';
import { thrownBy } from '../support/spec-sources.js';

describe('extractFencedSpecs', () => {
  it.each([
    { given: 'text\n```yaml\nopenapi: 3.1.0\ninfo: {}\n```\nmore', want: [{ text: 'openapi: 3.1.0\ninfo: {}', firstLine: 3 }] },
    { given: '````yaml https://x/spec.yml get /a\nopenapi: 3.0.0\n```\nstill inside\n````', want: [{ text: 'openapi: 3.0.0\n```\nstill inside', firstLine: 2 }] },
    { given: '```json\n{ "openapi": "3.1.0" }\n```', want: [{ text: '{ "openapi": "3.1.0" }', firstLine: 2 }] },
    { given: '```yaml\nname: not a spec\n```\n```ts\nopenapi: 1\n```', want: [] },
    { given: '~~~yml\nopenapi: 3.1.0\n~~~', want: [{ text: 'openapi: 3.1.0', firstLine: 2 }] },
  ])('finds fenced OpenAPI blocks in $given', ({ given, want }) => {
    expect(extractFencedSpecs(given)).toEqual(want);
  });
});

describe('parseSpecText', () => {
  it('reads the Smithery docs page as published, with positions in the page', async () => {
    const page = await readFile('specs/smithery/get-connection.md', 'utf8');
    const [source] = parseSpecText('specs/smithery/get-connection.md', page);
    expect(source?.document.openapi).toBe('3.1.0');
    const pageLines = page.split('\n');
    const position = source!.locate(['paths', '/connect/{namespace}/{connectionId}', 'get', 'operationId']);
    expect(pageLines[position.line! - 1]).toContain('operationId: getSmithery.run:namespace:connectionId');
  });

  it('reports invalid YAML with file, line and column', () => {
    const error = thrownBy(() => parseSpecText('api.yaml', 'openapi: 3.1.0\ninfo:\n  title: [unclosed\n'));
    expect(error).toBeInstanceOf(SpecError);
    expect(formatSpecError(error as SpecError)).toMatch(/^api\.yaml:\d+:\d+: error: invalid YAML/);
  });

  it('reports invalid YAML inside a docs page at the page line, not the block line', () => {
    const page = '# Title\n\nProse\n\n```yaml\nopenapi: 3.1.0\npaths: {\n```\n';
    const error = thrownBy(() => parseSpecText('page.md', page)) as SpecError;
    expect(error.positions[0]?.file).toBe('page.md');
    expect(error.positions[0]?.line).toBeGreaterThanOrEqual(7);
  });

  it('reports invalid JSON with its line', () => {
    const error = thrownBy(() => parseSpecText('api.json', '{\n  "openapi": "3.1.0",\n  "info": ,\n}')) as SpecError;
    expect(error.message).toMatch(/invalid JSON/);
    expect(error.positions[0]).toMatchObject({ file: 'api.json', line: 3 });
  });

  it.each([
    { given: 'swagger: "2.0"\ninfo: {}\n', want: /Swagger 2\.0 is not supported/ },
    { given: 'info: {}\n', want: /no `openapi` field/ },
    { given: 'openapi: 4.0.0\n', want: /unsupported OpenAPI version "4\.0\.0"/ },
    { given: '- a\n- b\n', want: /not an OpenAPI document/ },
  ])('rejects what is not OpenAPI 3.x: $want', ({ given, want }) => {
    expect(thrownBy(() => parseSpecText('x.yaml', given)).message).toMatch(want);
  });

  it('rejects a docs page without a spec, saying what it needs', () => {
    const error = thrownBy(() => parseSpecText('page.md', '# Just prose')) as SpecError;
    expect(error.message).toMatch(/carries no OpenAPI document/);
    expect(error.hint).toMatch(/fenced/);
  });
});

/**
 * YAML is parsed by js-yaml (fast, no document model) and by the `yaml` package only for positions and errors; the
 * values must be the `yaml` package's (YAML 1.2 core schema with merge keys), which is what they were before.
 */
describe('YAML values', () => {
  const oracle = (text: string) => parseYaml(text, { merge: true, uniqueKeys: true, logLevel: 'silent' }) as unknown;
  const fast = (text: string) => parseRawText('case.yaml', text)[0]!.value;

  it.each([
    'a: 0b101', 'a: 0o17', 'a: 0x1F', 'a: 017', 'a: 1_000', 'a: +12', 'a: -0', 'a: 1e3', 'a: .5', 'a: .inf', 'a: -.Inf', 'a: .NaN',
    'a: 2020-01-01', 'a: 2020-01-01T10:00:00Z', 'a: 12:30', 'a: yes', 'a: True', 'a: ~', 'a:', 'a: !!str 12', 'a: !!binary aGk=',
    'a: !custom 1', '<<: {a: 1}\nb: 2', 'base: &b {x: 1}\nc: {<<: *b, y: 2}', '__proto__: {x: 1}', '200: ok', '"a\\x41": 1',
    'a: |\n  x\n  y\n', 'a: >-\n  x\n  y\n', '\ufeffa: 1', 'a: "\\u263A"', 'x: 123456789012345678901234567890',
  ])('reads %j as the YAML 1.2 core schema does', (text) => {
    expect(fast(text)).toEqual(oracle(text));
    expect(Object.getPrototypeOf(fast(text))).toBe(Object.prototype);
  });

  it('keeps a `__proto__` key as data', () => {
    const value = fast('__proto__: {polluted: true}') as Record<string, unknown>;
    expect(Object.prototype.hasOwnProperty.call(value, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses a merge key whose value is not a mapping at its line (it was an internal error)', () => {
    const error = thrownBy(() => parseRawText('merge.yaml', 'openapi: 3.1.0\ninfo:\n  <<: false\n'));
    expect(error).toBeInstanceOf(SpecError);
    expect(formatSpecError(error as SpecError)).toMatch(/merge\.yaml:3:\d+.*Merge sources must be maps/s);
  });

  it('reports what js-yaml refuses through the positioned parse: duplicate keys at their line', () => {
    const error = thrownBy(() => parseRawText('dup.yaml', 'openapi: 3.1.0\na: 1\na: 2\n'));
    expect(error).toBeInstanceOf(SpecError);
    expect(formatSpecError(error as SpecError)).toMatch(/dup\.yaml:3:1/);
  });

  it('reads anything the yaml package writes to the value the yaml package reads back (property)', () => {
    // Strings that other YAML schemas (1.1, js-yaml's default) read as numbers, dates, booleans, nulls or merges.
    const tricky = fc.constantFrom('0b101', '0o17', '0x1F', '017', '1_000', '+12', '-0', '.inf', '.NaN', '2020-01-01', '12:30', 'yes', 'no', 'on', 'True', 'null', '~', '', '<<', '__proto__', '!!binary', '*a', '&b', '#x', "'", '"', ': ', '- ', '\ufeff', '\t');
    const scalar = fc.oneof(fc.string(), tricky, fc.integer(), fc.double(), fc.boolean(), fc.constant(null));
    const key = fc.oneof(fc.string(), tricky);
    const { node } = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, scalar, fc.array(tie('node'), { maxLength: 4 }), fc.dictionary(key, tie('node'), { maxKeys: 4 })),
    }));
    fc.assert(
      fc.property(fc.dictionary(key, node, { maxKeys: 6 }), fc.boolean(), (document, flow) => {
        const text = stringifyYaml(document, { lineWidth: 0, ...(flow ? { collectionStyle: 'flow' as const } : {}) });
        let expected: unknown;
        try {
          expected = oracle(text);
        } catch {
          expect(() => fast(text)).toThrow(SpecError);
          return;
        }
        expect(fast(text)).toEqual(expected);
      }),
      { numRuns: 400, seed: 20261201 },
    );
  });

  it.skipIf(!corpusPresent('reading every YAML file of the corpus'))('reads every YAML file of the corpus to the same value', async () => {
    const corpus = corpusDir;
    const files = (await readdir(corpus, { recursive: true })).filter((file) => /\.ya?ml$/.test(file));
    let read = 0;
    for (const file of files) {
      const text = await readFile(join(corpus, file), 'utf8');
      let expected: unknown;
      try {
        expected = oracle(text);
      } catch {
        continue; // invalid on purpose (corpus/…/invalid): refused either way, tested elsewhere
      }
      const [source] = (() => {
        try {
          return parseRawText(file, text);
        } catch {
          return [];
        }
      })();
      if (source) {
        expect(source.value, file).toEqual(expected);
        read++;
      }
    }
    expect(read).toBeGreaterThan(0);
  });
});
