/**
 * The floor under a regeneration in a new process, for `npm run bench`: what any design of it must do, however
 * much it keeps between runs, with none of the real work. It starts Node, loads the libraries that print the
 * changed operation (TypeScript and ts-morph through the code cache, as cli.ts does, and openapi-typescript's
 * transform), reads and parses the changed spec, reads what the last run kept (the print memory), fingerprints
 * every path item and the rest of the document to find what changed, and writes the output folder's files again
 * (read from the folder first, where a regeneration would hold them in memory: about 10 ms of 8 MB here). A JSON
 * spec is parsed with JSON.parse, as the generator's reader does. Validating, modelling and printing the change
 * come on top. Run after a generation, so the caches exist.
 * Usage: node scripts/bench-regen-floor.mjs <dist cli.js> <changed spec> <output folder> <API name>
 */
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [cli, spec, output, name] = process.argv.slice(2);
const dist = dirname(cli);
const load = (file) => import(pathToFileURL(join(dist, file)).href);
const { cacheFolder } = await load('write/cache-folder.js');
const { cacheKey } = await load('write/cache-key.js');
const { shareOneTypeScript } = await load('share-one-typescript.js');
const cache = cacheFolder();
const { key } = cacheKey();
if (key === undefined) throw new Error('no cache key: the floor measures a run that reads the cache');
shareOneTypeScript({ folder: join(cache, 'compiled'), key });
await load('emit/required-libraries.js');
const document = JSON.parse(await readFile(spec, 'utf8'));
const { readPrintMemories } = await load('write/print-memory-cache.js');
const memories = await readPrintMemories(cache, key, output, [name]);
if (memories.get(name) === undefined) throw new Error(`no print memory kept for ${output}: run a generation first`);
const fingerprint = (value) => createHash('sha1').update(JSON.stringify(value)).digest('base64');
const { paths = {}, ...rest } = document;
const fingerprints = new Map([['', fingerprint(rest)]]);
for (const path of Object.keys(paths)) fingerprints.set(path, fingerprint(paths[path]));
const folder = join(output, name);
const files = (await readdir(folder, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
const scratch = await mkdtemp(join(tmpdir(), 'bench-floor-'));
try {
  for (const [index, entry] of files.entries()) await writeFile(join(scratch, String(index)), await readFile(join(entry.parentPath, entry.name), 'utf8'));
} finally {
  await rm(scratch, { recursive: true, force: true });
}
