/**
 * Gives inline object and union schemas a name when they carry a `title` or `id` hint, by moving them to
 * `components.schemas` and leaving a `$ref` behind, so callers get `DeleteSuccess` instead of an anonymous type.
 */
import { canonicalJson } from '../load/canonical-json.js';
import { isDataKey } from '../load/data-keys.js';
import { schemaComponentRef } from '../load/json-pointer.js';
import { hasOwn, ownValue, setOwn } from '../load/own-property.js';

/** A hint usable as a type name: a word, not a URI. */
const HINT = /^[A-Za-z_][A-Za-z0-9_ .-]*$/;

interface Occurrence {
  readonly container: Record<string, unknown> | unknown[];
  readonly key: string | number;
  readonly schema: Record<string, unknown>;
}

/**
 * Hoists in place (on the model's own copy of the document). A hint is used only when every schema carrying it
 * is identical and no different component already has that key; otherwise the schemas stay inline.
 */
export function hoistNamedSchemas(document: Record<string, unknown>): string[] {
  const byHint = new Map<string, Occurrence[]>();
  const components = ((document.components ??= {}) as Record<string, unknown>);
  const schemas = ((components.schemas ??= {}) as Record<string, unknown>);

  const collect = (value: unknown, inSchema: boolean, container: Occurrence['container'] | undefined, key: string | number | undefined, isRoot: boolean) => {
    if (value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      value.forEach((item, index) => collect(item, inSchema, value, index, false));
      return;
    }
    const record = value as Record<string, unknown>;
    if (inSchema && !isRoot && container !== undefined && key !== undefined && isNameable(record)) {
      const hint = hintOf(record);
      if (hint !== undefined) {
        const list = byHint.get(hint) ?? [];
        list.push({ container, key, schema: record });
        byHint.set(hint, list);
      }
    }
    for (const childKey in record) {
      if (!hasOwn(record, childKey) || isDataKey(childKey, inSchema)) continue;
      collect(record[childKey], inSchema || childKey === 'schema', record, childKey, false);
    }
  };

  for (const [key, value] of Object.entries(document)) {
    if (key === 'components') continue;
    collect(value, false, document, key, false);
  }
  for (const [section, value] of Object.entries(components)) {
    if (section === 'schemas') {
      for (const [name, schema] of Object.entries(schemas)) collect(schema, true, schemas, name, true);
    } else {
      collect(value, false, components, section, false);
    }
  }

  const hoisted: string[] = [];
  for (const hint of [...byHint.keys()].sort()) {
    const occurrences = byHint.get(hint)!;
    const text = canonicalJson(occurrences[0]!.schema);
    if (occurrences.some((o) => canonicalJson(o.schema) !== text)) continue;
    const existing = ownValue(schemas, hint);
    if (existing !== undefined && canonicalJson(existing) !== text) continue;
    if (existing === undefined) setOwn(schemas, hint, occurrences[0]!.schema);
    for (const { container, key, schema } of occurrences) {
      const ref: Record<string, unknown> = { $ref: schemaComponentRef(hint) };
      if (typeof schema.description === 'string') ref.description = schema.description;
      if (Array.isArray(container)) container[key as number] = ref;
      else setOwn(container as Record<string, unknown>, String(key), ref);
    }
    hoisted.push(hint);
  }
  return hoisted;
}

/** Objects with properties and unions are worth a name; primitives with a `title` (as FastAPI writes them) are not. */
function isNameable(schema: Record<string, unknown>): boolean {
  if (schema.$ref !== undefined) return false;
  return schema.properties !== undefined || Array.isArray(schema.oneOf) || Array.isArray(schema.anyOf) || Array.isArray(schema.allOf);
}

function hintOf(schema: Record<string, unknown>): string | undefined {
  for (const candidate of [schema.title, schema.id]) {
    if (typeof candidate === 'string' && HINT.test(candidate)) return candidate;
  }
  return undefined;
}
