/**
 * Loads large CommonJS modules (TypeScript's 9 MB, ts-morph's 4 MB) with V8's code cache: the compiled code of an
 * earlier run is kept in a file beside the print memory, so a later run deserializes it instead of parsing and
 * compiling the source again (about 0.3 s of every run that has it). Node 22's `module.enableCompileCache` does
 * this for every module; Node 20, which this generator supports, has no such switch.
 *
 * A cache file is named after the module and a hash of its source, Node's version and the architecture (V8 checks
 * only a source's length), and V8 refuses cached code it cannot use (other flags): then the module compiles as
 * usual and the file is rewritten, replacing the module's older ones. Cached code is code V8 runs without
 * checking it, read back from a folder anyone who can write the project or a CI cache can write: each file is
 * sealed under the user's cache key (cache-entry-seal.ts), and one whose seal does not verify is never handed to
 * V8 (the module compiles from source). Nothing here changes what a module does, only how fast it starts.
 */
import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import Module, { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { types } from 'node:util';
import { constants, Script } from 'node:vm';
import { sealHeader, unsealCacheEntry } from './write/cache-entry-seal.js';

/** What `Module` offers besides its documented statics; present in every Node this generator supports. */
type ModuleInternals = typeof Module & {
  new (id: string, parent?: unknown): NodeJS.Module;
  wrap(source: string): string;
  _nodeModulePaths?(folder: string): string[];
};

/** The scripts this process compiled without usable cached code, to save (sealed under their key) when the run ends. */
const toSave = new Map<string, { readonly script: Script; readonly key: Buffer }>();

/**
 * Loads `file` into the CommonJS module cache (as `require(file)` would) using the cached code in `folder` sealed
 * under `key`, unless the module is loaded already. Returns the module's exports. Falls back to a plain `require`
 * when the source cannot be read.
 */
export function requireWithCodeCache(file: string, folder: string, key: Buffer): unknown {
  const require = createRequire(file);
  const loaded = require.cache[file];
  if (loaded) return loaded.exports;
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch {
    return require(file);
  }
  // As Node's loader does: no byte-order mark, and a `#!` line (valid only at a script's very start) commented out.
  if (source.charCodeAt(0) === 0xfeff) source = source.slice(1);
  if (source.startsWith('#!')) source = `//${source.slice(2)}`;
  const hash = createHash('sha1').update(`${process.version} ${process.arch}\n`).update(source).digest('hex');
  const cacheFile = join(folder, `${basename(file)}-${hash}.v8`);
  let cachedData: Buffer | undefined;
  try {
    cachedData = unsealCacheEntry(key, basename(cacheFile), readFileSync(cacheFile));
  } catch {
    cachedData = undefined;
  }
  const internals = Module as ModuleInternals;
  // `import()` inside the module resolves as it would in a module Node loaded (where Node has the constant).
  const importModuleDynamically = (constants as Partial<typeof constants>).USE_MAIN_CONTEXT_DEFAULT_LOADER;
  const script = new Script(internals.wrap(source), { filename: file, cachedData, ...(importModuleDynamically === undefined ? {} : { importModuleDynamically }) });
  if (cachedData === undefined || script.cachedDataRejected === true) toSave.set(cacheFile, { script, key });
  const module = new internals(file);
  module.filename = file;
  module.paths = internals._nodeModulePaths?.(dirname(file)) ?? [];
  // Entered before it runs, as Node does, so that a cycle back to it finds the partial exports.
  require.cache[file] = module;
  try {
    (script.runInThisContext() as (...args: unknown[]) => void).call(module.exports, module.exports, require, module, file, dirname(file));
  } catch (error) {
    delete require.cache[file];
    toSave.delete(cacheFile);
    throw error;
  }
  module.loaded = true;
  // A cycle that reached the module while it ran got its exports with a warning prototype; Node takes it off here.
  const exports: unknown = module.exports;
  if (typeof exports === 'object' && exports !== null && types.isProxy(Object.getPrototypeOf(exports))) Object.setPrototypeOf(exports, Object.prototype);
  return exports;
}

/**
 * Writes the code of every script compiled without usable cached code, including the functions compiled while the
 * run went on (why this waits for the run's end). A file that cannot be written is skipped: the next run compiles.
 * Returns the files written.
 */
export function saveCodeCache(): string[] {
  const written: string[] = [];
  for (const [file, { script, key }] of toSave) {
    try {
      const folder = dirname(file);
      mkdirSync(folder, { recursive: true });
      const temporary = `${file}.${process.pid}.tmp`;
      const code = script.createCachedData();
      const fd = openSync(temporary, 'w');
      try {
        writeFileSync(fd, sealHeader(key, basename(file), code));
        writeFileSync(fd, code);
      } finally {
        closeSync(fd);
      }
      renameSync(temporary, file);
      written.push(file);
      // The same module's files for another source (an upgrade) or another Node are of no more use.
      const module = basename(file).slice(0, basename(file).lastIndexOf('-') + 1);
      for (const other of readdirSync(folder)) {
        if (other.startsWith(module) && other.endsWith('.v8') && other !== basename(file)) rmSync(join(folder, other), { force: true });
      }
    } catch {
      // Ignored on purpose: a cache that cannot be written costs only the next run's compile.
    }
  }
  toSave.clear();
  return written;
}
