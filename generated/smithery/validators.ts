// Generated from Smithery Platform API 1.0.0 (OpenAPI 3.1.0). Do not edit: change the spec and run `npm run generate`.
import { createResponseValidation } from "./runtime/validate-response.js";

/** The schemas of the spec, reduced to what response validation checks: one JSON `[name, schema]` entry per line. */
const schemas = String.raw`
["Connection",{"type":"object","properties":{"connectionId":{"type":"string"},"name":{"type":"string"},"transport":{"type":"string","enum":["http","uplink"]},"mcpUrl":{"anyOf":[{"type":"string"},{"type":"null"}]},"metadata":{"anyOf":[{"type":"object","additionalProperties":{}},{"type":"null"}]},"mock":{"$ref":"MockConfig"},"iconUrl":{"anyOf":[{"type":"string"},{"type":"null"}]},"createdAt":{"type":"string"},"status":{"$ref":"ConnectionStatus"},"serverInfo":{"$ref":"ServerInfo"}},"required":["connectionId","name","mcpUrl","metadata"],"additionalProperties":false}]
["ConnectionStatus",{"oneOf":[{"$ref":"ConnectionStatusConnected"},{"$ref":"ConnectionStatusDisconnected"},{"$ref":"ConnectionStatusAuthRequired"},{"$ref":"ConnectionStatusInputRequired"},{"$ref":"ConnectionStatusError"}]}]
["ConnectionStatusAuthRequired",{"type":"object","properties":{"state":{"type":"string","const":"auth_required"},"setupUrl":{"type":"string"},"authorizationUrl":{"type":"string"}},"required":["state"],"additionalProperties":false}]
["ConnectionStatusConnected",{"type":"object","properties":{"state":{"type":"string","const":"connected"}},"required":["state"],"additionalProperties":false}]
["ConnectionStatusDisconnected",{"type":"object","properties":{"state":{"type":"string","const":"disconnected"}},"required":["state"],"additionalProperties":false}]
["ConnectionStatusError",{"type":"object","properties":{"state":{"type":"string","const":"error"},"message":{"type":"string"}},"required":["state","message"],"additionalProperties":false}]
["ConnectionStatusInputRequired",{"type":"object","properties":{"state":{"type":"string","const":"input_required"},"setupUrl":{"type":"string"},"http":{"$ref":"CredentialProfileHttp"},"missing":{"type":"object","properties":{"headers":{"type":"array","items":{"type":"string"}},"query":{"type":"array","items":{"type":"string"}}},"required":["headers","query"],"additionalProperties":false}},"required":["state","http","missing"],"additionalProperties":false}]
["CredentialProfileHttp",{"type":"object","properties":{"headers":{"type":"object","additionalProperties":{"$ref":"HttpInputField"}},"query":{"type":"object","additionalProperties":{"$ref":"HttpInputField"}}},"additionalProperties":false}]
["DeleteSuccess",{"type":"object","properties":{"success":{"type":"boolean"},"namespace":{"type":"string"},"server":{"type":"string"}},"required":["success","namespace","server"]}]
["HttpInputField",{"type":"object","properties":{"label":{"type":"string"},"description":{"type":"string"},"required":{"type":"boolean"}},"required":["label"],"additionalProperties":false}]
["MockConfig",{"type":"object","properties":{"enabled":{"type":"boolean"},"scenario":{"type":"string"}},"required":["enabled"],"additionalProperties":false}]
["RegistryError",{"type":"object","properties":{"error":{"type":"string"}},"required":["error"],"additionalProperties":false}]
["ServerInfo",{"type":"object","properties":{"name":{"type":"string"},"title":{"type":"string"},"icons":{"type":"array","items":{"type":"object","properties":{"src":{"type":"string"},"mimeType":{"type":"string"},"sizes":{"type":"array","items":{"type":"string"}},"theme":{"type":"string","enum":["light","dark"]}},"required":["src"],"additionalProperties":false}},"version":{"type":"string"},"websiteUrl":{"type":"string"},"description":{"type":"string"}},"required":["name","version"],"additionalProperties":false}]
["SmitheryError",{"type":"object","properties":{"error":{"type":"string"},"message":{"type":"string"}},"required":["error","message"],"additionalProperties":false}]
["SmitherySuccess",{"type":"object","properties":{"success":{"type":"boolean","const":true}},"required":["success"],"additionalProperties":false}]
`;

/** The documented JSON response schemas of each operation, by status: one JSON `[operation, schemas]` entry per line. */
const operations = String.raw`
["deleteConnection",{"200":{"$ref":"SmitherySuccess"},"400":{"$ref":"SmitheryError"},"404":{"$ref":"SmitheryError"}}]
["deleteServer",{"200":{"$ref":"DeleteSuccess"},"404":{"$ref":"RegistryError"}}]
["getConnection",{"200":{"$ref":"Connection"},"400":{"$ref":"SmitheryError"},"404":{"$ref":"SmitheryError"}}]
`;

/** Pass to `createClient({ validate: responseValidation })` to check every documented JSON body. */
export const responseValidation = /* @__PURE__ */ createResponseValidation(schemas, operations);
