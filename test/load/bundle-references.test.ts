/**
 * Multi-file specs shaped like large real ones: path items in nested folders, component files referring to other
 * component files, files whose whole content is one schema, `default` responses in other files, references back
 * into the root document, and thousands of files. They must bundle; a reference to a missing file is reported at
 * its line.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSpecFile } from '../../generator/load/load-api.js';
import { SpecError } from '../../generator/load/spec-error.js';
import { buildApiModel } from '../../generator/model/build-api-model.js';

let work: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'bundle-'));
});
afterAll(() => rm(work, { recursive: true, force: true }));

async function put(root: string, file: string, text: string): Promise<void> {
  await mkdir(dirname(join(root, file)), { recursive: true });
  await writeFile(join(root, file), text);
}

/** A spec split like Redocly's multi-file layout, with `resources` resources of `chain` chained schemas each. */
async function writeMultiFileSpec(root: string, resources: number, chain: number): Promise<void> {
  const paths: string[] = [];
  for (let r = 0; r < resources; r++) {
    paths.push(`  /r${r}/{id}:\n    $ref: './paths/group${r % 7}/r${r}.yaml'`);
    await put(
      root,
      `paths/group${r % 7}/r${r}.yaml`,
      [
        'get:',
        `  operationId: getR${r}`,
        '  parameters:',
        "    - $ref: '../../components/parameters/Id.yaml'",
        '  responses:',
        "    '200':",
        '      description: OK',
        '      content:',
        '        application/json:',
        `          schema: { $ref: '../../components/schemas/r${r}/S0.yaml' }`,
        '    default:',
        "      $ref: '../../components/responses/Problem.yaml'",
        '',
      ].join('\n'),
    );
    for (let i = 0; i < chain; i++) {
      const next = i + 1 < chain ? `{ $ref: './S${i + 1}.yaml' }` : `{ $ref: '../../../openapi.yaml#/components/schemas/Leaf' }`;
      // A file whose whole content is one schema, referring to the next file and to a shared one two folders up.
      await put(root, `components/schemas/r${r}/S${i}.yaml`, `type: object\nproperties:\n  next: ${next}\n  audit: { $ref: '../common/Audit.yaml' }\n  default: { type: string }\n`);
    }
  }
  await put(root, 'components/schemas/common/Audit.yaml', 'type: object\nproperties:\n  at: { type: string, format: date-time }\n  by: { $ref: ./User.yaml }\n');
  await put(root, 'components/schemas/common/User.yaml', 'type: object\nrequired: [id]\nproperties:\n  id: { type: string }\n');
  await put(root, 'components/parameters/Id.yaml', 'name: id\nin: path\nrequired: true\nschema: { type: string }\n');
  await put(root, 'components/responses/Problem.yaml', "description: A problem\ncontent:\n  application/problem+json:\n    schema: { $ref: '../schemas/common/Problem.yaml' }\n");
  await put(root, 'components/schemas/common/Problem.yaml', 'type: object\nproperties:\n  title: { type: string }\n  user: { $ref: ./User.yaml }\n');
  await put(
    root,
    'openapi.yaml',
    `openapi: 3.1.0\ninfo: { title: Multi, version: '1' }\npaths:\n${paths.join('\n')}\ncomponents:\n  schemas:\n    Leaf: { type: string }\n`,
  );
}

describe('bundling multi-file specs', () => {
  it('bundles 2,000 files in nested folders, through default responses and back into the root', async () => {
    const root = join(work, 'large');
    await writeMultiFileSpec(root, 20, 100);
    // Named with `./` and `..`, as users type paths: every spelling of one file is one file.
    const spelled = `./${relative(process.cwd(), root)}/../large/openapi.yaml`;
    const model = buildApiModel(await loadSpecFile(spelled));
    expect(model.operations).toHaveLength(20);
    const keys = model.schemas.map((schema) => schema.key);
    expect(keys).toEqual(expect.arrayContaining(['Leaf', 'Audit', 'User', 'Problem', 'S0', 'S99']));
    // 20 chains of 100 schemas with the same file names (S0…S99) in different folders: each a schema of its own.
    expect(keys.filter((key) => /^S\d+/.test(key))).toHaveLength(2000);
    const problem = model.operations[0]!.errorResponses[0]!;
    expect(problem.contents[0]?.mediaType).toBe('application/problem+json');
  }, 60_000);

  it('reports a reference to a missing file at its line, even from a default response', async () => {
    const root = join(work, 'missing');
    await put(root, 'openapi.yaml', "openapi: 3.1.0\ninfo: { title: M, version: '1' }\npaths:\n  /a:\n    get:\n      responses:\n        default:\n          $ref: './nowhere/Problem.yaml'\n");
    const error = await loadSpecFile(join(root, 'openapi.yaml')).then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(SpecError);
    expect((error as SpecError).message).toMatch(/names a file that cannot be read/);
    expect((error as SpecError).positions[0]).toMatchObject({ line: 8 });
  });

  it('ignores a reference inside an example, and keeps a property named like a keyword', async () => {
    const root = join(work, 'examples');
    await put(
      root,
      'openapi.yaml',
      [
        'openapi: 3.1.0',
        "info: { title: E, version: '1' }",
        'paths: {}',
        'components:',
        '  schemas:',
        "    Thing: { $ref: './Thing.yaml' }",
      ].join('\n'),
    );
    await put(root, 'Thing.yaml', "type: object\nexample: { $ref: './not-a-file.yaml' }\nproperties:\n  example: { $ref: './Part.yaml' }\n  enum: { type: string }\n");
    await put(root, 'Part.yaml', 'type: integer\n');
    const model = buildApiModel(await loadSpecFile(join(root, 'openapi.yaml')));
    const thing = model.schemas.find((schema) => schema.key === 'Thing2' || schema.key === 'Thing')!;
    expect(JSON.stringify(model.document)).toContain('#/components/schemas/Part');
    expect(thing).toBeDefined();
  });
});
