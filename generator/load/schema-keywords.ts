/**
 * The JSON Schema keywords that hold subschemas, and the type names: shared by the checks at load time and the
 * normalisation in the model, so both read a schema's structure the same way.
 * @see https://json-schema.org/draft/2020-12/json-schema-core#section-10
 */

/** Keywords whose value is one subschema (`items` may also be a draft-04 list of them). */
export const ONE_SUBSCHEMA: ReadonlySet<string> = new Set([
  'items', 'additionalProperties', 'not', 'propertyNames', 'contains', 'if', 'then', 'else', 'unevaluatedProperties', 'unevaluatedItems', 'additionalItems',
]);

/** Keywords whose value is a list of subschemas. */
export const SUBSCHEMA_LIST: ReadonlySet<string> = new Set(['allOf', 'anyOf', 'oneOf', 'prefixItems']);

/** Keywords whose value maps names to subschemas. */
export const SUBSCHEMA_MAP: ReadonlySet<string> = new Set(['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas']);

/** The JSON Schema type names. */
export const TYPES: ReadonlySet<string> = new Set(['string', 'number', 'integer', 'boolean', 'object', 'array', 'null']);
