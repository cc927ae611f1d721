import { describe, expect, it } from 'vitest';
import { checkReferences } from '../../generator/load/check-references.js';
import { mergeSpecSources } from '../../generator/load/merge-spec-sources.js';
import { formatSpecError, SpecError } from '../../generator/load/spec-error.js';
import { thrownBy, yamlSource } from '../support/spec-sources.js';

const head = 'openapi: 3.1.0\ninfo: { title: T, version: "1" }\n';

function op(path: string, method: string, extra = ''): string {
  return `paths:\n  ${path}:\n    ${method}:\n      responses: { "200": { description: ok } }\n${extra}`;
}

describe('mergeSpecSources', () => {
  it('merges operations under one path by method and keeps identical components once', () => {
    const component = 'components:\n  schemas:\n    Error: { type: object, properties: { message: { type: string } } }\n';
    const sameComponentOtherKeyOrder = 'components:\n  schemas:\n    Error: { properties: { message: { type: string } }, type: object }\n';
    const merged = mergeSpecSources([
      yamlSource('a.yaml', head + op('/things/{id}', 'get') + component),
      yamlSource('b.yaml', head + op('/things/{id}', 'delete') + sameComponentOtherKeyOrder),
    ]);
    expect(Object.keys((merged.document.paths as Record<string, object>)['/things/{id}']!)).toEqual(['get', 'delete']);
    expect(Object.keys((merged.document.components as { schemas: object }).schemas)).toEqual(['Error']);
    expect(merged.files).toEqual(['a.yaml', 'b.yaml']);
  });

  it('locates a merged value in the file it came from', () => {
    const merged = mergeSpecSources([yamlSource('a.yaml', head + op('/a', 'get')), yamlSource('b.yaml', head + op('/b', 'get'))]);
    expect(merged.locate(['paths', '/b', 'get', 'responses'])).toMatchObject({ file: 'b.yaml', line: 6 });
  });

  it.each([
    {
      concern: 'the same component name with different content',
      a: head + 'components:\n  schemas:\n    Error: { type: object }\n',
      b: head + 'components:\n  schemas:\n    Error: { type: string }\n',
      pointer: '/components/schemas/Error',
    },
    { concern: 'the same path and method twice', a: head + op('/x', 'get'), b: head + op('/x', 'get'), pointer: '/paths/~1x/get' },
    {
      concern: 'disagreeing info',
      a: head,
      b: 'openapi: 3.1.0\ninfo: { title: Other, version: "1" }\n',
      pointer: '/info',
    },
    {
      concern: 'disagreeing servers',
      a: head + 'servers: [{ url: "https://a.test" }]\n',
      b: head + 'servers: [{ url: "https://b.test" }]\n',
      pointer: '/servers',
    },
    {
      concern: 'disagreeing security',
      a: head + 'security: [{ bearer: [] }]\n',
      b: head + 'security: [{ apiKey: [] }]\n',
      pointer: '/security',
    },
  ])('stops on $concern, naming both files and the pointer', ({ a, b, pointer }) => {
    const error = thrownBy(() => mergeSpecSources([yamlSource('first.yaml', a), yamlSource('second.yaml', b)])) as SpecError;
    expect(error).toBeInstanceOf(SpecError);
    const text = formatSpecError(error);
    expect(text).toContain(`#${pointer}`);
    expect(text).toMatch(/second\.yaml:\d+:\d+/);
    expect(text).toMatch(/also at first\.yaml:\d+:\d+/);
    expect(error.hint).toBeTruthy();
  });

  it('accepts patch-level differences of the openapi version', () => {
    const merged = mergeSpecSources([yamlSource('a.yaml', head), yamlSource('b.yaml', head.replace('3.1.0', '3.1.1'))]);
    expect(merged.document.openapi).toBe('3.1.0');
  });
});

describe('checkReferences', () => {
  it('reports a $ref that points at nothing, at its line in its file', () => {
    const text = head + 'paths:\n  /a:\n    get:\n      responses:\n        "200":\n          $ref: "#/components/responses/Missing"\n';
    const merged = mergeSpecSources([yamlSource('refs.yaml', text)]);
    const error = thrownBy(() => checkReferences(merged)) as SpecError;
    expect(error.message).toContain('#/components/responses/Missing');
    expect(error.positions[0]).toMatchObject({ file: 'refs.yaml', line: 8 });
  });

  it('reports a reference to another file that bundling did not resolve', () => {
    const text = head + 'components:\n  schemas:\n    A: { $ref: "./other.yaml#/B" }\n';
    const error = thrownBy(() => checkReferences(mergeSpecSources([yamlSource('refs.yaml', text)]))) as SpecError;
    expect(error.message).toMatch(/"\.\/other\.yaml#\/B" was left unresolved/);
    expect(error.positions[0]?.line).toBe(5);
  });

  it('ignores $ref keys inside examples and extensions', () => {
    const text = head + 'components:\n  examples:\n    E: { value: { $ref: "not a ref" } }\n';
    expect(() => checkReferences(mergeSpecSources([yamlSource('refs.yaml', text)]))).not.toThrow();
  });
});
