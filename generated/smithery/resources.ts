// Generated from Smithery Platform API 1.0.0 (OpenAPI 3.1.0). Do not edit: change the spec and run `npm run generate`.
import type { Client, RequestOptions } from "./runtime/client.js";
import { groupOperations } from "./runtime/group-operations.js";
import * as operations from "./operations.js";

/** The operations grouped by resource: the path's static segments name the resources, the REST verb names the method (see the README's naming rules). */
export interface Resources {
  connect: {
    /** `DELETE /connect/{namespace}/{connectionId}`: calls `deleteConnection`. */
    delete(params: operations.DeleteConnectionParams, options?: RequestOptions): Promise<operations.DeleteConnectionResult>;
    /** `GET /connect/{namespace}/{connectionId}`: calls `getConnection`. */
    get(params: operations.GetConnectionParams, options?: RequestOptions): Promise<operations.GetConnectionResult>;
  };
  servers: {
    /** `DELETE /servers/{qualifiedName}`: calls `deleteServer`. */
    delete(params: operations.DeleteServerParams, options?: RequestOptions): Promise<operations.DeleteServerResult>;
  };
}

/** Groups the operations of `client` by resource, as `Resources` describes; each method calls the operation function of the same name in `operations.ts`. */
export function createResources(client: Client): Resources {
  return groupOperations(client, operations, `
connect.delete=deleteConnection
connect.get=getConnection
servers.delete=deleteServer
`) as Resources;
}
