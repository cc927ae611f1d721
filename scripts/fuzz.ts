/**
 * `npm run fuzz -- --runs 10000 [--seed 42] [--keep]`: generated OpenAPI documents and mutations of the corpus
 * specs through the whole pipeline (see test/fuzz). Prints progress and the count of each outcome; for each failure,
 * the seed and case, what went wrong, and a shrunk spec (also written to fuzz-failures/). Exits 1 on any failure.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fuzzCases } from '../test/fuzz/fuzz-cases.js';
import { FAILURES, FuzzRunner, minimizeSpec, type CaseResult, type FuzzCase } from '../test/fuzz/fuzz-runner.js';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '1000' },
    seed: { type: 'string', default: String(Date.now() % 1_000_000) },
    keep: { type: 'boolean', default: false },
    corpus: { type: 'string', default: process.env.CORPUS_DIR ?? '../shared/corpus' },
  },
});
const runs = Number(values.runs);
const seed = Number(values.seed);
/** Cases per chunk: each chunk gets its own cases and work folder, so memory stays flat over long runs. */
const CHUNK = 500;

const counts = new Map<string, number>();
const failures: CaseResult[] = [];
const started = performance.now();
const work = await mkdtemp(join(tmpdir(), 'fuzz-'));
const runner = new FuzzRunner(work);
console.log(`fuzz: ${runs} cases from seed ${seed} (60% generated documents, 40% mutated corpus specs)`);
let done = 0;
for (let chunk = 0; done < runs; chunk++) {
  const size = Math.min(CHUNK, runs - done);
  const cases = await fuzzCases({
    seed: seed + chunk * 7919,
    generated: Math.round(size * 0.6),
    mutated: size - Math.round(size * 0.6),
    corpusDir: resolve(values.corpus),
    maxCorpusBytes: 200_000,
    sizes: { nesting: 10_000, chain: 1_000 },
  });
  const results = await runner.run(cases, { compileBatch: 100, importEvery: 5 });
  for (const result of results) {
    counts.set(result.verdict, (counts.get(result.verdict) ?? 0) + 1);
    if (!FAILURES.has(result.verdict)) continue;
    failures.push(result);
    console.log(`  failure: ${result.fuzzCase.label}: ${result.verdict}: ${(result.detail ?? '').split('\n')[0]!.slice(0, 300)}`);
  }
  done += cases.length;
  const seconds = Math.round((performance.now() - started) / 1000);
  console.log(`  ${done}/${runs} cases, ${seconds} s: ${[...counts].sort().map(([verdict, n]) => `${verdict} ${n}`).join(', ')}`);
  if (cases.length < size) break;
}

console.log(`fuzz: ${done} cases in ${Math.round((performance.now() - started) / 1000)} s; ${[...counts].sort().map(([verdict, n]) => `${verdict} ${n}`).join(', ')}`);
console.log(`fuzz: ${failures.filter((f) => f.verdict === 'crash').length} crashes, ${failures.filter((f) => f.verdict === 'compile-error').length} non-compiling outputs, ${failures.filter((f) => f.verdict === 'hang').length} hangs, ${failures.length} failures in all`);

if (failures.length > 0) {
  await mkdir('fuzz-failures', { recursive: true });
  for (const failure of failures) console.log(`\n${failure.fuzzCase.label}: ${failure.verdict} (${Math.round(failure.milliseconds)} ms)\n${(failure.detail ?? '').split('\n').slice(0, 8).join('\n')}`);
  console.log(`\nreplay a run with: npm run fuzz -- --runs ${runs} --seed ${seed}`);
  for (const [index, failure] of failures.slice(0, 10).entries()) {
    const file = join('fuzz-failures', `seed-${seed}-${index}-${failure.verdict}`);
    await writeFile(`${file}.original.${failure.fuzzCase.fileName.split('.').pop()}`, failure.fuzzCase.text);
    // A hang takes the whole time limit to show: shrinking one would take hours, so it is kept as it is.
    if (failure.verdict === 'hang') continue;
    const alone = async (text: string) => {
      const [result] = await runner.run([{ ...failure.fuzzCase, text } satisfies FuzzCase], { compileBatch: 1, timeoutMs: 20_000 });
      return result?.verdict === failure.verdict;
    };
    const shrunk = await minimizeSpec(failure.fuzzCase.text, alone, 300);
    await writeFile(`${file}.json`, shrunk);
    console.log(`\nshrunk (${file}.json) from ${failure.fuzzCase.label}:\n${shrunk.slice(0, 3000)}`);
  }
}
await runner.close();
if (values.keep) console.log(`cases kept in ${work}`);
else await rm(work, { recursive: true, force: true });
process.exitCode = failures.length > 0 ? 1 : 0;
