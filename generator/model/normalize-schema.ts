/**
 * Rewrites OpenAPI 3.0 nullability into the 3.1 form, once, so emitters only ever see 3.1 schemas.
 * @see https://spec.openapis.org/oas/v3.0.3#fixed-fields-19 (`nullable`)
 * @see https://spec.openapis.org/oas/v3.1.0#data-types (type arrays with `null`)
 */
import { setOwn } from '../load/own-property.js';
import { TYPES } from '../load/validate-schemas.js';
import type { JsonSchema } from './types.js';

/** Keywords whose value is one subschema. */
const SINGLE_SUBSCHEMA = ['items', 'additionalProperties', 'not', 'propertyNames', 'contains', 'if', 'then', 'else', 'unevaluatedProperties', 'unevaluatedItems', 'additionalItems'];
/** Keywords whose value is a list of subschemas. */
const LIST_OF_SUBSCHEMAS = ['allOf', 'anyOf', 'oneOf', 'prefixItems'];
/** Keywords whose value maps names to subschemas. */
const MAP_OF_SUBSCHEMAS = ['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas'];

/** Returns a normalised copy of `schema`; the input is not modified. */
export function normalizeSchema(schema: unknown): JsonSchema {
  if (typeof schema === 'boolean') return schema;
  if (schema === null || typeof schema !== 'object' || Array.isArray(schema)) return {};
  const source = schema as Record<string, unknown>;
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(source)) {
    if (key === 'nullable' || key === 'x-nullable') continue;
    if (key === 'type') {
      // Type names JSON Schema does not know (`file`, `invalid`) constrain nothing: keep only the known ones.
      const known = [value].flat().filter((name) => typeof name === 'string' && TYPES.has(name));
      if (known.length > 0) setOwn(result, key, Array.isArray(value) ? known : known[0]);
      continue;
    }
    if (SINGLE_SUBSCHEMA.includes(key) && value !== null && typeof value === 'object' && !Array.isArray(value)) {
      setOwn(result, key, normalizeSchema(value));
    } else if (SINGLE_SUBSCHEMA.includes(key) && key === 'items' && Array.isArray(value)) {
      // Draft-04 tuple form `items: [..]` is the `prefixItems` of 2020-12.
      result.prefixItems = value.map(normalizeSchema);
    } else if (LIST_OF_SUBSCHEMAS.includes(key) && Array.isArray(value)) {
      setOwn(result, key, value.map(normalizeSchema));
    } else if (MAP_OF_SUBSCHEMAS.includes(key) && value !== null && typeof value === 'object') {
      setOwn(result, key, Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, normalizeSchema(sub)])));
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
