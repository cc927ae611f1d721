/**
 * Serialises parameter values by location, `style` and `explode`.
 * @see https://spec.openapis.org/oas/v3.1.0#style-values
 */
import { encodePathSegment, rejectPathSegment } from './encode-path-segment.js';
import { addCookie, type ParameterDescriptor, type RequestParts } from './operation.js';
import { ParameterError } from './parameter-error.js';

export type { ParameterDescriptor } from './operation.js';


type Primitive = string | number | boolean;

function primitiveText(value: unknown, parameter: string): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (value instanceof Date) return value.toISOString();
  throw new ParameterError(parameter, `parameter "${parameter}" must be a string, number or boolean, got ${describe(value)}`);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : typeof value;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

/** True for what a style writes as one text: anything but an array or an object (a Date is a text). */
function isScalar(value: unknown): boolean {
  return typeof value !== 'object' || value === null || value instanceof Date;
}

/**
 * True when a style can write the value: a scalar, or an array or object of scalars. The styles define nothing for
 * nested values (an array of objects, an object holding an array), which then travel as JSON text.
 * @see https://spec.openapis.org/oas/v3.1.1#style-values
 */
function styleCanWrite(value: unknown): boolean {
  return isScalar(value) || Object.values(value as object).every(isScalar);
}

/** Flattens an object's defined entries to `[key, text]` pairs, in insertion order. */
function objectEntries(value: Record<string, unknown>, parameter: string): Array<[string, string]> {
  return Object.entries(value)
    .filter(([, v]) => v !== undefined && v !== null)
    .map(([k, v]) => [k, primitiveText(v, parameter)]);
}

function arrayItems(value: readonly unknown[], parameter: string): string[] {
  return value.filter((v) => v !== undefined && v !== null).map((v) => primitiveText(v, parameter));
}

/** Encoder for query names and values: RFC 3986 unreserved characters stay, reserved ones too with `allowReserved`. */
function queryEncoder(allowReserved: boolean | undefined): (text: string) => string {
  if (!allowReserved) return encodePathSegment;
  return (text) => encodeURI(text).replace(/[#&=+]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** Checks a value bound for a path segment, then encodes it. */
function safeSegment(text: string, parameter: string): string {
  const problem = rejectPathSegment(text);
  if (problem) throw new ParameterError(parameter, `path parameter "${parameter}" ${problem}`);
  return encoded(parameter, () => encodePathSegment(text));
}

/** Runs an encoder, turning a value that percent-encoding refuses (a lone surrogate) into a ParameterError. */
export function encoded<T>(parameter: string, encode: () => T): T {
  try {
    return encode();
  } catch (cause) {
    if (cause instanceof URIError) {
      throw new ParameterError(parameter, `parameter "${parameter}" holds a lone UTF-16 surrogate, which cannot be percent-encoded`);
    }
    throw cause;
  }
}

/** Returns the text that replaces `{name}` in the path template. */
export function serializePathParameter(param: ParameterDescriptor, value: unknown): string {
  if (value === undefined || value === null) {
    throw new ParameterError(param.name, `path parameter "${param.name}" is required`);
  }
  const style = param.style ?? 'simple';
  const explode = param.explode ?? false;
  const enc = (text: string) => safeSegment(text, param.name);
  if (param.json || !styleCanWrite(value)) return enc(JSON.stringify(value));
  const prefix = style === 'label' ? '.' : style === 'matrix' ? `;${encodePathSegment(param.name)}=` : '';
  if (Array.isArray(value)) {
    const items = arrayItems(value, param.name).map(enc);
    if (items.length === 0) throw new ParameterError(param.name, `path parameter "${param.name}" is an empty array`);
    if (!explode) return prefix + items.join(',');
    if (style === 'label') return '.' + items.join('.');
    if (style === 'matrix') return items.map((item) => prefix + item).join('');
    return items.join(',');
  }
  if (isPlainObject(value)) {
    const entries = objectEntries(value, param.name).map(([k, v]) => [encodePathSegment(k), enc(v)] as const);
    if (entries.length === 0) throw new ParameterError(param.name, `path parameter "${param.name}" is an empty object`);
    if (!explode) return prefix + entries.map(([k, v]) => `${k},${v}`).join(',');
    if (style === 'label') return '.' + entries.map(([k, v]) => `${k}=${v}`).join('.');
    if (style === 'matrix') return entries.map(([k, v]) => `;${k}=${v}`).join('');
    return entries.map(([k, v]) => `${k}=${v}`).join(',');
  }
  return prefix + enc(primitiveText(value, param.name));
}

/** Returns the `name=value` pairs (already encoded) that one query parameter contributes. */
export function serializeQueryParameter(param: ParameterDescriptor, value: unknown): string[] {
  if (value === undefined || value === null) return [];
  const enc = queryEncoder(param.allowReserved);
  const name = enc(param.name);
  const style = param.style ?? 'form';
  // deepObject writes any nesting (`filter[tags][]=a`, `items[0][price]=5`, as qs and Rails read them).
  if (style === 'deepObject' && !isScalar(value)) return deepObjectPairs(param.name, value as object, enc);
  if (param.json || !styleCanWrite(value)) return [`${name}=${enc(JSON.stringify(value))}`];
  const explode = param.explode ?? style === 'form';
  if (Array.isArray(value)) {
    const items = arrayItems(value, param.name).map(enc);
    if (explode) return items.map((item) => `${name}=${item}`);
    const separator = style === 'spaceDelimited' ? '%20' : style === 'pipeDelimited' ? '|' : ',';
    return [`${name}=${items.join(separator)}`];
  }
  if (isPlainObject(value)) {
    const entries = objectEntries(value, param.name);
    if (explode) return entries.map(([k, v]) => `${enc(k)}=${enc(v)}`);
    return [`${name}=${entries.map(([k, v]) => `${enc(k)},${enc(v)}`).join(',')}`];
  }
  return [`${name}=${enc(primitiveText(value, param.name))}`];
}

/**
 * `name[key]=value` pairs for an object (an array's items are keyed by index), nested to any depth; an array of
 * scalars is written `name[key][]=item`.
 */
function deepObjectPairs(prefix: string, value: object, enc: (text: string) => string): string[] {
  const pairs: string[] = [];
  for (const [key, item] of Object.entries(value)) {
    if (item === undefined || item === null) continue;
    const name = `${prefix}[${key}]`;
    if (Array.isArray(item) && item.every(isScalar)) for (const element of arrayItems(item, prefix)) pairs.push(`${enc(name)}[]=${enc(element)}`);
    else if (!isScalar(item)) pairs.push(...deepObjectPairs(name, item as object, enc));
    else pairs.push(`${enc(name)}=${enc(primitiveText(item, prefix))}`);
  }
  return pairs;
}

/** Returns a header value (simple style), or undefined when the parameter is absent. */
export function serializeHeaderParameter(param: ParameterDescriptor, value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (param.json || !styleCanWrite(value)) return JSON.stringify(value);
  if (Array.isArray(value)) return arrayItems(value, param.name).join(',');
  if (isPlainObject(value)) {
    const entries = objectEntries(value, param.name);
    return param.explode ? entries.map(([k, v]) => `${k}=${v}`).join(',') : entries.flat().join(',');
  }
  return primitiveText(value as Primitive, param.name);
}

/** Returns the `name=value` cookie pair (form style), or undefined when the parameter is absent. */
export function serializeCookieParameter(param: ParameterDescriptor, value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  const text =
    param.json || !styleCanWrite(value)
      ? JSON.stringify(value)
      : Array.isArray(value)
        ? arrayItems(value, param.name).join(',')
        : isPlainObject(value)
          ? objectEntries(value, param.name).flat().join(',')
          : primitiveText(value, param.name);
  return `${param.name}=${encodeURIComponent(text)}`;
}

/**
 * Writes a `simple`-style path parameter holding one string or number: the common case, kept small.
 * The writers are function declarations: a type checker follows a reference to an exported `const` back through
 * every statement before it, which costs seconds over a thousand generated operations.
 */
export function writePathValue(parts: RequestParts, param: ParameterDescriptor, value: unknown): void {
  if (value === undefined || value === null || typeof value === 'object') {
    throw new ParameterError(param.name, `path parameter "${param.name}" must be a string or a number`);
  }
  const segment = safeSegment(String(value), param.name);
  // replaceAll with a function (a `$` in the segment stays literal); a third faster than split and join.
  parts.path = parts.path.replaceAll(`{${param.name}}`, () => segment);
}

/** Writes a path parameter of any style and shape into the path template. */
export function writePath(parts: RequestParts, param: ParameterDescriptor, value: unknown): void {
  const segment = encoded(param.name, () => serializePathParameter(param, value));
  parts.path = parts.path.replaceAll(`{${param.name}}`, () => segment);
}

/** Appends a query parameter. */
export function writeQuery(parts: RequestParts, param: ParameterDescriptor, value: unknown): void {
  parts.query.push(...encoded(param.name, () => serializeQueryParameter(param, value)));
}

/** Sets a header parameter. */
export function writeHeader(parts: RequestParts, param: ParameterDescriptor, value: unknown): void {
  const text = serializeHeaderParameter(param, value);
  if (text !== undefined) parts.headers.set(param.name, text);
}

/** Adds a cookie parameter. */
export function writeCookie(parts: RequestParts, param: ParameterDescriptor, value: unknown): void {
  const pair = encoded(param.name, () => serializeCookieParameter(param, value));
  if (pair !== undefined) addCookie(parts, pair);
}
