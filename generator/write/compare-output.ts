/** Compares generated files with what is on disk, for `--check` and for tests. */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { GeneratedFile } from '../emit/generated-file.js';

/** How the files on disk differ from a fresh generation; paths are relative to the output root. */
export interface OutputDifference {
  /** On disk with other content. */
  readonly changed: string[];
  /** Generated but not on disk. */
  readonly missing: string[];
  /** On disk but no longer generated. */
  readonly extra: string[];
}

/** Lists every file below `folder`, relative to it, with `/` separators; empty when the folder does not exist. */
export async function listFiles(folder: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(folder, { recursive: true, withFileTypes: true });
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw cause;
  }
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** Compares `files` (paths relative to `root`) with the tree under `root`, limited to the `folders` they belong to. */
export async function compareOutput(root: string, files: readonly GeneratedFile[]): Promise<OutputDifference> {
  const onDisk = new Set(await listFiles(root));
  const generated = new Set(files.map((file) => file.path));
  const changed: string[] = [];
  const missing: string[] = [];
  for (const file of files) {
    if (!onDisk.has(file.path)) {
      missing.push(file.path);
      continue;
    }
    const current = await readFile(join(root, file.path), 'utf8');
    if (current !== file.content) changed.push(file.path);
  }
  const extra = [...onDisk].filter((path) => !generated.has(path));
  return { changed: changed.sort(), missing: missing.sort(), extra: extra.sort() };
}
