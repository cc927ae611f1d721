/**
 * PrintMemory: a regeneration that recalls earlier prints writes exactly what a generation without them writes,
 * whatever changed in between (operations, inline schemas, components, component names), and recalls what did
 * not change.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { emitApiClient } from '../../generator/emit/emit-api-client.js';
import type { GeneratedFile } from '../../generator/emit/generated-file.js';
import { PrintMemory } from '../../generator/emit/print-memory.js';
import { readRuntimeTemplates } from '../../generator/generate.js';
import { modelFromYaml } from '../support/build-model.js';
import { corpusDir, corpusPresent } from '../support/corpus-present.js';

type Document = Record<string, any>;

let runtime: GeneratedFile[];
beforeAll(async () => {
  runtime = await readRuntimeTemplates();
});

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'options', 'head', 'trace'];

/** Every schema object reachable in `value`, with a way to replace it. */
function schemaSlots(value: unknown, found: Array<{ holder: Record<string, unknown>; key: string }> = [], depth = 0): typeof found {
  if (value === null || typeof value !== 'object' || depth > 40) return found;
  for (const [key, child] of Object.entries(value)) {
    if (key === 'schema' || key === 'items') found.push({ holder: value as Record<string, unknown>, key });
    if (key === 'properties' && child && typeof child === 'object') for (const name of Object.keys(child)) found.push({ holder: child as Record<string, unknown>, key: name });
    schemaSlots(child, found, depth + 1);
  }
  return found;
}

/** Changes one thing of `document` (chosen by `kind` and `pick`), in place; false when it has no such thing. */
function mutate(document: Document, kind: number, pick: number): boolean {
  const operations = Object.values<Record<string, Record<string, unknown>>>(document.paths ?? {}).flatMap((item) => METHODS.filter((m) => item?.[m]).map((m) => item[m]!));
  const schemas = (document.components?.schemas ?? {}) as Record<string, Record<string, unknown>>;
  const keys = Object.keys(schemas);
  switch (kind % 7) {
    case 0: {
      const operation = operations[pick % Math.max(operations.length, 1)];
      if (!operation) return false;
      operation.summary = `${String(operation.summary ?? '')} (changed ${pick})`;
      return true;
    }
    case 1: {
      const slots = schemaSlots(document.paths);
      const slot = slots[pick % Math.max(slots.length, 1)];
      if (!slot) return false;
      slot.holder[slot.key] = { type: 'object', required: ['added'], properties: { added: { type: 'integer' }, other: slot.holder[slot.key] } };
      return true;
    }
    case 2: {
      const key = keys[pick % Math.max(keys.length, 1)];
      if (key === undefined) return false;
      const schema = schemas[key]!;
      schemas[key] = { ...schema, type: 'object', properties: { ...(schema.properties as object), [pick % 3 ? 'addedField' : 'id']: { type: 'string', format: pick % 2 ? 'binary' : 'date-time' } } };
      return true;
    }
    case 3: {
      const key = keys[pick % Math.max(keys.length, 1)];
      if (key === undefined) return false;
      const renamed = `${key}Renamed${pick}`;
      const text = JSON.stringify(document).split(`"#/components/schemas/${key}"`).join(`"#/components/schemas/${renamed}"`);
      const next = JSON.parse(text) as Document;
      next.components.schemas[renamed] = next.components.schemas[key];
      delete next.components.schemas[key];
      for (const name of Object.keys(document)) delete document[name];
      Object.assign(document, next);
      return true;
    }
    case 4: {
      const key = keys[pick % Math.max(keys.length, 1)];
      const schema = key === undefined ? undefined : schemas[key];
      const first = schema?.properties && typeof schema.properties === 'object' ? Object.keys(schema.properties)[0] : undefined;
      if (!schema || first === undefined) return false;
      schema.required = Array.isArray(schema.required) && schema.required.includes(first) ? schema.required.filter((name: unknown) => name !== first) : [...((schema.required as string[]) ?? []), first];
      return true;
    }
    case 5: {
      // A component whose type name clashes with an existing one's: the names are handed out again.
      const key = keys[pick % Math.max(keys.length, 1)];
      if (key === undefined) return false;
      const clash = `${key[0] === key[0]!.toLowerCase() ? key[0]!.toUpperCase() : key[0]!.toLowerCase()}${key.slice(1)}`;
      if (clash === key || clash in schemas) return false;
      schemas[clash] = { type: 'object', properties: { clash: { type: 'boolean' } } };
      return true;
    }
    default: {
      const operation = operations[pick % Math.max(operations.length, 1)];
      if (!operation || keys.length === 0) return false;
      const target = keys[pick % keys.length]!;
      operation.responses = { ...(operation.responses as object), '418': { description: 'teapot', content: { 'application/json': { schema: { allOf: [{ $ref: `#/components/schemas/${target}` }], required: ['id'] } } } } };
      return true;
    }
  }
}

function generate(document: Document, memory?: PrintMemory): string {
  return emitApiClient(modelFromYaml(JSON.stringify(document)), runtime, undefined, memory)
    .map((file) => `=== ${file.path}\n${file.content}`)
    .join('\n');
}

async function fixtureDocuments(): Promise<Document[]> {
  const root = 'test/fixtures/specs';
  const documents: Document[] = [];
  for (const folder of (await readdir(root)).sort()) {
    // Specs in several files, and specs that only the load stage reads (leniently, with warnings), need loadApi.
    if (folder === 'multi-file' || folder === 'map-references' || folder === 'lenient-readings') continue;
    documents.push(parse(await readFile(join(root, folder, 'openapi.yaml'), 'utf8')) as Document);
  }
  return documents;
}

describe('PrintMemory', () => {
  it('recalls every type of an unchanged API, and the output is the same', async () => {
    const [document] = (await fixtureDocuments()).filter((d) => Object.keys(d.components?.schemas ?? {}).length > 2);
    const memory = new PrintMemory();
    const first = generate(document!, memory);
    const printed = memory.counts.printed;
    expect(printed).toBeGreaterThan(0);
    expect(generate(document!, memory)).toBe(first);
    expect(memory.counts.printed).toBe(printed);
    expect(memory.counts.recalled).toBeGreaterThan(0);
    // Every operation is recalled whole.
    expect(memory.counts.operationsRecalled).toBe(modelFromYaml(JSON.stringify(document)).operations.length);
    expect(generate(document!)).toBe(first);
  });

  it('forgets what it printed when a component a type reads changes, though the type\'s own schema did not', () => {
    const document: Document = {
      openapi: '3.1.0',
      info: { title: 't', version: '1' },
      paths: {
        '/pets': {
          get: {
            operationId: 'listPets',
            responses: { '200': { description: 'ok', content: { 'application/json': { schema: { allOf: [{ $ref: '#/components/schemas/pet' }], required: ['id'] } } } } },
          },
        },
      },
      components: { schemas: { pet: { type: 'object', properties: { name: { type: 'string' } } } } },
    };
    const memory = new PrintMemory();
    generate(document, memory);
    // allOf reads the referenced schema's properties: `required: [id]` applies once `pet` has an `id`.
    document.components.schemas.pet.properties.id = { type: 'string' };
    const withId = generate(document, memory);
    expect(withId).toBe(generate(document));
    expect(withId).toContain('WithRequired<');
    // Another component takes the type name `Pet`: the reference in the unchanged response prints the new name.
    document.components.schemas.Pet = { type: 'boolean' };
    expect(generate(document, memory)).toBe(generate(document));
  });

  it('a recalled type still brings the helper it uses, when the type that first asked for the helper is gone', () => {
    const withRequired = { allOf: [{ $ref: '#/components/schemas/Base' }], required: ['id'] };
    const operation = (id: string) => ({ operationId: id, responses: { '200': { description: 'ok', content: { 'application/json': { schema: withRequired } } } } });
    const document: Document = {
      openapi: '3.1.0',
      info: { title: 't', version: '1' },
      paths: { '/a': { get: operation('getA') }, '/b': { get: operation('getB') } },
      components: { schemas: { Base: { type: 'object', properties: { id: { type: 'string' } } } } },
    };
    const memory = new PrintMemory();
    expect(generate(document, memory)).toContain('export type WithRequired<');
    // getA no longer needs the helper; getB, unchanged, is recalled and still does.
    document.paths['/a'].get.responses['200'].content['application/json'].schema = { type: 'string' };
    const plain = generate(document);
    expect(plain).toContain('export type WithRequired<');
    expect(generate(document, memory)).toBe(plain);
  });

  it('holds one generation\'s worth however many regenerations follow (a long watch session)', async () => {
    const [document] = (await fixtureDocuments()).filter((d) => Object.keys(d.paths ?? {}).length > 1);
    const memory = new PrintMemory();
    generate(document!, memory);
    generate(document!, memory);
    const size = memory.size;
    expect(size).toBeGreaterThan(0);
    for (let edit = 0; edit < 20; edit++) {
      mutate(document!, 0, 0);
      generate(document!, memory);
    }
    // Each edit replaced one operation; what the previous generation alone used is dropped.
    expect(memory.size).toBeLessThanOrEqual(size + 1);
  });

  it('after any sequence of changes, a regeneration with the memory writes what one without it writes (property)', async () => {
    const documents = await fixtureDocuments();
    await fc.assert(
      fc.property(
        fc.integer({ min: 0, max: documents.length - 1 }),
        fc.array(fc.tuple(fc.nat(6), fc.nat(1000)), { minLength: 1, maxLength: 4 }),
        (which, changes) => {
          const document = structuredClone(documents[which]!);
          const memory = new PrintMemory();
          generate(document, memory);
          for (const [kind, pick] of changes) {
            if (!mutate(document, kind, pick)) continue;
            let plain: string;
            try {
              plain = generate(document);
            } catch (error) {
              // A change the generator refuses is refused with the memory too.
              expect(() => generate(document, memory)).toThrow((error as Error).message);
              return;
            }
            expect(generate(document, memory)).toBe(plain);
          }
        },
      ),
      { numRuns: 60, seed: 20261201 },
    );
  }, 120_000);

  const openai = join(corpusDir, 'real/openai/openai.yaml');
  it.skipIf(!corpusPresent("regenerating OpenAI's spec after each kind of change", openai))('regenerates a real API after one change of each kind exactly, recalling the rest', async () => {
    const document = parse(await readFile(openai, 'utf8')) as Document;
    const memory = new PrintMemory();
    generate(document, memory);
    for (let kind = 0; kind < 7; kind++) {
      expect(mutate(document, kind, 7 + kind)).toBe(true);
      const recalledBefore = memory.counts.recalled;
      const operationsBefore = memory.counts.operationsRecalled;
      expect(generate(document, memory), `change kind ${kind}`).toBe(generate(document));
      // An operation's summary or inline schema leaves the components as they were: the rest is recalled.
      if (kind === 0 || kind === 1) expect(memory.counts.recalled - recalledBefore).toBeGreaterThan(100);
      // A summary changes one operation: the others are recalled whole.
      if (kind === 0) expect(memory.counts.operationsRecalled - operationsBefore).toBeGreaterThan(100);
    }
  }, 120_000);
});
