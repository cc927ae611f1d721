// Generated from Smithery Platform API 1.0.0 (OpenAPI 3.1.0). Do not edit: change the spec and run `npm run generate`.
import { sendRequest } from "./runtime/send-request.js";
import { writePathValue } from "./runtime/serialize-parameter.js";
import type { Client, RequestOptions } from "./runtime/client.js";
import type {
  HttpError,
  Result,
  Success,
  TransportError,
  UnexpectedStatusError,
} from "./runtime/result.js";
import type {
  Connection,
  DeleteSuccess,
  RegistryError,
  SmitheryError,
  SmitherySuccess,
} from "./schemas.js";

/** The arguments of `deleteConnection`. */
export interface DeleteConnectionParams {
  /** Pass the value as it is: the client percent-encodes it, `/` included. */
  namespace: string;
  /** Pass the value as it is: the client percent-encodes it, `/` included. */
  connectionId: string;
}

/** The data of a successful `deleteConnection` call. */
export type DeleteConnectionResponse = SmitherySuccess;

/** The body of each documented error response of `deleteConnection`, by status. */
export interface DeleteConnectionErrors {
  /** Bad request */
  400: SmitheryError;
  /** Namespace or connection not found */
  404: SmitheryError;
}

/** Every way a `deleteConnection` call can fail; switch on `kind`, then on `status`. */
export type DeleteConnectionError =
  | HttpError<400, DeleteConnectionErrors[400]>
  | HttpError<404, DeleteConnectionErrors[404]>
  | UnexpectedStatusError
  | TransportError;

/** What `deleteConnection` resolves to. */
export type DeleteConnectionResult = Result<
  Success<200, DeleteConnectionResponse>,
  DeleteConnectionError
>;

/**
 * Delete connection
 *
 * Delete a connection and terminate its MCP session. Requires API key and namespace ownership.
 *
 * `DELETE /connect/{namespace}/{connectionId}`
 */
export function deleteConnection(
  client: Client,
  params: DeleteConnectionParams,
  options?: RequestOptions,
): Promise<DeleteConnectionResult> {
  return sendRequest(
    client,
    params,
    options,
    '{"id":"deleteConnection","method":"DELETE","path":"/connect/{namespace}/{connectionId}","parameters":[{"name":"namespace","write":0},{"name":"connectionId","write":0}],"responses":{"200":"json","400":"json","404":"json"},"accept":"application/json","security":[["bearerAuth"]]}',
    writePathValue,
  );
}

/** The arguments of `deleteServer`. */
export interface DeleteServerParams {
  /**
   * The server's qualified name (e.g. 'namespace/server' or 'namespace' for namespace-only servers). Use %2F to encode the slash.
   *
   * Pass the value as it is: the client percent-encodes it, `/` included.
   */
  qualifiedName: string;
}

/** The data of a successful `deleteServer` call. */
export type DeleteServerResponse = DeleteSuccess;

/** The body of each documented error response of `deleteServer`, by status. */
export interface DeleteServerErrors {
  /** Server not found or not owned by user */
  404: RegistryError;
}

/** Every way a `deleteServer` call can fail; switch on `kind`, then on `status`. */
export type DeleteServerError =
  | HttpError<404, DeleteServerErrors[404]>
  | UnexpectedStatusError
  | TransportError;

/** What `deleteServer` resolves to. */
export type DeleteServerResult = Result<Success<200, DeleteServerResponse>, DeleteServerError>;

/**
 * Delete a server
 *
 * Permanently delete a server, its releases, and associated resources.
 *
 * `DELETE /servers/{qualifiedName}`
 */
export function deleteServer(
  client: Client,
  params: DeleteServerParams,
  options?: RequestOptions,
): Promise<DeleteServerResult> {
  return sendRequest(
    client,
    params,
    options,
    '{"id":"deleteServer","method":"DELETE","path":"/servers/{qualifiedName}","parameters":[{"name":"qualifiedName","write":0}],"responses":{"200":"json","404":"json"},"accept":"application/json","security":[["bearerAuth"]]}',
    writePathValue,
  );
}

/** The arguments of `getConnection`. */
export interface GetConnectionParams {
  /** Pass the value as it is: the client percent-encodes it, `/` included. */
  namespace: string;
  /** Pass the value as it is: the client percent-encodes it, `/` included. */
  connectionId: string;
}

/** The data of a successful `getConnection` call. */
export type GetConnectionResponse = Connection;

/** The body of each documented error response of `getConnection`, by status. */
export interface GetConnectionErrors {
  /** Bad request */
  400: SmitheryError;
  /** Connection not found */
  404: SmitheryError;
}

/** Every way a `getConnection` call can fail; switch on `kind`, then on `status`. */
export type GetConnectionError =
  | HttpError<400, GetConnectionErrors[400]>
  | HttpError<404, GetConnectionErrors[404]>
  | UnexpectedStatusError
  | TransportError;

/** What `getConnection` resolves to. */
export type GetConnectionResult = Result<Success<200, GetConnectionResponse>, GetConnectionError>;

/**
 * Get connection
 *
 * Get details for a specific connection. Requires service token with connections:read scope.
 *
 * `GET /connect/{namespace}/{connectionId}`
 */
export function getConnection(
  client: Client,
  params: GetConnectionParams,
  options?: RequestOptions,
): Promise<GetConnectionResult> {
  return sendRequest(
    client,
    params,
    options,
    '{"id":"getConnection","method":"GET","path":"/connect/{namespace}/{connectionId}","parameters":[{"name":"namespace","write":0},{"name":"connectionId","write":0}],"responses":{"200":"json","400":"json","404":"json"},"accept":"application/json","security":[["bearerAuth"]]}',
    writePathValue,
  );
}
