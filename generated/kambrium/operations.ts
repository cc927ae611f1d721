// Generated from Kambrium API v1 (OpenAPI 3.1.0). Do not edit: change the spec and run `openapi-client generate`.
import { sendRequest } from "./runtime/send-request.js";
import { writeHeader, writePathValue } from "./runtime/serialize-parameter.js";
import type { Client, RequestOptions } from "./runtime/client.js";
import type {
  HttpError,
  Result,
  Success,
  TransportError,
  UnexpectedStatusError,
} from "./runtime/result.js";
import type { DeletionConfirmation, ErrorDetail } from "./schemas.js";

/** The arguments of `deleteMcpServer`. */
export interface DeleteMcpServerParams {
  /**
   * The MCP server connection ID.
   *
   * Pass the value as it is: the client percent-encodes it, `/` included.
   */
  server_id: string | number;
}

/** The data of a successful `deleteMcpServer` call. */
export type DeleteMcpServerResponse = DeletionConfirmation;

/** The body of each documented error response of `deleteMcpServer`, by status. */
export interface DeleteMcpServerErrors {
  /** Unauthorized; no or invalid credentials. */
  401: ErrorDetail;
  /** Forbidden; the token may not delete this connection. */
  403: ErrorDetail;
  /** Connection not found, or not accessible to the caller. */
  404: ErrorDetail;
  /** Internal server error. */
  500: ErrorDetail;
}

/** Every way a `deleteMcpServer` call can fail; switch on `kind`, then on `status`. */
export type DeleteMcpServerError =
  | HttpError<401, DeleteMcpServerErrors[401]>
  | HttpError<403, DeleteMcpServerErrors[403]>
  | HttpError<404, DeleteMcpServerErrors[404]>
  | HttpError<500, DeleteMcpServerErrors[500]>
  | UnexpectedStatusError
  | TransportError;

/** What `deleteMcpServer` resolves to. */
export type DeleteMcpServerResult = Result<
  Success<200, DeleteMcpServerResponse>,
  DeleteMcpServerError
>;

/**
 * Delete MCP server
 *
 * Permanently deletes an MCP server connection, removing all associated data and configurations. This action cannot be undone: all tool access records are removed, OAuth client credentials are deleted, connection history is purged, and active sessions using this connection are invalidated. Users can only delete their own connections (admin users may have broader deletion permissions). After deletion, attempts to access the connection return 404, and the connection ID cannot be reused.
 *
 * `DELETE /api/v1/mcp-servers/{server_id}`
 */
export function deleteMcpServer(
  client: Client,
  params: DeleteMcpServerParams,
  options?: RequestOptions,
): Promise<DeleteMcpServerResult> {
  return sendRequest(
    client,
    params,
    options,
    '{"id":"deleteMcpServer","method":"DELETE","path":"/api/v1/mcp-servers/{server_id}","parameters":[{"name":"server_id","write":0},{"name":"Content-Type","write":1,"constant":"application/json"}],"responses":{"200":"json","401":"json","403":"json","404":"json","500":"json"},"accept":"application/json","security":[["kambriumOAuth"]]}',
    writePathValue,
    writeHeader,
  );
}
