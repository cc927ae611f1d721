/**
 * Visits every `$ref` of a document or part, outside data (examples, extensions, schema defaults; see data-keys.ts),
 * for the walks that need only the references, not where they are. It keeps two flat stacks (values and a few bits
 * per value) instead of an object and a key path per node: on a large spec the walk's allocations were most of its
 * time. Walks that report a place (check-references.ts) find it afterwards, for the one reference they report.
 */
import { childKeysAreNames, entersSchema, isDataKey } from './data-keys.js';
import { hasOwn } from './own-property.js';

const IN_SCHEMA = 1;
const NAMES = 2;
const ROOT = 4;
const COMPONENTS = 8;

/**
 * Calls `visit` with each `$ref` string under `value` and whether it sits in a schema (`inSchema` says whether
 * `value` itself is one), without recursion. The order is fixed: a mapping's references before those nested in its
 * values, the values' contents from the last key to the first.
 */
export function forEachReference(value: unknown, inSchema: boolean, visit: (ref: string, inSchema: boolean) => void): void {
  const values: unknown[] = [value];
  const flags: number[] = [ROOT | (inSchema ? IN_SCHEMA : 0)];
  while (values.length > 0) {
    const current = values.pop();
    const bits = flags.pop()!;
    if (current === null || typeof current !== 'object') continue;
    if (Array.isArray(current)) {
      // A list's items keep its schema state; no list maps names, and none is the document's `components`.
      for (const item of current) {
        values.push(item);
        flags.push(bits & IN_SCHEMA);
      }
      continue;
    }
    const schema = (bits & IN_SCHEMA) !== 0;
    const names = (bits & NAMES) !== 0;
    const components = (bits & COMPONENTS) !== 0;
    for (const key in current) {
      if (!hasOwn(current, key) || isDataKey(key, schema, names)) continue;
      const item = (current as Record<string, unknown>)[key];
      if (key === '$ref' && typeof item === 'string' && !names) {
        visit(item, schema);
        continue;
      }
      if (item === null || typeof item !== 'object') continue;
      values.push(item);
      flags.push(
        (schema || entersSchema(key, components) ? IN_SCHEMA : 0) |
          (childKeysAreNames(key, names) ? NAMES : 0) |
          ((bits & ROOT) !== 0 && key === 'components' ? COMPONENTS : 0),
      );
    }
  }
}
