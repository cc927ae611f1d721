/**
 * zod.ts against the mock server: for a fixed-seed sample of an API's operations, every documented JSON success
 * answer the mock builds (answerWith, as the server does for `Prefer: code=<status>`) must pass
 * `{op}ResponseSchema`, and copies of those answers mutated where the spec constrains them (a value of the wrong
 * type, a required property missing, a value outside an enum or const) must be refused by it. The spec's verdict
 * comes from the mock's own validator (check-value.ts), an implementation independent of zod.ts.
 */
import fc from 'fast-check';
import { answerWith } from '../../generator/mock/build-answer.js';
import { checkValue } from '../../generator/mock/check-value.js';
import { responseStream } from '../../generator/model/response-stream.js';
import type { ApiModel, JsonSchema, ResponseModel } from '../../generator/model/types.js';

/** What one API's zod.ts did with the mock's answers. */
export interface ZodMockFigures {
  /** `{op}ResponseSchema`s checked: operations of the sample with a JSON success. */
  schemas: number;
  /** Answers built, and those the schema accepted. */
  answers: number;
  accepted: number;
  /** Answers the spec itself refuses (synthesis capped a size, or met a pattern it cannot satisfy): not asked of zod. */
  offSpec: number;
  /** Mutations made, those the spec refuses by type, required, enum or const at the mutated place, and those zod refused. */
  mutations: number;
  specRefused: number;
  zodRefused: number;
  /**
   * Of those, mutations zod.ts accepted where the client's type leaves the place open, which z.infer (checked to
   * equal that type) cannot close: inside a place zod.ts takes any value at (the type is `unknown` there, as
   * openapi-typescript reads `properties` beside `anyOf: [{ required: [a] }, …]`), or a required name that
   * `properties` does not declare (the type has no such property; zod.ts drops it from what it returns).
   */
  open: number;
  /** Answers the spec allows that zod refused, and mutations the spec refuses that zod accepted: each a failure. */
  failures: string[];
}

/** The part of a zod schema the check uses. */
interface ParseSchema {
  safeParse(value: unknown): { success: boolean; error?: { issues: ReadonlyArray<{ path: readonly PropertyKey[]; message: string }> } };
}

/** One valid answer: which schema checks it, its JSON schema, and whether another success of the operation takes a value. */
interface Answer {
  readonly label: string;
  readonly zod: ParseSchema;
  readonly schema: JsonSchema | undefined;
  readonly otherSuccessTakes: (value: unknown) => boolean;
  readonly value: unknown;
  readonly nodes: readonly Node[];
}

/** A place in a value: its path as check-value.ts writes it, the segments to reach it, and what is there. */
interface Node {
  readonly path: string;
  readonly segments: ReadonlyArray<string | number>;
  readonly value: unknown;
}

/** The mutation kinds, each with the rules of check-value.ts that count as the spec refusing it there. */
const MUTATIONS = {
  'wrong type': ['type'],
  'missing required property': ['required'],
  'outside enum': ['enum', 'const'],
} as const;
type Mutation = keyof typeof MUTATIONS;

/** Places of a value looked at, at most: a mock answer may be 64 KB of JSON. */
const MAX_NODES = 2000;

export interface ZodMockOptions {
  /** How many operations to check (a seeded sample); all when undefined. */
  readonly operations?: number;
  /** Mutations tried per API. */
  readonly mutations: number;
  readonly seed: number;
}

/** Checks `zodModule` (the API's zod.ts, imported) against the mock's answers for `model`. */
export function checkZodAgainstMock(model: ApiModel, zodModule: Readonly<Record<string, unknown>>, options: ZodMockOptions): ZodMockFigures {
  const figures: ZodMockFigures = { schemas: 0, answers: 0, accepted: 0, offSpec: 0, mutations: 0, specRefused: 0, zodRefused: 0, open: 0, failures: [] };
  const document = model.document;
  const candidates = model.operations.filter((operation) => operation.successResponses.some((response) => jsonMedia(response) !== undefined));
  const sampled =
    options.operations === undefined || candidates.length <= options.operations
      ? candidates
      : fc.sample(fc.shuffledSubarray(candidates, { minLength: options.operations, maxLength: options.operations }), { seed: options.seed, numRuns: 1 })[0]!;
  const valid: Answer[] = [];
  for (const operation of sampled) {
    const zod = zodModule[`${operation.name}ResponseSchema`] as ParseSchema | undefined;
    if (zod === undefined) {
      figures.failures.push(`${operation.name}: zod.ts has no ${operation.name}ResponseSchema`);
      continue;
    }
    figures.schemas++;
    for (const response of operation.successResponses) {
      const media = jsonMedia(response);
      if (media === undefined) continue;
      const status = response.status.kind === 'status-code' ? response.status.code : response.status.kind === 'status-range' ? response.status.range * 100 : 200;
      const answer = answerWith(operation, response, status, {}, document, '1', { method: operation.method.toUpperCase(), url: operation.path, headers: {}, body: new Uint8Array() });
      if (typeof answer.body !== 'string') continue;
      figures.answers++;
      const value = JSON.parse(answer.body) as unknown;
      const label = `${operation.name} ${status}`;
      if (checkValue(media.schema, value, document) !== undefined) {
        figures.offSpec++;
        continue;
      }
      const parsed = zod.safeParse(value);
      if (!parsed.success) {
        figures.failures.push(`${label}: refuses the mock's answer (${issuesOf(parsed)}): ${clip(answer.body)}`);
        continue;
      }
      figures.accepted++;
      const others = operation.successResponses.filter((other) => other !== response);
      valid.push({ label, zod, schema: media.schema, value, nodes: nodesOf(value), otherSuccessTakes: (candidate) => others.some((other) => successTakes(other, candidate, document)) });
    }
  }
  if (valid.length === 0) return figures;
  fc.assert(
    fc.property(fc.nat(), fc.nat(), fc.nat(), fc.constantFrom(...(Object.keys(MUTATIONS) as Mutation[])), (which, where, how, kind) => {
      const answer = valid[which % valid.length]!;
      const node = answer.nodes[where % answer.nodes.length]!;
      const mutated = mutate(answer.value, node, kind, how);
      if (mutated === undefined) return;
      figures.mutations++;
      const problem = checkValue(answer.schema, mutated.value, document);
      if (problem === undefined || !(MUTATIONS[kind] as readonly string[]).includes(problem.rule) || problem.path !== mutated.path) return;
      // `{op}ResponseSchema` takes the data of any success: a value another success documents is no mutation of it.
      if (answer.otherSuccessTakes(mutated.value)) return;
      figures.specRefused++;
      if (!answer.zod.safeParse(mutated.value).success) figures.zodRefused++;
      else if (takesAnything(answer, node) || (kind === 'missing required property' && dropsProperty(answer, node, mutated.path))) figures.open++;
      else figures.failures.push(`${answer.label}: accepts the answer with ${kind} at ${mutated.path}, which the spec refuses (${problem.message})`);
    }),
    { seed: options.seed, numRuns: options.mutations },
  );
  return figures;
}

/** Values of three JSON types, none of which a schema that constrains a place accepts all of. */
const PROBES: readonly unknown[] = [true, ['\u0000probe'], 0.5];

/** Whether the answer's schema takes any value at `node` or at a place above it. */
function takesAnything(answer: Answer, node: Node): boolean {
  for (let depth = node.segments.length; depth >= 0; depth--) {
    const segments = node.segments.slice(0, depth);
    if (PROBES.every((probe) => answer.zod.safeParse(replaceAt(answer.value, segments, probe)).success)) return true;
  }
  return false;
}

/** Whether zod.ts drops the property at `path` (a child of `node`) from what it returns: its type does not declare it. */
function dropsProperty(answer: Answer, node: Node, path: string): boolean {
  const parsed = answer.zod.safeParse(answer.value) as { success: boolean; data?: unknown };
  let place = parsed.data;
  for (const segment of node.segments) place = place !== null && typeof place === 'object' ? (place as Record<string | number, unknown>)[segment] : undefined;
  const key = Object.keys(node.value as object).find((name) => child(node.path, name) === path);
  return key !== undefined && place !== null && typeof place === 'object' && !Object.prototype.hasOwnProperty.call(place, key);
}

/** Whether another success response takes `value` as the client reads it: JSON by its schema, text as a string, no body as undefined. */
function successTakes(response: ResponseModel, value: unknown, document: ApiModel['document']): boolean {
  const media = response.contents[0];
  if (media === undefined) return value === undefined;
  if (media.format === 'json') return checkValue(media.schema, value, document) === undefined;
  return media.format === 'text' && typeof value === 'string';
}

/** The media type the client reads a success as (its first), when it is JSON and not a stream. */
function jsonMedia(response: ResponseModel): ResponseModel['contents'][number] | undefined {
  const media = response.contents[0];
  if (media === undefined || media.format !== 'json') return undefined;
  const stream = responseStream(response);
  return stream !== undefined && stream.media === media ? undefined : media;
}

/** The places of `value`, depth first, at most MAX_NODES (iterative: any depth). */
function nodesOf(value: unknown): Node[] {
  const nodes: Node[] = [];
  const stack: Node[] = [{ path: '$', segments: [], value }];
  while (stack.length > 0 && nodes.length < MAX_NODES) {
    const node = stack.pop()!;
    nodes.push(node);
    if (Array.isArray(node.value)) node.value.forEach((item, index) => stack.push({ path: child(node.path, index), segments: [...node.segments, index], value: item }));
    else if (node.value !== null && typeof node.value === 'object') {
      for (const [key, item] of Object.entries(node.value)) stack.push({ path: child(node.path, key), segments: [...node.segments, key], value: item });
    }
  }
  return nodes;
}

/** A child's path, as check-value.ts writes it. */
function child(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}

/** `value` with `kind` applied at `node` (`how` picks among the options), and the path the spec should name; undefined where the kind does not apply. */
function mutate(value: unknown, node: Node, kind: Mutation, how: number): { value: unknown; path: string } | undefined {
  const current = node.value;
  let replacement: { value: unknown } | undefined;
  let path = node.path;
  switch (kind) {
    case 'wrong type': {
      const others = [0, 'text', true, null, {}, []].filter((other) => jsonType(other) !== jsonType(current));
      replacement = { value: others[how % others.length] };
      break;
    }
    case 'missing required property': {
      if (current === null || typeof current !== 'object' || Array.isArray(current)) return undefined;
      const keys = Object.keys(current);
      if (keys.length === 0) return undefined;
      const key = keys[how % keys.length]!;
      const { [key]: _removed, ...rest } = current as Record<string, unknown>;
      replacement = { value: rest };
      path = child(node.path, key);
      break;
    }
    case 'outside enum':
      if (typeof current === 'string') replacement = { value: `${current}-not-a-listed-value` };
      else if (typeof current === 'number') replacement = { value: current + 0.5 };
      else return undefined;
      break;
  }
  return { value: replaceAt(value, node.segments, replacement.value), path };
}

/** A copy of `value` with what is at `segments` replaced (only the objects on the way are copied). */
function replaceAt(value: unknown, segments: ReadonlyArray<string | number>, replacement: unknown): unknown {
  if (segments.length === 0) return replacement;
  const [head, ...rest] = segments;
  if (Array.isArray(value)) return value.map((item, index) => (index === head ? replaceAt(item, rest, replacement) : item));
  const record = value as Record<string, unknown>;
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(record)) Object.defineProperty(copy, key, { value: key === head ? replaceAt(record[key], rest, replacement) : record[key], enumerable: true, writable: true, configurable: true });
  return copy;
}

function jsonType(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
}

function issuesOf(result: ReturnType<ParseSchema['safeParse']>): string {
  return (result.error?.issues ?? [])
    .slice(0, 3)
    .map((issue) => `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`)
    .join('; ');
}

function clip(text: string): string {
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}
