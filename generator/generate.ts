/** The pipeline for one API folder and for a folder of API folders: load → model → emit → format, all in memory. */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { emitApiClient } from './emit/emit-api-client.js';
import type { GeneratedFile } from './emit/generated-file.js';
import type { PrintMemory } from './emit/print-memory.js';
import { expandInput } from './config/expand-inputs.js';
import type { ApiTarget } from './config/read-generator-config.js';
import type { Progress } from './report/progress-line.js';
import { Diagnostics, WarningsRefused, type Diagnostic } from './load/diagnostics.js';
import { listSpecFiles, loadApi, loadFiles, mergeApiConfig, type LoadedApi } from './load/load-api.js';
import { buildApiModel } from './model/build-api-model.js';
import { describePagination } from './model/detect-pagination.js';

/** The generator's own runtime templates, copied into every client: beside `generator/` in the repo, two levels up from `dist/generator/` in the package. */
export const TEMPLATES_DIR = [new URL('../templates/', import.meta.url), new URL('../../templates/', import.meta.url)]
  .map((url) => fileURLToPath(url))
  .find((dir) => existsSync(join(dir, 'send-request.ts')))!;

/** One API's generated client and what the CLI reports about it. */
export interface GeneratedApi {
  readonly name: string;
  readonly files: readonly GeneratedFile[];
  readonly operations: number;
  readonly schemas: number;
  readonly milliseconds: number;
  /** Decisions the user should hear about (see ApiModel.notes). */
  readonly notes: readonly string[];
  /** What the generator read leniently, where, and what it did instead (see diagnostics.ts). */
  readonly warnings: readonly Diagnostic[];
  /** Paginated operations: function name and how it pages (see detect-pagination.ts). */
  readonly paginated: ReadonlyArray<{ readonly name: string; readonly style: string; readonly how: string }>;
}

/** Reads the runtime templates (every `.ts` file of `dir`, sorted) as files to copy. */
export async function readRuntimeTemplates(dir: string = TEMPLATES_DIR): Promise<GeneratedFile[]> {
  const names = (await readdir(dir)).filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts')).sort();
  return Promise.all(names.map(async (name) => ({ path: name, content: await readFile(join(dir, name), 'utf8') })));
}

/** Generates the client of the API in `folder`. */
export async function generateApi(folder: string, runtime: readonly GeneratedFile[]): Promise<GeneratedApi> {
  return generateTarget({ name: basename(folder), inputs: [folder], baseDir: '.', settings: {} }, runtime);
}

/** Loads an API target: one folder reads like an API folder; anything else is a list of fragment files. Warnings go to `diagnostics`. */
export async function loadTarget(target: ApiTarget, diagnostics = new Diagnostics()): Promise<LoadedApi> {
  const configFile = join(target.baseDir, 'openapi-client.config');
  const expanded = await Promise.all(target.inputs.map((input) => expandInput(input, target.baseDir, configFile)));
  const [only] = expanded;
  if (expanded.length === 1 && only?.kind === 'folder') return loadApi(only.path, target.settings, target.name, diagnostics);
  const files: string[] = [];
  for (const input of expanded) files.push(...(input.kind === 'folder' ? await listSpecFiles(input.path) : input.paths));
  return loadFiles(target.name, target.baseDir, [...new Set(files)], mergeApiConfig({ operationNames: {}, schemaNames: {} }, target.settings), diagnostics);
}

/** Prettier is loaded only for APIs that ask for it. */
async function formatFiles(files: readonly GeneratedFile[]): Promise<GeneratedFile[]> {
  return (await import('./format/format-files.js')).formatFiles(files);
}

/**
 * Generates one API target's client, in memory; `progress` hears each stage (the CLI draws it on a terminal);
 * `memory` holds the types an earlier generation of this API printed (see PrintMemory). With `strict` set (the
 * `--strict` flag, or `strict: true` for the API), any warning refuses the API (WarningsRefused) before emitting.
 */
export async function generateTarget(target: ApiTarget, runtime: readonly GeneratedFile[], progress: Progress = () => {}, memory?: PrintMemory): Promise<GeneratedApi> {
  const started = performance.now();
  progress('loading');
  const diagnostics = new Diagnostics();
  const loaded = await loadTarget(target, diagnostics);
  progress('modelling');
  const model = buildApiModel(loaded, diagnostics);
  if (loaded.config.strict === true && diagnostics.list.length > 0) throw new WarningsRefused(diagnostics.list);
  const emitted = emitApiClient(model, runtime, (done, total) => progress('emitting', done, total), memory);
  if (loaded.config.prettier === true) progress('formatting');
  const files = loaded.config.prettier === true ? await formatFiles(emitted) : emitted;
  return {
    name: model.name,
    files,
    operations: model.operations.length,
    schemas: model.schemas.length,
    milliseconds: performance.now() - started,
    notes: model.notes,
    warnings: diagnostics.list,
    paginated: model.operations.flatMap((operation) =>
      operation.pagination ? [{ name: operation.name, style: operation.pagination.style, how: describePagination(operation.pagination) }] : [],
    ),
  };
}
