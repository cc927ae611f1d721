/** Type text for documented responses: the body each one carries and the status literal it answers with. */
import type { HeaderModel, JsonSchema, OperationModel, ResponseModel } from '../model/types.js';
import { escapeCommentText } from './doc-comment.js';
import { propertyName } from './property-name.js';
import { toPointer } from '../load/json-pointer.js';
import type { SchemaTypePrinter } from './schema-type-printer.js';

/** The key of a response in the spec and in the `…Errors` map: `404`, `4XX`, `default`. */
export function statusKey(response: ResponseModel): string {
  switch (response.status.kind) {
    case 'status-code':
      return String(response.status.code);
    case 'status-range':
      return `${response.status.range}XX`;
    case 'status-default':
      return 'default';
  }
}

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

/** How the runtime reads a response's body: `json`, `text`, `blob`, or `empty`. */
export function responseBodyFormat(response: ResponseModel): 'json' | 'text' | 'blob' | 'empty' {
  const media = response.contents[0];
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
