/**
 * Keeps each API's PrintMemory from one run of the command to the next, in the cache folder (cache-folder.ts), so
 * a regeneration in a new process (a CI re-run, `npm run generate` after an edit of the spec) prints only the types
 * that changed. A file belongs to one output folder and API, and holds the fingerprint of the generator that wrote
 * it (a hash of the generator's own modules and the versions of openapi-typescript and TypeScript): another
 * generator's file is never read. The cache folder is untrusted (anyone who can write the project or a CI cache
 * can write it, and a recalled text goes into the client as is), so each file is sealed under the user's cache key
 * (cache-entry-seal.ts): a file this user's generator did not write is never read. A missing, unreadable, foreign,
 * tampered or stale file means printing everything; reading or writing the cache never fails a run.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PrintMemory } from '../emit/print-memory.js';
import { typescript } from '../emit/required-libraries.js';
import { sealCacheEntry, unsealCacheEntry } from './cache-entry-seal.js';

/**
 * The memories kept for the APIs `names` of `output`, sealed under `key`; an API without a usable file has none
 * (generateRun adds it).
 */
export async function readPrintMemories(folder: string, key: Buffer, output: string, names: readonly string[]): Promise<Map<string, PrintMemory>> {
  const generator = await generatorFingerprint();
  const memories = new Map<string, PrintMemory>();
  for (const name of names) {
    try {
      const file = cacheFile(folder, output, name);
      const content = unsealCacheEntry(key, basename(file), await readFile(file));
      if (content === undefined) continue;
      const saved = JSON.parse(content.toString('utf8')) as { generator?: unknown; memory?: unknown };
      if (saved.generator === generator) memories.set(name, PrintMemory.fromSaved(saved.memory));
    } catch {
      // No file, or not one this generator can read: print everything.
    }
  }
  return memories;
}

/** Saves each memory that the latest generation used, sealed under `key` (written whole, then renamed into place). */
export async function writePrintMemories(folder: string, key: Buffer, output: string, memories: ReadonlyMap<string, PrintMemory>): Promise<void> {
  try {
    const generator = await generatorFingerprint();
    await mkdir(folder, { recursive: true });
    for (const [name, memory] of memories) {
      const saved = memory.toSaved();
      const file = cacheFile(folder, output, name);
      if (saved === undefined) {
        await rm(file, { force: true });
        continue;
      }
      const staging = `${file}.${process.pid}.tmp`;
      await writeFile(staging, sealCacheEntry(key, basename(file), JSON.stringify({ generator, memory: saved })));
      await rename(staging, file);
    }
  } catch {
    // A cache that cannot be written only costs the next run time.
  }
}

function cacheFile(folder: string, output: string, name: string): string {
  return join(folder, `${createHash('sha1').update(`${resolve(output)}\0${name}`).digest('hex')}.json`);
}

let fingerprint: Promise<string> | undefined;

/** A hash of the generator's own modules (this folder's parent, recursively) and of the libraries that print types. */
function generatorFingerprint(): Promise<string> {
  fingerprint ??= (async () => {
    const root = dirname(dirname(fileURLToPath(import.meta.url)));
    const hash = createHash('sha1');
    const files = (await readdir(root, { recursive: true, withFileTypes: true }))
      .filter((entry) => entry.isFile() && /\.(js|ts|mjs|cjs)$/.test(entry.name))
      .map((entry) => join(entry.parentPath, entry.name))
      .sort();
    for (const file of files) hash.update(file.slice(root.length)).update('\0').update(await readFile(file)).update('\0');
    const require = createRequire(import.meta.url);
    const openapiTypescript = (JSON.parse(await readFile(join(dirname(require.resolve('openapi-typescript')), '..', 'package.json'), 'utf8')) as { version?: string }).version;
    hash.update(`openapi-typescript ${openapiTypescript}\0typescript ${typescript.version}`);
    return hash.digest('hex');
  })();
  return fingerprint;
}
