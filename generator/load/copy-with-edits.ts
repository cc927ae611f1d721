/**
 * Applies edits to a copy of a document, copying only the objects on the way to each edited value: the document
 * the loader read stays as it was (its objects may be shared with the files it came from, and positions are
 * found in it), and the copy costs what the edits touch, not the document's size.
 */
import { hasOwn, ownValue, setOwn } from './own-property.js';

/** What an edit leaves at its place: a new value, or `DROP` to remove the key. */
export const DROP: unique symbol = Symbol('drop');

/** One edit: the value at `segments` becomes what `change` makes of it. */
export interface Edit {
  readonly segments: readonly string[];
  readonly change: (value: unknown) => unknown;
}

/**
 * The document with every edit applied, deepest first, so an edit of a value sees what the edits inside it made
 * of it (a schema wrapped in a list is wrapped after its own keywords are fixed). `document` is returned as it is
 * when there is nothing to edit.
 */
export function copyWithEdits(document: Record<string, unknown>, edits: readonly Edit[]): Record<string, unknown> {
  if (edits.length === 0) return document;
  const copies = new Set<object>();
  const fresh = <T extends object>(value: T): T => {
    const copy = (Array.isArray(value) ? value.slice() : copyOwn(value as Record<string, unknown>)) as T;
    copies.add(copy);
    return copy;
  };
  const root = fresh(document);
  for (const edit of [...edits].sort((a, b) => b.segments.length - a.segments.length)) {
    let parent: Record<string, unknown> = root;
    let reached = true;
    for (const segment of edit.segments.slice(0, -1)) {
      const child = ownValue(parent, segment);
      if (child === null || typeof child !== 'object') {
        reached = false;
        break;
      }
      const copy = copies.has(child) ? child : fresh(child);
      if (copy !== child) setOwn(parent, segment, copy);
      parent = copy as Record<string, unknown>;
    }
    const key = edit.segments.at(-1);
    if (!reached || key === undefined || !hasOwn(parent, key)) continue;
    const value = edit.change(parent[key]);
    if (value === DROP) delete parent[key];
    else setOwn(parent, key, value);
  }
  return root;
}

/** A shallow copy of `record` made of own properties only (`__proto__` included, as an own key). */
function copyOwn(record: Record<string, unknown>): Record<string, unknown> {
  const copy: Record<string, unknown> = {};
  for (const key in record) if (hasOwn(record, key)) setOwn(copy, key, record[key]);
  return copy;
}
