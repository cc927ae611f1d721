/** Loads one API folder: every spec file and docs page in it, merged and reference-checked, plus its config. */
import { readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { checkReferences } from './check-references.js';
import { mergeSpecSources, type MergedSpec } from './merge-spec-sources.js';
import { API_CONFIG_FILE, readApiConfig, type ApiConfig } from './read-api-config.js';
import { isSpecFileName, readSpecSource } from './read-spec-source.js';
import { SpecError } from './spec-error.js';

/** An API as read from disk, ready for modelling. */
export interface LoadedApi {
  /** The folder name, which names the output folder too. */
  readonly name: string;
  /** The folder it was read from. */
  readonly folder: string;
  readonly spec: MergedSpec;
  readonly config: ApiConfig;
}

/** Reads `folder` (files sorted by name, so the merge order never depends on the file system). */
export async function loadApi(folder: string): Promise<LoadedApi> {
  const entries = await readdir(folder, { withFileTypes: true });
  const files = entries
    .filter((entry) => entry.isFile() && entry.name !== API_CONFIG_FILE && isSpecFileName(entry.name))
    .map((entry) => join(folder, entry.name))
    .sort();
  if (files.length === 0) {
    throw new SpecError(
      'the API folder holds no spec files',
      [{ file: folder }],
      'add an OpenAPI document (.yaml, .yml, .json) or a docs page carrying one (.md, .txt)',
    );
  }
  const sources = (await Promise.all(files.map(readSpecSource))).flat();
  const spec = mergeSpecSources(sources);
  checkReferences(spec);
  const config = await readApiConfig(join(folder, API_CONFIG_FILE));
  return { name: basename(folder), folder, spec, config };
}
