/**
 * End to end, as a user in another repo: pack this package, install the tarball (offline, from the npm cache)
 * into a fresh project with its own config, generate, compile with `tsc --strict`, change the spec, see `--check`
 * fail, regenerate, and read in the change report what changed and whether it breaks callers.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const exec = promisify(execFile);
let work: string;
let project: string;

async function run(command: string, args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await exec(command, args, { cwd, env: { ...process.env, npm_config_update_notifier: 'false' }, maxBuffer: 32 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: typeof failed.code === 'number' ? failed.code : 1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}

const petsSpec = (extra = '') => `openapi: 3.1.0
info: { title: Pets, version: '1' }
servers: [{ url: https://pets.example.test }]
paths:
  /pets:
    get:
      operationId: listPets
      parameters:
        - { name: limit, in: query, required: ${extra.includes('limit-required') ? 'true' : 'false'}, schema: { type: integer } }
      responses:
        '200':
          description: OK
          content:
            application/json:
              schema: { type: array, items: { $ref: '#/components/schemas/Pet' } }
${extra.includes('add-operation') ? `  /pets/{id}:
    delete:
      operationId: deletePet
      parameters:
        - { name: id, in: path, required: true, schema: { type: string } }
      responses:
        '204': { description: Deleted }
` : ''}components:
  schemas:
    Pet:
      type: object
      required: [id]
      properties:
        id: { type: string }
`;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'e2e-install-'));
  const packed = await run('npm', ['pack', '--pack-destination', work], resolve('.'));
  expect(packed.code, packed.stderr).toBe(0);
  const tarball = (await readdir(work)).find((name) => name.endsWith('.tgz'));
  expect(tarball).toBeDefined();
  project = join(work, 'consumer');
  await mkdir(join(project, 'specs'), { recursive: true });
  await writeFile(
    join(project, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true, type: 'module', scripts: { generate: 'openapi-client generate' } }, null, 2),
  );
  await writeFile(join(project, 'openapi-client.config.yaml'), 'output: src/clients\napis:\n  - name: pets\n    input: specs/pets.yaml\n');
  await writeFile(join(project, 'specs/pets.yaml'), petsSpec());
  await writeFile(
    join(project, 'tsconfig.json'),
    JSON.stringify({ compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', lib: ['ES2022', 'DOM'], strict: true, noUnusedLocals: true, noEmit: true, skipLibCheck: true, types: [] }, include: ['src'] }),
  );
  const flags = ['--no-audit', '--no-fund', join('..', tarball!)];
  // Offline, from the npm cache this machine's own install filled; only if the cache lacks package metadata, allow the registry for what is missing.
  let installed = await run('npm', ['install', '--offline', ...flags], project);
  if (installed.code !== 0) installed = await run('npm', ['install', '--prefer-offline', ...flags], project);
  expect(installed.code, installed.stderr).toBe(0);
}, 240_000);

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe('installed from a packed tarball', () => {
  it('generates through the bin and the config file, and the client compiles under tsc --strict', async () => {
    const generated = await run('npm', ['run', '-s', 'generate'], project);
    expect(generated.code, generated.stderr).toBe(0);
    expect(generated.stdout).toMatch(/^pets: 1 operation, 1 schema, \d+ files → src\/clients\/pets/m);
    expect(generated.stdout).toContain('first generation: 1 operation, 1 type');
    await mkdir(join(project, 'src'), { recursive: true });
    await writeFile(
      join(project, 'src/use.ts'),
      "import { createClient, listPets } from './clients/pets/index.js';\n" +
        'export async function names(): Promise<string[]> {\n' +
        '  const result = await listPets(createClient(), { limit: 2 });\n' +
        "  return result.ok ? result.data.map((pet) => pet.id) : [result.error.kind];\n}\n",
    );
    const compiled = await run('node', [join(project, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], project);
    expect(compiled.stdout + compiled.stderr).toBe('');
    expect(compiled.code).toBe(0);
    expect((await run('npm', ['run', '-s', 'generate', '--', '--check'], project)).code).toBe(0);
  }, 120_000);

  it('after a spec change, --check exits 1 and names the stale files; regenerating reports the breaking change', async () => {
    await writeFile(join(project, 'specs/pets.yaml'), petsSpec('limit-required add-operation'));
    const check = await run('npm', ['run', '-s', 'generate', '--', '--check'], project);
    expect(check.code).toBe(1);
    expect(check.stderr).toContain('changed  src/clients/pets/operations.ts');
    expect(check.stderr).toMatch(/BREAKING listPets: parameter limit became required/);

    const regenerated = await run('npm', ['run', '-s', 'generate', '--', '--report', 'CHANGES.md'], project);
    expect(regenerated.code, regenerated.stderr).toBe(0);
    expect(regenerated.stdout).toMatch(/2 change\(s\) to the public surface, 1 breaking:/);
    expect(regenerated.stdout).toMatch(/BREAKING listPets: parameter limit became required/);
    expect(regenerated.stdout).toMatch(/added {4}operation deletePet was added \(DELETE \/pets\/\{id\}\)/);
    const report = await readFile(join(project, 'CHANGES.md'), 'utf8');
    expect(report).toContain('## pets');
    expect(report).toMatch(/### Breaking\n\n- `listPets`: parameter `limit` became required/);
    expect(report).toMatch(/### Not breaking\n\n- operation `deletePet` was added/);
    // The caller's code passed `limit` already, so it still compiles against the new client.
    const compiled = await run('node', [join(project, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], project);
    expect(compiled.stdout + compiled.stderr).toBe('');
    expect((await run('npm', ['run', '-s', 'generate', '--', '--check'], project)).code).toBe(0);
  }, 120_000);
});
