/**
 * The Prism oracle in `npm test`: a fixed-seed sample of the corpus's real specs (a few specs whose operations use
 * many parameter styles and body kinds, a capped number of operations each, one Prism per spec started in parallel)
 * sent through the generated clients to Stoplight Prism. Prism must find no request violation that is the client's,
 * and every known limit of Prism's must be met at least once. `npm run oracle:prism` runs every operation of every spec.
 */
import { rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { corpusDir, corpusPresent } from '../support/corpus-present.js';
import { KNOWN_LIMITS } from './prism-known-limits.js';
import { runPrismOracle } from './run-prism-oracle.js';

/** Twilio: form bodies with array fields; Clerk: multipart bodies, a `false` JSON body; OpenAI: multipart object fields. */
const SAMPLE = ['real/twilio-api-v2010/twilio_api_v2010.json', 'real/clerk/clerk-2025-11-10.yaml', 'real/openai/openai.yaml'];
const SEED = 20261203;
const MAX_OPERATIONS = 24;
const workDir = resolve('node_modules/.cache/prism-oracle');
/** One operation per known limit, so each entry is shown to match what Prism still does, whatever the sample holds. */
const LIMITS_SPEC = resolve('test/prism/known-limits.openapi.yaml');

afterAll(() => rm(workDir, { recursive: true, force: true }));

describe.skipIf(!corpusPresent("the Prism oracle (the corpus's real specs through their clients against Stoplight Prism)"))('the Prism oracle', () => {
  it('finds no request violation that is the client fault in a sample of every real spec style, and meets every known limit', { timeout: 180_000 }, async () => {
    // allSettled: each run stops its Prism before the test reports a failure.
    const runs = [...SAMPLE.map((spec) => [join(corpusDir, spec), spec] as const), [LIMITS_SPEC, 'known-limits.openapi.yaml'] as const];
    const settled = await Promise.allSettled(runs.map(([file, label]) => runPrismOracle(file, label, { seed: SEED, maxOperations: MAX_OPERATIONS, workDir })));
    const outcomes = settled.map((result) => {
      if (result.status === 'rejected') throw result.reason;
      return result.value;
    });
    console.log(
      `Prism oracle (sample, seed ${SEED}):\n${outcomes
        .map((o) => `  ${o.spec}: ${o.operations} operations, ${o.calls} calls, ${o.valid} valid, allowed: ${JSON.stringify(o.allowed)}, faker values outside the schema: ${o.fakerOutside}, refused: ${JSON.stringify(o.refused)}, client faults: ${o.clientFaults.length}`)
        .join('\n')}`,
    );
    expect(outcomes.map((o) => o.unloadable).filter(Boolean)).toEqual([]);
    expect(outcomes.flatMap((o) => o.clientFaults.map((fault) => `${o.spec}: ${fault}`))).toEqual([]);
    // Most requests are valid outright (the limits fixture's are all meant to meet a limit).
    for (const outcome of outcomes.slice(0, SAMPLE.length)) expect(outcome.valid, outcome.spec).toBeGreaterThan(outcome.calls / 2);
    const met = new Set(outcomes.flatMap((o) => Object.keys(o.allowed)));
    expect(KNOWN_LIMITS.map((limit) => limit.id).filter((id) => !met.has(id))).toEqual([]);
  });
});
