/**
 * Makes discriminated unions narrow in TypeScript: each `$ref` member of a `oneOf`/`anyOf` with a discriminator
 * gets its discriminator value as a literal (`Circle & { kind: 'circle' }`), from the mapping, or from the member's
 * name when the mapping is silent. A literal is only ever added where the member's own property allows it: a member
 * that already fixes the property to literals (`const`, `enum`, through `allOf`, `oneOf`, `anyOf`, a nullable wrapper
 * or a reference) keeps its own values, narrowed to the mapped ones they share, and is left as written when they
 * share none, so a member never becomes `never`.
 * @see https://spec.openapis.org/oas/v3.1.0#discriminator-object
 */
import { isDataKey } from '../load/data-keys.js';
import { schemaComponentKey as componentKey, schemaComponentRef } from '../load/json-pointer.js';
import { ownValue } from '../load/own-property.js';

type Schema = Record<string, unknown>;

/** Resolves mapping values, which may be full references or bare component names. */
function mappingRef(value: string): string {
  return value.startsWith('#') || value.includes('/') ? value : schemaComponentRef(value);
}

/** How deep the search for literals follows references and combinators; deeper counts as unconstrained. */
const MAX_DEPTH = 64;

/**
 * A set of values a schema allows (literals, or type names), or undefined when the schema does not restrict them.
 * Unions of alternatives widen it, intersections of `allOf` parts and sibling keywords narrow it.
 */
type Allowed = ReadonlySet<unknown> | undefined;

const union = (parts: Allowed[]): Allowed => (parts.some((part) => part === undefined) ? undefined : new Set(parts.flatMap((part) => [...part!])));
const intersection = (parts: Allowed[]): Allowed => {
  const known = parts.filter((part): part is ReadonlySet<unknown> => part !== undefined);
  if (known.length === 0) return undefined;
  return new Set([...known[0]!].filter((value) => known.every((part) => part.has(value))));
};

/**
 * Folds what `own` says of each schema on the way through references, `allOf` (intersection) and `oneOf`/`anyOf`
 * (union); cycles and chains deeper than MAX_DEPTH count as unrestricted.
 */
function throughSchema(schema: unknown, schemas: Schema, own: (record: Schema) => Allowed[], seen = new Set<unknown>()): Allowed {
  if (schema === null || typeof schema !== 'object' || seen.has(schema) || seen.size > MAX_DEPTH) return undefined;
  seen.add(schema);
  try {
    const record = schema as Schema;
    const parts: Allowed[] = own(record);
    const key = componentKey(record.$ref);
    if (key !== undefined) parts.push(throughSchema(ownValue(schemas, key), schemas, own, seen));
    if (Array.isArray(record.allOf)) parts.push(...record.allOf.map((part) => throughSchema(part, schemas, own, seen)));
    for (const keyword of ['oneOf', 'anyOf'] as const) {
      const members = record[keyword];
      if (Array.isArray(members) && members.length > 0) parts.push(union(members.map((member) => throughSchema(member, schemas, own, seen))));
    }
    return intersection(parts);
  } finally {
    seen.delete(schema);
  }
}

/** The literals a value schema allows: `const`, `enum`, `type: null`. */
const literalsOf = (record: Schema): Allowed[] => [
  ...(record.const !== undefined ? [new Set([record.const])] : []),
  ...(Array.isArray(record.enum) ? [new Set(record.enum)] : []),
  ...(record.type === 'null' ? [new Set([null])] : []),
];

/** The JSON type names a value schema allows (`string`, `integer`, …). */
const typesOf = (record: Schema): Allowed[] => (record.type !== undefined ? [new Set([record.type].flat().filter((type) => typeof type === 'string'))] : []);

/** What an object schema allows for `property`: `read` applied to the property's schema, wherever it is declared. */
function propertyAllows(schema: unknown, property: string, schemas: Schema, read: (record: Schema) => Allowed[]): Allowed {
  return throughSchema(schema, schemas, (record) => {
    const declared = ownValue(record.properties as Schema | undefined, property);
    return declared === undefined ? [] : [throughSchema(declared, schemas, read)];
  });
}

/**
 * The discriminator values a member's property takes: mapping keys are strings, but a boolean or numeric property
 * is matched by `true`, `1`, …, so each key is read as the type the property has. Values the property does not
 * allow are dropped, and none are given when the member already allows no more than those.
 */
function memberValues(member: unknown, property: string, mapped: readonly string[], schemas: Schema): unknown[] {
  const allowed = propertyAllows(member, property, schemas, literalsOf);
  const types = propertyAllows(member, property, schemas, typesOf);
  const typed = mapped.flatMap((value) => {
    const candidates: unknown[] = [value];
    if (value === 'true' || value === 'false') candidates.push(value === 'true');
    if (value.trim() !== '' && Number.isFinite(Number(value))) candidates.push(Number(value));
    const fits = (candidate: unknown) =>
      allowed !== undefined
        ? allowed.has(candidate)
        : types === undefined ||
          (typeof candidate === 'string' && types.has('string')) ||
          (typeof candidate === 'boolean' && types.has('boolean')) ||
          (typeof candidate === 'number' && (types.has('number') || (types.has('integer') && Number.isInteger(candidate))));
    // A property that says nothing of its type takes the mapping key as written.
    const chosen = types === undefined && allowed === undefined ? value : candidates.find(fits);
    return chosen === undefined ? [] : [chosen];
  });
  const values = [...new Set(typed)];
  return allowed !== undefined && values.length === allowed.size ? [] : values;
}

function rewrite(schema: Schema, schemas: Schema): void {
  const discriminator = schema.discriminator as { propertyName?: unknown; mapping?: unknown } | undefined;
  const property = discriminator?.propertyName;
  if (typeof property !== 'string') return;
  const members = (Array.isArray(schema.oneOf) ? 'oneOf' : Array.isArray(schema.anyOf) ? 'anyOf' : undefined) as 'oneOf' | 'anyOf' | undefined;
  if (!members) return;
  const valuesByRef = new Map<string, string[]>();
  const mapping = discriminator?.mapping !== null && typeof discriminator?.mapping === 'object' ? (discriminator.mapping as Schema) : {};
  for (const [value, target] of Object.entries(mapping)) {
    if (typeof target !== 'string') continue;
    const ref = mappingRef(target);
    valuesByRef.set(ref, [...(valuesByRef.get(ref) ?? []), value]);
  }
  schema[members] = (schema[members] as unknown[]).map((member) => {
    const ref = (member as Schema | null)?.$ref;
    if (typeof ref !== 'string') return member;
    const implicit = componentKey(ref);
    const mapped = valuesByRef.get(ref) ?? (implicit !== undefined ? [implicit] : []);
    // Only literals the member allows; when it already allows no more than those, it narrows on its own.
    const values = memberValues(member, property, mapped, schemas);
    if (values.length === 0) return member;
    const literal = values.length === 1 ? { const: values[0] } : { enum: values };
    return { allOf: [member, { type: 'object', required: [property], properties: { [property]: literal } }] };
  });
}

/**
 * A base schema with a discriminator and a mapping, which children extend through `allOf` (no union): each mapped
 * child that extends the base gets its mapped value as a literal, where its own property allows it.
 */
function rewriteInheritance(baseKey: string, base: Schema, schemas: Schema): void {
  const discriminator = base.discriminator as { propertyName?: unknown; mapping?: unknown } | undefined;
  const property = discriminator?.propertyName;
  if (typeof property !== 'string' || discriminator?.mapping === null || typeof discriminator?.mapping !== 'object') return;
  if (Array.isArray(base.oneOf) || Array.isArray(base.anyOf)) return;
  const valuesByChild = new Map<string, string[]>();
  for (const [value, target] of Object.entries(discriminator.mapping as Schema)) {
    const child = typeof target === 'string' ? componentKey(mappingRef(target)) : undefined;
    if (child !== undefined && child !== baseKey) valuesByChild.set(child, [...(valuesByChild.get(child) ?? []), value]);
  }
  for (const [childKey, mapped] of valuesByChild) {
    const child = ownValue(schemas, childKey) as Schema | undefined;
    const parts = child?.allOf;
    if (!Array.isArray(parts) || !parts.some((part) => componentKey((part as Schema | null)?.$ref) === baseKey)) continue;
    const values = memberValues(child, property, mapped, schemas);
    if (values.length === 0) continue;
    parts.push({ type: 'object', required: [property], properties: { [property]: values.length === 1 ? { const: values[0] } : { enum: values } } });
  }
}

/** Rewrites, in place, every discriminated union under `document`, and every child of a discriminated base. */
export function applyDiscriminators(document: Record<string, unknown>): void {
  const schemas = ((document.components as Schema | undefined)?.schemas ?? {}) as Schema;
  for (const [key, schema] of Object.entries(schemas)) {
    if (schema !== null && typeof schema === 'object') rewriteInheritance(key, schema as Schema, schemas);
  }
  const stack: Array<{ value: unknown; inSchema: boolean }> = [{ value: document, inSchema: false }];
  while (stack.length > 0) {
    const { value, inSchema } = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (Array.isArray(value)) {
      for (const item of value) stack.push({ value: item, inSchema });
      continue;
    }
    const record = value as Schema;
    if (record.discriminator !== undefined) rewrite(record, schemas);
    for (const [key, item] of Object.entries(record)) if (!isDataKey(key, inSchema)) stack.push({ value: item, inSchema: inSchema || key === 'schema' || key === 'schemas' });
  }
}
