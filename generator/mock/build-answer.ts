/**
 * Builds the mock's answers: the documented example (named, inline, then the schema's) or a synthesised value for
 * the chosen response and media type, documented headers, event streams and JSON lines, and problem bodies.
 */
import { followReferences } from '../load/json-pointer.js';
import { ownValue } from '../load/own-property.js';
import { responseStream } from '../model/response-stream.js';
import { statusKey } from '../model/status-key.js';
import type { ApiModel, JsonSchema, MediaTypeModel, OperationModel, ResponseModel } from '../model/types.js';
import type { MockAnswer, MockRequest } from './answer-request.js';
import { checkValue } from './check-value.js';
import { synthesizeValue } from './synthesize-value.js';

type Document = Readonly<Record<string, unknown>>;

export function problem(status: number, error: string, message: string): MockAnswer {
  return { status, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ error, message }), note: `${status}: ${message}` };
}
/** The documented error body with its message field (`message`, `detail`, `error`, …) set to what was wrong, where it has a string one. */
export function withMessage(body: string | Uint8Array, message: string): string | Uint8Array {
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
export function findResponse(operation: OperationModel, status: number, exact = false): ResponseModel | undefined {
  const responses = [...operation.successResponses, ...operation.errorResponses];
  const keys = exact ? [String(status)] : [String(status), `${Math.floor(status / 100)}XX`, 'default'];
  for (const key of keys) {
    const found = responses.find((response) => statusKey(response) === key);
    if (found) return found;
  }
  return undefined;
}
/** The answer without `Prefer: code`: the first success (200 for `2XX`), else the first documented response. */
export function defaultResponse(operation: OperationModel): [ResponseModel | undefined, number] {
  const response = operation.successResponses[0] ?? operation.errorResponses.find((r) => r.status.kind !== 'status-default') ?? operation.errorResponses[0];
  if (response === undefined) return [undefined, 204];
  const status = response.status.kind === 'status-code' ? response.status.code : response.status.kind === 'status-range' ? response.status.range * 100 : 200;
  return [response, status];
}
/** What a request's `Prefer` header asks for. */
export interface Prefer {
  readonly code?: number;
  /** A `code=` the mock cannot answer with (not a number from 200 to 599), as sent. */
  readonly badCode?: string;
  readonly example?: string;
  readonly dynamic?: boolean;
}

/**
 * Reads `Prefer`. A `code` must be a status from 200 to 599: below 100 or past 599 `writeHead` throws, and a 1xx
 * cannot end a response (fetch waits for the final one until it times out).
 */
export function parsePrefer(header: string | undefined): Prefer {
  const prefer: { code?: number; badCode?: string; example?: string; dynamic?: boolean } = {};
  for (const token of (header ?? '').split(/[,;]/)) {
    const [name = '', ...rest] = token.trim().split('=');
    const value = rest.join('=').trim().replace(/^"(.*)"$/, '$1');
    if (name === 'code') {
      if (/^\d{3}$/.test(value) && Number(value) >= 200 && Number(value) <= 599) prefer.code = Number(value);
      else prefer.badCode = value;
    } else if (name === 'example' && value !== '') prefer.example = value;
    else if (name === 'dynamic') prefer.dynamic = value === 'true';
  }
  return prefer;
}
/** The object `value` refers to (itself when it is no reference), or undefined. */
function deref(value: unknown, document: Document): Record<string, unknown> | undefined {
  const current = followReferences(value, document);
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

/** The longest header value the mock synthesises: clients refuse responses whose headers pass 16 KB in all. */
const MAX_HEADER_VALUE = 1024;

/** The answer `response` gives; what synthesis had to cap is in `warnings`. */
export function answerWith(operation: OperationModel, response: ResponseModel, status: number, prefer: Prefer, document: Document, seed: string, request: MockRequest): MockAnswer {
  const notes = new Set<string>();
  const answer = answerWithNotes(operation, response, status, prefer, document, seed, request, notes);
  return notes.size === 0 ? answer : { ...answer, warnings: [...(answer.warnings ?? []), ...notes] };
}

function answerWithNotes(operation: OperationModel, response: ResponseModel, status: number, prefer: Prefer, document: Document, seed: string, request: MockRequest, notes: Set<string>): MockAnswer {
  const headers: Record<string, string> = {};
  for (const header of response.headers) {
    if (/^(content-type|content-length|transfer-encoding)$/i.test(header.name)) continue;
    // A made-up redirect target would only send the client to a path no operation has.
    if (status >= 300 && status < 400 && header.name.toLowerCase() === 'location') continue;
    const value = synthesizeValue(header.schema, document, `${seed}:${header.name}`, notes);
    let text = typeof value === 'string' ? value : JSON.stringify(value);
    if (text.length > MAX_HEADER_VALUE) {
      notes.add(`header ${header.name}: cut to ${MAX_HEADER_VALUE} characters (synthesised header values are capped), so it breaks its schema`);
      text = text.slice(0, MAX_HEADER_VALUE);
    }
    headers[header.name.toLowerCase()] = text;
  }
  const media = chooseMedia(response, request.headers.accept);
  if (media === undefined) return { status, headers, body: '', note: `${status}: no body` };
  headers['content-type'] = media.mediaType.includes('*') ? 'application/octet-stream' : media.mediaType;
  const stream = responseStream(response);
  if (stream && stream.media === media && stream.format !== 'bytes') {
    const item = media.itemSchema ?? media.schema;
    const items = [0, 1, 2].map((index) => synthesizeValue(item, document, `${seed}:${index}`, notes));
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
    value = synthesizeValue(media.schema as JsonSchema | undefined, document, seed, notes);
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

/**
 * What the mock server answers `operation` with by default (no Prefer, valid request): `[status, contentType,
 * body]`. Where synthesis capped a value, a sentence per cap is added to `notes`.
 */
export function defaultMockAnswer(model: ApiModel, operation: OperationModel, seed = '1', notes?: Set<string>): [number, string, string] {
  const [response, status] = defaultResponse(operation);
  if (response === undefined) return [status, '', ''];
  const answer = answerWith(operation, response, status, {}, model.document, seed, { method: operation.method.toUpperCase(), url: operation.path, headers: {}, body: new Uint8Array() });
  for (const warning of answer.warnings ?? []) notes?.add(warning);
  return [answer.status, answer.headers['content-type'] ?? '', typeof answer.body === 'string' ? answer.body : new TextDecoder().decode(answer.body)];
}
