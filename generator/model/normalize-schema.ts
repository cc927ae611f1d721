/**
 * Rewrites OpenAPI 3.0 nullability into the 3.1 form, once, so emitters only ever see 3.1 schemas.
 * @see https://spec.openapis.org/oas/v3.0.3#fixed-fields-19 (`nullable`)
 * @see https://spec.openapis.org/oas/v3.1.0#data-types (type arrays with `null`)
 */
import { hasOwn, setOwn } from '../load/own-property.js';
import { ONE_SUBSCHEMA, SUBSCHEMA_LIST, SUBSCHEMA_MAP, TYPES, wellTyped } from '../load/schema-keywords.js';
import type { JsonSchema } from './types.js';


/** Where a boolean subschema keeps its form: openapi-typescript and the validators read `additionalProperties: false`. */
const KEEP_BOOLEAN = new Set(['additionalProperties', 'unevaluatedProperties']);

/**
 * A subschema in object form: OpenAPI 3.1 allows `true` and `false` anywhere a schema goes (`allOf: [true]`), but
 * openapi-typescript expects objects there. `true` is `{}`; `false` (no value) is `{ not: {} }`, typed as `unknown`,
 * wider than it could be but never rejecting a value.
 * @see https://json-schema.org/draft/2020-12/json-schema-core#section-4.3.2
 */
export function normalizeSubschema(schema: unknown): JsonSchema {
  if (schema === true) return {};
  if (schema === false) return { not: {} };
  return normalizeSchema(schema);
}

/** Returns a normalised copy of `schema`; the input is not modified. */
export function normalizeSchema(schema: unknown): JsonSchema {
  if (typeof schema === 'boolean') return schema;
  if (schema === null || typeof schema !== 'object' || Array.isArray(schema)) return {};
  const source = schema as Record<string, unknown>;
  const result: Record<string, unknown> = {};
  for (const key in source) {
    if (!hasOwn(source, key)) continue;
    const value = source[key];
    // A keyword of the wrong type (`required: true`) says nothing usable, and later stages (openapi-typescript
    // among them) call string and array methods on these values: the load stage drops it with a warning
    // (validate-schemas.ts), and so does this, for documents that did not pass through the load stage.
    if (key === 'nullable' || key === 'x-nullable' || !wellTyped(key, value)) continue;
    if (key === 'type') {
      // Type names JSON Schema does not know (`file`, `invalid`) constrain nothing: keep only the known ones.
      if (typeof value === 'string') {
        if (TYPES.has(value)) setOwn(result, key, value);
        continue;
      }
      const known = [value].flat().filter((name) => typeof name === 'string' && TYPES.has(name));
      if (known.length > 0) setOwn(result, key, Array.isArray(value) ? known : known[0]);
      continue;
    }
    // Most values are text or numbers, which no branch below rewrites.
    if (value === null || (typeof value !== 'object' && typeof value !== 'boolean')) {
      setOwn(result, key, value);
      continue;
    }
    const one = ONE_SUBSCHEMA.has(key);
    // `items: false` (nothing past prefixItems) is read by openapi-typescript and the validators as it is.
    if (one && typeof value === 'boolean' && !KEEP_BOOLEAN.has(key) && !(key === 'items' && value === false)) {
      setOwn(result, key, normalizeSubschema(value));
    } else if (one && typeof value === 'object' && !Array.isArray(value)) {
      setOwn(result, key, normalizeSchema(value));
    } else if (one && key === 'items' && Array.isArray(value)) {
      // Draft-04 tuple form `items: [..]` is the `prefixItems` of 2020-12.
      result.prefixItems = value.map(normalizeSubschema);
    } else if (SUBSCHEMA_LIST.has(key) && Array.isArray(value)) {
      setOwn(result, key, value.map(normalizeSubschema));
    } else if (SUBSCHEMA_MAP.has(key) && typeof value === 'object') {
      const map = value as Record<string, unknown>;
      const normalized: Record<string, unknown> = {};
      for (const name in map) if (hasOwn(map, name)) setOwn(normalized, name, normalizeSubschema(map[name]));
      setOwn(result, key, normalized);
    } else {
      setOwn(result, key, value);
    }
  }
  const nullable = source.nullable === true || source['x-nullable'] === true;
  return nullable ? makeNullable(result) : result;
}

/** Adds `null` to a schema's allowed values in the 3.1 way. */
function makeNullable(schema: Record<string, unknown>): JsonSchema {
  const type = schema.type;
  if (typeof type === 'string' && schema.$ref === undefined && !hasComposition(schema)) {
    const nullable: Record<string, unknown> = { ...schema, type: type === 'null' ? 'null' : [type, 'null'] };
    if (Array.isArray(schema.enum) && !schema.enum.includes(null)) nullable.enum = [...schema.enum, null];
    return nullable;
  }
  if (Array.isArray(type)) {
    return type.includes('null') ? schema : { ...schema, type: [...type, 'null'] };
  }
  // A `$ref`, a composition, or an untyped schema: wrap it so the rest stays exactly as written.
  const { description, title, deprecated, ...rest } = schema;
  const wrapped: Record<string, unknown> = { anyOf: [rest, { type: 'null' }] };
  if (title !== undefined) wrapped.title = title;
  if (description !== undefined) wrapped.description = description;
  if (deprecated !== undefined) wrapped.deprecated = deprecated;
  return wrapped;
}

function hasComposition(schema: Record<string, unknown>): boolean {
  return schema.allOf !== undefined || schema.anyOf !== undefined || schema.oneOf !== undefined;
}
