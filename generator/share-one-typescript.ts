/**
 * Makes `require('typescript')` (the generator's and openapi-typescript's) return the TypeScript that ts-morph
 * bundles, so a run loads and compiles TypeScript once instead of twice. It enters ts-morph's copy in the
 * CommonJS module cache under the file `typescript` resolves to: a cache entry, not a module hook, so no hook
 * thread starts. Generated output is the same with either copy (the corpus test compares the command's output
 * with the library's, which runs on the `typescript` package); when ts-morph's copy cannot be found, nothing
 * changes. With a code cache folder, TypeScript and ts-morph load through V8's code cache (code-cache.ts).
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { requireWithCodeCache } from './code-cache.js';

/**
 * Shares ts-morph's TypeScript; call before anything loads TypeScript. `codeCache`, a folder and the key its files
 * are sealed under, loads ts-morph and its TypeScript with the compiled code kept there. Returns the file shared.
 */
export function shareOneTypeScript(codeCache?: { readonly folder: string; readonly key: Buffer }): string | undefined {
  const require = createRequire(import.meta.url);
  let bundled: string;
  try {
    const tsMorph = require.resolve('ts-morph');
    const common = createRequire(tsMorph).resolve('@ts-morph/common');
    bundled = join(dirname(common), 'typescript.js');
    // Dependencies first, so each one's `require` of the one before finds it in the module cache.
    if (codeCache === undefined) require(bundled);
    else for (const file of [bundled, common, tsMorph]) requireWithCodeCache(file, codeCache.folder, codeCache.key);
  } catch {
    return undefined;
  }
  const shared = require.cache[bundled];
  for (const from of [import.meta.url, require.resolve('openapi-typescript')]) {
    const plain = resolveFrom(from, 'typescript');
    if (plain !== undefined && plain !== bundled && require.cache[plain] === undefined) require.cache[plain] = shared;
  }
  return bundled;
}

function resolveFrom(from: string, specifier: string): string | undefined {
  try {
    return createRequire(from).resolve(specifier);
  } catch {
    return undefined;
  }
}
