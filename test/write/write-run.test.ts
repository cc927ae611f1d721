/**
 * writeRun and checkOutputFolder: clients are written only inside the output folder, stale clients are removed
 * only when the output folder's record (.openapi-client.json) lists them, and the record is read as untrusted.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatSpecError, SpecError } from '../../generator/load/spec-error.js';
import { checkOutputFolder, writeRun, type ApiRun } from '../../generator/run-generator.js';
import { OUTPUT_MANIFEST_FILE, outputManifestText, readOutputManifest } from '../../generator/write/output-manifest.js';

let root: string;
let output: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'write-run-'));
  output = join(root, 'out');
  await mkdir(output);
  await writeFile(join(root, 'victim.txt'), 'keep me\n');
});
afterEach(() => rm(root, { recursive: true, force: true }));

/** A generated client as generateRun gives it, with one file. */
function run(name: string): ApiRun {
  return {
    api: { name, files: [{ path: 'index.ts', content: `// Generated from ${name}\n` }], operations: 0, schemas: 0, milliseconds: 0, notes: [], warnings: [], paginated: [] },
    folder: join(output, name),
    report: { api: name, operations: 0, schemas: 0 },
  };
}

async function client(name: string, header = '// Generated from Something 1.0 (OpenAPI 3.1.0).\n'): Promise<void> {
  await mkdir(join(output, name), { recursive: true });
  await writeFile(join(output, name, 'index.ts'), header);
}

async function record(value: unknown): Promise<void> {
  await writeFile(join(output, OUTPUT_MANIFEST_FILE), typeof value === 'string' ? value : JSON.stringify(value));
}

async function refusal(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(SpecError);
  return formatSpecError(error as SpecError);
}

const all = { listsEveryApi: true } as const;
const one = { listsEveryApi: false } as const;

describe('stale clients', () => {
  it('a folder is never removed because its index.ts starts with `// Generated from`: only the record counts', async () => {
    await client('hand-written');
    await client('old');
    await record({ apis: ['old', 'pets'] });
    expect(await writeRun([run('pets')], { output, ...all })).toEqual([join(output, 'old')]);
    expect((await readdir(output)).sort()).toEqual([OUTPUT_MANIFEST_FILE, 'hand-written', 'pets']);
    expect(await readFile(join(output, OUTPUT_MANIFEST_FILE), 'utf8')).toBe(outputManifestText(['pets']));
  });

  it('without a record (output written before there was one), nothing is removed and the record is started', async () => {
    await client('legacy');
    expect(await writeRun([run('pets')], { output, ...all })).toEqual([]);
    expect(existsSync(join(output, 'legacy/index.ts'))).toBe(true);
    expect(await readOutputManifest(output)).toEqual(['pets']);
  });

  it('a one-API run (--spec) adds its API to the record and removes nothing', async () => {
    await client('old');
    await record({ apis: ['old'] });
    expect(await writeRun([run('new')], { output, ...one })).toEqual([]);
    expect(existsSync(join(output, 'old/index.ts'))).toBe(true);
    expect(await readOutputManifest(output)).toEqual(['new', 'old']);
  });

  it('record entries that break the name rule are ignored; a malformed record is no record', async () => {
    await mkdir(join(root, 'outside'));
    await writeFile(join(root, 'outside/index.ts'), '// Generated from x\n');
    await client('ok');
    const hostile = ['..', '.', '../outside', '/etc', join(root, 'outside'), 'a/b', 'CON', '', 42, null, { name: 'ok' }, 'ok'];
    await record({ apis: hostile });
    expect(await readOutputManifest(output)).toEqual(['ok']);
    expect(await writeRun([run('pets')], { output, ...all })).toEqual([join(output, 'ok')]);
    expect(await readFile(join(root, 'outside/index.ts'), 'utf8')).toBe('// Generated from x\n');
    for (const malformed of ['{"apis": ', 'null', '[]', '{}', '"ok"', '{"apis": "ok"}', '{"apis": {"0": "ok"}}']) {
      await client('ok');
      await record(malformed);
      expect(await writeRun([run('pets')], { output, ...all }), malformed).toEqual([]);
      expect(existsSync(join(output, 'ok')), malformed).toBe(true);
    }
  });

  it('a recorded name that is now a file, or gone, is dropped from the record and left alone', async () => {
    await writeFile(join(output, 'notes'), 'mine\n');
    await record({ apis: ['notes', 'gone', 'pets'] });
    expect(await writeRun([run('pets')], { output, ...all })).toEqual([]);
    expect(await readFile(join(output, 'notes'), 'utf8')).toBe('mine\n');
    expect(await readOutputManifest(output)).toEqual(['pets']);
  });
});

describe('confinement', () => {
  it('a name that breaks the rule is refused before anything is written, whoever built the config', async () => {
    for (const name of ['../x', '..', '.', '/tmp/x', 'a/b', 'CON']) {
      expect(await refusal(writeRun([run('pets'), run(name)], { output, ...all })), name).toMatch(/^error: the API name ".*" is not valid: /);
    }
    expect(await refusal(writeRun([run('pets'), run('Pets')], { output, ...all }))).toBe(
      'error: two APIs are named "pets" and "Pets", which differ only in case\n  hint: Windows and macOS would write both clients to one folder; rename one of them',
    );
    expect(await readdir(output)).toEqual([]);
    expect((await readdir(root)).sort()).toEqual(['out', 'victim.txt']);
  });

  it('a link at <output>/<name> is refused before any client is written; where it leads is untouched', async () => {
    await mkdir(join(root, 'elsewhere'));
    await writeFile(join(root, 'elsewhere/index.ts'), 'mine\n');
    await symlink(join(root, 'elsewhere'), join(output, 'pets'));
    expect(await refusal(writeRun([run('first'), run('pets')], { output, ...all }))).toMatch(/^error: refusing to write .*out\/pets: .*out\/pets is a symbolic link \(to .*elsewhere\)/);
    expect((await readdir(output)).sort()).toEqual(['pets']);
    expect(await readdir(join(root, 'elsewhere'))).toEqual(['index.ts']);
  });

  it('a recorded stale client that is a link is refused, not followed', async () => {
    await mkdir(join(root, 'elsewhere'));
    await writeFile(join(root, 'elsewhere/index.ts'), 'mine\n');
    await symlink(join(root, 'elsewhere'), join(output, 'old'));
    await record({ apis: ['old'] });
    expect(await refusal(writeRun([run('pets')], { output, ...all }))).toMatch(/^error: refusing to remove .*out\/old: .*is a symbolic link/);
    expect(await readdir(join(root, 'elsewhere'))).toEqual(['index.ts']);
    expect(existsSync(join(output, 'pets'))).toBe(false);
  });

  it('a link in place of the record is refused, not written through', async () => {
    await symlink(join(root, 'victim.txt'), join(output, OUTPUT_MANIFEST_FILE));
    expect(await refusal(writeRun([run('pets')], { output, ...one }))).toMatch(/\.openapi-client\.json is a symbolic link/);
    expect(await readFile(join(root, 'victim.txt'), 'utf8')).toBe('keep me\n');
    expect(existsSync(join(output, 'pets'))).toBe(false);
  });
});

describe('checkOutputFolder (--check)', () => {
  it('reports a missing or changed record and the stale clients a write would remove; nothing once written', async () => {
    await client('old');
    expect(await checkOutputFolder([run('pets')], { output, ...all })).toEqual({ changed: [], missing: [OUTPUT_MANIFEST_FILE], extra: [] });
    await record({ apis: ['old', 'pets'] });
    expect(await checkOutputFolder([run('pets')], { output, ...all })).toEqual({ changed: [OUTPUT_MANIFEST_FILE], missing: [], extra: ['old/'] });
    expect(await checkOutputFolder([run('pets')], { output, ...one })).toEqual({ changed: [OUTPUT_MANIFEST_FILE], missing: [], extra: [] });
    await writeRun([run('pets')], { output, ...all });
    expect(await checkOutputFolder([run('pets')], { output, ...all })).toEqual({ changed: [], missing: [], extra: [] });
  });
});
