/**
 * The mock server's logic, apart from HTTP: finds the operation a request is for, checks credentials, parameters
 * and body against the spec, and answers with the documented example or a value synthesised from the schema.
 * `Prefer: code=404`, `Prefer: example=name` and `Prefer: dynamic=true` choose the answer (as Stoplight Prism does).
 * Pure apart from parsing multipart bodies; the same spec and seed always give the same bytes.
 */
import { fromPointer, getAtPath } from '../load/json-pointer.js';
import { ownValue, setOwn } from '../load/own-property.js';
import { responseStream, statusKey } from '../emit/response-types.js';
import type { ApiModel, JsonSchema, MediaTypeModel, OperationModel, ResponseModel } from '../model/types.js';
import { checkValue } from './check-value.js';
import { coerce, parseParameters, type RequestProblem } from './parse-parameters.js';
import { synthesizeValue } from './synthesize-value.js';

/** A request as the mock sees it. */
export interface MockRequest {
  readonly method: string;
  /** The path and query, as sent (percent-encoded). */
  readonly url: string;
  /** Headers, names in lower case. */
  readonly headers: Readonly<Record<string, string | undefined>>;
  readonly body: Uint8Array;
}

/** The mock's answer, and a note for the log line saying which example or rule gave it. */
export interface MockAnswer {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string | Uint8Array;
  readonly note: string;
  /** The operation's function name, when the request matched one. */
  readonly operation?: string;
}

export interface MockOptions {
  /** Varies synthesised values; the same seed gives the same bytes. `'1'` by default. */
  readonly seed?: string;
}

type Document = Readonly<Record<string, unknown>>;

interface Route {
  readonly operation: OperationModel;
  readonly pattern: RegExp;
  readonly names: readonly string[];
  readonly statics: number;
}

/** Answers requests for `model`'s operations. */
export function createMockResponder(model: ApiModel, options: MockOptions = {}): (request: MockRequest) => Promise<MockAnswer> {
  const seed = options.seed ?? '1';
  const document = model.document;
  const basePath = serverBasePath(model);
  const routes = model.operations
    .map((operation): Route => {
      const names: string[] = [];
      const source = operation.path
        .split(/(\{[^}]*\})/)
        .map((part) => {
          if (/^\{[^}]*\}$/.test(part)) {
            names.push(part.slice(1, -1));
            return '([^/]+)';
          }
          return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        })
        .join('');
      return { operation, pattern: new RegExp(`^${source}/?$`), names, statics: operation.path.replace(/\{[^}]*\}/g, '').length };
    })
    // Static segments win over parameters: `/users/me` before `/users/{id}`.
    .sort((a, b) => b.statics - a.statics || a.names.length - b.names.length);

  return async (request) => {
    const queryAt = request.url.indexOf('?');
    const rawPath = queryAt === -1 ? request.url : request.url.slice(0, queryAt);
    const query = queryAt === -1 ? '' : request.url.slice(queryAt + 1);
    const candidates = [rawPath, basePath && rawPath.startsWith(basePath) ? rawPath.slice(basePath.length) || '/' : undefined].filter((path): path is string => path !== undefined);
    const matches = routes.flatMap((route) => candidates.flatMap((path) => {
      const match = route.pattern.exec(path);
      return match ? [{ route, match }] : [];
    }));
    if (matches.length === 0) return problem(404, 'not-found', `no operation has the path ${rawPath}`);
    const method = request.method.toLowerCase();
    const found = matches.find(({ route }) => route.operation.method === method);
    if (found === undefined) {
      const allowed = [...new Set(matches.map(({ route }) => route.operation.method.toUpperCase()))].sort();
      return { ...problem(405, 'method-not-allowed', `${request.method} is not documented for ${rawPath}; allowed: ${allowed.join(', ')}`), headers: { 'content-type': 'application/json', allow: allowed.join(', ') } };
    }
    const operation = found.route.operation;
    const respond = (answer: MockAnswer): MockAnswer => ({ ...answer, operation: operation.name });

    if (!hasCredentials(model, operation, request.headers, query)) {
      const documented = findResponse(operation, 401);
      const message = `${operation.name} requires credentials (${operation.security.map((alternative) => alternative.join(' + ')).join(' or ')})`;
      const answer = documented ? answerWith(operation, documented, 401, {}, document, seed, request) : problem(401, 'unauthorized', message);
      return respond({ ...answer, headers: { ...answer.headers, 'www-authenticate': 'Bearer' }, note: `401: ${message}` });
    }

    const path: Record<string, string> = {};
    found.route.names.forEach((name, index) => setOwn(path, name, found.match[index + 1]!));
    const parsed = parseParameters(operation.parameters, { path, query, headers: request.headers }, document);
    const bad = 'problem' in parsed ? parsed.problem : await bodyProblem(operation, request, document);
    if (bad) return respond(invalidRequest(operation, bad, document, seed, request));

    const prefer = parsePrefer(request.headers.prefer);
    let response: ResponseModel | undefined;
    let status: number;
    if (prefer.code !== undefined) {
      response = findResponse(operation, prefer.code);
      if (response === undefined) return respond(problem(400, 'prefer', `${operation.name} documents no ${prefer.code} response (Prefer: code=${prefer.code})`));
      status = prefer.code;
    } else {
      [response, status] = defaultResponse(operation);
    }
    if (response === undefined) return respond({ status, headers: {}, body: '', note: 'no documented response: empty' });
    return respond(answerWith(operation, response, status, prefer, document, prefer.dynamic ? `${seed}-${Math.random()}` : seed, request));
  };
}

/** The path of the first server URL (`/v1` of `https://api.example.com/v1`), which requests may or may not carry. */
function serverBasePath(model: ApiModel): string {
  const url = model.servers[0]?.url;
  if (url === undefined) return '';
  try {
    return new URL(url, 'http://localhost').pathname.replace(/\/+$/, '');
  } catch {
    return '';
  }
}

function problem(status: number, error: string, message: string): MockAnswer {
  return { status, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ error, message }), note: `${status}: ${message}` };
}

/** True when one alternative of the operation's security requirements is met (an empty alternative means none is needed). */
function hasCredentials(model: ApiModel, operation: OperationModel, headers: MockRequest['headers'], query: string): boolean {
  if (operation.security.length === 0) return true;
  const authorization = headers.authorization ?? '';
  const queryNames = new Set(query.split('&').map((pair) => decodeURIComponent(pair.split('=')[0] ?? '')));
  const cookie = headers.cookie ?? '';
  return operation.security.some((alternative) =>
    alternative.every((key) => {
      const scheme = model.securitySchemes.find((candidate) => candidate.key === key);
      if (scheme === undefined || scheme.type === 'unsupported') return true;
      if (scheme.type === 'bearer') return /^bearer\s+\S/i.test(authorization);
      if (scheme.type === 'basic') return /^basic\s+\S/i.test(authorization);
      const name = scheme.parameterName ?? '';
      if (scheme.in === 'query') return queryNames.has(name);
      if (scheme.in === 'cookie') return cookie.split(/;\s*/).some((pair) => pair.startsWith(`${name}=`));
      return (headers[name.toLowerCase()] ?? '') !== '';
    }),
  );
}

/** The body's first problem against the operation's request body, by its Content-Type; undefined when it conforms. */
async function bodyProblem(operation: OperationModel, request: MockRequest, document: Document): Promise<RequestProblem | undefined> {
  const body = operation.requestBody;
  if (body === undefined) return undefined;
  if (request.body.byteLength === 0) return body.required ? { field: 'body', rule: 'required', message: 'body: a request body is required' } : undefined;
  const contentType = request.headers['content-type'] ?? '';
  const base = (contentType.split(';')[0] ?? '').trim().toLowerCase();
  const media = body.contents.find((candidate) => mediaMatches(candidate.mediaType, base)) ?? (base === '' ? body.contents[0] : undefined);
  if (media === undefined) {
    return { field: 'header.Content-Type', rule: 'media-type', message: `body: ${base || 'no Content-Type'} is not one of ${body.contents.map((c) => c.mediaType).join(', ')}` };
  }
  let value: unknown;
  const text = new TextDecoder().decode(request.body);
  switch (media.format) {
    case 'json':
      try {
        value = JSON.parse(text);
      } catch {
        return { field: 'body', rule: 'json', message: 'body: not valid JSON' };
      }
      break;
    case 'form': {
      const record: Record<string, unknown> = {};
      for (const [key, item] of new URLSearchParams(text)) {
        const existing = ownValue(record, key);
        setOwn(record, key, existing === undefined ? item : [existing, item].flat());
      }
      value = coerce(record, media.schema, document);
      break;
    }
    case 'multipart': {
      let form: FormData;
      try {
        form = await new Response(request.body as BodyInit, { headers: { 'content-type': contentType } }).formData();
      } catch {
        return { field: 'body', rule: 'multipart', message: 'body: not a valid multipart body' };
      }
      const record: Record<string, unknown> = {};
      for (const [key, item] of form.entries()) {
        // JSON parts (objects) are read as their text; file parts stand as a placeholder string.
        const part = typeof item === 'string' ? item : /json/i.test(item.type) ? await item.text() : '(file)';
        const existing = ownValue(record, key);
        setOwn(record, key, existing === undefined ? part : [existing, part].flat());
      }
      value = coerce(record, media.schema, document);
      break;
    }
    case 'text':
      value = text;
      break;
    default:
      return undefined;
  }
  const found = checkValue(media.schema, value, document, 'body');
  return found ? { field: found.path, rule: found.rule, message: found.message } : undefined;
}

function mediaMatches(documented: string, base: string): boolean {
  const type = (documented.split(';')[0] ?? '').trim().toLowerCase();
  return type === base || type === '*/*' || (type.endsWith('/*') && base.startsWith(type.slice(0, -1)));
}

/** A 400 (or the documented 400/422 with its body) naming the field and the rule. */
function invalidRequest(operation: OperationModel, bad: RequestProblem, document: Document, seed: string, request: MockRequest): MockAnswer {
  const documented = findResponse(operation, 400, true) ?? findResponse(operation, 422, true);
  const headers = { 'x-mock-invalid': `${bad.field}: ${bad.rule}` };
  if (documented) {
    const status = documented.status.kind === 'status-code' ? documented.status.code : 400;
    const answer = answerWith(operation, documented, status, {}, document, seed, request);
    return { ...answer, body: withMessage(answer.body, bad.message), headers: { ...answer.headers, ...headers }, note: `${status}: ${bad.message} (${bad.rule})` };
  }
  return {
    status: 400,
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ error: 'invalid-request', field: bad.field, rule: bad.rule, message: bad.message }),
    note: `400: ${bad.message} (${bad.rule})`,
  };
}

/** The documented error body with its message field (`message`, `detail`, `error`, …) set to what was wrong, where it has a string one. */
function withMessage(body: string | Uint8Array, message: string): string | Uint8Array {
  if (typeof body !== 'string') return body;
  try {
    const value = JSON.parse(body) as unknown;
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return body;
    const field = ['message', 'detail', 'error_description', 'error', 'title', 'description'].find((name) => typeof (value as Record<string, unknown>)[name] === 'string');
    return field === undefined ? body : JSON.stringify({ ...value, [field]: message });
  } catch {
    return body;
  }
}

/** The documented response for `status`: the code, its range, then `default` (unless `exact`). */
function findResponse(operation: OperationModel, status: number, exact = false): ResponseModel | undefined {
  const responses = [...operation.successResponses, ...operation.errorResponses];
  const keys = exact ? [String(status)] : [String(status), `${Math.floor(status / 100)}XX`, 'default'];
  for (const key of keys) {
    const found = responses.find((response) => statusKey(response) === key);
    if (found) return found;
  }
  return undefined;
}

/** The answer without `Prefer: code`: the first success (200 for `2XX`), else the first documented response. */
function defaultResponse(operation: OperationModel): [ResponseModel | undefined, number] {
  const response = operation.successResponses[0] ?? operation.errorResponses.find((r) => r.status.kind !== 'status-default') ?? operation.errorResponses[0];
  if (response === undefined) return [undefined, 204];
  const status = response.status.kind === 'status-code' ? response.status.code : response.status.kind === 'status-range' ? response.status.range * 100 : 200;
  return [response, status];
}

interface Prefer {
  readonly code?: number;
  readonly example?: string;
  readonly dynamic?: boolean;
}

function parsePrefer(header: string | undefined): Prefer {
  const prefer: { code?: number; example?: string; dynamic?: boolean } = {};
  for (const token of (header ?? '').split(/[,;]/)) {
    const [name = '', ...rest] = token.trim().split('=');
    const value = rest.join('=').trim().replace(/^"(.*)"$/, '$1');
    if (name === 'code' && /^\d{3}$/.test(value)) prefer.code = Number(value);
    else if (name === 'example' && value !== '') prefer.example = value;
    else if (name === 'dynamic') prefer.dynamic = value === 'true';
  }
  return prefer;
}

/** Follows `$ref`s to the object they name. */
function deref(value: unknown, document: Document): Record<string, unknown> | undefined {
  let current = value;
  for (let step = 0; step < 32 && current !== null && typeof current === 'object' && typeof (current as { $ref?: unknown }).$ref === 'string'; step++) {
    current = getAtPath(document, fromPointer((current as { $ref: string }).$ref));
  }
  return current !== null && typeof current === 'object' ? (current as Record<string, unknown>) : undefined;
}

/** The Media Type Object of a response as the spec writes it (for its examples). */
function rawMedia(operation: OperationModel, response: ResponseModel, mediaType: string, document: Document): Record<string, unknown> | undefined {
  const pathItem = deref(ownValue(deref(document.paths, document) as Record<string, unknown>, operation.path), document);
  const raw = deref(pathItem?.[operation.method], document);
  const responses = deref(raw?.responses, document);
  const responseObject = deref(ownValue(responses as Record<string, unknown>, statusKey(response)), document);
  return deref(ownValue(deref(responseObject?.content, document) as Record<string, unknown>, mediaType), document);
}

/** Named examples of a media type, with their values (external ones left out). */
function namedExamples(media: Record<string, unknown> | undefined, document: Document): Array<[string, unknown]> {
  const examples = deref(media?.examples, document) ?? {};
  return Object.keys(examples).flatMap((name) => {
    const example = deref(examples[name], document);
    return example && 'value' in example ? [[name, example.value] as [string, unknown]] : [];
  });
}

/** Chooses the media type the request accepts (the preferred one otherwise). */
function chooseMedia(response: ResponseModel, accept: string | undefined): MediaTypeModel | undefined {
  const accepted = (accept ?? '').split(',').map((part) => (part.split(';')[0] ?? '').trim().toLowerCase());
  return response.contents.find((media) => accepted.includes(media.mediaType.toLowerCase())) ?? response.contents[0];
}

function answerWith(operation: OperationModel, response: ResponseModel, status: number, prefer: Prefer, document: Document, seed: string, request: MockRequest): MockAnswer {
  const headers: Record<string, string> = {};
  for (const header of response.headers) {
    if (/^(content-type|content-length|transfer-encoding)$/i.test(header.name)) continue;
    // A made-up redirect target would only send the client to a path no operation has.
    if (status >= 300 && status < 400 && header.name.toLowerCase() === 'location') continue;
    const value = synthesizeValue(header.schema, document, `${seed}:${header.name}`);
    headers[header.name.toLowerCase()] = typeof value === 'string' ? value : JSON.stringify(value);
  }
  const media = chooseMedia(response, request.headers.accept);
  if (media === undefined) return { status, headers, body: '', note: `${status}: no body` };
  headers['content-type'] = media.mediaType.includes('*') ? 'application/octet-stream' : media.mediaType;
  const stream = responseStream(response);
  if (stream && stream.media === media && stream.format !== 'bytes') {
    const item = media.itemSchema ?? media.schema;
    const items = [0, 1, 2].map((index) => synthesizeValue(item, document, `${seed}:${index}`));
    const body =
      stream.format === 'jsonl' ? items.map((value) => `${JSON.stringify(value)}\n`).join('')
      : stream.format === 'json-seq' ? items.map((value) => `\x1e${JSON.stringify(value)}\n`).join('')
      : items.map((value, index) => `id: ${index + 1}\ndata: ${typeof value === 'string' && stream.format === 'sse' ? value : JSON.stringify(value)}\n\n`).join('');
    return { status, headers, body, note: `${status}: ${items.length} synthesised stream items` };
  }
  const raw = rawMedia(operation, response, media.mediaType, document);
  const examples = namedExamples(raw, document);
  let value: unknown;
  let note: string;
  const valid = (candidate: unknown) => media.schema === undefined || checkValue(media.schema, candidate, document) === undefined;
  const chosen = prefer.example !== undefined ? examples.find(([name]) => name === prefer.example) : undefined;
  if (prefer.example !== undefined && chosen === undefined) {
    return problem(400, 'prefer', `${operation.name} documents no example "${prefer.example}" for ${statusKey(response)} ${media.mediaType}; it has: ${examples.map(([name]) => name).join(', ') || 'none'}`);
  }
  const documented: Array<[string, unknown]> = chosen ? [chosen] : prefer.dynamic ? [] : [...examples, ...(raw && 'example' in raw ? [['example', raw.example] as [string, unknown]] : [])];
  const usable = chosen ? chosen : documented.find(([, candidate]) => valid(candidate));
  if (usable) {
    [, value] = usable;
    note = `${status}: example "${usable[0]}"${valid(value) ? '' : ' (which does not match its schema)'}`;
  } else {
    value = synthesizeValue(media.schema as JsonSchema | undefined, document, seed);
    note = `${status}: synthesised (seed ${seed})${documented.length > 0 ? `; the documented example does not match its schema` : ''}`;
  }
  let body: string | Uint8Array;
  switch (media.format) {
    case 'json':
      body = JSON.stringify(value);
      break;
    case 'text':
      body = typeof value === 'string' ? value : JSON.stringify(value);
      break;
    default:
      body = typeof value === 'string' && media.schema !== undefined && (media.schema as { format?: string }).format !== 'binary' ? value : new TextEncoder().encode('mock body');
  }
  return { status, headers, body, note };
}

/** What the mock server answers `operation` with by default (no Prefer, valid request): `[status, contentType, body]`. */
export function defaultMockAnswer(model: ApiModel, operation: OperationModel, seed = '1'): [number, string, string] {
  const [response, status] = defaultResponse(operation);
  if (response === undefined) return [status, '', ''];
  const answer = answerWith(operation, response, status, {}, model.document, seed, { method: operation.method.toUpperCase(), url: operation.path, headers: {}, body: new Uint8Array() });
  return [answer.status, answer.headers['content-type'] ?? '', typeof answer.body === 'string' ? answer.body : new TextDecoder().decode(answer.body)];
}
