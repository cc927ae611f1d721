/**
 * `z.discriminatedUnion` for a `oneOf`/`anyOf` with a discriminator, where zod can take one: every member an object
 * schema whose discriminator property is a required literal, no two members sharing a value. A member that
 * applyDiscriminators narrowed (`allOf: [{ $ref: Cat }, { properties: { kind: { const: cat } } }]`, typed
 * `Cat & { kind: "cat" }`) is one object once its parts merge (`CatSchema.extend({ kind: z.literal("cat") })`, see
 * zod-object-merge.ts). Otherwise the members stay a `z.union`, which accepts the same values.
 * @see https://spec.openapis.org/oas/v3.1.0#discriminator-object
 */
import { arrayLiteral, literal, zod, type ZodCode } from './zod-code.js';
import type { ZodSchema } from './zod-schema.js';

type Schema = Readonly<Record<string, unknown>>;
type Value = string | number | boolean;

/** The discriminated union of the `walked` members of `record`'s union, or undefined when zod cannot take one. */
export function discriminatedUnion(record: Schema, walked: readonly ZodSchema[]): ZodSchema | undefined {
  const property = (record.discriminator as { propertyName?: unknown } | undefined)?.propertyName;
  if (typeof property !== 'string' || walked.length < 2) return undefined;
  const options: ZodCode[] = [];
  const taken = new Set<string>();
  for (const member of walked) {
    const declared = member.object?.properties.get(property);
    const values = declared?.required ? literalValues(declared.schema) : undefined;
    if (values === undefined) return undefined;
    for (const value of values) {
      const key = JSON.stringify(value);
      if (taken.has(key)) return undefined;
      taken.add(key);
    }
    options.push(member.code);
  }
  return { code: zod('discriminatedUnion', literal(property), arrayLiteral(options)), node: 'other' };
}

/** The values of a `const` or `enum` schema of strings, numbers and booleans (no `null`, which a discriminator cannot be). */
export function literalValues(schema: unknown): readonly Value[] | undefined {
  if (schema === null || typeof schema !== 'object' || '$ref' in schema) return undefined;
  const record = schema as Schema;
  const values = record.const !== undefined && record.const !== null ? [record.const] : Array.isArray(record.enum) && record.type !== 'object' && !('properties' in record) ? record.enum : undefined;
  if (values === undefined || values.length === 0) return undefined;
  const primitive = (value: unknown): value is Value => typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
  return values.every(primitive) ? values : undefined;
}
