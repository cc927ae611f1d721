/**
 * Stale clients: folders the output folder's record (output-manifest.ts) lists as this generator's own whose API a
 * run of every API no longer generates. Nothing else is ever removed, whatever a folder holds: a folder is not
 * the generator's because its `index.ts` starts with `// Generated from`.
 */
import { lstat, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { resolveInsideOutput } from './resolve-inside-output.js';

/**
 * The recorded folders that are not among `generated` and exist as folders, sorted. A recorded name that is the
 * same folder as a generated one under another case (Windows, macOS) is not stale: removing it would remove the
 * new client.
 */
export async function findStaleClients(output: string, recorded: readonly string[], generated: readonly string[]): Promise<string[]> {
  const current = new Set<string>();
  for (const name of generated) {
    const info = await lstat(join(output, name)).catch(() => undefined);
    if (info) current.add(`${info.dev}:${info.ino}`);
  }
  const stale: string[] = [];
  for (const name of recorded) {
    if (generated.includes(name)) continue;
    const path = await resolveInsideOutput(output, name, 'remove');
    const info = await lstat(path).catch(() => undefined);
    if (info?.isDirectory() && !current.has(`${info.dev}:${info.ino}`)) stale.push(name);
  }
  return stale.sort();
}

/** Removes the stale clients `names` of `output` (each path checked again first); returns the folders removed. */
export async function removeStaleClients(output: string, names: readonly string[]): Promise<string[]> {
  const removed: string[] = [];
  for (const name of names) {
    await rm(await resolveInsideOutput(output, name, 'remove'), { recursive: true, force: true });
    removed.push(join(output, name));
  }
  return removed;
}
