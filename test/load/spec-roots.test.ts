/**
 * File-access confinement: a spec's `$ref`s read only YAML and JSON files inside the spec's roots. Every attack is
 * refused at the `$ref`'s file:line:column with a hint, and the refused file is never opened: node:fs/promises is
 * wrapped here to record every path opened or read, and each one must be inside the root.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

/** Every path the code under test opened or read, resolved. */
const opened: string[] = [];

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  const record = (path: unknown) => {
    if (typeof path === 'string' || path instanceof URL || Buffer.isBuffer(path)) opened.push(resolve(String(path)));
  };
  return {
    ...real,
    default: real,
    open: (path: Parameters<typeof real.open>[0], ...rest: unknown[]) => {
      record(path);
      return (real.open as (...args: unknown[]) => unknown)(path, ...rest);
    },
    readFile: (path: Parameters<typeof real.readFile>[0], ...rest: unknown[]) => {
      record(path);
      return (real.readFile as (...args: unknown[]) => unknown)(path, ...rest);
    },
  };
});

const { loadApi, loadSpecFile } = await import('../../generator/load/load-api.js');
const { loadTarget } = await import('../../generator/generate.js');
const { readGeneratorConfig } = await import('../../generator/config/read-generator-config.js');
const { SpecError, formatSpecError } = await import('../../generator/load/spec-error.js');

const SECRET = 'TOKEN=npm_secret_never_read';
let work: string;
/** The spec's folder: the root. */
let root: string;
let outside: string;

beforeAll(async () => {
  work = realpathSync(await mkdtemp(join(tmpdir(), 'spec-roots-')));
  root = join(work, 'api');
  outside = join(work, 'outside');
  mkdirSync(join(root, 'parts'), { recursive: true });
  mkdirSync(join(root, 'dir.yaml'));
  mkdirSync(join(root, '.hidden'));
  mkdirSync(outside);
  writeFileSync(join(root, '.npmrc'), `${SECRET}\n`);
  writeFileSync(join(root, '.hidden', 'pet.yaml'), `type: string\ndescription: ${SECRET}\n`);
  writeFileSync(join(root, 'notes.txt'), `${SECRET}\n`);
  writeFileSync(join(root, 'parts', 'pet.yaml'), 'type: object\nproperties:\n  name: { type: string }\n');
  // A part inside the root that refers out of it: confinement holds for every file, not only the spec.
  writeFileSync(join(root, 'parts', 'chain.yaml'), "type: object\nproperties:\n  a: { $ref: '../link-out.yaml' }\n  b: { $ref: '../../outside/secret.yaml' }\n  c: { $ref: './pet.yaml' }\n");
  writeFileSync(join(outside, 'secret.yaml'), `type: string\ndescription: ${SECRET}\n`);
  symlinkSync(join(outside, 'secret.yaml'), join(root, 'link-out.yaml'));
  symlinkSync(outside, join(root, 'link-dir'));
  symlinkSync('/proc/self/environ', join(root, 'environ.yaml'));
  symlinkSync(join(root, '.npmrc'), join(root, 'npmrc.yaml'));
  execFileSync('mkfifo', [join(root, 'pipe.yaml')]);
});
afterAll(() => rm(work, { recursive: true, force: true }));
beforeEach(() => {
  opened.length = 0;
});

/** A spec whose operation's `field` (line 7) or whose response schema (`field` = schema, line 13) is `{ $ref: ref }`. */
function specWith(field: 'schema' | 'description' | 'summary', ref: string): string {
  const refText = `{ $ref: ${JSON.stringify(ref)} }`;
  const lines = [
    'openapi: 3.1.0',
    "info: { title: Confined, version: '1' }",
    'paths:',
    '  /pets:',
    '    get:',
    '      operationId: listPets',
    field === 'schema' ? '      description: Lists pets' : `      ${field}: ${refText}`,
    '      responses:',
    "        '200':",
    '          description: OK',
    '          content:',
    '            application/json:',
    `              schema: ${field === 'schema' ? refText : '{ type: string }'}`,
  ];
  return `${lines.join('\n')}\n`;
}

/** Loads `text` as `api/openapi.yaml`: the SpecError it is refused with, or undefined when it loads. */
async function refusalOf(text: string, file = join(root, 'openapi.yaml')): Promise<InstanceType<typeof SpecError> | undefined> {
  writeFileSync(file, text);
  try {
    await loadSpecFile(file);
    return undefined;
  } catch (error) {
    if (error instanceof SpecError) return error;
    throw error;
  }
}

/** True when `path` is inside the root (both real paths). */
function insideRoot(path: string): boolean {
  const fromRoot = relative(root, path);
  return fromRoot === '' || (!fromRoot.startsWith(`..${sep}`) && fromRoot !== '..' && !fromRoot.startsWith(sep));
}

describe('a $ref is refused at its line, and the file it names is never opened', () => {
  // `field` puts the $ref in the operation (line 8) or in its response schema (line 13).
  it.each([
    { field: 'description', ref: './.npmrc', want: /names \S+\/api\/\.npmrc, a hidden file or a file in a hidden folder/ },
    { field: 'summary', ref: '/etc/passwd', want: /is an absolute path; a reference names a file by a path relative to the file that holds it$/ },
    { field: 'summary', ref: '/proc/self/environ', want: /is an absolute path/ },
    { field: 'schema', ref: '../outside/secret.yaml', want: /leads outside the spec's folder \(\S+\/api\), to \S+\/outside\/secret\.yaml$/ },
    { field: 'schema', ref: '%2e%2e/outside/secret.yaml', want: /leads outside the spec's folder/ },
    { field: 'schema', ref: 'parts/../../outside/secret.yaml#/description', want: /leads outside the spec's folder/ },
    { field: 'schema', ref: 'link-out.yaml', want: /names \S+\/api\/link-out\.yaml, which leads \(through a link\) to \S+\/outside\/secret\.yaml, outside the spec's folder/ },
    { field: 'schema', ref: 'link-dir/secret.yaml', want: /which leads \(through a link\) to \S+\/outside\/secret\.yaml/ },
    { field: 'description', ref: 'environ.yaml', want: /which leads \(through a link\) to \/proc\/\d+\/environ/ },
    { field: 'description', ref: 'npmrc.yaml', want: /names \S+\/api\/\.npmrc, a hidden file/ },
    { field: 'schema', ref: '.hidden/pet.yaml', want: /a hidden file or a file in a hidden folder/ },
    { field: 'description', ref: 'notes.txt', want: /names \S+\/api\/notes\.txt, which is not a YAML or JSON file$/ },
    { field: 'schema', ref: 'pipe.yaml', want: /names a named pipe \(\S+\/api\/pipe\.yaml\), not a regular file$/ },
    { field: 'schema', ref: 'dir.yaml', want: /names a folder \(\S+\/api\/dir\.yaml\), not a regular file$/ },
    { field: 'schema', ref: 'https://example.com/pet.yaml', want: /is a URL; only files inside the spec's roots are read, never URLs \(`file:` included\)$/ },
    { field: 'description', ref: 'file:///etc/passwd', want: /is a URL/ },
    { field: 'schema', ref: 'parts/pet%00.yaml', want: /holds a NUL character/ },
    { field: 'schema', ref: 'parts/chain.yaml', want: /^\$ref "\.\.\/link-out\.yaml" names \S+\/api\/link-out\.yaml, which leads \(through a link\)/, line: 3 },
  ] as const)('$ref $ref in $field', async ({ field, ref, want, ...rest }) => {
    const error = await refusalOf(specWith(field, ref));
    expect(error).toBeInstanceOf(SpecError);
    expect(error!.message).toMatch(/^\$ref "/);
    expect(error!.message).toMatch(want);
    // A refusal in a part is reported in the part, at its $ref.
    const place = 'line' in rest ? { file: join(root, 'parts', 'chain.yaml'), line: rest.line } : { file: join(root, 'openapi.yaml'), line: field === 'schema' ? 13 : 7 };
    expect(error!.positions[0]).toMatchObject(place);
    expect(error!.positions[0]?.column).toBeGreaterThan(10);
    expect(error!.hint).toBeTruthy();
    expect(opened.filter((path) => !insideRoot(path) || /\.npmrc|notes\.txt|pipe\.yaml|dir\.yaml|\.hidden/.test(path))).toEqual([]);
  });

  it('prints the refusal with the place and a hint saying how to allow a root', async () => {
    const error = await refusalOf(specWith('schema', '../outside/secret.yaml'));
    const cwdRoot = relative(process.cwd(), root);
    const shownRoot = cwdRoot.startsWith('..') ? root : cwdRoot;
    const shownOutside = cwdRoot.startsWith('..') ? outside : relative(process.cwd(), outside);
    expect(formatSpecError(error!)).toBe(
      [
        `${join(root, 'openapi.yaml')}:13:31 (#/paths/~1pets/get/responses/200/content/application~1json/schema/$ref): error: $ref "../outside/secret.yaml" leads outside the spec's folder (${shownRoot}), to ${join(shownOutside, 'secret.yaml')}`,
        `  hint: if you trust ${shownOutside}, list it under \`roots\` in the API's entry of openapi-client.config.yaml or in its client.yaml (relative to that file), for example \`roots: [../shared-schemas]\``,
      ].join('\n'),
    );
  });

  it('still reads YAML files inside the root, through `..` that stays inside', async () => {
    writeFileSync(join(root, 'parts', 'list.yaml'), "type: array\nitems: { $ref: '../parts/pet.yaml' }\n");
    expect(await refusalOf(specWith('schema', './parts/../parts/list.yaml'))).toBeUndefined();
    // The recording sees reads: the spec and both parts were opened.
    expect(opened).toEqual(expect.arrayContaining([join(root, 'openapi.yaml'), join(root, 'parts', 'list.yaml'), join(root, 'parts', 'pet.yaml')]));
  });
});

describe('roots the user lists', () => {
  it('client.yaml `roots` lets a folder input read a shared folder; without it the same $ref is refused', async () => {
    const api = join(work, 'listed', 'pets');
    mkdirSync(join(work, 'listed', 'shared'), { recursive: true });
    mkdirSync(api, { recursive: true });
    writeFileSync(join(work, 'listed', 'shared', 'pet.yaml'), 'type: object\nproperties:\n  id: { type: integer }\n');
    writeFileSync(join(api, 'openapi.yaml'), specWith('schema', '../shared/pet.yaml'));
    const refused = await loadApi(api).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(SpecError);
    expect((refused as Error).message).toMatch(/leads outside the spec's folder/);
    writeFileSync(join(api, 'client.yaml'), 'roots: [../shared]\n');
    const loaded = await loadApi(api);
    expect(Object.keys((loaded.spec.document.components as { schemas: object }).schemas)).toEqual(['pet']);
  });

  it('the config file\'s API entry lists roots relative to the config file', async () => {
    const project = join(work, 'project');
    mkdirSync(join(project, 'specs', 'pets'), { recursive: true });
    mkdirSync(join(project, 'schemas'), { recursive: true });
    writeFileSync(join(project, 'schemas', 'pet.yaml'), 'type: string\n');
    writeFileSync(join(project, 'specs', 'pets', 'openapi.yaml'), specWith('schema', '../../schemas/pet.yaml'));
    writeFileSync(join(project, 'openapi-client.config.yaml'), 'output: out\napis:\n  - name: pets\n    input: specs/pets/openapi.yaml\n    roots: [schemas]\n');
    const config = await readGeneratorConfig(join(project, 'openapi-client.config.yaml'));
    expect(config.apis[0]?.settings.roots).toEqual([join(project, 'schemas')]);
    const loaded = await loadTarget(config.apis[0]!);
    expect(loaded.spec.document.components).toMatchObject({ schemas: { pet: { type: 'string' } } });
  });

  it('refuses a malformed `roots` at its line', async () => {
    const project = join(work, 'bad-roots');
    mkdirSync(project, { recursive: true });
    writeFileSync(join(project, 'openapi-client.config.yaml'), 'apis:\n  - name: pets\n    input: x.yaml\n    roots: [3]\n');
    const error = await readGeneratorConfig(join(project, 'openapi-client.config.yaml')).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SpecError);
    expect(formatSpecError(error as InstanceType<typeof SpecError>)).toMatch(/openapi-client\.config\.yaml:4:\d+ \(#\/apis\/0\/roots\/0\): error: each of "roots" must be a folder path/);
    writeFileSync(join(project, 'openapi-client.config.yaml'), 'apis:\n  - name: pets\n    input: x.yaml\n    roots: [shared, missing]\n');
    mkdirSync(join(project, 'shared'));
    const missing = await readGeneratorConfig(join(project, 'openapi-client.config.yaml')).catch((caught: unknown) => caught);
    expect(formatSpecError(missing as InstanceType<typeof SpecError>)).toMatch(
      /openapi-client\.config\.yaml:4:\d+ \(#\/apis\/0\/roots\/1\): error: "roots" lists "missing", which is not a folder \(\S+\/bad-roots\/missing\)\n  hint: list folders that exist, relative to this file$/,
    );
  });
});

describe('arbitrary $ref strings never read outside the root (property)', () => {
  const pieces = [
    '..', '.', '%2e%2e', '%2E.', '.%2e', '..%2f', '%2f', '\\', '..\\..', '/', '//', '%00', '\0', 'file:', 'file://', 'file:///',
    'http://127.0.0.1/', 'urn:x', 'C:\\', '/etc/passwd', '/proc/self/environ', '.npmrc', '.hidden', 'notes.txt', 'outside',
    'secret.yaml', 'link-out.yaml', 'link-dir', 'environ.yaml', 'npmrc.yaml', 'parts', 'pet.yaml', 'chain.yaml', 'api', 'pipe.yaml',
    '#', '#/description', '#/properties/b', '?x', ' ', '~',
  ];
  it('each path opened is inside the root, and the secret never reaches the document', async () => {
    const refArbitrary = fc.oneof(
      fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 7 }).map((parts) => parts.join('/')),
      fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 5 }).map((parts) => parts.join('')),
      fc.string({ maxLength: 30 }),
      fc.constantFrom(`${work}/outside/secret.yaml`, `file://${work}/outside/secret.yaml`),
    );
    await fc.assert(
      fc.asyncProperty(refArbitrary, fc.constantFrom('schema', 'description', 'summary') as fc.Arbitrary<'schema' | 'description' | 'summary'>, async (ref, field) => {
        opened.length = 0;
        const file = join(root, 'openapi.yaml');
        writeFileSync(file, specWith(field, ref));
        let document = '';
        try {
          document = JSON.stringify((await loadSpecFile(file)).spec.document);
        } catch (error) {
          if (!(error instanceof SpecError)) throw error;
        }
        expect(opened.filter((path) => !insideRoot(path))).toEqual([]);
        expect(document).not.toContain(SECRET);
        expect(opened.every((path) => path === file || /\.(ya?ml|json)$/.test(path))).toBe(true);
      }),
      { numRuns: 300, seed: 20261203 },
    );
  }, 120_000);
});

