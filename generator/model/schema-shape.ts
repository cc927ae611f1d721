/**
 * Reads the shape of a schema the way a shape-based recogniser needs it: references followed, `allOf` members'
 * properties merged, a nullable wrapper (`anyOf: [X, {type: 'null'}]`) seen through. Bounded, never recursive.
 */
import { fromPointer, getAtPath } from '../load/json-pointer.js';
import { ownValue, setOwn } from '../load/own-property.js';
import type { JsonSchema } from './types.js';

/** How many references and wrappers are followed before a schema counts as unreadable. */
const MAX_STEPS = 32;

type SchemaObject = Readonly<Record<string, unknown>>;

/** The schema behind `schema`'s references and nullable wrapper, or undefined when it is not a plain object schema. */
export function resolveShape(schema: unknown, document: SchemaObject): SchemaObject | undefined {
  let current = schema;
  for (let step = 0; step < MAX_STEPS; step++) {
    if (current === null || typeof current !== 'object' || Array.isArray(current)) return undefined;
    const object = current as SchemaObject;
    if (typeof object.$ref === 'string') {
      current = getAtPath(document, fromPointer(object.$ref));
      continue;
    }
    const alternatives = (object.anyOf ?? object.oneOf) as unknown;
    if (Array.isArray(alternatives) && object.properties === undefined && object.type === undefined) {
      const nonNull = alternatives.filter((member) => !isNullSchema(member));
      if (nonNull.length !== 1) return undefined;
      current = nonNull[0];
      continue;
    }
    return object;
  }
  return undefined;
}

function isNullSchema(schema: unknown): boolean {
  return schema !== null && typeof schema === 'object' && (schema as SchemaObject).type === 'null';
}

/** The JSON types a schema allows, from `type` (an empty list when it does not say). */
export function schemaTypes(schema: SchemaObject | undefined): string[] {
  if (schema === undefined) return [];
  const type = schema.type;
  if (typeof type === 'string') return [type];
  return Array.isArray(type) ? type.filter((t): t is string => typeof t === 'string') : [];
}

/** True when the schema is an array (possibly nullable). */
export function isArrayShape(schema: SchemaObject | undefined): boolean {
  return schema !== undefined && (schemaTypes(schema).includes('array') || (schemaTypes(schema).length === 0 && schema.items !== undefined));
}

/** The properties of an object schema, its `allOf` members' included (first definition wins), in spec order. */
export function shapeProperties(schema: SchemaObject | undefined, document: SchemaObject): Record<string, JsonSchema> {
  const properties: Record<string, JsonSchema> = {};
  const pending: unknown[] = [schema];
  for (let visited = 0; pending.length > 0 && visited < MAX_STEPS; visited++) {
    const shape = resolveShape(pending.shift(), document);
    if (shape === undefined) continue;
    const own = shape.properties;
    if (own !== null && typeof own === 'object') {
      for (const [name, value] of Object.entries(own as Record<string, JsonSchema>)) if (ownValue(properties, name) === undefined) setOwn(properties, name, value);
    }
    if (Array.isArray(shape.allOf)) pending.push(...shape.allOf);
  }
  return properties;
}

/** The property of `schema` at `path` (through object properties), or undefined where the path leaves the schema. */
export function shapeAt(schema: unknown, path: readonly string[], document: SchemaObject): SchemaObject | undefined {
  let current = resolveShape(schema, document);
  for (const name of path) {
    current = resolveShape(ownValue(shapeProperties(current, document), name), document);
    if (current === undefined) return undefined;
  }
  return current;
}
