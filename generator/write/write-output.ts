/** The one module that writes generated files: a whole output tree is swapped in at once, never left half-written. */
import { rmSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { GeneratedFile } from '../emit/generated-file.js';
import { resolveInsideOutput } from './resolve-inside-output.js';

/** The folders one API's write touches, each checked to lie inside the output folder (see resolveInsideOutput). */
export async function clientFolders(output: string, name: string): Promise<{ folder: string; staging: string; previous: string }> {
  return {
    folder: await resolveInsideOutput(output, name, 'write'),
    staging: await resolveInsideOutput(output, `${name}.staging-${process.pid}`, 'write'),
    previous: await resolveInsideOutput(output, `${name}.previous-${process.pid}`, 'write'),
  };
}

/**
 * Replaces the folder `<output>/<name>` with exactly `files`: they are written to a sibling staging folder first,
 * which then takes the old folder's place by rename, so a failure midway leaves the previous output untouched.
 * Every path is checked to stay inside `output` before it is written, renamed or removed.
 */
export async function writeOutput(output: string, name: string, files: readonly GeneratedFile[]): Promise<void> {
  const { folder, staging, previous } = await clientFolders(output, name);
  await rm(staging, { recursive: true, force: true });
  inProgress.add(staging);
  try {
    for (const file of files) {
      const target = await resolveInsideOutput(staging, file.path, 'write');
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, file.content);
    }
    await mkdir(dirname(folder), { recursive: true });
    let hadPrevious = true;
    try {
      await rename(folder, previous);
    } catch (cause) {
      if ((cause as NodeJS.ErrnoException).code !== 'ENOENT') throw cause;
      hadPrevious = false;
    }
    try {
      await rename(staging, folder);
    } catch (cause) {
      if (hadPrevious) await rename(previous, folder);
      throw cause;
    }
    if (hadPrevious) await rm(previous, { recursive: true, force: true });
  } finally {
    await rm(staging, { recursive: true, force: true });
    inProgress.delete(staging);
  }
}

/** Staging folders being written right now. */
const inProgress = new Set<string>();

/**
 * Removes the staging folders of writes cut short by a signal; the previous output was never touched, since
 * it is only replaced by the final rename. The CLI calls this from its SIGINT/SIGTERM handler.
 */
export function abandonWrites(): void {
  for (const staging of inProgress) rmSync(staging, { recursive: true, force: true });
  inProgress.clear();
}
