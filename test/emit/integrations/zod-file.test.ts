/**
 * zod.ts at work: the zod fixture's committed schemas (test/fixtures/specs/zod, kept equal to a fresh generation by
 * the golden test) accept what the spec allows and refuse what it does not, and a bundler keeps only the schemas an
 * app imports.
 */
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { emitZodFile } from '../../../generator/emit/integrations/zod/emit-zod-file.js';
import { zodReadmeSection } from '../../../generator/emit/integrations/zod/zod-readme-section.js';
import * as zs from '../../fixtures/generated/zod/zod.js';
import { modelFromYaml } from '../../support/build-model.js';

const pet = {
  id: '123e4567-e89b-12d3-a456-426614174000',
  name: 'Rex',
  species: 'dog',
  tags: ['good'],
  weight: 12.5,
  age: null,
  birthday: '2020-02-29',
  owner: { email: 'ann@example.com', website: 'https://example.com/ann', lastSeen: '2024-05-01T10:00:00+02:00', code: 'ABC-1234' },
  attributes: { color: 'brown', mood: 'happy' },
};

/** The issue paths of a failed parse, or `ok`. */
function outcome(schema: { safeParse(value: unknown): { success: boolean; error?: { issues: Array<{ path: PropertyKey[] }> } } }, value: unknown): string {
  const result = schema.safeParse(value);
  return result.success ? 'ok' : result.error!.issues.map((issue) => issue.path.join('.') || '(root)').join(', ');
}

describe('zod.ts of the zod fixture', () => {
  it('accepts what the spec allows', () => {
    expect(outcome(zs.PetSchema, pet)).toBe('ok');
    expect(outcome(zs.PetInputSchema, { name: 'Rex', species: 'cat', secret: 's' })).toBe('ok');
    expect(outcome(zs.ShapeSchema, { kind: 'circle', radius: 1 })).toBe('ok');
    expect(outcome(zs.ShapeSchema, { kind: 'square', side: 2, label: null })).toBe('ok');
    expect(outcome(zs.ZodEventSchema, { type: 'Removed', id: 'p1' })).toBe('ok');
    expect(outcome(zs.CarSchema, { vehicleType: 'car', doors: 4 })).toBe('ok');
    expect(outcome(zs.JobSchema, { id: 'j1', state: 'running', progress: 0.5 })).toBe('ok');
    expect(outcome(zs.PrioritySchema, null)).toBe('ok');
    expect(outcome(zs.PrioritySchema, 'high')).toBe('ok');
    expect(outcome(zs.SettingsSchema, { mode: 'strict', retries: [1, 2] })).toBe('ok');
    expect(outcome(zs.ExpressionSchema, { op: '+', args: [1, { op: '*', args: [2, 3] }] })).toBe('ok');
    expect(outcome(zs.PointSchema, [1, 2])).toBe('ok');
    expect(outcome(zs.MetadataSchema, { source: 'a', anything: [1] })).toBe('ok');
    expect(outcome(zs.CountsSchema, { a: 1, b: 0 })).toBe('ok');
    // 2^60: past 2^53, still an integer (z.int() would refuse it).
    expect(outcome(zs.getTreeParamsSchema, { id: 2 ** 60 })).toBe('ok');
    expect(outcome(zs.uploadPhotoParamsSchema, { petId: 'p1', body: { file: new Blob(['x']) } })).toBe('ok');
    expect(outcome(zs.uploadPhotoParamsSchema, { petId: 'p1', contentType: 'application/octet-stream', body: new Uint8Array(2) })).toBe('ok');
    expect(outcome(zs.measureShapeResponseSchema, 'area: 3')).toBe('ok');
    expect(outcome(zs.deletePetResponseSchema, undefined)).toBe('ok');
    expect(outcome(zs.streamEventsResponseSchema, (async function* () {})())).toBe('ok');
  });

  it('refuses what the spec does not allow, naming where', () => {
    const { name: _name, ...nameless } = pet;
    expect(outcome(zs.PetSchema, nameless)).toBe('name');
    expect(outcome(zs.PetSchema, { ...pet, name: 42 })).toBe('name');
    expect(outcome(zs.PetSchema, { ...pet, name: '' })).toBe('name');
    expect(outcome(zs.PetSchema, { ...pet, id: 'not-a-uuid' })).toBe('id');
    expect(outcome(zs.PetSchema, { ...pet, species: 'fish' })).toBe('species');
    expect(outcome(zs.PetSchema, { ...pet, tags: [] })).toBe('tags');
    expect(outcome(zs.PetSchema, { ...pet, weight: 0 })).toBe('weight');
    expect(outcome(zs.PetSchema, { ...pet, weight: 1.25 })).toBe('weight');
    expect(outcome(zs.PetSchema, { ...pet, age: 1.5 })).toBe('age');
    expect(outcome(zs.PetSchema, { ...pet, birthday: '2021-02-29' })).toBe('birthday');
    expect(outcome(zs.PetSchema, { ...pet, owner: { ...pet.owner, email: 'nobody' } })).toBe('owner.email');
    expect(outcome(zs.PetSchema, { ...pet, owner: { ...pet.owner, lastSeen: 'yesterday' } })).toBe('owner.lastSeen');
    expect(outcome(zs.PetSchema, { ...pet, owner: { ...pet.owner, code: 'abc-1234' } })).toBe('owner.code');
    // additionalProperties: false refuses another property; a schema checks them; a record checks every value.
    expect(outcome(zs.OwnerSchema, { ...pet.owner, nickname: 'A' })).toBe('(root)');
    expect(outcome(zs.AttributesSchema, { color: 'brown', size: 3 })).toBe('size');
    expect(outcome(zs.CountsSchema, { a: -1 })).toBe('a');
    expect(outcome(zs.ShapeSchema, { kind: 'triangle', side: 1 })).toBe('kind');
    expect(outcome(zs.ShapeSchema, { kind: 'circle', side: 1 })).toBe('radius');
    expect(outcome(zs.BikeSchema, { vehicleType: 'car' })).toBe('vehicleType');
    expect(outcome(zs.JobSchema, { state: 'done' })).toBe('id');
    expect(outcome(zs.SettingsSchema, { mode: 'strict', retries: [2, 1] })).toBe('retries.0, retries.1');
    expect(outcome(zs.VersionSchema, 3)).toBe('(root)');
    expect(outcome(zs.PointSchema, [1, 2, 3])).toBe('(root)');
    expect(outcome(zs.TreeNodeSchema, { value: 'a', children: [{ value: 'b', children: [{}] }] })).toBe('children.0.children.0.value');
    expect(outcome(zs.streamEventsResponseSchema, {})).toBe('(root)');
    expect(outcome(zs.uploadPhotoParamsSchema, { petId: 'p1', body: { file: 'not a file' } })).toBe('body.file');
  });

  it('drops undeclared properties from what it returns, but keeps them where the spec allows any', () => {
    expect(zs.PetSchema.parse({ ...pet, extra: 1 })).not.toHaveProperty('extra');
    expect(zs.MetadataSchema.parse({ extra: 1 })).toEqual({ extra: 1 });
  });

  it('declares a property called __proto__ without touching a prototype; zod neither checks nor returns it', () => {
    expect(Object.keys(zs.ProblemSchema.shape)).toContain('__proto__');
    const parsed = zs.ProblemSchema.parse(JSON.parse('{"status":404,"title":"Not found","__proto__":{"polluted":true}}'));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype);
    // zod's own rule for that one name: skipped, so a wrong type passes and the value is left out.
    expect(Object.getOwnPropertyNames(parsed)).toEqual(['status', 'title']);
  });
});

describe('tree-shaking', () => {
  /** The bundle of `entry`, unminified, so the schemas keep their names. */
  async function bundle(entry: string): Promise<string> {
    const result = await build({ stdin: { contents: entry, resolveDir: process.cwd(), loader: 'ts' }, bundle: true, format: 'esm', platform: 'neutral', write: false, logLevel: 'silent' });
    return result.outputFiles[0]!.text;
  }
  const declared = (code: string) => [...code.matchAll(/^var (\w+Schema) =/gm)].map((match) => match[1]).sort();

  it('keeps one imported schema and what it refers to, and drops every other', async () => {
    const code = await bundle(`import { PetSchema } from './test/fixtures/generated/zod/zod.js'; console.log(PetSchema.parse({}));`);
    const kept = declared(code);
    console.log(`tree-shaking: importing PetSchema keeps ${kept.join(', ')}; ${(await bundle(`export * from './test/fixtures/generated/zod/zod.js';`)).length} bytes for all, ${code.length} for one`);
    expect(kept).toEqual(['AttributesSchema', 'OwnerSchema', 'PetSchema', 'SpeciesSchema']);
  });

  it('has no top-level side effects: importing the module for nothing bundles none of it', async () => {
    const code = await bundle(`import './test/fixtures/generated/zod/zod.js';`);
    expect(declared(code)).toEqual([]);
    expect(code.trim()).toBe('');
  });
});

describe('emitZodFile', () => {
  it('gives the same text twice, and none for an API without schemas or operations', () => {
    const yaml = 'openapi: 3.1.0\ninfo: { title: t, version: "1" }\npaths: {}\ncomponents:\n  schemas:\n    A: { type: object, properties: { b: { $ref: "#/components/schemas/B" } } }\n    B: { type: array, items: { $ref: "#/components/schemas/A" } }\n';
    expect(emitZodFile(modelFromYaml(yaml))).toBe(emitZodFile(modelFromYaml(yaml)));
    expect(emitZodFile(modelFromYaml('openapi: 3.1.0\ninfo: { title: t, version: "1" }\npaths: {}\n'))).toBe('export {};\n');
  });

  it('declares a schema before the schemas that use it, and reaches back through z.lazy only to close a cycle', () => {
    const text = emitZodFile(
      modelFromYaml(`openapi: 3.1.0
info: { title: t, version: "1" }
paths: {}
components:
  schemas:
    A: { type: object, properties: { c: { $ref: "#/components/schemas/C" } } }
    B: { type: object, properties: { a: { $ref: "#/components/schemas/A" }, self: { $ref: "#/components/schemas/B" } } }
    C: { type: string }
`),
    );
    const order = [...text.matchAll(/^export const (\w+) =/gm)].map((match) => match[1]);
    expect(order).toEqual(['CSchema', 'ASchema', 'BSchema']);
    expect(text.match(/z\.lazy/g)).toHaveLength(1);
    expect(text).toContain('self: z.lazy((): z.ZodType<B> => BSchema).optional()');
    expect(text).toContain('import type { B } from "./schemas.js";');
  });
});

describe('the README section', () => {
  const yaml = 'openapi: 3.1.0\ninfo: { title: t, version: "1" }\npaths: {}\ncomponents:\n  schemas:\n    Meeting: { type: object, required: [at], properties: { at: { type: string, format: date-time } } }\n';

  it("annotates its example with the client's type, but not under dates: true, where z.infer has strings for Dates", () => {
    const plain = zodReadmeSection({ ...modelFromYaml(yaml), integrations: ['zod'] });
    expect(plain).toContain('const value: Meeting = checked.data;');
    const dated = zodReadmeSection({ ...modelFromYaml(yaml), integrations: ['zod', 'dates'] });
    expect(dated).not.toContain("const value: Meeting");
    expect(dated).toContain('With `dates: true`, the schemas still describe the JSON text');
    expect(dated).toContain('MeetingSchema.safeParse(');
  });
});
