/**
 * Emits `mock.ts`: `createMockFetch(handlers)`, an in-process fetch for the user's tests, with one optional handler
 * per operation typed by the client's own types (a reply whose status the operation does not document, or whose
 * body is not the documented body for that status, does not compile), and the table the runtime reads (how to read
 * parameters back, the answer the mock server gives by default). Nothing else imports it, so apps never bundle it.
 * A default answer that synthesis had to cap (see synthesize-value.ts) gets a comment saying where and why.
 */
import { setOwn } from '../load/own-property.js';
import { defaultMockAnswer } from '../mock/answer-request.js';
import { defaultResponse } from '../mock/build-answer.js';
import { streamSwitch } from '../mock/stream-switch.js';
import { requestPath } from '../model/request-path.js';
import { resolveShape, schemaTypes } from '../model/schema-shape.js';
import type { ApiModel, MediaTypeModel, OperationModel, ParameterModel, ResponseModel } from '../model/types.js';
import { clip, printable } from '../report/terminal-text.js';
import { docText, jsDoc } from './doc-comment.js';
import { propertyName } from './property-name.js';
import { responseStream } from '../model/response-stream.js';
import { statusKey, statusType } from './response-types.js';

/** The file's text after the header. */
export function emitMockFile(model: ApiModel): string {
  const handlers = model.operations.map((operation) => {
    const doc = jsDoc(docText([`\`${operation.method.toUpperCase()} ${operation.path}\`: answers \`${operation.name}\`.`]), '  ');
    // Every object has Object.prototype's members (`constructor`, `toString`, …); a handler slot of that name must
    // accept them, or no object literal would be assignable to MockHandlers. The runtime reads own properties only.
    const inherited = INHERITED_NAMES.has(operation.name) ? ` | Object[${JSON.stringify(operation.name)}]` : '';
    return `${doc}  ${propertyName(operation.name)}?: MockHandler<\n    operations.${operation.typeName}Params,\n    ${replyTypes(operation).join('\n    | ')}\n  >${inherited};`;
  });
  const table = model.operations.map((operation) => {
    const notes = new Set<string>();
    const line = `  ${JSON.stringify(JSON.stringify(tableEntry(model, operation, notes)))},`;
    // Spec text in a line comment: printable() escapes every line terminator, so nothing can end the comment.
    return [...[...notes].map((text) => `  // ${printable(clip(`${operation.name}: ${text}`, 300))}`), line].join('\n');
  });
  const usesRange = model.operations.some((operation) => [...operation.successResponses, ...operation.errorResponses].some((response) => response.status.kind === 'status-range'));
  return [
    `import { createMockFetch as createTableFetch, type MockFetch${model.operations.length > 0 ? ', type MockHandler' : ''} } from "./runtime/mock-fetch.js";`,
    ...(usesRange ? [`import type { StatusRange } from "./runtime/result.js";`] : []),
    ...(model.operations.length > 0 ? [`import type * as operations from "./operations.js";`] : []),
    '',
    `${jsDoc(docText(['A handler per operation, each optional: it receives the operation\'s params (body included) and returns a documented status with its body. Operations without one answer as `openapi-client mock` does by default.']))}export interface MockHandlers {`,
    ...handlers,
    '}',
    '',
    `${jsDoc(docText(['The operations as the mock fetch reads them: one JSON `[name, method, path, parameters, bodyFormat, responses, defaultAnswer, streams?]` per line.']))}const operationTable: string[] = [`,
    ...table,
    '];',
    '',
    `${jsDoc(docText(['An in-process `fetch` for tests: `createClient({ fetch: createMockFetch({ getPet: () => ({ status: 200, body: pet }) }) })`. `calls` records every request.']))}export function createMockFetch(handlers: MockHandlers = {}): MockFetch {`,
    '  return createTableFetch(operationTable, handlers);',
    '}',
    '',
  ].join('\n');
}

/** The members TypeScript's `Object` interface gives every object type. */
const INHERITED_NAMES: ReadonlySet<string> = new Set(['constructor', 'toString', 'toLocaleString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', 'propertyIsEnumerable']);

/** Each documented response as a reply type: the status, and the body the client reads for it. */
function replyTypes(operation: OperationModel): string[] {
  const t = operation.typeName;
  const single = operation.successResponses.length === 1;
  const all = [...operation.successResponses, ...operation.errorResponses];
  const replies = all.map((response) => {
    const success = operation.successResponses.includes(response);
    const key = statusKey(response);
    const index = /^\d+$/.test(key) ? key : JSON.stringify(key);
    const status = response.status.kind === 'status-default' ? 'number' : statusType(response, success ? operation.successResponses : operation.errorResponses);
    const documented = success ? (single ? `operations.${t}Response` : `operations.${t}Responses[${index}]`) : `operations.${t}Errors[${index}]`;
    const body = replyBody(response, documented);
    const reply = `{ status: ${status}; body${body === 'undefined' ? '?' : ''}: ${body}; headers?: Record<string, string> }`;
    // A stream beside another body: the handler answers one or the other, `body` (typed) or `stream` (its raw text).
    return sharedStream(response) ? `${reply}\n    | { status: ${status}; stream: string; headers?: Record<string, string> }` : reply;
  });
  return replies.length > 0 ? replies : ['{ status: number; body?: unknown; headers?: Record<string, string> }'];
}

/**
 * The body type a handler returns: the documented type, raw text for streams, bytes for binary bodies; for a stream
 * beside another body, the documented type without the stream (the stream's text goes in `stream`).
 */
function replyBody(response: ResponseModel, documented: string): string {
  const media = response.contents[0];
  if (media === undefined) return 'undefined';
  const stream = responseStream(response);
  if (sharedStream(response)) return `Exclude<${documented}, AsyncIterable<unknown>>`;
  if (stream && stream.format !== 'bytes') return 'string';
  if (media.format === 'json' || media.format === 'text') return documented;
  return 'Blob | Uint8Array | string';
}

/** True when the response documents a stream of items beside another body, so that a reply says which it gives. */
function sharedStream(response: ResponseModel): boolean {
  const stream = responseStream(response);
  return stream !== undefined && stream.shared && stream.format !== 'bytes';
}

/**
 * A parameter's kind for reading it back: its schema's type, or `json` for `content` parameters and for arrays of
 * objects or arrays outside deepObject style, which the client sends as JSON text (see serialize-parameter.ts).
 */
function parameterKinds(model: ApiModel, param: ParameterModel): [string, string] {
  if (param.json) return ['json', ''];
  const kindOf = (schema: unknown) => {
    const shape = resolveShape(schema, model.document);
    return schemaTypes(shape).find((type) => type !== 'null') ?? (shape?.properties ? 'object' : shape?.items ? 'array' : 'string');
  };
  const kind = kindOf(param.schema);
  const items = kind === 'array' ? kindOf(resolveShape(param.schema, model.document)?.items) : '';
  if ((items === 'object' || items === 'array') && param.style !== 'deepObject') return ['json', ''];
  return [kind, items];
}

/** The operation's table entry; caps in its default answer are added to `notes`. */
function tableEntry(model: ApiModel, operation: OperationModel, notes: Set<string>): unknown[] {
  const parameters = operation.parameters
    .filter((param) => param.constant === undefined)
    .map((param) => [param.name, param.in, param.key, ...parameterKinds(model, param), param.style, param.explode]);
  const responses: Record<string, string> = {};
  for (const response of [...operation.successResponses, ...operation.errorResponses]) {
    setOwn(responses, statusKey(response), response.contents[0]?.mediaType ?? '');
  }
  const entry = [operation.name, operation.method.toUpperCase(), requestPath(operation.path), parameters, operation.requestBody?.contents[0]?.format ?? '', responses, defaultMockAnswer(model, operation, '1', notes)];
  const streams = streamEntry(model, operation, notes);
  return streams === undefined ? entry : [...entry, streams];
}

/**
 * For an operation that streams items: `[switch, streams, alternative]`: the request body's stream switch (`stream`,
 * or empty), the stream media type of each status that documents one, and, where the default response documents a
 * stream beside another body, the mock server's answer in the media type the default answer does not have (the
 * stream when that is the body, the body when that is the stream) with the `Accept` that asks for it.
 */
function streamEntry(model: ApiModel, operation: OperationModel, notes: Set<string>): unknown[] | undefined {
  const streams: Record<string, string> = {};
  for (const response of operation.successResponses) {
    const stream = responseStream(response);
    if (stream && stream.format !== 'bytes') setOwn(streams, statusKey(response), stream.media.mediaType);
  }
  if (Object.keys(streams).length === 0) return undefined;
  const [response] = defaultResponse(operation);
  const stream = response && sharedStream(response) ? responseStream(response) : undefined;
  let other: MediaTypeModel | undefined;
  if (response && stream) other = response.contents[0] === stream.media ? response.contents.find((media) => media !== stream.media) : stream.media;
  const alternative = other ? defaultMockAnswer(model, operation, '1', notes, other.mediaType) : [];
  return [streamSwitch(operation, model.document) ?? '', streams, alternative];
}
