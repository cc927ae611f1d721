/** Runs a generation as the CLI asks: generate everything in memory, then check, write, or report; no argument parsing here. */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { checkApiNames } from './config/api-name.js';
import type { ApiTarget, GeneratorConfig } from './config/read-generator-config.js';
import { API_SURFACE_FILE, type ApiSurface } from './emit/emit-api-surface.js';
import { generateTarget, readRuntimeTemplates, type GeneratedApi } from './generate.js';
import { diffApiSurface } from './report/diff-api-surface.js';
import { PrintMemory } from './emit/print-memory.js';
import type { ApiChangeReport } from './report/format-change-report.js';
import type { Progress } from './report/progress-line.js';
import { readApiSurface } from './report/read-api-surface.js';
import { compareOutput, type OutputDifference } from './write/compare-output.js';
import { outputManifestPath, outputManifestText, OUTPUT_MANIFEST_FILE, readOutputManifest, recordedNames, writeOutputManifest } from './write/output-manifest.js';
import { findStaleClients, removeStaleClients } from './write/remove-stale-clients.js';
import { clientFolders, writeOutput } from './write/write-output.js';

/** One API's outcome. */
export interface ApiRun {
  readonly api: GeneratedApi;
  readonly folder: string;
  readonly report: ApiChangeReport;
}

/**
 * Generates every API of `config` in memory; any failure fails the run before anything is written. `progress`
 * (given an API's name) hears each stage of that API. `memories`, kept by the caller from run to run (watch mode),
 * holds each API's printed types, so that a regeneration prints only what changed; the output is the same.
 */
export async function generateRun(config: GeneratorConfig, progress?: (api: string) => Progress, memories?: Map<string, PrintMemory>): Promise<ApiRun[]> {
  const runtime = await readRuntimeTemplates();
  const runs: ApiRun[] = [];
  for (const target of config.apis) {
    let memory = memories?.get(target.name);
    if (memories && !memory) memories.set(target.name, (memory = new PrintMemory()));
    runs.push(await generateOne(target, config.output, runtime, progress?.(target.name), memory));
  }
  return runs;
}

async function generateOne(
  target: ApiTarget,
  output: string,
  runtime: Awaited<ReturnType<typeof readRuntimeTemplates>>,
  progress: Progress | undefined,
  memory: PrintMemory | undefined,
): Promise<ApiRun> {
  const api = await generateTarget(target, runtime, progress, memory);
  const folder = join(output, target.name);
  // The file on disk is untrusted: a malformed or foreign one is read as no previous client, with a warning.
  const { surface: previous, warning } = await readApiSurface(join(folder, API_SURFACE_FILE));
  const next = JSON.parse(api.files.find((file) => file.path === API_SURFACE_FILE)!.content) as ApiSurface;
  return {
    api,
    folder,
    report: { api: target.name, operations: api.operations, schemas: api.schemas, ...(previous ? { changes: diffApiSurface(previous, next) } : {}), ...(warning ? { warning } : {}) },
  };
}

/** Compares every API's generated files with its folder on disk. */
export async function checkRun(runs: readonly ApiRun[]): Promise<Array<{ run: ApiRun; difference: OutputDifference }>> {
  return Promise.all(runs.map(async (run) => ({ run, difference: await compareOutput(run.folder, run.api.files) })));
}

/**
 * Writes every API's folder (each replaced whole); when the config lists every API of the output folder, then
 * removes the clients of APIs no longer configured that the output folder's record lists (see
 * output-manifest.ts), and records what was written. A one-API run (`--spec`) adds its API to the record and never
 * removes anything. Every name and path is checked before anything is written, so a refusal leaves the output as it was.
 */
export async function writeRun(runs: readonly ApiRun[], config: Pick<GeneratorConfig, 'output' | 'listsEveryApi'>): Promise<string[]> {
  const names = runs.map((run) => run.api.name);
  checkApiNames(names);
  for (const name of names) await clientFolders(config.output, name);
  await outputManifestPath(config.output);
  const recorded = await readOutputManifest(config.output);
  const stale = config.listsEveryApi ? await findStaleClients(config.output, recorded, names) : [];
  for (const run of runs) await writeOutput(config.output, run.api.name, run.api.files);
  const removed = await removeStaleClients(config.output, stale);
  await writeOutputManifest(config.output, recordedNames(recorded, names, config.listsEveryApi));
  return removed;
}

/**
 * How the output folder differs from what `writeRun` would leave, beyond the API folders (see checkRun): its record
 * of clients (`.openapi-client.json`, missing or changed) and the stale client folders a write would remove
 * (extra, as `<name>/`). Paths are relative to the output folder.
 */
export async function checkOutputFolder(runs: readonly ApiRun[], config: Pick<GeneratorConfig, 'output' | 'listsEveryApi'>): Promise<OutputDifference> {
  const names = runs.map((run) => run.api.name);
  const recorded = await readOutputManifest(config.output);
  const expected = outputManifestText(recordedNames(recorded, names, config.listsEveryApi));
  const onDisk = await readFile(await outputManifestPath(config.output), 'utf8').catch(() => undefined);
  const stale = config.listsEveryApi ? await findStaleClients(config.output, recorded, names) : [];
  return {
    changed: onDisk !== undefined && onDisk !== expected ? [OUTPUT_MANIFEST_FILE] : [],
    missing: onDisk === undefined ? [OUTPUT_MANIFEST_FILE] : [],
    extra: stale.map((name) => `${name}/`),
  };
}

/** Writes the markdown change report. */
export async function writeReport(file: string, markdown: string): Promise<void> {
  await writeFile(file, markdown);
}
