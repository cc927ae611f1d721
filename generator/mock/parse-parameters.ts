/**
 * Reads an operation's parameters back from a request, by location and style (the inverse of the runtime's
 * serialize-parameter.ts), coerces them to their schemas' types, and checks them: the mock server's request
 * validation. The first problem names the parameter (`query.limit`) and the rule it broke.
 * @see https://spec.openapis.org/oas/v3.1.0#style-values
 */
import { ownValue, setOwn } from '../load/own-property.js';
import { resolveShape, schemaTypes, shapeProperties } from '../model/schema-shape.js';
import type { JsonSchema, ParameterModel } from '../model/types.js';
import { checkValue } from './check-value.js';

type Document = Readonly<Record<string, unknown>>;

/** What the mock server read of a request's parameters. */
export interface RequestParameters {
  /** Raw path segments matched by the path template's parameters (still percent-encoded). */
  readonly path: Readonly<Record<string, string>>;
  /** The query string without `?`. */
  readonly query: string;
  /** Headers, names in lower case. */
  readonly headers: Readonly<Record<string, string | undefined>>;
}

/** A request that breaks its operation's parameters or body. */
export interface RequestProblem {
  /** `query.limit`, `path.id`, `header.X-Trace`, `body.name`. */
  readonly field: string;
  readonly rule: string;
  readonly message: string;
}

/** The parameters' values by argument key, or the first problem; patterns left unchecked are added to `notes`. */
export function parseParameters(
  parameters: readonly ParameterModel[],
  request: RequestParameters,
  document: Document,
  notes?: Set<string>,
): { values: Record<string, unknown> } | { problem: RequestProblem } {
  const values: Record<string, unknown> = {};
  let pairs: ReadonlyArray<readonly [string, string]>;
  try {
    pairs = request.query === '' ? [] : request.query.split('&').map((pair) => {
      const at = pair.indexOf('=');
      return [decode(at === -1 ? pair : pair.slice(0, at)), at === -1 ? '' : pair.slice(at + 1)] as const;
    });
  } catch {
    return { problem: { field: 'query', rule: 'encoding', message: 'query: a parameter name is not valid percent-encoding' } };
  }
  const cookies = new Map((request.headers.cookie ?? '').split(/;\s*/).filter(Boolean).map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)] as const));
  for (const param of parameters) {
    const field = `${param.in}.${param.name}`;
    const shape = resolveShape(param.schema, document);
    const kind = schemaTypes(shape).find((type) => type !== 'null') ?? (shape?.properties ? 'object' : shape?.items ? 'array' : 'string');
    let raw: unknown;
    try {
      raw = read(param, kind, request, pairs, cookies);
    } catch {
      return { problem: { field, rule: 'encoding', message: `${field}: the value is not valid percent-encoding` } };
    }
    if (raw === undefined) {
      if (param.required) return { problem: { field, rule: 'required', message: `${field}: required parameter is missing` } };
      continue;
    }
    let value: unknown;
    if (param.json) {
      try {
        value = JSON.parse(String(raw));
      } catch {
        return { problem: { field, rule: 'json', message: `${field}: expected JSON` } };
      }
    } else value = coerce(raw, param.schema, document);
    const problem = checkValue(param.schema, value, document, field, notes);
    if (problem) return { problem: { field: problem.path, rule: problem.rule, message: problem.message } };
    setOwn(values, param.key, value);
  }
  return { values };
}

function decode(text: string): string {
  return decodeURIComponent(text.replace(/\+/g, ' '));
}

/** The parameter's text (or list, or record of texts) as the request carries it; undefined when absent. */
function read(
  param: ParameterModel,
  kind: string,
  request: RequestParameters,
  pairs: ReadonlyArray<readonly [string, string]>,
  cookies: ReadonlyMap<string, string>,
): unknown {
  const name = param.name;
  switch (param.in) {
    case 'path': {
      const text = ownValue(request.path, name);
      if (text === undefined) return undefined;
      const prefix = param.style === 'label' ? '.' : param.style === 'matrix' ? `;${name}=` : '';
      let body = text;
      if (param.style === 'matrix' && kind !== 'object' && param.explode && kind === 'array') {
        return body.split(`;${name}=`).slice(1).map((part) => decodeURIComponent(part));
      }
      if (prefix && body.startsWith(prefix)) body = body.slice(prefix.length);
      else if (param.style === 'matrix' && body.startsWith(';')) body = body.slice(1);
      const separator = param.style === 'label' && param.explode ? '.' : param.style === 'matrix' && param.explode ? ';' : ',';
      return structured(kind, body, separator, param.explode, decodeURIComponent);
    }
    case 'header': {
      const text = request.headers[name.toLowerCase()];
      return text === undefined ? undefined : structured(kind, text, ',', param.explode, (part) => part.trim());
    }
    case 'cookie': {
      const text = cookies.get(name);
      return text === undefined ? undefined : structured(kind, text, ',', false, decodeURIComponent);
    }
    case 'query': {
      if (kind === 'object' && param.style === 'deepObject') {
        const record: Record<string, string> = {};
        for (const [key, value] of pairs) {
          const match = new RegExp(`^${escapeRegExp(name)}\\[([^\\]]*)\\]$`).exec(key);
          if (match) setOwn(record, match[1]!, decode(value));
        }
        return Object.keys(record).length > 0 ? record : undefined;
      }
      if (kind === 'object' && param.explode) {
        // Exploded form objects: each property is its own pair.
        const record: Record<string, string> = {};
        for (const [key, value] of pairs) setOwn(record, key, decode(value));
        return Object.keys(record).length > 0 ? record : undefined;
      }
      const found = pairs.filter(([key]) => key === name).map(([, value]) => value);
      if (found.length === 0) return undefined;
      if (kind === 'array' && param.explode && param.style === 'form') return found.map(decode);
      const separator = param.style === 'spaceDelimited' ? /%20|\+| / : param.style === 'pipeDelimited' ? /%7C|\|/i : ',';
      return structured(kind, found[found.length - 1]!, separator, false, decode);
    }
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Splits one text into the parameter's shape: a list, a record (`k,v,k,v` or `k=v,k=v`), or the text itself. */
function structured(kind: string, text: string, separator: string | RegExp, explode: boolean, decodePart: (part: string) => string): unknown {
  if (kind === 'array') return text === '' ? [] : text.split(separator).map(decodePart);
  if (kind === 'object') {
    const parts = text.split(separator);
    const record: Record<string, string> = {};
    if (explode) for (const part of parts) setOwn(record, decodePart(part.slice(0, part.indexOf('='))), decodePart(part.slice(part.indexOf('=') + 1)));
    else for (let index = 0; index + 1 < parts.length; index += 2) setOwn(record, decodePart(parts[index]!), decodePart(parts[index + 1]!));
    return record;
  }
  return decodePart(text);
}

/** Turns texts into the schema's types (`"7"` → 7 for an integer, `"true"` → true), leaving what does not convert as text for the check to report. */
export function coerce(value: unknown, schema: JsonSchema | undefined, document: Document, depth = 0): unknown {
  // Past this depth values are left as they are (checkValue stops there too): a hostile body cannot exhaust the stack.
  if (depth > 256) return value;
  const shape = resolveShape(schema, document);
  const types = schemaTypes(shape);
  if (Array.isArray(value)) return value.map((item) => coerce(item, shape?.items as JsonSchema | undefined, document, depth + 1));
  if (value !== null && typeof value === 'object') {
    const properties = shapeProperties(shape, document);
    const record: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) setOwn(record, key, coerce(item, ownValue(properties, key) ?? (shape?.additionalProperties as JsonSchema | undefined), document, depth + 1));
    return record;
  }
  if (typeof value !== 'string') return value;
  // A multipart part holding an object or array travels as JSON text (the default Content-Type of such parts).
  if (!types.includes('string') && /^\s*[[{]/.test(value)) {
    try {
      return coerce(JSON.parse(value), schema, document, depth + 1);
    } catch {
      return value;
    }
  }
  // One multipart part (or form field) for a list of one.
  if (types.includes('array') && !types.includes('string')) return [coerce(value, shape?.items as JsonSchema | undefined, document, depth + 1)];
  if ((types.includes('integer') || types.includes('number')) && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  if (types.includes('boolean') && (value === 'true' || value === 'false')) return value === 'true';
  if (types.includes('null') && value === 'null') return null;
  return value;
}
