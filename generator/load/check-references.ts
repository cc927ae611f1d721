/**
 * Checks every `$ref` of a merged document before modelling, so a broken reference is reported at its line.
 * @see https://spec.openapis.org/oas/v3.1.0#reference-object
 */
import { childKeysAreNames, entersSchema, isDataKey } from './data-keys.js';
import { fromPointer, getAtPath } from './json-pointer.js';
import { childPath, isComponentsPath, segmentsOf, type KeyPath } from './key-path.js';
import type { MergedSpec } from './merge-spec-sources.js';
import { hasOwn } from './own-property.js';
import { SpecError } from './spec-error.js';

/** Throws a SpecError for the first `$ref` that points outside the document or at nothing. */
export function checkReferences(spec: MergedSpec): void {
  const stack: Array<{ value: unknown; path: KeyPath | undefined; inSchema: boolean; names: boolean }> = [{ value: spec.document, path: undefined, inSchema: false, names: false }];
  // Most references are to a few hundred components, each referred to many times: each target is looked up once.
  const found = new Set<string>();
  while (stack.length > 0) {
    const { value, path, inSchema, names } = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (Array.isArray(value)) {
      value.forEach((item, index) => stack.push({ value: item, path: childPath(path, String(index)), inSchema, names: false }));
      continue;
    }
    const inComponents = isComponentsPath(path);
    for (const key in value) {
      if (!hasOwn(value, key)) continue;
      const item = (value as Record<string, unknown>)[key];
      // Examples, extensions and schema defaults are free-form: a `$ref` key inside them is data, not a reference.
      if (isDataKey(key, inSchema, names)) continue;
      if (key === '$ref' && typeof item === 'string' && !names) {
        if (!found.has(item)) {
          checkReference(spec, item, childPath(path, key));
          found.add(item);
        }
        continue;
      }
      stack.push({ value: item, path: childPath(path, key), inSchema: inSchema || entersSchema(key, inComponents), names: childKeysAreNames(key, names) });
    }
  }
}

function checkReference(spec: MergedSpec, ref: string, path: KeyPath): void {
  if (!ref.startsWith('#')) {
    throw new SpecError(
      `reference ${JSON.stringify(ref)} was left unresolved`,
      [spec.locate(segmentsOf(path))],
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
      [spec.locate(segmentsOf(path))],
      'check the spelling, or add the missing definition to one of the API’s files',
    );
  }
}
