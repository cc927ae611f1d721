/**
 * Watch-mode regeneration for `npm run bench`: one process (as `openapi-client --watch` is) generates and writes
 * the spec, then alternates between a one-operation change and the original, timing each regeneration.
 * Usage: node scripts/bench-watch.mjs <dist cli.js> <spec> <changed spec> <runs>; writes .bench-watch.json.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [cli, spec, changed, runs = '3'] = process.argv.slice(2);
const dist = dirname(cli);
// As cli.ts does, before anything loads TypeScript.
const { shareOneTypeScript } = await import(pathToFileURL(join(dist, 'share-one-typescript.js')).href);
shareOneTypeScript();
const { configFromSpec } = await import(pathToFileURL(join(dist, 'config/read-generator-config.js')).href);
const { generateRun, writeRun } = await import(pathToFileURL(join(dist, 'run-generator.js')).href);
const out = await mkdtemp(join(tmpdir(), 'bench-watch-'));
// What `--watch` keeps from one generation to the next.
const memories = new Map();
const once = async (file) => {
  const config = configFromSpec(file, out, 'client');
  const started = performance.now();
  const runs = await generateRun(config, undefined, memories);
  const generated = performance.now();
  await writeRun(runs, config);
  if (process.env.BENCH_WATCH_VERBOSE) console.log(`generate ${((generated - started) / 1000).toFixed(2)} s, write ${((performance.now() - generated) / 1000).toFixed(2)} s`);
  return (performance.now() - started) / 1000;
};
try {
  const cold = await once(spec);
  const times = [];
  for (let run = 0; run < Number(runs); run++) {
    times.push(await once(changed));
    times.push(await once(spec));
  }
  times.sort((a, b) => a - b);
  await writeFile('.bench-watch.json', JSON.stringify({ cold, regen: times[Math.floor(times.length / 2)] }));
} finally {
  await rm(out, { recursive: true, force: true });
}
