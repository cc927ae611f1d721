// Generated from Kambrium API v1 (OpenAPI 3.1.0). Do not edit: change the spec and run `openapi-client generate`.
import { createRuntimeClient, type Client, type ClientOptions } from "./runtime/client.js";
import { bearerScheme } from "./runtime/security.js";

/** The server calls go to unless `createClient({ baseUrl })` says otherwise. */
export const defaultBaseUrl = "https://api.kambrium.com";

/**
 * Creates a client for Kambrium API v1; every option is optional.
 *
 * Authentication: `token` (or `credentials.<scheme>`) is
 * - `kambriumOAuth`: sent as `Authorization: Bearer <token>`. The access token received from the authorization server in the OAuth 2.0 flow, sent as `Authorization: Bearer <token>`. Deleting needs the `mgmt.write` scope.
 */
export function createClient(options: ClientOptions = {}): Client {
  return createRuntimeClient(
    options,
    { baseUrl: defaultBaseUrl, securitySchemes: { "kambriumOAuth": bearerScheme } },
  );
}
