/**
 * Checks every `$ref` of a merged document before modelling, so a broken reference is reported at its line.
 * @see https://spec.openapis.org/oas/v3.1.0#reference-object
 */
import { childKeysAreNames, entersSchema, isDataKey } from './data-keys.js';
import { fromPointer, getAtPath } from './json-pointer.js';
import type { MergedSpec } from './merge-spec-sources.js';
import { SpecError } from './spec-error.js';

/** Throws a SpecError for the first `$ref` that points outside the document or at nothing. */
export function checkReferences(spec: MergedSpec): void {
  const stack: Array<{ value: unknown; segments: string[]; inSchema: boolean; names: boolean }> = [{ value: spec.document, segments: [], inSchema: false, names: false }];
  while (stack.length > 0) {
    const { value, segments, inSchema, names } = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (Array.isArray(value)) {
      value.forEach((item, index) => stack.push({ value: item, segments: [...segments, String(index)], inSchema, names: false }));
      continue;
    }
    for (const [key, item] of Object.entries(value)) {
      // Examples, extensions and schema defaults are free-form: a `$ref` key inside them is data, not a reference.
      if (isDataKey(key, inSchema, names)) continue;
      if (key === '$ref' && typeof item === 'string' && !names) {
        checkReference(spec, item, [...segments, key]);
        continue;
      }
      stack.push({ value: item, segments: [...segments, key], inSchema: inSchema || entersSchema(key, segments), names: childKeysAreNames(key, names) });
    }
  }
}

function checkReference(spec: MergedSpec, ref: string, segments: string[]): void {
  if (!ref.startsWith('#')) {
    throw new SpecError(
      `reference ${JSON.stringify(ref)} was left unresolved`,
      [spec.locate(segments)],
      'references to other files are resolved when the spec is loaded; load the spec with loadApi or loadSpecFile',
    );
  }
  let segmentsOfTarget: string[] | undefined;
  try {
    segmentsOfTarget = fromPointer(ref);
  } catch {
    segmentsOfTarget = undefined;
  }
  if (segmentsOfTarget === undefined || getAtPath(spec.document, segmentsOfTarget) === undefined) {
    throw new SpecError(
      `$ref ${JSON.stringify(ref)} points at nothing`,
      [spec.locate(segments)],
      'check the spelling, or add the missing definition to one of the API’s files',
    );
  }
}
