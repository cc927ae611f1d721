// Generated from Smithery Platform API 1.0.0 (OpenAPI 3.1.0). Do not edit: change the spec and run `openapi-client generate`.
import { createMockFetch as createTableFetch, type MockFetch, type MockHandler } from "./runtime/mock-fetch.js";
import type * as operations from "./operations.js";

/** A handler per operation, each optional: it receives the operation's params (body included) and returns a documented status with its body. Operations without one answer as `openapi-client mock` does by default. */
export interface MockHandlers {
  /** `POST /connect/{namespace}/{connectionId}/.tools/{toolPath}`: answers `callTool`. */
  callTool?: MockHandler<
    operations.CallToolParams,
    { status: 200; body: operations.CallToolResponse; headers?: Record<string, string> }
    | { status: 400; body: operations.CallToolErrors[400]; headers?: Record<string, string> }
    | { status: 404; body: operations.CallToolErrors[404]; headers?: Record<string, string> }
    | { status: 422; body: operations.CallToolErrors[422]; headers?: Record<string, string> }
  >;
  /** `GET /health`: answers `checkHealth`. */
  checkHealth?: MockHandler<
    operations.CheckHealthParams,
    { status: 200; body: operations.CheckHealthResponse; headers?: Record<string, string> }
    | { status: 500; body: operations.CheckHealthErrors[500]; headers?: Record<string, string> }
  >;
  /** `POST /connect/{namespace}`: answers `createConnection`. */
  createConnection?: MockHandler<
    operations.CreateConnectionParams,
    { status: 201; body: operations.CreateConnectionResponse; headers?: Record<string, string> }
    | { status: 400; body: operations.CreateConnectionErrors[400]; headers?: Record<string, string> }
    | { status: 404; body: operations.CreateConnectionErrors[404]; headers?: Record<string, string> }
  >;
  /** `PUT /namespaces/{name}`: answers `createNamespace`. */
  createNamespace?: MockHandler<
    operations.CreateNamespaceParams,
    { status: 201; body: operations.CreateNamespaceResponse; headers?: Record<string, string> }
    | { status: 400; body: operations.CreateNamespaceErrors[400]; headers?: Record<string, string> }
    | { status: 401; body: operations.CreateNamespaceErrors[401]; headers?: Record<string, string> }
    | { status: 403; body: operations.CreateNamespaceErrors[403]; headers?: Record<string, string> }
    | { status: 409; body: operations.CreateNamespaceErrors[409]; headers?: Record<string, string> }
  >;
  /** `PUT /namespaces/{namespace}/servers/{server}`: answers `createNamespaceServer`. */
  createNamespaceServer?: MockHandler<
    operations.CreateNamespaceServerParams,
    { status: 201; body: operations.CreateNamespaceServerResponse; headers?: Record<string, string> }
    | { status: 400; body: operations.CreateNamespaceServerErrors[400]; headers?: Record<string, string> }
    | { status: 401; body: operations.CreateNamespaceServerErrors[401]; headers?: Record<string, string> }
    | { status: 403; body: operations.CreateNamespaceServerErrors[403]; headers?: Record<string, string> }
    | { status: 404; body: operations.CreateNamespaceServerErrors[404]; headers?: Record<string, string> }
  >;
  /** `POST /namespaces`: answers `createNamespaceWithGeneratedName`. */
  createNamespaceWithGeneratedName?: MockHandler<
    operations.CreateNamespaceWithGeneratedNameParams,
    { status: 201; body: operations.CreateNamespaceWithGeneratedNameResponse; headers?: Record<string, string> }
    | { status: 400; body: operations.CreateNamespaceWithGeneratedNameErrors[400]; headers?: Record<string, string> }
    | { status: 401; body: operations.CreateNamespaceWithGeneratedNameErrors[401]; headers?: Record<string, string> }
    | { status: 403; body: operations.CreateNamespaceWithGeneratedNameErrors[403]; headers?: Record<string, string> }
  >;
  /** `PUT /connect/{namespace}/{connectionId}`: answers `createOrUpdateConnection`. */
  createOrUpdateConnection?: MockHandler<
    operations.CreateOrUpdateConnectionParams,
    { status: 200; body: operations.CreateOrUpdateConnectionResponses[200]; headers?: Record<string, string> }
    | { status: 201; body: operations.CreateOrUpdateConnectionResponses[201]; headers?: Record<string, string> }
    | { status: 400; body: operations.CreateOrUpdateConnectionErrors[400]; headers?: Record<string, string> }
    | { status: 404; body: operations.CreateOrUpdateConnectionErrors[404]; headers?: Record<string, string> }
    | { status: 409; body: operations.CreateOrUpdateConnectionErrors[409]; headers?: Record<string, string> }
  >;
  /** `PUT /skills/{namespace}/{slug}`: answers `createOrUpdateSkill`. */
  createOrUpdateSkill?: MockHandler<
    operations.CreateOrUpdateSkillParams,
    { status: 200; body: operations.CreateOrUpdateSkillResponses[200]; headers?: Record<string, string> }
    | { status: 201; body: operations.CreateOrUpdateSkillResponses[201]; headers?: Record<string, string> }
    | { status: 400; body: operations.CreateOrUpdateSkillErrors[400]; headers?: Record<string, string> }
    | { status: 403; body: operations.CreateOrUpdateSkillErrors[403]; headers?: Record<string, string> }
    | { status: 404; body: operations.CreateOrUpdateSkillErrors[404]; headers?: Record<string, string> }
    | { status: 409; body: operations.CreateOrUpdateSkillErrors[409]; headers?: Record<string, string> }
    | { status: 422; body: operations.CreateOrUpdateSkillErrors[422]; headers?: Record<string, string> }
  >;
  /** `PUT /servers/{qualifiedName}`: answers `createServer`. */
  createServer?: MockHandler<
    operations.CreateServerParams,
    { status: 201; body: operations.CreateServerResponse; headers?: Record<string, string> }
    | { status: 400; body: operations.CreateServerErrors[400]; headers?: Record<string, string> }
    | { status: 401; body: operations.CreateServerErrors[401]; headers?: Record<string, string> }
    | { status: 403; body: operations.CreateServerErrors[403]; headers?: Record<string, string> }
    | { status: 404; body: operations.CreateServerErrors[404]; headers?: Record<string, string> }
  >;
  /** `POST /tokens`: answers `createServiceToken`. */
  createServiceToken?: MockHandler<
    operations.CreateServiceTokenParams,
    { status: 200; body: operations.CreateServiceTokenResponse; headers?: Record<string, string> }
    | { status: 400; body: operations.CreateServiceTokenErrors[400]; headers?: Record<string, string> }
    | { status: 401; body: operations.CreateServiceTokenErrors[401]; headers?: Record<string, string> }
    | { status: 403; body: operations.CreateServiceTokenErrors[403]; headers?: Record<string, string> }
  >;
  /** `POST /skills`: answers `createSkill`. */
  createSkill?: MockHandler<
    operations.CreateSkillParams,
    { status: 200; body: operations.CreateSkillResponse; headers?: Record<string, string> }
    | { status: 400; body: operations.CreateSkillErrors[400]; headers?: Record<string, string> }
    | { status: 403; body: operations.CreateSkillErrors[403]; headers?: Record<string, string> }
    | { status: 404; body: operations.CreateSkillErrors[404]; headers?: Record<string, string> }
    | { status: 409; body: operations.CreateSkillErrors[409]; headers?: Record<string, string> }
  >;
  /** `POST /organizations/{orgId}/api-keys`: answers `createTeamApiKey`. */
  createTeamApiKey?: MockHandler<
    operations.CreateTeamApiKeyParams,
    { status: 201; body: operations.CreateTeamApiKeyResponse; headers?: Record<string, string> }
    | { status: 400; body: operations.CreateTeamApiKeyErrors[400]; headers?: Record<string, string> }
    | { status: 401; body: operations.CreateTeamApiKeyErrors[401]; headers?: Record<string, string> }
    | { status: 403; body: operations.CreateTeamApiKeyErrors[403]; headers?: Record<string, string> }
  >;
  /** `DELETE /connect/{namespace}/{connectionId}`: answers `deleteConnection`. */
  deleteConnection?: MockHandler<
    operations.DeleteConnectionParams,
    { status: 200; body: operations.DeleteConnectionResponse; headers?: Record<string, string> }
    | { status: 400; body: operations.DeleteConnectionErrors[400]; headers?: Record<string, string> }
    | { status: 404; body: operations.DeleteConnectionErrors[404]; headers?: Record<string, string> }
  >;
  /** `DELETE /namespaces/{name}`: answers `deleteNamespace`. */
  deleteNamespace?: MockHandler<
    operations.DeleteNamespaceParams,
    { status: 200; body: operations.DeleteNamespaceResponse; headers?: Record<string, string> }
    | { status: 401; body: operations.DeleteNamespaceErrors[401]; headers?: Record<string, string> }
    | { status: 403; body: operations.DeleteNamespaceErrors[403]; headers?: Record<string, string> }
    | { status: 404; body: operations.DeleteNamespaceErrors[404]; headers?: Record<string, string> }
    | { status: 409; body: operations.DeleteNamespaceErrors[409]; headers?: Record<string, string> }
  >;
  /** `DELETE /servers/{qualifiedName}/secrets/{secretName}`: answers `deleteSecret`. */
  deleteSecret?: MockHandler<
    operations.DeleteSecretParams,
    { status: 200; body: operations.DeleteSecretResponse; headers?: Record<string, string> }
    | { status: 404; body: operations.DeleteSecretErrors[404]; headers?: Record<string, string> }
  >;
  /** `DELETE /servers/{qualifiedName}`: answers `deleteServer`. */
  deleteServer?: MockHandler<
    operations.DeleteServerParams,
    { status: 200; body: operations.DeleteServerResponse; headers?: Record<string, string> }
    | { status: 404; body: operations.DeleteServerErrors[404]; headers?: Record<string, string> }
  >;
  /** `DELETE /servers/{qualifiedName}/icon`: answers `deleteServerIcon`. */
  deleteServerIcon?: MockHandler<
    operations.DeleteServerIconParams,
    { status: 200; body: operations.DeleteServerIconResponse; headers?: Record<string, string> }
    | { status: 403; body: operations.DeleteServerIconErrors[403]; headers?: Record<string, string> }
    | { status: 404; body: operations.DeleteServerIconErrors[404]; headers?: Record<string, string> }
  >;
  /** `DELETE /skills/{namespace}/{slug}`: answers `deleteSkill`. */
  deleteSkill?: MockHandler<
    operations.DeleteSkillParams,
    { status: 200; body: operations.DeleteSkillResponse; headers?: Record<string, string> }
    | { status: 403; body: operations.DeleteSkillErrors[403]; headers?: Record<string, string> }
    | { status: 404; body: operations.DeleteSkillErrors[404]; headers?: Record<string, string> }
  >;
  /** `GET /servers/{qualifiedName}/download`: answers `downloadServerBundle`. */
  downloadServerBundle?: MockHandler<
    operations.DownloadServerBundleParams,
    { status: 200; body: Blob | Uint8Array | string; headers?: Record<string, string> }
    | { status: 404; body: operations.DownloadServerBundleErrors[404]; headers?: Record<string, string> }
  >;
  /** `GET /skills/{namespace}/{slug}/download`: answers `downloadSkillBundle`. */
  downloadSkillBundle?: MockHandler<
    operations.DownloadSkillBundleParams,
    { status: 200; body: Blob | Uint8Array | string; headers?: Record<string, string> }
    | { status: 404; body: operations.DownloadSkillBundleErrors[404]; headers?: Record<string, string> }
  >;
  /** `GET /connect/{namespace}/{connectionId}`: answers `getConnection`. */
  getConnection?: MockHandler<
    operations.GetConnectionParams,
    { status: 200; body: operations.GetConnectionResponse; headers?: Record<string, string> }
    | { status: 400; body: operations.GetConnectionErrors[400]; headers?: Record<string, string> }
    | { status: 404; body: operations.GetConnectionErrors[404]; headers?: Record<string, string> }
  >;
  /** `GET /servers/{qualifiedName}/releases/{id}`: answers `getRelease`. */
  getRelease?: MockHandler<
    operations.GetReleaseParams,
    { status: 200; body: operations.GetReleaseResponse; headers?: Record<string, string> }
    | { status: 404; body: operations.GetReleaseErrors[404]; headers?: Record<string, string> }
  >;
  /** `GET /servers/{qualifiedName}`: answers `getServer`. */
  getServer?: MockHandler<
    operations.GetServerParams,
    { status: 200; body: operations.GetServerResponse; headers?: Record<string, string> }
    | { status: 404; body: operations.GetServerErrors[404]; headers?: Record<string, string> }
  >;
  /** `GET /servers/{qualifiedName}/icon`: answers `getServerIcon`. */
  getServerIcon?: MockHandler<
    operations.GetServerIconParams,
    { status: 200; body: Blob | Uint8Array | string; headers?: Record<string, string> }
    | { status: 404; body: operations.GetServerIconErrors[404]; headers?: Record<string, string> }
  >;
  /** `GET /skills/{namespace}/{slug}`: answers `getSkill`. */
  getSkill?: MockHandler<
    operations.GetSkillParams,
    { status: 200; body: operations.GetSkillResponse; headers?: Record<string, string> }
    | { status: 404; body: operations.GetSkillErrors[404]; headers?: Record<string, string> }
  >;
  /** `GET /connect/{namespace}/{connectionId}/.tools/{toolPath}`: answers `getTool`. */
  getTool?: MockHandler<
    operations.GetToolParams,
    { status: 200; body: operations.GetToolResponse; headers?: Record<string, string> }
    | { status: 404; body: operations.GetToolErrors[404]; headers?: Record<string, string> }
  >;
  /** `GET /connect/{namespace}/{connectionId}/.triggers/{triggerName}`: answers `getTrigger`. */
  getTrigger?: MockHandler<
    operations.GetTriggerParams,
    { status: 200; body: operations.GetTriggerResponse; headers?: Record<string, string> }
    | { status: 404; body: operations.GetTriggerErrors[404]; headers?: Record<string, string> }
  >;
  /** `GET /servers/{qualifiedName}/experimental/tools/{toolName}/output-schema`: answers `inferToolOutputSchema`. */
  inferToolOutputSchema?: MockHandler<
    operations.InferToolOutputSchemaParams,
    { status: 200; body: operations.InferToolOutputSchemaResponse; headers?: Record<string, string> }
    | { status: 401; body: operations.InferToolOutputSchemaErrors[401]; headers?: Record<string, string> }
    | { status: 403; body: operations.InferToolOutputSchemaErrors[403]; headers?: Record<string, string> }
    | { status: 404; body: operations.InferToolOutputSchemaErrors[404]; headers?: Record<string, string> }
    | { status: 503; body: operations.InferToolOutputSchemaErrors[503]; headers?: Record<string, string> }
  >;
  /** `GET /connect/{namespace}`: answers `listConnections`. */
  listConnections?: MockHandler<
    operations.ListConnectionsParams,
    { status: 200; body: operations.ListConnectionsResponse; headers?: Record<string, string> }
    | { status: 400; body: operations.ListConnectionsErrors[400]; headers?: Record<string, string> }
  >;
  /** `GET /servers/{qualifiedName}/domains`: answers `listDomains`. */
  listDomains?: MockHandler<
    operations.ListDomainsParams,
    { status: 200; body: operations.ListDomainsResponse; headers?: Record<string, string> }
    | { status: 404; body: operations.ListDomainsErrors[404]; headers?: Record<string, string> }
  >;
  /** `GET /connect/{namespace}/.tools`: answers `listNamespaceTools`. */
  listNamespaceTools?: MockHandler<
    operations.ListNamespaceToolsParams,
    { status: 200; body: operations.ListNamespaceToolsResponse; headers?: Record<string, string> }
  >;
  /** `GET /namespaces`: answers `listNamespaces`. */
  listNamespaces?: MockHandler<
    operations.ListNamespacesParams,
    { status: 200; body: operations.ListNamespacesResponse; headers?: Record<string, string> }
    | { status: 401; body: operations.ListNamespacesErrors[401]; headers?: Record<string, string> }
    | { status: 500; body: operations.ListNamespacesErrors[500]; headers?: Record<string, string> }
  >;
  /** `GET /servers/{qualifiedName}/releases`: answers `listReleases`. */
  listReleases?: MockHandler<
    operations.ListReleasesParams,
    { status: 200; body: operations.ListReleasesResponse; headers?: Record<string, string> }
    | { status: 404; body: operations.ListReleasesErrors[404]; headers?: Record<string, string> }
  >;
  /** `GET /servers/{qualifiedName}/logs`: answers `listRuntimeLogs`. */
  listRuntimeLogs?: MockHandler<
    operations.ListRuntimeLogsParams,
    { status: 200; body: operations.ListRuntimeLogsResponse; headers?: Record<string, string> }
    | { status: 403; body: operations.ListRuntimeLogsErrors[403]; headers?: Record<string, string> }
    | { status: 404; body: operations.ListRuntimeLogsErrors[404]; headers?: Record<string, string> }
    | { status: 500; body: operations.ListRuntimeLogsErrors[500]; headers?: Record<string, string> }
  >;
  /** `GET /servers/{qualifiedName}/secrets`: answers `listSecrets`. */
  listSecrets?: MockHandler<
    operations.ListSecretsParams,
    { status: 200; body: operations.ListSecretsResponse; headers?: Record<string, string> }
    | { status: 404; body: operations.ListSecretsErrors[404]; headers?: Record<string, string> }
  >;
  /** `GET /servers`: answers `listServers`. */
  listServers?: MockHandler<
    operations.ListServersParams,
    { status: 200; body: operations.ListServersResponse; headers?: Record<string, string> }
    | { status: 400; body: operations.ListServersErrors[400]; headers?: Record<string, string> }
    | { status: 401; body: operations.ListServersErrors[401]; headers?: Record<string, string> }
    | { status: 422; body: operations.ListServersErrors[422]; headers?: Record<string, string> }
  >;
  /** `GET /skills`: answers `listSkills`. */
  listSkills?: MockHandler<
    operations.ListSkillsParams,
    { status: 200; body: operations.ListSkillsResponse; headers?: Record<string, string> }
    | { status: 500; body: operations.ListSkillsErrors[500]; headers?: Record<string, string> }
  >;
  /** `GET /organizations/{orgId}/api-keys`: answers `listTeamApiKeys`. */
  listTeamApiKeys?: MockHandler<
    operations.ListTeamApiKeysParams,
    { status: 200; body: operations.ListTeamApiKeysResponse; headers?: Record<string, string> }
    | { status: 401; body: operations.ListTeamApiKeysErrors[401]; headers?: Record<string, string> }
    | { status: 403; body: operations.ListTeamApiKeysErrors[403]; headers?: Record<string, string> }
  >;
  /** `GET /connect/{namespace}/{connectionId}/.tools`: answers `listTools`. */
  listTools?: MockHandler<
    operations.ListToolsParams,
    { status: 200; body: operations.ListToolsResponse; headers?: Record<string, string> }
    | { status: 404; body: operations.ListToolsErrors[404]; headers?: Record<string, string> }
  >;
  /** `GET /connect/{namespace}/{connectionId}/.triggers`: answers `listTriggers`. */
  listTriggers?: MockHandler<
    operations.ListTriggersParams,
    { status: 200; body: operations.ListTriggersResponse; headers?: Record<string, string> }
    | { status: 404; body: operations.ListTriggersErrors[404]; headers?: Record<string, string> }
  >;
  /** `PUT /servers/{qualifiedName}/releases`: answers `publishServer`. */
  publishServer?: MockHandler<
    operations.PublishServerParams,
    { status: 202; body: operations.PublishServerResponse; headers?: Record<string, string> }
    | { status: 400; body: operations.PublishServerErrors[400]; headers?: Record<string, string> }
  >;
  /** `POST /servers/{qualifiedName}/releases/{id}/resume`: answers `resumeRelease`. */
  resumeRelease?: MockHandler<
    operations.ResumeReleaseParams,
    { status: 202; body: operations.ResumeReleaseResponse; headers?: Record<string, string> }
    | { status: 400; body: operations.ResumeReleaseErrors[400]; headers?: Record<string, string> }
    | { status: 404; body: operations.ResumeReleaseErrors[404]; headers?: Record<string, string> }
  >;
  /** `DELETE /organizations/{orgId}/api-keys/{keyId}`: answers `revokeTeamApiKey`. */
  revokeTeamApiKey?: MockHandler<
    operations.RevokeTeamApiKeyParams,
    { status: 200; body: operations.RevokeTeamApiKeyResponse; headers?: Record<string, string> }
    | { status: 401; body: operations.RevokeTeamApiKeyErrors[401]; headers?: Record<string, string> }
    | { status: 403; body: operations.RevokeTeamApiKeyErrors[403]; headers?: Record<string, string> }
    | { status: 404; body: operations.RevokeTeamApiKeyErrors[404]; headers?: Record<string, string> }
  >;
  /** `PUT /servers/{qualifiedName}/secrets`: answers `setSecret`. */
  setSecret?: MockHandler<
    operations.SetSecretParams,
    { status: 200; body: operations.SetSecretResponse; headers?: Record<string, string> }
    | { status: 404; body: operations.SetSecretErrors[404]; headers?: Record<string, string> }
  >;
  /** `GET /servers/{qualifiedName}/releases/{id}/stream`: answers `streamReleaseLogs`. */
  streamReleaseLogs?: MockHandler<
    operations.StreamReleaseLogsParams,
    { status: 200; body: string; headers?: Record<string, string> }
    | { status: 404; body: operations.StreamReleaseLogsErrors[404]; headers?: Record<string, string> }
  >;
  /** `POST /connect/{namespace}/{connectionId}/.triggers/{triggerName}`: answers `subscribeToTrigger`. */
  subscribeToTrigger?: MockHandler<
    operations.SubscribeToTriggerParams,
    { status: 200; body: operations.SubscribeToTriggerResponse; headers?: Record<string, string> }
    | { status: 400; body: operations.SubscribeToTriggerErrors[400]; headers?: Record<string, string> }
    | { status: 404; body: operations.SubscribeToTriggerErrors[404]; headers?: Record<string, string> }
  >;
  /** `POST /skills/{namespace}/{slug}/sync`: answers `syncSkill`. */
  syncSkill?: MockHandler<
    operations.SyncSkillParams,
    { status: 200; body: operations.SyncSkillResponse; headers?: Record<string, string> }
    | { status: 403; body: operations.SyncSkillErrors[403]; headers?: Record<string, string> }
    | { status: 404; body: operations.SyncSkillErrors[404]; headers?: Record<string, string> }
    | { status: 422; body: operations.SyncSkillErrors[422]; headers?: Record<string, string> }
  >;
  /** `DELETE /connect/{namespace}/{connectionId}/.triggers/{triggerName}`: answers `unsubscribeFromTrigger`. */
  unsubscribeFromTrigger?: MockHandler<
    operations.UnsubscribeFromTriggerParams,
    { status: 200; body: operations.UnsubscribeFromTriggerResponse; headers?: Record<string, string> }
    | { status: 404; body: operations.UnsubscribeFromTriggerErrors[404]; headers?: Record<string, string> }
  >;
  /** `PATCH /servers/{qualifiedName}/domains/{domainId}`: answers `updateDomain`. */
  updateDomain?: MockHandler<
    operations.UpdateDomainParams,
    { status: 200; body: operations.UpdateDomainResponse; headers?: Record<string, string> }
    | { status: 404; body: operations.UpdateDomainErrors[404]; headers?: Record<string, string> }
    | { status: 409; body: operations.UpdateDomainErrors[409]; headers?: Record<string, string> }
  >;
  /** `PATCH /servers/{qualifiedName}`: answers `updateServer`. */
  updateServer?: MockHandler<
    operations.UpdateServerParams,
    { status: 200; body: operations.UpdateServerResponse; headers?: Record<string, string> }
    | { status: 400; body: operations.UpdateServerErrors[400]; headers?: Record<string, string> }
    | { status: 403; body: operations.UpdateServerErrors[403]; headers?: Record<string, string> }
    | { status: 404; body: operations.UpdateServerErrors[404]; headers?: Record<string, string> }
  >;
  /** `PUT /servers/{qualifiedName}/icon`: answers `uploadServerIcon`. */
  uploadServerIcon?: MockHandler<
    operations.UploadServerIconParams,
    { status: 200; body: operations.UploadServerIconResponse; headers?: Record<string, string> }
    | { status: 400; body: operations.UploadServerIconErrors[400]; headers?: Record<string, string> }
    | { status: 403; body: operations.UploadServerIconErrors[403]; headers?: Record<string, string> }
    | { status: 404; body: operations.UploadServerIconErrors[404]; headers?: Record<string, string> }
  >;
  /** `PUT /skills/{namespace}/{slug}/upload`: answers `uploadSkillBundle`. */
  uploadSkillBundle?: MockHandler<
    operations.UploadSkillBundleParams,
    { status: 200; body: operations.UploadSkillBundleResponses[200]; headers?: Record<string, string> }
    | { status: 201; body: operations.UploadSkillBundleResponses[201]; headers?: Record<string, string> }
    | { status: 400; body: operations.UploadSkillBundleErrors[400]; headers?: Record<string, string> }
    | { status: 403; body: operations.UploadSkillBundleErrors[403]; headers?: Record<string, string> }
    | { status: 404; body: operations.UploadSkillBundleErrors[404]; headers?: Record<string, string> }
    | { status: 422; body: operations.UploadSkillBundleErrors[422]; headers?: Record<string, string> }
    | { status: 502; body: operations.UploadSkillBundleErrors[502]; headers?: Record<string, string> }
  >;
}

/** The operations as the mock fetch reads them: one JSON `[name, method, path, parameters, bodyFormat, responses, defaultAnswer, streams?]` per line. */
const operationTable: string[] = [
  "[\"callTool\",\"POST\",\"/connect/{namespace}/{connectionId}/.tools/{toolPath}\",[[\"namespace\",\"path\",\"namespace\",\"string\",\"\",\"simple\",false],[\"connectionId\",\"path\",\"connectionId\",\"string\",\"\",\"simple\",false],[\"toolPath\",\"path\",\"toolPath\",\"string\",\"\",\"simple\",false]],\"json\",{\"200\":\"application/json\",\"400\":\"application/json\",\"404\":\"application/json\",\"422\":\"application/json\"},[200,\"application/json\",\"{}\"]]",
  "[\"checkHealth\",\"GET\",\"/health\",[],\"\",{\"200\":\"application/json\",\"500\":\"application/json\"},[200,\"application/json\",\"{\\\"status\\\":\\\"delta\\\",\\\"timestamp\\\":\\\"delta\\\"}\"]]",
  "[\"createConnection\",\"POST\",\"/connect/{namespace}\",[[\"namespace\",\"path\",\"namespace\",\"string\",\"\",\"simple\",false]],\"json\",{\"201\":\"application/json\",\"400\":\"application/json\",\"404\":\"application/json\"},[201,\"application/json\",\"{\\\"connectionId\\\":\\\"clever-dolphin-a9X3\\\",\\\"name\\\":\\\"echo\\\",\\\"transport\\\":\\\"http\\\",\\\"mcpUrl\\\":\\\"bravo\\\",\\\"metadata\\\":{},\\\"mock\\\":{\\\"enabled\\\":true,\\\"scenario\\\":\\\"Slack workspace with an active #community-ops channel containing recent event-planning messages, plus 50 Airtable candidate records with mixed tenure and interests.\\\"},\\\"iconUrl\\\":\\\"charlie\\\",\\\"createdAt\\\":\\\"bravo\\\",\\\"status\\\":{\\\"state\\\":\\\"input_required\\\",\\\"setupUrl\\\":\\\"https://example.com/bravo\\\",\\\"http\\\":{},\\\"missing\\\":{\\\"headers\\\":[],\\\"query\\\":[]}},\\\"serverInfo\\\":{\\\"name\\\":\\\"bravo\\\",\\\"title\\\":\\\"echo\\\",\\\"icons\\\":[{\\\"src\\\":\\\"alpha\\\"},{\\\"src\\\":\\\"foxtrot\\\"}],\\\"version\\\":\\\"alpha\\\",\\\"websiteUrl\\\":\\\"charlie\\\",\\\"description\\\":\\\"foxtrot\\\"}}\"]]",
  "[\"createNamespace\",\"PUT\",\"/namespaces/{name}\",[[\"name\",\"path\",\"name\",\"string\",\"\",\"simple\",false]],\"\",{\"201\":\"application/json\",\"400\":\"application/json\",\"401\":\"application/json\",\"403\":\"application/json\",\"409\":\"application/json\"},[201,\"application/json\",\"{\\\"name\\\":\\\"myorg\\\",\\\"createdAt\\\":\\\"2024-01-01T00:00:00.000Z\\\"}\"]]",
  "[\"createNamespaceServer\",\"PUT\",\"/namespaces/{namespace}/servers/{server}\",[[\"namespace\",\"path\",\"namespace\",\"string\",\"\",\"simple\",false],[\"server\",\"path\",\"server\",\"string\",\"\",\"simple\",false]],\"json\",{\"201\":\"application/json\",\"400\":\"application/json\",\"401\":\"application/json\",\"403\":\"application/json\",\"404\":\"application/json\"},[201,\"application/json\",\"{\\\"namespace\\\":\\\"myorg\\\",\\\"server\\\":\\\"my-server\\\",\\\"displayName\\\":\\\"My Server\\\",\\\"description\\\":\\\"A simple server\\\",\\\"createdAt\\\":\\\"2024-01-01T00:00:00.000Z\\\"}\"]]",
  "[\"createNamespaceWithGeneratedName\",\"POST\",\"/namespaces\",[],\"\",{\"201\":\"application/json\",\"400\":\"application/json\",\"401\":\"application/json\",\"403\":\"application/json\"},[201,\"application/json\",\"{\\\"name\\\":\\\"myorg\\\",\\\"createdAt\\\":\\\"2024-01-01T00:00:00.000Z\\\"}\"]]",
  "[\"createOrUpdateConnection\",\"PUT\",\"/connect/{namespace}/{connectionId}\",[[\"namespace\",\"path\",\"namespace\",\"string\",\"\",\"simple\",false],[\"connectionId\",\"path\",\"connectionId\",\"string\",\"\",\"simple\",false]],\"json\",{\"200\":\"application/json\",\"201\":\"application/json\",\"400\":\"application/json\",\"404\":\"application/json\",\"409\":\"application/json\"},[200,\"application/json\",\"{\\\"connectionId\\\":\\\"clever-dolphin-a9X3\\\",\\\"name\\\":\\\"echo\\\",\\\"transport\\\":\\\"http\\\",\\\"mcpUrl\\\":\\\"bravo\\\",\\\"metadata\\\":{},\\\"mock\\\":{\\\"enabled\\\":true,\\\"scenario\\\":\\\"Slack workspace with an active #community-ops channel containing recent event-planning messages, plus 50 Airtable candidate records with mixed tenure and interests.\\\"},\\\"iconUrl\\\":\\\"charlie\\\",\\\"createdAt\\\":\\\"bravo\\\",\\\"status\\\":{\\\"state\\\":\\\"input_required\\\",\\\"setupUrl\\\":\\\"https://example.com/bravo\\\",\\\"http\\\":{},\\\"missing\\\":{\\\"headers\\\":[],\\\"query\\\":[]}},\\\"serverInfo\\\":{\\\"name\\\":\\\"bravo\\\",\\\"title\\\":\\\"echo\\\",\\\"icons\\\":[{\\\"src\\\":\\\"alpha\\\"},{\\\"src\\\":\\\"foxtrot\\\"}],\\\"version\\\":\\\"alpha\\\",\\\"websiteUrl\\\":\\\"charlie\\\",\\\"description\\\":\\\"foxtrot\\\"}}\"]]",
  "[\"createOrUpdateSkill\",\"PUT\",\"/skills/{namespace}/{slug}\",[[\"namespace\",\"path\",\"namespace\",\"string\",\"\",\"simple\",false],[\"slug\",\"path\",\"slug\",\"string\",\"\",\"simple\",false]],\"json\",{\"200\":\"application/json\",\"201\":\"application/json\",\"400\":\"application/json\",\"403\":\"application/json\",\"404\":\"application/json\",\"409\":\"application/json\",\"422\":\"application/json\"},[200,\"application/json\",\"{\\\"id\\\":\\\"bravo\\\",\\\"namespace\\\":\\\"bravo\\\",\\\"slug\\\":\\\"charlie\\\",\\\"displayName\\\":\\\"echo\\\",\\\"description\\\":\\\"charlie\\\",\\\"gitUrl\\\":\\\"echo\\\",\\\"externalStars\\\":62.5,\\\"listed\\\":true,\\\"createdAt\\\":\\\"bravo\\\",\\\"updatedAt\\\":\\\"charlie\\\"}\"]]",
  "[\"createServer\",\"PUT\",\"/servers/{qualifiedName}\",[[\"qualifiedName\",\"path\",\"qualifiedName\",\"string\",\"\",\"simple\",false]],\"json\",{\"201\":\"application/json\",\"400\":\"application/json\",\"401\":\"application/json\",\"403\":\"application/json\",\"404\":\"application/json\"},[201,\"application/json\",\"{\\\"namespace\\\":\\\"myorg\\\",\\\"server\\\":\\\"\\\",\\\"displayName\\\":\\\"My Server\\\",\\\"description\\\":\\\"A simple server\\\",\\\"createdAt\\\":\\\"2024-01-01T00:00:00.000Z\\\"}\"]]",
  "[\"createServiceToken\",\"POST\",\"/tokens\",[],\"json\",{\"200\":\"application/json\",\"400\":\"application/json\",\"401\":\"application/json\",\"403\":\"application/json\"},[200,\"application/json\",\"{\\\"token\\\":\\\"bravo\\\",\\\"expiresAt\\\":\\\"2024-01-01T01:00:00.000Z\\\"}\"]]",
  "[\"createSkill\",\"POST\",\"/skills\",[],\"json\",{\"200\":\"application/json\",\"400\":\"application/json\",\"403\":\"application/json\",\"404\":\"application/json\",\"409\":\"application/json\"},[200,\"application/json\",\"{\\\"id\\\":\\\"bravo\\\",\\\"namespace\\\":\\\"bravo\\\",\\\"slug\\\":\\\"charlie\\\",\\\"displayName\\\":\\\"echo\\\",\\\"description\\\":\\\"charlie\\\",\\\"gitUrl\\\":\\\"charlie\\\",\\\"listed\\\":true,\\\"createdAt\\\":\\\"bravo\\\"}\"]]",
  "[\"createTeamApiKey\",\"POST\",\"/organizations/{orgId}/api-keys\",[[\"orgId\",\"path\",\"orgId\",\"string\",\"\",\"simple\",false]],\"json\",{\"201\":\"application/json\",\"400\":\"application/json\",\"401\":\"application/json\",\"403\":\"application/json\"},[201,\"application/json\",\"{\\\"id\\\":\\\"bravo\\\",\\\"name\\\":\\\"echo\\\",\\\"key\\\":\\\"charlie\\\",\\\"createdAt\\\":\\\"bravo\\\"}\"]]",
  "[\"deleteConnection\",\"DELETE\",\"/connect/{namespace}/{connectionId}\",[[\"namespace\",\"path\",\"namespace\",\"string\",\"\",\"simple\",false],[\"connectionId\",\"path\",\"connectionId\",\"string\",\"\",\"simple\",false]],\"\",{\"200\":\"application/json\",\"400\":\"application/json\",\"404\":\"application/json\"},[200,\"application/json\",\"{\\\"success\\\":true}\"]]",
  "[\"deleteNamespace\",\"DELETE\",\"/namespaces/{name}\",[[\"name\",\"path\",\"name\",\"string\",\"\",\"simple\",false]],\"\",{\"200\":\"application/json\",\"401\":\"application/json\",\"403\":\"application/json\",\"404\":\"application/json\",\"409\":\"application/json\"},[200,\"application/json\",\"{\\\"success\\\":true,\\\"name\\\":\\\"myorg\\\"}\"]]",
  "[\"deleteSecret\",\"DELETE\",\"/servers/{qualifiedName}/secrets/{secretName}\",[[\"qualifiedName\",\"path\",\"qualifiedName\",\"string\",\"\",\"simple\",false],[\"secretName\",\"path\",\"secretName\",\"string\",\"\",\"simple\",false]],\"\",{\"200\":\"application/json\",\"404\":\"application/json\"},[200,\"application/json\",\"{\\\"success\\\":true}\"]]",
  "[\"deleteServer\",\"DELETE\",\"/servers/{qualifiedName}\",[[\"qualifiedName\",\"path\",\"qualifiedName\",\"string\",\"\",\"simple\",false]],\"\",{\"200\":\"application/json\",\"404\":\"application/json\"},[200,\"application/json\",\"{\\\"success\\\":true,\\\"namespace\\\":\\\"bravo\\\",\\\"server\\\":\\\"alpha\\\"}\"]]",
  "[\"deleteServerIcon\",\"DELETE\",\"/servers/{qualifiedName}/icon\",[[\"qualifiedName\",\"path\",\"qualifiedName\",\"string\",\"\",\"simple\",false]],\"\",{\"200\":\"application/json\",\"403\":\"application/json\",\"404\":\"application/json\"},[200,\"application/json\",\"{\\\"success\\\":true}\"]]",
  "[\"deleteSkill\",\"DELETE\",\"/skills/{namespace}/{slug}\",[[\"namespace\",\"path\",\"namespace\",\"string\",\"\",\"simple\",false],[\"slug\",\"path\",\"slug\",\"string\",\"\",\"simple\",false]],\"\",{\"200\":\"application/json\",\"403\":\"application/json\",\"404\":\"application/json\"},[200,\"application/json\",\"{\\\"success\\\":true,\\\"qualifiedName\\\":\\\"bravo\\\"}\"]]",
  "[\"downloadServerBundle\",\"GET\",\"/servers/{qualifiedName}/download\",[[\"qualifiedName\",\"path\",\"qualifiedName\",\"string\",\"\",\"simple\",false]],\"\",{\"200\":\"application/zip\",\"404\":\"application/json\"},[200,\"application/zip\",\"mock body\"]]",
  "[\"downloadSkillBundle\",\"GET\",\"/skills/{namespace}/{slug}/download\",[[\"namespace\",\"path\",\"namespace\",\"string\",\"\",\"simple\",false],[\"slug\",\"path\",\"slug\",\"string\",\"\",\"simple\",false]],\"\",{\"200\":\"application/zip\",\"404\":\"application/json\"},[200,\"application/zip\",\"mock body\"]]",
  "[\"getConnection\",\"GET\",\"/connect/{namespace}/{connectionId}\",[[\"namespace\",\"path\",\"namespace\",\"string\",\"\",\"simple\",false],[\"connectionId\",\"path\",\"connectionId\",\"string\",\"\",\"simple\",false]],\"\",{\"200\":\"application/json\",\"400\":\"application/json\",\"404\":\"application/json\"},[200,\"application/json\",\"{\\\"connectionId\\\":\\\"clever-dolphin-a9X3\\\",\\\"name\\\":\\\"echo\\\",\\\"transport\\\":\\\"http\\\",\\\"mcpUrl\\\":\\\"bravo\\\",\\\"metadata\\\":{},\\\"mock\\\":{\\\"enabled\\\":true,\\\"scenario\\\":\\\"Slack workspace with an active #community-ops channel containing recent event-planning messages, plus 50 Airtable candidate records with mixed tenure and interests.\\\"},\\\"iconUrl\\\":\\\"charlie\\\",\\\"createdAt\\\":\\\"bravo\\\",\\\"status\\\":{\\\"state\\\":\\\"input_required\\\",\\\"setupUrl\\\":\\\"https://example.com/bravo\\\",\\\"http\\\":{},\\\"missing\\\":{\\\"headers\\\":[],\\\"query\\\":[]}},\\\"serverInfo\\\":{\\\"name\\\":\\\"bravo\\\",\\\"title\\\":\\\"echo\\\",\\\"icons\\\":[{\\\"src\\\":\\\"alpha\\\"},{\\\"src\\\":\\\"foxtrot\\\"}],\\\"version\\\":\\\"alpha\\\",\\\"websiteUrl\\\":\\\"charlie\\\",\\\"description\\\":\\\"foxtrot\\\"}}\"]]",
  "[\"getRelease\",\"GET\",\"/servers/{qualifiedName}/releases/{id}\",[[\"qualifiedName\",\"path\",\"qualifiedName\",\"string\",\"\",\"simple\",false],[\"id\",\"path\",\"id\",\"string\",\"\",\"simple\",false]],\"\",{\"200\":\"application/json\",\"404\":\"application/json\"},[200,\"application/json\",\"{\\\"id\\\":\\\"35a5a14a-5a11-4b8d-ad67-2ff7cb824e90\\\",\\\"status\\\":\\\"delta\\\",\\\"type\\\":\\\"bravo\\\",\\\"commit\\\":\\\"golf\\\",\\\"commitMessage\\\":\\\"alpha\\\",\\\"branch\\\":\\\"foxtrot\\\",\\\"upstreamUrl\\\":\\\"delta\\\",\\\"logs\\\":[{\\\"stage\\\":\\\"metadata\\\",\\\"level\\\":\\\"alpha\\\",\\\"message\\\":\\\"delta\\\",\\\"timestamp\\\":\\\"bravo\\\",\\\"error\\\":{}}],\\\"mcpUrl\\\":\\\"https://example.com/delta\\\",\\\"createdAt\\\":\\\"bravo\\\",\\\"updatedAt\\\":\\\"charlie\\\"}\"]]",
  "[\"getServer\",\"GET\",\"/servers/{qualifiedName}\",[[\"qualifiedName\",\"path\",\"qualifiedName\",\"string\",\"\",\"simple\",false]],\"\",{\"200\":\"application/json\",\"404\":\"application/json\"},[200,\"application/json\",\"{\\\"qualifiedName\\\":\\\"smithery/hello-world\\\",\\\"displayName\\\":\\\"Hello World\\\",\\\"description\\\":\\\"A simple hello world server\\\",\\\"iconUrl\\\":\\\"https://example.com/icon.png\\\",\\\"remote\\\":true,\\\"deploymentUrl\\\":\\\"https://api.example.com\\\",\\\"connections\\\":[{\\\"type\\\":\\\"stdio\\\",\\\"bundleUrl\\\":\\\"https://example.com/foxtrot\\\",\\\"runtime\\\":\\\"node\\\",\\\"configSchema\\\":{}}],\\\"security\\\":{\\\"scanPassed\\\":true},\\\"tools\\\":[{\\\"name\\\":\\\"get_weather\\\",\\\"description\\\":\\\"Get current weather\\\",\\\"inputSchema\\\":{\\\"type\\\":\\\"object\\\"}},{\\\"name\\\":\\\"get_weather\\\",\\\"description\\\":\\\"Get current weather\\\",\\\"inputSchema\\\":{\\\"type\\\":\\\"object\\\"}}],\\\"resources\\\":[{\\\"name\\\":\\\"config://settings\\\",\\\"uri\\\":\\\"config://app/settings\\\"}],\\\"prompts\\\":[{\\\"name\\\":\\\"summarize\\\"},{\\\"name\\\":\\\"summarize\\\"}]}\"]]",
  "[\"getServerIcon\",\"GET\",\"/servers/{qualifiedName}/icon\",[[\"qualifiedName\",\"path\",\"qualifiedName\",\"string\",\"\",\"simple\",false]],\"\",{\"200\":\"image/*\",\"404\":\"application/json\"},[200,\"application/octet-stream\",\"mock body\"]]",
  "[\"getSkill\",\"GET\",\"/skills/{namespace}/{slug}\",[[\"namespace\",\"path\",\"namespace\",\"string\",\"\",\"simple\",false],[\"slug\",\"path\",\"slug\",\"string\",\"\",\"simple\",false]],\"\",{\"200\":\"application/json\",\"404\":\"application/json\"},[200,\"application/json\",\"{\\\"id\\\":\\\"bravo\\\",\\\"namespace\\\":\\\"bravo\\\",\\\"slug\\\":\\\"charlie\\\",\\\"displayName\\\":\\\"echo\\\",\\\"description\\\":\\\"charlie\\\",\\\"prompt\\\":\\\"foxtrot\\\",\\\"qualityScore\\\":99,\\\"externalStars\\\":62.5,\\\"externalForks\\\":14,\\\"totalActivations\\\":76.5,\\\"uniqueUsers\\\":53.5,\\\"categories\\\":[\\\"delta\\\"],\\\"servers\\\":[\\\"hotel\\\",\\\"charlie\\\"],\\\"gitUrl\\\":\\\"echo\\\",\\\"verified\\\":false,\\\"listed\\\":true,\\\"owner\\\":\\\"delta\\\",\\\"createdAt\\\":\\\"bravo\\\"}\"]]",
  "[\"getTool\",\"GET\",\"/connect/{namespace}/{connectionId}/.tools/{toolPath}\",[[\"namespace\",\"path\",\"namespace\",\"string\",\"\",\"simple\",false],[\"connectionId\",\"path\",\"connectionId\",\"string\",\"\",\"simple\",false],[\"toolPath\",\"path\",\"toolPath\",\"string\",\"\",\"simple\",false]],\"\",{\"200\":\"application/json\",\"404\":\"application/json\"},[200,\"application/json\",\"{\\\"tools\\\":[{\\\"name\\\":\\\"echo\\\",\\\"inputSchema\\\":{\\\"type\\\":\\\"object\\\"}}]}\"]]",
  "[\"getTrigger\",\"GET\",\"/connect/{namespace}/{connectionId}/.triggers/{triggerName}\",[[\"namespace\",\"path\",\"namespace\",\"string\",\"\",\"simple\",false],[\"connectionId\",\"path\",\"connectionId\",\"string\",\"\",\"simple\",false],[\"triggerName\",\"path\",\"triggerName\",\"string\",\"\",\"simple\",false]],\"\",{\"200\":\"application/json\",\"404\":\"application/json\"},[200,\"application/json\",\"{\\\"name\\\":\\\"page.updated\\\",\\\"description\\\":\\\"charlie\\\",\\\"delivery\\\":[\\\"webhook\\\"],\\\"inputSchema\\\":{},\\\"payloadSchema\\\":{}}\"]]",
  "[\"inferToolOutputSchema\",\"GET\",\"/servers/{qualifiedName}/experimental/tools/{toolName}/output-schema\",[[\"qualifiedName\",\"path\",\"qualifiedName\",\"string\",\"\",\"simple\",false],[\"toolName\",\"path\",\"toolName\",\"string\",\"\",\"simple\",false]],\"\",{\"200\":\"application/json\",\"401\":\"application/json\",\"403\":\"application/json\",\"404\":\"application/json\",\"503\":\"application/json\"},[200,\"application/json\",\"{\\\"qualifiedName\\\":\\\"smithery-ai/github\\\",\\\"toolName\\\":\\\"search_repositories\\\",\\\"sampleCount\\\":25,\\\"zodSchema\\\":\\\"z.object({ \\\\\\\"items\\\\\\\": z.array(z.object({})).optional() })\\\"}\"]]",
  "[\"listConnections\",\"GET\",\"/connect/{namespace}\",[[\"namespace\",\"path\",\"namespace\",\"string\",\"\",\"simple\",false],[\"limit\",\"query\",\"limit\",\"integer\",\"\",\"form\",true],[\"cursor\",\"query\",\"cursor\",\"string\",\"\",\"form\",true],[\"name\",\"query\",\"name\",\"string\",\"\",\"form\",true],[\"mcpUrl\",\"query\",\"mcpUrl\",\"string\",\"\",\"form\",true]],\"\",{\"200\":\"application/json\",\"400\":\"application/json\"},[200,\"application/json\",\"{\\\"connections\\\":[{\\\"connectionId\\\":\\\"clever-dolphin-a9X3\\\",\\\"name\\\":\\\"golf\\\",\\\"transport\\\":\\\"http\\\",\\\"mcpUrl\\\":\\\"delta\\\",\\\"metadata\\\":{},\\\"mock\\\":{\\\"enabled\\\":false},\\\"iconUrl\\\":\\\"delta\\\",\\\"createdAt\\\":\\\"golf\\\",\\\"status\\\":{\\\"state\\\":\\\"connected\\\"},\\\"serverInfo\\\":{\\\"name\\\":\\\"foxtrot\\\",\\\"version\\\":\\\"hotel\\\"}}],\\\"nextCursor\\\":\\\"delta\\\"}\"]]",
  "[\"listDomains\",\"GET\",\"/servers/{qualifiedName}/domains\",[[\"qualifiedName\",\"path\",\"qualifiedName\",\"string\",\"\",\"simple\",false]],\"\",{\"200\":\"application/json\",\"404\":\"application/json\"},[200,\"application/json\",\"{\\\"domains\\\":[{\\\"id\\\":\\\"managed\\\",\\\"type\\\":\\\"managed\\\",\\\"hostname\\\":\\\"my-server.run.tools\\\",\\\"subdomain\\\":\\\"my-server\\\",\\\"createdAt\\\":\\\"2024-01-01T00:00:00.000Z\\\",\\\"updatedAt\\\":\\\"2024-01-01T00:00:00.000Z\\\"}]}\"]]",
  "[\"listNamespaceTools\",\"GET\",\"/connect/{namespace}/.tools\",[[\"namespace\",\"path\",\"namespace\",\"string\",\"\",\"simple\",false]],\"\",{\"200\":\"application/json\"},[200,\"application/json\",\"{}\"]]",
  "[\"listNamespaces\",\"GET\",\"/namespaces\",[[\"q\",\"query\",\"q\",\"string\",\"\",\"form\",true],[\"ownerId\",\"query\",\"ownerId\",\"string\",\"\",\"form\",true],[\"hasServers\",\"query\",\"hasServers\",\"string\",\"\",\"form\",true],[\"hasSkills\",\"query\",\"hasSkills\",\"string\",\"\",\"form\",true],[\"page\",\"query\",\"page\",\"integer\",\"\",\"form\",true],[\"pageSize\",\"query\",\"pageSize\",\"integer\",\"\",\"form\",true],[\"fields\",\"query\",\"fields\",\"string\",\"\",\"form\",true]],\"\",{\"200\":\"application/json\",\"401\":\"application/json\",\"500\":\"application/json\"},[200,\"application/json\",\"{\\\"namespaces\\\":[{\\\"name\\\":\\\"anthropic\\\"},{\\\"name\\\":\\\"anthropic\\\"}],\\\"pagination\\\":{\\\"currentPage\\\":3123001117638657,\\\"pageSize\\\":8728910325874689,\\\"totalPages\\\":639171421011969,\\\"totalCount\\\":4546308069130241}}\"]]",
  "[\"listReleases\",\"GET\",\"/servers/{qualifiedName}/releases\",[[\"qualifiedName\",\"path\",\"qualifiedName\",\"string\",\"\",\"simple\",false],[\"page\",\"query\",\"page\",\"integer\",\"\",\"form\",true],[\"pageSize\",\"query\",\"pageSize\",\"integer\",\"\",\"form\",true]],\"\",{\"200\":\"application/json\",\"404\":\"application/json\"},[200,\"application/json\",\"{\\\"releases\\\":[{\\\"id\\\":\\\"3c103f6d-2128-4ded-a565-3fcc0516aa91\\\",\\\"status\\\":\\\"foxtrot\\\",\\\"type\\\":\\\"echo\\\",\\\"commit\\\":\\\"golf\\\",\\\"commitMessage\\\":\\\"charlie\\\",\\\"branch\\\":\\\"hotel\\\",\\\"upstreamUrl\\\":\\\"echo\\\",\\\"mcpUrl\\\":\\\"https://example.com/bravo\\\",\\\"createdAt\\\":\\\"delta\\\",\\\"updatedAt\\\":\\\"echo\\\"}],\\\"pagination\\\":{\\\"currentPage\\\":3123001117638657,\\\"pageSize\\\":8728910325874689,\\\"totalPages\\\":639171421011969,\\\"totalCount\\\":4546308069130241}}\"]]",
  "[\"listRuntimeLogs\",\"GET\",\"/servers/{qualifiedName}/logs\",[[\"qualifiedName\",\"path\",\"qualifiedName\",\"string\",\"\",\"simple\",false],[\"from\",\"query\",\"from\",\"string\",\"\",\"form\",true],[\"to\",\"query\",\"to\",\"string\",\"\",\"form\",true],[\"limit\",\"query\",\"limit\",\"integer\",\"\",\"form\",true],[\"search\",\"query\",\"search\",\"string\",\"\",\"form\",true]],\"\",{\"200\":\"application/json\",\"403\":\"application/json\",\"404\":\"application/json\",\"500\":\"application/json\"},[200,\"application/json\",\"{\\\"invocations\\\":[{\\\"id\\\":\\\"625f9ce6-f179-4f23-b3e3-4de28b52b39d\\\",\\\"timestamp\\\":\\\"2026-01-04 10:53:39\\\",\\\"request\\\":{\\\"method\\\":\\\"POST\\\",\\\"url\\\":\\\"https://gateway.smithery.ai/@smithery/unicorn\\\"},\\\"response\\\":{\\\"status\\\":200,\\\"outcome\\\":\\\"ok\\\"},\\\"duration\\\":{\\\"cpuMs\\\":5,\\\"wallMs\\\":743},\\\"logs\\\":[],\\\"exceptions\\\":[]},{\\\"id\\\":\\\"625f9ce6-f179-4f23-b3e3-4de28b52b39d\\\",\\\"timestamp\\\":\\\"2026-01-04 10:53:39\\\",\\\"request\\\":{\\\"method\\\":\\\"POST\\\",\\\"url\\\":\\\"https://gateway.smithery.ai/@smithery/unicorn\\\"},\\\"response\\\":{\\\"status\\\":200,\\\"outcome\\\":\\\"ok\\\"},\\\"duration\\\":{\\\"cpuMs\\\":5,\\\"wallMs\\\":743},\\\"logs\\\":[],\\\"exceptions\\\":[]}],\\\"total\\\":0.5}\"]]",
  "[\"listSecrets\",\"GET\",\"/servers/{qualifiedName}/secrets\",[[\"qualifiedName\",\"path\",\"qualifiedName\",\"string\",\"\",\"simple\",false]],\"\",{\"200\":\"application/json\",\"404\":\"application/json\"},[200,\"application/json\",\"[{\\\"name\\\":\\\"API_KEY\\\",\\\"type\\\":\\\"secret_text\\\"},{\\\"name\\\":\\\"API_KEY\\\",\\\"type\\\":\\\"secret_text\\\"}]\"]]",
  "[\"listServers\",\"GET\",\"/servers\",[[\"q\",\"query\",\"q\",\"string\",\"\",\"form\",true],[\"page\",\"query\",\"page\",\"integer\",\"\",\"form\",true],[\"pageSize\",\"query\",\"pageSize\",\"integer\",\"\",\"form\",true],[\"topK\",\"query\",\"topK\",\"integer\",\"\",\"form\",true],[\"fields\",\"query\",\"fields\",\"string\",\"\",\"form\",true],[\"ids\",\"query\",\"ids\",\"array\",\"string\",\"form\",true],[\"qualifiedName\",\"query\",\"qualifiedName\",\"string\",\"\",\"form\",true],[\"namespace\",\"query\",\"namespace\",\"string\",\"\",\"form\",true],[\"remote\",\"query\",\"remote\",\"string\",\"\",\"form\",true],[\"isDeployed\",\"query\",\"isDeployed\",\"string\",\"\",\"form\",true],[\"verified\",\"query\",\"verified\",\"string\",\"\",\"form\",true],[\"smitheryManaged\",\"query\",\"smitheryManaged\",\"string\",\"\",\"form\",true],[\"ownerId\",\"query\",\"ownerId\",\"string\",\"\",\"form\",true],[\"repoOwner\",\"query\",\"repoOwner\",\"string\",\"\",\"form\",true],[\"repoName\",\"query\",\"repoName\",\"string\",\"\",\"form\",true],[\"seed\",\"query\",\"seed\",\"integer\",\"\",\"form\",true]],\"\",{\"200\":\"application/json\",\"400\":\"application/json\",\"401\":\"application/json\",\"422\":\"application/json\"},[200,\"application/json\",\"{\\\"servers\\\":[{\\\"id\\\":\\\"abc123\\\",\\\"qualifiedName\\\":\\\"smithery/hello-world\\\",\\\"namespace\\\":\\\"smithery-ai\\\",\\\"slug\\\":\\\"hello-world\\\",\\\"displayName\\\":\\\"Hello World\\\",\\\"description\\\":\\\"A simple hello world server\\\",\\\"iconUrl\\\":\\\"https://example.com/icon.png\\\",\\\"verified\\\":true,\\\"useCount\\\":42,\\\"remote\\\":true,\\\"isDeployed\\\":true,\\\"createdAt\\\":\\\"2024-01-01T00:00:00.000Z\\\",\\\"homepage\\\":\\\"https://example.com\\\",\\\"bySmithery\\\":false,\\\"owner\\\":\\\"user_abc123\\\",\\\"score\\\":0.016},{\\\"id\\\":\\\"abc123\\\",\\\"qualifiedName\\\":\\\"smithery/hello-world\\\",\\\"namespace\\\":\\\"smithery-ai\\\",\\\"slug\\\":\\\"hello-world\\\",\\\"displayName\\\":\\\"Hello World\\\",\\\"description\\\":\\\"A simple hello world server\\\",\\\"iconUrl\\\":\\\"https://example.com/icon.png\\\",\\\"verified\\\":true,\\\"useCount\\\":42,\\\"remote\\\":true,\\\"isDeployed\\\":true,\\\"createdAt\\\":\\\"2024-01-01T00:00:00.000Z\\\",\\\"homepage\\\":\\\"https://example.com\\\",\\\"bySmithery\\\":false,\\\"owner\\\":\\\"user_abc123\\\",\\\"score\\\":0.016}],\\\"pagination\\\":{\\\"currentPage\\\":1,\\\"pageSize\\\":10,\\\"totalPages\\\":5,\\\"totalCount\\\":42}}\"]]",
  "[\"listSkills\",\"GET\",\"/skills\",[[\"q\",\"query\",\"q\",\"string\",\"\",\"form\",true],[\"category\",\"query\",\"category\",\"string\",\"\",\"form\",true],[\"namespace\",\"query\",\"namespace\",\"string\",\"\",\"form\",true],[\"slug\",\"query\",\"slug\",\"string\",\"\",\"form\",true],[\"ownerId\",\"query\",\"ownerId\",\"string\",\"\",\"form\",true],[\"verified\",\"query\",\"verified\",\"boolean\",\"\",\"form\",true],[\"page\",\"query\",\"page\",\"integer\",\"\",\"form\",true],[\"pageSize\",\"query\",\"pageSize\",\"integer\",\"\",\"form\",true],[\"topK\",\"query\",\"topK\",\"integer\",\"\",\"form\",true],[\"fields\",\"query\",\"fields\",\"string\",\"\",\"form\",true],[\"seed\",\"query\",\"seed\",\"integer\",\"\",\"form\",true]],\"\",{\"200\":\"application/json\",\"500\":\"application/json\"},[200,\"application/json\",\"{\\\"skills\\\":[{\\\"id\\\":\\\"charlie\\\",\\\"namespace\\\":\\\"charlie\\\",\\\"slug\\\":\\\"foxtrot\\\",\\\"displayName\\\":\\\"echo\\\",\\\"description\\\":\\\"charlie\\\",\\\"prompt\\\":\\\"delta\\\",\\\"qualityScore\\\":80,\\\"externalStars\\\":54,\\\"externalForks\\\":30,\\\"totalActivations\\\":79,\\\"uniqueUsers\\\":8,\\\"categories\\\":[],\\\"servers\\\":[],\\\"gitUrl\\\":\\\"delta\\\",\\\"verified\\\":false,\\\"listed\\\":true,\\\"createdAt\\\":\\\"delta\\\"},{\\\"id\\\":\\\"charlie\\\",\\\"namespace\\\":\\\"golf\\\",\\\"slug\\\":\\\"alpha\\\",\\\"displayName\\\":\\\"charlie\\\",\\\"description\\\":\\\"foxtrot\\\",\\\"prompt\\\":\\\"echo\\\",\\\"qualityScore\\\":17.5,\\\"externalStars\\\":38.5,\\\"externalForks\\\":0.5,\\\"totalActivations\\\":30.5,\\\"uniqueUsers\\\":67.5,\\\"categories\\\":[],\\\"servers\\\":[],\\\"gitUrl\\\":\\\"golf\\\",\\\"verified\\\":true,\\\"listed\\\":false,\\\"createdAt\\\":\\\"echo\\\"}],\\\"pagination\\\":{\\\"currentPage\\\":3123001117638657,\\\"pageSize\\\":8728910325874689,\\\"totalPages\\\":639171421011969,\\\"totalCount\\\":4546308069130241}}\"]]",
  "[\"listTeamApiKeys\",\"GET\",\"/organizations/{orgId}/api-keys\",[[\"orgId\",\"path\",\"orgId\",\"string\",\"\",\"simple\",false]],\"\",{\"200\":\"application/json\",\"401\":\"application/json\",\"403\":\"application/json\"},[200,\"application/json\",\"{\\\"apiKeys\\\":[{\\\"id\\\":\\\"foxtrot\\\",\\\"name\\\":\\\"charlie\\\",\\\"createdAt\\\":\\\"bravo\\\"}]}\"]]",
  "[\"listTools\",\"GET\",\"/connect/{namespace}/{connectionId}/.tools\",[[\"namespace\",\"path\",\"namespace\",\"string\",\"\",\"simple\",false],[\"connectionId\",\"path\",\"connectionId\",\"string\",\"\",\"simple\",false]],\"\",{\"200\":\"application/json\",\"404\":\"application/json\"},[200,\"application/json\",\"{\\\"tools\\\":[{\\\"name\\\":\\\"charlie\\\",\\\"title\\\":\\\"hotel\\\",\\\"icons\\\":[],\\\"description\\\":\\\"hotel\\\",\\\"inputSchema\\\":{\\\"type\\\":\\\"object\\\"},\\\"outputSchema\\\":{\\\"type\\\":\\\"object\\\"},\\\"annotations\\\":{},\\\"execution\\\":{},\\\"_meta\\\":{}},{\\\"name\\\":\\\"echo\\\",\\\"title\\\":\\\"alpha\\\",\\\"icons\\\":[],\\\"description\\\":\\\"foxtrot\\\",\\\"inputSchema\\\":{\\\"type\\\":\\\"object\\\"},\\\"outputSchema\\\":{\\\"type\\\":\\\"object\\\"},\\\"annotations\\\":{},\\\"execution\\\":{},\\\"_meta\\\":{}}]}\"]]",
  "[\"listTriggers\",\"GET\",\"/connect/{namespace}/{connectionId}/.triggers\",[[\"namespace\",\"path\",\"namespace\",\"string\",\"\",\"simple\",false],[\"connectionId\",\"path\",\"connectionId\",\"string\",\"\",\"simple\",false]],\"\",{\"200\":\"application/json\",\"404\":\"application/json\"},[200,\"application/json\",\"[{\\\"name\\\":\\\"page.updated\\\",\\\"description\\\":\\\"foxtrot\\\",\\\"delivery\\\":[\\\"webhook\\\"],\\\"inputSchema\\\":{},\\\"payloadSchema\\\":{}},{\\\"name\\\":\\\"page.updated\\\",\\\"description\\\":\\\"alpha\\\",\\\"delivery\\\":[\\\"webhook\\\"],\\\"inputSchema\\\":{},\\\"payloadSchema\\\":{}}]\"]]",
  "[\"publishServer\",\"PUT\",\"/servers/{qualifiedName}/releases\",[[\"qualifiedName\",\"path\",\"qualifiedName\",\"string\",\"\",\"simple\",false]],\"multipart\",{\"202\":\"application/json\",\"400\":\"application/json\"},[202,\"application/json\",\"{\\\"deploymentId\\\":\\\"123e4567-e89b-12d3-a456-426614174000\\\",\\\"status\\\":\\\"WORKING\\\",\\\"mcpUrl\\\":\\\"https://slug.run.tools\\\",\\\"warnings\\\":[\\\"echo\\\"]}\"]]",
  "[\"resumeRelease\",\"POST\",\"/servers/{qualifiedName}/releases/{id}/resume\",[[\"qualifiedName\",\"path\",\"qualifiedName\",\"string\",\"\",\"simple\",false],[\"id\",\"path\",\"id\",\"string\",\"\",\"simple\",false]],\"\",{\"202\":\"application/json\",\"400\":\"application/json\",\"404\":\"application/json\"},[202,\"application/json\",\"{\\\"status\\\":\\\"WORKING\\\",\\\"deploymentId\\\":\\\"28ec4cd7-cea7-4991-a6b5-650f74964240\\\"}\"]]",
  "[\"revokeTeamApiKey\",\"DELETE\",\"/organizations/{orgId}/api-keys/{keyId}\",[[\"orgId\",\"path\",\"orgId\",\"string\",\"\",\"simple\",false],[\"keyId\",\"path\",\"keyId\",\"string\",\"\",\"simple\",false]],\"\",{\"200\":\"application/json\",\"401\":\"application/json\",\"403\":\"application/json\",\"404\":\"application/json\"},[200,\"application/json\",\"{\\\"success\\\":true}\"]]",
  "[\"setSecret\",\"PUT\",\"/servers/{qualifiedName}/secrets\",[[\"qualifiedName\",\"path\",\"qualifiedName\",\"string\",\"\",\"simple\",false]],\"json\",{\"200\":\"application/json\",\"404\":\"application/json\"},[200,\"application/json\",\"{\\\"success\\\":true}\"]]",
  "[\"streamReleaseLogs\",\"GET\",\"/servers/{qualifiedName}/releases/{id}/stream\",[[\"qualifiedName\",\"path\",\"qualifiedName\",\"string\",\"\",\"simple\",false],[\"id\",\"path\",\"id\",\"string\",\"\",\"simple\",false]],\"\",{\"200\":\"text/event-stream\",\"404\":\"application/json\"},[200,\"text/event-stream\",\"id: 1\\ndata: hotel\\n\\nid: 2\\ndata: charlie\\n\\nid: 3\\ndata: charlie\\n\\n\"],[\"\",{\"200\":\"text/event-stream\"},[]]]",
  "[\"subscribeToTrigger\",\"POST\",\"/connect/{namespace}/{connectionId}/.triggers/{triggerName}\",[[\"namespace\",\"path\",\"namespace\",\"string\",\"\",\"simple\",false],[\"connectionId\",\"path\",\"connectionId\",\"string\",\"\",\"simple\",false],[\"triggerName\",\"path\",\"triggerName\",\"string\",\"\",\"simple\",false]],\"json\",{\"200\":\"application/json\",\"400\":\"application/json\",\"404\":\"application/json\"},[200,\"application/json\",\"{\\\"id\\\":\\\"trg_01HW1234567890\\\",\\\"refreshBefore\\\":\\\"2026-04-22T13:00:00.000Z\\\"}\"]]",
  "[\"syncSkill\",\"POST\",\"/skills/{namespace}/{slug}/sync\",[[\"namespace\",\"path\",\"namespace\",\"string\",\"\",\"simple\",false],[\"slug\",\"path\",\"slug\",\"string\",\"\",\"simple\",false]],\"\",{\"200\":\"application/json\",\"403\":\"application/json\",\"404\":\"application/json\",\"422\":\"application/json\"},[200,\"application/json\",\"{\\\"id\\\":\\\"bravo\\\",\\\"namespace\\\":\\\"bravo\\\",\\\"slug\\\":\\\"charlie\\\",\\\"displayName\\\":\\\"echo\\\",\\\"description\\\":\\\"charlie\\\",\\\"externalStars\\\":62.5,\\\"gitUrl\\\":\\\"charlie\\\",\\\"updatedAt\\\":\\\"charlie\\\"}\"]]",
  "[\"unsubscribeFromTrigger\",\"DELETE\",\"/connect/{namespace}/{connectionId}/.triggers/{triggerName}\",[[\"namespace\",\"path\",\"namespace\",\"string\",\"\",\"simple\",false],[\"connectionId\",\"path\",\"connectionId\",\"string\",\"\",\"simple\",false],[\"triggerName\",\"path\",\"triggerName\",\"string\",\"\",\"simple\",false]],\"json\",{\"200\":\"application/json\",\"404\":\"application/json\"},[200,\"application/json\",\"{\\\"success\\\":true}\"]]",
  "[\"updateDomain\",\"PATCH\",\"/servers/{qualifiedName}/domains/{domainId}\",[[\"qualifiedName\",\"path\",\"qualifiedName\",\"string\",\"\",\"simple\",false],[\"domainId\",\"path\",\"domainId\",\"string\",\"\",\"simple\",false]],\"json\",{\"200\":\"application/json\",\"404\":\"application/json\",\"409\":\"application/json\"},[200,\"application/json\",\"{\\\"id\\\":\\\"managed\\\",\\\"type\\\":\\\"managed\\\",\\\"hostname\\\":\\\"my-server.run.tools\\\",\\\"subdomain\\\":\\\"my-server\\\",\\\"createdAt\\\":\\\"2024-01-01T00:00:00.000Z\\\",\\\"updatedAt\\\":\\\"2024-01-01T00:00:00.000Z\\\"}\"]]",
  "[\"updateServer\",\"PATCH\",\"/servers/{qualifiedName}\",[[\"qualifiedName\",\"path\",\"qualifiedName\",\"string\",\"\",\"simple\",false]],\"json\",{\"200\":\"application/json\",\"400\":\"application/json\",\"403\":\"application/json\",\"404\":\"application/json\"},[200,\"application/json\",\"{\\\"success\\\":true,\\\"namespace\\\":\\\"bravo\\\",\\\"server\\\":\\\"alpha\\\"}\"]]",
  "[\"uploadServerIcon\",\"PUT\",\"/servers/{qualifiedName}/icon\",[[\"qualifiedName\",\"path\",\"qualifiedName\",\"string\",\"\",\"simple\",false]],\"\",{\"200\":\"application/json\",\"400\":\"application/json\",\"403\":\"application/json\",\"404\":\"application/json\"},[200,\"application/json\",\"{\\\"iconUrl\\\":\\\"https://icons.smithery.ai/server-id.png\\\"}\"]]",
  "[\"uploadSkillBundle\",\"PUT\",\"/skills/{namespace}/{slug}/upload\",[[\"namespace\",\"path\",\"namespace\",\"string\",\"\",\"simple\",false],[\"slug\",\"path\",\"slug\",\"string\",\"\",\"simple\",false]],\"multipart\",{\"200\":\"application/json\",\"201\":\"application/json\",\"400\":\"application/json\",\"403\":\"application/json\",\"404\":\"application/json\",\"422\":\"application/json\",\"502\":\"application/json\"},[200,\"application/json\",\"{\\\"id\\\":\\\"bravo\\\",\\\"namespace\\\":\\\"bravo\\\",\\\"slug\\\":\\\"charlie\\\",\\\"displayName\\\":\\\"echo\\\",\\\"description\\\":\\\"charlie\\\",\\\"gitUrl\\\":\\\"echo\\\",\\\"externalStars\\\":62.5,\\\"listed\\\":true,\\\"createdAt\\\":\\\"bravo\\\",\\\"updatedAt\\\":\\\"charlie\\\"}\"]]",
];

/** An in-process `fetch` for tests: `createClient({ fetch: createMockFetch({ getPet: () => ({ status: 200, body: pet }) }) })`. `calls` records every request. */
export function createMockFetch(handlers: MockHandlers = {}): MockFetch {
  return createTableFetch(operationTable, handlers);
}
