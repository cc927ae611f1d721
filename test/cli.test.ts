/** The CLI as users run it: exit codes, messages pointing at the spec, `--check`, and output left untouched on failure. */
import { execFile, spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { runCommand } from '../generator/command.js';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { generateTarget, readRuntimeTemplates } from '../generator/generate.js';
import { listFiles } from '../generator/write/compare-output.js';
import { sealCacheEntry, unsealCacheEntry } from '../generator/write/cache-entry-seal.js';
import { syntheticSpec } from '../scripts/synthetic-spec.js';
import { corpusDir, corpusPresent } from './support/corpus-present.js';

const run = promisify(execFile);
const cli = resolve('generator/cli.ts');
const tsx = resolve('node_modules/.bin/tsx');
let work: string;

async function generate(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return generateIn(work, ...args);
}

/**
 * Runs the command in this process, in `cwd`, and returns its exit code and what it printed to stdout (console.log)
 * and stderr (console.error). Most cases run here: a process per run cost seconds of start-up each (TypeScript,
 * ts-morph and openapi-typescript load once per process). What only a process shows — the exit code cli.ts sets,
 * the compiled-code cache, one TypeScript per run, a terminal, --watch, the mock — runs through `spawnCommand`.
 */
async function generateIn(where: string | { cwd: string; env: NodeJS.ProcessEnv }, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const { cwd, env } = typeof where === 'string' ? { cwd: where, env: undefined } : where;
  const saved = { ...process.env };
  if (env) for (const [name, value] of Object.entries(env)) process.env[name] = value;
  const stdout: string[] = [];
  const stderr: string[] = [];
  const line = (parts: unknown[]) => `${parts.map(String).join(' ')}\n`;
  const log = vi.spyOn(console, 'log').mockImplementation((...parts: unknown[]) => void stdout.push(line(parts)));
  const error = vi.spyOn(console, 'error').mockImplementation((...parts: unknown[]) => void stderr.push(line(parts)));
  const warn = vi.spyOn(console, 'warn').mockImplementation((...parts: unknown[]) => void stderr.push(line(parts)));
  const previous = process.cwd();
  process.chdir(cwd);
  try {
    const code = await runCommand(args);
    return { code, stdout: stdout.join(''), stderr: stderr.join('') };
  } finally {
    process.chdir(previous);
    for (const name of Object.keys(process.env)) if (!(name in saved)) delete process.env[name];
    Object.assign(process.env, saved);
    log.mockRestore();
    error.mockRestore();
    warn.mockRestore();
  }
}

/** Runs the command as users do, `openapi-client …` in a process of its own. */
async function spawnCommand(cwd: string | { cwd: string; env: NodeJS.ProcessEnv }, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(tsx, [cli, ...args], typeof cwd === 'string' ? { cwd } : cwd);
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

describe('one TypeScript per run', () => {

  it('the command makes `typescript` the copy ts-morph bundles, for the generator and for openapi-typescript', async () => {
    const probe = [
      `import { createRequire } from 'node:module';`,
      `import { shareOneTypeScript } from ${JSON.stringify(pathToFileURL(resolve('generator/share-one-typescript.ts')).href)};`,
      `const require = createRequire(${JSON.stringify(pathToFileURL(resolve('generator/emit/x.js')).href)});`,
      `const before = Object.keys(require.cache).length;`,
      `const shared = shareOneTypeScript();`,
      `const fromOpenapiTypescript = createRequire(require.resolve('openapi-typescript'))('typescript');`,
      `console.log(JSON.stringify({ before, shared, version: require('typescript').version, same: require('typescript') === require('ts-morph').ts || require('typescript').createSourceFile === require('ts-morph').ts.createSourceFile, openapiTypescript: fromOpenapiTypescript === require('typescript') }));`,
    ].join('\n');
    const { stdout } = await run(tsx, ['--input-type=module', '-e', probe]);
    const seen = JSON.parse(stdout.trim()) as { before: number; shared: string; version: string; same: boolean; openapiTypescript: boolean };
    const bundled = (await import('ts-morph')).ts.version;
    const plain = (await import('typescript')).default.version;
    expect(plain).not.toBe(bundled);
    expect(seen.shared).toMatch(/@ts-morph[\\/]common[\\/]dist[\\/]typescript\.js$/);
    expect(seen).toMatchObject({ version: bundled, same: true, openapiTypescript: true });
  });

  it('the generator loads TypeScript, ts-morph and openapi-typescript with require, never through an ES import', async () => {
    const sources = await Promise.all(['generator', 'templates'].map((dir) => listFiles(dir)));
    const imported: string[] = [];
    for (const [index, dir] of ['generator', 'templates'].entries()) {
      for (const file of sources[index]!) {
        if (!file.endsWith('.ts')) continue;
        const text = await readFile(join(dir, file), 'utf8');
        for (const [, name] of text.matchAll(/^import (?!type )[^;]*?from '(typescript|ts-morph|openapi-typescript)';/gm)) imported.push(`${dir}/${file}: ${name}`);
      }
    }
    expect(imported).toEqual([]);
  });

  it.skipIf(!corpusPresent('comparing the command with the library on real specs'))('gives the same bytes as the library (which runs on the typescript package) for real specs', async () => {
    const specs = ['real/openai/openai.yaml', 'real/figma/openapi.yaml', 'real/twilio-api-v2010/twilio_api_v2010.json'].map((file) => join(corpusDir, file)).filter((file) => existsSync(file));
    expect(specs.length).toBeGreaterThan(0);
    const runtime = await readRuntimeTemplates();
    for (const spec of specs) {
      const out = join(work, 'same-bytes');
      const result = await spawnCommand(work, '--spec', spec, '--name', 'client', '--out', out, '--quiet');
      expect(result.code, result.stderr).toBe(0);
      const library = await generateTarget({ name: 'client', inputs: [spec], baseDir: '.', settings: {} }, runtime);
      const written = await snapshot(join(out, 'client'));
      expect(Object.keys(written).sort()).toEqual(library.files.map((file) => file.path).sort());
      for (const file of library.files) expect(written[file.path], `${spec}: ${file.path}`).toBe(file.content);
    }
  }, 120_000);
});

describe.skipIf(!existsSync('/usr/bin/script'))('progress on a terminal', () => {
  /** Runs the command under a pseudo-terminal (util-linux `script`), returning everything the terminal received. */
  async function onTerminal(...args: string[]): Promise<string> {
    const command = [tsx, cli, ...args].map((word) => `'${word.replace(/'/g, "'\\''")}'`).join(' ');
    const log = join(work, 'terminal.log');
    await run('script', ['-qec', command, log], { cwd: work });
    return readFile(log, 'utf8');
  }

  it('a run longer than a second shows its stage, then erases it; --quiet shows nothing', async () => {
    const spec = join(work, 'synthetic-2500.json');
    await writeFile(spec, JSON.stringify(syntheticSpec(2500)));
    const shown = await onTerminal('--spec', spec, '--name', 'big', '--out', join(work, 'progress-out'));
    expect(shown).toMatch(/big: (loading|modelling|emitting [\d,]+\/2,500 operations|writing)…/);
    expect(shown).toMatch(/\u001b\[2Kbig: 2500 operations, 2500 schemas/);
    const quiet = await onTerminal('--spec', spec, '--name', 'big', '--out', join(work, 'progress-out'), '--quiet');
    expect(quiet).not.toContain('operations…');
  }, 60_000);
});

describe('npm run generate', () => {
  it('generates every API, prints one line each, and then --check is clean', async () => {
    const first = await generate();
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^kambrium: 1 operation, 2 schemas, \d+ files → generated\/kambrium \(\d+ ms\)$/m);
    expect(first.stdout).toMatch(/^smithery: 52 operations, \d+ schemas, \d+ files → generated\/smithery/m);
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
    expect(check.stderr).toMatch(/^Run openapi-client generate and commit the result\.$/m);
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

  it('exits 2 on a missing required field, at its line, with the previous output untouched', async () => {
    const before = await snapshot(join(work, 'generated'));
    const spec = join(work, 'specs/kambrium/openapi.yaml');
    const original = await readFile(spec, 'utf8');
    await writeFile(spec, original.replace('        - name: server_id\n          in: path', '        - in: path'));
    try {
      const result = await generate();
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/^specs\/kambrium\/openapi\.yaml:\d+:\d+ \(#\/paths\/~1api~1v1~1mcp-servers~1\{server_id\}\/delete\/parameters\/0\): error: a parameter has no `name`/m);
      expect(result.stderr).toMatch(/^> +\d+ \| +- in: path$/m);
      expect(await snapshot(join(work, 'generated'))).toEqual(before);
    } finally {
      await writeFile(spec, original);
    }
  });

  it('exits 2 when fragments conflict, naming both files', async () => {
    const page = join(work, 'specs/smithery/get-connection.md');
    const original = await readFile(page, 'utf8');
    await writeFile(page, original.replace('          example: not_found', '          example: not_found\n          minLength: 1'));
    const result = await generate('--check');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/specs\/smithery\/get-connection\.md:\d+:\d+ \(#\/components\/schemas\/Error\): error: the files disagree/);
    expect(result.stderr).toMatch(/also at specs\/smithery\/[a-z-]+\.md:\d+:\d+/);
    await writeFile(page, original);
  });

  it('shows a code frame under the error, pointing at the column', async () => {
    const spec = join(work, 'specs/kambrium/openapi.yaml');
    const original = await readFile(spec, 'utf8');
    await writeFile(spec, original.replace('      operationId: deleteMcpServer', '      operationId: deleteMcpServer\n      responses: [oops'));
    try {
      const result = await generate();
      expect(result.code).toBe(2);
      const line = /^specs\/kambrium\/openapi\.yaml:(\d+):(\d+): error: invalid YAML/m.exec(result.stderr);
      expect(line).not.toBeNull();
      // The frame shows the reported line, marked, with a caret under the reported column.
      expect(result.stderr).toMatch(new RegExp(`^> +${line![1]} \\| `, 'm'));
      expect(result.stderr).toMatch(new RegExp(`^ +\\| {${Number(line![2])}}\\^$`, 'm'));
      expect(result.stderr).toMatch(/responses: \[oops/);
    } finally {
      await writeFile(spec, original);
    }
  });

  it('reports config mistakes at their line: unknown settings, inputs that do not exist', async () => {
    await writeFile(join(work, 'bad.config.yaml'), 'output: out\napis:\n  - name: pets\n    input: specs/nowhere\n');
    const missing = await generate('--config', 'bad.config.yaml');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/input "specs\/nowhere" does not exist/);
    await writeFile(join(work, 'bad.config.yaml'), 'output: out\napis:\n  - name: pets\n    input: specs/kambrium\n    operationNamez: {}\n');
    const unknown = await generate('--config', 'bad.config.yaml');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^bad\.config\.yaml:5:\d+ \(#\/apis\/0\/operationNamez\): error: unknown setting "operationNamez"/m);
  });

  it('generates one API from --spec, and from a glob of docs pages in a config file', async () => {
    const single = await generate('--spec', join(work, 'specs/kambrium/openapi.yaml'), '--name', 'k', '--out', 'single');
    expect(single.code, single.stderr).toBe(0);
    expect(single.stdout).toMatch(/^k: 1 operation, 2 schemas, \d+ files → single\/k/m);
    // A second one-API run into the same folder leaves the first API's client alone.
    const before = await snapshot(join(work, 'single/k'));
    const second = await generate('--spec', join(work, 'specs/kambrium/openapi.yaml'), '--name', 'other', '--out', 'single');
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).not.toMatch(/removed/);
    expect(await snapshot(join(work, 'single/k'))).toEqual(before);
    // The same settings as the folder's client.yaml, written in the config file (a glob input reads no client.yaml).
    const settings = (await readFile(join(work, 'specs/smithery/client.yaml'), 'utf8')).replace(/^(?=.)/gm, '    ');
    await writeFile(join(work, 'glob.config.yaml'), `output: globbed\napis:\n  - name: smithery\n    input: specs/smithery/*.md\n${settings}`);
    const globbed = await generate('--config', 'glob.config.yaml', '--quiet');
    expect(globbed.code, globbed.stderr).toBe(0);
    expect(globbed.stdout).toBe('');
    expect(await snapshot(join(work, 'globbed/smithery'))).toEqual(await snapshot('generated/smithery'));
  });

  it('--watch regenerates on change, reports bad input, and keeps watching', async () => {
    const child = spawn(tsx, [cli, '--watch', '--config', 'glob.config.yaml'], { cwd: work });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.stderr.on('data', (chunk) => (out += chunk));
    const waitFor = async (pattern: RegExp, from: number) => {
      for (let waited = 0; waited < 20_000; waited += 50) {
        if (pattern.test(out.slice(from))) return;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      throw new Error(`timed out waiting for ${pattern}; output so far:\n${out}`);
    };
    try {
      await waitFor(/watching for changes/, 0);
      const page = join(work, 'specs/smithery/get-connection.md');
      const original = await readFile(page, 'utf8');
      let mark = out.length;
      await writeFile(page, original.replace('summary: Get connection', 'summary: Get one connection'));
      await waitFor(/smithery: 52 operations[\s\S]*no change to the public surface[\s\S]*watching for changes/, mark);
      mark = out.length;
      await writeFile(page, original.replace('openapi: 3.1.0', 'openapi: 3.1.0\npaths: ['));
      await waitFor(/get-connection\.md:\d+:\d+: error: invalid YAML[\s\S]*watching for changes/, mark);
      mark = out.length;
      await writeFile(page, original);
      await waitFor(/smithery: 52 operations[\s\S]*watching for changes/, mark);
    } finally {
      child.kill();
    }
  }, 60_000);

  it('--help explains the options; an unknown option exits 2', async () => {
    expect((await generate('--help')).stdout).toMatch(/--check/);
    expect((await generate('--bogus')).code).toBe(2);
  });
});

describe('printed types kept between runs (node_modules/.cache/openapi-client)', () => {
  // The key the cache is sealed under, as a CI would set it; the tests forge entries with it to show what is read.
  const key = Buffer.from('k'.repeat(64));
  const keyed = (project: string) => ({ cwd: project, env: { ...process.env, OPENAPI_CLIENT_CACHE_KEY: key.toString() } });
  type Kept = { generator: string; memory: { entries: Array<[string, { text: string }]>; operations: Array<[string, { text: string }]> } };
  const keptIn = async (file: string) => JSON.parse(unsealCacheEntry(key, basename(file), await readFile(file))!.toString()) as Kept;
  const withTexts = (kept: Kept, change: (text: string) => string, generator = kept.generator) => {
    const edit = (entries: Array<[string, { text: string }]>) => entries.map(([name, printed]) => [name, { ...printed, text: change(printed.text) }]);
    return JSON.stringify({ ...kept, generator, memory: { ...kept.memory, entries: edit(kept.memory.entries), operations: edit(kept.memory.operations) } });
  };

  it('a regeneration recalls them and writes what a run without them writes; a changed generator or a damaged file is ignored', async () => {
    const project = join(work, 'cached-project');
    await mkdir(join(project, 'node_modules'), { recursive: true });
    const spec = join(project, 'api.json');
    const document = syntheticSpec(40) as unknown as { paths: Record<string, Record<string, { summary?: string; responses?: unknown }>> };
    await writeFile(spec, JSON.stringify(document));
    // A process of its own: cli.ts writes the compiled code when the process ends. The later runs run in this process.
    expect((await spawnCommand(keyed(project), '--spec', spec, '--name', 'api', '--out', 'out', '--quiet')).code).toBe(0);
    const folder = join(project, 'node_modules/.cache/openapi-client');
    const [name, ...others] = (await readdir(folder)).filter((entry) => entry !== 'compiled');
    expect(name).toMatch(/^[0-9a-f]{40}\.json$/);
    expect(others).toEqual([]);
    const file = join(folder, name!);
    // Beside it, the compiled code of TypeScript and ts-morph (see code-cache.ts), one file per module.
    expect((await readdir(join(folder, 'compiled'))).map((entry) => entry.replace(/-[0-9a-f]{40}\.v8$/, '')).sort()).toEqual(['ts-morph-common.js', 'ts-morph.js', 'typescript.js']);
    const kept = await keptIn(file);
    expect(kept.memory.entries.length).toBeGreaterThan(0);
    expect(kept.memory.operations.length).toBe(40);

    // Change one operation; the regeneration writes exactly what a run without the cache writes.
    const [path] = Object.keys(document.paths);
    const item = document.paths[path!]!;
    const method = Object.keys(item).find((key) => key !== 'parameters')!;
    item[method]!.summary = 'Changed summary';
    await writeFile(spec, JSON.stringify(document));
    expect((await generateIn(keyed(project), '--spec', spec, '--name', 'api', '--out', 'out', '--quiet')).code).toBe(0);
    expect((await generateIn(keyed(project), '--spec', spec, '--name', 'api', '--out', 'plain', '--quiet', '--no-cache')).code).toBe(0);
    expect(await snapshot(join(project, 'out/api'))).toEqual(await snapshot(join(project, 'plain/api')));

    // The file is what the run reads: a type sealed into it under the key shows up (so the tests below can fail) ...
    const tampered = withTexts(kept, () => 'TAMPERED');
    // (Processes of their own from here: this process remembers the types it printed, as a --watch session does.)
    await writeFile(file, sealCacheEntry(key, basename(file), tampered));
    await spawnCommand(keyed(project), '--spec', spec, '--name', 'api', '--out', 'out', '--quiet');
    expect(JSON.stringify(await snapshot(join(project, 'out/api'))).includes('TAMPERED')).toBe(true);
    // ... but not when another generator wrote it, when it was sealed under another key or not at all, or when it does not parse.
    for (const content of [
      sealCacheEntry(key, basename(file), withTexts(kept, () => 'TAMPERED', 'another generator')),
      sealCacheEntry(Buffer.from('another key'.repeat(4)), basename(file), tampered),
      Buffer.from(tampered),
      sealCacheEntry(key, basename(file), '{"generator": '),
    ]) {
      await writeFile(file, content);
      expect((await spawnCommand(keyed(project), '--spec', spec, '--name', 'api', '--out', 'out', '--quiet')).code).toBe(0);
      expect(JSON.stringify(await snapshot(join(project, 'out/api'))) === JSON.stringify(await snapshot(join(project, 'plain/api'))), content.toString().slice(0, 90)).toBe(true);
    }
    // --no-cache neither reads nor writes it.
    await rm(folder, { recursive: true, force: true });
    expect((await generateIn(keyed(project), '--spec', spec, '--name', 'api', '--out', 'out', '--quiet', '--no-cache')).code).toBe(0);
    expect(existsSync(folder)).toBe(false);
  }, 180_000);

  it('a poisoned cache cannot put code into the client, and --check never reads the cache', async () => {
    const project = join(work, 'poisoned-project');
    await mkdir(join(project, 'node_modules'), { recursive: true });
    const spec = join(project, 'api.yaml');
    await cp('specs/kambrium/openapi.yaml', spec);
    const args = ['--spec', spec, '--name', 'api', '--out', 'out'];
    const operations = join(project, 'out/api/operations.ts');
    expect((await generateIn(keyed(project), ...args)).code).toBe(0);
    const clean = await readFile(operations, 'utf8');
    const folder = join(project, 'node_modules/.cache/openapi-client');
    const [name] = (await readdir(folder)).filter((entry) => entry.endsWith('.json'));
    const file = join(folder, name!);
    const kept = await keptIn(file);
    const poison = (text: string) => `globalThis.PWNED = 1;\n${text}`;

    // The issue's attack: the print-memory file edited in place (its seal line kept; one without it is tested above).
    const sealed = await readFile(file, 'utf8');
    await writeFile(file, sealed.slice(0, sealed.indexOf('\n') + 1) + withTexts(kept, poison));
    expect((await generateIn(keyed(project), ...args)).code).toBe(0);
    expect(await readFile(operations, 'utf8')).toBe(clean);

    // Even an entry sealed under the key (a leaked key) cannot get past --check: it compares with the spec alone.
    await writeFile(file, sealCacheEntry(key, basename(file), withTexts(kept, poison)));
    expect((await generateIn(keyed(project), ...args)).code).toBe(0);
    expect(await readFile(operations, 'utf8')).toContain('globalThis.PWNED = 1;');
    const check = await generateIn(keyed(project), ...args, '--check');
    expect(check.code).toBe(1);
    expect(check.stderr).toContain('changed  out/api/operations.ts');
    // ... and with the output clean again, --check answers "up to date" whatever the cache holds.
    await writeFile(file, sealCacheEntry(key, basename(file), withTexts(kept, poison)));
    expect((await generateIn(keyed(project), ...args, '--no-cache')).code).toBe(0);
    const fresh = await generateIn(keyed(project), ...args, '--check');
    expect(fresh.code).toBe(0);
    expect(fresh.stdout).toMatch(/^up to date: out\/api match what the specs produce$/m);
  }, 180_000);

  it('without a usable key nothing is read or written, and the run says why', async () => {
    const project = join(work, 'keyless-project');
    await mkdir(join(project, 'node_modules'), { recursive: true });
    const result = await spawnCommand({ cwd: project, env: { ...process.env, OPENAPI_CLIENT_CACHE_KEY: 'short' } }, '--spec', join(work, 'specs/kambrium/openapi.yaml'), '--name', 'api', '--out', 'out');
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('warning: OPENAPI_CLIENT_CACHE_KEY has 5 characters, fewer than 32; the cache is not used (generate one with `openssl rand -hex 32`)');
    expect(existsSync(join(project, 'node_modules/.cache'))).toBe(false);
    // --check writes no cache either.
    expect((await spawnCommand(keyed(project), '--spec', join(work, 'specs/kambrium/openapi.yaml'), '--name', 'api', '--out', 'out', '--check')).code).toBe(0);
    expect(existsSync(join(project, 'node_modules/.cache'))).toBe(false);
  }, 60_000);
});

describe('the change report on hostile input', () => {
  /** A spec with `/ok`, and with `extra` paths (each a GET named after its index). */
  const specWith = (extra: readonly string[]) =>
    JSON.stringify({
      openapi: '3.0.3',
      info: { title: 't', version: '1' },
      paths: Object.fromEntries([['/ok', { get: { operationId: 'ok', responses: { '200': { description: 'ok' } } } }], ...extra.map((path, index) => [path, { get: { operationId: `op${index}`, responses: { '200': { description: 'ok' } } } }])]),
    });

  it('escapes a path that would erase the BREAKING line and write the clipboard (ESC[2K ESC[1A, OSC 52)', async () => {
    const spec = join(work, 'escape.json');
    const args = ['--spec', spec, '--name', 'escape', '--out', 'hostile', '--no-cache'];
    await writeFile(spec, specWith(['/pets\u001b[2K\u001b[1A\u001b]52;c;cHduZWQ=\u0007']));
    expect((await generate(...args)).code).toBe(0);
    await writeFile(spec, specWith([]));
    const result = await generate(...args, '--report', join(work, 'escape.md'));
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('    BREAKING operation op0 was removed (GET /pets\\x1b[2K\\x1b[1A\\x1b]52;c;cHduZWQ=\\x07)');
    expect(result.stdout + result.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(await readFile(join(work, 'escape.md'), 'utf8')).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  }, 60_000);

  it('reads a malformed or foreign api-surface.json as no previous client, with a warning, for generate and --check', async () => {
    // Three APIs in one run, one malformed file each.
    await writeFile(join(work, 'surface.json'), specWith([]));
    const cases = [
      ['empty', '{}', 'operations is missing'],
      ['list', '[]', 'the top level must be an object, not a list'],
      ['nulled', '{"operations": {"getOk": {"method": "GET", "path": "/ok", "parameters": null, "responses": {}, "errors": {}}}, "schemas": {}}', 'operations."getOk".parameters must be an object, not null'],
    ] as const;
    await writeFile(join(work, 'surface.config.yaml'), `output: surfaces\napis:\n${cases.map(([name]) => `  - name: ${name}\n    input: surface.json\n`).join('')}`);
    const args = ['--config', 'surface.config.yaml', '--no-cache'];
    expect((await generate(...args)).code).toBe(0);
    for (const [name, content] of cases) await writeFile(join(work, 'surfaces', name, 'api-surface.json'), content);
    const check = await generate(...args, '--check');
    const generated = await generate(...args);
    expect(check.code, check.stderr).toBe(1);
    expect(generated.code, generated.stderr).toBe(0);
    for (const [name, , why] of cases) {
      const lines = `  warning: surfaces/${name}/api-surface.json is not a surface this generator wrote (${why}); it is read as no previous client\n  first generation: 1 operation, 0 types`;
      expect(check.stderr).toContain(`changed  surfaces/${name}/api-surface.json\n`);
      expect(check.stderr).toContain(`${name}:\n${lines}`);
      expect(generated.stdout).toContain(lines);
    }
    expect((await generate(...args, '--check')).code).toBe(0);
  }, 120_000);
});

describe('output confinement: names from files, --name and the config never write or delete outside the output folder', () => {
  /** A project with source code, a spec named `file` in some/dir, and an output folder holding another API's client. */
  async function project(name: string, file: string): Promise<string> {
    const dir = join(work, name);
    await mkdir(join(dir, 'some/dir/src'), { recursive: true });
    await writeFile(join(dir, 'some/dir/src/app.ts'), 'export const app = 1;\n');
    await cp('specs/kambrium/openapi.yaml', join(dir, 'some/dir', file));
    await mkdir(join(dir, 'some/dir/generated/other'), { recursive: true });
    await writeFile(join(dir, 'some/dir/generated/other/index.ts'), '// Generated from Other 1 (OpenAPI 3.1.0).\n');
    return dir;
  }

  it('a spec file named ...yaml (API name "..") is refused with exit 2; the project around --out is untouched', async () => {
    const dir = await project('dots-absolute', '...yaml');
    const before = await snapshot(dir);
    const result = await generateIn(dir, '--spec', join(dir, 'some/dir/...yaml'), '--out', join(dir, 'some/dir/generated'));
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`error: cannot name the API after ".." (from "${join(dir, 'some/dir/...yaml')}"): it has no ASCII letter or digit\n  hint: name it with --name, for example --name pets\n`);
    expect(await snapshot(dir)).toEqual(before);
    // With a relative --out, the same input was an internal error (EBUSY, exit 3); now the same refusal.
    const relative = await generateIn(dir, '--spec', 'some/dir/...yaml', '--out', 'generated');
    expect(relative.code).toBe(2);
    expect(relative.stderr).toMatch(/^error: cannot name the API after "\.\." \(from "some\/dir\/\.\.\.yaml"\)/);
    expect(await snapshot(dir)).toEqual(before);
  });

  it('a spec file named ..yaml (API name ".") is refused; the output folder and its other clients stay', async () => {
    const dir = await project('dot', '..yaml');
    const before = await snapshot(dir);
    const result = await generateIn(dir, '--spec', 'some/dir/..yaml', '--out', 'some/dir/generated');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^error: cannot name the API after "\." \(from "some\/dir\/\.\.yaml"\): it has no ASCII letter or digit$/m);
    expect(await snapshot(dir)).toEqual(before);
  });

  it('--name ../x is refused with what is wrong and what to write; nothing is written beside --out', async () => {
    const dir = await project('name-escape', 'pets.yaml');
    const before = await snapshot(dir);
    const result = await generateIn(dir, '--spec', 'some/dir/pets.yaml', '--name', '../x', '--out', 'some/dir/generated');
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'error: --name "../x" is not a valid API name: it contains "/", a path separator\n' +
        '  hint: an API name is one folder name of ASCII letters, digits, ".", "_" and "-" that starts with a letter or digit (at most 100 characters), for example --name x\n',
    );
    expect(await snapshot(dir)).toEqual(before);
  });

  it('a config name that breaks the rule is an error at its line; so are two names that differ only in case', async () => {
    const dir = await project('config-names', 'pets.yaml');
    await writeFile(join(dir, 'openapi-client.config.yaml'), 'output: some/dir/generated\napis:\n  - name: CON\n    input: some/dir/pets.yaml\n');
    const device = await generateIn(dir);
    expect(device.code).toBe(2);
    expect(device.stderr).toMatch(/^openapi-client\.config\.yaml:3:\d+ \(#\/apis\/0\/name\): error: `name` "CON" is not a valid API name: "CON" is a reserved device name on Windows \(CON, PRN, AUX, NUL, COM0-9, LPT0-9\), with or without an extension$/m);
    expect(device.stderr).toMatch(/^ {2}hint: an API name is one folder name .*, for example name: pets$/m);
    await writeFile(join(dir, 'openapi-client.config.yaml'), 'output: some/dir/generated\napis:\n  - name: Pets\n    input: some/dir/pets.yaml\n  - name: pets\n    input: some/dir/pets.yaml\n');
    const clash = await generateIn(dir);
    expect(clash.code).toBe(2);
    expect(clash.stderr).toMatch(/^openapi-client\.config\.yaml:5:\d+ \(#\/apis\/1\/name\): error: two APIs are named "Pets" and "pets", which differ only in case\n {2}hint: Windows and macOS would write both clients to one folder; rename one of them$/m);
  });

  it('--spec . (and ./, and an absolute folder) generates the folder as an API named after it', async () => {
    const dir = join(work, 'dot-spec/my-api');
    await mkdir(dir, { recursive: true });
    await cp('specs/kambrium/openapi.yaml', join(dir, 'openapi.yaml'));
    const result = await generateIn(dir, '--spec', '.', '--out', '../out');
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^my-api: 1 operation, 2 schemas, \d+ files → \.\.\/out\/my-api/m);
    expect((await generateIn(dir, '--spec', './', '--out', '../out', '--check')).code).toBe(0);
    expect((await generateIn(work, '--spec', dir, '--out', join(work, 'dot-spec/out'), '--check')).code).toBe(0);
  });

  it('stale clients: only folders the record lists are removed, never one because of its `// Generated from` header; --check lists both', async () => {
    const dir = join(work, 'stale');
    await mkdir(join(dir, 'out/hand-made'), { recursive: true });
    await writeFile(join(dir, 'out/hand-made/index.ts'), '// Generated from My notes\n');
    await writeFile(join(dir, 'openapi-client.config.yaml'), 'output: out\napis:\n  - name: a\n    input: specs/kambrium\n  - name: b\n    input: specs/kambrium\n');
    await cp('specs/kambrium', join(dir, 'specs/kambrium'), { recursive: true });
    // An output folder written before the record existed: --check says so.
    const unrecorded = await generateIn(dir, '--check');
    expect(unrecorded.code).toBe(1);
    expect(unrecorded.stderr).toMatch(/^ {2}missing {2}out\/\.openapi-client\.json$/m);
    expect((await generateIn(dir, '--quiet')).code).toBe(0);
    expect(await readFile(join(dir, 'out/hand-made/index.ts'), 'utf8')).toBe('// Generated from My notes\n');
    expect(JSON.parse(await readFile(join(dir, 'out/.openapi-client.json'), 'utf8')).apis).toEqual(['a', 'b']);
    await writeFile(join(dir, 'openapi-client.config.yaml'), 'output: out\napis:\n  - name: a\n    input: specs/kambrium\n');
    const check = await generateIn(dir, '--check');
    expect(check.code).toBe(1);
    expect(check.stderr).toBe('stale: 2 file(s) differ from what the specs produce:\n  changed  out/.openapi-client.json\n  extra    out/b/\nRun openapi-client generate and commit the result.\n');
    const removal = await generateIn(dir);
    expect(removal.stdout).toMatch(/^removed out\/b: its API is no longer generated$/m);
    expect((await readdir(join(dir, 'out'))).sort()).toEqual(['.openapi-client.json', 'a', 'hand-made']);
  });

  it('the mock names its API by the same rule', async () => {
    const dir = await project('mock-name', '...yaml');
    // A mock that starts would run until stopped: the timeout stops it (SIGTERM) if the refusal regresses.
    const result = await run(tsx, [cli, 'mock', '--spec', 'some/dir/...yaml', '--port', '0'], { cwd: dir, timeout: 20_000 }).then(
      () => ({ code: 0, stderr: '' }),
      (error: { code: number; stderr: string }) => error,
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^error: cannot name the API after "\.\." \(from "some\/dir\/\.\.\.yaml"\): it has no ASCII letter or digit$/m);
  });
});

describe('warnings: printed under the summary line, counted, reported, and refused with --strict', () => {
  /** A spec read leniently three times: a null schema, a `type` that is a mapping, a name the runtime exports. */
  const lenient = [
    'openapi: 3.1.0',
    "info: { title: Lenient, version: '1' }",
    'paths:',
    '  /items:',
    '    post:',
    '      operationId: createItem',
    '      requestBody: { content: { application/json: { schema: null } } }',
    "      responses: { '204': { description: done } }",
    '  /clients:',
    "    post: { responses: { '204': { description: done } } }",
    'components:',
    '  schemas:',
    '    Thing:',
    '      type: object',
    '      properties:',
    "        \"st\\e[2Jatus\": { type: { enum: [a, b] } }",
    '',
  ].join('\n');

  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'generator-warnings-'));
    await mkdir(join(dir, 'specs/lenient'), { recursive: true });
    await writeFile(join(dir, 'specs/lenient/openapi.yaml'), lenient);
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('prints each warning after the summary line, counts them there, and keeps them in the --report', async () => {
    const result = await generateIn(dir, '--spec', 'specs/lenient/openapi.yaml', '--out', 'out', '--report', 'report.md');
    expect(result.code, result.stderr).toBe(0);
    const lines = result.stdout.split('\n');
    const summary = lines.findIndex((line) => line.startsWith('openapi: '));
    expect(lines[summary]).toMatch(/^openapi: 2 operations, 1 schema, \d+ files, 3 warnings → out\/openapi \(\d+ ms\)$/);
    expect(lines.slice(summary + 1, summary + 4)).toEqual([
      '  warning: specs/lenient/openapi.yaml:7:61 (#/paths/~1items/post/requestBody/content/application~1json/schema): a schema must be a mapping (or true or false); this one is null; read it as unknown (any value)',
      '  warning: specs/lenient/openapi.yaml:10:11 (#/paths/~1clients/post): POST /clients would be named createClient, which the client\'s runtime exports; named it createClientOperation (choose a name in client.yaml: operationNames: { "POST /clients": … })',
      // The property name holds an escape sequence: it reaches the terminal escaped.
      '  warning: specs/lenient/openapi.yaml:16:32 (#/components/schemas/Thing/properties/st\\x1b[2Jatus/type): `type` must be a type name (string, number, integer, boolean, object, array, null) or a list of them; this one is a mapping; ignored `type`: the schema allows any type',
    ]);
    expect(result.stdout).not.toContain('\u001b');
    expect(await readFile(join(dir, 'out/openapi/operations.ts'), 'utf8')).toMatch(/export function createClientOperation\(/);
    const report = await readFile(join(dir, 'report.md'), 'utf8');
    expect(report).toMatch(/^# Client changes\n/);
    expect(report).toContain('# Warnings\n\n## openapi\n\n3 warnings:\n\n```text\nwarning: specs/lenient/openapi.yaml:7:61 ');
    expect(report).not.toContain('\u001b');
  });

  it('--strict refuses them with exit 2, each as an error at its line, and writes nothing', async () => {
    await rm(join(dir, 'out'), { recursive: true, force: true });
    const result = await generateIn(dir, '--spec', 'specs/lenient/openapi.yaml', '--out', 'out', '--strict');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /^specs\/lenient\/openapi\.yaml:7:61 \(#\/paths\/~1items\/post\/requestBody\/content\/application~1json\/schema\): error: a schema must be a mapping \(or true or false\); this one is null \(a warning, refused in strict mode\)$/m,
    );
    expect(result.stderr).toMatch(/^ {2}hint: 3 warnings in all, listed below; without strict mode \(--strict, strict: true\) the generator would have read it as unknown \(any value\)$/m);
    expect(result.stderr).toContain("\nspecs/lenient/openapi.yaml:10:11 (#/paths/~1clients/post): error: POST /clients would be named createClient, which the client's runtime exports\n");
    expect(result.stderr).toMatch(/^specs\/lenient\/openapi\.yaml:16:32 \(#\/components\/schemas\/Thing\/properties\/st\\x1b\[2Jatus\/type\): error: `type` must be a type name/m);
    expect(result.stderr).not.toContain('\u001b');
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('`strict: true` in client.yaml refuses one API; a spec without warnings passes --strict', async () => {
    await writeFile(join(dir, 'specs/lenient/client.yaml'), 'strict: true\n');
    await writeFile(join(dir, 'openapi-client.config.yaml'), 'output: out\napis:\n  - name: lenient\n    input: specs/lenient\n');
    const refused = await generateIn(dir);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/error: a schema must be a mapping \(or true or false\); this one is null \(a warning, refused in strict mode\)/);
    await writeFile(join(dir, 'specs/lenient/client.yaml'), 'strict: false\n');
    expect((await generateIn(dir)).code).toBe(0);
    await mkdir(join(dir, 'specs/clean'), { recursive: true });
    await writeFile(join(dir, 'specs/clean/openapi.yaml'), "openapi: 3.1.0\ninfo: { title: Clean, version: '1' }\npaths:\n  /a: { get: { operationId: getA, responses: { '204': { description: done } } } }\n");
    const clean = await generateIn(dir, '--spec', 'specs/clean', '--out', 'out', '--strict');
    expect(clean.code, clean.stderr).toBe(0);
    expect(clean.stdout).toMatch(/^clean: 1 operation, 0 schemas, \d+ files → out\/clean/m);
    expect(clean.stdout).not.toMatch(/warning/);
  });
});
