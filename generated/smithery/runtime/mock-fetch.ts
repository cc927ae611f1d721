// @ts-nocheck
// Copied from the generator's templates/mock-fetch.ts, which the generator type-checks. Do not edit.
/**
 * An in-process `fetch` for tests: `createClient({ fetch: createMockFetch(handlers) })`. The generated `mock.ts`
 * passes a table of the API's operations (how to read each one's parameters back from a request, and the answer
 * the mock server gives by default); a handler, keyed by operation name, receives the operation's params (body
 * included) and returns a documented status and body. Operations without a handler answer as `openapi-client
 * mock` does by default. Every call is recorded in `calls`. No port, no network.
 */
import type { FetchLike } from './client.js';
import { own } from './operation.js';

/** One recorded call. */
export interface MockCall {
  /** The operation's function name; empty for a request no operation matches. */
  readonly operation: string;
  readonly method: string;
  readonly url: string;
  /** The params as the handler received them (body included). */
  readonly params: Readonly<Record<string, unknown>>;
  readonly status: number;
}

/** What a handler returns: a status the operation documents, its body (or its stream's raw text), and any headers. */
export interface MockReply<Status extends number = number, Body = unknown> {
  readonly status: Status;
  readonly body?: Body;
  /** For a status that documents a stream beside another body: the stream's raw text, sent with the stream's media type. */
  readonly stream?: string;
  readonly headers?: Readonly<Record<string, string>>;
}

/** A handler: the operation's params in, a reply out (or a promise of one). */
export type MockHandler<Params, Reply extends MockReply> = (params: Params, request: Request) => Reply | Promise<Reply>;

/** The fetch `createMockFetch` returns, with the calls it answered. */
export interface MockFetch extends FetchLike {
  readonly calls: MockCall[];
}

/**
 * One operation in the table: `[name, method, path, parameters, bodyFormat, responses, defaultAnswer, streams?]`;
 * each parameter is `[name, in, key, kind, itemKind, style, explode]`; responses map a status key to the media type
 * answered for it; the default answer is `[status, contentType, bodyText]`. Operations that stream items add
 * `[switch, streams, alternative]`: the request body's stream switch (`stream`, or empty), the stream media type by
 * status key, and where the default response has a stream beside another body, the answer in the other media type.
 */
type OperationEntry = [
  name: string,
  method: string,
  path: string,
  parameters: Array<[name: string, location: string, key: string, kind: string, itemKind: string, style: string, explode: boolean]>,
  bodyFormat: string,
  responses: Record<string, string>,
  answer: Answer,
  streams?: [streamSwitch: string, streams: Record<string, string>, alternative: Answer | []],
];

/** A default answer: `[status, contentType, bodyText]`. */
type Answer = [status: number, contentType: string, body: string];

interface Route {
  readonly entry: OperationEntry;
  readonly pattern: RegExp;
  readonly names: readonly string[];
}

/** Builds the fetch; `table` holds one JSON OperationEntry per line (see above). */
export function createMockFetch(table: readonly string[], handlers: object): MockFetch {
  let routes: Route[] | undefined;
  const calls: MockCall[] = [];
  const mockFetch = async (input: string, init: RequestInit): Promise<Response> => {
    routes ??= table.map((line) => route(JSON.parse(line) as OperationEntry)).sort((a, b) => b.entry[2].replace(/\{[^}]*\}/g, '').length - a.entry[2].replace(/\{[^}]*\}/g, '').length);
    const request = new Request(input, init);
    const url = new URL(request.url);
    let found: { route: Route; match: RegExpExecArray } | undefined;
    for (const candidate of routes) {
      // The template matches the end of the path: the client's base URL may add a prefix (`/v1`).
      const match = candidate.entry[1] === request.method ? candidate.pattern.exec(url.pathname) : null;
      if (match) {
        found = { route: candidate, match };
        break;
      }
    }
    if (found === undefined) {
      calls.push({ operation: '', method: request.method, url: request.url, params: {}, status: 404 });
      return json(404, { error: 'not-found', message: `no operation has ${request.method} ${url.pathname}` });
    }
    const [name, , , parameters, bodyFormat, responses, defaultAnswer, streamed] = found.route.entry;
    const [streamSwitch, streams, alternative]: NonNullable<OperationEntry[7]> = streamed ?? ['', {}, []];
    const params: Record<string, unknown> = {};
    const path: Record<string, string> = {};
    found.route.names.forEach((param, index) => define(path, param, found.match[index + 1]!));
    for (const [param, location, key, kind, itemKind, style, explode] of parameters) {
      const value = readParameter(request, url, path, param, location, kind, itemKind, style, explode);
      if (value !== undefined) define(params, key, value);
    }
    if (bodyFormat !== '') {
      const body = await readBody(request, bodyFormat);
      if (body !== undefined) define(params, 'body', body);
    }
    const handler = own(handlers as Record<string, unknown>, name);
    let response: Response;
    if (typeof handler === 'function') {
      const reply = (await (handler as MockHandler<unknown, MockReply>)(params, request)) ?? { status: 204 };
      const key = [String(reply.status), `${Math.floor(reply.status / 100)}XX`, 'default'].find((candidate) => own(responses, candidate) !== undefined);
      const media = key === undefined ? 'application/json' : own(responses, key)!;
      const stream = key === undefined ? undefined : own(streams, key);
      response =
        reply.stream !== undefined ? answer(reply.status, stream ?? media, reply.stream, reply.headers, true)
        : answer(reply.status, media, reply.body, reply.headers, media === stream);
    } else {
      // Negotiated as the mock server does: Accept's q-values, then the body's stream switch; the default answer wins ties.
      const [status, contentType, text] = alternative.length === 0 ? defaultAnswer : chooseAnswer(defaultAnswer, alternative, streams, request.headers.get('accept'), streamSwitch === '' ? undefined : switchValue(params.body, streamSwitch));
      response = new Response(noBody(status) ? null : text, { status, headers: contentType ? { 'content-type': contentType } : {} });
    }
    calls.push({ operation: name, method: request.method, url: request.url, params, status: response.status });
    return response;
  };
  return Object.assign(mockFetch, { calls });
}

function define(record: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
}

function route(entry: OperationEntry): Route {
  const names: string[] = [];
  const source = entry[2]
    .split(/(\{[^}]*\})/)
    .map((part) => {
      if (!/^\{[^}]*\}$/.test(part)) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      names.push(part.slice(1, -1));
      return '([^/]+)';
    })
    .join('');
  return { entry, pattern: new RegExp(`${source}/?$`), names };
}

function noBody(status: number): boolean {
  return status === 204 || status === 205 || status === 304;
}

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

/** A handler's reply as a Response: JSON bodies serialised; text, bytes and a stream's text (`raw`) as they are. */
function answer(status: number, mediaType: string, body: unknown, headers: Readonly<Record<string, string>> | undefined, raw = false): Response {
  const all: Record<string, string> = { ...headers };
  if (noBody(status) || body === undefined) return new Response(null, { status, headers: all });
  const isJson = !raw && /json/i.test(mediaType);
  if (!Object.keys(all).some((name) => name.toLowerCase() === 'content-type')) all['content-type'] = mediaType;
  return new Response(isJson ? JSON.stringify(body) : (body as BodyInit), { status, headers: all });
}

/**
 * The default answer or the alternative (the same response in another media type, one of them a stream), as the
 * mock server chooses: the one the body's stream switch asks for where `Accept` takes it (or takes neither), else
 * the one `Accept` gives the higher quality, the default answer on a tie.
 */
function chooseAnswer(defaultAnswer: Answer, alternative: Answer, streams: Record<string, string>, accept: string | null, asksStream: boolean | undefined): Answer {
  const candidates = [defaultAnswer, alternative];
  const qualities = candidates.map(([, contentType]) => acceptQuality(accept, contentType));
  const asked = candidates.findIndex(([status, contentType]) => (own(streams, String(status)) === contentType) === asksStream);
  if (asksStream !== undefined && asked !== -1 && (qualities[asked]! > 0 || qualities.every((quality) => quality === 0))) return candidates[asked]!;
  return qualities[1]! > qualities[0]! ? alternative : defaultAnswer;
}

/**
 * The quality an Accept header gives `mediaType`: that of the most specific matching range (`type/subtype`, then
 * `type/*`, then the range of every type), 0 when none matches, 1 without a header or a well-formed range.
 * @see https://www.rfc-editor.org/rfc/rfc9110#name-accept
 */
function acceptQuality(accept: string | null, mediaType: string): number {
  const [type = '', subtype = ''] = (mediaType.split(';')[0] ?? '').trim().toLowerCase().split('/');
  let best = -1;
  let found = 0;
  let ranges = 0;
  for (const part of (accept ?? '').split(',')) {
    const [range = '', ...parameters] = part.split(';');
    const match = /^([a-z0-9!#$%&'*+.^_`|~-]+)\/([a-z0-9!#$%&'*+.^_`|~-]+)$/.exec(range.trim().toLowerCase());
    if (match === null) continue;
    ranges++;
    const specificity = match[1] === type && match[2] === subtype ? 2 : match[1] === type && match[2] === '*' ? 1 : match[1] === '*' && match[2] === '*' ? 0 : -1;
    if (specificity <= best) continue;
    const q = parameters.map((parameter) => /^\s*q\s*=\s*([01](?:\.\d{0,3})?)\s*$/i.exec(parameter)?.[1]).find((value) => value !== undefined);
    best = specificity;
    found = q === undefined ? 1 : Math.min(1, Number(q));
  }
  return ranges === 0 ? 1 : found;
}

/** What a request body sets its stream switch to: true (`true` or the form field `"true"`), false, or undefined. */
function switchValue(body: unknown, name: string): boolean | undefined {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return undefined;
  const value = own(body as Record<string, unknown>, name);
  return value === true || value === 'true' ? true : value === false || value === 'false' ? false : undefined;
}

function decode(text: string): string {
  return decodeURIComponent(text.replace(/\+/g, ' '));
}

/** A parameter's value read back from the request by its location and style, typed by its schema's kind. */
function readParameter(
  request: Request,
  url: URL,
  path: Readonly<Record<string, string>>,
  name: string,
  location: string,
  kind: string,
  itemKind: string,
  style: string,
  explode: boolean,
): unknown {
  const typed = (text: string, as: string) => (as === 'integer' || as === 'number' ? (Number.isFinite(Number(text)) && text !== '' ? Number(text) : text) : as === 'boolean' ? (text === 'true' ? true : text === 'false' ? false : text) : text);
  const shaped = (text: string, separator: string | RegExp, decodePart: (part: string) => string) => {
    if (kind === 'json') return JSON.parse(decodePart(text)) as unknown;
    if (kind === 'array') return text === '' ? [] : text.split(separator).map((part) => typed(decodePart(part), itemKind));
    if (kind === 'object') {
      const record: Record<string, unknown> = {};
      const parts = text.split(separator);
      if (explode) for (const part of parts) define(record, decodePart(part.slice(0, part.indexOf('='))), decodePart(part.slice(part.indexOf('=') + 1)));
      else for (let index = 0; index + 1 < parts.length; index += 2) define(record, decodePart(parts[index]!), decodePart(parts[index + 1]!));
      return record;
    }
    return typed(decodePart(text), kind);
  };
  if (location === 'path') {
    let text = own(path, name);
    if (text === undefined) return undefined;
    if (style === 'label') text = text.replace(/^\./, '');
    if (style === 'matrix') {
      if (kind === 'array' && explode) return text.split(`;${name}=`).slice(1).map((part) => typed(decodeURIComponent(part), itemKind));
      text = text.replace(new RegExp(`^;(${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}=)?`), '');
    }
    return shaped(text, style === 'label' && explode ? '.' : style === 'matrix' && explode ? ';' : ',', decodeURIComponent);
  }
  if (location === 'header') {
    const text = request.headers.get(name);
    return text === null ? undefined : shaped(text, ',', (part) => part.trim());
  }
  if (location === 'cookie') {
    const pair = (request.headers.get('cookie') ?? '').split(/;\s*/).find((candidate) => candidate.startsWith(`${name}=`));
    return pair === undefined ? undefined : shaped(pair.slice(name.length + 1), ',', decodeURIComponent);
  }
  const pairs = url.search.slice(1).split('&').filter(Boolean).map((pair) => [decode(pair.split('=')[0]!), pair.slice(pair.indexOf('=') + 1)] as const);
  if (kind === 'object' && (style === 'deepObject' || explode)) {
    const record: Record<string, unknown> = {};
    for (const [key, value] of pairs) {
      const property = style === 'deepObject' ? (key.startsWith(`${name}[`) && key.endsWith(']') ? key.slice(name.length + 1, -1) : undefined) : key;
      if (property !== undefined) define(record, property, decode(value));
    }
    return Object.keys(record).length > 0 ? record : undefined;
  }
  const found = pairs.filter(([key]) => key === name).map(([, value]) => value);
  if (found.length === 0) return undefined;
  if (kind === 'array' && explode && style === 'form') return found.map((value) => typed(decode(value), itemKind));
  return shaped(found[found.length - 1]!, style === 'spaceDelimited' ? /%20|\+| / : style === 'pipeDelimited' ? /%7C|\|/i : ',', decode);
}

/** The request body as the operation takes it (by its Content-Type): parsed JSON, a form's fields, multipart parts, text, or a Blob. */
async function readBody(request: Request, documented: string): Promise<unknown> {
  if (request.body === null) return undefined;
  const type = request.headers.get('content-type') ?? '';
  const format = /json/i.test(type) ? 'json' : /urlencoded/i.test(type) ? 'form' : /^multipart\//i.test(type) ? 'multipart' : /^text\//i.test(type) ? 'text' : type === '' ? documented : 'binary';
  switch (format) {
    case 'json':
      return request.json();
    case 'form': {
      const record: Record<string, unknown> = {};
      new URLSearchParams(await request.text()).forEach((value, key) => define(record, key, value));
      return record;
    }
    case 'multipart': {
      const record: Record<string, unknown> = {};
      (await request.formData()).forEach((value, key) => define(record, key, value));
      return record;
    }
    case 'text':
      return request.text();
    default:
      return request.blob();
  }
}
