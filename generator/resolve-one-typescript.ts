/**
 * A module resolve hook (registered by cli.ts through `node:module` `register`): the bare specifier `typescript`
 * resolves to the TypeScript that ts-morph bundles. Generated output is the same with either copy (the corpus test
 * compares the command's output with the library's, which runs on the `typescript` package); when ts-morph's copy
 * cannot be found, `typescript` resolves as usual.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

type Next = (specifier: string, context: unknown) => Promise<unknown>;

const bundled = ((): string | undefined => {
  try {
    const tsMorph = createRequire(import.meta.url).resolve('ts-morph');
    return pathToFileURL(join(dirname(createRequire(tsMorph).resolve('@ts-morph/common')), 'typescript.js')).href;
  } catch {
    return undefined;
  }
})();

/** Node's resolve hook. */
export async function resolve(specifier: string, context: unknown, next: Next): Promise<unknown> {
  if (specifier === 'typescript' && bundled !== undefined) return { url: bundled, format: 'commonjs', shortCircuit: true };
  return next(specifier, context);
}
