/**
 * The `yaml` package, loaded on first use: most runs never need it. JSON specs are read by JSON.parse and YAML ones
 * by js-yaml (see read-spec-source.ts); `yaml` builds the document model with positions, wanted only for an error's
 * line, a merge key, or a settings file. Importing it costs about 50 ms (an ES module importing a CommonJS one of
 * 80 files), which every run paid.
 */
import { createRequire } from 'node:module';

let library: typeof import('yaml') | undefined;

/** The `yaml` package's exports, required (CommonJS, the build an `import` gets under Node too) once. */
export function yamlLibrary(): typeof import('yaml') {
  library ??= createRequire(import.meta.url)('yaml') as typeof import('yaml');
  return library;
}
