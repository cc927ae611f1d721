/**
 * Which component schemas reach a property through references: those where `holds` is true of a subschema, and,
 * transitively, every schema that refers to one of them. Found without recursion, in time linear in the schemas,
 * however long the reference chains (read/write splitting and file parts behind references both ask this).
 */
import { isDataKey } from '../load/data-keys.js';
import { schemaComponentKey } from '../load/json-pointer.js';
import { hasOwn } from '../load/own-property.js';

/** Keys of the component schemas in which `holds` is true of some subschema, directly or through references. */
export function componentsReaching(schemas: Readonly<Record<string, unknown>>, holds: (schema: Readonly<Record<string, unknown>>) => boolean): Set<string> {
  const direct: string[] = [];
  /** Who refers to each schema: what one holds, everything referring to it reaches. */
  const referrers = new Map<string, Set<string>>();
  for (const [key, schema] of Object.entries(schemas)) {
    let found = false;
    const stack: unknown[] = [schema];
    while (stack.length > 0) {
      const node = stack.pop();
      if (node === null || typeof node !== 'object') continue;
      if (!Array.isArray(node)) {
        const record = node as Record<string, unknown>;
        if (holds(record)) found = true;
        const target = schemaComponentKey(record.$ref);
        if (target !== undefined) referrers.set(target, (referrers.get(target) ?? new Set()).add(key));
      }
      for (const child in node) {
        if (hasOwn(node, child) && !isDataKey(child, true)) stack.push((node as Record<string, unknown>)[child]);
      }
    }
    if (found) direct.push(key);
  }
  const reaching = new Set(direct);
  for (let next = 0; next < direct.length; next++) {
    for (const referrer of referrers.get(direct[next]!) ?? []) {
      if (reaching.has(referrer)) continue;
      reaching.add(referrer);
      direct.push(referrer);
    }
  }
  return reaching;
}
