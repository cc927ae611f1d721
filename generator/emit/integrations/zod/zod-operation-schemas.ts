/**
 * An operation's two schemas: `{op}ParamsSchema` for `{Op}Params` (its parameters by key, and `body`) and
 * `{op}ResponseSchema` for `{Op}Response` (the data of a success), built as emit-operation.ts and response-types.ts
 * build those types: the same members, optional where they are, each body read the way the client reads it.
 */
import { fromPointer, getAtPath, toPointer } from '../../../load/json-pointer.js';
import type { JsonSchema, MediaTypeModel, OperationModel, ResponseModel } from '../../../model/types.js';
import { responseStream } from '../../../model/response-stream.js';
import { statusKey } from '../../../model/status-key.js';
import { arrayLiteral, literal, method, objectLiteral, text, zod, type ZodCode } from './zod-code.js';
import { zodSchema, type ZodSchemaContext } from './zod-schema.js';

/** `{op}ParamsSchema` and `{op}ResponseSchema` of one operation, and the operation types they name. */
export interface OperationSchemas {
  readonly params: ZodCode;
  readonly response: ZodCode;
  /** Types of operations.ts the schemas name (a stream's type), for zod.ts to import. */
  readonly types: readonly string[];
}

/** The schemas of `operation`. */
export function operationSchemas(operation: OperationModel, context: ZodSchemaContext): OperationSchemas {
  const types = new Set<string>();
  return { params: paramsSchema(operation, context), response: responseSchema(operation, context, types), types: [...types] };
}

/** The schema the printer prints at `pointer`: the document's own node where the pointer finds one (see schema-type-printer.ts). */
function walk(schema: JsonSchema | undefined, pointer: string, context: ZodSchemaContext): ZodCode {
  if (schema === undefined) return zod('unknown');
  const found = getAtPath(context.document, fromPointer(pointer));
  return zodSchema((found !== undefined && typeof found === 'object' ? found : schema) as JsonSchema, context).code;
}

function paramsSchema(operation: OperationModel, context: ZodSchemaContext): ZodCode {
  const parameters = operation.parameters.filter((parameter) => parameter.constant === undefined);
  const body = operation.requestBody;
  if (parameters.length === 0 && body === undefined) return zod('record', zod('string'), zod('never'));
  const shape: Array<readonly [string, ZodCode]> = parameters.map((parameter) => {
    const code = walk(parameter.schema, `#${toPointer(['paths', operation.path, operation.method, 'parameters', parameter.in, parameter.name])}`, context);
    return [parameter.key, parameter.required ? code : method(code, 'optional')];
  });
  if (body === undefined || body.contents.length === 1) {
    const media = body?.contents[0];
    if (body !== undefined && media !== undefined) {
      const code = bodySchema(operation, media, context);
      shape.push(['body', body.required ? code : method(code, 'optional')]);
    }
    return zod('object', objectLiteral(shape));
  }
  // Several media types: `contentType` picks one, and may be left out for the first.
  const variants = body.contents.map((media, index) => {
    const contentType = zod('literal', literal(media.mediaType));
    const code = bodySchema(operation, media, context);
    return zod(
      'object',
      objectLiteral([
        ['contentType', index === 0 ? method(contentType, 'optional') : contentType],
        ['body', body.required ? code : method(code, 'optional')],
      ]),
    );
  });
  const choice = zod('discriminatedUnion', literal('contentType'), arrayLiteral(variants));
  return shape.length === 0 ? choice : zod('intersection', zod('object', objectLiteral(shape)), choice);
}

/** A request body as one media type takes it (see `bodyType` in emit-operation.ts). */
function bodySchema(operation: OperationModel, media: MediaTypeModel, context: ZodSchemaContext): ZodCode {
  const pointer = `#${toPointer(['paths', operation.path, operation.method, 'requestBody', 'content', media.mediaType, 'schema'])}`;
  switch (media.format) {
    case 'binary':
      return zod(
        'union',
        arrayLiteral([zod('instanceof', text('Blob')), zod('instanceof', text('ArrayBuffer')), zod('custom<ArrayBufferView>', text('(value: unknown) => ArrayBuffer.isView(value)')), zod('string')]),
      );
    case 'text':
      return zod('string');
    case 'multipart':
      return walk(media.schema, pointer, { ...context, binaryAsBlob: true });
    default:
      return walk(media.schema, pointer, context);
  }
}

function responseSchema(operation: OperationModel, context: ZodSchemaContext, types: Set<string>): ZodCode {
  const successes = operation.successResponses;
  if (successes.length === 0) return zod('never');
  const single = successes.length === 1;
  const members = successes.map((response) => {
    const type = single ? `${operation.typeName}Response` : `${operation.typeName}Responses`;
    return successBodySchema(operation, response, context, () => {
      types.add(type);
      return single ? type : `${type}[${/^\d+$/.test(statusKey(response)) ? statusKey(response) : JSON.stringify(statusKey(response))}]`;
    });
  });
  const unique = [...new Map(members.map((member) => [JSON.stringify(member), member])).values()];
  return unique.length === 1 ? unique[0]! : zod('union', arrayLiteral(unique));
}

/**
 * A success body (see `successBodyType` in response-types.ts). A stream is checked for being one (an async
 * iterable) and typed as the client's stream type, read from `{Op}Response` through `bodyType`; its items are
 * what the client parsed as they arrived, not checked here.
 */
function successBodySchema(operation: OperationModel, response: ResponseModel, context: ZodSchemaContext, bodyType: () => string): ZodCode {
  const stream = responseStream(response);
  if (stream === undefined || stream.format === 'bytes') return responseBodySchema(operation, response, context);
  const streamed = zod(`custom<Extract<${bodyType()}, AsyncIterable<unknown>>>`, text('(value: unknown) => typeof value === "object" && value !== null && Symbol.asyncIterator in value'));
  const other = response.contents.find((media) => media !== stream.media);
  if (other === undefined) return streamed;
  return zod('union', arrayLiteral([responseBodySchema(operation, { ...response, contents: [other] }, context), streamed]));
}

/** A decoded response body (see `responseBodyType` in response-types.ts). */
function responseBodySchema(operation: OperationModel, response: ResponseModel, context: ZodSchemaContext): ZodCode {
  const media = response.contents[0];
  if (media === undefined) return zod('undefined');
  switch (media.format) {
    case 'json':
      return walk(media.schema, `#${toPointer(['paths', operation.path, operation.method, 'responses', statusKey(response), 'content', media.mediaType, 'schema'])}`, context);
    case 'text':
      return zod('string');
    default:
      return zod('instanceof', text('Blob'));
  }
}
