/**
 * readApiSurface: the previous client's api-surface.json is untrusted. Whatever it holds, the change report reads
 * it as a surface or as no previous client with a warning, and never crashes or reaches an inherited member.
 */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiSurface } from '../../generator/emit/emit-api-surface.js';
import { diffApiSurface } from '../../generator/report/diff-api-surface.js';
import { readApiSurface } from '../../generator/report/read-api-surface.js';

let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'read-api-surface-'));
});
afterAll(() => rm(folder, { recursive: true, force: true }));

const operation = { method: 'GET', path: '/pets', parameters: { limit: { required: false, type: 'number' } }, responses: { '200': 'Pet[]' }, errors: {} };
const valid = { operations: { listPets: operation }, schemas: { Pet: '{ id: string; }' } };

async function read(content: string) {
  const file = join(folder, 'api-surface.json');
  await writeFile(file, content);
  return readApiSurface(file);
}

describe('readApiSurface', () => {
  it('reads a surface this generator wrote, and no file as a first generation (no warning)', async () => {
    expect((await read(JSON.stringify(valid))).surface).toEqual(valid);
    expect(await readApiSurface(join(folder, 'missing.json'))).toEqual({});
  });

  it.each([
    { given: '{}', why: 'operations is missing' },
    { given: '[]', why: 'the top level must be an object, not a list' },
    { given: 'null', why: 'the top level must be an object, not null' },
    { given: 'not json', why: 'it is not JSON' },
    { given: JSON.stringify({ ...valid, schemas: [] }), why: 'schemas must be an object, not a list' },
    { given: JSON.stringify({ ...valid, operations: { listPets: { ...operation, parameters: null } } }), why: 'operations."listPets".parameters must be an object, not null' },
    { given: JSON.stringify({ ...valid, operations: { listPets: { ...operation, parameters: { limit: { type: 'number' } } } } }), why: 'operations."listPets".parameters."limit".required is missing' },
    { given: JSON.stringify({ ...valid, operations: { listPets: { ...operation, body: 5 } } }), why: 'operations."listPets".body must be an object, not a number' },
    { given: JSON.stringify({ ...valid, operations: { listPets: { ...operation, responses: { '200': { type: 'Pet' } } } } }), why: 'operations."listPets".responses."200" must be a string, not an object' },
    { given: JSON.stringify({ ...valid, schemas: { Pet: 1 } }), why: 'schemas."Pet" must be a string, not a number' },
    // Another tool's file of the same name.
    { given: JSON.stringify({ openapi: '3.1.0', endpoints: [] }), why: 'operations is missing' },
  ])('$given: $why', async ({ given, why }) => {
    const file = join(folder, 'api-surface.json');
    expect(await read(given)).toEqual({ warning: `${file} is not a surface this generator wrote (${why}); it is read as no previous client` });
  });

  it('says when the file cannot be read', async () => {
    const file = join(folder, 'a-folder.json');
    await mkdir(file);
    expect(await readApiSurface(file)).toEqual({ warning: `${file} is not a surface this generator wrote (it cannot be read: EISDIR); it is read as no previous client` });
  });

  it('keeps names Object.prototype has as plain entries (no prototype change, no inherited member)', async () => {
    const text = `{"operations": {"__proto__": ${JSON.stringify({ ...operation, path: '/proto' })}, "constructor": ${JSON.stringify(operation)}}, "schemas": {"__proto__": "string", "toString": "number"}}`;
    const { surface } = await read(text);
    expect(Object.keys(surface!.operations)).toEqual(['__proto__', 'constructor']);
    expect(Object.getPrototypeOf(surface!.operations)).toBeNull();
    expect(Object.keys(surface!.schemas)).toEqual(['__proto__', 'toString']);
    expect(diffApiSurface(surface!, valid as ApiSurface).map((change) => change.text)).toEqual([
      'operation `__proto__` was removed (GET /proto)',
      'operation `constructor` was renamed `listPets` (GET /pets)',
      'type `__proto__` was removed',
      'type `toString` was removed',
      'type `Pet` was added',
    ]);
  });

  it('never throws and never returns a surface the diff cannot read, whatever JSON the file holds (property)', async () => {
    const shaped = fc.record({
      operations: fc.dictionary(fc.string(), fc.record({ method: fc.anything(), path: fc.anything(), parameters: fc.anything(), responses: fc.anything(), errors: fc.anything(), body: fc.anything() }, { requiredKeys: [] })),
      schemas: fc.anything(),
    }, { requiredKeys: [] });
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.jsonValue(), shaped, fc.constant(valid)), async (value) => {
        const result = await read(JSON.stringify(value) ?? 'null');
        if (result.surface) diffApiSurface(result.surface, valid as ApiSurface);
        else expect(result.warning).toMatch(/it is read as no previous client$/);
      }),
      { numRuns: 300 },
    );
  });
});
