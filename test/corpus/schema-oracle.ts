/**
 * The type oracle: openapi-typescript's type for each named schema of a spec, set beside ours. For every component
 * schema, a type alias computes whether the two are mutually assignable; the corpus test evaluates the aliases with
 * the TypeScript checker. Differences are allowed only for the reasons in ALLOWED_DIFFERENCES, each detected from
 * the spec (in the schema or in any schema it refers to), never listed by name.
 */
import openapiTS, { astToString } from 'openapi-typescript';
import { pathToFileURL } from 'node:url';
import { schemaComponentKey } from '../../generator/load/json-pointer.js';
import { TYPES } from '../../generator/load/schema-keywords.js';
import { breakEagerCycles } from '../../generator/model/break-eager-cycles.js';
import { normalizeDocument } from '../../generator/model/normalize-document.js';
import type { ApiModel } from '../../generator/model/types.js';

/**
 * Why our type may deliberately differ from openapi-typescript's, by the reason's key. Every reason but `read-write`
 * only ever makes our type wider (it accepts every value theirs does, and more); only `read-write` makes it narrower,
 * since a response never carries writeOnly properties.
 */
export const ALLOWED_DIFFERENCES = {
  'read-write': 'readOnly/writeOnly: our `Name` is what responses carry (no writeOnly properties); openapi-typescript keeps every property in one type',
  'discriminator-member':
    "discriminated members: openapi-typescript writes the mapped value (or the member's name), as a string, over the member's discriminator property, even where the member's own enum, const, integer or boolean type says otherwise; we keep the member as the spec writes it and narrow the union instead",
  'nullable-ref': '`nullable: true` beside `$ref` (OpenAPI 3.0): we allow null; openapi-typescript ignores the sibling',
  'eager-cycle': 'a reference cycle through unions or intersections, which TypeScript cannot express: we widen the closing reference to `unknown`; openapi-typescript emits a type that fails to compile (TS2456) and reads as `any`',
  'unknown-type': 'a `type` name JSON Schema does not know (`file`): we read it as no constraint',
  'root-defs': "a reference into the document's top-level `$defs` (JSON Schema style): openapi-typescript types it as `never`; we resolve it",
} as const;

export type DifferenceReason = keyof typeof ALLOWED_DIFFERENCES;

/** The verdicts each reason can explain. */
const ALLOWED_VERDICTS: Readonly<Record<DifferenceReason, readonly string[]>> = {
  'read-write': ['theirs-wider', 'different', 'ours-wider'],
  // openapi-typescript writes the mapping key as a string even over an integer or boolean property: neither side wider.
  'discriminator-member': ['ours-wider', 'different'],
  'nullable-ref': ['ours-wider'],
  'eager-cycle': ['ours-wider'],
  'unknown-type': ['ours-wider'],
  'root-defs': ['ours-wider'],
};

/** True when one of the check's reasons explains `verdict`. */
export function explains(check: OracleCheck, verdict: string): boolean {
  return verdict === 'same' || check.reasons.some((reason) => ALLOWED_VERDICTS[reason].includes(verdict));
}

/** One comparison: our type name, the component key, and the alias that holds the verdict. */
export interface OracleCheck {
  readonly alias: string;
  readonly name: string;
  readonly key: string;
  /** Reasons found in the schema or anything it refers to; empty when the two types must agree. */
  readonly reasons: readonly DifferenceReason[];
}

/** `same` when mutually assignable; otherwise which side accepts more (or neither). */
export const COMPARE_TYPE = `type Compare<Ours, Theirs> = [Theirs] extends [Ours]
  ? [Ours] extends [Theirs] ? 'same' : 'ours-wider'
  : [Ours] extends [Theirs] ? 'theirs-wider' : 'different';`;

/** openapi-typescript's types for `file`, with its options set to our documented choices where it has an option. */
export async function oracleTypes(file: string): Promise<string> {
  const ast = await openapiTS(pathToFileURL(file), { silent: true, defaultNonNullable: false, emptyObjectsUnknown: true });
  return astToString(ast);
}

/**
 * The comparison module for one client: one alias per component schema the spec's own file declares (schemas our
 * bundler moved in from other files are named differently by openapi-typescript), and the checks to evaluate.
 * `bundled` is the document after bundling, where the reasons are looked for.
 */
export function oracleComparison(model: ApiModel, bundled: Readonly<Record<string, unknown>>, declared: unknown): { text: string; checks: OracleCheck[] } {
  const reasons = differenceReasons(bundled, declared);
  const components = ((declared as { components?: { schemas?: unknown } } | null)?.components?.schemas ?? {}) as Record<string, unknown>;
  const checks: OracleCheck[] = model.schemas
    .filter((schema) => !schema.hoisted && Object.prototype.hasOwnProperty.call(components, schema.key))
    .map((schema, index) => ({ alias: `Check${index}`, name: schema.name, key: schema.key, reasons: [...(reasons.get(schema.key) ?? [])].sort() }));
  const lines = [
    "import type * as ours from './schemas.js';",
    "import type { components } from './oracle.js';",
    COMPARE_TYPE,
    ...checks.map((check) => `export type ${check.alias} = Compare<ours.${check.name}, components['schemas'][${JSON.stringify(check.key)}]>;`),
  ];
  return { text: `${lines.join('\n')}\n`, checks };
}

/** The reasons that apply to each component schema, directly or through the schemas it refers to. */
function differenceReasons(raw: Readonly<Record<string, unknown>>, declared: unknown): Map<string, Set<DifferenceReason>> {
  const schemas = ((raw.components as Record<string, unknown> | undefined)?.schemas ?? {}) as Record<string, unknown>;
  const direct = new Map<string, Set<DifferenceReason>>();
  const add = (key: string, reason: DifferenceReason) => direct.set(key, (direct.get(key) ?? new Set()).add(reason));
  const references = new Map<string, Set<string>>();
  const discriminatedBases = new Set<string>();
  for (const [key, schema] of Object.entries(schemas)) {
    const refs = new Set<string>();
    walk(schema, (node) => {
      const target = schemaComponentKey(node.$ref);
      if (target !== undefined) refs.add(target);
      if (node.readOnly === true || node.writeOnly === true) add(key, 'read-write');
      if (node.$ref !== undefined && node.nullable === true) add(key, 'nullable-ref');
      if (node.type !== undefined && [node.type].flat().some((type) => typeof type === 'string' && !TYPES.has(type))) add(key, 'unknown-type');
      const discriminator = node.discriminator as { mapping?: Record<string, unknown> } | undefined;
      if (discriminator !== undefined) {
        if (node === schema) discriminatedBases.add(key);
        for (const member of [...((node.oneOf as unknown[]) ?? []), ...((node.anyOf as unknown[]) ?? [])]) {
          const memberKey = schemaComponentKey((member as { $ref?: unknown } | null)?.$ref);
          if (memberKey !== undefined) add(memberKey, 'discriminator-member');
        }
        for (const target of Object.values(discriminator.mapping ?? {})) {
          const mapped = typeof target === 'string' ? schemaComponentKey(target.startsWith('#') ? target : `#/components/schemas/${target}`) : undefined;
          if (mapped !== undefined) add(mapped, 'discriminator-member');
        }
      }
    });
    references.set(key, refs);
  }
  // References into the top-level `$defs` are rewritten by our bundler: look for them as the file wrote them.
  const declaredSchemas = ((declared as { components?: { schemas?: unknown } } | null)?.components?.schemas ?? {}) as Record<string, unknown>;
  for (const [key, schema] of Object.entries(declaredSchemas)) {
    walk(schema, (node) => {
      if (typeof node.$ref === 'string' && node.$ref.startsWith('#/$defs/')) add(key, 'root-defs');
    });
  }
  // Children that extend a discriminated base through allOf are patched by openapi-typescript too.
  for (const [key, schema] of Object.entries(schemas)) {
    const parts = (schema as { allOf?: unknown } | null)?.allOf;
    if (Array.isArray(parts) && parts.some((part) => discriminatedBases.has(schemaComponentKey((part as { $ref?: unknown } | null)?.$ref) ?? ''))) add(key, 'discriminator-member');
  }
  const normalized = normalizeDocument(raw);
  const cut = breakEagerCycles(structuredClone(((normalized.components as Record<string, unknown> | undefined)?.schemas ?? {}) as Record<string, unknown>));
  for (const key of cut) add(key, 'eager-cycle');
  // A difference in a referenced schema shows in every schema that refers to it.
  const all = new Map<string, Set<DifferenceReason>>();
  for (const key of Object.keys(schemas)) {
    const found = new Set<DifferenceReason>();
    const seen = new Set([key]);
    const queue = [key];
    for (let next = 0; next < queue.length; next++) {
      for (const reason of direct.get(queue[next]!) ?? []) found.add(reason);
      for (const target of references.get(queue[next]!) ?? []) {
        if (!seen.has(target)) {
          seen.add(target);
          queue.push(target);
        }
      }
    }
    all.set(key, found);
  }
  return all;
}

/** Visits every object under `value` (examples and extensions excepted), without recursion. */
function walk(value: unknown, visit: (node: Record<string, unknown>) => void): void {
  const stack = [value];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null || typeof node !== 'object') continue;
    if (!Array.isArray(node)) visit(node as Record<string, unknown>);
    for (const [key, child] of Object.entries(node)) if (key !== 'example' && key !== 'examples' && key !== 'enum' && key !== 'const' && key !== 'default' && !key.startsWith('x-')) stack.push(child);
  }
}
