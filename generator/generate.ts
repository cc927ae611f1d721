/** The pipeline for one API folder and for a folder of API folders: load → model → emit → format, all in memory. */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { emitApiClient } from './emit/emit-api-client.js';
import type { GeneratedFile } from './emit/generated-file.js';
import { formatFiles } from './format/format-files.js';
import { loadApi } from './load/load-api.js';
import { SpecError } from './load/spec-error.js';
import { buildApiModel } from './model/build-api-model.js';

/** The generator's own runtime templates, copied into every client. */
export const TEMPLATES_DIR = fileURLToPath(new URL('../templates/', import.meta.url));

/** One API's generated client and what the CLI reports about it. */
export interface GeneratedApi {
  readonly name: string;
  readonly files: readonly GeneratedFile[];
  readonly operations: number;
  readonly schemas: number;
  readonly milliseconds: number;
}

/** Reads the runtime templates (every `.ts` file of `dir`, sorted) as files to copy. */
export async function readRuntimeTemplates(dir: string = TEMPLATES_DIR): Promise<GeneratedFile[]> {
  const names = (await readdir(dir)).filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts')).sort();
  return Promise.all(names.map(async (name) => ({ path: name, content: await readFile(join(dir, name), 'utf8') })));
}

/** Generates the client of the API in `folder`. */
export async function generateApi(folder: string, runtime: readonly GeneratedFile[]): Promise<GeneratedApi> {
  const started = performance.now();
  const loaded = await loadApi(folder);
  const model = buildApiModel(loaded);
  const files = await formatFiles(emitApiClient(model, runtime));
  return {
    name: model.name,
    files,
    operations: model.operations.length,
    schemas: model.schemas.length,
    milliseconds: performance.now() - started,
  };
}

/** Generates every API under `specsDir` (one sub-folder each, sorted); any failure fails the whole run before anything is written. */
export async function generateAll(specsDir: string, runtime: readonly GeneratedFile[]): Promise<GeneratedApi[]> {
  let entries;
  try {
    entries = await readdir(specsDir, { withFileTypes: true });
  } catch {
    throw new SpecError('the specs folder does not exist', [{ file: specsDir }], 'create it with one sub-folder per API');
  }
  const folders = entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
  if (folders.length === 0) {
    throw new SpecError('the specs folder holds no API folders', [{ file: specsDir }], 'add one sub-folder per API, holding its spec files');
  }
  const results: GeneratedApi[] = [];
  for (const folder of folders) results.push(await generateApi(join(specsDir, folder), runtime));
  return results;
}
