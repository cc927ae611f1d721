/**
 * Turns a model schema into a zod schema whose `z.infer` is the type schemas.ts prints for it. That type is
 * openapi-typescript's (with the options schema-type-printer.ts sets), so this walks the schema the way
 * openapi-typescript's `transformSchemaObject` does, step for step: `$ref` first, then `const`, `enum`, the core
 * type, `allOf` (with the parent's `required` carried into inline parts and `WithRequired` on referenced ones),
 * `anyOf` as a union with the core, `oneOf` as a union (primitives) or an intersection with the core. Where the types
 * leave room, the schema adds the spec's checks: formats, lengths, ranges, `multipleOf`, item counts, strict objects.
 * @see https://github.com/openapi-ts/openapi-typescript/blob/main/packages/openapi-typescript/src/transform/schema-object.ts
 */
import { fromPointer, getAtPath, schemaComponentKey } from '../../../load/json-pointer.js';
import { ownValue } from '../../../load/own-property.js';
import type { JsonSchema } from '../../../model/types.js';
import { isBinaryString } from '../../schema-type-printer.js';
import { arrayLiteral, literal, method, objectLiteral, text, zod, type ZodCode } from './zod-code.js';
import { discriminatedUnion } from './zod-discriminated-union.js';
import { mergeObjects } from './zod-object-merge.js';
import { stringFormatSchema } from './zod-string-format.js';
import { stringPatternCheck } from './zod-string-pattern.js';

type Schema = Readonly<Record<string, unknown>>;

/** A zod schema, with what the emitter needs to know of it and of the TypeScript type it stands for. */
export interface ZodSchema {
  readonly code: ZodCode;
  /** Set when it is a zod object schema (`z.object`, `z.strictObject`, `z.looseObject`, or one extended): `.extend` works on it. */
  readonly object?: ObjectInfo;
  /**
   * What openapi-typescript's type node for the same schema is: `array` and `tuple` matter to an array of it, and
   * `primitive` (a `string`, `number`, `boolean`, `null` or `never` keyword) to a `oneOf` of it.
   */
  readonly node: 'array' | 'tuple' | 'primitive' | 'other';
}

/** What an object schema is made of, for merging `allOf` parts into one object (see zod-object-merge.ts). */
export interface ObjectInfo {
  /** What it does with properties it does not declare: drop them, refuse them, keep them, or check them (`catchall`). */
  readonly unknownKeys: 'strip' | 'strict' | 'loose' | 'catchall';
  /** Each property: whether it is required, and its schema as the spec writes it (two parts agree on a property when these are equal). */
  readonly properties: ReadonlyMap<string, { readonly required: boolean; readonly schema: unknown }>;
  /** The shape's entries, when the object is written here (a declared one is extended through its `.shape`). */
  readonly entries?: ReadonlyArray<readonly [string, ZodCode]>;
}

/** What the walk needs besides the schema. */
export interface ZodSchemaContext {
  /** The model's normalised document, where `$ref`s resolve. */
  readonly document: Readonly<Record<string, unknown>>;
  /** Each component schema's key with its type name. */
  readonly names: ReadonlyMap<string, string>;
  /** A reference to component `key` (known to `names`): its schema, or a `z.lazy` when it is not declared yet. */
  reference(key: string): ZodSchema;
  /** Strings of `format: binary` (and 3.1 `contentMediaType`) are `Blob`s: for file parts of a multipart body. */
  readonly binaryAsBlob?: boolean;
  /** Whether component `key` holds a binary string somewhere (such a reference is walked in place in a multipart body). */
  holdsBinary(key: string): boolean;
}

const UNKNOWN: ZodSchema = { code: zod('unknown'), node: 'other' };
const NEVER: ZodSchema = { code: zod('never'), node: 'primitive' };
const NULL: ZodSchema = { code: zod('null'), node: 'primitive' };
const ANY_OBJECT: ZodSchema = { code: zod('record', zod('string'), zod('unknown')), node: 'other' };

/** The zod schema for `schema`. */
export function zodSchema(schema: JsonSchema | undefined, context: ZodSchemaContext): ZodSchema {
  return new SchemaWalk(context).schema(schema);
}

/** One walk: the component references walked in place (in multipart bodies) so far, so a recursive one stops. */
class SchemaWalk {
  private readonly inlining = new Set<string>();

  constructor(private readonly context: ZodSchemaContext) {}

  schema(schema: unknown): ZodSchema {
    if (schema === undefined || schema === null || schema === false) return NEVER;
    if (schema === true || typeof schema !== 'object' || Array.isArray(schema)) return UNKNOWN;
    const record = schema as Schema;
    if ('$ref' in record) return this.reference(record.$ref);
    if (record.const !== null && record.const !== undefined) return constSchema(record.const);
    if (Array.isArray(record.enum) && record.type !== 'object' && !('properties' in record) && !('additionalProperties' in record)) return this.enumSchema(record);
    let result: ZodSchema | undefined;
    const core = this.core(record);
    const allOf = this.allOfParts(Array.isArray(record.allOf) ? record.allOf : [], record.required);
    if (core !== undefined || allOf.length > 0) {
      // `Core & (A & B)` is one object when the parts are objects that agree on the properties they share.
      const pieces = [...(core ? [core] : []), ...allOf.flatMap((part) => part.pieces)];
      result = (pieces.length > 1 ? mergeObjects(pieces) : undefined) ?? intersection([...(core ? [core] : []), ...(allOf.length > 0 ? [intersection(allOf.map((part) => part.whole))] : [])]);
    }
    const anyOf = Array.isArray(record.anyOf) ? record.anyOf : [];
    if (anyOf.length > 0) result = union([...(result ? [result] : []), this.members(record, anyOf)].flat());
    const oneOf: unknown[] = Array.isArray(record.oneOf) ? record.oneOf : record.oneOf === undefined && record.type === 'object' && Array.isArray(record.enum) ? record.enum : [];
    if (oneOf.length > 0) {
      const members = this.members(record, oneOf);
      if (Array.isArray(members) && members.every((member) => member.node === 'primitive')) result = union([...(result ? [result] : []), ...members]);
      else result = intersection([...(result ? [result] : []), Array.isArray(members) ? union(members) : members]);
    }
    return result ?? ('type' in record ? ANY_OBJECT : UNKNOWN);
  }

  /** A `$ref`: the component's schema (walked in place where a multipart body needs its `Blob`s), or what it points into. */
  private reference(ref: unknown): ZodSchema {
    const key = schemaComponentKey(ref);
    if (key !== undefined && this.context.names.has(key)) {
      if (this.context.binaryAsBlob && !this.inlining.has(key) && this.context.holdsBinary(key)) {
        this.inlining.add(key);
        try {
          return this.schema(ownValue(this.components(), key));
        } finally {
          this.inlining.delete(key);
        }
      }
      return this.context.reference(key);
    }
    // `#/components/schemas/Name/properties/field` prints as `Name["field"]`: the property's type, `undefined` too when optional.
    if (typeof ref !== 'string') return UNKNOWN;
    const segments = fromPointer(ref);
    const target = getAtPath(this.context.document, segments);
    if (target === undefined) return UNKNOWN;
    const walked = this.schema(target);
    const parent = getAtPath(this.context.document, segments.slice(0, -2)) as Schema | undefined;
    const optional = segments.at(-2) === 'properties' && !(Array.isArray(parent?.required) && parent.required.includes(segments.at(-1)));
    return { code: optional ? method(walked.code, 'optional') : walked.code, node: 'other' };
  }

  private components(): Schema {
    return ((this.context.document.components as Schema | undefined)?.schemas ?? {}) as Schema;
  }

  /** `enum`: a union of its literals, and `null` when the type allows it. */
  private enumSchema(record: Schema): ZodSchema {
    const values = [...(record.enum as unknown[])];
    if (Array.isArray(record.type) && record.type.includes('null')) values.push(null);
    const unique = [...new Map(values.map((value) => [JSON.stringify(value) ?? 'undefined', value])).values()];
    if (unique.length === 0) return NEVER;
    // openapi-typescript makes a union of two or more values even when they are the same: never a primitive.
    if (unique.length === 1) return values.length === 1 ? constSchema(unique[0]) : { ...constSchema(unique[0]), node: 'other' };
    const primitive = (value: unknown): value is string | number | boolean | null => value === null || ['string', 'number', 'boolean'].includes(typeof value);
    if (unique.every(primitive)) {
      const strings = unique.filter((value): value is string => typeof value === 'string');
      const others = unique.filter((value) => typeof value !== 'string');
      if (strings.length === unique.length - (others.length === 1 && others[0] === null ? 1 : 0) && strings.length > 0) {
        const enumCode = zod('enum', arrayLiteral(strings.map(literal)));
        return { code: others.length === 1 ? method(enumCode, 'nullable') : enumCode, node: 'other' };
      }
      return { code: zod('literal', arrayLiteral(unique.map(literal))), node: 'other' };
    }
    return union(unique.map(constSchema));
  }

  /** The members of a `oneOf`/`anyOf`: one discriminated union when the schema's discriminator allows one, else each member. */
  private members(record: Schema, members: readonly unknown[]): ZodSchema[] | ZodSchema {
    const walked = members.map((member) => this.schema(member));
    return discriminatedUnion(record, walked) ?? walked;
  }

  /**
   * The `allOf` parts: references with the parent's `required` added (`WithRequired`), inline parts with it merged
   * in. Each part is whole, and in the pieces an object merge takes (a reference and the properties it must have).
   */
  private allOfParts(parts: readonly unknown[], required: unknown): Array<{ whole: ZodSchema; pieces: ZodSchema[] }> {
    const requiredNames = Array.isArray(required) ? required.filter((name): name is string => typeof name === 'string') : [];
    return parts.map((part) => {
      if (part === null || typeof part !== 'object' || Array.isArray(part)) {
        const walked = this.schema(part);
        return { whole: walked, pieces: [walked] };
      }
      const record = part as Schema;
      if ('$ref' in record) {
        const walked = this.schema(record);
        const resolved = typeof record.$ref === 'string' ? getAtPath(this.context.document, fromPointer(record.$ref)) : undefined;
        if (resolved !== null && typeof resolved === 'object' && 'properties' in resolved) {
          const properties = (resolved as Schema).properties as Schema | undefined;
          const present = [...new Set(requiredNames.filter((name) => Boolean(ownValue(properties, name))))];
          // Over a type that may also be something other than an object, `WithRequired` leaves those members as
          // they are, which no zod intersection does: the reference stays as it is (wider: it does not require them).
          if (present.length > 0 && objectOrNull(resolved as Schema)) return this.withRequired(walked, present, properties!, resolved as Schema);
        }
        return { whole: walked, pieces: [walked] };
      }
      let walked = this.schema({ ...record, required: [...requiredNames, ...(Array.isArray(record.required) ? record.required : [])] });
      const discriminator = (record.discriminator as { propertyName?: unknown } | undefined)?.propertyName;
      // openapi-typescript leaves the discriminator out of an inline part that declares one (`Omit<…>`).
      if (typeof discriminator === 'string' && walked.object !== undefined) {
        const properties = new Map(walked.object.properties);
        properties.delete(discriminator);
        walked = { code: method(walked.code, 'omit', objectLiteral([[discriminator, text('true')]])), node: 'other', object: { unknownKeys: walked.object.unknownKeys, properties } };
      }
      return { whole: walked, pieces: [walked] };
    });
  }

  /**
   * `WithRequired<T, K>` (see schema-type-printer.ts): `T` with the properties `K` present. A nullable `T` stays
   * nullable (`required` says nothing of null), and is then no object to merge.
   */
  private withRequired(walked: ZodSchema, names: readonly string[], properties: Schema, resolved: Schema): { whole: ZodSchema; pieces: ZodSchema[] } {
    const entries = names.map((name) => [name, this.schema(ownValue(properties, name)).code] as const);
    const present: ZodSchema = {
      code: zod('object', objectLiteral(entries)),
      node: 'other',
      object: { unknownKeys: 'strip', properties: new Map(names.map((name) => [name, { required: true, schema: ownValue(properties, name) }])), entries },
    };
    if (allowsNull(resolved)) {
      const whole = { code: zod('intersection', walked.code, method(present.code, 'nullable')), node: 'other' } as const;
      return { whole, pieces: [whole] };
    }
    return { whole: { code: zod('intersection', walked.code, present.code), node: 'other' }, pieces: [walked, present] };
  }

  /** The type keywords and the object keywords, as openapi-typescript's `transformSchemaObjectCore` reads them. */
  private core(record: Schema): ZodSchema | undefined {
    const type = record.type;
    if (type) {
      if (this.context.binaryAsBlob && isBinaryString(record)) return { code: zod('instanceof', text('Blob')), node: 'other' };
      if (type === 'null') return NULL;
      if (type === 'string') return { code: stringSchema(record), node: 'primitive' };
      if (type === 'number' || type === 'integer') return { code: numberSchema(record, type === 'integer'), node: 'primitive' };
      if (type === 'boolean') return { code: zod('boolean'), node: 'primitive' };
      if (type === 'array') return this.arraySchema(record);
      if (Array.isArray(type)) return this.typeUnion(record, type);
    }
    return this.objectSchema(record);
  }

  /** `items` (an array of one type), `prefixItems` (a tuple), with `minItems`/`maxItems`. */
  private arraySchema(record: Schema): ZodSchema {
    const prefix = Array.isArray(record.prefixItems) ? record.prefixItems : Array.isArray(record.items) ? record.items : undefined;
    let items: ZodSchema;
    if (prefix !== undefined) {
      items = { code: zod('tuple', arrayLiteral(prefix.map((item) => this.schema(item).code))), node: 'tuple' };
    } else if (record.items !== undefined && record.items !== null && record.items !== false) {
      const walked = this.schema(record.items);
      const itemsType = (record.items as Schema | undefined)?.type;
      items = itemsType === 'array' ? { code: arrayOf(walked.code, record), node: 'array' } : walked;
    } else {
      items = UNKNOWN;
    }
    // An item type that is itself an array or a tuple is taken as the array's own type (openapi-typescript does so).
    if (items.node === 'array' || items.node === 'tuple') return items;
    return { code: arrayOf(items.code, record), node: 'array' };
  }

  /** `type: [a, b]`: each type in turn with the rest of the schema; with a `oneOf`, the primitive types it repeats are left to it. */
  private typeUnion(record: Schema, types: readonly unknown[]): ZodSchema {
    const oneOf = Array.isArray(record.oneOf) ? (record.oneOf as unknown[]) : undefined;
    const members: ZodSchema[] = [];
    for (const type of types) {
      if (oneOf !== undefined) {
        const repeated = ['boolean', 'string', 'number', 'integer', 'null'].includes(type as string) && oneOf.some((member) => member !== null && typeof member === 'object' && (member as Schema).type === type);
        if (repeated) continue;
        members.push(type === 'null' || type === null ? NULL : this.schema({ ...record, type, oneOf: undefined }));
      } else {
        members.push(type === 'null' || type === null ? NULL : this.schema({ ...record, type }));
      }
    }
    return union(members);
  }

  /** Properties, `additionalProperties`, `patternProperties` and `$defs`; undefined when the schema has none of them. */
  private objectSchema(record: Schema): ZodSchema | undefined {
    const properties = record.properties !== null && typeof record.properties === 'object' ? (record.properties as Schema) : {};
    const additional = record.additionalProperties;
    const patterns = record.patternProperties;
    const defs = record.$defs;
    const hasProperties = Object.keys(properties).length > 0;
    if (!(hasProperties || additional || patterns || defs)) return undefined;
    const required = new Set(Array.isArray(record.required) ? record.required : []);
    const shape: Array<readonly [string, ZodCode]> = [];
    const declared = new Map<string, { required: boolean; schema: unknown }>();
    for (const [name, property] of Object.entries(properties)) {
      const walked = this.schema(property);
      shape.push([name, required.has(name) ? walked.code : method(walked.code, 'optional')]);
      declared.set(name, { required: required.has(name), schema: property });
    }
    if (defs !== null && typeof defs === 'object' && Object.keys(defs).length > 0) {
      shape.push(['$defs', zod('object', objectLiteral(Object.entries(defs).map(([name, def]) => [name, this.schema(def).code])))]);
      declared.set('$defs', { required: true, schema: defs });
    }
    const index: ZodSchema[] = [];
    const implicit = additional === true || (additional !== null && typeof additional === 'object' && Object.keys(additional).length === 0);
    if (additional !== null && typeof additional === 'object' && Object.keys(additional).length > 0) index.push(this.schema(additional));
    if (implicit) index.push(UNKNOWN);
    if (patterns !== null && typeof patterns === 'object') for (const pattern of Object.values(patterns)) index.push(this.schema(pattern));
    if (index.length === 0) {
      if (shape.length === 0) return undefined;
      const unknownKeys = additional === false ? 'strict' : 'strip';
      return { code: zod(unknownKeys === 'strict' ? 'strictObject' : 'object', objectLiteral(shape)), node: 'other', object: { unknownKeys, properties: declared, entries: shape } };
    }
    const values = union(index);
    if (shape.length === 0) return { code: zod('record', zod('string'), values.code), node: 'other' };
    if (implicit && index.length === 1) return { code: zod('looseObject', objectLiteral(shape)), node: 'other', object: { unknownKeys: 'loose', properties: declared, entries: shape } };
    return { code: method(zod('object', objectLiteral(shape)), 'catchall', values.code), node: 'other', object: { unknownKeys: 'catchall', properties: declared } };
  }
}


/** `z.array(items)` with the schema's item counts. */
function arrayOf(items: ZodCode, record: Schema): ZodCode {
  let code = zod('array', items);
  if (typeof record.minItems === 'number' && record.minItems > 0) code = method(code, 'min', literal(record.minItems));
  if (typeof record.maxItems === 'number' && record.maxItems >= 0) code = method(code, 'max', literal(record.maxItems));
  return code;
}

/** A string: its format's check, lengths, and the pattern where it is safe to run (see zod-string-pattern.ts). */
function stringSchema(record: Schema): ZodCode {
  let code = stringFormatSchema(record.format) ?? zod('string');
  if (typeof record.minLength === 'number' && record.minLength > 0) code = method(code, 'min', literal(record.minLength));
  if (typeof record.maxLength === 'number' && record.maxLength >= 0) code = method(code, 'max', literal(record.maxLength));
  const pattern = typeof record.pattern === 'string' ? stringPatternCheck(record.pattern) : undefined;
  if (pattern !== undefined) code = method(code, 'regex', pattern);
  return code;
}

/**
 * A number: an integer is a multiple of 1 (not `z.int()`, which refuses integers past 2^53, such as the 64-bit IDs
 * JSON.parse has already rounded), with the ranges (OpenAPI 3.0's boolean `exclusiveMinimum` too) and `multipleOf`.
 */
function numberSchema(record: Schema, integer: boolean): ZodCode {
  let code = zod('number');
  if (integer) code = method(code, 'multipleOf', literal(1));
  const { minimum, maximum, exclusiveMinimum, exclusiveMaximum, multipleOf } = record;
  if (typeof exclusiveMinimum === 'number') code = method(code, 'gt', literal(exclusiveMinimum));
  if (typeof minimum === 'number') code = method(code, exclusiveMinimum === true ? 'gt' : 'min', literal(minimum));
  if (typeof exclusiveMaximum === 'number') code = method(code, 'lt', literal(exclusiveMaximum));
  if (typeof maximum === 'number') code = method(code, exclusiveMaximum === true ? 'lt' : 'max', literal(maximum));
  if (typeof multipleOf === 'number' && multipleOf > 0 && !(integer && multipleOf === 1)) code = method(code, 'multipleOf', literal(multipleOf));
  return code;
}

/** The schema of one JSON value (`const`, an `enum` member): a literal, or an object or tuple of literals. */
function constSchema(value: unknown): ZodSchema {
  if (value === null) return NULL;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return { code: zod('literal', literal(value)), node: 'other' };
  if (Array.isArray(value)) {
    if (value.length === 0) return { code: zod('array', zod('never')), node: 'array' };
    return { code: zod('tuple', arrayLiteral(value.map((item) => constSchema(item).code))), node: 'tuple' };
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value as Schema);
    if (entries.length === 0) return { code: zod('record', zod('string'), zod('never')), node: 'other' };
    const shape = entries.map(([key, item]) => [key, constSchema(item).code] as const);
    return { code: zod('strictObject', objectLiteral(shape)), node: 'other', object: { unknownKeys: 'strict', properties: new Map(entries.map(([key, item]) => [key, { required: true, schema: { const: item } }])), entries: shape } };
  }
  return UNKNOWN;
}

/** `A & B & …` as nested `z.intersection`s; one part is itself, none is `never` (as openapi-typescript's `tsIntersection`). */
function intersection(parts: readonly ZodSchema[]): ZodSchema {
  if (parts.length === 0) return NEVER;
  if (parts.length === 1) return parts[0]!;
  const code = parts.slice(0, -1).reduceRight<ZodCode>((right, left) => zod('intersection', left.code, right), parts.at(-1)!.code);
  return { code, node: 'other' };
}

/** `A | B | …`; `A | null` is `A.nullable()`; one member is itself, none is `never` (as openapi-typescript's `tsUnion`). */
function union(members: readonly ZodSchema[]): ZodSchema {
  if (members.length === 0) return NEVER;
  if (members.length === 1) return members[0]!;
  const nonNull = members.filter((member) => member !== NULL);
  if (members.length === 2 && nonNull.length === 1) return { code: method(nonNull[0]!.code, 'nullable'), node: 'other' };
  return { code: zod('union', arrayLiteral(members.map((member) => member.code))), node: 'other' };
}

/** Whether a schema's type is an object type, or that or `null`: no union, composition, enum or other type beside. */
function objectOrNull(schema: Schema): boolean {
  const types = schema.type === undefined ? ['object'] : [schema.type].flat();
  const combined = ['anyOf', 'oneOf', 'allOf', 'enum', 'const', '$ref'].some((keyword) => keyword in schema);
  return !combined && types.length > 0 && types.every((type) => type === 'object' || type === 'null') && types.includes('object');
}

/** Whether a schema's type allows `null`. */
function allowsNull(schema: Schema): boolean {
  return [schema.type].flat().includes('null');
}
