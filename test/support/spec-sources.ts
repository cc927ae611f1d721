/** Builds in-memory spec sources for stage tests: YAML text in, SpecSource out, with real line positions. */
import { parseSpecText, type SpecSource } from '../../generator/load/read-spec-source.js';

/** Parses YAML text as if read from `file`. */
export function yamlSource(file: string, text: string): SpecSource {
  const [source] = parseSpecText(file, text);
  if (!source) throw new Error('no source');
  return source;
}

/** Runs `action` and returns the error it throws, failing the test if it does not throw. */
export function thrownBy(action: () => unknown): Error {
  try {
    action();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected an error, but nothing was thrown');
}
