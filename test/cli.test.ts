/** The CLI as users run it: exit codes, messages pointing at the spec, `--check`, and output left untouched on failure. */
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listFiles } from '../generator/write/compare-output.js';

const run = promisify(execFile);
const cli = resolve('generator/cli.ts');
const tsx = resolve('node_modules/.bin/tsx');
let work: string;

async function generate(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(tsx, [cli, ...args], { cwd: work });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

async function snapshot(folder: string): Promise<Record<string, string>> {
  const files = await listFiles(folder);
  return Object.fromEntries(await Promise.all(files.map(async (f) => [f, await readFile(join(folder, f), 'utf8')] as const)));
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'generator-cli-'));
  await cp('specs', join(work, 'specs'), { recursive: true });
  await cp('openapi-client.config.yaml', join(work, 'openapi-client.config.yaml'));
});
afterAll(() => rm(work, { recursive: true, force: true }));

describe('npm run generate', () => {
  it('generates every API, prints one line each, and then --check is clean', async () => {
    const first = await generate();
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^kambrium: 1 operations, 2 schemas, \d+ files → generated\/kambrium \(\d+ ms\)$/m);
    expect(first.stdout).toMatch(/^smithery: 3 operations, \d+ schemas, \d+ files → generated\/smithery/m);
    expect(await snapshot(join(work, 'generated'))).toEqual(await snapshot('generated'));
    const check = await generate('--check');
    expect(check.code).toBe(0);
    expect(check.stdout).toMatch(/^up to date: generated\/kambrium, generated\/smithery/);
  });

  it('--check exits 1 and lists changed, missing and extra files', async () => {
    const file = join(work, 'generated/smithery/operations.ts');
    await writeFile(file, `${await readFile(file, 'utf8')}// edited by hand\n`);
    await rm(join(work, 'generated/kambrium/client.ts'));
    await writeFile(join(work, 'generated/smithery/stray.ts'), '');
    const check = await generate('--check');
    expect(check.code).toBe(1);
    expect(check.stderr).toContain('changed  generated/smithery/operations.ts');
    expect(check.stderr).toContain('missing  generated/kambrium/client.ts');
    expect(check.stderr).toContain('extra    generated/smithery/stray.ts');
    expect(check.stderr).toMatch(/Run the generator and commit the result\./);
    expect((await generate()).code).toBe(0);
    expect((await generate('--check')).code).toBe(0);
  });

  it('exits 2 on a bad spec, pointing at file:line:column, and leaves the previous output untouched', async () => {
    const before = await snapshot(join(work, 'generated'));
    const spec = join(work, 'specs/kambrium/openapi.yaml');
    const original = await readFile(spec, 'utf8');
    await writeFile(spec, original.replace("$ref: '#/components/schemas/ErrorDetail'", "$ref: '#/components/schemas/Missing'"));
    const result = await generate();
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^specs\/kambrium\/openapi\.yaml:\d+:\d+ \(#\/paths\/.+\$ref\): error: \$ref "#\/components\/schemas\/Missing" points at nothing/m);
    expect(result.stderr).toMatch(/hint: /);
    expect(await snapshot(join(work, 'generated'))).toEqual(before);
    await writeFile(spec, original);
  });

  it('exits 2 when fragments conflict, naming both files', async () => {
    const page = join(work, 'specs/smithery/get-connection.md');
    const original = await readFile(page, 'utf8');
    await writeFile(page, original.replace('          example: not_found', '          example: not_found\n          minLength: 1'));
    const result = await generate('--check');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/specs\/smithery\/get-connection\.md:\d+:\d+ \(#\/components\/schemas\/Error\): error: the files disagree/);
    expect(result.stderr).toMatch(/also at specs\/smithery\/delete-connection\.md:\d+:\d+/);
    await writeFile(page, original);
  });

  it('--help explains the options; an unknown option exits 2', async () => {
    expect((await generate('--help')).stdout).toMatch(/--check/);
    expect((await generate('--bogus')).code).toBe(2);
  });
});
