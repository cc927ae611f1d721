/**
 * Builds the model of one operation from its Path Item and Operation Objects.
 * @see https://spec.openapis.org/oas/v3.1.0#operation-object
 */
import { fromPointer, getAtPath } from '../load/json-pointer.js';
import type { SourcePosition } from '../load/spec-error.js';
import { buildMediaTypeModels } from './body-format.js';
import { buildParameterModels } from './build-parameter-models.js';
import { buildResponseModels } from './build-response-models.js';
import type { ReferenceResolver } from './resolve-reference.js';
import type { HttpMethod, OperationModel, RequestBodyModel } from './types.js';

/** Everything needed to model one operation besides its name, which the API builder assigns. */
export interface OperationInput {
  readonly method: HttpMethod;
  readonly path: string;
  readonly pathItem: Readonly<Record<string, unknown>>;
  readonly operation: Readonly<Record<string, unknown>>;
  /** Pointer segments of the operation, such as `['paths', '/users', 'get']`. */
  readonly segments: readonly string[];
  /** The document's top-level `security`, used when the operation has none. */
  readonly defaultSecurity: unknown;
}

/** Builds an operation model whose `name` and `typeName` are filled in by the caller. */
export function buildOperationModel(
  input: OperationInput,
  name: string,
  resolve: ReferenceResolver,
  locate: (segments: readonly string[]) => SourcePosition,
  document: Readonly<Record<string, unknown>>,
): OperationModel {
  const { operation, segments } = input;
  const requestBody = buildRequestBodyModel(operation.requestBody, [...segments, 'requestBody'], resolve);
  const parameters = buildParameterModels(
    {
      pathLevel: input.pathItem.parameters,
      pathLevelSegments: [...segments.slice(0, -1), 'parameters'],
      operationLevel: operation.parameters,
      operationLevelSegments: [...segments, 'parameters'],
      path: input.path,
      reservedKeys: requestBody === undefined ? [] : requestBody.contents.length > 1 ? ['body', 'contentType'] : ['body'],
    },
    resolve,
    locate,
  );
  const responses = buildResponseModels(operation.responses, [...segments, 'responses'], resolve, locate);
  const text = (value: unknown, at: string): string | undefined => {
    // Real specs sometimes keep prose elsewhere and refer to it: `description: { $ref: '#/x-docs/users' }`.
    const resolved = value !== null && typeof value === 'object' && '$ref' in value ? resolveText(value, [...segments, at]) : value;
    return typeof resolved === 'string' && resolved.trim() !== '' ? resolved : undefined;
  };
  const resolveText = (value: object, at: readonly string[]): unknown => {
    try {
      return resolve<unknown>(value, at);
    } catch {
      return getAtPath(document, fromPointer(String((value as { $ref: unknown }).$ref)));
    }
  };
  const summary = text(operation.summary, 'summary') ?? text(input.pathItem.summary, 'summary');
  const description = text(operation.description, 'description') ?? text(input.pathItem.description, 'description');
  return {
    kind: 'operation',
    name,
    typeName: name[0]!.toUpperCase() + name.slice(1),
    ...(typeof operation.operationId === 'string' ? { operationId: operation.operationId } : {}),
    method: input.method,
    path: input.path,
    ...(summary !== undefined ? { summary } : {}),
    ...(description !== undefined ? { description } : {}),
    deprecated: operation.deprecated === true,
    tags: Array.isArray(operation.tags) ? operation.tags.filter((t): t is string => typeof t === 'string') : [],
    parameters,
    ...(requestBody !== undefined ? { requestBody } : {}),
    successResponses: responses.success,
    errorResponses: responses.error,
    security: securityAlternatives(operation.security ?? input.defaultSecurity),
    source: { kind: 'source', segments },
    // `x-query: true` marks a read sent as another method (a search by POST); `false` a GET that changes things.
    ...(typeof operation['x-query'] === 'boolean' ? { query: operation['x-query'] } : {}),
  };
}

function buildRequestBodyModel(value: unknown, segments: readonly string[], resolve: ReferenceResolver): RequestBodyModel | undefined {
  if (value === undefined) return undefined;
  const body = resolve<{ required?: unknown; description?: unknown; content?: unknown }>(value, segments);
  const contents = buildMediaTypeModels(body.content, 'request');
  if (contents.length === 0) return undefined;
  return {
    kind: 'request-body',
    required: body.required === true,
    ...(typeof body.description === 'string' ? { description: body.description } : {}),
    contents,
  };
}

/** Turns a Security Requirement list into alternatives of scheme keys. @see https://spec.openapis.org/oas/v3.1.0#security-requirement-object */
function securityAlternatives(security: unknown): string[][] {
  if (!Array.isArray(security)) return [];
  return security
    .filter((requirement): requirement is Record<string, unknown> => requirement !== null && typeof requirement === 'object')
    .map((requirement) => Object.keys(requirement).sort());
}
