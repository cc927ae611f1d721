// Generated from Smithery Platform API 1.0.0 (OpenAPI 3.1.0). Do not edit: change the spec and run `npm run generate`.
import { createMockFetch as createTableFetch, type MockFetch, type MockHandler } from "./runtime/mock-fetch.js";
import type * as operations from "./operations.js";

/** A handler per operation, each optional: it receives the operation's params (body included) and returns a documented status with its body. Operations without one answer as `openapi-client mock` does by default. */
export interface MockHandlers {
  /** `DELETE /connect/{namespace}/{connectionId}`: answers `deleteConnection`. */
  deleteConnection?: MockHandler<
    operations.DeleteConnectionParams,
    { status: 200; body: operations.DeleteConnectionResponse; headers?: Record<string, string> }
    | { status: 400; body: operations.DeleteConnectionErrors[400]; headers?: Record<string, string> }
    | { status: 404; body: operations.DeleteConnectionErrors[404]; headers?: Record<string, string> }
  >;
  /** `DELETE /servers/{qualifiedName}`: answers `deleteServer`. */
  deleteServer?: MockHandler<
    operations.DeleteServerParams,
    { status: 200; body: operations.DeleteServerResponse; headers?: Record<string, string> }
    | { status: 404; body: operations.DeleteServerErrors[404]; headers?: Record<string, string> }
  >;
  /** `GET /connect/{namespace}/{connectionId}`: answers `getConnection`. */
  getConnection?: MockHandler<
    operations.GetConnectionParams,
    { status: 200; body: operations.GetConnectionResponse; headers?: Record<string, string> }
    | { status: 400; body: operations.GetConnectionErrors[400]; headers?: Record<string, string> }
    | { status: 404; body: operations.GetConnectionErrors[404]; headers?: Record<string, string> }
  >;
}

/** The operations as the mock fetch reads them: one JSON `[name, method, path, parameters, bodyFormat, responses, defaultAnswer]` per line. */
const operationTable: string[] = [
  "[\"deleteConnection\",\"DELETE\",\"/connect/{namespace}/{connectionId}\",[[\"namespace\",\"path\",\"namespace\",\"string\",\"\",\"simple\",false],[\"connectionId\",\"path\",\"connectionId\",\"string\",\"\",\"simple\",false]],\"\",{\"200\":\"application/json\",\"400\":\"application/json\",\"404\":\"application/json\"},[200,\"application/json\",\"{\\\"success\\\":true}\"]]",
  "[\"deleteServer\",\"DELETE\",\"/servers/{qualifiedName}\",[[\"qualifiedName\",\"path\",\"qualifiedName\",\"string\",\"\",\"simple\",false]],\"\",{\"200\":\"application/json\",\"404\":\"application/json\"},[200,\"application/json\",\"{\\\"success\\\":true,\\\"namespace\\\":\\\"bravo\\\",\\\"server\\\":\\\"alpha\\\"}\"]]",
  "[\"getConnection\",\"GET\",\"/connect/{namespace}/{connectionId}\",[[\"namespace\",\"path\",\"namespace\",\"string\",\"\",\"simple\",false],[\"connectionId\",\"path\",\"connectionId\",\"string\",\"\",\"simple\",false]],\"\",{\"200\":\"application/json\",\"400\":\"application/json\",\"404\":\"application/json\"},[200,\"application/json\",\"{\\\"connectionId\\\":\\\"clever-dolphin-a9X3\\\",\\\"name\\\":\\\"echo\\\",\\\"transport\\\":\\\"http\\\",\\\"mcpUrl\\\":\\\"bravo\\\",\\\"metadata\\\":{},\\\"mock\\\":{\\\"enabled\\\":true,\\\"scenario\\\":\\\"Slack workspace with an active #community-ops channel containing recent event-planning messages, plus 50 Airtable candidate records with mixed tenure and interests.\\\"},\\\"iconUrl\\\":\\\"charlie\\\",\\\"createdAt\\\":\\\"bravo\\\",\\\"status\\\":{\\\"state\\\":\\\"input_required\\\",\\\"setupUrl\\\":\\\"https://example.com/bravo\\\",\\\"http\\\":{},\\\"missing\\\":{\\\"headers\\\":[],\\\"query\\\":[]}},\\\"serverInfo\\\":{\\\"name\\\":\\\"bravo\\\",\\\"title\\\":\\\"echo\\\",\\\"icons\\\":[{\\\"src\\\":\\\"alpha\\\"},{\\\"src\\\":\\\"foxtrot\\\"}],\\\"version\\\":\\\"alpha\\\",\\\"websiteUrl\\\":\\\"charlie\\\",\\\"description\\\":\\\"foxtrot\\\"}}\"]]",
];

/** An in-process `fetch` for tests: `createClient({ fetch: createMockFetch({ getPet: () => ({ status: 200, body: pet }) }) })`. `calls` records every request. */
export function createMockFetch(handlers: MockHandlers = {}): MockFetch {
  return createTableFetch(operationTable, handlers);
}
