/**
 * Visits every `$ref` of a document or part, outside data (examples, extensions, schema defaults; see data-keys.ts),
 * without recursion. It keeps flat stacks (values and a few bits per value) instead of an object per node, and
 * builds key paths only when asked: on a large spec the walk's allocations were most of its time, so a walk that
 * reports a place (check-references.ts) walks without them and asks again, for the one reference it reports.
 */
import { childKeysAreNames, entersSchema, isDataKey, mayBeMapReference } from './data-keys.js';
import { childPath, type KeyPath } from './key-path.js';
import { hasOwn } from './own-property.js';

const IN_SCHEMA = 1;
const NAMES = 2;
const ROOT = 4;
const COMPONENTS = 8;
/** A map of names whose entries are texts (a discriminator's `mapping`), where `$ref` is a name, never a reference. */
const TEXT_ENTRIES = 16;

/**
 * Calls `visit` with each `$ref` string under `value` (a map written as a reference, `properties: { $ref: … }`,
 * included: see mayBeMapReference) and whether it sits in a schema (`inSchema` says whether
 * `value` itself is one); with `withPlaces`, also with the key path of the `$ref` from `value`. The order is fixed:
 * a mapping's references before those nested in its values, the values' contents from the last key to the first.
 * The walk stops when `visit` returns `true`.
 */
export function forEachReference(
  value: unknown,
  inSchema: boolean,
  visit: (ref: string, inSchema: boolean, place: KeyPath | undefined) => unknown,
  withPlaces = false,
): void {
  const values: unknown[] = [value];
  const flags: number[] = [ROOT | (inSchema ? IN_SCHEMA : 0)];
  const paths: Array<KeyPath | undefined> = [undefined];
  while (values.length > 0) {
    const current = values.pop();
    const bits = flags.pop()!;
    const path = withPlaces ? paths.pop() : undefined;
    if (current === null || typeof current !== 'object') continue;
    if (Array.isArray(current)) {
      // A list's items keep its schema state; no list maps names, and none is the document's `components`.
      current.forEach((item, index) => {
        values.push(item);
        flags.push(bits & IN_SCHEMA);
        if (withPlaces) paths.push(childPath(path, String(index)));
      });
      continue;
    }
    const schema = (bits & IN_SCHEMA) !== 0;
    const names = (bits & NAMES) !== 0;
    const components = (bits & COMPONENTS) !== 0;
    for (const key in current) {
      if (!hasOwn(current, key) || isDataKey(key, schema, names)) continue;
      const item = (current as Record<string, unknown>)[key];
      if (key === '$ref' && typeof item === 'string' && (!names || (bits & TEXT_ENTRIES) === 0)) {
        if (visit(item, schema, withPlaces ? childPath(path, key) : undefined) === true) return;
        continue;
      }
      if (item === null || typeof item !== 'object') continue;
      if (withPlaces) paths.push(childPath(path, key));
      values.push(item);
      flags.push(
        (schema || entersSchema(key, components) ? IN_SCHEMA : 0) |
          (childKeysAreNames(key, names) ? NAMES | (mayBeMapReference(key) ? 0 : TEXT_ENTRIES) : 0) |
          ((bits & ROOT) !== 0 && key === 'components' ? COMPONENTS : 0),
      );
    }
  }
}
