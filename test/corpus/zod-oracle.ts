/**
 * The zod oracle: for every named schema of a client, and every operation's params and response, a type alias
 * computes whether `z.infer` of the zod.ts schema and the client's own type are mutually assignable; the corpus test
 * evaluates the aliases with the TypeScript checker. Differences are allowed only for the reasons in
 * ALLOWED_ZOD_DIFFERENCES, each detected from the spec (in the schema or in any schema it refers to).
 */
import { schemaComponentKey } from '../../generator/load/json-pointer.js';
import { isDataKey } from '../../generator/load/data-keys.js';
import { schemaConstName, ZOD_IMPORT } from '../../generator/emit/integrations/zod/emit-zod-file.js';
import type { ApiModel, JsonSchema, OperationModel } from '../../generator/model/types.js';
import { COMPARE_TYPE } from './schema-oracle.js';

/** Why a zod schema's `z.infer` may differ from the client's type, by the reason's key. */
export const ALLOWED_ZOD_DIFFERENCES = {
  'omitted-discriminator':
    "an inline allOf part that declares a discriminator: openapi-typescript types it as `Omit<Union, 'kind'>`, which for a union keeps only the members' common properties (a type wider than the spec, which requires one member); zod has no such Omit of a union, and zod.ts checks the union the spec describes",
  'required-beside-union':
    "allOf with a reference and `required` naming its properties, where the referenced schema is also something other than an object (a union with a string, say): our `WithRequired<T, …>` requires them of T's object members only, which no zod intersection can say; zod.ts leaves them optional there, so it accepts everything the type allows and more",
} as const;

export type ZodDifferenceReason = keyof typeof ALLOWED_ZOD_DIFFERENCES;

/** The verdicts each reason can explain. */
const ALLOWED_VERDICTS: Readonly<Record<ZodDifferenceReason, readonly string[]>> = {
  // Omit of a union is wider than the union; beside other parts, the two can also each allow what the other does not.
  'omitted-discriminator': ['ours-wider', 'different'],
  'required-beside-union': ['theirs-wider'],
};

/** One comparison: what is compared (a schema type, or an operation's params or response), the alias holding the verdict, and the reasons found. */
export interface ZodCheck {
  readonly alias: string;
  /** The client's type, such as `Pet` or `GetPetParams`. */
  readonly type: string;
  readonly reasons: readonly ZodDifferenceReason[];
}

/** The documented reasons of `check` that explain `verdict` (none when nothing does). */
export function zodDifferences(check: ZodCheck, verdict: string): ZodDifferenceReason[] {
  return check.reasons.filter((reason) => ALLOWED_VERDICTS[reason].includes(verdict));
}

/** How many checks a spec keeps in a sampled run: all up to SAMPLE_MINIMUM, else one in SAMPLE_FRACTION (at least SAMPLE_MINIMUM). */
export const SAMPLE_MINIMUM = 20;
export const SAMPLE_FRACTION = 8;

/**
 * The comparison module for one client (written beside its zod.ts), and the checks to evaluate. With `seed`, a
 * large client keeps a fixed-seed sample of its checks (tsc's inference of every z.infer costs more than the rest
 * of the corpus compile); without, every check.
 */
export function zodComparison(model: ApiModel, seed?: number): { text: string; checks: ZodCheck[]; schemas: number } {
  const reasonsOf = differenceReasons(model);
  const candidates: Array<{ type: string; ours: string; schema: string; reasons: () => ZodDifferenceReason[] }> = [];
  for (const schema of model.schemas) candidates.push({ type: schema.name, ours: `ours.${schema.name}`, schema: schemaConstName(schema.name), reasons: () => reasonsOf([schema.schema]) });
  for (const operation of model.operations) {
    candidates.push({ type: `${operation.typeName}Params`, ours: `operations.${operation.typeName}Params`, schema: `${operation.name}ParamsSchema`, reasons: () => reasonsOf(paramsSchemas(operation, model)) });
    candidates.push({ type: `${operation.typeName}Response`, ours: `operations.${operation.typeName}Response`, schema: `${operation.name}ResponseSchema`, reasons: () => reasonsOf(responseSchemas(operation, model)) });
  }
  const kept = seed === undefined ? candidates : sample(candidates, Math.max(SAMPLE_MINIMUM, Math.ceil(candidates.length / SAMPLE_FRACTION)), seed);
  const checks: ZodCheck[] = [];
  const lines = [
    `import type * as z from "${ZOD_IMPORT}";`,
    "import type * as zs from './zod.js';",
    ...(kept.some((candidate) => candidate.ours.startsWith('ours.')) ? ["import type * as ours from './schemas.js';"] : []),
    ...(kept.some((candidate) => candidate.ours.startsWith('operations.')) ? ["import type * as operations from './operations.js';"] : []),
    COMPARE_TYPE,
  ];
  for (const candidate of kept) {
    const alias = `Check${checks.length}`;
    checks.push({ alias, type: candidate.type, reasons: candidate.reasons() });
    lines.push(`export type ${alias} = Compare<${candidate.ours}, z.infer<typeof zs.${candidate.schema}>>;`);
  }
  return { text: `${lines.join('\n')}\n`, checks, schemas: candidates.length };
}

/** `count` of `items` chosen by a seeded shuffle (mulberry32), in their order; all of them when there are no more. */
function sample<T>(items: readonly T[], count: number, seed: number): T[] {
  if (items.length <= count) return [...items];
  let state = seed >>> 0;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const indices = items.map((_, index) => index);
  for (let i = indices.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [indices[i], indices[j]] = [indices[j]!, indices[i]!];
  }
  return indices
    .slice(0, count)
    .sort((a, b) => a - b)
    .map((index) => items[index]!);
}

/** The schemas of an operation's parameters and body, as the printer finds them. */
function paramsSchemas(operation: OperationModel, model: ApiModel): unknown[] {
  const bodies = (operation.requestBody?.contents ?? []).map((media) => at(model, ['paths', operation.path, operation.method, 'requestBody', 'content', media.mediaType, 'schema']) ?? media.schema);
  return [...operation.parameters.map((parameter) => parameter.schema), ...bodies];
}

/** The schemas of an operation's success bodies (streamed items included). */
function responseSchemas(operation: OperationModel, model: ApiModel): unknown[] {
  return operation.successResponses.flatMap((response) =>
    response.contents.flatMap((media) => [at(model, ['paths', operation.path, operation.method, 'responses', statusOf(response.status), 'content', media.mediaType, 'schema']) ?? media.schema, media.itemSchema]),
  );
}

function statusOf(status: OperationModel['successResponses'][number]['status']): string {
  return status.kind === 'status-code' ? String(status.code) : status.kind === 'status-range' ? `${status.range}XX` : 'default';
}

function at(model: ApiModel, segments: readonly string[]): unknown {
  let node: unknown = model.document;
  for (const segment of segments) node = node !== null && typeof node === 'object' && Object.prototype.hasOwnProperty.call(node, segment) ? (node as Record<string, unknown>)[segment] : undefined;
  return node;
}

/** For a set of schemas, the reasons found in them or in any component they refer to, directly or not. */
function differenceReasons(model: ApiModel): (schemas: readonly unknown[]) => ZodDifferenceReason[] {
  const components = ((model.document.components as Record<string, unknown> | undefined)?.schemas ?? {}) as Record<string, unknown>;
  const direct = new Map<string, { reasons: Set<ZodDifferenceReason>; references: Set<string> }>();
  const scan = (schema: unknown) => {
    const found = { reasons: new Set<ZodDifferenceReason>(), references: new Set<string>() };
    walk(schema, (node) => {
      const target = schemaComponentKey(node.$ref);
      if (target !== undefined) found.references.add(target);
      const parts = node.allOf;
      if (Array.isArray(parts) && parts.some((part) => part !== null && typeof part === 'object' && !('$ref' in part) && 'discriminator' in part)) found.reasons.add('omitted-discriminator');
      if (Array.isArray(parts) && Array.isArray(node.required)) {
        for (const part of parts) {
          const key = schemaComponentKey((part as { $ref?: unknown } | null)?.$ref);
          const target = key === undefined ? undefined : (components[key] as Record<string, unknown> | undefined);
          const names = Object.keys((target?.properties ?? {}) as object);
          const notOnlyAnObject = target !== undefined && (['anyOf', 'oneOf', 'allOf', 'enum', 'const', '$ref'].some((keyword) => keyword in target) || [target.type ?? 'object'].flat().some((type) => type !== 'object' && type !== 'null'));
          if (notOnlyAnObject && node.required.some((name) => names.includes(name as string))) found.reasons.add('required-beside-union');
        }
      }
    });
    return found;
  };
  const ofComponent = (key: string) => {
    let found = direct.get(key);
    if (found === undefined) direct.set(key, (found = scan(components[key])));
    return found;
  };
  return (schemas) => {
    const reasons = new Set<ZodDifferenceReason>();
    const queue: string[] = [];
    const seen = new Set<string>();
    const visit = (found: { reasons: Set<ZodDifferenceReason>; references: Set<string> }) => {
      for (const reason of found.reasons) reasons.add(reason);
      for (const key of found.references) if (!seen.has(key)) (seen.add(key), queue.push(key));
    };
    for (const schema of schemas) visit(scan(schema as JsonSchema));
    for (let next = 0; next < queue.length; next++) visit(ofComponent(queue[next]!));
    return [...reasons].sort();
  };
}

/** Visits every schema object under `value` (examples, enums, constants, defaults and extensions aside), without recursion. */
function walk(value: unknown, visit: (node: Record<string, unknown>) => void): void {
  const stack: Array<{ value: unknown; names: boolean }> = [{ value, names: false }];
  while (stack.length > 0) {
    const { value: node, names } = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    if (!Array.isArray(node) && !names) visit(node as Record<string, unknown>);
    for (const [key, child] of Object.entries(node)) {
      if (!names && !Array.isArray(node) && isDataKey(key, true)) continue;
      stack.push({ value: child, names: !names && !Array.isArray(node) && (key === 'properties' || key === 'patternProperties' || key === '$defs') });
    }
  }
}

