/**
 * Every rule that turns spec names into TypeScript names, in one place.
 *
 * Operations: the name in the API's `client.yaml` (`operationNames`, keyed by operationId or `METHOD /path`);
 * else a readable operationId in camelCase (`list-users` → `listUsers`); else, when the operationId is missing or
 * route-shaped (`getSmithery.run:ns`, `repos/get`, `getUsersId` for `GET /users/{id}`), a name from the REST
 * structure (`GET /servers/{id}/releases` → `listServerReleases`, see rest-operation-name.ts); REST-derived names
 * that meet fall back to their operationIds in camelCase (`repos/list-for-user` → `reposListForUser`). A JavaScript reserved word gets
 * the suffix `Operation` (so does `then`, which would make the client module a thenable). Operations whose distinct operationIds meet in one camelCase name (`create_`, `create`)
 * keep their operationIds as written instead, other characters replaced by `_`. Two operations still sharing
 * a name stop generation.
 *
 * Schemas: the name in `schemaNames`, else the component key in PascalCase (a leading digit gets a `_` prefix).
 * A name that would shadow a global or a name the client exports gets the API's name as a prefix (`Error` →
 * `SmitheryError`); names still taken after that get `2`, `3`, … in component key order.
 */
import { ownValue } from '../load/own-property.js';
import { isRouteShaped, restOperationName } from './rest-operation-name.js';

/** Splits any spelling into words: `getSmithery.run:namespace` → `get Smithery run namespace`, `XMLHttp` → `XML Http`. */
export function splitWords(raw: string): string[] {
  return raw.match(/[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+/g) ?? [];
}

/** `mcp-servers` → `McpServers`; keeps inner capitals (`XMLHttp` stays). */
export function toPascalCase(raw: string): string {
  const name = splitWords(raw)
    .map((word) => word[0]!.toUpperCase() + word.slice(1))
    .join('');
  return /^[0-9]/.test(name) ? `_${name}` : name;
}

/** `Delete connection` → `deleteConnection`; the first word is lower-cased whole (`XMLParse` → `xmlParse`). */
export function toCamelCase(raw: string): string {
  const [first, ...rest] = splitWords(raw);
  if (first === undefined) return '';
  const name = first.toLowerCase() + rest.map((word) => word[0]!.toUpperCase() + word.slice(1)).join('');
  return /^[0-9]/.test(name) ? `_${name}` : name;
}

/** Words JavaScript reserves, which no function may be named. */
export const RESERVED_WORDS: ReadonlySet<string> = new Set(
  (
    'break case catch class const continue debugger default delete do else enum export extends false finally for ' +
    'function if import in instanceof new null return super switch this throw true try typeof var void while with ' +
    'yield let static implements interface package private protected public await arguments eval ' +
    // Not reserved, but a module exporting `then` is a thenable: `await import()` of the client would call it.
    'then'
  ).split(' '),
);

/** Global types and values a generated type name must not shadow. */
export const GLOBAL_NAMES: ReadonlySet<string> = new Set(
  (
    'Array ArrayBuffer AbortController AbortSignal Awaited BigInt Blob Body BodyInit Boolean Buffer Capitalize ' +
    'ConstructorParameters Crypto DataView Date Document Element Error Event EventTarget Exclude Extract File ' +
    'FormData Function Generator Headers HeadersInit InstanceType Intl Iterable Iterator JSON Lowercase Map Math ' +
    'NonNullable Number Object Omit Parameters Partial Pick Promise PromiseLike Proxy Readonly ReadonlyArray ' +
    'ReadableStream Record Reflect RegExp Request RequestInit Required Response ResponseInit ReturnType Set String ' +
    'Symbol TextDecoder TextEncoder ThisType Uint8Array Uncapitalize Uppercase URL URLSearchParams WeakMap WeakSet ' +
    'WebSocket Window Worker Storage Location Navigator Node Text Range Selection Notification Performance Event ' +
    'Image Audio Option Comment Attr Credential Permissions Screen Console History'
  ).split(' '),
);

/** Names every generated client exports from its runtime; no generated name may take them. */
export const RUNTIME_NAMES: ReadonlySet<string> = new Set([
  'createClient',
  'defaultBaseUrl',
  'unwrap',
  'ApiCallError',
  'Client',
  'ClientOptions',
  'RequestOptions',
  'CredentialSource',
  'FetchLike',
  'Result',
  'Success',
  'Failure',
  'HttpError',
  'DefaultError',
  'UnexpectedStatusError',
  'NetworkError',
  'TimeoutError',
  'AbortedError',
  'InvalidBodyError',
  'InvalidRequestError',
  'BodyTooLargeError',
  'TransportError',
  'AnyCallError',
  'StatusRange',
  'OperationDescriptor',
  'sendRequest',
  'describeOperation',
  'createResources',
  'Resources',
  'paginate',
  'pages',
  'Page',
  'PaginateOptions',
  'PaginatedOperation',
  'PageOf',
  'ItemOf',
  'PageErrorOf',
  'PagedCall',
  'sendPage',
  'createMockFetch',
  'MockHandlers',
  'readStream',
  'isStream',
  'EventStream',
  'ResponseStream',
  'ServerSentEvent',
  'groupOperations',
  'RequestInfo',
  'ResponseInfo',
  'responseValidation',
  'dateCodec',
  'writePath',
  'writeBody',
  'bearerScheme',
  'basicScheme',
  'apiKeyScheme',
  'readEnvironment',
  'decodeHeaders',
  'writePathValue',
  'writeQuery',
  'writeHeader',
  'writeCookie',
  'encodeJson',
  'encodeText',
  'encodeBinary',
  'encodeForm',
  'encodeMultipart',
]);

/** Suffixes of the per-operation type names, such as `GetConnectionParams`. */
export const OPERATION_TYPE_SUFFIXES = ['Params', 'Response', 'Result', 'Errors', 'Error'] as const;

/** True when `operationId` can name the function as it is (in camelCase): it has letters or digits and is not route-shaped. */
export function isReadableOperationId(operationId: string | undefined, method: string, path: string): operationId is string {
  return operationId !== undefined && toCamelCase(operationId) !== '' && !isRouteShaped(operationId, method, path);
}

/**
 * The default function name of an operation, before overrides and collision checks: a readable operationId in
 * camelCase, else a name from the REST structure (see rest-operation-name.ts), else the method and path's words.
 */
export function defaultOperationName(operationId: string | undefined, method: string, path: string): string {
  const name = isReadableOperationId(operationId, method, path)
    ? toCamelCase(operationId)
    : (restOperationName(method, path) ?? toCamelCase(`${method} ${path.replace(/[{}]/g, ' ')}`));
  return safeOperationName(name);
}

/** The camelCase operationId as a function name: what a REST-derived name falls back to when it meets another. */
export function operationIdName(operationId: string | undefined): string | undefined {
  const name = operationId === undefined ? '' : toCamelCase(operationId);
  return name === '' ? undefined : safeOperationName(name);
}

function safeOperationName(name: string): string {
  return RESERVED_WORDS.has(name) ? `${name}Operation` : name;
}

/** An operationId as written, made a valid identifier: `create_` stays, `a.b` becomes `a_b`. */
export function literalOperationName(operationId: string): string {
  const name = operationId.replace(/[^A-Za-z0-9_$]/g, '_');
  const valid = /^[0-9]/.test(name) ? `_${name}` : name;
  return RESERVED_WORDS.has(valid) ? `${valid}Operation` : valid;
}

/** The key by which `operationNames` in `client.yaml` can name an operation without an operationId. */
export function operationKey(method: string, path: string): string {
  return `${method.toUpperCase()} ${path}`;
}

/**
 * Assigns schema type names: overrides, then PascalCase keys, prefixing names that shadow a global or are
 * `taken` (runtime and operation names) with `apiPrefix`, and numbering whatever still collides.
 */
export function assignSchemaNames(
  keys: readonly string[],
  overrides: Readonly<Record<string, string>>,
  taken: ReadonlySet<string>,
  apiPrefix: string,
): Map<string, string> {
  const used = new Set(taken);
  const names = new Map<string, string>();
  const sorted = [...keys].sort();
  // Overrides first, so an explicit choice is never numbered away by an automatic one.
  for (const key of sorted) {
    const override = ownValue(overrides, key);
    if (override !== undefined) {
      names.set(key, override);
      used.add(override);
    }
  }
  for (const key of sorted) {
    if (names.has(key)) continue;
    let name = toPascalCase(key) || 'Schema';
    if (GLOBAL_NAMES.has(name) || used.has(name)) name = `${apiPrefix}${name}`;
    let candidate = name;
    for (let n = 2; used.has(candidate); n++) candidate = `${name}${n}`;
    names.set(key, candidate);
    used.add(candidate);
  }
  return names;
}
