/**
 * Checks every `$ref` of a merged document before modelling, so a broken reference is reported at its line.
 * @see https://spec.openapis.org/oas/v3.1.0#reference-object
 */
import { fromPointer, getAtPath } from './json-pointer.js';
import { forEachReference } from './for-each-reference.js';
import { segmentsOf, type KeyPath } from './key-path.js';
import type { MergedSpec } from './merge-spec-sources.js';
import { SpecError } from './spec-error.js';
import { clip } from '../report/terminal-text.js';

/** Throws a SpecError for the first `$ref` that points outside the document or at nothing. */
export function checkReferences(spec: MergedSpec): void {
  // Most references are to a few hundred components, each referred to many times: each target is looked up once.
  const found = new Set<string>();
  forEachReference(spec.document, false, (ref) => {
    if (found.has(ref)) return;
    if (!resolves(spec, ref)) throw brokenReference(spec, ref, placeOf(spec.document, ref));
    found.add(ref);
  });
}

/** True when `ref` is a local reference to something in the document. */
function resolves(spec: MergedSpec, ref: string): boolean {
  if (!ref.startsWith('#')) return false;
  try {
    return getAtPath(spec.document, fromPointer(ref)) !== undefined;
  } catch {
    return false;
  }
}

/** Where `ref` first occurs as a reference: the walk again, with key paths, for the reference an error reports. */
function placeOf(document: unknown, ref: string): KeyPath | undefined {
  let place: KeyPath | undefined;
  forEachReference(document, false, (candidate, _inSchema, at) => {
    if (candidate !== ref) return false;
    place = at;
    return true;
  }, true);
  return place;
}

/** The error for a reference that does not resolve, at its place. */
function brokenReference(spec: MergedSpec, ref: string, path: KeyPath | undefined): SpecError {
  const at = [spec.locate(segmentsOf(path))];
  if (!ref.startsWith('#')) {
    return new SpecError(
      `reference ${clip(JSON.stringify(ref))} was left unresolved`,
      at,
      'references to other files are resolved when the spec is loaded; load the spec with loadApi or loadSpecFile',
    );
  }
  return new SpecError(`$ref ${clip(JSON.stringify(ref))} points at nothing`, at, 'check the spelling, or add the missing definition to one of the API’s files');
}
