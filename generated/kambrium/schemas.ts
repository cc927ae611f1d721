// Generated from Kambrium API v1 (OpenAPI 3.1.0). Do not edit: change the spec and run `openapi-client generate`.
/** The confirmation of a deletion. The page documents two bodies: the envelope `{success, data: null, message}` and the shorter `{message}`. */
export interface DeletionConfirmation {
  /** @description Whether the request was successful. */
  success?: boolean;
  /** @description Always null for delete operations. */
  data?: null;
  /**
   * @description Confirmation message.
   * @example MCP server connection deleted successfully
   */
  message: string;
}

/** The body of every documented error response. */
export interface ErrorDetail {
  /** @description What went wrong, for people. */
  detail: string;
}
