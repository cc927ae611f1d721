/**
 * Emits one operation: its parameter, response and error types, its static descriptor, and its function.
 * Everything is returned as ts-morph structures so the caller adds a whole file in one call.
 */
import type { PropertySignatureStructure, StatementStructures } from 'ts-morph';
import { tsMorph } from './required-libraries.js';
import { toPointer } from '../load/json-pointer.js';
import type { JsonSchema, MediaTypeModel, OperationModel, PaginationModel, ParameterModel } from '../model/types.js';
import { describePagination } from '../model/detect-pagination.js';
import { docs as docsOf, docText, jsDoc } from './doc-comment.js';
import { indentLines, LINE_WIDTH, unionLayout, wrapList } from './layout.js';
import { propertyName } from './property-name.js';
import { setOwn } from '../load/own-property.js';
import { requestPath } from '../model/request-path.js';
import { responseStream } from '../model/response-stream.js';
import { headerFormat, responseBodyFormat, responseBodyType, responseHeadersType, statusKey, statusType, successBodyType } from './response-types.js';
import type { SchemaTypePrinter } from './schema-type-printer.js';

const { StructureKind } = tsMorph;

/** Structures where ts-morph lays out the declaration well (interfaces), laid-out text elsewhere. */
export type Statement = StatementStructures | string;

/**
 * Statements of one operation, in reading order: params, response, errors, result, and the function. `codec` names
 * the function an integration converts the operation's values with (see Integration.codec), if one does.
 */
export function emitOperation(operation: OperationModel, printer: SchemaTypePrinter, codec?: string): Statement[] {
  const t = operation.typeName;
  const callerParameters = operation.parameters.filter((p) => p.constant === undefined);
  const paramsOptional = paramsAreOptional(operation);
  const resultHead = `export type ${t}Result = `;
  const signature = [
    'client: Client',
    `params${paramsOptional ? '?' : ''}: ${t}Params`,
    'options?: RequestOptions',
  ];
  const functionHead = `export function ${operation.name}`;
  const returns = `: Promise<${t}Result> {`;
  // A binary success body can also be taken unread, as a stream: an overload types that call.
  const downloads = operation.successResponses.some((response) => responseStream(response)?.format === 'bytes');
  const doc = jsDoc(
    docText([
      operation.summary,
      operation.description !== operation.summary && operation.description,
      `\`${operation.method.toUpperCase()} ${operation.path}\``,
      operation.pagination &&
        `Returns one page of a list (${describePagination(operation.pagination)}): \`paginate(${operation.name}, client, params)\` iterates every item, \`pages(…)\` every page.`,
      downloads && "Pass `download: 'stream'` in the options to take the body as a `ReadableStream` of bytes instead of a `Blob`.",
      operation.deprecated && '@deprecated',
    ]),
  );
  return [
    emitParamsType(operation, callerParameters, printer),
    ...emitResponseTypes(operation, printer),
    ...emitItemType(operation),
    emitErrorsMap(operation, printer),
    typeAlias(`${t}Error`, `Every way a \`${operation.name}\` call can fail; switch on \`kind\`, then on \`status\`.`, unique(errorMembers(operation, printer))),
    `${jsDoc(`What \`${operation.name}\` resolves to.`)}${resultHead}${wrapList('Result<', [unionLayout(unique(successMembers(operation, printer)), resultHead.length + 7, '  ').trimStart(), `${t}Error`], '>;', resultHead.length, '', false)}`,
    ...(downloads ? [typeAlias(`${t}StreamResult`, `What \`${operation.name}\` resolves to with \`download: 'stream'\`: the binary body unread, as a stream of bytes.`, [`Result<${unique(successMembers(operation, printer, true)).join(' | ')}, ${t}Error>`])] : []),
    [
      doc,
      ...(downloads
        ? [
            `${functionHead}(\n  client: Client,\n  params: ${t}Params${paramsOptional ? ' | undefined' : ''},\n  options: RequestOptions & { download: "stream" },\n): Promise<${t}StreamResult>;\n`,
            `${doc}${functionHead}${wrapList('(', signature, ')', functionHead.length + returns.length)}: Promise<${t}Result>;\n`,
          ]
        : []),
      `${functionHead}${wrapList('(', signature, ')', functionHead.length + returns.length)}${downloads ? `: Promise<${t}Result | ${t}StreamResult> {` : returns}\n`,
      `  return ${sendCall(operation, codec)};\n}`,
    ].join(''),
  ];
}

/** True when a call may leave out `params`: no required parameter and no required body. */
export function paramsAreOptional(operation: OperationModel): boolean {
  return operation.parameters.every((p) => p.constant !== undefined || !p.required) && !operation.requestBody?.required;
}

/** `export type name = type;` with a doc comment; a union of several members lays out like prettier's. */
function typeAlias(name: string, doc: string, members: readonly string[]): string {
  const head = `export type ${name} =`;
  const type = unionLayout(members, head.length + 2);
  return `${jsDoc(docText([doc]))}${head}${type.startsWith('\n') ? '' : ' '}${type};`;
}

function unique(members: readonly string[]): string[] {
  return [...new Set(members)];
}

/** The type of the request body as one media type takes it. */
function bodyType(operation: OperationModel, media: MediaTypeModel, printer: SchemaTypePrinter): string {
  const pointer = `#${toPointer(['paths', operation.path, operation.method, 'requestBody', 'content', media.mediaType, 'schema'])}`;
  switch (media.format) {
    case 'binary':
      return 'Blob | ArrayBuffer | ArrayBufferView | string';
    case 'text':
      return 'string';
    case 'multipart':
      return printer.print(media.schema, pointer, { binaryAsBlob: true });
    default:
      return printer.print(media.schema, pointer);
  }
}

function emitParamsType(operation: OperationModel, parameters: readonly ParameterModel[], printer: SchemaTypePrinter): Statement {
  const name = `${operation.typeName}Params`;
  const description = `The arguments of \`${operation.name}\`.`;
  const body = operation.requestBody;
  if (parameters.length === 0 && body === undefined) return typeAlias(name, description, ['Record<string, never>']);
  const properties: PropertySignatureStructure[] = parameters.map((param) => ({
    kind: StructureKind.PropertySignature,
    name: propertyName(param.key),
    type: printer.print(param.schema, `#${toPointer(['paths', operation.path, operation.method, 'parameters', param.in, param.name])}`),
    hasQuestionToken: !param.required,
    docs: docsOf([
      param.description,
      param.key !== param.name && `Sent as the ${param.in} parameter \`${param.name}\`.`,
      param.in === 'path' && 'Pass the value as it is: the client percent-encodes it, `/` included.',
      param.deprecated && '@deprecated',
    ]),
  }));
  if (body === undefined || body.contents.length === 1) {
    const media = body?.contents[0];
    if (body !== undefined && media !== undefined) {
      properties.push({
        kind: StructureKind.PropertySignature,
        name: 'body',
        type: bodyType(operation, media, printer),
        hasQuestionToken: !body.required,
        docs: docsOf([body.description, `Sent as \`${media.mediaType}\`.`]),
      });
    }
    return { kind: StructureKind.Interface, name, isExported: true, docs: [description], properties };
  }
  // Several media types: the caller picks one with `contentType`; leaving it out sends the first.
  const variants = body.contents.map((media, index) =>
    objectTypeText([
      { kind: StructureKind.PropertySignature, name: 'contentType', hasQuestionToken: index === 0, type: JSON.stringify(media.mediaType) },
      {
        kind: StructureKind.PropertySignature,
        name: 'body',
        hasQuestionToken: !body.required,
        type: bodyType(operation, media, printer),
        docs: docsOf([body.description, `Sent as \`${media.mediaType}\`${index === 0 ? ' (the default)' : ''}.`]),
      },
    ]),
  );
  const common = properties.length === 0 ? '' : `${objectTypeText(properties)} & `;
  const doc = `${description} Choose the body's media type with \`contentType\`; \`${body.contents[0]!.mediaType}\` by default.`;
  return `${jsDoc(docText([doc]))}export type ${name} = ${common}(${indentLines(unionLayout(variants, LINE_WIDTH), '  ')}\n);`;
}

/** An object type literal with documented properties, for places an interface cannot stand. */
function objectTypeText(properties: readonly PropertySignatureStructure[]): string {
  const lines = properties.map((p) => {
    const doc = (p.docs as string[] | undefined)?.[0];
    return `${jsDoc(doc, '  ')}  ${p.name}${p.hasQuestionToken ? '?' : ''}: ${indentLines(p.type as string, '  ')};`;
  });
  return `{\n${lines.join('\n')}\n}`;
}

function emitErrorsMap(operation: OperationModel, printer: SchemaTypePrinter): Statement {
  const name = `${operation.typeName}Errors`;
  const description = `The body of each documented error response of \`${operation.name}\`, by status.`;
  if (operation.errorResponses.length === 0) return typeAlias(name, description, ['Record<never, never>']);
  return {
    kind: StructureKind.Interface,
    name,
    isExported: true,
    docs: [description],
    properties: operation.errorResponses.map((response) => {
      const key = statusKey(response);
      return { name: mapKey(key), type: responseBodyType(operation, response, printer), docs: docsOf([response.description]) };
    }),
  };
}

function errorMembers(operation: OperationModel, printer: SchemaTypePrinter): string[] {
  const map = `${operation.typeName}Errors`;
  const members = operation.errorResponses.map((response) => {
    const key = statusKey(response);
    const body = `${map}[${indexKey(key)}]`;
    const headers = responseHeadersType(operation, response, printer);
    return response.status.kind === 'status-default'
      ? `DefaultError<${body}>`
      : `HttpError<${statusType(response, operation.errorResponses)}, ${body}${headers ? `, ${headers}` : ''}>`;
  });
  const hasDefault = operation.errorResponses.some((r) => r.status.kind === 'status-default');
  return [...members, ...(hasDefault ? [] : ['UnexpectedStatusError']), 'TransportError'];
}

/** Each success body is printed once: in `{Op}Response`, or in `{Op}Responses` by status when there are several. */
function emitResponseTypes(operation: OperationModel, printer: SchemaTypePrinter): Statement[] {
  const t = operation.typeName;
  const doc = `The data of a successful \`${operation.name}\` call.`;
  const successes = operation.successResponses;
  if (successes.length <= 1) {
    return [typeAlias(`${t}Response`, doc, [successes[0] ? successBodyType(operation, successes[0], printer) : 'never'])];
  }
  return [
    {
      kind: StructureKind.Interface,
      name: `${t}Responses`,
      isExported: true,
      docs: [`The body of each documented success response of \`${operation.name}\`, by status.`],
      properties: successes.map((response) => ({
        name: mapKey(statusKey(response)),
        type: successBodyType(operation, response, printer),
        docs: docsOf([response.description]),
      })),
    },
    typeAlias(`${t}Response`, doc, unique(successes.map((response) => `${t}Responses[${indexKey(statusKey(response))}]`))),
  ];
}

function successMembers(operation: OperationModel, printer: SchemaTypePrinter, downloading = false): string[] {
  const t = operation.typeName;
  const single = operation.successResponses.length === 1;
  return operation.successResponses.map((response) => {
    const streamed = downloading && responseStream(response)?.format === 'bytes';
    const body = streamed ? 'ReadableStream<Uint8Array>' : single ? `${t}Response` : `${t}Responses[${indexKey(statusKey(response))}]`;
    const headers = responseHeadersType(operation, response, printer);
    const status = statusType(response, operation.successResponses);
    // A paginated operation has one success response: a page of `{Op}Item`s.
    if (operation.pagination) return `Page<${status}, ${body}, ${t}Item${headers ? `, ${headers}` : ''}>`;
    return `Success<${status}, ${body}${headers ? `, ${headers}` : ''}>`;
  });
}

/** `{Op}Item`: the type of one item of a paginated operation's list, read from `{Op}Response` along the items' path. */
function emitItemType(operation: OperationModel): Statement[] {
  const pagination = operation.pagination;
  if (pagination === undefined) return [];
  let type = `${operation.typeName}Response`;
  for (const name of pagination.items) type = `NonNullable<${type}[${JSON.stringify(name)}]>`;
  const where = pagination.items.length === 0 ? 'the body' : `\`${pagination.items.join('.')}\``;
  return [typeAlias(`${operation.typeName}Item`, `One item of the list \`${operation.name}\` pages through (${where} of each page).`, [`${type}[number]`])];
}

/** A status key as a property name in a by-status map: `404`, `'4XX'`, `default`. */
function mapKey(key: string): string {
  return /^\d+$/.test(key) ? key : propertyName(key);
}

/** A status key as an indexed-access type: `[404]`, `['4XX']`. */
function indexKey(key: string): string {
  return /^\d+$/.test(key) ? key : JSON.stringify(key);
}

/** The runtime function that writes each parameter location. */
const PARAMETER_WRITERS = { path: 'writePath', query: 'writeQuery', header: 'writeHeader', cookie: 'writeCookie' } as const;
/** The runtime function that encodes each body format. */
const BODY_ENCODERS = { json: 'encodeJson', text: 'encodeText', binary: 'encodeBinary', form: 'encodeForm', multipart: 'encodeMultipart' } as const;

/** True when a schema allows only strings, numbers, integers and booleans (so no array or object styles apply). */
function isPrimitiveSchema(schema: JsonSchema): boolean {
  if (typeof schema !== 'object') return false;
  const types = [schema.type].flat();
  return types.length > 0 && types.every((type) => type === 'string' || type === 'integer' || type === 'number' || type === 'boolean');
}

/**
 * The call that sends the request: `sendRequest(client, params, options, json, ...functions)`, with the static part
 * of the request as JSON text (defaults the runtime assumes left out) and the runtime functions it uses, each named
 * in the JSON by its position (`"write": 0`). A string costs a type checker nothing; a thousand object literals cost
 * a large client's users a second per build.
 */
function sendCall(operation: OperationModel, codec: string | undefined): string {
  const functions: string[] = [];
  const slot = (name: string): number => {
    const index = functions.indexOf(name);
    return index === -1 ? functions.push(name) - 1 : index;
  };
  const parameters = operation.parameters.map((param) => {
    const writer = param.in === 'path' && param.style === 'simple' && !param.json && isPrimitiveSchema(param.schema) ? 'writePathValue' : PARAMETER_WRITERS[param.in];
    const fields: Record<string, unknown> = { name: param.name, write: slot(writer) };
    if (param.key !== param.name && param.constant === undefined) fields.key = param.key;
    const defaultStyle = param.in === 'path' || param.in === 'header' ? 'simple' : 'form';
    if (param.style !== defaultStyle) fields.style = param.style;
    if (param.explode !== (param.style === 'form')) fields.explode = param.explode;
    if (param.allowReserved) fields.allowReserved = true;
    if (param.json) fields.json = true;
    if (param.constant !== undefined) fields.constant = param.constant;
    return fields;
  });
  const responses = [...operation.successResponses, ...operation.errorResponses];
  const descriptor: Record<string, unknown> = {
    id: operation.name,
    method: operation.method.toUpperCase(),
    path: requestPath(operation.path),
    parameters,
  };
  const body = operation.requestBody;
  if (body !== undefined) {
    descriptor.body = {
      write: slot('writeBody'),
      required: body.required,
      contents: body.contents.map((media) => {
        const content: Record<string, unknown> = { mediaType: media.mediaType, encode: slot(BODY_ENCODERS[media.format]) };
        if (media.encoding) {
          const encoding: Record<string, unknown> = {};
          for (const [property, { kind: _kind, ...rest }] of Object.entries(media.encoding)) setOwn(encoding, property, rest);
          content.encoding = encoding;
        }
        return content;
      }),
    };
  }
  const byStatus: Record<string, string> = {};
  for (const response of responses) setOwn(byStatus, statusKey(response), responseBodyFormat(response));
  descriptor.responses = byStatus;
  const withHeaders = responses.filter((response) => response.headers.length > 0);
  if (withHeaders.length > 0) {
    const formats: Record<string, unknown> = {};
    // Pairs, not an object: header names such as `constructor` must not meet Object.prototype.
    for (const response of withHeaders) setOwn(formats, statusKey(response), response.headers.map((h) => [h.name.toLowerCase(), headerFormat(h.schema)]));
    descriptor.responseHeaders = { decode: slot('decodeHeaders'), formats };
  }
  const accept = [...new Set(responses.flatMap((r) => r.contents.map((c) => c.mediaType)))].sort();
  if (accept.length > 0) descriptor.accept = accept.join(', ');
  descriptor.security = operation.security;
  if (operation.pagination) descriptor.page = paginationDescriptor(operation.pagination);
  const streams: Record<string, unknown> = {};
  for (const response of operation.successResponses) {
    const stream = responseStream(response);
    if (stream) setOwn(streams, statusKey(response), stream.shared ? [stream.format, true] : [stream.format]);
  }
  if (Object.keys(streams).length > 0) {
    descriptor.streams = streams;
    descriptor.stream = slot('readStream');
  }
  if (codec !== undefined) descriptor.codec = slot(codec);
  const send = operation.pagination ? 'sendPage' : 'sendRequest';
  const head = `  return ${send}`;
  return `${send}${wrapList('(', ['client', 'params', 'options', singleQuoted(JSON.stringify(descriptor)), ...functions], ')', head.length + 1, '  ')}`;
}

/** The runtime's `PaginationDescriptor` for a paginated operation (see templates/paginate.ts). */
function paginationDescriptor(pagination: PaginationModel): Record<string, unknown> {
  const page: Record<string, unknown> = { style: pagination.style, items: pagination.items };
  if (pagination.param) page.param = pagination.param.key;
  if (pagination.next) page.next = pagination.next;
  if (pagination.itemKey !== undefined) page.itemKey = pagination.itemKey;
  if (pagination.more) page.more = pagination.more;
  if (pagination.total) page.total = pagination.total;
  const schema = pagination.param?.schema;
  const first = typeof schema === 'object' ? (typeof schema.default === 'number' ? schema.default : schema.minimum === 0 ? 0 : 1) : 1;
  if (pagination.style === 'page' && first !== 1) page.start = first;
  return page;
}

/** A single-quoted string literal of `text`: JSON reads best with its own double quotes left alone. */
function singleQuoted(text: string): string {
  return `'${text.replace(/[\\']/g, (char) => `\\${char}`)}'`;
}
