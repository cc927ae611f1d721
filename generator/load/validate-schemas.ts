/**
 * Checks the shape of every schema in a document before any later stage reads it: a schema is a mapping (or
 * `true`/`false`), its subschema keywords hold schemas, lists or maps of schemas as the specification says, and
 * `type`, `enum`, `$ref` and `discriminator` have the types JSON Schema gives them. A malformed one is reported at
 * its line instead of crashing a later stage or silently typing as something else.
 * @see https://spec.openapis.org/oas/v3.1.0#schema-object
 * @see https://json-schema.org/draft/2020-12/json-schema-core#section-10
 */
import { childKeysAreNames, isDataKey } from './data-keys.js';
import { childPath, isComponentsPath, segmentsOf, type KeyPath } from './key-path.js';
import type { MergedSpec } from './merge-spec-sources.js';
import { hasOwn } from './own-property.js';
import { ONE_SUBSCHEMA, SUBSCHEMA_LIST, SUBSCHEMA_MAP, TYPES } from './schema-keywords.js';
import { SpecError } from './spec-error.js';


type Position = 'structure' | 'schema' | 'schema-list' | 'schema-map';

const isMapping = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/** Throws a SpecError for the first malformed schema, walking the document without recursion. */
export function validateSchemas(spec: MergedSpec): void {
  const fail = (path: KeyPath | undefined, message: string, hint: string): never => {
    throw new SpecError(message, [spec.locate(segmentsOf(path))], hint);
  };
  const stack: Array<{ value: unknown; path: KeyPath | undefined; position: Position; names: boolean }> = [
    { value: spec.document, path: undefined, position: 'structure', names: false },
  ];
  while (stack.length > 0) {
    const { value, path, position, names } = stack.pop()!;
    if (position === 'schema-list') {
      if (!Array.isArray(value)) fail(path, `\`${path?.key}\` must be a list of schemas`, 'write it as a YAML list: `- { type: string }`');
      (value as unknown[]).forEach((item, index) => stack.push({ value: item, path: childPath(path, String(index)), position: 'schema', names: false }));
      continue;
    }
    if (position === 'schema-map') {
      if (!isMapping(value)) fail(path, `\`${path?.key}\` must be a mapping of names to schemas`, 'write `name: { type: string }` entries under it');
      const map = value as Record<string, unknown>;
      for (const name in map) if (hasOwn(map, name)) stack.push({ value: map[name], path: childPath(path, name), position: 'schema', names: false });
      continue;
    }
    if (position === 'schema') {
      if (typeof value === 'boolean') continue;
      if (!isMapping(value)) fail(path, 'a schema must be a mapping (or true or false)', 'write a Schema Object such as `{ type: string }`, or a `$ref`');
      const schema = value as Record<string, unknown>;
      checkSchemaKeywords(schema, path, fail);
      for (const key in schema) {
        if (!hasOwn(schema, key) || isDataKey(key, true)) continue;
        const item = schema[key];
        // OpenAPI 3.0 and draft 4 allow `items` as a list of schemas (a tuple).
        if (key === 'items' && Array.isArray(item)) stack.push({ value: item, path: childPath(path, key), position: 'schema-list', names: false });
        else if (ONE_SUBSCHEMA.has(key)) stack.push({ value: item, path: childPath(path, key), position: 'schema', names: false });
        else if (SUBSCHEMA_LIST.has(key)) stack.push({ value: item, path: childPath(path, key), position: 'schema-list', names: false });
        else if (SUBSCHEMA_MAP.has(key)) stack.push({ value: item, path: childPath(path, key), position: 'schema-map', names: false });
      }
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    if (Array.isArray(value)) {
      value.forEach((item, index) => stack.push({ value: item, path: childPath(path, String(index)), position: 'structure', names: false }));
      continue;
    }
    const inComponents = isComponentsPath(path);
    for (const key in value) {
      if (!hasOwn(value, key) || isDataKey(key, false, names)) continue;
      const item = (value as Record<string, unknown>)[key];
      const at = childPath(path, key);
      if (key === '$ref' && !names && typeof item !== 'string') fail(at, '`$ref` must be a string', "write `$ref: '#/components/…'`");
      if (key === 'schema' && !names) stack.push({ value: item, path: at, position: 'schema', names: false });
      else if (!names && inComponents && key === 'schemas') stack.push({ value: item, path: at, position: 'schema-map', names: false });
      else stack.push({ value: item, path: at, position: 'structure', names: childKeysAreNames(key, names) });
    }
  }
}

/** Checks the keywords of one schema whose values have a fixed type. */
function checkSchemaKeywords(schema: Record<string, unknown>, path: KeyPath | undefined, fail: (path: KeyPath | undefined, message: string, hint: string) => never): void {
  const { type, enum: values, $ref, discriminator } = schema;
  if (type !== undefined) {
    const list = Array.isArray(type) ? type : [type];
    // Unknown names (`type: file`, left over from Swagger) constrain nothing; the model drops them.
    if (!list.every((item) => typeof item === 'string')) {
      fail(childPath(path, 'type'), `\`type\` must be a type name (${[...TYPES].join(', ')}) or a list of them`, 'write `type: string`, or `type: [string, "null"]` in OpenAPI 3.1');
    }
  }
  if (values !== undefined && !Array.isArray(values)) fail(childPath(path, 'enum'), '`enum` must be a list of values', 'write `enum: [a, b]`');
  if ($ref !== undefined && typeof $ref !== 'string') fail(childPath(path, '$ref'), '`$ref` must be a string', "write `$ref: '#/components/schemas/Name'`");
  if (discriminator !== undefined && (!isMapping(discriminator) || typeof discriminator.propertyName !== 'string')) {
    fail(childPath(path, 'discriminator'), '`discriminator` must be a mapping with a `propertyName`', 'write `discriminator: { propertyName: kind }`');
  }
}
