/**
 * `npm run bench`: generates clients for real specs with this generator and with peers, in one run, and prints
 * wall time (median of several runs), peak memory, and `tsc --strict` errors of each output, as ratios to ours.
 * Peers: openapi-typescript (types only), @hey-api/openapi-ts (types + fetch client), oazapfts (types + functions).
 * Each tool runs as its own process, as a user runs it. Never part of `npm test`.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const exec = promisify(execFile);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const root = resolve('.');
const corpus = resolve(process.env.CORPUS_DIR ?? '../shared/corpus');
const bin = (name: string) => join(root, 'node_modules/.bin', name);

interface Tool {
  readonly name: string;
  readonly what: string;
  /** The command that writes the client for `spec` into `out` (a folder). */
  readonly command: (spec: string, out: string) => [string, string[]];
}

const tools: Tool[] = [
  { name: 'this generator', what: 'types + functions + runtime', command: (spec, out) => ['node', [join(root, 'dist/generator/cli.js'), '--spec', spec, '--name', 'client', '--out', out, '--quiet']] },
  { name: 'openapi-typescript', what: 'types only', command: (spec, out) => [bin('openapi-typescript'), [spec, '-o', join(out, 'client/schema.ts'), '--silent']] },
  { name: '@hey-api/openapi-ts', what: 'types + fetch client', command: (spec, out) => [bin('openapi-ts'), ['-i', spec, '-o', join(out, 'client'), '-c', '@hey-api/client-fetch', '-s', '--no-log-file']] },
  { name: 'oazapfts', what: 'types + functions', command: (spec, out) => [bin('oazapfts'), [spec, join(out, 'client/api.ts')]] },
];

function specs(): Array<{ name: string; file: string }> {
  const list = [{ name: 'GitHub REST (1,223 ops)', file: createRequire(import.meta.url).resolve('@octokit/openapi/generated/api.github.com.json') }];
  if (existsSync(corpus)) {
    list.push({ name: 'OpenAI (162 ops)', file: join(corpus, 'real/openai/openai.yaml') });
    list.push({ name: 'Twilio 2010 (197 ops)', file: join(corpus, 'real/twilio-api-v2010/twilio_api_v2010.json') });
  }
  return list;
}

/** Runs a command under /usr/bin/time; returns seconds, peak RSS in MB, and whether it succeeded. */
async function measure(command: string, args: string[]): Promise<{ seconds: number; mb: number; ok: boolean }> {
  const started = performance.now();
  try {
    const { stderr } = await exec('/usr/bin/time', ['-f', 'RSS %M', command, ...args], { maxBuffer: 64 * 1024 * 1024, timeout: 600_000 });
    return { seconds: (performance.now() - started) / 1000, mb: Number(/RSS (\d+)/.exec(stderr)?.[1] ?? 0) / 1024, ok: true };
  } catch (error) {
    const stderr = String((error as { stderr?: string }).stderr ?? '');
    return { seconds: (performance.now() - started) / 1000, mb: Number(/RSS (\d+)/.exec(stderr)?.[1] ?? 0) / 1024, ok: false };
  }
}

/** Counts `tsc --strict` errors over every .ts file of a generated client. */
async function compileErrors(folder: string): Promise<number> {
  const files = (await readdir(folder, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => join(entry.parentPath, entry.name));
  if (files.length === 0) return NaN;
  const config = join(folder, 'tsconfig.bench.json');
  await writeFile(config, JSON.stringify({ compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', lib: ['ES2022', 'DOM', 'DOM.Iterable'], strict: true, noEmit: true, skipLibCheck: true, types: [] }, files }));
  try {
    await exec('node', [join(root, 'node_modules/typescript/bin/tsc'), '-p', config], { maxBuffer: 64 * 1024 * 1024 });
    return 0;
  } catch (error) {
    return (String((error as { stdout?: string }).stdout ?? '').match(/error TS\d+/g) ?? []).length;
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function main(): Promise<void> {
  await exec('npm', ['run', '-s', 'build'], { cwd: root });
  const work = await mkdtemp(join(tmpdir(), 'bench-'));
  const rows: string[] = [];
  try {
    for (const spec of specs()) {
      const results: Array<{ tool: Tool; seconds: number; mb: number; ok: boolean; errors: number }> = [];
      for (const tool of tools) {
        const times: number[] = [];
        let mb = 0;
        let ok = true;
        let out = '';
        for (let run = 0; run < RUNS; run++) {
          out = join(work, `${tool.name.replace(/\W+/g, '-')}-${run}`);
          await rm(out, { recursive: true, force: true });
          await mkdir(join(out, 'client'), { recursive: true });
          const [command, args] = tool.command(spec.file, out);
          const measured = await measure(command, args);
          times.push(measured.seconds);
          mb = Math.max(mb, measured.mb);
          ok &&= measured.ok;
        }
        results.push({ tool, seconds: median(times), mb, ok, errors: ok ? await compileErrors(join(out, 'client')) : NaN });
      }
      const ours = results[0]!;
      rows.push(`\n${spec.name}`);
      rows.push('  tool                  output                        time (median)   vs ours   peak memory   tsc --strict errors');
      for (const r of results) {
        const ratio = r === ours ? '1.00x' : `${(r.seconds / ours.seconds).toFixed(2)}x`;
        rows.push(
          `  ${r.tool.name.padEnd(21)} ${r.tool.what.padEnd(29)} ${(r.ok ? `${r.seconds.toFixed(2)} s` : 'failed').padStart(13)}   ${ratio.padStart(7)}   ${`${Math.round(r.mb)} MB`.padStart(11)}   ${Number.isNaN(r.errors) ? '-' : r.errors}`,
        );
      }
      console.log(rows.splice(0).join('\n'));
    }
    console.log(`\n${RUNS} runs per tool and spec; "vs ours" is the peer's median time divided by ours (above 1 means we are faster).`);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

await main();
