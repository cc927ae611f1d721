/**
 * Makes `require('typescript')` (the generator's and openapi-typescript's) return the TypeScript that ts-morph
 * bundles, so a run loads and compiles TypeScript once instead of twice. It enters ts-morph's copy in the
 * CommonJS module cache under the file `typescript` resolves to: a cache entry, not a module hook, so no hook
 * thread starts. Generated output is the same with either copy (the corpus test compares the command's output
 * with the library's, which runs on the `typescript` package); when ts-morph's copy cannot be found, nothing
 * changes.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** Shares ts-morph's TypeScript; call before anything loads TypeScript. Returns the file shared, if any. */
export function shareOneTypeScript(): string | undefined {
  const require = createRequire(import.meta.url);
  let bundled: string;
  try {
    bundled = join(dirname(createRequire(require.resolve('ts-morph')).resolve('@ts-morph/common')), 'typescript.js');
    require(bundled);
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
