/**
 * `dates: true`: `date-time` and `date` strings are `Date`s in the client's types, converted at run time both ways
 * (see templates/convert-dates.ts). The client gets `dates.ts`, the plan of where each operation's dates are, and
 * every operation that meets a date names its codec in its descriptor; clients without `dates` carry none of it.
 * @see https://spec.openapis.org/registry/format/date-time.html
 */
import type { ApiModel } from '../../model/types.js';
import { EXAMPLE_LOCALS } from '../emit-readme-file.js';
import { exampleArguments } from '../example-arguments.js';
import { schemaComponentKey } from '../../load/json-pointer.js';
import { jsonLines } from '../emit-validators-file.js';
import { dateFormat, datePlan, type DateShape } from './date-plan.js';
import type { Integration } from './integration.js';

/** The function `dates.ts` exports and operations pass to the runtime (a name the naming registry reserves). */
const CODEC = 'dateCodec';

export const datesIntegration: Integration = {
  name: 'dates',
  schemaType(schema) {
    return dateFormat(schema) === undefined ? undefined : { type: 'Date', example: (json) => `new Date(${json})` };
  },
  codec(operation, model) {
    return plannedOperations(model).has(operation.name) ? { module: './dates.js', name: CODEC } : undefined;
  },
  emit(model, { header }) {
    const plan = datePlan(model);
    if (plan.operations.length === 0) return [];
    const content = [
      `import { createDateCodec } from "./runtime/convert-dates.js";`,
      '',
      '/** Where each schema type holds dates: one JSON `[name, shape]` entry per line (`t` a date-time, `d` a date; see runtime/convert-dates.ts). */',
      `const shapes = ${jsonLines(plan.shapes.map(([name, shape]) => [name, shape]))};`,
      '',
      '/** Where each operation meets dates (parameters, request bodies, and by status response bodies, headers, streamed items): one JSON `[operation, plan]` entry per line. */',
      `const operations = ${jsonLines(plan.operations.map(([name, operation]) => [name, operation]))};`,
      '',
      '/** Turns the ISO text of responses into `Date`s and the `Date`s of requests into ISO text; every operation that meets a date passes it to the runtime. */',
      `export const ${CODEC} = /* @__PURE__ */ createDateCodec(shapes, operations);`,
      '',
    ].join('\n');
    return [{ path: 'dates.ts', content: header + content, preformatted: true }];
  },
  readme(model) {
    const lines = [
      '## Dates',
      '',
      'This client is generated with `dates: true`: every `date-time` and `date` value is a `Date`, in responses (bodies, error bodies, headers, streamed items, pages) and in requests (parameters, headers, bodies). A response date that does not parse fails the call with `invalid-body`, whose `path` names it (`$.items[3].createdAt`); a `Date` is sent as `toISOString()`, or as its UTC day (`YYYY-MM-DD`) for `format: date`.',
      '',
    ];
    const example = readmeExample(model);
    if (example !== undefined) lines.push('```ts', ...example, '```', '');
    return lines.join('\n');
  },
};

/** The names of the operations the model's date plan covers (built once per model). */
function plannedOperations(model: ApiModel): ReadonlySet<string> {
  let names = planned.get(model);
  if (names === undefined) planned.set(model, (names = new Set(datePlan(model).operations.map(([name]) => name))));
  return names;
}

const planned = new WeakMap<ApiModel, ReadonlySet<string>>();

/**
 * A README example reading a date: an operation whose one JSON success body is an object with a date property at
 * its top (a `Date`, maybe optional or null, so `?.` always compiles), whose arguments an example can write.
 */
function readmeExample(model: ApiModel): string[] | undefined {
  const { operations, shapes } = datePlan(model);
  const named = new Map(shapes);
  const byName = new Map(model.operations.map((operation) => [operation.name, operation]));
  for (const [name, plan] of operations) {
    const operation = byName.get(name);
    if (operation === undefined || EXAMPLE_LOCALS.has(name) || operation.pagination !== undefined || operation.successResponses.length !== 1) continue;
    const args = exampleArguments(operation, model.document, (schema) => datesIntegration.schemaType!(schema));
    if (args === undefined) continue;
    const response = operation.successResponses[0]!;
    if (response.contents.length !== 1 || response.contents[0]!.format !== 'json' || !isPlainObject(response.contents[0]!.schema, model)) continue;
    let shape: DateShape | undefined = plan.r?.[Object.keys(plan.r ?? {}).find((key) => key.startsWith('2')) ?? ''];
    if (typeof shape === 'object' && typeof shape.r === 'string' && Object.keys(shape).length === 1) shape = named.get(shape.r);
    if (typeof shape !== 'object' || Object.keys(shape).length !== 1 || shape.p === null || typeof shape.p !== 'object') continue;
    const property = Object.entries(shape.p as Record<string, DateShape>).find(([key, found]) => typeof found === 'string' && /^[A-Za-z_$][\w$]*$/.test(key));
    if (property === undefined) continue;
    return [
      `import { createClient, ${operation.name} } from "./index.js";`,
      '',
      `const result = await ${operation.name}(createClient()${args === '' ? '' : `, ${args}`});`,
      `if (result.ok) console.log(result.data.${property[0]}?.toISOString());`,
      `else if (result.error.kind === "invalid-body") console.error(result.error.path);`,
    ];
  }
  return undefined;
}

/** True for an object schema (behind one reference at most) that is never null nor a union: its properties read with `.`. */
function isPlainObject(schema: unknown, model: ApiModel): boolean {
  const key = schemaComponentKey((schema as { $ref?: unknown } | null)?.$ref);
  const target = key === undefined ? schema : model.schemas.find((candidate) => candidate.key === key)?.schema;
  if (target === null || typeof target !== 'object') return false;
  const record = target as Readonly<Record<string, unknown>>;
  return record.type === 'object' && record.oneOf === undefined && record.anyOf === undefined && record.nullable !== true;
}
