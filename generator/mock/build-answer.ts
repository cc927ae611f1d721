/**
 * Builds the mock's answers: the documented example (named, inline, then the schema's) or a synthesised value for
 * the chosen response and media type, documented headers, event streams and JSON lines, and problem bodies.
 */
import { followReferences } from '../load/json-pointer.js';
import { ownValue } from '../load/own-property.js';
import { responseStream, streamItemSchema, type StreamFormatModel } from '../model/response-stream.js';
import { statusKey } from '../model/status-key.js';
import type { ApiModel, JsonSchema, MediaTypeModel, OperationModel, ResponseModel } from '../model/types.js';
import type { MockAnswer, MockRequest } from './answer-request.js';
import { acceptedMedia } from './accepted-media.js';
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

/**
 * Chooses the media type to answer with: among those `Accept` takes (all when it takes none), the stream or the other
 * body as the request body's stream switch says (where it says and `Accept` takes that one), else the best by quality
 * (JSON first among equals). `reason` says what the switch did, for the log line.
 */
function chooseMedia(response: ResponseModel, accept: string | undefined, asksStream: boolean | undefined): { media: MediaTypeModel | undefined; reason: string } {
  const accepted = acceptedMedia(response.contents, accept);
  const candidates = accepted.length > 0 ? accepted : response.contents;
  const stream = responseStream(response);
  let reason = '';
  if (asksStream !== undefined && stream?.shared) {
    const media = candidates.find((candidate) => (candidate === stream.media) === asksStream);
    if (media) return { media, reason: ` (the body's stream: ${String(asksStream)})` };
    reason = ` (the body's stream: ${String(asksStream)}, but Accept does not take ${asksStream ? stream.media.mediaType : 'a body that is not a stream'})`;
  }
  return { media: candidates[0], reason };
}

/**
 * A stream of `items` as its format writes them: JSON Lines one JSON text a line; JSON text sequences each after
 * the record separator; events with an `id` and one `data:` line per line of the data (text where the spec types it
 * a string, else JSON), a blank line after each. No end marker (`[DONE]`): the spec cannot document one, and every
 * reader ends where the body ends.
 */
function streamBody(format: Exclude<StreamFormatModel, 'bytes'>, items: readonly unknown[]): string {
  const json = (value: unknown) => JSON.stringify(value) ?? 'null';
  if (format === 'jsonl') return items.map((value) => `${json(value)}\n`).join('');
  if (format === 'json-seq') return items.map((value) => `\x1e${json(value)}\n`).join('');
  return items
    .map((value, index) => {
      const data = typeof value === 'string' && format === 'sse' ? value : json(value);
      return `id: ${index + 1}\n${data.split(/\r\n|\r|\n/).map((line) => `data: ${line}\n`).join('')}\n`;
    })
    .join('');
}

/** The longest header value the mock synthesises: clients refuse responses whose headers pass 16 KB in all. */
const MAX_HEADER_VALUE = 1024;

/**
 * The answer `response` gives; what synthesis had to cap is in `warnings`. `asksStream` is what the request body's
 * stream switch says, where the operation has one (see stream-switch.ts).
 */
export function answerWith(operation: OperationModel, response: ResponseModel, status: number, prefer: Prefer, document: Document, seed: string, request: MockRequest, asksStream?: boolean): MockAnswer {
  const notes = new Set<string>();
  const answer = answerWithNotes(operation, response, status, prefer, document, seed, request, asksStream, notes);
  return notes.size === 0 ? answer : { ...answer, warnings: [...(answer.warnings ?? []), ...notes] };
}

function answerWithNotes(operation: OperationModel, response: ResponseModel, status: number, prefer: Prefer, document: Document, seed: string, request: MockRequest, asksStream: boolean | undefined, notes: Set<string>): MockAnswer {
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
  const { media, reason: because } = chooseMedia(response, request.headers.accept, asksStream);
  if (media === undefined) return { status, headers, body: '', note: `${status}: no body` };
  headers['content-type'] = media.mediaType.includes('*') ? 'application/octet-stream' : media.mediaType;
  const stream = responseStream(response);
  if (stream && stream.media === media && stream.format !== 'bytes') {
    const items = [0, 1, 2].map((index) => synthesizeValue(streamItemSchema(media), document, `${seed}:${index}`, notes));
    return { status, headers, body: streamBody(stream.format, items), note: `${status}: ${items.length} synthesised stream items${because}` };
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
    note = `${status}: example "${usable[0]}"${valid(value) ? '' : ' (which does not match its schema)'}${because}`;
  } else {
    value = synthesizeValue(media.schema as JsonSchema | undefined, document, seed, notes);
    note = `${status}: synthesised (seed ${seed})${documented.length > 0 ? `; the documented example does not match its schema` : ''}${because}`;
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
 * What the mock server answers `operation` with by default (no Prefer, valid request, no stream switch set), to a
 * request without `Accept` or with `accept`: `[status, contentType, body]`. Where synthesis capped a value, a
 * sentence per cap is added to `notes`.
 */
export function defaultMockAnswer(model: ApiModel, operation: OperationModel, seed = '1', notes?: Set<string>, accept?: string): [number, string, string] {
  const [response, status] = defaultResponse(operation);
  if (response === undefined) return [status, '', ''];
  const headers = accept === undefined ? {} : { accept };
  const answer = answerWith(operation, response, status, {}, model.document, seed, { method: operation.method.toUpperCase(), url: operation.path, headers, body: new Uint8Array() });
  for (const warning of answer.warnings ?? []) notes?.add(warning);
  return [answer.status, answer.headers['content-type'] ?? '', typeof answer.body === 'string' ? answer.body : new TextDecoder().decode(answer.body)];
}
