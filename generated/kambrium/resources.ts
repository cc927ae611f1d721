// Generated from Kambrium API v1 (OpenAPI 3.1.0). Do not edit: change the spec and run `openapi-client generate`.
import type { Client, RequestOptions } from "./runtime/client.js";
import { groupOperations } from "./runtime/group-operations.js";
import * as operations from "./operations.js";

/** The operations grouped by resource: the path's static segments name the resources, the REST verb names the method (see the README's naming rules). */
export interface Resources {
  mcpServers: {
    /** `DELETE /api/v1/mcp-servers/{server_id}`: calls `deleteMcpServer`. */
    delete(params: operations.DeleteMcpServerParams, options?: RequestOptions): Promise<operations.DeleteMcpServerResult>;
  };
}

/** Groups the operations of `client` by resource, as `Resources` describes; each method calls the operation function of the same name in `operations.ts`. */
export function createResources(client: Client): Resources {
  return groupOperations(client, operations, `
mcpServers.delete=deleteMcpServer
`) as Resources;
}
