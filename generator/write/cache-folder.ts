/**
 * Where the command keeps what speeds up its next run (printed types, compiled code): `node_modules/.cache/openapi-client/`
 * of the working folder, where tools keep their caches. Without a `node_modules` there, nothing is kept.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** The cache folder under `cwd`, or undefined when `cwd` has no `node_modules` to keep it in. */
export function cacheFolder(cwd: string = process.cwd()): string | undefined {
  const modules = join(cwd, 'node_modules');
  return existsSync(modules) ? join(modules, '.cache', 'openapi-client') : undefined;
}
