/**
 * Refuses documents nested deeper than every later stage can follow. Real specs nest about 20 levels (GitHub's REST
 * spec: 21); the parsers, TypeScript's printer and prettier all recurse, and the YAML parser gives up near 1,000.
 * A clear error at the line where the limit is passed beats a stack overflow anywhere downstream.
 */
import { childPath, segmentsOf, type KeyPath } from './key-path.js';
import { hasOwn } from './own-property.js';
import { SpecError, type SourcePosition } from './spec-error.js';

/** How many levels of mappings and lists a document may nest. */
export const MAX_NESTING_DEPTH = 400;

/** The hint every nesting error carries. */
const HINT = 'move deeply nested schemas into components and refer to them with $ref (references may recurse without limit)';

/** The error for a document nested past the limit, at `position`. */
export function nestingError(position: SourcePosition): SpecError {
  return new SpecError(`the document nests more than ${MAX_NESTING_DEPTH} levels deep`, [position], HINT);
}

/** The pointer segments of the first value nested past the limit, found without recursion; undefined when none is. */
export function findTooDeep(value: unknown): string[] | undefined {
  // Most documents pass: the walk that builds key paths runs only for the error's place.
  return firstTooDeep(value, false) === undefined ? undefined : segmentsOf(firstTooDeep(value, true)!.path);
}

/**
 * The first value past the limit, by a walk over flat stacks (values, depths, and with `withPaths` key paths):
 * `{ path }` (undefined without `withPaths`), or undefined when nothing is nested that deep.
 */
function firstTooDeep(value: unknown, withPaths: boolean): { path: KeyPath | undefined } | undefined {
  const values: unknown[] = [value];
  const depths: number[] = [0];
  const paths: Array<KeyPath | undefined> = [undefined];
  while (values.length > 0) {
    const current = values.pop();
    const depth = depths.pop()!;
    const path = withPaths ? paths.pop() : undefined;
    if (current === null || typeof current !== 'object') continue;
    if (depth >= MAX_NESTING_DEPTH) return { path };
    for (const key in current) {
      if (!hasOwn(current, key)) continue;
      const item = (current as Record<string, unknown>)[key];
      if (item === null || typeof item !== 'object') continue;
      values.push(item);
      depths.push(depth + 1);
      if (withPaths) paths.push(childPath(path, key));
    }
  }
  return undefined;
}

/** The line and column (1-based) of the bracket that passes the limit in JSON text, by one scan (no parse). */
export function findTooDeepInJson(text: string): { line: number; column: number } | undefined {
  let depth = 0;
  let line = 1;
  let lineStart = 0;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (char === '\n') {
      line++;
      lineStart = index + 1;
    } else if (inString) {
      if (char === '\\') index++;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '{' || char === '[') {
      if (++depth > MAX_NESTING_DEPTH) return { line, column: index - lineStart + 1 };
    } else if (char === '}' || char === ']') depth--;
  }
  return undefined;
}
