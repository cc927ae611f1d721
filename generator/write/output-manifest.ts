/**
 * The output folder's record of the client folders this generator wrote there, `<output>/.openapi-client.json`,
 * committed with the clients. Only a folder it lists is ever removed as stale (see remove-stale-clients.ts). Being
 * committed output, it is read back as untrusted: a file that is not a list of names counts as no record, and
 * entries that break the API name rule are ignored, so the record can only ever name folders `<output>/<name>`.
 */
import { lstat, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { apiNameProblem } from '../config/api-name.js';
import { SpecError } from '../load/spec-error.js';
import { printable } from '../report/terminal-text.js';
import { resolveInsideOutput } from './resolve-inside-output.js';

/** The record's file name inside the output folder. */
export const OUTPUT_MANIFEST_FILE = '.openapi-client.json';

/** A record larger than this is not one this generator wrote (a thousand APIs take 100 KB). */
const MAX_MANIFEST_BYTES = 1024 * 1024;

/** The API folder names recorded in `output`, sorted; none when the record is missing, a link, too large or malformed. */
export async function readOutputManifest(output: string): Promise<string[]> {
  const file = await resolveInsideOutput(output, OUTPUT_MANIFEST_FILE, 'read').catch(() => undefined);
  const info = file === undefined ? undefined : await lstat(file).catch(() => undefined);
  if (file === undefined || !info?.isFile() || info.size > MAX_MANIFEST_BYTES) return [];
  try {
    const apis = (JSON.parse(await readFile(file, 'utf8')) as { apis?: unknown } | null)?.apis;
    if (!Array.isArray(apis)) return [];
    return [...new Set(apis.filter((name): name is string => typeof name === 'string' && apiNameProblem(name) === undefined))].sort();
  } catch {
    return [];
  }
}

/** The names the record holds after a run: a run of every API records exactly those; a one-API run adds its own. */
export function recordedNames(before: readonly string[], generated: readonly string[], listsEveryApi: boolean): string[] {
  return [...new Set(listsEveryApi ? generated : [...before, ...generated])].sort();
}

/** The record's text: deterministic, one name a line. */
export function outputManifestText(names: readonly string[]): string {
  const about = 'The client folders openapi-client generated here. It removes a folder listed here once its API is no longer generated, and never a folder that is not listed.';
  return `${JSON.stringify({ about, apis: names }, null, 2)}\n`;
}

/** The record's path, checked to be writable: inside the output folder, not a link, and a file if it exists. */
export async function outputManifestPath(output: string): Promise<string> {
  const file = await resolveInsideOutput(output, OUTPUT_MANIFEST_FILE, 'write');
  const info = await lstat(file).catch(() => undefined);
  if (info !== undefined && !info.isFile()) {
    throw new SpecError(`${printable(file)} is not a file`, [], `the output folder keeps its record of generated clients in ${OUTPUT_MANIFEST_FILE}; remove what is there`);
  }
  return file;
}

/** Writes the record: whole to a new file, then renamed into place. */
export async function writeOutputManifest(output: string, names: readonly string[]): Promise<void> {
  const file = await outputManifestPath(output);
  const staging = await resolveInsideOutput(output, `${OUTPUT_MANIFEST_FILE}.${process.pid}.tmp`, 'write');
  await rm(staging, { force: true });
  await writeFile(staging, outputManifestText(names), { flag: 'wx' });
  await rename(staging, file);
}
