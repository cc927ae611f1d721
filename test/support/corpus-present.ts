/** Whether the corpus of real specs is there for a test that needs it: said loudly when it is not, and a failure under REQUIRE_CORPUS=1 (CI). */
import { appendFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** The corpus: `$CORPUS_DIR`, or `../shared/corpus` beside this repo. */
export const corpusDir = resolve(process.env.CORPUS_DIR ?? '../shared/corpus');

/**
 * True when `path` (the corpus, or a file of it) exists. Otherwise prints a warning naming the folder, what is
 * skipped and how to point CORPUS_DIR at a copy, and returns false; with REQUIRE_CORPUS=1 it throws instead, so a
 * run that must cover the corpus (`.ci/run`) cannot pass without it.
 */
export function corpusPresent(skipped: string, path = corpusDir): boolean {
  if (existsSync(path)) return true;
  const missing = existsSync(corpusDir) ? `${path} is not in the corpus folder ${corpusDir}` : `the corpus folder ${corpusDir} does not exist`;
  const fix = 'Point CORPUS_DIR at a copy of the corpus (CORPUS_DIR=/path/to/corpus npm test), or put it at ../shared/corpus beside this repo.';
  if (process.env.REQUIRE_CORPUS === '1') throw new Error(`REQUIRE_CORPUS=1 and ${missing}, so ${skipped} cannot run. ${fix}`);
  console.warn(`\n!!! CORPUS MISSING: ${missing}, so ${skipped} is SKIPPED: this run does not cover it. ${fix}\n`);
  // For the list printed after the run's summary (missing-corpus-summary.ts).
  if (process.env.CORPUS_SKIPS_FILE) appendFileSync(process.env.CORPUS_SKIPS_FILE, `${skipped}\n`);
  return false;
}
