/**
 * Opt-in response validation: checks decoded JSON bodies against a compact form of the spec's schemas, generated
 * into a client's `validators.ts` when its config asks for them (`validators: true`). Clients that never import it
 * carry none of it.
 * It checks types, required properties, `additionalProperties: false`, enums, consts and unions; not formats,
 * ranges, lengths or patterns, which servers bend more often than they break.
 */
import { own } from './operation.js';
import type { ResponseValidation } from './client.js';

/** The JSON Schema keywords the validator reads; `$ref` names another schema of the same table. */
export interface ValidationSchema {
  readonly type?: string | readonly string[];
  readonly properties?: Readonly<Record<string, ValidationSchema | boolean>>;
  readonly required?: readonly string[];
  readonly additionalProperties?: ValidationSchema | boolean;
  readonly items?: ValidationSchema | boolean;
  readonly prefixItems?: readonly (ValidationSchema | boolean)[];
  readonly enum?: readonly unknown[];
  readonly const?: unknown;
  readonly allOf?: readonly (ValidationSchema | boolean)[];
  readonly anyOf?: readonly (ValidationSchema | boolean)[];
  readonly oneOf?: readonly (ValidationSchema | boolean)[];
  readonly $ref?: string;
}

/**
 * Builds the validation a generated `validators.ts` exports. Its tables come as JSON text, one `[name, schema]`
 * entry per line, parsed on the first check: a type checker reads a string in no time, where megabytes of object
 * literal cost seconds in every build of the user's project.
 */
export function createResponseValidation(schemaLines: string | readonly string[], operationLines: string | readonly string[]): ResponseValidation {
  let tables: { schemas: Table<ValidationSchema | boolean>; operations: Table<Table<ValidationSchema | boolean>> } | undefined;
  return {
    check(operation, responseKey, body, label, response) {
      tables ??= { schemas: parseTable(schemaLines), operations: parseTable(operationLines) };
      const schema = own(own(tables.operations, operation), responseKey);
      const problem = schema === undefined ? undefined : problemOf(schema, body, '$', tables.schemas, 0, new Map());
      if (problem === undefined) return undefined;
      const { status } = response;
      const path = problem.slice(0, problem.indexOf(':'));
      return { kind: 'invalid-body', status, message: `${label}: ${status} body does not match the spec: ${problem}`, text: '', path, cause: undefined, response };
    },
  };
}

type Table<T> = Readonly<Record<string, T>>;

/** `Object.fromEntries` defines own properties, so a schema named `__proto__` stays data. Text holds one entry per line. */
function parseTable<T>(lines: string | readonly string[]): Table<T> {
  const entries = typeof lines === 'string' ? lines.split('\n').filter((line) => line !== '') : lines;
  return Object.fromEntries(entries.map((line) => JSON.parse(line) as [string, T]));
}

/** Values nested deeper than this are not checked further, so a hostile body cannot exhaust the stack. */
const MAX_DEPTH = 512;

function pathTo(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function hasType(value: unknown, type: string): boolean {
  switch (type) {
    case 'integer':
      return Number.isInteger(value);
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'array':
      return Array.isArray(value);
    case 'object':
      return typeOf(value) === 'object';
    case 'null':
      return value === null;
    default:
      return typeof value === type;
  }
}

function sameValue(a: unknown, b: unknown): boolean {
  return a === b || (typeof a === 'object' && typeof b === 'object' && JSON.stringify(a) === JSON.stringify(b));
}

/**
 * Checks `value` against `schema`. `active` holds the schemas being checked against each value right now: a schema
 * met again for the same value (a spec's `A: anyOf: [$ref A, …]`) fails that path rather than branching at every
 * level until the depth bound, which would take 2^(depth) steps.
 */
function problemOf(
  schema: ValidationSchema | boolean,
  value: unknown,
  path: string,
  schemas: Readonly<Record<string, ValidationSchema | boolean>>,
  depth: number,
  active: Map<object, unknown[]>,
): string | undefined {
  if (schema === true || depth > MAX_DEPTH) return undefined;
  if (schema === false) return `${path}: no value is allowed here`;
  const values = active.get(schema) ?? [];
  if (values.some((other) => Object.is(other, value))) return `${path}: the schema refers to itself`;
  values.push(value);
  active.set(schema, values);
  try {
    return checkSchema(schema, value, path, schemas, depth, active);
  } finally {
    values.pop();
  }
}

function checkSchema(
  schema: ValidationSchema,
  value: unknown,
  path: string,
  schemas: Readonly<Record<string, ValidationSchema | boolean>>,
  depth: number,
  active: Map<object, unknown[]>,
): string | undefined {
  if (schema.$ref !== undefined) {
    const target = own(schemas, schema.$ref);
    return target === undefined ? undefined : problemOf(target, value, path, schemas, depth + 1, active);
  }
  for (const part of schema.allOf ?? []) {
    const problem = problemOf(part, value, path, schemas, depth + 1, active);
    if (problem) return problem;
  }
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives && alternatives.length > 0) {
    const problems = alternatives.map((alternative) => problemOf(alternative, value, path, schemas, depth + 1, active));
    if (problems.every((problem) => problem !== undefined)) {
      return problems.length === 1 ? problems[0] : `${path}: matches none of the ${problems.length} documented shapes (${problems[0]})`;
    }
  }
  if (schema.const !== undefined && !sameValue(schema.const, value)) return `${path}: expected ${JSON.stringify(schema.const)}`;
  if (schema.enum && !schema.enum.some((allowed) => sameValue(allowed, value))) {
    return `${path}: expected one of ${schema.enum.map((allowed) => JSON.stringify(allowed)).join(', ')}`;
  }
  if (schema.type !== undefined) {
    const types = typeof schema.type === 'string' ? [schema.type] : schema.type;
    if (!types.some((type) => hasType(value, type))) return `${path}: expected ${types.join(' or ')}, got ${typeOf(value)}`;
  }
  if (typeOf(value) === 'object') {
    const record = value as Record<string, unknown>;
    for (const name of schema.required ?? []) {
      if (!Object.hasOwn(record, name)) return `${pathTo(path, name)}: required property is missing`;
    }
    for (const [name, item] of Object.entries(record)) {
      const property = own(schema.properties, name);
      const rule = property ?? schema.additionalProperties;
      if (rule === undefined) continue;
      if (rule === false && property === undefined) return `${pathTo(path, name)}: property is not documented`;
      const problem = problemOf(rule, item, pathTo(path, name), schemas, depth + 1, active);
      if (problem) return problem;
    }
  }
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      const rule = schema.prefixItems?.[index] ?? schema.items;
      if (rule === undefined) continue;
      const problem = problemOf(rule, value[index], pathTo(path, index), schemas, depth + 1, active);
      if (problem) return problem;
    }
  }
  return undefined;
}
