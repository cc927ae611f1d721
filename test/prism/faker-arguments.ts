/**
 * Arguments for an operation from a generator that is not ours: json-schema-faker fills each parameter's schema and
 * the body's, with a seed fixed per operation and argument, so a run is repeatable and one operation's values do not
 * depend on which others run.
 */
import { generateSync, type JsonSchema as FakerSchema } from 'json-schema-faker';
import { followReferences } from '../../generator/load/json-pointer.js';
import type { JsonSchema, MediaTypeModel, OperationModel } from '../../generator/model/types.js';

/** A 32-bit FNV-1a hash of `text`: the seed of one argument. */
export function seedOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash || 1;
}

/** Nesting deeper than this is cut: a spec is untrusted input and the walk must not overflow the stack. */
const MAX_DEPTH = 64;

/**
 * An OpenAPI schema as JSON Schema 2020-12, which json-schema-faker reads: 3.0's boolean `exclusiveMinimum`/`Maximum`
 * become numbers and `nullable` a `null` type; properties marked `readOnly` are dropped from request values (the
 * client's request types leave them out, and servers ignore or refuse them).
 */
export function toFakerSchema(schema: unknown, document: Record<string, unknown>, depth = 0): unknown {
  if (Array.isArray(schema)) return schema.map((item) => toFakerSchema(item, document, depth + 1));
  if (schema === null || typeof schema !== 'object' || depth > MAX_DEPTH) return schema;
  const source = schema as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(source)) {
    if (key === 'example' || key === 'examples' || key === 'discriminator' || key === 'xml' || key.startsWith('x-')) continue;
    Object.defineProperty(out, key, { value: toFakerSchema(value, document, depth + 1), enumerable: true, writable: true, configurable: true });
  }
  for (const bound of ['Minimum', 'Maximum'] as const) {
    const flag = source[`exclusive${bound}`];
    if (typeof flag === 'boolean') {
      delete out[`exclusive${bound}`];
      if (flag && typeof source[bound.toLowerCase()] === 'number') {
        out[`exclusive${bound}`] = source[bound.toLowerCase()];
        delete out[bound.toLowerCase()];
      }
    }
  }
  if (source.nullable === true && typeof source.type === 'string') out.type = [source.type, 'null'];
  delete out.nullable;
  if (source.properties && typeof source.properties === 'object' && !Array.isArray(source.properties)) {
    const readOnly = Object.keys(source.properties).filter((name) => isReadOnly((source.properties as Record<string, unknown>)[name], document));
    for (const name of readOnly) delete (out.properties as Record<string, unknown>)[name];
    if (Array.isArray(out.required)) out.required = out.required.filter((name) => !readOnly.includes(name as string));
  }
  return out;
}

/** Whether a property schema is `readOnly`, itself or through the `$ref` it is. */
function isReadOnly(schema: unknown, document: Record<string, unknown>): boolean {
  let current = schema as Record<string, unknown> | undefined;
  for (let hops = 0; hops < 8 && current && typeof current === 'object'; hops++) {
    if (current.readOnly === true) return true;
    if (typeof current.$ref !== 'string' || !current.$ref.startsWith('#/')) return false;
    current = current.$ref
      .slice(2)
      .split('/')
      .map((part) => decodeURIComponent(part).replace(/~1/g, '/').replace(/~0/g, '~'))
      .reduce<unknown>((node, part) => (node && typeof node === 'object' && Object.hasOwn(node, part) ? (node as Record<string, unknown>)[part] : undefined), document) as Record<string, unknown> | undefined;
  }
  return false;
}

/**
 * The faker's settings: small arrays and shallow recursion keep requests short; optional properties half the time.
 * Past `maxDepth` json-schema-faker writes `null` whatever the schema says, so it is kept well above real nesting.
 */
const OPTIONS = { maxDepth: 12, maxDefaultItems: 2, refDepthMax: 2, optionalsProbability: 0.5, minDateTime: '2000-01-01', maxDateTime: '2030-12-31' };

/** One value for `schema`, seeded by `key`; its `#/components/…` refs are looked up in `fakerComponents`. */
export function fakeValue(schema: JsonSchema | undefined, fakerComponents: unknown, key: string): unknown {
  const refResolver = (ref: string): FakerSchema => {
    const target = ref.startsWith('#/components/') ? followReferences({ $ref: ref }, { components: fakerComponents }) : undefined;
    return (target ?? {}) as FakerSchema;
  };
  return generateSync((schema ?? {}) as FakerSchema, { ...OPTIONS, seed: seedOf(key), refResolver });
}

/** A mapping, or undefined. */
function mapping(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

/**
 * The spec's own schemas for an operation (the merged document as written, not the model's normalised copy): each
 * parameter's by `in:name` (from `schema`, or `content`'s one media type), the body's by media type.
 */
export function specSchemas(operation: OperationModel, document: Record<string, unknown>): { parameters: Map<string, unknown>; bodies: Map<string, unknown> } {
  const deref = (value: unknown) => mapping(followReferences(value, document));
  const item = deref(mapping(document.paths)?.[operation.path]);
  const raw = deref(item?.[operation.method]);
  const parameters = new Map<string, unknown>();
  for (const list of [item?.parameters, raw?.parameters]) {
    for (const entry of Array.isArray(list) ? list : []) {
      const parameter = deref(entry);
      if (!parameter) continue;
      const content = mapping(parameter.content);
      const schema = parameter.schema ?? mapping(Object.values(content ?? {})[0])?.schema;
      parameters.set(`${String(parameter.in)}:${String(parameter.name)}`, schema);
    }
  }
  const bodies = new Map<string, unknown>();
  for (const [type, media] of Object.entries(mapping(deref(raw?.requestBody)?.content) ?? {})) bodies.set(type, mapping(media)?.schema);
  return { parameters, bodies };
}

/** One call's arguments: every parameter the client takes from the caller, and a body for `media` when given, from the spec's schemas. */
export function fakeArguments(operation: OperationModel, media: MediaTypeModel | undefined, fakerComponents: unknown, document: Record<string, unknown>, seed: number): Record<string, unknown> {
  const schemas = specSchemas(operation, document);
  const args: Record<string, unknown> = {};
  for (const param of operation.parameters) {
    if (param.constant !== undefined) continue;
    // A path parameter the spec uses but does not declare has the type the model gives it (a string).
    const schema = toFakerSchema(schemas.parameters.get(`${param.in}:${param.name}`) ?? param.schema, document) as JsonSchema | undefined;
    const value = fakeValue(schema, fakerComponents, `${seed}:${operation.method} ${operation.path}:${param.in}:${param.name}`);
    Object.defineProperty(args, param.key, { value, enumerable: true, writable: true, configurable: true });
  }
  if (media) {
    const schema = toFakerSchema(schemas.bodies.get(media.mediaType), document) as JsonSchema | undefined;
    args.body = fakeValue(schema, fakerComponents, `${seed}:${operation.method} ${operation.path}:body:${media.mediaType}`);
    args.contentType = media.mediaType;
  }
  return args;
}
