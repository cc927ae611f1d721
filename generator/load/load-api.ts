/** Loads one API: a folder of spec files and docs pages (merged), or one spec file; references bundled and checked. */
import { readdir } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { bundleReferences } from './bundle-references.js';
import { checkReferences } from './check-references.js';
import { Diagnostics } from './diagnostics.js';
import { mergeSpecSources, type MergedSpec } from './merge-spec-sources.js';
import { API_CONFIG_FILE, readApiConfig, switchesOn, type ApiConfig } from './read-api-config.js';
import { checkOpenApi, declaresSpec, isSpecFileName, parseRawText, readRawSource, type RawSource } from './read-spec-source.js';
import { SpecError } from './spec-error.js';
import { SpecRoots } from './spec-roots.js';
import { DEFAULT_MAX_SPEC_BYTES } from './spec-size-limit.js';
import { validateDocument } from './validate-document.js';
import { validateSchemas } from './validate-schemas.js';

/** An API as read from disk, ready for modelling. */
export interface LoadedApi {
  /** The folder name (or the file name for a single spec file), which names the output folder too. */
  readonly name: string;
  /** The folder it was read from. */
  readonly folder: string;
  readonly spec: MergedSpec;
  readonly config: ApiConfig;
}

/** The spec files and docs pages directly in `folder` (not its sub-folders, which hold parts), sorted by name. */
export async function listSpecFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name !== API_CONFIG_FILE && isSpecFileName(entry.name))
    .map((entry) => join(folder, entry.name))
    .sort();
}

/**
 * Reads `folder`: every spec file and docs page directly in it is a fragment of the API (files sorted by name, so
 * the merge order never depends on the file system); YAML/JSON files that are not OpenAPI documents are parts
 * the fragments refer to, and must be referred to. `settings` add to (and win over) the folder's client.yaml.
 * What is read leniently is reported to `diagnostics`.
 */
export async function loadApi(folder: string, settings: Partial<ApiConfig> = {}, name = basename(folder), diagnostics = new Diagnostics()): Promise<LoadedApi> {
  const files = await listSpecFiles(folder);
  const fromFolder = await readApiConfig(join(folder, API_CONFIG_FILE));
  return loadFiles(name, folder, files, mergeApiConfig(fromFolder, settings), diagnostics);
}

/** Combines settings: names from both, `override` winning where both name the same thing. */
export function mergeApiConfig(base: ApiConfig, override: Partial<ApiConfig>): ApiConfig {
  const tokenEnvironment = override.tokenEnvironment ?? base.tokenEnvironment;
  const importExtension = override.importExtension ?? base.importExtension;
  return {
    ...switchesOn(override, base),
    operationNames: { ...base.operationNames, ...override.operationNames },
    schemaNames: { ...base.schemaNames, ...override.schemaNames },
    ...(base.resourcePaths || override.resourcePaths ? { resourcePaths: { ...base.resourcePaths, ...override.resourcePaths } } : {}),
    ...(base.pagination || override.pagination ? { pagination: { ...base.pagination, ...override.pagination } } : {}),
    ...(base.queries || override.queries ? { queries: [...new Set([...(base.queries ?? []), ...(override.queries ?? [])])] } : {}),
    ...(tokenEnvironment !== undefined ? { tokenEnvironment } : {}),
    ...(base.roots || override.roots ? { roots: [...new Set([...(base.roots ?? []), ...(override.roots ?? [])])] } : {}),
    ...(override.maxSpecBytes !== undefined || base.maxSpecBytes !== undefined ? { maxSpecBytes: override.maxSpecBytes ?? base.maxSpecBytes } : {}),
    ...(importExtension !== undefined ? { importExtension } : {}),
  };
}

/**
 * Loads an API from an explicit list of files: documents are merged as fragments, other files must be referred to.
 * References may read files inside the folders of `files` and the folders `config.roots` lists (see SpecRoots).
 */
export async function loadFiles(name: string, folder: string, files: readonly string[], config: ApiConfig, diagnostics = new Diagnostics()): Promise<LoadedApi> {
  const maxSpecBytes = config.maxSpecBytes ?? DEFAULT_MAX_SPEC_BYTES;
  const roots = await SpecRoots.of(files.map(dirname), config.roots, maxSpecBytes);
  const raws = (await Promise.all(files.map((file) => readRawSource(file, maxSpecBytes)))).flat();
  const documents = raws.filter(declaresSpec);
  if (documents.length === 0) {
    throw new SpecError(
      files.length === 1 ? 'this file is not an OpenAPI document: it has no `openapi` field' : 'no OpenAPI document among the inputs',
      [{ file: files[0] ?? folder, line: 1 }],
      'add an OpenAPI document (.yaml, .yml, .json starting with `openapi: 3.x`) or a docs page carrying one (.md, .txt)',
    );
  }
  const spec = await bundleAndMerge(documents, raws, roots, diagnostics);
  const referenced = new Set(spec.files);
  const stray = raws.find((raw) => !declaresSpec(raw) && !referenced.has(raw.file));
  if (stray) {
    throw new SpecError(
      'this file is neither an OpenAPI document nor referred to by one',
      [{ file: stray.file, line: 1 }],
      'start it with `openapi: 3.x`, refer to it with a $ref, or move it out of the API folder',
    );
  }
  return { name, folder, spec: spec.merged, config };
}

/** Reads one spec file (and the files it refers to, inside its folder) as an API named after the file. */
export async function loadSpecFile(file: string, diagnostics = new Diagnostics()): Promise<LoadedApi> {
  const raws = await readRawSource(file);
  const spec = await bundleAndMerge(raws, raws, await SpecRoots.of([dirname(file)]), diagnostics);
  return {
    name: basename(file, extname(file)),
    folder: dirname(file),
    spec: spec.merged,
    config: { operationNames: {}, schemaNames: {} },
  };
}

/** Bundles each document, reading the files it refers to once each, and only as `roots` allow. */
async function bundleAndMerge(
  documents: readonly RawSource[],
  known: readonly RawSource[],
  roots: SpecRoots,
  diagnostics: Diagnostics,
): Promise<{ merged: MergedSpec; files: string[] }> {
  const cache = new Map(known.map((raw) => [raw.file, Promise.resolve(raw)]));
  const read = (file: string): Promise<RawSource> => {
    let pending = cache.get(file);
    if (!pending) {
      pending = roots.readFile(file).then((text) => parseRawText(file, text, roots.maxBytes)[0]!);
      cache.set(file, pending);
    }
    return pending;
  };
  const bundled = [];
  for (const document of documents) bundled.push(await bundleReferences(checkOpenApi(document), roots, read, diagnostics));
  const merged = mergeSpecSources(bundled.map((b) => b.source));
  checkReferences(merged);
  validateDocument(merged);
  return { merged: validateSchemas(merged, diagnostics), files: bundled.flatMap((b) => [...b.files]) };
}
