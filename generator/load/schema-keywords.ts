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

/** What a keyword whose value has a fixed JSON type must hold (`names`: a list of strings). */
export type KeywordValueType = 'string' | 'boolean' | 'number' | 'number or boolean' | 'names';

/**
 * Annotation and validation keywords by the type of value JSON Schema gives them. One map, so each key of a
 * schema costs one lookup.
 */
export const KEYWORD_VALUE_TYPES: ReadonlyMap<string, KeywordValueType> = new Map<string, KeywordValueType>([
  ...(['title', 'description', 'format', 'pattern', '$comment', 'contentMediaType', 'contentEncoding'] as const).map((key) => [key, 'string'] as const),
  ...(['readOnly', 'writeOnly', 'deprecated', 'uniqueItems'] as const).map((key) => [key, 'boolean'] as const),
  ...(['minimum', 'maximum', 'multipleOf', 'minLength', 'maxLength', 'minItems', 'maxItems', 'minProperties', 'maxProperties'] as const).map((key) => [key, 'number'] as const),
  ['exclusiveMinimum', 'number or boolean'],
  ['exclusiveMaximum', 'number or boolean'],
  ['required', 'names'],
]);

/** True when a keyword's value has the type JSON Schema gives it (keywords outside KEYWORD_VALUE_TYPES always do). */
export function wellTyped(key: string, value: unknown): boolean {
  const expected = KEYWORD_VALUE_TYPES.get(key);
  if (expected === undefined) return true;
  if (expected === 'names') return Array.isArray(value) && value.every((name) => typeof name === 'string');
  if (expected === 'number or boolean') return typeof value === 'number' || typeof value === 'boolean';
  return typeof value === expected;
}
