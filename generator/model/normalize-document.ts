/** Produces the model's copy of a merged document: every schema normalised by `normalizeSchema`. */
import { childKeysAreNames, isDataKey } from '../load/data-keys.js';
import { setOwn } from '../load/own-property.js';
import { normalizeSubschema } from './normalize-schema.js';


/** Returns a deep copy of `document` in which every `schema` value and every component schema is normalised. */
export function normalizeDocument(document: Readonly<Record<string, unknown>>): Record<string, unknown> {
  return visit(document, []) as Record<string, unknown>;
}

function visit(value: unknown, segments: readonly string[], names = false): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item, index) => visit(item, [...segments, String(index)]));
  const result: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    if (isDataKey(key, false, names)) {
      setOwn(result, key, item);
    } else if (key === 'schema' && !names && item !== null && typeof item === 'object') {
      setOwn(result, key, normalizeSubschema(item));
    } else if (segments.length === 1 && segments[0] === 'components' && key === 'schemas' && item && typeof item === 'object') {
      setOwn(result, key, Object.fromEntries(Object.entries(item).map(([name, schema]) => [name, normalizeSubschema(schema)])));
    } else {
      setOwn(result, key, visit(item, [...segments, key], childKeysAreNames(key, names)));
    }
  }
  return result;
}
