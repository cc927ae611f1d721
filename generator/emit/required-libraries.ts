/**
 * ts-morph, TypeScript and openapi-typescript's schema transform, loaded with `require` (their CommonJS builds)
 * instead of `import`: when an ES module imports a CommonJS one, Node first scans its whole source for export
 * names, and for TypeScript's 9 MB and ts-morph's 1 MB that scan costs about as much as compiling them (0.3 s of
 * every run). The command makes all three share one TypeScript (see share-one-typescript.ts).
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export const tsMorph = require('ts-morph') as typeof import('ts-morph');
export const typescript = require('typescript') as typeof import('typescript');

type TransformSchemaObject = typeof import('openapi-typescript').transformSchemaObject;

/**
 * openapi-typescript's `transformSchemaObject`, the one part of it the generator calls, from the module that
 * defines it: the package's index also loads Redocly's bundler, validator and their dependencies for the
 * whole-document `openapiTS`, which the generator does not call (356 modules where the transform needs 50; 0.2 s
 * of every run). Where a version of openapi-typescript lays its files out otherwise, the index gives the same
 * function.
 */
export const transformSchemaObject: TransformSchemaObject = (() => {
  try {
    const transform = (require('openapi-typescript/dist/transform/schema-object.cjs') as { default?: unknown }).default;
    if (typeof transform === 'function') return transform as TransformSchemaObject;
  } catch {
    // Another layout: the index below.
  }
  return (require('openapi-typescript') as typeof import('openapi-typescript')).transformSchemaObject;
})();
