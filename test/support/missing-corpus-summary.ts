/**
 * Vitest's global setup: gives the run a file where `corpusPresent` records each test it skipped for want of the
 * corpus, and after the run's summary lists them once more, so a green run without the corpus cannot pass for a
 * full one.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { corpusDir } from './corpus-present.js';

let folder: string | undefined;

/** Before the run: the file that records skips, named to the test workers by CORPUS_SKIPS_FILE. */
export function setup(): void {
  folder = mkdtempSync(join(tmpdir(), 'corpus-skips-'));
  process.env.CORPUS_SKIPS_FILE = join(folder, 'skipped.txt');
}

/** After the run (and its summary): what was skipped without the corpus, if anything. */
export function teardown(): void {
  if (!folder) return;
  const file = join(folder, 'skipped.txt');
  const skipped = existsSync(file) ? [...new Set(readFileSync(file, 'utf8').split('\n').filter(Boolean))].sort() : [];
  rmSync(folder, { recursive: true, force: true });
  if (skipped.length === 0) return;
  console.warn(
    [
      '',
      `!!! CORPUS MISSING at ${corpusDir}: this run SKIPPED ${skipped.length === 1 ? 'one part that needs it' : `${skipped.length} parts that need it`}:`,
      ...skipped.map((line) => `  - ${line}`),
      'Point CORPUS_DIR at a copy of the corpus (CORPUS_DIR=/path/to/corpus npm test), or put it at ../shared/corpus beside this repo; CI sets REQUIRE_CORPUS=1, which fails instead.',
      '',
    ].join('\n'),
  );
}
