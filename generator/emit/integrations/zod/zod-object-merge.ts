/**
 * `allOf` parts that are all objects, as one zod object: `BaseSchema.extend({ radius: z.number() })` instead of
 * `z.intersection(BaseSchema, z.object({ radius: z.number() }))`. One object can be a member of a discriminated
 * union and be extended again, and a strict part does not refuse the properties the other parts add (an
 * intersection of a strict object would refuse every value that has them). `.extend` replaces a property the
 * intersection would intersect, so parts are merged only where that gives the same type: a property two parts
 * share is the same schema in both (the later one at least as required), or the later one narrows it to literals
 * (the discriminator values applyDiscriminators adds). Only the first part may keep unknown properties.
 */
import { method, objectLiteral, zod, type ZodCode } from './zod-code.js';
import { literalValues } from './zod-discriminated-union.js';
import type { ObjectInfo, ZodSchema } from './zod-schema.js';

type Property = { readonly required: boolean; readonly schema: unknown };

/** The parts as one object schema, or undefined when they do not merge. */
export function mergeObjects(parts: readonly ZodSchema[]): ZodSchema | undefined {
  const objects = parts.map((part) => part.object);
  if (!objects.every((object): object is ObjectInfo => object !== undefined)) return undefined;
  const [first, ...rest] = objects as [ObjectInfo, ...ObjectInfo[]];
  if (rest.some((object) => object.unknownKeys === 'loose' || object.unknownKeys === 'catchall')) return undefined;
  const properties = new Map(first.properties);
  // The shape written so far (while every part is written here), or the schema extended so far.
  let entries: Array<readonly [string, ZodCode]> | undefined = first.entries ? [...first.entries] : undefined;
  let base: ZodCode | undefined = entries === undefined ? parts[0]!.code : undefined;
  let pending: Array<readonly [string, ZodCode]> = [];
  const flush = (): ZodCode => {
    let code = base ?? zod(CONSTRUCTORS[first.unknownKeys], objectLiteral(entries!));
    if (pending.length > 0) code = method(code, 'extend', objectLiteral(pending));
    entries = undefined;
    pending = [];
    return code;
  };
  for (const [index, object] of rest.entries()) {
    const inline = object.entries !== undefined ? new Map(object.entries) : undefined;
    for (const [name, property] of object.properties) {
      const before = properties.get(name);
      const verdict = before === undefined ? 'take' : merged(before, property);
      if (verdict === 'conflict' || (verdict === 'keep' && inline === undefined)) return undefined;
      if (verdict === 'keep') continue;
      properties.set(name, property);
      if (inline === undefined) continue;
      const entry = [name, inline.get(name)!] as const;
      const target = base === undefined ? entries! : pending;
      const at = target.findIndex(([key]) => key === name);
      if (at === -1) target.push(entry);
      else target[at] = entry;
    }
    if (inline === undefined) base = method(flush(), 'extend', { kind: 'member', object: parts[index + 1]!.code, name: 'shape' });
  }
  const code = base === undefined ? zod(CONSTRUCTORS[first.unknownKeys], objectLiteral(entries!)) : flush();
  return { code, node: 'other', object: { unknownKeys: first.unknownKeys, properties, ...(base === undefined ? { entries: entries! } : {}) } };
}

const CONSTRUCTORS = { strip: 'object', strict: 'strictObject', loose: 'looseObject', catchall: 'object' } as const;

/**
 * How a later part's property meets an earlier one's: `take` the later one (it gives the intersection's type),
 * `keep` the earlier (the same schema, which the earlier part requires and the later does not), or a `conflict`.
 */
function merged(before: Property, after: Property): 'take' | 'keep' | 'conflict' {
  const same = JSON.stringify(before.schema) === JSON.stringify(after.schema);
  if (same) return after.required || !before.required ? 'take' : 'keep';
  return (after.required || !before.required) && narrows(after.schema, before.schema) ? 'take' : 'conflict';
}

/** True when `later` is literals that `earlier` allows, so `earlier & later` is `later`. */
function narrows(later: unknown, earlier: unknown): boolean {
  const values = literalValues(later);
  if (values === undefined || earlier === null || typeof earlier !== 'object') return false;
  const record = earlier as Readonly<Record<string, unknown>>;
  if ('$ref' in record || 'allOf' in record || 'anyOf' in record || 'oneOf' in record || 'not' in record) return false;
  if (record.const !== undefined || Array.isArray(record.enum)) {
    const allowed = new Set((record.const !== undefined ? [record.const] : (record.enum as unknown[])).map((value) => JSON.stringify(value)));
    return values.every((value) => allowed.has(JSON.stringify(value)));
  }
  // No type: the earlier schema is `unknown` unless it shapes an object or an array (which no literal is).
  if (record.type === undefined) return !['properties', 'additionalProperties', 'patternProperties', 'items', 'prefixItems', '$defs'].some((keyword) => keyword in record);
  const types = [record.type].flat();
  return values.every(
    (value) =>
      (typeof value === 'string' && types.includes('string')) ||
      (typeof value === 'boolean' && types.includes('boolean')) ||
      (typeof value === 'number' && (types.includes('number') || (types.includes('integer') && Number.isInteger(value)))),
  );
}
