/**
 * The secret that authenticates what the command reads back from its cache folder (cache-entry-seal.ts). The
 * cache folder sits in the project (`node_modules/.cache/openapi-client/`), where anyone who can write the project
 * or restore a CI cache can write it; the key does not: it comes from the environment (OPENAPI_CLIENT_CACHE_KEY,
 * for a CI that restores a cache between jobs) or from a file of the user's, outside every project, created with
 * mode 0600 on first use. Without a usable key nothing is read from or written to the cache.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, constants, fstatSync, linkSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, isAbsolute, join } from 'node:path';

/** The environment variable that supplies the key (the environment is trusted). */
export const CACHE_KEY_VARIABLE = 'OPENAPI_CLIENT_CACHE_KEY';

/** The fewest characters a key from the environment may have (32 hex digits are 128 bits). */
export const MIN_KEY_LENGTH = 32;

/** The key, or why there is none (a warning for the user when they can do something about it). */
export type CacheKey = { readonly key: Buffer; readonly warning?: undefined } | { readonly key?: undefined; readonly warning?: string };

let loaded: CacheKey | undefined;

/** This process's cache key, read (or created) once. */
export function cacheKey(): CacheKey {
  loaded ??= readCacheKey();
  return loaded;
}

/** Reads the key from `env`, else from (or into) the user's key file; never throws. */
export function readCacheKey(env: NodeJS.ProcessEnv = process.env, file: string | undefined = userKeyFile(env)): CacheKey {
  const given = env[CACHE_KEY_VARIABLE];
  if (given !== undefined) {
    if (given.length >= MIN_KEY_LENGTH) return { key: Buffer.from(given, 'utf8') };
    return { warning: `${CACHE_KEY_VARIABLE} has ${given.length} characters, fewer than ${MIN_KEY_LENGTH}; the cache is not used (generate one with \`openssl rand -hex 32\`)` };
  }
  if (file === undefined) return {};
  try {
    return readKeyFile(file) ?? createKeyFile(file) ?? readKeyFile(file) ?? {};
  } catch (error) {
    return { warning: `${(error as Error).message}; the cache is not used` };
  }
}

/**
 * Where the user's key lives: `$XDG_CONFIG_HOME/openapi-client/cache-key`, else `~/.config/openapi-client/cache-key`
 * (`%LOCALAPPDATA%\openapi-client\cache-key` on Windows). A config folder rather than a cache one: CI setups
 * restore `~/.cache` wholesale, and a key restored with the entries it signs would authenticate nothing.
 */
export function userKeyFile(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const xdg = env.XDG_CONFIG_HOME;
  if (xdg !== undefined && isAbsolute(xdg)) return join(xdg, 'openapi-client', 'cache-key');
  if (process.platform === 'win32' && env.LOCALAPPDATA !== undefined && isAbsolute(env.LOCALAPPDATA)) return join(env.LOCALAPPDATA, 'openapi-client', 'cache-key');
  let home: string;
  try {
    home = homedir();
  } catch {
    return undefined;
  }
  return isAbsolute(home) ? join(home, '.config', 'openapi-client', 'cache-key') : undefined;
}

const KEY_TEXT = /^[0-9a-f]{64}\n?$/;

/** The key in `file`; undefined when there is no file; throws when it is not a private file of this user's. */
function readKeyFile(file: string): CacheKey | undefined {
  let fd: number;
  try {
    // Not through a symbolic link: the file must be the user's own, checked on the descriptor read.
    fd = openSync(file, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new Error(`the cache key ${file} cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  try {
    const stat = fstatSync(fd);
    const uid = process.getuid?.();
    if (!stat.isFile() || (uid !== undefined && (stat.uid !== uid || (stat.mode & 0o077) !== 0))) {
      throw new Error(`the cache key ${file} is not a private file of yours (it must be yours, with mode 0600); delete it and a new one is made`);
    }
    const text = readFileSync(fd, 'utf8');
    // A file being created by another process at this moment reads empty: no cache this time.
    if (text === '') return {};
    if (!KEY_TEXT.test(text)) throw new Error(`the cache key ${file} is not 64 hex digits; delete it and a new one is made`);
    return { key: Buffer.from(text.trim(), 'hex') };
  } finally {
    closeSync(fd);
  }
}

/** Creates `file` with a new random key (mode 0600, created whole); undefined when another process made it first. */
function createKeyFile(file: string): CacheKey | undefined {
  const key = randomBytes(32);
  const staging = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
    rmSync(staging, { force: true });
    writeFileSync(staging, `${key.toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
    // A hard link appears whole or not at all, and never replaces a key another process made meanwhile.
    linkSync(staging, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return undefined;
    throw new Error(`the cache key ${file} cannot be created (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  } finally {
    rmSync(staging, { force: true });
  }
  return { key };
}
