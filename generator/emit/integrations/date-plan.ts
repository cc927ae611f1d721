/**
 * Where an API's dates are: for each component schema that holds one (directly or through references) a shape
 * naming the paths to its `date-time` and `date` strings, and for each operation where they sit in its parameters,
 * request bodies, response bodies, response headers and streamed items. templates/convert-dates.ts walks these shapes
 * and nothing else. References stay names (so cycles cost nothing); which components hold a date is found without
 * recursion (componentsReaching); a schema's own nesting, bounded at load (MAX_NESTING_DEPTH), bounds the recursion here.
 */
import { responseBodyMedia } from '../response-types.js';
import { schemaComponentKey } from '../../load/json-pointer.js';
import { hasOwn, setOwn } from '../../load/own-property.js';
import { componentsReaching } from '../../model/components-reaching.js';
import { responseStream, streamItemSchema } from '../../model/response-stream.js';
import { statusKey } from '../../model/status-key.js';
import type { ApiModel, JsonSchema, OperationModel } from '../../model/types.js';

/** A shape as templates/convert-dates.ts reads it (`t` date-time, `d` date, or a node); see DateNode there. */
export type DateShape = 't' | 'd' | { readonly [key: string]: unknown };

/** One operation's plan (OperationDates in templates/convert-dates.ts). */
export interface OperationDatePlan {
  q?: Record<string, DateShape>;
  b?: Array<[string, DateShape | 0]>;
  r?: Record<string, DateShape>;
  h?: Record<string, DateShape>;
  s?: Record<string, DateShape>;
}

/** The named shapes by type name, and the plans of the operations that meet a date, by function name. */
export interface DatePlan {
  readonly shapes: ReadonlyArray<readonly [string, DateShape]>;
  readonly operations: ReadonlyArray<readonly [string, OperationDatePlan]>;
}

/**
 * `t` for a `date-time` string schema, `d` for a `date` one, undefined otherwise. A string among other types
 * (`[string, null]`) counts; an enum or a const does not (its type is its literals).
 */
export function dateFormat(schema: unknown): 't' | 'd' | undefined {
  if (schema === null || typeof schema !== 'object' || Array.isArray(schema)) return undefined;
  const record = schema as Readonly<Record<string, unknown>>;
  if (record.$ref !== undefined || Array.isArray(record.enum) || (record.const !== undefined && record.const !== null)) return undefined;
  if (!(record.type === 'string' || (Array.isArray(record.type) && record.type.includes('string')))) return undefined;
  return record.format === 'date-time' ? 't' : record.format === 'date' ? 'd' : undefined;
}

const plans = new WeakMap<ApiModel, DatePlan>();

/** The model's date plan (built once per model). */
export function datePlan(model: ApiModel): DatePlan {
  let plan = plans.get(model);
  if (plan === undefined) plans.set(model, (plan = buildDatePlan(model)));
  return plan;
}

function buildDatePlan(model: ApiModel): DatePlan {
  const byKey = new Map(model.schemas.map((schema) => [schema.key, schema]));
  const components = Object.fromEntries(model.schemas.map((schema) => [schema.key, schema.schema]));
  const reaching = componentsReaching(components, (schema) => dateFormat(schema) !== undefined);
  const shapeOf = (schema: JsonSchema | undefined): DateShape | undefined => shape(schema, reaching, byKey);
  const shapes: Array<readonly [string, DateShape]> = [];
  for (const schema of model.schemas) {
    if (!reaching.has(schema.key)) continue;
    const found = shapeOf(schema.schema);
    if (found !== undefined) shapes.push([schema.name, found]);
  }
  const operations: Array<readonly [string, OperationDatePlan]> = [];
  for (const operation of model.operations) {
    const plan = operationPlan(operation, shapeOf);
    if (Object.keys(plan).length > 0) operations.push([operation.name, plan]);
  }
  return { shapes, operations };
}

function operationPlan(operation: OperationModel, shapeOf: (schema: JsonSchema | undefined) => DateShape | undefined): OperationDatePlan {
  const plan: OperationDatePlan = {};
  const add = <K extends 'q' | 'r' | 'h' | 's'>(table: K, key: string, found: DateShape | undefined) => {
    if (found !== undefined) setOwn((plan[table] ??= {}), key, found);
  };
  for (const param of operation.parameters) if (param.constant === undefined) add('q', param.key, shapeOf(param.schema));
  const bodies = (operation.requestBody?.contents ?? []).map((media): [string, DateShape | 0] => [
    media.mediaType,
    (media.format === 'json' || media.format === 'form' || media.format === 'multipart' ? shapeOf(media.schema) : undefined) ?? 0,
  ]);
  if (bodies.some(([, found]) => found !== 0)) plan.b = bodies;
  for (const response of [...operation.successResponses, ...operation.errorResponses]) {
    const key = statusKey(response);
    const body = responseBodyMedia(response);
    if (body?.format === 'json') add('r', key, shapeOf(body.schema));
    const headers: Record<string, DateShape> = {};
    for (const header of response.headers) {
      const found = dateFormat(header.schema);
      if (found !== undefined) setOwn(headers, header.name.toLowerCase(), found);
    }
    if (Object.keys(headers).length > 0) add('h', key, { p: headers });
    const stream = operation.successResponses.includes(response) ? responseStream(response) : undefined;
    if (stream !== undefined && stream.format !== 'bytes' && stream.format !== 'sse') add('s', key, shapeOf(streamItemSchema(stream.media)));
  }
  return plan;
}

type SchemaTable = ReadonlyMap<string, { readonly name: string; readonly schema: JsonSchema }>;

/** The shape of the dates in `schema`, or undefined when it holds none. */
function shape(schema: JsonSchema | undefined, reaching: ReadonlySet<string>, byKey: SchemaTable): DateShape | undefined {
  if (schema === undefined || typeof schema !== 'object') return undefined;
  const leaf = dateFormat(schema);
  if (leaf !== undefined) return leaf;
  const parts: DateShape[] = [];
  const key = schemaComponentKey(schema.$ref);
  if (key !== undefined && reaching.has(key)) parts.push({ r: byKey.get(key)!.name });
  const node: Record<string, unknown> = {};
  const sub = (value: unknown) => shape(value as JsonSchema, reaching, byKey);
  const properties = schema.properties;
  if (properties !== null && typeof properties === 'object') {
    const found: Record<string, DateShape> = {};
    for (const name of Object.keys(properties)) {
      const property = sub((properties as Record<string, unknown>)[name]);
      if (property !== undefined) setOwn(found, name, property);
    }
    if (Object.keys(found).length > 0) node.p = found;
  }
  const rest = sub(schema.additionalProperties);
  if (rest !== undefined) node.a = rest;
  const tuple = Array.isArray(schema.prefixItems) ? schema.prefixItems : Array.isArray(schema.items) ? schema.items : undefined;
  if (tuple !== undefined) {
    const items = tuple.map((item) => sub(item) ?? 0);
    if (items.some((item) => item !== 0)) node.x = items;
  }
  const items = Array.isArray(schema.items) ? (Array.isArray(schema.prefixItems) ? undefined : schema.additionalItems) : schema.items;
  const each = sub(items);
  if (each !== undefined) node.i = each;
  if (Array.isArray(schema.allOf)) {
    const all = schema.allOf.map(sub).filter((found) => found !== undefined);
    if (all.length > 0) node.all = all;
  }
  const unions = (['oneOf', 'anyOf'] as const).flatMap((keyword) => {
    const union = unionShape(schema, keyword, sub, byKey);
    return union === undefined ? [] : [union];
  });
  if (unions.length === 1) node.u = unions[0];
  else if (unions.length > 1) parts.push(...unions.map((union) => ({ u: union })));
  if (Object.keys(node).length > 0) parts.push(node);
  return parts.length === 0 ? undefined : parts.length === 1 ? parts[0] : { all: parts };
}

/** A `oneOf`/`anyOf` as DateUnion: each member's shape and JSON types, and the discriminator's values by member. */
function unionShape(
  schema: Readonly<Record<string, unknown>>,
  keyword: 'oneOf' | 'anyOf',
  sub: (value: unknown) => DateShape | undefined,
  byKey: SchemaTable,
): Record<string, unknown> | undefined {
  const list = schema[keyword];
  if (!Array.isArray(list)) return undefined;
  const members = list.map((member) => {
    const found = sub(member);
    const types = jsonTypes(member, byKey);
    return { ...(found !== undefined ? { s: found } : {}), ...(types !== undefined ? { y: types } : {}) };
  });
  if (!members.some((member) => member.s !== undefined)) return undefined;
  const union: Record<string, unknown> = { m: members };
  const discriminator = schema.discriminator as { propertyName?: unknown; mapping?: unknown } | undefined;
  if (discriminator && typeof discriminator.propertyName === 'string') {
    const refs = list.map((member) => schemaComponentKey((member as { $ref?: unknown } | null)?.$ref));
    const values: Record<string, number> = {};
    const mapping = discriminator.mapping !== null && typeof discriminator.mapping === 'object' ? (discriminator.mapping as Record<string, unknown>) : {};
    const mapped = new Set<number>();
    for (const value of Object.keys(mapping)) {
      const target = mapping[value];
      const index = refs.indexOf(typeof target === 'string' ? (schemaComponentKey(target) ?? (byKey.has(target) ? target : undefined)) : undefined);
      if (index !== -1) {
        setOwn(values, value, index);
        mapped.add(index);
      }
    }
    // A member the mapping leaves out answers to its schema's name (OpenAPI's implicit mapping).
    refs.forEach((key, index) => {
      if (key !== undefined && !mapped.has(index) && !hasOwn(values, key)) setOwn(values, key, index);
    });
    union.k = discriminator.propertyName;
    union.v = values;
  }
  return union;
}

/** The JSON types a member accepts, as its `type` says (following a reference or two), or undefined for any. */
function jsonTypes(schema: unknown, byKey: SchemaTable): string[] | undefined {
  let current = schema;
  for (let hops = 0; hops < 8; hops++) {
    if (current === null || typeof current !== 'object') return undefined;
    const record = current as Readonly<Record<string, unknown>>;
    const key = schemaComponentKey(record.$ref);
    if (key !== undefined) {
      current = byKey.get(key)?.schema;
      continue;
    }
    if (typeof record.type === 'string') return [record.type];
    if (Array.isArray(record.type)) return record.type.filter((type): type is string => typeof type === 'string');
    if (record.properties !== undefined || record.additionalProperties !== undefined) return ['object'];
    if (record.items !== undefined || record.prefixItems !== undefined) return ['array'];
    return undefined;
  }
  return undefined;
}
