/** Produces the model's copy of a merged document: every schema normalised by `normalizeSchema`. */
import { childKeysAreNames, isDataKey } from '../load/data-keys.js';
import { hasOwn, setOwn } from '../load/own-property.js';
import { normalizeSubschema } from './normalize-schema.js';


/** Returns a deep copy of `document` in which every `schema` value and every component schema is normalised. */
export function normalizeDocument(document: Readonly<Record<string, unknown>>): Record<string, unknown> {
  return visit(document, 'root') as Record<string, unknown>;
}

/** Where a value sits: the document itself, its `components` object, or anywhere else. */
type Place = 'root' | 'components' | 'other';

function visit(value: unknown, place: Place, names = false): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item) => visit(item, 'other'));
  const result: Record<string, unknown> = {};
  for (const key in value) {
    if (!hasOwn(value, key)) continue;
    const item = (value as Record<string, unknown>)[key];
    if (isDataKey(key, false, names)) {
      setOwn(result, key, item);
    } else if (key === 'schema' && !names && item !== null && typeof item === 'object') {
      setOwn(result, key, normalizeSubschema(item));
    } else if (place === 'components' && key === 'schemas' && item && typeof item === 'object') {
      setOwn(result, key, Object.fromEntries(Object.entries(item).map(([name, schema]) => [name, normalizeSubschema(schema)])));
    } else {
      setOwn(result, key, visit(item, place === 'root' && key === 'components' ? 'components' : 'other', childKeysAreNames(key, names)));
    }
  }
  return result;
}
