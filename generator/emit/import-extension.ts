/** Rewrites a generated file's relative imports to name `.ts` files (`importExtension: ts`). */

/**
 * A relative module specifier ending in `.js` in an import, export or dynamic import: `from "./x.js"`,
 * `from '../runtime/y.js'`, `import("./z.js")`, `import "./w.js"`.
 */
const RELATIVE_JS_SPECIFIER = /(\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(["'])(\.{1,2}\/[^"'\n]*?)\.js\2/g;

/**
 * `text` with every relative `.js` specifier naming the `.ts` file instead. Deno resolves only the file that exists,
 * and tsc accepts `.ts` specifiers under `allowImportingTsExtensions` (with `noEmit` or `emitDeclarationOnly`).
 * Applied to the whole client: its generated files, its copied runtime, and the examples of its README.
 */
export function withTsImports(text: string): string {
  return text.replace(RELATIVE_JS_SPECIFIER, (_match, keyword: string, quote: string, path: string) => `${keyword}${quote}${path}.ts${quote}`);
}
