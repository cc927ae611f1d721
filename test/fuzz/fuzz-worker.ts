/**
 * Runs generations for the fuzz runner on a worker thread, so a case that hangs can be stopped (the thread is
 * terminated) without losing the run. Each message names a spec file and an output folder; the answer classifies
 * what happened as the CLI would report it: generated (exit 0), refused with a SpecError (exit 2), or crashed (exit 3).
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parentPort } from 'node:worker_threads';
import { formatSpecError, SpecError } from '../../generator/load/spec-error.js';
import { generateRun, writeRun } from '../../generator/run-generator.js';

export interface FuzzJob {
  readonly id: number;
  readonly specFile: string;
  readonly output: string;
  /** Import the generated client afterwards and report any side effect. */
  readonly importCheck: boolean;
}

export type FuzzAnswer =
  | { readonly id: number; readonly kind: 'generated'; readonly operations: number; readonly schemas: number; readonly importProblem?: string }
  | { readonly id: number; readonly kind: 'refused'; readonly message: string; readonly hasLine: boolean }
  | { readonly id: number; readonly kind: 'crash'; readonly stack: string };

/** Imports a generated client; returns what went wrong: a throw, a new global, or a timer or socket left running. */
async function importWithoutSideEffects(file: string): Promise<string | undefined> {
  const globals = new Set(Object.getOwnPropertyNames(globalThis));
  const resources = process.getActiveResourcesInfo().length;
  try {
    const module = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
    if (typeof module.createClient !== 'function') return 'the client does not export createClient';
  } catch (error) {
    return `importing threw: ${error instanceof Error ? error.stack : String(error)}`;
  }
  const added = Object.getOwnPropertyNames(globalThis).filter((name) => !globals.has(name));
  if (added.length > 0) return `importing added globals: ${added.join(', ')}`;
  if (process.getActiveResourcesInfo().length > resources) return 'importing left a timer or handle running';
  return undefined;
}

parentPort?.on('message', async (job: FuzzJob) => {
  let answer: FuzzAnswer;
  try {
    // mock.ts and validators.ts too, so their handler types and tables are fuzzed with the rest.
    const config = { output: job.output, apis: [{ name: 'api', inputs: [job.specFile], baseDir: '.', settings: { mocks: true, validators: true } }], listsEveryApi: false };
    const runs = await generateRun(config);
    await writeRun(runs, config);
    const importProblem = job.importCheck ? await importWithoutSideEffects(join(job.output, 'api', 'index.ts')) : undefined;
    answer = { id: job.id, kind: 'generated', operations: runs[0]!.api.operations, schemas: runs[0]!.api.schemas, ...(importProblem ? { importProblem } : {}) };
  } catch (error) {
    answer =
      error instanceof SpecError
        ? { id: job.id, kind: 'refused', message: formatSpecError(error), hasLine: error.positions[0]?.line !== undefined }
        : { id: job.id, kind: 'crash', stack: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  parentPort!.postMessage(answer);
});
