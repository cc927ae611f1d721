/**
 * End to end, the README's other route: `npm install --save-dev git+…` of a commit of this package. npm clones it,
 * installs its devDependencies and runs its `prepare` script (never `prepack`) before packing it, so the bin and
 * dist/ exist only if `prepare` builds them. A commit of the files the build and the package need stands in for the
 * repo (offline, from the npm cache this machine's own install filled); the bin generates a client that compiles.
 */
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, expect, it } from 'vitest';

const exec = promisify(execFile);
let work: string | undefined;
afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

async function run(command: string, args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await exec(command, args, { cwd, env: { ...process.env, npm_config_update_notifier: 'false' }, maxBuffer: 32 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: typeof failed.code === 'number' ? failed.code : 1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}

const spec = `openapi: 3.1.0
info: { title: Pets, version: '1' }
servers: [{ url: https://pets.example.test }]
paths:
  /pets:
    get:
      operationId: listPets
      responses:
        '200':
          description: OK
          content:
            application/json:
              schema: { type: array, items: { type: object, required: [id], properties: { id: { type: string } } } }
`;

it('installed from git, npm builds it: the bin generates a client that compiles under tsc --strict', async () => {
  work = await mkdtemp(join(tmpdir(), 'e2e-git-'));
  const repo = join(work, 'openapi-client-generator');
  await mkdir(repo);
  for (const entry of ['package.json', 'package-lock.json', 'tsconfig.json', 'tsconfig.build.json', 'README.md', 'generator', 'templates']) {
    await cp(resolve(entry), join(repo, entry), { recursive: true });
  }
  for (const args of [['init', '-q'], ['add', '-A'], ['-c', 'user.name=e2e', '-c', 'user.email=e2e@example.test', 'commit', '-q', '-m', 'package']]) {
    const git = await run('git', args, repo);
    expect(git.code, git.stderr).toBe(0);
  }

  const project = join(work, 'consumer');
  await mkdir(project);
  await writeFile(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }, null, 2));
  await writeFile(join(project, 'pets.yaml'), spec);
  await writeFile(
    join(project, 'tsconfig.json'),
    JSON.stringify({ compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', lib: ['ES2022', 'DOM'], strict: true, noUnusedLocals: true, noEmit: true, skipLibCheck: true, types: [] }, include: ['gen'] }),
  );
  const flags = ['--save-dev', '--no-audit', '--no-fund', `git+${pathToFileURL(repo).href}`];
  let installed = await run('npm', ['install', '--offline', ...flags], project);
  if (installed.code !== 0) installed = await run('npm', ['install', '--prefer-offline', ...flags], project);
  expect(installed.code, installed.stderr).toBe(0);
  expect(JSON.parse(await readFile(join(project, 'package.json'), 'utf8')).devDependencies['openapi-client-generator']).toMatch(/^git\+file:/);

  const generated = await run('npx', ['--no-install', 'openapi-client', '--spec', 'pets.yaml', '--out', 'gen'], project);
  expect(generated.code, generated.stderr).toBe(0);
  expect(generated.stdout).toMatch(/^pets: 1 operations?, /m);
  const compiled = await run('node', [join(project, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], project);
  expect(compiled.stdout + compiled.stderr).toBe('');
  expect(compiled.code).toBe(0);
}, 300_000);
