/**
 * The seeded fuzz run of `npm test`: `npm run fuzz` itself, on a fixed seed, as its own process. Generated OpenAPI
 * documents (hostile names, every combinator, recursion, every parameter style and body kind) and mutations of the
 * corpus specs go through the whole pipeline; each must generate a client that compiles under `tsc --strict` and
 * imports without side effects, or be refused with a SpecError naming a line, with the output folder untouched.
 * Nothing may crash or hang. `npm run fuzz -- --runs 10000` runs more.
 */
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { corpusPresent } from '../support/corpus-present.js';

const SEED = 20261125;
const RUNS = 250;

describe('fuzzing the generator', () => {
  // Without the corpus the generated documents still run; only the mutations of real specs are missing.
  corpusPresent('mutating the corpus specs in the seeded fuzz run (the generated documents still run)');
  it(`${RUNS} cases from seed ${SEED}: no crash, no hang, no output that fails to compile`, async () => {
    const run = promisify(execFile);
    let stdout = '';
    let code = 0;
    try {
      ({ stdout } = await run(resolve('node_modules/.bin/tsx'), ['scripts/fuzz.ts', '--runs', String(RUNS), '--seed', String(SEED)], { maxBuffer: 64 * 1024 * 1024, timeout: 880_000 }));
    } catch (error) {
      ({ stdout = '', code = 1 } = error as { stdout?: string; code?: number });
    }
    console.log(stdout.split('\n').filter((line) => line.startsWith('fuzz:')).join('\n'));
    expect(code, stdout).toBe(0);
    expect(stdout).toMatch(/^fuzz: 0 crashes, 0 non-compiling outputs, 0 hangs, 0 failures in all$/m);
    const generated = Number(/generated (\d+)/.exec(stdout)?.[1] ?? 0);
    // Most generated documents (60% of the cases; the rest mutate the corpus, when there is one) must generate.
    expect(generated).toBeGreaterThan(RUNS * 0.6 * 0.5);
  }, 900_000);
});
