// Generated from Kambrium API v1 (OpenAPI 3.1.0). Do not edit: change the spec and run `npm run generate`.
import { createResponseValidation } from "./runtime/validate-response.js";

/** The schemas of the spec, reduced to what response validation checks: one JSON `[name, schema]` entry per line. */
const schemas = String.raw`
["DeletionConfirmation",{"type":"object","required":["message"],"properties":{"success":{"type":"boolean"},"data":{"type":"null"},"message":{"type":"string"}}}]
["ErrorDetail",{"type":"object","required":["detail"],"properties":{"detail":{"type":"string"}}}]
`;

/** The documented JSON response schemas of each operation, by status: one JSON `[operation, schemas]` entry per line. */
const operations = String.raw`
["deleteMcpServer",{"200":{"$ref":"DeletionConfirmation"},"401":{"$ref":"ErrorDetail"},"403":{"$ref":"ErrorDetail"},"404":{"$ref":"ErrorDetail"},"500":{"$ref":"ErrorDetail"}}]
`;

/** Pass to `createClient({ validate: responseValidation })` to check every documented JSON body. */
export const responseValidation = /* @__PURE__ */ createResponseValidation(schemas, operations);
