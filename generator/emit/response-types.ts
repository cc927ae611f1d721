/** Type text for documented responses: the body each one carries and the status literal it answers with. */
import type { HeaderModel, JsonSchema, MediaTypeModel, OperationModel, ResponseModel } from '../model/types.js';
import { responseStream, streamItemSchema, type ResponseStreamModel } from '../model/response-stream.js';
import { statusKey } from '../model/status-key.js';

export { statusKey };
import { escapeCommentText } from './doc-comment.js';
import { propertyName } from './property-name.js';
import { toPointer } from '../load/json-pointer.js';
import type { SchemaTypePrinter } from './schema-type-printer.js';

/** The status type of a response: a literal, or a range less the codes documented on their own. */
export function statusType(response: ResponseModel, siblings: readonly ResponseModel[]): string {
  const status = response.status;
  if (status.kind === 'status-code') return String(status.code);
  if (status.kind === 'status-default') return 'number';
  const exact = siblings
    .map((sibling) => sibling.status)
    .filter((other) => other.kind === 'status-code' && Math.floor(other.code / 100) === status.range)
    .map((other) => (other.kind === 'status-code' ? String(other.code) : ''));
  const range = `StatusRange<${status.range}>`;
  return exact.length === 0 ? range : `Exclude<${range}, ${exact.join(' | ')}>`;
}

/** The type of a streamed body: `EventStream<Data>` or `ResponseStream<Item>`. */
function streamType(operation: OperationModel, response: ResponseModel, stream: ResponseStreamModel, printer: SchemaTypePrinter): string {
  const media = stream.media;
  const key = media.itemSchema !== undefined ? 'itemSchema' : 'schema';
  const pointer = `#${toPointer(['paths', operation.path, operation.method, 'responses', statusKey(response), 'content', media.mediaType, key])}`;
  const schema = streamItemSchema(media);
  switch (stream.format) {
    case 'sse':
      return 'EventStream';
    case 'sse-json':
      return `EventStream<${printer.print(schema, pointer)}>`;
    default:
      return `ResponseStream<${schema === undefined ? 'unknown' : printer.print(schema, pointer)}>`;
  }
}

/**
 * The type of a success body: a streamed body is an `EventStream` or a `ResponseStream`, joined with the other
 * body the status documents when it has one (the Content-Type of the answer decides which arrives).
 */
export function successBodyType(operation: OperationModel, response: ResponseModel, printer: SchemaTypePrinter): string {
  const stream = responseStream(response);
  if (stream === undefined || stream.format === 'bytes') return responseBodyType(operation, response, printer);
  const streamed = streamType(operation, response, stream, printer);
  const other = response.contents.find((media) => media !== stream.media);
  if (other === undefined) return streamed;
  return `${responseBodyType(operation, { ...response, contents: [other] }, printer)} | ${streamed}`;
}

/** The type of the decoded body of a response, read the way the runtime reads it. */
export function responseBodyType(operation: OperationModel, response: ResponseModel, printer: SchemaTypePrinter): string {
  const media = response.contents[0];
  if (media === undefined) return 'undefined';
  switch (media.format) {
    case 'json': {
      const pointer = `#${toPointer(['paths', operation.path, operation.method, 'responses', statusKey(response), 'content', media.mediaType, 'schema'])}`;
      return printer.print(media.schema, pointer);
    }
    case 'text':
      return 'string';
    default:
      return 'Blob';
  }
}

/** The media type whose body the runtime reads: the one the status documents besides its stream, read when the answer is not the stream. */
export function responseBodyMedia(response: ResponseModel): MediaTypeModel | undefined {
  const stream = responseStream(response);
  return stream && stream.format !== 'bytes' ? (response.contents.find((other) => other !== stream.media) ?? response.contents[0]) : response.contents[0];
}

/** How the runtime reads a response's body (unless it streams): `json`, `text`, `blob`, or `empty`. */
export function responseBodyFormat(response: ResponseModel): 'json' | 'text' | 'blob' | 'empty' {
  const media = responseBodyMedia(response);
  if (media === undefined) return 'empty';
  if (media.format === 'json') return 'json';
  if (media.format === 'text') return 'text';
  return 'blob';
}

/** How the runtime decodes a documented header, from its schema's type. */
export function headerFormat(schema: JsonSchema): 'string' | 'number' | 'boolean' | 'array' {
  const types = typeof schema === 'object' ? [schema.type].flat() : [];
  if (types.includes('integer') || types.includes('number')) return 'number';
  if (types.includes('boolean')) return 'boolean';
  if (types.includes('array')) return 'array';
  return 'string';
}

/** The decoded headers of a response as a type, or undefined when it documents none. */
export function responseHeadersType(operation: OperationModel, response: ResponseModel, printer: SchemaTypePrinter): string | undefined {
  if (response.headers.length === 0) return undefined;
  const fields = response.headers.map((header: HeaderModel) => {
    const format = headerFormat(header.schema);
    const pointer = `#${toPointer(['paths', operation.path, operation.method, 'responses', statusKey(response), 'headers', header.name, 'schema'])}`;
    const type = format === 'string' ? printer.print(header.schema, pointer) : format === 'array' ? 'string[]' : format;
    const doc = header.description ? `\n/** ${escapeCommentText(header.description).replace(/\s*\n\s*/g, ' ')} */\n` : '';
    return `${doc}${propertyName(header.name.toLowerCase())}${header.required ? '' : '?'}: ${type};`;
  });
  return `{ ${fields.join(' ')} }`;
}
