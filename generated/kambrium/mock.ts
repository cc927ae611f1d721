// Generated from Kambrium API v1 (OpenAPI 3.1.0). Do not edit: change the spec and run `openapi-client generate`.
import { createMockFetch as createTableFetch, type MockFetch, type MockHandler } from "./runtime/mock-fetch.js";
import type * as operations from "./operations.js";

/** A handler per operation, each optional: it receives the operation's params (body included) and returns a documented status with its body. Operations without one answer as `openapi-client mock` does by default. */
export interface MockHandlers {
  /** `DELETE /api/v1/mcp-servers/{server_id}`: answers `deleteMcpServer`. */
  deleteMcpServer?: MockHandler<
    operations.DeleteMcpServerParams,
    { status: 200; body: operations.DeleteMcpServerResponse; headers?: Record<string, string> }
    | { status: 401; body: operations.DeleteMcpServerErrors[401]; headers?: Record<string, string> }
    | { status: 403; body: operations.DeleteMcpServerErrors[403]; headers?: Record<string, string> }
    | { status: 404; body: operations.DeleteMcpServerErrors[404]; headers?: Record<string, string> }
    | { status: 500; body: operations.DeleteMcpServerErrors[500]; headers?: Record<string, string> }
  >;
}

/** The operations as the mock fetch reads them: one JSON `[name, method, path, parameters, bodyFormat, responses, defaultAnswer, streams?]` per line. */
const operationTable: string[] = [
  "[\"deleteMcpServer\",\"DELETE\",\"/api/v1/mcp-servers/{server_id}\",[[\"server_id\",\"path\",\"server_id\",\"string\",\"\",\"simple\",false]],\"\",{\"200\":\"application/json\",\"401\":\"application/json\",\"403\":\"application/json\",\"404\":\"application/json\",\"500\":\"application/json\"},[200,\"application/json\",\"{\\\"success\\\":true,\\\"data\\\":null,\\\"message\\\":\\\"MCP server connection deleted successfully\\\"}\"]]",
];

/** An in-process `fetch` for tests: `createClient({ fetch: createMockFetch({ getPet: () => ({ status: 200, body: pet }) }) })`. `calls` records every request. */
export function createMockFetch(handlers: MockHandlers = {}): MockFetch {
  return createTableFetch(operationTable, handlers);
}
