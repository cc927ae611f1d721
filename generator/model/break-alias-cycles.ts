/**
 * Finds component schemas that are nothing but references going round in a circle (`A: $ref B`, `B: $ref A`).
 * Such a schema constrains nothing, and TypeScript rejects the circular aliases, so each becomes `unknown`.
 */
import { schemaComponentKey } from '../load/json-pointer.js';

/** Rewrites, in place, every schema on a pure reference cycle to `{}` (keeping its description); returns their keys. */
export function breakAliasCycles(schemas: Record<string, unknown>): string[] {
  const targetOf = (key: string): string | undefined => {
    const schema = schemas[key];
    if (schema === null || typeof schema !== 'object') return undefined;
    return schemaComponentKey((schema as { $ref?: unknown }).$ref);
  };
  const onCycle = new Set<string>();
  for (const start of Object.keys(schemas)) {
    const seen: string[] = [];
    let current: string | undefined = start;
    while (current !== undefined && !seen.includes(current)) {
      seen.push(current);
      current = targetOf(current);
    }
    if (current !== undefined) for (const key of seen.slice(seen.indexOf(current))) onCycle.add(key);
  }
  for (const key of onCycle) {
    const { description } = schemas[key] as { description?: unknown };
    schemas[key] = description === undefined ? {} : { description };
  }
  return [...onCycle].sort();
}
