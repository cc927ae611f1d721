/**
 * Emits `api-surface.json`: the client's public surface (operations with their parameters, bodies, success and
 * error types; schema types) as data, so the next generation can report what changed for callers. Types are
 * written exactly, on one line each (one-line-type.ts): a change in any literal is a change of the surface.
 */
import { schemaComponentRef } from '../load/json-pointer.js';
import { setOwn } from '../load/own-property.js';
import { toPointer } from '../load/json-pointer.js';
import type { ApiModel, OperationModel } from '../model/types.js';
import { oneLineType } from './one-line-type.js';
import { responseBodyType, statusKey, successBodyType } from './response-types.js';
import type { SchemaTypePrinter } from './schema-type-printer.js';

/** One operation as callers see it. */
export interface OperationSurface {
  readonly method: string;
  readonly path: string;
  readonly parameters: Readonly<Record<string, { readonly required: boolean; readonly type: string }>>;
  readonly body?: { readonly required: boolean; readonly type: string };
  readonly responses: Readonly<Record<string, string>>;
  readonly errors: Readonly<Record<string, string>>;
}

/** The whole public surface of a generated client. */
export interface ApiSurface {
  readonly operations: Readonly<Record<string, OperationSurface>>;
  readonly schemas: Readonly<Record<string, string>>;
}

/** The file name of the surface manifest inside a client folder. */
export const API_SURFACE_FILE = 'api-surface.json';

/**
 * Builds the surface of `model`, with types printed the way the client prints them; `surfaces` holds each
 * operation's (in model order) where the caller has them already.
 */
export function buildApiSurface(model: ApiModel, printer: SchemaTypePrinter, surfaces?: readonly OperationSurface[]): ApiSurface {
  const operations: Record<string, OperationSurface> = {};
  model.operations.forEach((operation, index) => setOwn(operations, operation.name, surfaces?.[index] ?? operationSurface(operation, printer)));
  const schemas = Object.fromEntries(model.schemas.map((schema) => [schema.name, oneLineType(printer.print(schema.schema, schemaComponentRef(schema.key)))]));
  return { operations, schemas };
}

/** One operation's surface. */
export function operationSurface(operation: OperationModel, printer: SchemaTypePrinter): OperationSurface {
  const parameters: Record<string, { required: boolean; type: string }> = {};
  for (const param of operation.parameters) {
    if (param.constant !== undefined) continue;
    const pointer = `#${toPointer(['paths', operation.path, operation.method, 'parameters', param.in, param.name])}`;
    setOwn(parameters, param.key, { required: param.required, type: oneLineType(printer.print(param.schema, pointer)) });
  }
  const body = operation.requestBody;
  const media = body?.contents[0];
  const typeOf = (response: (typeof operation.successResponses)[number]) => oneLineType(responseBodyType(operation, response, printer));
  return {
    method: operation.method.toUpperCase(),
    path: operation.path,
    parameters,
    ...(body && media
      ? { body: { required: body.required, type: oneLineType(printer.print(media.schema, `#${toPointer(['paths', operation.path, operation.method, 'requestBody', 'content', media.mediaType, 'schema'])}`)) } }
      : {}),
    responses: Object.fromEntries(operation.successResponses.map((r) => [statusKey(r), oneLineType(successBodyType(operation, r, printer))])),
    errors: Object.fromEntries(operation.errorResponses.map((r) => [statusKey(r), typeOf(r)])),
  };
}
