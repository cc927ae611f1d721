/**
 * Checks the shape of every schema in a document before any later stage reads it: a schema is a mapping (or
 * `true`/`false`), its subschema keywords hold schemas, lists or maps of schemas as the specification says, and
 * `type`, `enum`, `discriminator` and the annotation keywords have the types JSON Schema gives them. What is
 * malformed but readable is read as the best readers (openapi-typescript, Redocly) read it, with a warning: a
 * schema that is not one (`schema: null`) is unknown, a keyword of the wrong type (`type: {…}`, `properties: []`,
 * `required: "x"`, `items: 3`) is ignored, one subschema where a list belongs (`allOf: {…}`) is a list of it.
 * Only a `$ref` that is not a text, which names nothing that can be read, is refused.
 * @see https://spec.openapis.org/oas/v3.1.0#schema-object
 * @see https://json-schema.org/draft/2020-12/json-schema-core#section-10
 */
import { copyWithEdits, DROP, type Edit } from './copy-with-edits.js';
import { childKeysAreNames, isDataKey } from './data-keys.js';
import { describeValue, type Diagnostics } from './diagnostics.js';
import { childPath, isComponentsPath, segmentsOf, type KeyPath } from './key-path.js';
import type { MergedSpec } from './merge-spec-sources.js';
import { hasOwn } from './own-property.js';
import { KEYWORD_VALUE_TYPES, ONE_SUBSCHEMA, SUBSCHEMA_LIST, SUBSCHEMA_MAP, TYPES, wellTyped, type KeywordValueType } from './schema-keywords.js';
import { SpecError } from './spec-error.js';

type Position = 'structure' | 'schema' | 'schema-list' | 'schema-map';

const isMapping = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/** What each fixed-type keyword must hold, for messages. */
const EXPECTED: Readonly<Record<KeywordValueType, string>> = {
  string: 'a text',
  boolean: 'true or false',
  number: 'a number',
  'number or boolean': 'a number (or, in OpenAPI 3.0, true or false)',
  names: 'a list of property names',
};

/**
 * Returns `spec` with every readable malformation repaired (as a copy: the loaded document is not changed, and
 * positions are still found in it), each reported to `diagnostics`; throws a SpecError for what cannot be read.
 * The document is walked without recursion.
 */
export function validateSchemas(spec: MergedSpec, diagnostics: Diagnostics): MergedSpec {
  const edits: Edit[] = [];
  const repair = (path: KeyPath, message: string, action: string, change: (value: unknown) => unknown) => {
    const segments = segmentsOf(path);
    diagnostics.warn(message, spec.locate(segments), action);
    edits.push({ segments, change });
  };
  const fail = (path: KeyPath | undefined, message: string, hint: string): never => {
    throw new SpecError(message, [spec.locate(segmentsOf(path))], hint);
  };
  const stack: Array<{ value: unknown; path: KeyPath | undefined; position: Position; names: boolean }> = [
    { value: spec.document, path: undefined, position: 'structure', names: false },
  ];
  while (stack.length > 0) {
    const { value, path, position, names } = stack.pop()!;
    if (position === 'schema-list') {
      (value as unknown[]).forEach((item, index) => stack.push({ value: item, path: childPath(path, String(index)), position: 'schema', names: false }));
      continue;
    }
    if (position === 'schema-map') {
      const map = value as Record<string, unknown>;
      for (const name in map) if (hasOwn(map, name)) stack.push({ value: map[name], path: childPath(path, name), position: 'schema', names: false });
      continue;
    }
    if (position === 'schema') {
      if (typeof value === 'boolean') continue;
      if (!isMapping(value)) {
        repair(path!, `a schema must be a mapping (or true or false); this one is ${describeValue(value)}`, 'read it as unknown (any value)', () => ({}));
        continue;
      }
      const schema = value;
      checkSchemaKeywords(schema, path!, repair, fail);
      for (const key in schema) {
        if (!hasOwn(schema, key) || isDataKey(key, true)) continue;
        const item = schema[key];
        const at = childPath(path, key);
        if (key === 'items' && Array.isArray(item)) {
          // OpenAPI 3.0 and draft 4 allow `items` as a list of schemas (a tuple).
          stack.push({ value: item, path: at, position: 'schema-list', names: false });
        } else if (ONE_SUBSCHEMA.has(key)) {
          if (typeof item === 'boolean' || isMapping(item)) stack.push({ value: item, path: at, position: 'schema', names: false });
          else repair(at, `\`${key}\` must be a schema (a mapping, or true or false)${key === 'items' ? ' or a list of schemas' : ''}; this one is ${describeValue(item)}`, `ignored \`${key}\``, () => DROP);
        } else if (SUBSCHEMA_LIST.has(key)) {
          if (Array.isArray(item)) stack.push({ value: item, path: at, position: 'schema-list', names: false });
          else if (isMapping(item)) {
            repair(at, `\`${key}\` must be a list of schemas; this one is a single schema`, 'read it as a list of that one schema', (one) => [one]);
            stack.push({ value: item, path: at, position: 'schema', names: false });
          } else repair(at, `\`${key}\` must be a list of schemas; this one is ${describeValue(item)}`, `ignored \`${key}\``, () => DROP);
        } else if (SUBSCHEMA_MAP.has(key)) {
          if (isMapping(item)) stack.push({ value: item, path: at, position: 'schema-map', names: false });
          else repair(at, `\`${key}\` must be a mapping of names to schemas; this one is ${describeValue(item)}`, `ignored \`${key}\``, () => DROP);
        }
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
      else if (!names && inComponents && key === 'schemas') {
        if (isMapping(item)) stack.push({ value: item, path: at, position: 'schema-map', names: false });
        else repair(at, `\`components.schemas\` must be a mapping of names to schemas; this one is ${describeValue(item)}`, 'ignored it', () => DROP);
      } else stack.push({ value: item, path: at, position: 'structure', names: childKeysAreNames(key, names) });
    }
  }
  const document = copyWithEdits(spec.document, edits);
  return document === spec.document ? spec : { ...spec, document };
}

type Repair = (path: KeyPath, message: string, action: string, change: (value: unknown) => unknown) => void;

/** Checks the keywords of one schema whose values have a fixed type, repairing what has another. */
function checkSchemaKeywords(schema: Record<string, unknown>, path: KeyPath, repair: Repair, fail: (path: KeyPath | undefined, message: string, hint: string) => never): void {
  const { type, enum: values, $ref, discriminator } = schema;
  if ($ref !== undefined && typeof $ref !== 'string') fail(childPath(path, '$ref'), '`$ref` must be a string', "write `$ref: '#/components/schemas/Name'`");
  if (type !== undefined && typeof type !== 'string' && !(Array.isArray(type) && type.every((item) => typeof item === 'string'))) {
    // Unknown names (`type: file`, left over from Swagger) constrain nothing; the model drops them without a word.
    const typeNames = `a type name (${[...TYPES].join(', ')}) or a list of them`;
    if (Array.isArray(type) && type.some((item) => typeof item === 'string')) {
      repair(childPath(path, 'type'), `\`type\` must be ${typeNames}; this list holds other values too`, 'kept only the names in it', (list) => (list as unknown[]).filter((item) => typeof item === 'string'));
    } else {
      repair(childPath(path, 'type'), `\`type\` must be ${typeNames}; this one is ${Array.isArray(type) ? 'a list without one' : describeValue(type)}`, 'ignored `type`: the schema allows any type', () => DROP);
    }
  }
  if (values !== undefined && !Array.isArray(values)) {
    repair(childPath(path, 'enum'), `\`enum\` must be a list of values; this one is ${describeValue(values)}`, 'ignored `enum`: the schema allows any value of its type', () => DROP);
  }
  if (discriminator !== undefined && (!isMapping(discriminator) || typeof discriminator.propertyName !== 'string')) {
    repair(
      childPath(path, 'discriminator'),
      `\`discriminator\` must be a mapping with a \`propertyName\`; this one is ${isMapping(discriminator) ? 'a mapping without one' : describeValue(discriminator)}`,
      'ignored `discriminator`: the union is read without it',
      () => DROP,
    );
  }
  for (const [key, expected] of KEYWORD_VALUE_TYPES) {
    const value = schema[key];
    if (value === undefined || !hasOwn(schema, key) || wellTyped(key, value)) continue;
    if (expected === 'names' && Array.isArray(value) && value.some((name) => typeof name === 'string')) {
      repair(childPath(path, key), `\`${key}\` must be ${EXPECTED[expected]}; this list holds other values too`, 'kept only the names in it', (list) => (list as unknown[]).filter((name) => typeof name === 'string'));
    } else {
      repair(childPath(path, key), `\`${key}\` must be ${EXPECTED[expected]}; this one is ${describeValue(value)}`, `ignored \`${key}\``, () => DROP);
    }
  }
}
