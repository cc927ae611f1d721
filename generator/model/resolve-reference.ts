/**
 * Follows `$ref`s to parameters, responses, request bodies, headers and path items (schemas stay references).
 * @see https://spec.openapis.org/oas/v3.1.0#reference-object
 */
import { fromPointer, getAtPath } from '../load/json-pointer.js';
import { SpecError, type SourcePosition } from '../load/spec-error.js';
import { clip } from '../report/terminal-text.js';

/** Resolves a possibly-referenced object; `locate` turns pointer segments into a position for errors. */
export type ReferenceResolver = <T = Record<string, unknown>>(value: unknown, segments: readonly string[]) => T;

/** Builds a resolver over `document`; chains of references are followed, cycles reported. */
export function createReferenceResolver(
  document: Readonly<Record<string, unknown>>,
  locate: (segments: readonly string[]) => SourcePosition,
): ReferenceResolver {
  return <T>(value: unknown, segments: readonly string[]): T => {
    let current = value;
    const seen = new Set<string>();
    while (current !== null && typeof current === 'object' && typeof (current as { $ref?: unknown }).$ref === 'string') {
      const ref = (current as { $ref: string }).$ref;
      if (seen.has(ref)) {
        throw new SpecError(`$ref ${clip(JSON.stringify(ref))} refers to itself through a cycle`, [locate(segments)]);
      }
      seen.add(ref);
      current = getAtPath(document, fromPointer(ref));
    }
    if (current === null || typeof current !== 'object') {
      throw new SpecError('expected an object here', [locate(segments)], 'see the OpenAPI specification for what this field holds');
    }
    return current as T;
  };
}
