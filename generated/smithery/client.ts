// Generated from Smithery Platform API 1.0.0 (OpenAPI 3.1.0). Do not edit: change the spec and run `openapi-client generate`.
import { createRuntimeClient, readEnvironment, type Client, type ClientOptions } from "./runtime/client.js";
import { bearerScheme } from "./runtime/security.js";

/** The server calls go to unless `createClient({ baseUrl })` says otherwise. */
export const defaultBaseUrl = "https://api.smithery.ai";

/**
 * Creates a client for Smithery Platform API 1.0.0; every option is optional.
 *
 * Authentication: `token` (or `credentials.<scheme>`) is
 * - `bearerAuth`: sent as `Authorization: Bearer <token>`. Smithery API key as Bearer token
 *
 * Without a `token`, the environment variable `SMITHERY_API_KEY` is used where there is an environment.
 */
export function createClient(options: ClientOptions = {}): Client {
  return createRuntimeClient(
    { ...options, token: options.token ?? readEnvironment("SMITHERY_API_KEY") },
    { baseUrl: defaultBaseUrl, securitySchemes: { "bearerAuth": bearerScheme } },
  );
}
