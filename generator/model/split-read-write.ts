/**
 * Gives schemas with `readOnly` or `writeOnly` properties (directly or through references) two views: the
 * component itself becomes what a response carries (no writeOnly properties), and `<Name>Input` what a request
 * sends (no readOnly properties, references to other split schemas pointing at their Input views).
 * Request bodies are rewritten to the write view and responses to the read view, inline schemas included.
 * @see https://spec.openapis.org/oas/v3.1.0#fixed-fields-19 (readOnly, writeOnly)
 */
import { isDataKey } from '../load/data-keys.js';
import { schemaComponentKey, schemaComponentRef } from '../load/json-pointer.js';
import { hasOwn, setOwn } from '../load/own-property.js';
import { componentsReaching } from './components-reaching.js';

type Schema = Record<string, unknown>;

/** Returns a copy of `schema` without properties flagged `drop`, references mapped by `mapRef`. */
function view(schema: unknown, drop: 'readOnly' | 'writeOnly', mapRef: (key: string) => string | undefined): unknown {
  if (schema === null || typeof schema !== 'object') return schema;
  if (Array.isArray(schema)) return schema.map((item) => view(item, drop, mapRef));
  const result: Schema = {};
  for (const [key, value] of Object.entries(schema)) {
    if (isDataKey(key, true)) {
      setOwn(result, key, value);
    } else if (key === '$ref') {
      const target = schemaComponentKey(value);
      const mapped = target === undefined ? undefined : mapRef(target);
      result[key] = mapped === undefined ? value : schemaComponentRef(mapped);
    } else if (key === 'properties' && value !== null && typeof value === 'object') {
      const kept: Schema = {};
      for (const [name, property] of Object.entries(value)) {
        if (property !== null && typeof property === 'object' && (property as Schema)[drop] === true) continue;
        setOwn(kept, name, view(property, drop, mapRef));
      }
      result[key] = kept;
    } else {
      setOwn(result, key, view(value, drop, mapRef));
    }
  }
  // A discriminator's mapping names members by reference: it follows the members to their views, so that each view
  // keeps the tag value the mapping gives it (not one derived from the view's name).
  const discriminator = result.discriminator as Schema | null | undefined;
  const mapping = discriminator !== null && typeof discriminator === 'object' ? discriminator.mapping : undefined;
  if (mapping !== null && typeof mapping === 'object' && !Array.isArray(mapping)) {
    const mapped: Schema = {};
    for (const [value, target] of Object.entries(mapping as Schema)) {
      const reference = typeof target === 'string' && target.startsWith('#');
      const key = typeof target !== 'string' ? undefined : reference ? schemaComponentKey(target) : target.includes('/') ? undefined : target;
      const to = key === undefined ? undefined : mapRef(key);
      setOwn(mapped, value, to === undefined ? target : reference ? schemaComponentRef(to) : to);
    }
    result.discriminator = { ...discriminator, mapping: mapped };
  }
  if (Array.isArray(result.required) && result.properties && typeof result.properties === 'object') {
    const dropped = Object.keys((schema as Schema).properties as Schema).filter((name) => !hasOwn(result.properties as Schema, name));
    if (dropped.length > 0) result.required = (result.required as string[]).filter((name) => !dropped.includes(name));
  }
  return result;
}

/** Splits in place; returns the Input key of every split component. */
export function splitReadWrite(document: Record<string, unknown>): Map<string, string> {
  const components = (document.components ?? {}) as Record<string, unknown>;
  const schemas = (components.schemas ?? {}) as Record<string, unknown>;
  const split = componentsReaching(schemas, (sub) => sub.readOnly === true || sub.writeOnly === true);
  const inputKeys = new Map<string, string>();
  const usedInputs = new Set<string>();
  for (const key of [...split].sort()) {
    let input = `${key}Input`;
    for (let n = 2; hasOwn(schemas, input) || usedInputs.has(input); n++) input = `${key}Input${n}`;
    inputKeys.set(key, input);
    usedInputs.add(input);
  }
  const toInput = (key: string) => inputKeys.get(key);
  for (const [key, input] of inputKeys) {
    const original = schemas[key];
    setOwn(schemas, input, view(original, 'readOnly', toInput));
    setOwn(schemas, key, view(original, 'writeOnly', () => undefined));
  }
  // Operations: request bodies take the write view, responses the read view.
  for (const pathItem of Object.values((document.paths ?? {}) as Record<string, Record<string, unknown>>)) {
    if (pathItem === null || typeof pathItem !== 'object') continue;
    for (const operation of Object.values(pathItem)) {
      if (operation === null || typeof operation !== 'object') continue;
      const op = operation as { requestBody?: { content?: Record<string, Schema> }; responses?: Record<string, { content?: Record<string, Schema> }> };
      for (const media of Object.values(op.requestBody?.content ?? {})) {
        if (media && typeof media === 'object' && media.schema !== undefined) media.schema = view(media.schema, 'readOnly', toInput);
      }
      for (const response of Object.values(op.responses ?? {})) {
        for (const media of Object.values(response?.content ?? {})) {
          if (media && typeof media === 'object' && media.schema !== undefined) media.schema = view(media.schema, 'writeOnly', () => undefined);
        }
      }
    }
  }
  return inputKeys;
}
