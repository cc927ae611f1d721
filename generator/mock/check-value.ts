/**
 * Checks a value against a JSON Schema of the (normalised) spec, for the mock server's request validation and the
 * corpus's example checks: types, enums, consts, required and additional properties, lengths, ranges, patterns,
 * the common formats, item rules and the combinators. Returns the first problem, naming where and which rule.
 * Iterative over the value's depth only up to a bound, so hostile input cannot exhaust the stack. Patterns run on a
 * linear-time matcher (pattern-matcher.ts) and `uniqueItems` hashes canonical JSON, so no value and no spec can
 * make a check slower than linear; what is left unchecked (a pattern the matcher cannot read, or past the
 * per-check budget) is added to `notes`.
 * @see https://json-schema.org/draft/2020-12/json-schema-validation
 */
import { fromPointer, getAtPath } from '../load/json-pointer.js';
import { ownValue } from '../load/own-property.js';
import type { JsonSchema } from '../model/types.js';
import { canonicalJson } from './canonical-json.js';
import { patternMatcher } from './pattern-matcher.js';

/** Where a value breaks its schema: a JSONPath-like location, the keyword, and a sentence. */
export interface ValueProblem {
  readonly path: string;
  readonly rule: string;
  readonly message: string;
}

type SchemaObject = Readonly<Record<string, unknown>>;

/** Nested values and reference chains past this depth are not checked further. */
const MAX_DEPTH = 256;

/**
 * Characters one check matches against patterns at most (each test costs its text's length): the matcher is
 * linear, but a pattern of a thousand repeated Unicode classes costs microseconds a character, and a body of 10 MB
 * could meet it many times over. Past the budget, patterns are not checked and a note says so.
 */
export const PATTERN_BUDGET = 1_000_000;

/** Formats checked, each by a pattern that accepts what RFC 3339, RFC 4122, RFC 5322 (simplified) and RFC 3986 accept. */
const FORMATS: Readonly<Record<string, RegExp>> = {
  'date-time': /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:?\d{2})$/,
  date: /^\d{4}-\d{2}-\d{2}$/,
  time: /^\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:?\d{2})?$/,
  uuid: /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/,
  email: /^[^\s@]+@[^\s@]+$/,
  uri: /^[A-Za-z][A-Za-z0-9+.-]*:[^\s]*$/,
  ipv4: /^(\d{1,3})(\.\d{1,3}){3}$/,
};

/**
 * The first problem of `value` against `schema`, or undefined when it conforms; `$ref`s are resolved in `document`.
 * What was left unchecked, and why, is added to `notes` when given.
 */
export function checkValue(schema: JsonSchema | undefined, value: unknown, document: SchemaObject, path = '$', notes?: Set<string>): ValueProblem | undefined {
  return problemOf(schema, value, path, { document, active: new Map(), notes, patternBudget: PATTERN_BUDGET }, 0);
}

/** What one check carries down: the spec, the schemas being applied, where notes go, and the pattern budget left. */
interface Context {
  readonly document: SchemaObject;
  /**
   * The schemas being checked against each value right now: a schema met again for the same value (`A: anyOf:
   * [$ref A, …]`) adds nothing but work, so that path fails (the least reading of a recursive schema), instead of
   * branching at every level until the depth bound (2^256 steps).
   */
  readonly active: Map<object, unknown[]>;
  readonly notes: Set<string> | undefined;
  patternBudget: number;
}

export function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function hasType(value: unknown, type: string): boolean {
  const actual = typeOf(value);
  return actual === type || (type === 'number' && actual === 'integer');
}

/** JSON equality, key order aside. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  return keysA.length === keysB.length && keysA.every((key) => Object.prototype.hasOwnProperty.call(b, key) && sameJson((a as SchemaObject)[key], (b as SchemaObject)[key]));
}

function child(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}

/** Whether `text` breaks `pattern`; false (with a note) when the pattern cannot be checked or the budget is spent. */
function breaksPattern(pattern: string, text: string, context: Context): boolean {
  const matcher = patternMatcher(pattern);
  if ('unchecked' in matcher) {
    context.notes?.add(`the pattern ${JSON.stringify(pattern)} was not checked: ${matcher.unchecked}`);
    return false;
  }
  if (text.length > context.patternBudget) {
    context.notes?.add(`the pattern ${JSON.stringify(pattern)} was not checked on a ${text.length.toLocaleString('en')}-character value: one check matches at most ${PATTERN_BUDGET.toLocaleString('en')} characters against patterns`);
    return false;
  }
  context.patternBudget -= text.length;
  return !matcher.test(text);
}

/** Whether two items of `items` are equal as JSON. */
function hasDuplicates(items: readonly unknown[]): boolean {
  const seen = new Set<string>();
  for (const item of items) {
    const text = canonicalJson(item);
    if (seen.has(text)) return true;
    seen.add(text);
  }
  return false;
}

function problemOf(raw: JsonSchema | undefined, value: unknown, path: string, context: Context, depth: number): ValueProblem | undefined {
  if (raw === undefined || raw === true || depth > MAX_DEPTH) return undefined;
  const fail = (rule: string, message: string): ValueProblem => ({ path, rule, message: `${path}: ${message}` });
  if (raw === false) return fail('false', 'no value is allowed here');
  if (typeof raw !== 'object' || raw === null) return undefined;
  const values = context.active.get(raw) ?? [];
  if (values.some((other) => Object.is(other, value))) return fail('cycle', 'the schema refers to itself for the same value');
  values.push(value);
  context.active.set(raw, values);
  try {
    return checkSchema(raw as SchemaObject, value, path, context, depth, fail);
  } finally {
    values.pop();
  }
}

function checkSchema(schema: SchemaObject, value: unknown, path: string, context: Context, depth: number, fail: (rule: string, message: string) => ValueProblem): ValueProblem | undefined {
  const document = context.document;
  if (typeof schema.$ref === 'string') {
    const target = getAtPath(document, fromPointer(schema.$ref)) as JsonSchema | undefined;
    const problem = problemOf(target, value, path, context, depth + 1);
    if (problem) return problem;
  }
  for (const part of (schema.allOf as JsonSchema[] | undefined) ?? []) {
    const problem = problemOf(part, value, path, context, depth + 1);
    if (problem) return problem;
  }
  const anyOf = schema.anyOf as JsonSchema[] | undefined;
  if (Array.isArray(anyOf) && anyOf.length > 0) {
    let first: ValueProblem | undefined;
    let matched = false;
    for (const member of anyOf) {
      const problem = problemOf(member, value, path, context, depth + 1);
      if (problem === undefined) {
        matched = true;
        break;
      }
      first ??= problem;
    }
    if (!matched) return fail('anyOf', `matches none of ${anyOf.length} alternatives (${first!.message})`);
  }
  const oneOf = schema.oneOf as JsonSchema[] | undefined;
  if (Array.isArray(oneOf) && oneOf.length > 0) {
    const problems = oneOf.map((member) => problemOf(member, value, path, context, depth + 1));
    const matching = problems.filter((problem) => problem === undefined).length;
    if (matching === 0) return fail('oneOf', `matches none of ${oneOf.length} alternatives (${problems[0]!.message})`);
    if (matching > 1) return fail('oneOf', `matches ${matching} of the alternatives, where exactly one must match`);
  }
  if (schema.not !== undefined && problemOf(schema.not as JsonSchema, value, path, context, depth + 1) === undefined) return fail('not', 'matches a schema it must not match');
  if (schema.const !== undefined && !sameJson(schema.const, value)) return fail('const', `expected ${JSON.stringify(schema.const)}`);
  if (Array.isArray(schema.enum) && !schema.enum.some((allowed) => sameJson(allowed, value))) {
    return fail('enum', `expected one of ${schema.enum.map((allowed) => JSON.stringify(allowed)).join(', ')}`);
  }
  const types = typeof schema.type === 'string' ? [schema.type] : Array.isArray(schema.type) ? (schema.type as string[]) : [];
  if (types.length > 0 && !types.some((type) => hasType(value, type))) return fail('type', `expected ${types.join(' or ')}, got ${typeOf(value)}`);

  if (typeof value === 'string') {
    const length = [...value].length;
    if (typeof schema.minLength === 'number' && length < schema.minLength) return fail('minLength', `expected at least ${schema.minLength} characters`);
    if (typeof schema.maxLength === 'number' && length > schema.maxLength) return fail('maxLength', `expected at most ${schema.maxLength} characters`);
    if (typeof schema.pattern === 'string' && breaksPattern(schema.pattern, value, context)) return fail('pattern', `does not match the pattern ${schema.pattern}`);
    const format = typeof schema.format === 'string' ? FORMATS[schema.format] : undefined;
    if (format && !format.test(value)) return fail('format', `is not a valid ${schema.format as string}`);
  }
  if (typeof value === 'number') {
    if (typeof schema.minimum === 'number' && value < schema.minimum) return fail('minimum', `expected at least ${schema.minimum}`);
    if (typeof schema.maximum === 'number' && value > schema.maximum) return fail('maximum', `expected at most ${schema.maximum}`);
    if (typeof schema.exclusiveMinimum === 'number' && value <= schema.exclusiveMinimum) return fail('exclusiveMinimum', `expected more than ${schema.exclusiveMinimum}`);
    if (typeof schema.exclusiveMaximum === 'number' && value >= schema.exclusiveMaximum) return fail('exclusiveMaximum', `expected less than ${schema.exclusiveMaximum}`);
    if (typeof schema.multipleOf === 'number' && schema.multipleOf > 0) {
      const quotient = value / schema.multipleOf;
      if (Math.abs(quotient - Math.round(quotient)) > 1e-9) return fail('multipleOf', `expected a multiple of ${schema.multipleOf}`);
    }
  }
  if (Array.isArray(value)) {
    if (typeof schema.minItems === 'number' && value.length < schema.minItems) return fail('minItems', `expected at least ${schema.minItems} items`);
    if (typeof schema.maxItems === 'number' && value.length > schema.maxItems) return fail('maxItems', `expected at most ${schema.maxItems} items`);
    if (schema.uniqueItems === true && hasDuplicates(value)) return fail('uniqueItems', 'expected unique items');
    const prefix = Array.isArray(schema.prefixItems) ? (schema.prefixItems as JsonSchema[]) : [];
    for (let index = 0; index < value.length; index++) {
      const problem = problemOf(prefix[index] ?? (schema.items as JsonSchema | undefined), value[index], child(path, index), context, depth + 1);
      if (problem) return problem;
    }
  }
  if (typeOf(value) === 'object') {
    const record = value as SchemaObject;
    const properties = (schema.properties ?? {}) as Readonly<Record<string, JsonSchema>>;
    for (const name of Array.isArray(schema.required) ? (schema.required as string[]) : []) {
      if (!Object.prototype.hasOwnProperty.call(record, name)) return { path: child(path, name), rule: 'required', message: `${child(path, name)}: required property is missing` };
    }
    const count = Object.keys(record).length;
    if (typeof schema.minProperties === 'number' && count < schema.minProperties) return fail('minProperties', `expected at least ${schema.minProperties} properties`);
    if (typeof schema.maxProperties === 'number' && count > schema.maxProperties) return fail('maxProperties', `expected at most ${schema.maxProperties} properties`);
    for (const name of Object.keys(record)) {
      const property = ownValue(properties, name);
      const rule = property ?? (schema.additionalProperties as JsonSchema | undefined);
      if (rule === false && property === undefined) return { path: child(path, name), rule: 'additionalProperties', message: `${child(path, name)}: property is not documented` };
      const problem = problemOf(rule, record[name], child(path, name), context, depth + 1);
      if (problem) return problem;
    }
  }
  return undefined;
}
