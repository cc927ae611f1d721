/**
 * ts-morph, TypeScript and openapi-typescript, loaded with `require` (their CommonJS builds) instead of `import`:
 * when an ES module imports a CommonJS one, Node first scans its whole source for export names, and for
 * TypeScript's 9 MB and ts-morph's 1 MB that scan costs about as much as compiling them (0.3 s of every run).
 * The command makes all three share one TypeScript (see share-one-typescript.ts).
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export const tsMorph = require('ts-morph') as typeof import('ts-morph');
export const typescript = require('typescript') as typeof import('typescript');
export const openapiTypescript = require('openapi-typescript') as typeof import('openapi-typescript');
