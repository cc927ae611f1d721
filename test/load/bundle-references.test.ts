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
import { Diagnostics, formatDiagnostic } from '../../generator/load/diagnostics.js';
import { loadSpecFile } from '../../generator/load/load-api.js';
import { formatSpecError, SpecError } from '../../generator/load/spec-error.js';
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

/** Loads `openapi.yaml` of `root` with a collector; the error when it is refused. */
async function load(root: string): Promise<{ model?: ReturnType<typeof buildApiModel>; warnings: string[]; error?: SpecError }> {
  const diagnostics = new Diagnostics();
  try {
    const model = buildApiModel(await loadSpecFile(join(root, 'openapi.yaml'), diagnostics), diagnostics);
    return { model, warnings: diagnostics.list.map((d) => formatDiagnostic(d).replace(root, '<root>')) };
  } catch (error) {
    if (!(error instanceof SpecError)) throw error;
    return { warnings: diagnostics.list.map(formatDiagnostic), error };
  }
}

const specHead = "openapi: 3.0.0\ninfo: { title: M, version: '1' }\n";

describe('a $ref standing for a whole map (DigitalOcean)', () => {
  it('reads `properties: { $ref }` into another file as the map it points at, with a warning at the $ref in its own file', async () => {
    const root = join(work, 'map-properties');
    await put(root, 'openapi.yaml', `${specHead}paths:\n  /lb:\n    get:\n      $ref: 'resources/lb_get.yml'\n`);
    await put(root, 'resources/lb_get.yml', "operationId: getLb\nresponses:\n  '200':\n    description: ok\n    content:\n      application/json:\n        schema:\n          $ref: 'models/lb.yml'\n");
    await put(root, 'resources/models/lb.yml', "allOf:\n- type: object\n  properties:\n    name: { type: string }\n- type: object\n  properties:\n    $ref: 'attributes.yml#/droplet_ids'\n");
    await put(root, 'resources/models/attributes.yml', 'droplet_ids:\n  droplet_ids:\n    type: array\n    items: { type: integer }\n');
    const { model, warnings, error } = await load(root);
    expect(error).toBeUndefined();
    const lb = model!.schemas.find((schema) => schema.key === 'lb')!.schema as { allOf: Array<{ properties: Record<string, unknown> }> };
    expect(lb.allOf[1]!.properties).toEqual({ droplet_ids: { type: 'array', items: { type: 'integer' } } });
    expect(warnings).toEqual([
      `warning: <root>/resources/models/lb.yml:7:11 (#/allOf/1/properties/$ref): \`properties\` is a $ref ("attributes.yml#/droplet_ids") standing for the whole map, where OpenAPI allows one only in place of an entry; read the entries of the map it points at`,
    ]);
  });

  it('reads a map $ref in the spec itself and for components, responses and parameters; entries beside it win', async () => {
    const root = join(work, 'map-local');
    await put(
      root,
      'openapi.yaml',
      [
        specHead.trimEnd(),
        'paths:',
        '  /a/{id}:',
        '    get:',
        "      parameters: { $ref: 'parameters.yml#/list' }",
        "      responses: { $ref: '#/x-responses' }",
        'components:',
        "  schemas: { $ref: 'schemas.yml' }",
        'x-responses:',
        "  '200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/A' } } } }",
        '',
      ].join('\n'),
    );
    await put(root, 'parameters.yml', 'list:\n  - { name: id, in: path, required: true, schema: { type: string } }\n');
    await put(root, 'schemas.yml', "A:\n  type: object\n  properties:\n    $ref: '#/props'\n    extra: { type: boolean }\nprops:\n  x: { type: string }\n  extra: { type: string }\n");
    const { model, warnings, error } = await load(root);
    expect(error).toBeUndefined();
    expect(model!.operations[0]!.parameters.map((p) => p.name)).toEqual(['id']);
    expect(model!.operations[0]!.successResponses.map((r) => r.status)).toEqual([{ kind: 'status-code', code: 200 }]);
    // Entries written beside the $ref win over the map's own.
    expect(model!.schemas.find((s) => s.key === 'A')!.schema).toEqual({ type: 'object', properties: { x: { type: 'string' }, extra: { type: 'boolean' } } });
    expect(warnings.map((w) => /^warning: (\S+?):(\d+):\d+ \S+ `(\w+)`/.exec(w)!.slice(1).join(' '))).toEqual([
      '<root>/openapi.yaml 6 parameters',
      '<root>/openapi.yaml 7 responses',
      '<root>/openapi.yaml 9 schemas',
      '<root>/schemas.yml 4 properties',
    ]);
  });

  it('refuses a map $ref that points at a text, at the $ref', async () => {
    const root = join(work, 'map-text');
    await put(root, 'openapi.yaml', `${specHead}paths: {}\ncomponents:\n  schemas:\n    A:\n      properties: { $ref: 'attributes.yml#/name' }\n`);
    await put(root, 'attributes.yml', 'name: just a text\n');
    const { error } = await load(root);
    expect(error?.message).toBe('`properties` is a $ref to the text "just a text", where a map is expected');
    expect(error?.positions[0]).toMatchObject({ line: 7 });
  });

  it('refuses a map that contains itself through map $refs', async () => {
    const root = join(work, 'map-cycle');
    await put(root, 'openapi.yaml', `${specHead}paths: {}\ncomponents:\n  schemas:\n    A:\n      properties: { $ref: 'attributes.yml#/a' }\n`);
    await put(root, 'attributes.yml', "a:\n  b:\n    properties: { $ref: '#/a' }\n");
    const { error } = await load(root);
    expect(error?.message).toBe('$ref "#/a" includes itself');
    expect(error?.positions[0]).toMatchObject({ file: join(root, 'attributes.yml'), line: 3 });
  });

  it('keeps a discriminator mapping entry named `$ref` as an entry', async () => {
    const root = join(work, 'map-mapping');
    await put(
      root,
      'openapi.yaml',
      `${specHead}paths: {}\ncomponents:\n  schemas:\n    A: { type: object, properties: { kind: { type: string } } }\n    U:\n      oneOf: [{ $ref: '#/components/schemas/A' }]\n      discriminator: { propertyName: kind, mapping: { $ref: '#/components/schemas/A' } }\n`,
    );
    const { error, model } = await load(root);
    expect(error).toBeUndefined();
    expect(model!.schemas.map((s) => s.key)).toEqual(['A', 'U']);
  });
});

describe('positions in content bundled from other files', () => {
  it('points an error at the file and line where the content is written, not at the spec that refers to it', async () => {
    const root = join(work, 'error-position');
    await put(root, 'openapi.yaml', `${specHead}paths:\n  /a:\n    get:\n      $ref: 'ops/get_a.yml'\ncomponents:\n  securitySchemes:\n    bearer: { type: http, scheme: bearer }\n`);
    await put(root, 'ops/get_a.yml', "responses:\n  '200':\n    description: ok\n    content:\n      application/json:\n        schema: { $ref: '../models/a.yml' }\n");
    await put(root, 'ops/../models/a.yml', 'type: object\nproperties:\n  name:\n    $ref: 3\n');
    const { error } = await load(root);
    expect(error).toBeInstanceOf(SpecError);
    // Before: `openapi.yaml:8:3 (#/components/schemas/a/properties/name/$ref)`, the line of `securitySchemes:`.
    expect(formatSpecError(error!).split('\n')[0]).toBe(`${join(root, 'models/a.yml')}:4:11 (#/properties/name/$ref): error: \`$ref\` must be a string`);
  });

  it('points warnings at moved schemas, copied responses and operations in their own files', async () => {
    const root = join(work, 'warning-positions');
    await put(root, 'openapi.yaml', `${specHead}paths:\n  /a:\n    post:\n      $ref: 'ops/post_a.yml'\n`);
    await put(
      root,
      'ops/post_a.yml',
      "requestBody:\n  content:\n    application/json:\n      schema: null\nresponses:\n  '200':\n    $ref: '../responses.yml#/ok'\n",
    );
    await put(root, 'responses.yml', "ok:\n  description: ok\n  content:\n    application/json:\n      schema: { $ref: 'models/thing.yml' }\n");
    await put(root, 'models/thing.yml', 'type: object\nproperties:\n  status:\n    type: { enum: [a, b] }\n');
    await put(root, 'client.yaml', '');
    const { warnings, error } = await load(root);
    expect(error).toBeUndefined();
    expect(warnings.map((w) => w.split(': ').slice(0, 2).join(': '))).toEqual([
      'warning: <root>/models/thing.yml:4:11 (#/properties/status/type)',
      'warning: <root>/ops/post_a.yml:4:15 (#/requestBody/content/application~1json/schema)',
    ]);
  });
});

