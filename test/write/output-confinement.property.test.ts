/**
 * The output confinement property: any API name, given as `--name`, as a spec file's name or in a config file,
 * either generates a client folder directly inside the output folder or is refused as bad input (a SpecError, exit
 * 2), and in every case no file or folder outside the output folder is created, changed or removed. The pipeline
 * runs in-process through the same functions the command calls (configFromSpec, readGeneratorConfig, generateRun,
 * writeRun), around an output folder that holds a hostile record and a link leading out of it.
 */
import fc from 'fast-check';
import { lstat, mkdir, mkdtemp, readdir, readFile, readlink, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configFromSpec, readGeneratorConfig, type GeneratorConfig } from '../../generator/config/read-generator-config.js';
import { SpecError } from '../../generator/load/spec-error.js';
import { generateRun, writeRun } from '../../generator/run-generator.js';
import { OUTPUT_MANIFEST_FILE } from '../../generator/write/output-manifest.js';

const SPEC = `openapi: 3.1.0
info: { title: Tiny, version: '1' }
paths:
  /things:
    get:
      operationId: listThings
      responses:
        '200':
          description: ok
          content: { application/json: { schema: { type: string } } }
`;

let root: string;
let project: string;
let output: string;

/** Every entry under `folder` but `skip`, as path → what it is (file text, folder, or link target). */
async function snapshot(folder: string, skip: string): Promise<Map<string, string>> {
  const entries = new Map<string, string>();
  const walk = async (dir: string): Promise<void> => {
    for (const name of await readdir(dir)) {
      const path = join(dir, name);
      if (path === skip) continue;
      const info = await lstat(path);
      if (info.isSymbolicLink()) entries.set(path, `link → ${await readlink(path)}`);
      else if (info.isDirectory()) {
        entries.set(path, 'folder');
        await walk(path);
      } else entries.set(path, `file ${await readFile(path, 'utf8')}`);
    }
  };
  await walk(folder);
  return entries;
}

/** A fresh output folder: a client of another API, a record listing it and hostile entries, and a link out. */
async function resetOutput(recordLink: boolean): Promise<void> {
  await rm(output, { recursive: true, force: true });
  await mkdir(join(output, 'other'), { recursive: true });
  await writeFile(join(output, 'other/index.ts'), '// Generated from Other 1 (OpenAPI 3.1.0).\n');
  await symlink(join(root, 'outside'), join(output, 'link'));
  const apis = ['other', '..', '.', '../outside', '../project', join(root, 'outside'), 'a/b', ...(recordLink ? ['link'] : [])];
  await writeFile(join(output, OUTPUT_MANIFEST_FILE), JSON.stringify({ apis }));
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'confinement-'));
  project = join(root, 'project');
  output = join(project, 'out');
  await mkdir(join(project, 'spec'), { recursive: true });
  await mkdir(join(project, 'named'));
  await mkdir(join(project, 'src'));
  await mkdir(join(root, 'outside'));
  await writeFile(join(project, 'spec/api.yaml'), SPEC);
  await writeFile(join(project, 'src/app.ts'), 'export {};\n');
  await writeFile(join(root, 'outside/index.ts'), '// Generated from Outside 1 (OpenAPI 3.1.0).\n');
  await writeFile(join(root, 'secret.txt'), 'keep\n');
});
afterAll(() => rm(root, { recursive: true, force: true }));

/** Names of every kind: separators, dots, `..`, unicode, NUL and other controls, device names, very long ones, valid ones. */
const apiNames = fc.oneof(
  fc.constantFrom('.', '..', '...', '', '/', '\\', '../x', '..\\x', '../../outside', '/etc/x', 'C:\\x', 'CON', 'con.txt', 'Nul', 'LPT9.tar.gz', 'com1', 'a.', 'a ', ' a', '\0', 'a\0b', 'é', '日本', '\u202e', '\u001b[2K', '.hidden', '-x', 'a/../../b', 'link', 'other', 'Other', 'out', 'project', 'x'.repeat(101), 'x'.repeat(300)),
  fc.string({ unit: fc.constantFrom('.', '/', '\\', 'a', 'Z', '0', '-', '_', ' ', '\0', 'é', '\u{1F600}', ':', 'C', 'O', 'N'), maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 24 }),
  fc.string({ unit: fc.constantFrom('a', '.', '/'), minLength: 90, maxLength: 400 }),
  fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._-]{0,20}$/),
);

/** A name a spec file can carry on this file system: one path segment, no NUL, within the length limit. */
function fileNameFits(name: string): boolean {
  return !/[/\0]/.test(name) && name !== '' && name !== '.' && name !== '..' && Buffer.byteLength(`${name}.yaml`) <= 255;
}

type Source = 'name' | 'file' | 'config';

/** Puts `name` where `source` takes it from (a spec file's name, a config file); returns the run's config builder. */
async function prepare(source: Source, name: string): Promise<() => Promise<GeneratorConfig>> {
  if (source === 'name') return async () => configFromSpec(join(project, 'spec/api.yaml'), output, name);
  if (source === 'file') {
    const specFile = join(project, 'named', `${name}.yaml`);
    await writeFile(specFile, SPEC);
    return async () => configFromSpec(specFile, output);
  }
  await writeFile(join(project, 'openapi-client.config.json'), JSON.stringify({ output: 'out', apis: [{ name, input: 'spec/api.yaml' }] }));
  return () => readGeneratorConfig(join(project, 'openapi-client.config.json'));
}

/** Runs the pipeline as the command does; 0 when it generated, 2 when it refused with a SpecError (anything else throws). */
async function run(configure: () => Promise<GeneratorConfig>): Promise<{ code: 0 | 2; config?: GeneratorConfig }> {
  try {
    const config = await configure();
    await writeRun(await generateRun(config), config);
    return { code: 0, config };
  } catch (error) {
    if (error instanceof SpecError) return { code: 2 };
    throw error;
  }
}

describe('output confinement', () => {
  it('any API name from any source generates inside the output folder or is refused (exit 2); nothing outside changes', async () => {
    const outcomes = { 0: 0, 2: 0 };
    await fc.assert(
      fc.asyncProperty(fc.constantFrom<Source>('name', 'file', 'config'), apiNames, fc.boolean(), async (source, name, recordLink) => {
        fc.pre(source !== 'file' || fileNameFits(name));
        await resetOutput(recordLink);
        await rm(join(project, 'named'), { recursive: true, force: true });
        await mkdir(join(project, 'named'));
        const configure = await prepare(source, name);
        const before = await snapshot(root, output);
        const { code, config } = await run(configure);
        outcomes[code]++;
        expect(await snapshot(root, output)).toEqual(before);
        if (code === 0) {
          const [api] = config!.apis;
          const folder = resolve(output, api!.name);
          expect(dirname(folder)).toBe(resolve(output));
          expect(relative(output, folder)).toBe(api!.name);
          expect((await lstat(folder)).isDirectory()).toBe(true);
          expect((await readdir(folder)).includes('index.ts')).toBe(true);
          if (source === 'name' || source === 'config') expect(api!.name).toBe(name);
        }
      }),
      { numRuns: 150 },
    );
    // Both outcomes happen, so the property is not passing vacuously.
    expect(outcomes[0]).toBeGreaterThan(10);
    expect(outcomes[2]).toBeGreaterThan(10);
  }, 120_000);
});
