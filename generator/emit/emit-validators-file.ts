/**
 * Emits `validators.ts`: the spec's response schemas in the compact form the runtime validator reads, and the
 * `responseValidation` a caller passes to `createClient({ validate })`. Nothing imports it unless the caller does,
 * so clients without validation carry none of it. The tables are JSON text, which costs a type checker nothing;
 * as object literals they doubled the `tsc` time of a large client.
 */
import { setOwn } from '../load/own-property.js';
import { isDataKey } from '../load/data-keys.js';
import { schemaComponentKey } from '../load/json-pointer.js';
import type { ApiModel, JsonSchema } from '../model/types.js';
import { statusKey } from './response-types.js';

/** The keywords the runtime validator reads; everything else (docs, formats, ranges) is left out. */
const KEPT = new Set(['type', 'properties', 'required', 'additionalProperties', 'items', 'prefixItems', 'enum', 'const', 'allOf', 'anyOf', 'oneOf', '$ref']);

/** Returns the file's text (after the header). */
export function emitValidatorsFile(model: ApiModel): string {
  const names = new Map(model.schemas.map((schema) => [schema.key, schema.name]));
  const compact = (schema: JsonSchema | undefined): unknown => compactSchema(schema ?? true, names);
  const schemas = Object.fromEntries(model.schemas.map((schema) => [schema.name, compact(schema.schema)]));
  const operations: Record<string, Record<string, unknown>> = {};
  for (const operation of model.operations) {
    const checks: Record<string, unknown> = {};
    for (const response of [...operation.successResponses, ...operation.errorResponses]) {
      const media = response.contents[0];
      if (media?.format === 'json' && media.schema !== undefined) setOwn(checks, statusKey(response), compact(media.schema));
    }
    if (Object.keys(checks).length > 0) setOwn(operations, operation.name, checks);
  }
  return [
    `import { createResponseValidation } from "./runtime/validate-response.js";`,
    '',
    '/** The schemas of the spec, reduced to what response validation checks: one JSON `[name, schema]` entry per line. */',
    `const schemas = ${jsonLines(Object.entries(schemas))};`,
    '',
    '/** The documented JSON response schemas of each operation, by status: one JSON `[operation, schemas]` entry per line. */',
    `const operations = ${jsonLines(Object.entries(operations))};`,
    '',
    '/** Pass to `createClient({ validate: responseValidation })` to check every documented JSON body. */',
    'export const responseValidation = /* @__PURE__ */ createResponseValidation(schemas, operations);',
    '',
  ].join('\n');
}

/**
 * One raw template literal with a JSON entry per line: a change to one schema is a one-line diff, and the type
 * checker reads one string (an array of a thousand string literals made it create a type for each). A backtick
 * or `${` inside the JSON is written as a JSON `\u` escape, so the literal holds the JSON exactly.
 */
export function jsonLines(entries: ReadonlyArray<[string, unknown]>): string {
  const lines = entries.map((entry) => JSON.stringify(entry).replace(/`/g, '\\u0060').replace(/\$\{/g, '$\\u007b'));
  return `String.raw\`\n${lines.join('\n')}\n\``;
}

function compactSchema(schema: unknown, names: ReadonlyMap<string, string>): unknown {
  if (schema === null || typeof schema !== 'object') return schema;
  if (Array.isArray(schema)) return schema.map((item) => compactSchema(item, names));
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    if (!KEPT.has(key)) continue;
    if (key === '$ref') {
      const key = schemaComponentKey(value);
      const name = key === undefined ? undefined : names.get(key);
      if (name !== undefined) result.$ref = name;
    } else if (isDataKey(key, true)) {
      setOwn(result, key, value);
    } else if (key === 'properties' && value !== null && typeof value === 'object') {
      setOwn(result, key, Object.fromEntries(Object.entries(value).map(([name, property]) => [name, compactSchema(property, names)])));
    } else if (key === 'required') {
      // Swagger-style `required: true` on a property is not JSON Schema; only a list of names is.
      if (Array.isArray(value)) setOwn(result, key, value.filter((name) => typeof name === 'string'));
    } else if (key === 'type') {
      if (typeof value === 'string' || Array.isArray(value)) setOwn(result, key, value);
    } else {
      setOwn(result, key, compactSchema(value, names));
    }
  }
  return result;
}
