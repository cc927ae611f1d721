/**
 * Makes discriminated unions narrow in TypeScript: each `$ref` member of a `oneOf`/`anyOf` with a discriminator
 * gets its discriminator value as a literal (`Circle & { kind: 'circle' }`), from the mapping, or from the member's
 * name when the mapping is silent. Members that already fix the property (`const`, one-value `enum`) stay as written.
 * @see https://spec.openapis.org/oas/v3.1.0#discriminator-object
 */
import { isDataKey } from '../load/data-keys.js';
import { schemaComponentKey as componentKey } from '../load/json-pointer.js';

type Schema = Record<string, unknown>;

/** Resolves mapping values, which may be full references or bare component names. */
function mappingRef(value: string): string {
  return value.startsWith('#') || value.includes('/') ? value : `#/components/schemas/${value}`;
}

/** True when the schema (or an allOf part of it, following references) already fixes `property` to literals. */
function fixesProperty(schema: unknown, property: string, schemas: Schema, seen = new Set<unknown>()): boolean {
  if (schema === null || typeof schema !== 'object' || seen.has(schema)) return false;
  seen.add(schema);
  const record = schema as Schema;
  if (typeof record.$ref === 'string') {
    const key = componentKey(record.$ref);
    return key !== undefined && fixesProperty(schemas[key], property, schemas, seen);
  }
  const own = (record.properties as Schema | undefined)?.[property] as Schema | undefined;
  if (own && (own.const !== undefined || (Array.isArray(own.enum) && own.enum.length > 0))) return true;
  return Array.isArray(record.allOf) && record.allOf.some((part) => fixesProperty(part, property, schemas, seen));
}

function rewrite(schema: Schema, schemas: Schema): void {
  const discriminator = schema.discriminator as { propertyName?: unknown; mapping?: Record<string, string> } | undefined;
  const property = discriminator?.propertyName;
  if (typeof property !== 'string') return;
  const members = (Array.isArray(schema.oneOf) ? 'oneOf' : Array.isArray(schema.anyOf) ? 'anyOf' : undefined) as 'oneOf' | 'anyOf' | undefined;
  if (!members) return;
  const valuesByRef = new Map<string, string[]>();
  for (const [value, target] of Object.entries(discriminator?.mapping ?? {})) {
    if (typeof target !== 'string') continue;
    const ref = mappingRef(target);
    valuesByRef.set(ref, [...(valuesByRef.get(ref) ?? []), value]);
  }
  schema[members] = (schema[members] as unknown[]).map((member) => {
    const ref = (member as Schema | null)?.$ref;
    if (typeof ref !== 'string' || fixesProperty(member, property, schemas)) return member;
    const implicit = componentKey(ref);
    const values = valuesByRef.get(ref) ?? (implicit !== undefined ? [implicit] : []);
    if (values.length === 0) return member;
    const literal = values.length === 1 ? { const: values[0] } : { enum: values };
    return { allOf: [member, { type: 'object', required: [property], properties: { [property]: literal } }] };
  });
}

/** Rewrites, in place, every discriminated union under `document`. */
export function applyDiscriminators(document: Record<string, unknown>): void {
  const schemas = ((document.components as Schema | undefined)?.schemas ?? {}) as Schema;
  const visit = (value: unknown, inSchema: boolean): void => {
    if (value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      for (const item of value) visit(item, inSchema);
      return;
    }
    const record = value as Schema;
    if (record.discriminator !== undefined) rewrite(record, schemas);
    for (const [key, item] of Object.entries(record)) if (!isDataKey(key, inSchema)) visit(item, inSchema || key === 'schema' || key === 'schemas');
  };
  visit(document, false);
}
