import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { extractFencedSpecs } from '../../generator/load/extract-fenced-specs.js';
import { parseSpecText } from '../../generator/load/read-spec-source.js';
import { formatSpecError, SpecError } from '../../generator/load/spec-error.js';
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
