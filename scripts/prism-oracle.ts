/**
 * `npm run oracle:prism`: the Prism oracle over every operation of every corpus spec Prism can load (see
 * test/prism/run-prism-oracle.ts); prints per spec the operations, calls, valid calls, violations allowed by Prism's
 * known limits (by reason) and the client's faults, and exits 1 if there is a client fault or a known limit no call met.
 * `npm run oracle:prism -- <spec files…>` runs only those.
 */
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { realSpecFiles } from '../test/support/corpus-specs.js';
import { corpusDir } from '../test/support/corpus-present.js';
import { KNOWN_LIMITS } from '../test/prism/prism-known-limits.js';
import { runPrismOracle, type SpecOutcome } from '../test/prism/run-prism-oracle.js';

// Interrupted, the script exits through 'exit', where each Prism it started is stopped.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(130));
const files =
  process.argv.slice(2).length > 0
    ? process.argv.slice(2)
    : [...realSpecFiles('the Prism oracle over the corpus').filter((file) => file.startsWith(corpusDir)), resolve('test/prism/known-limits.openapi.yaml')];
const workDir = join(tmpdir(), `prism-oracle-${process.pid}`);
const outcomes: SpecOutcome[] = [];
const started = Date.now();
try {
  for (const file of files) {
    const label = relative(corpusDir, file).startsWith('..') ? file : relative(corpusDir, file);
    const t0 = Date.now();
    const outcome = await runPrismOracle(file, label, { seed: 20261203, workDir });
    outcomes.push(outcome);
    const allowed = Object.entries(outcome.allowed).map(([id, n]) => `${id} ${n}`).join(', ') || 'none';
    console.log(
      outcome.unloadable
        ? `${label}: Prism could not load it: ${outcome.unloadable}`
        : `${label}: ${outcome.operations} operations, ${outcome.calls} calls, ${outcome.valid} valid, allowed: ${allowed}, ` +
            `faker values outside the schema: ${outcome.fakerOutside}, unanswered: ${outcome.unanswered}, refused by the client: ${Object.entries(outcome.refused).map(([why, n]) => `${why} ${n}`).join(', ') || 'none'}, client faults: ${outcome.clientFaults.length} (${((Date.now() - t0) / 1000).toFixed(0)} s)`,
    );
    for (const fault of outcome.clientFaults.slice(0, 40)) console.log(`  client fault: ${fault}`);
    if (outcome.clientFaults.length > 40) console.log(`  … ${outcome.clientFaults.length - 40} more`);
  }
} finally {
  // Each spec's client and spec copy were written here.
  await rm(workDir, { recursive: true, force: true });
}
const sum = (pick: (o: SpecOutcome) => number) => outcomes.reduce((n, o) => n + pick(o), 0);
const met = new Set(outcomes.flatMap((o) => Object.keys(o.allowed)));
const unmet = KNOWN_LIMITS.filter((limit) => !met.has(limit.id)).map((limit) => limit.id);
console.log(
  `total: ${outcomes.filter((o) => !o.unloadable).length} specs served, ${sum((o) => o.operations)} operations, ${sum((o) => o.calls)} calls, ${sum((o) => o.valid)} valid, ` +
    `${sum((o) => Object.values(o.allowed).reduce((a, b) => a + b, 0))} violations allowed, ${sum((o) => o.clientFaults.length)} client faults; ` +
    `known limits met: ${met.size} of ${KNOWN_LIMITS.length}${unmet.length ? ` (never: ${unmet.join(', ')})` : ''} (${((Date.now() - started) / 1000).toFixed(0)} s)`,
);
process.exitCode = sum((o) => o.clientFaults.length) > 0 || unmet.length > 0 ? 1 : 0;
