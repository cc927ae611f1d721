/**
 * The arguments of a usage example in a client's README: required parameters and a required JSON body written as
 * TypeScript literals, from the spec's examples, enums and defaults, or a placeholder of the right type. Only
 * shapes whose TypeScript type is certain to accept a plain literal are written (strings, numbers, booleans,
 * enums, arrays and objects of them); an operation needing anything else (a union, a file, a discriminated
 * member) gets no example, so every example the README shows compiles.
 */
import { fromPointer, getAtPath } from '../load/json-pointer.js';
import { hasOwn } from '../load/own-property.js';
import type { JsonSchema, OperationModel } from '../model/types.js';
import { propertyName } from './property-name.js';
import type { SchemaTypeOverride } from './integrations/integration.js';

/** The integrations' schema-type hook (see Integration.schemaType): a value of a type it gives is written its way. */
export type SchemaTypeOf = (schema: Readonly<Record<string, unknown>>) => SchemaTypeOverride | undefined;

/**
 * Names an object literal already has through `Object.prototype` (`valueOf`, `hasOwnProperty`, …): a type with such
 * an optional property rejects every literal that leaves it out, so an example that would must not be written.
 */
const PROTOTYPE_NAMES: ReadonlySet<string> = new Set(Object.getOwnPropertyNames(Object.prototype));

/** How deep an example object may nest; deeper shapes get no example. */
const MAX_DEPTH = 4;

/** The second argument of a call to `operation` (`{ namespace: "acme" }`), '' when it needs none, undefined when it cannot be written. */
export function exampleArguments(operation: OperationModel, document: unknown, schemaType?: SchemaTypeOf): string | undefined {
  const unions = discriminatedMembers(document);
  const entries: string[] = [];
  for (const param of operation.parameters) {
    if (param.constant !== undefined) continue;
    if (!param.required) {
      if (PROTOTYPE_NAMES.has(param.key)) return undefined;
      continue;
    }
    const value = exampleValue(param.schema, document, unions, param.name, 0, schemaType);
    if (value === undefined) return undefined;
    entries.push(`${propertyName(param.key)}: ${value}`);
  }
  const body = operation.requestBody;
  if (body?.required) {
    const media = body.contents[0];
    if (media?.format !== 'json' || media.schema === undefined) return undefined;
    const value = exampleValue(media.schema, document, unions, 'body', 0, schemaType);
    if (value === undefined) return undefined;
    entries.push(`body: ${value}`);
  }
  return entries.length === 0 ? '' : `{ ${entries.join(', ')} }`;
}

/** A literal for `schema`, or undefined when its type may not accept one. */
function exampleValue(schema: JsonSchema | undefined, document: unknown, unions: ReadonlySet<string>, name: string, depth: number, schemaType?: SchemaTypeOf): string | undefined {
  if (schema === undefined || typeof schema === 'boolean' || depth > MAX_DEPTH) return undefined;
  if (typeof schema.$ref === 'string') {
    if (unions.has(schema.$ref)) return undefined;
    let target: unknown;
    try {
      target = getAtPath(document, fromPointer(schema.$ref));
    } catch {
      return undefined;
    }
    return target !== null && typeof target === 'object' ? exampleValue(target as JsonSchema, document, unions, name, depth + 1, schemaType) : undefined;
  }
  for (const keyword of ['oneOf', 'anyOf', 'allOf', 'not', 'if', 'discriminator', 'patternProperties', 'contentMediaType']) {
    if (hasOwn(schema, keyword)) return undefined;
  }
  const written = [schema.const, Array.isArray(schema.enum) ? schema.enum[0] : undefined].find((value) => value !== undefined);
  if (written !== undefined) return isPrimitive(written) ? JSON.stringify(written) : undefined;
  const type = typeOf(schema);
  const sample = [schema.example, Array.isArray(schema.examples) ? schema.examples[0] : undefined, schema.default].find((value) => value !== undefined);
  switch (type) {
    case 'string': {
      if (schema.format === 'binary' || schema.format === 'byte') return undefined;
      const text = JSON.stringify(typeof sample === 'string' && isShortText(sample) ? sample : placeholder(schema.format, name));
      const custom = schemaType?.({ ...schema, type });
      return custom === undefined ? text : custom.example(text);
    }
    case 'integer':
    case 'number':
      return typeof sample === 'number' && Number.isFinite(sample) ? String(sample) : String(numberWithin(schema));
    case 'boolean':
      return typeof sample === 'boolean' ? String(sample) : 'true';
    case 'array': {
      const item = exampleValue(schema.items as JsonSchema | undefined, document, unions, name, depth + 1, schemaType);
      return item === undefined ? undefined : `[${item}]`;
    }
    case 'object':
      return objectValue(schema, document, unions, depth, schemaType);
    default:
      return undefined;
  }
}

/**
 * An object literal with the required properties, or undefined. Request bodies reach here as their request views,
 * readOnly properties already gone; a parameter's object keeps them. An object whose other properties have a schema
 * is typed with an index signature every written property must also meet: no example for it.
 */
function objectValue(schema: { readonly [keyword: string]: unknown }, document: unknown, unions: ReadonlySet<string>, depth: number, schemaType?: SchemaTypeOf): string | undefined {
  const additional = schema.additionalProperties;
  const anyRest = additional === undefined || typeof additional === 'boolean' || (additional !== null && typeof additional === 'object' && Object.keys(additional).length === 0);
  if (!anyRest) return undefined;
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  const required = Array.isArray(schema.required) ? schema.required.filter((key): key is string => typeof key === 'string') : [];
  if (Object.keys(properties).some((key) => PROTOTYPE_NAMES.has(key) && !required.includes(key))) return undefined;
  const entries: string[] = [];
  for (const key of [...new Set(required)]) {
    if (!hasOwn(properties, key) || key === '__proto__') return undefined;
    const property = properties[key]!;
    const value = exampleValue(property, document, unions, key, depth + 1, schemaType);
    if (value === undefined) return undefined;
    entries.push(`${propertyName(key)}: ${value}`);
  }
  return entries.length === 0 ? '{}' : `{ ${entries.join(', ')} }`;
}

/** The one JSON type a schema names (`['string', 'null']` counts as `string`), inferred from object keywords when absent. */
function typeOf(schema: { readonly [keyword: string]: unknown }): string | undefined {
  const types = (Array.isArray(schema.type) ? schema.type : schema.type === undefined ? [] : [schema.type]).filter((type) => type !== 'null');
  if (types.length === 1 && typeof types[0] === 'string') return types[0];
  if (types.length === 0 && (schema.properties !== undefined || schema.required !== undefined)) return 'object';
  return undefined;
}

/** A placeholder a reader recognises as one, shaped by the string's format. */
function placeholder(format: unknown, name: string): string {
  switch (format) {
    case 'date-time':
      return '2026-01-01T00:00:00Z';
    case 'date':
      return '2026-01-01';
    case 'uuid':
      return '00000000-0000-0000-0000-000000000000';
    case 'email':
      return 'user@example.com';
    case 'uri':
    case 'url':
      return 'https://example.com';
    default:
      return /^[A-Za-z][A-Za-z0-9_-]{0,40}$/.test(name) ? `my-${name}` : 'value';
  }
}

/** A number the schema's bounds allow, 1 where they allow it. */
function numberWithin(schema: { readonly [keyword: string]: unknown }): number {
  const minimum = typeof schema.minimum === 'number' && Number.isFinite(schema.minimum) ? schema.minimum : undefined;
  const maximum = typeof schema.maximum === 'number' && Number.isFinite(schema.maximum) ? schema.maximum : undefined;
  if (minimum !== undefined && minimum > 1) return Math.ceil(minimum);
  if (maximum !== undefined && maximum < 1) return Math.floor(maximum);
  return 1;
}

function isPrimitive(value: unknown): boolean {
  return typeof value === 'string' ? isShortText(value) : typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value));
}

/** Spec text short and plain enough to quote in an example. */
function isShortText(text: string): boolean {
  return text.length <= 60 && !/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069`]/.test(text);
}

/**
 * References to schemas that are members of a discriminated union: the generated type narrows their discriminator
 * property to the mapped literal, which a placeholder would not match.
 */
function discriminatedMembers(document: unknown): Set<string> {
  const cached = memberCache.get(document as object);
  if (cached) return cached;
  const members = new Set<string>();
  const schemas = (document as { components?: { schemas?: Record<string, unknown> } } | null)?.components?.schemas;
  const stack: unknown[] = schemas && typeof schemas === 'object' ? Object.values(schemas) : [];
  const seen = new Set<unknown>();
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null || typeof node !== 'object' || seen.has(node)) continue;
    seen.add(node);
    const record = node as Record<string, unknown>;
    if (record.discriminator !== null && typeof record.discriminator === 'object') {
      for (const keyword of ['oneOf', 'anyOf']) {
        if (Array.isArray(record[keyword])) for (const member of record[keyword] as unknown[]) addReference(members, member);
      }
      const mapping = (record.discriminator as { mapping?: unknown }).mapping;
      if (mapping !== null && typeof mapping === 'object') for (const target of Object.values(mapping)) if (typeof target === 'string') members.add(target);
    }
    for (const key in record) if (hasOwn(record, key)) stack.push(record[key]);
  }
  memberCache.set(document as object, members);
  return members;
}

const memberCache = new WeakMap<object, Set<string>>();

function addReference(members: Set<string>, member: unknown): void {
  if (member !== null && typeof member === 'object' && typeof (member as { $ref?: unknown }).$ref === 'string') members.add((member as { $ref: string }).$ref);
}
