/**
 * `npm run bench`: this generator side by side with openapi-typescript, @hey-api/openapi-ts, orval and oazapfts, in
 * one run, on real specs (GitHub, OpenAI, Twilio) and synthetic ones (1,000 / 2,500 / 5,000 operations). For each
 * tool and spec: wall time and CPU time of a cold generation (median of paired runs: every tool once per round),
 * peak memory, and `tsc --strict --noEmit` time over the output, as ratios to openapi-typescript. Then this
 * generator's regeneration after a one-operation change, byte-identical output, the per-call overhead against raw
 * fetch, the bundle size of one call, and what `dates: true` costs a 10 MB response (bench-dates.ts). Prints markdown tables. Never part of `npm test`.
 * Environment: BENCH_RUNS (default 3), BENCH_TSC_RUNS (rounds of `tsc` per output, default 7), BENCH_SPECS
 * (comma-separated names to keep, such as `github,openai`). The peers other than openapi-typescript (a dependency of
 * this generator) are pinned in scripts/bench-peers/ and installed on first use (install-bench-peers.ts), not by
 * `npm ci`; GitHub's spec is the pinned copy in test/github-spec/.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { githubSpecFile } from '../test/support/github-spec.js';
import { benchCall } from './bench-call.js';
import { benchDates, datesTable } from './bench-dates.js';
import { measureBundleSize } from './bundle-size.js';
import { installBenchPeers } from './install-bench-peers.js';
import { syntheticSpec } from './synthetic-spec.js';

const exec = promisify(execFile);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
/** Rounds of `tsc` over each tool's output: more than generation rounds, since a type check is cheaper to repeat. */
const TSC_RUNS = Number(process.env.BENCH_TSC_RUNS ?? 7);
const root = resolve('.');
const corpus = resolve(process.env.CORPUS_DIR ?? '../shared/corpus');
const bin = (name: string) => join(root, 'node_modules/.bin', name);
const peers = await installBenchPeers(root);
const peer = (name: string) => join(peers, name);
const ours = join(root, 'dist/generator/cli.js');

interface Tool {
  readonly name: string;
  readonly what: string;
  /** The command that writes the client for `spec` into the folder `out`. */
  readonly command: (spec: string, out: string) => [string, string[]];
}

const tools: Tool[] = [
  // Cold: no printed types kept from an earlier run (see benchRegeneration for runs that keep them).
  { name: 'this generator', what: 'types, functions, error unions, runtime', command: (spec, out) => ['node', [ours, '--spec', spec, '--name', 'client', '--out', out, '--quiet', '--no-cache']] },
  { name: 'openapi-typescript', what: 'types only', command: (spec, out) => [bin('openapi-typescript'), [spec, '-o', join(out, 'client/schema.ts'), '--silent']] },
  { name: '@hey-api/openapi-ts', what: 'types + fetch client', command: (spec, out) => [peer('openapi-ts'), ['-i', spec, '-o', join(out, 'client'), '-c', '@hey-api/client-fetch', '-s', '--no-log-file']] },
  { name: 'orval', what: 'types + fetch functions', command: (spec, out) => [peer('orval'), ['-i', spec, '-o', join(out, 'client/api.ts'), '--client', 'fetch']] },
  { name: 'oazapfts', what: 'types + functions', command: (spec, out) => [peer('oazapfts'), [spec, join(out, 'client/api.ts')]] },
];
const BASELINE = 'openapi-typescript';

interface Spec {
  readonly key: string;
  readonly name: string;
  readonly file: string;
}

async function specs(work: string): Promise<Spec[]> {
  const list: Spec[] = [{ key: 'github', name: 'GitHub REST (1,223 ops)', file: githubSpecFile() }];
  if (existsSync(corpus)) {
    list.push({ key: 'openai', name: 'OpenAI (162 ops)', file: join(corpus, 'real/openai/openai.yaml') });
    list.push({ key: 'twilio', name: 'Twilio 2010 (197 ops)', file: join(corpus, 'real/twilio-api-v2010/twilio_api_v2010.json') });
  } else console.warn(`No corpus at ${corpus}: OpenAI and Twilio are left out. Point CORPUS_DIR at a copy of the corpus to include them.`);
  for (const size of [1000, 2500, 5000]) {
    const file = join(work, `synthetic-${size}.json`);
    await writeFile(file, JSON.stringify(syntheticSpec(size)));
    list.push({ key: `synthetic-${size}`, name: `Synthetic (${size.toLocaleString('en')} ops)`, file });
  }
  const wanted = process.env.BENCH_SPECS?.split(',').map((name) => name.trim());
  return wanted ? list.filter((spec) => wanted.some((name) => spec.key.startsWith(name))) : list;
}

interface Measured {
  readonly seconds: number;
  readonly cpuSeconds: number;
  readonly mb: number;
  readonly ok: boolean;
}

/** Runs a command under /usr/bin/time: wall seconds, user + system CPU seconds, peak RSS in MB, success. */
async function measure(command: string, args: string[], cwd = root): Promise<Measured> {
  const started = performance.now();
  let stderr = '';
  let ok = true;
  try {
    ({ stderr } = await exec('/usr/bin/time', ['-f', 'BENCH %U %S %M', command, ...args], { cwd, maxBuffer: 256 * 1024 * 1024, timeout: 900_000 }));
  } catch (error) {
    stderr = String((error as { stderr?: string }).stderr ?? '');
    ok = false;
  }
  const seconds = (performance.now() - started) / 1000;
  const [, user = '0', system = '0', rss = '0'] = /BENCH ([\d.]+) ([\d.]+) (\d+)/.exec(stderr) ?? [];
  return { seconds, cpuSeconds: Number(user) + Number(system), mb: Number(rss) / 1024, ok };
}

/** `tsc --strict --noEmit` over every .ts file of a generated client: seconds, and the errors it reported. */
async function typeCheck(folder: string): Promise<{ seconds: number; errors: number }> {
  const files = (await readdir(folder, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => join(entry.parentPath, entry.name));
  if (files.length === 0) return { seconds: NaN, errors: NaN };
  const config = join(folder, 'tsconfig.bench.json');
  await writeFile(config, JSON.stringify({ compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', lib: ['ES2022', 'DOM'], strict: true, noEmit: true, skipLibCheck: true, types: [] }, files }));
  const started = performance.now();
  try {
    await exec('node', [join(root, 'node_modules/typescript/bin/tsc'), '-p', config], { maxBuffer: 256 * 1024 * 1024 });
    return { seconds: (performance.now() - started) / 1000, errors: 0 };
  } catch (error) {
    return { seconds: (performance.now() - started) / 1000, errors: (String((error as { stdout?: string }).stdout ?? '').match(/error TS\d+/g) ?? []).length };
  }
}

const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const ratio = (value: number, base: number | undefined) => (base === undefined || !Number.isFinite(value) || !Number.isFinite(base) ? '-' : `${(value / base).toFixed(2)}x`);

interface Row {
  readonly tool: Tool;
  readonly seconds: number;
  readonly cpuSeconds: number;
  readonly mb: number;
  readonly ok: boolean;
  readonly tscSeconds: number;
  readonly tscErrors: number;
}

async function benchSpec(spec: Spec, work: string): Promise<Row[]> {
  const runs = new Map<Tool, Measured[]>(tools.map((tool) => [tool, []]));
  const tsc = new Map<Tool, Array<{ seconds: number; errors: number }>>(tools.map((tool) => [tool, []]));
  const outputs = new Map<Tool, string>();
  for (let run = 0; run < RUNS; run++) {
    for (const tool of tools) {
      const out = join(work, tool.name.replace(/\W+/g, '-'));
      await rm(out, { recursive: true, force: true });
      await mkdir(join(out, 'client'), { recursive: true });
      const [command, args] = tool.command(spec.file, out);
      const measured = await measure(command, args);
      runs.get(tool)!.push(measured);
      if (measured.ok) outputs.set(tool, join(out, 'client'));
      else outputs.delete(tool);
    }
  }
  // tsc over each tool's last output, in TSC_RUNS interleaved rounds (the first tool rotating): a type check is
  // deterministic work, so more rounds side by side are what keep a noisy machine from deciding the ratio.
  for (let round = 0; round < TSC_RUNS; round++) {
    for (let index = 0; index < tools.length; index++) {
      const tool = tools[(index + round) % tools.length]!;
      const folder = outputs.get(tool);
      if (folder) tsc.get(tool)!.push(await typeCheck(folder));
    }
  }
  return tools.map((tool) => {
    const measured = runs.get(tool)!;
    const checks = tsc.get(tool)!;
    return {
      tool,
      seconds: median(measured.map((m) => m.seconds)),
      cpuSeconds: median(measured.map((m) => m.cpuSeconds)),
      mb: Math.max(...measured.map((m) => m.mb)),
      ok: measured.every((m) => m.ok),
      tscSeconds: checks.length > 0 ? median(checks.map((c) => c.seconds)) : NaN,
      tscErrors: checks.length > 0 ? checks[0]!.errors : NaN,
    };
  });
}

function specTable(spec: Spec, rows: readonly Row[]): string {
  const base = rows.find((row) => row.tool.name === BASELINE);
  const lines = [
    `### ${spec.name}`,
    '',
    '| tool | output | wall | vs ot | CPU | vs ot | peak memory | vs ot | tsc --strict | vs ot | tsc errors |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const row of rows) {
    const failed = !row.ok;
    lines.push(
      `| ${row.tool.name} | ${row.tool.what} | ${failed ? 'failed' : `${row.seconds.toFixed(2)} s`} | ${failed ? '-' : ratio(row.seconds, base?.seconds)} | ` +
        `${row.cpuSeconds.toFixed(2)} s | ${ratio(row.cpuSeconds, base?.cpuSeconds)} | ${Math.round(row.mb)} MB | ${ratio(row.mb, base?.mb)} | ` +
        `${Number.isNaN(row.tscSeconds) ? '-' : `${row.tscSeconds.toFixed(2)} s`} | ${ratio(row.tscSeconds, base?.tscSeconds)} | ${Number.isNaN(row.tscErrors) ? '-' : row.tscErrors} |`,
    );
  }
  return lines.join('\n');
}

/** Every file of a folder with its content hash, for byte-identity checks. */
async function fingerprint(folder: string): Promise<string> {
  const entries = (await readdir(folder, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name)).sort();
  const hash = createHash('sha256');
  for (const file of entries) hash.update(file.slice(folder.length)).update(await readFile(file));
  return hash.digest('hex');
}

/**
 * Regeneration after a change to one operation (its summary), cold (a new process, as a CI re-run) and in watch
 * mode (the same process regenerating, modules loaded), against a cold generation of the unchanged spec; and
 * whether two runs, and `--check` after writing, agree byte for byte.
 */
async function benchRegeneration(spec: Spec, work: string): Promise<string[]> {
  const document = JSON.parse(await readFile(spec.file, 'utf8')) as { paths: Record<string, Record<string, { summary?: string }>> };
  const [firstPath] = Object.keys(document.paths);
  const item = document.paths[firstPath!]!;
  const method = Object.keys(item).find((key) => /^(get|put|post|delete|patch|options|head|trace)$/.test(key))!;
  const changedFile = join(work, 'changed.json');
  item[method]!.summary = `${item[method]!.summary ?? ''} (changed)`;
  await writeFile(changedFile, JSON.stringify(document));
  const out = join(work, 'regen');
  const cold: number[] = [];
  const regen: number[] = [];
  const fingerprints = new Set<string>();
  const regenerated = new Set<string>();
  // The command keeps printed types in node_modules/.cache/openapi-client of its working folder (the repo here):
  // a cold run starts without them, and the regeneration after it finds what the cold run kept.
  const cache = join(root, 'node_modules/.cache/openapi-client');
  for (let run = 0; run < RUNS; run++) {
    await rm(out, { recursive: true, force: true });
    await rm(cache, { recursive: true, force: true });
    cold.push((await measure('node', [ours, '--spec', spec.file, '--name', 'client', '--out', out, '--quiet'])).seconds);
    fingerprints.add(await fingerprint(join(out, 'client')));
    regen.push((await measure('node', [ours, '--spec', changedFile, '--name', 'client', '--out', out, '--quiet'])).seconds);
    regenerated.add(await fingerprint(join(out, 'client')));
  }
  // The least any new-process regeneration must do (bench-regen-floor.mjs), with this run's caches in place.
  const floor: number[] = [];
  for (let run = 0; run < RUNS; run++) floor.push((await measure('node', [join(root, 'scripts/bench-regen-floor.mjs'), ours, changedFile, out, 'client'])).seconds);
  // What a generation of the changed spec without any kept types writes: the regenerations must write the same.
  await rm(out, { recursive: true, force: true });
  await measure('node', [ours, '--spec', changedFile, '--name', 'client', '--out', out, '--quiet', '--no-cache']);
  const changedCold = await fingerprint(join(out, 'client'));
  await rm(out, { recursive: true, force: true });
  await rm(cache, { recursive: true, force: true });
  await measure('node', [ours, '--spec', spec.file, '--name', 'client', '--out', out, '--quiet']);
  const check = await measure('node', [ours, '--spec', spec.file, '--name', 'client', '--out', out, '--check', '--quiet']);
  const watch = await measure('node', [join(root, 'scripts/bench-watch.mjs'), ours, spec.file, changedFile, String(RUNS)]);
  const watchFigures = JSON.parse((await readFile(join(root, '.bench-watch.json'), 'utf8').catch(() => '{}')) || '{}') as { cold?: number; regen?: number };
  await rm(join(root, '.bench-watch.json'), { force: true });
  const coldSeconds = median(cold);
  return [
    `| regeneration, ${spec.name} | seconds | vs cold |`,
    '|---|---:|---:|',
    `| cold generation (new process) | ${coldSeconds.toFixed(2)} s | 1.00x |`,
    `| after a one-operation change, new process | ${median(regen).toFixed(2)} s | ${ratio(median(regen), coldSeconds)} |`,
    ...(watch.ok && watchFigures.regen !== undefined
      ? [`| after a one-operation change, watch mode (same process) | ${watchFigures.regen.toFixed(2)} s | ${ratio(watchFigures.regen, coldSeconds)} |`]
      : [`| watch mode | failed | - |`]),
    `| floor of any new-process regeneration: start, load the printer, parse the spec, read the kept memory, fingerprint each path item, write the output (no validating, modelling or printing) | ${median(floor).toFixed(2)} s | ${ratio(median(floor), coldSeconds)} |`,
    '',
    `Byte-identical output across ${RUNS} cold runs: ${fingerprints.size === 1 ? 'yes' : `NO (${fingerprints.size} different outputs)`}; ` +
      `regenerations with kept types write what a run without them writes: ${regenerated.size === 1 && regenerated.has(changedCold) ? 'yes' : 'NO'}; ` +
      `\`--check\` on the written output: ${check.ok ? 'exit 0 (fresh)' : 'FAILED'}.`,
  ];
}

async function main(): Promise<void> {
  await exec('npm', ['run', '-s', 'build'], { cwd: root });
  const work = await mkdtemp(join(tmpdir(), 'bench-'));
  const cpu = cpus();
  const out: string[] = [
    `Machine: ${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}. ` +
      `Medians of ${RUNS} paired runs (every tool once per round), and of ${TSC_RUNS} interleaved rounds of tsc over each output; "vs ot" divides by openapi-typescript's figure (below 1 means less than it).`,
  ];
  console.log(out[0]);
  try {
    const list = await specs(work);
    for (const spec of list) {
      const table = specTable(spec, await benchSpec(spec, join(work, spec.key)));
      console.log(`\n${table}`);
      out.push('', table);
    }
    const github = list.find((spec) => spec.key === 'github');
    if (github) {
      const lines = await benchRegeneration(github, work);
      console.log(`\n${lines.join('\n')}`);
      out.push('', ...lines);
    }
    const call = await benchCall();
    const dates = datesTable(await benchDates());
    const { gzipped, minified } = await measureBundleSize();
    const tail = [
      '| per call (loopback, Smithery getConnection) | µs per call | vs raw fetch |',
      '|---|---:|---:|',
      `| raw fetch (same URL, headers, JSON, status check) | ${call.rawFetchMicros.toFixed(1)} | 1.00x |`,
      `| raw fetch with what the defaults need of fetch (an AbortController for a 60 s timer, \`redirect: 'manual'\`) | ${call.limitedRawMicros.toFixed(1)} | ${(call.limitedRawMicros / call.rawFetchMicros).toFixed(2)}x |`,
      `| generated call, client defaults (60 s time limit, redirect policy) | ${call.generatedMicros.toFixed(1)} | ${call.ratio.toFixed(2)}x |`,
      `| generated call, \`timeoutMs: 0, followRedirects: 'fetch'\` | ${call.leanMicros.toFixed(1)} | ${(call.leanMicros / call.rawFetchMicros).toFixed(2)}x |`,
      '',
      `One \`getConnection\` call bundled (esbuild, minified): ${minified} B, ${gzipped} B gzipped.`,
      '',
      ...dates,
    ];
    console.log(`\n${tail.join('\n')}`);
    out.push('', ...tail);
    await writeFile(join(root, 'bench-results.md'), `${out.join('\n')}\n`);
    console.log('\nwritten to bench-results.md');
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

await main();
