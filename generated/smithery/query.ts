// Generated from Smithery Platform API 1.0.0 (OpenAPI 3.1.0). Do not edit: change the spec and run `openapi-client generate`.
/**
 * TanStack Query options for every operation of this client, for any adapter (React, Vue, Svelte, Solid, Angular):
 * `{op}Options` for reads (`useQuery`, `queryClient.fetchQuery`), `{op}InfiniteOptions` for paginated reads
 * (`useInfiniteQuery`), `{op}Mutation` for the rest (`useMutation`), and `invalidate{Resource}` to refresh a
 * resource's queries after a change. Failures throw `ApiCallError` carrying the operation's typed error.
 * Every key starts with `["smithery", operation]`. Needs `@tanstack/query-core` (every adapter brings it).
 *
 * Streamed reads have no options (a live stream is not a value to cache): call `streamReleaseLogs` directly.
 */
import type { Client, RequestOptions } from "./runtime/client.js";
import {
  mutationOptionsOf,
  invalidateOperations,
  queryKeyOf,
  queryOptionsOf,
  type InvalidateOptions,
  type InvalidatingClient,
  type MutationOptionsOf,
  type QueryKeyOf,
  type QueryOptionsOf,
} from "./runtime/query.js";
import {
  infiniteOptionsOf,
  infiniteQueryKeyOf,
  type InfiniteOptionsOf,
  type InfiniteQueryKeyOf,
} from "./runtime/infinite-query.js";
import * as operations from "./operations.js";

/** The first element of every query and mutation key of this API. */
const API = "smithery";

/** `POST /connect/{namespace}/{connectionId}/.tools/{toolPath}` as a mutation: `useMutation(callToolMutation(client))`, `mutate(params)`; its key is `["smithery", "callTool"]`. A failure throws `ApiCallError` with `CallToolError`. */
export function callToolMutation(
  client: Client,
  options?: RequestOptions,
): MutationOptionsOf<
  "callTool",
  operations.CallToolParams,
  operations.CallToolResponse,
  operations.CallToolError
> {
  return mutationOptionsOf(API, "callTool", operations.callTool, client, options);
}

/** The key of `checkHealth`'s query: `["smithery", "checkHealth", params]`, tagged with its data and error types. */
export function checkHealthQueryKey(
  params?: operations.CheckHealthParams,
): QueryKeyOf<
  "checkHealth",
  operations.CheckHealthParams,
  operations.CheckHealthResponse,
  operations.CheckHealthError
> {
  return queryKeyOf(API, "checkHealth", params);
}

/** `GET /health` as a query: `useQuery(checkHealthOptions(client, params))`, `queryClient.fetchQuery(…)`. The call gets TanStack's `signal`; a failure throws `ApiCallError` with `CheckHealthError`. */
export function checkHealthOptions(
  client: Client,
  params?: operations.CheckHealthParams,
  options?: RequestOptions,
): QueryOptionsOf<
  "checkHealth",
  operations.CheckHealthParams,
  operations.CheckHealthResponse,
  operations.CheckHealthError
> {
  return queryOptionsOf(
    checkHealthQueryKey(params),
    operations.checkHealth,
    client,
    params,
    options,
  );
}

/** `POST /connect/{namespace}` as a mutation: `useMutation(createConnectionMutation(client))`, `mutate(params)`; its key is `["smithery", "createConnection"]`. A failure throws `ApiCallError` with `CreateConnectionError`. */
export function createConnectionMutation(
  client: Client,
  options?: RequestOptions,
): MutationOptionsOf<
  "createConnection",
  operations.CreateConnectionParams,
  operations.CreateConnectionResponse,
  operations.CreateConnectionError
> {
  return mutationOptionsOf(API, "createConnection", operations.createConnection, client, options);
}

/** `PUT /namespaces/{name}` as a mutation: `useMutation(createNamespaceMutation(client))`, `mutate(params)`; its key is `["smithery", "createNamespace"]`. A failure throws `ApiCallError` with `CreateNamespaceError`. */
export function createNamespaceMutation(
  client: Client,
  options?: RequestOptions,
): MutationOptionsOf<
  "createNamespace",
  operations.CreateNamespaceParams,
  operations.CreateNamespaceResponse,
  operations.CreateNamespaceError
> {
  return mutationOptionsOf(API, "createNamespace", operations.createNamespace, client, options);
}

/**
 * `PUT /namespaces/{namespace}/servers/{server}` as a mutation: `useMutation(createNamespaceServerMutation(client))`, `mutate(params)`; its key is `["smithery", "createNamespaceServer"]`. A failure throws `ApiCallError` with `CreateNamespaceServerError`.
 *
 * @deprecated
 */
export function createNamespaceServerMutation(
  client: Client,
  options?: RequestOptions,
): MutationOptionsOf<
  "createNamespaceServer",
  operations.CreateNamespaceServerParams,
  operations.CreateNamespaceServerResponse,
  operations.CreateNamespaceServerError
> {
  return mutationOptionsOf(
    API,
    "createNamespaceServer",
    operations.createNamespaceServer,
    client,
    options,
  );
}

/** `POST /namespaces` as a mutation: `useMutation(createNamespaceWithGeneratedNameMutation(client))`, `mutate(params)`; its key is `["smithery", "createNamespaceWithGeneratedName"]`. A failure throws `ApiCallError` with `CreateNamespaceWithGeneratedNameError`. */
export function createNamespaceWithGeneratedNameMutation(
  client: Client,
  options?: RequestOptions,
): MutationOptionsOf<
  "createNamespaceWithGeneratedName",
  operations.CreateNamespaceWithGeneratedNameParams | void,
  operations.CreateNamespaceWithGeneratedNameResponse,
  operations.CreateNamespaceWithGeneratedNameError
> {
  return mutationOptionsOf(
    API,
    "createNamespaceWithGeneratedName",
    operations.createNamespaceWithGeneratedName,
    client,
    options,
  );
}

/** `PUT /connect/{namespace}/{connectionId}` as a mutation: `useMutation(createOrUpdateConnectionMutation(client))`, `mutate(params)`; its key is `["smithery", "createOrUpdateConnection"]`. A failure throws `ApiCallError` with `CreateOrUpdateConnectionError`. */
export function createOrUpdateConnectionMutation(
  client: Client,
  options?: RequestOptions,
): MutationOptionsOf<
  "createOrUpdateConnection",
  operations.CreateOrUpdateConnectionParams,
  operations.CreateOrUpdateConnectionResponse,
  operations.CreateOrUpdateConnectionError
> {
  return mutationOptionsOf(
    API,
    "createOrUpdateConnection",
    operations.createOrUpdateConnection,
    client,
    options,
  );
}

/** `PUT /skills/{namespace}/{slug}` as a mutation: `useMutation(createOrUpdateSkillMutation(client))`, `mutate(params)`; its key is `["smithery", "createOrUpdateSkill"]`. A failure throws `ApiCallError` with `CreateOrUpdateSkillError`. */
export function createOrUpdateSkillMutation(
  client: Client,
  options?: RequestOptions,
): MutationOptionsOf<
  "createOrUpdateSkill",
  operations.CreateOrUpdateSkillParams,
  operations.CreateOrUpdateSkillResponse,
  operations.CreateOrUpdateSkillError
> {
  return mutationOptionsOf(
    API,
    "createOrUpdateSkill",
    operations.createOrUpdateSkill,
    client,
    options,
  );
}

/** `PUT /servers/{qualifiedName}` as a mutation: `useMutation(createServerMutation(client))`, `mutate(params)`; its key is `["smithery", "createServer"]`. A failure throws `ApiCallError` with `CreateServerError`. */
export function createServerMutation(
  client: Client,
  options?: RequestOptions,
): MutationOptionsOf<
  "createServer",
  operations.CreateServerParams,
  operations.CreateServerResponse,
  operations.CreateServerError
> {
  return mutationOptionsOf(API, "createServer", operations.createServer, client, options);
}

/** `POST /tokens` as a mutation: `useMutation(createServiceTokenMutation(client))`, `mutate(params)`; its key is `["smithery", "createServiceToken"]`. A failure throws `ApiCallError` with `CreateServiceTokenError`. */
export function createServiceTokenMutation(
  client: Client,
  options?: RequestOptions,
): MutationOptionsOf<
  "createServiceToken",
  operations.CreateServiceTokenParams | void,
  operations.CreateServiceTokenResponse,
  operations.CreateServiceTokenError
> {
  return mutationOptionsOf(
    API,
    "createServiceToken",
    operations.createServiceToken,
    client,
    options,
  );
}

/**
 * `POST /skills` as a mutation: `useMutation(createSkillMutation(client))`, `mutate(params)`; its key is `["smithery", "createSkill"]`. A failure throws `ApiCallError` with `CreateSkillError`.
 *
 * @deprecated
 */
export function createSkillMutation(
  client: Client,
  options?: RequestOptions,
): MutationOptionsOf<
  "createSkill",
  operations.CreateSkillParams | void,
  operations.CreateSkillResponse,
  operations.CreateSkillError
> {
  return mutationOptionsOf(API, "createSkill", operations.createSkill, client, options);
}

/** `POST /organizations/{orgId}/api-keys` as a mutation: `useMutation(createTeamApiKeyMutation(client))`, `mutate(params)`; its key is `["smithery", "createTeamApiKey"]`. A failure throws `ApiCallError` with `CreateTeamApiKeyError`. */
export function createTeamApiKeyMutation(
  client: Client,
  options?: RequestOptions,
): MutationOptionsOf<
  "createTeamApiKey",
  operations.CreateTeamApiKeyParams,
  operations.CreateTeamApiKeyResponse,
  operations.CreateTeamApiKeyError
> {
  return mutationOptionsOf(API, "createTeamApiKey", operations.createTeamApiKey, client, options);
}

/** `DELETE /connect/{namespace}/{connectionId}` as a mutation: `useMutation(deleteConnectionMutation(client))`, `mutate(params)`; its key is `["smithery", "deleteConnection"]`. A failure throws `ApiCallError` with `DeleteConnectionError`. */
export function deleteConnectionMutation(
  client: Client,
  options?: RequestOptions,
): MutationOptionsOf<
  "deleteConnection",
  operations.DeleteConnectionParams,
  operations.DeleteConnectionResponse,
  operations.DeleteConnectionError
> {
  return mutationOptionsOf(API, "deleteConnection", operations.deleteConnection, client, options);
}

/** `DELETE /namespaces/{name}` as a mutation: `useMutation(deleteNamespaceMutation(client))`, `mutate(params)`; its key is `["smithery", "deleteNamespace"]`. A failure throws `ApiCallError` with `DeleteNamespaceError`. */
export function deleteNamespaceMutation(
  client: Client,
  options?: RequestOptions,
): MutationOptionsOf<
  "deleteNamespace",
  operations.DeleteNamespaceParams,
  operations.DeleteNamespaceResponse,
  operations.DeleteNamespaceError
> {
  return mutationOptionsOf(API, "deleteNamespace", operations.deleteNamespace, client, options);
}

/** `DELETE /servers/{qualifiedName}/secrets/{secretName}` as a mutation: `useMutation(deleteSecretMutation(client))`, `mutate(params)`; its key is `["smithery", "deleteSecret"]`. A failure throws `ApiCallError` with `DeleteSecretError`. */
export function deleteSecretMutation(
  client: Client,
  options?: RequestOptions,
): MutationOptionsOf<
  "deleteSecret",
  operations.DeleteSecretParams,
  operations.DeleteSecretResponse,
  operations.DeleteSecretError
> {
  return mutationOptionsOf(API, "deleteSecret", operations.deleteSecret, client, options);
}

/** `DELETE /servers/{qualifiedName}` as a mutation: `useMutation(deleteServerMutation(client))`, `mutate(params)`; its key is `["smithery", "deleteServer"]`. A failure throws `ApiCallError` with `DeleteServerError`. */
export function deleteServerMutation(
  client: Client,
  options?: RequestOptions,
): MutationOptionsOf<
  "deleteServer",
  operations.DeleteServerParams,
  operations.DeleteServerResponse,
  operations.DeleteServerError
> {
  return mutationOptionsOf(API, "deleteServer", operations.deleteServer, client, options);
}

/** `DELETE /servers/{qualifiedName}/icon` as a mutation: `useMutation(deleteServerIconMutation(client))`, `mutate(params)`; its key is `["smithery", "deleteServerIcon"]`. A failure throws `ApiCallError` with `DeleteServerIconError`. */
export function deleteServerIconMutation(
  client: Client,
  options?: RequestOptions,
): MutationOptionsOf<
  "deleteServerIcon",
  operations.DeleteServerIconParams,
  operations.DeleteServerIconResponse,
  operations.DeleteServerIconError
> {
  return mutationOptionsOf(API, "deleteServerIcon", operations.deleteServerIcon, client, options);
}

/** `DELETE /skills/{namespace}/{slug}` as a mutation: `useMutation(deleteSkillMutation(client))`, `mutate(params)`; its key is `["smithery", "deleteSkill"]`. A failure throws `ApiCallError` with `DeleteSkillError`. */
export function deleteSkillMutation(
  client: Client,
  options?: RequestOptions,
): MutationOptionsOf<
  "deleteSkill",
  operations.DeleteSkillParams,
  operations.DeleteSkillResponse,
  operations.DeleteSkillError
> {
  return mutationOptionsOf(API, "deleteSkill", operations.deleteSkill, client, options);
}

/** The key of `downloadServerBundle`'s query: `["smithery", "downloadServerBundle", params]`, tagged with its data and error types. */
export function downloadServerBundleQueryKey(
  params: operations.DownloadServerBundleParams,
): QueryKeyOf<
  "downloadServerBundle",
  operations.DownloadServerBundleParams,
  operations.DownloadServerBundleResponse,
  operations.DownloadServerBundleError
> {
  return queryKeyOf(API, "downloadServerBundle", params);
}

/** `GET /servers/{qualifiedName}/download` as a query: `useQuery(downloadServerBundleOptions(client, params))`, `queryClient.fetchQuery(…)`. The call gets TanStack's `signal`; a failure throws `ApiCallError` with `DownloadServerBundleError`. */
export function downloadServerBundleOptions(
  client: Client,
  params: operations.DownloadServerBundleParams,
  options?: RequestOptions,
): QueryOptionsOf<
  "downloadServerBundle",
  operations.DownloadServerBundleParams,
  operations.DownloadServerBundleResponse,
  operations.DownloadServerBundleError
> {
  return queryOptionsOf(
    downloadServerBundleQueryKey(params),
    operations.downloadServerBundle,
    client,
    params,
    options,
  );
}

/** The key of `downloadSkillBundle`'s query: `["smithery", "downloadSkillBundle", params]`, tagged with its data and error types. */
export function downloadSkillBundleQueryKey(
  params: operations.DownloadSkillBundleParams,
): QueryKeyOf<
  "downloadSkillBundle",
  operations.DownloadSkillBundleParams,
  operations.DownloadSkillBundleResponse,
  operations.DownloadSkillBundleError
> {
  return queryKeyOf(API, "downloadSkillBundle", params);
}

/** `GET /skills/{namespace}/{slug}/download` as a query: `useQuery(downloadSkillBundleOptions(client, params))`, `queryClient.fetchQuery(…)`. The call gets TanStack's `signal`; a failure throws `ApiCallError` with `DownloadSkillBundleError`. */
export function downloadSkillBundleOptions(
  client: Client,
  params: operations.DownloadSkillBundleParams,
  options?: RequestOptions,
): QueryOptionsOf<
  "downloadSkillBundle",
  operations.DownloadSkillBundleParams,
  operations.DownloadSkillBundleResponse,
  operations.DownloadSkillBundleError
> {
  return queryOptionsOf(
    downloadSkillBundleQueryKey(params),
    operations.downloadSkillBundle,
    client,
    params,
    options,
  );
}

/** The key of `getConnection`'s query: `["smithery", "getConnection", params]`, tagged with its data and error types. */
export function getConnectionQueryKey(
  params: operations.GetConnectionParams,
): QueryKeyOf<
  "getConnection",
  operations.GetConnectionParams,
  operations.GetConnectionResponse,
  operations.GetConnectionError
> {
  return queryKeyOf(API, "getConnection", params);
}

/** `GET /connect/{namespace}/{connectionId}` as a query: `useQuery(getConnectionOptions(client, params))`, `queryClient.fetchQuery(…)`. The call gets TanStack's `signal`; a failure throws `ApiCallError` with `GetConnectionError`. */
export function getConnectionOptions(
  client: Client,
  params: operations.GetConnectionParams,
  options?: RequestOptions,
): QueryOptionsOf<
  "getConnection",
  operations.GetConnectionParams,
  operations.GetConnectionResponse,
  operations.GetConnectionError
> {
  return queryOptionsOf(
    getConnectionQueryKey(params),
    operations.getConnection,
    client,
    params,
    options,
  );
}

/** The key of `getRelease`'s query: `["smithery", "getRelease", params]`, tagged with its data and error types. */
export function getReleaseQueryKey(
  params: operations.GetReleaseParams,
): QueryKeyOf<
  "getRelease",
  operations.GetReleaseParams,
  operations.GetReleaseResponse,
  operations.GetReleaseError
> {
  return queryKeyOf(API, "getRelease", params);
}

/** `GET /servers/{qualifiedName}/releases/{id}` as a query: `useQuery(getReleaseOptions(client, params))`, `queryClient.fetchQuery(…)`. The call gets TanStack's `signal`; a failure throws `ApiCallError` with `GetReleaseError`. */
export function getReleaseOptions(
  client: Client,
  params: operations.GetReleaseParams,
  options?: RequestOptions,
): QueryOptionsOf<
  "getRelease",
  operations.GetReleaseParams,
  operations.GetReleaseResponse,
  operations.GetReleaseError
> {
  return queryOptionsOf(getReleaseQueryKey(params), operations.getRelease, client, params, options);
}

/** The key of `getServer`'s query: `["smithery", "getServer", params]`, tagged with its data and error types. */
export function getServerQueryKey(
  params: operations.GetServerParams,
): QueryKeyOf<
  "getServer",
  operations.GetServerParams,
  operations.GetServerResponse,
  operations.GetServerError
> {
  return queryKeyOf(API, "getServer", params);
}

/** `GET /servers/{qualifiedName}` as a query: `useQuery(getServerOptions(client, params))`, `queryClient.fetchQuery(…)`. The call gets TanStack's `signal`; a failure throws `ApiCallError` with `GetServerError`. */
export function getServerOptions(
  client: Client,
  params: operations.GetServerParams,
  options?: RequestOptions,
): QueryOptionsOf<
  "getServer",
  operations.GetServerParams,
  operations.GetServerResponse,
  operations.GetServerError
> {
  return queryOptionsOf(getServerQueryKey(params), operations.getServer, client, params, options);
}

/** The key of `getServerIcon`'s query: `["smithery", "getServerIcon", params]`, tagged with its data and error types. */
export function getServerIconQueryKey(
  params: operations.GetServerIconParams,
): QueryKeyOf<
  "getServerIcon",
  operations.GetServerIconParams,
  operations.GetServerIconResponse,
  operations.GetServerIconError
> {
  return queryKeyOf(API, "getServerIcon", params);
}

/** `GET /servers/{qualifiedName}/icon` as a query: `useQuery(getServerIconOptions(client, params))`, `queryClient.fetchQuery(…)`. The call gets TanStack's `signal`; a failure throws `ApiCallError` with `GetServerIconError`. */
export function getServerIconOptions(
  client: Client,
  params: operations.GetServerIconParams,
  options?: RequestOptions,
): QueryOptionsOf<
  "getServerIcon",
  operations.GetServerIconParams,
  operations.GetServerIconResponse,
  operations.GetServerIconError
> {
  return queryOptionsOf(
    getServerIconQueryKey(params),
    operations.getServerIcon,
    client,
    params,
    options,
  );
}

/** The key of `getSkill`'s query: `["smithery", "getSkill", params]`, tagged with its data and error types. */
export function getSkillQueryKey(
  params: operations.GetSkillParams,
): QueryKeyOf<
  "getSkill",
  operations.GetSkillParams,
  operations.GetSkillResponse,
  operations.GetSkillError
> {
  return queryKeyOf(API, "getSkill", params);
}

/** `GET /skills/{namespace}/{slug}` as a query: `useQuery(getSkillOptions(client, params))`, `queryClient.fetchQuery(…)`. The call gets TanStack's `signal`; a failure throws `ApiCallError` with `GetSkillError`. */
export function getSkillOptions(
  client: Client,
  params: operations.GetSkillParams,
  options?: RequestOptions,
): QueryOptionsOf<
  "getSkill",
  operations.GetSkillParams,
  operations.GetSkillResponse,
  operations.GetSkillError
> {
  return queryOptionsOf(getSkillQueryKey(params), operations.getSkill, client, params, options);
}

/** The key of `getTool`'s query: `["smithery", "getTool", params]`, tagged with its data and error types. */
export function getToolQueryKey(
  params: operations.GetToolParams,
): QueryKeyOf<
  "getTool",
  operations.GetToolParams,
  operations.GetToolResponse,
  operations.GetToolError
> {
  return queryKeyOf(API, "getTool", params);
}

/** `GET /connect/{namespace}/{connectionId}/.tools/{toolPath}` as a query: `useQuery(getToolOptions(client, params))`, `queryClient.fetchQuery(…)`. The call gets TanStack's `signal`; a failure throws `ApiCallError` with `GetToolError`. */
export function getToolOptions(
  client: Client,
  params: operations.GetToolParams,
  options?: RequestOptions,
): QueryOptionsOf<
  "getTool",
  operations.GetToolParams,
  operations.GetToolResponse,
  operations.GetToolError
> {
  return queryOptionsOf(getToolQueryKey(params), operations.getTool, client, params, options);
}

/** The key of `getTrigger`'s query: `["smithery", "getTrigger", params]`, tagged with its data and error types. */
export function getTriggerQueryKey(
  params: operations.GetTriggerParams,
): QueryKeyOf<
  "getTrigger",
  operations.GetTriggerParams,
  operations.GetTriggerResponse,
  operations.GetTriggerError
> {
  return queryKeyOf(API, "getTrigger", params);
}

/** `GET /connect/{namespace}/{connectionId}/.triggers/{triggerName}` as a query: `useQuery(getTriggerOptions(client, params))`, `queryClient.fetchQuery(…)`. The call gets TanStack's `signal`; a failure throws `ApiCallError` with `GetTriggerError`. */
export function getTriggerOptions(
  client: Client,
  params: operations.GetTriggerParams,
  options?: RequestOptions,
): QueryOptionsOf<
  "getTrigger",
  operations.GetTriggerParams,
  operations.GetTriggerResponse,
  operations.GetTriggerError
> {
  return queryOptionsOf(getTriggerQueryKey(params), operations.getTrigger, client, params, options);
}

/** The key of `inferToolOutputSchema`'s query: `["smithery", "inferToolOutputSchema", params]`, tagged with its data and error types. */
export function inferToolOutputSchemaQueryKey(
  params: operations.InferToolOutputSchemaParams,
): QueryKeyOf<
  "inferToolOutputSchema",
  operations.InferToolOutputSchemaParams,
  operations.InferToolOutputSchemaResponse,
  operations.InferToolOutputSchemaError
> {
  return queryKeyOf(API, "inferToolOutputSchema", params);
}

/** `GET /servers/{qualifiedName}/experimental/tools/{toolName}/output-schema` as a query: `useQuery(inferToolOutputSchemaOptions(client, params))`, `queryClient.fetchQuery(…)`. The call gets TanStack's `signal`; a failure throws `ApiCallError` with `InferToolOutputSchemaError`. */
export function inferToolOutputSchemaOptions(
  client: Client,
  params: operations.InferToolOutputSchemaParams,
  options?: RequestOptions,
): QueryOptionsOf<
  "inferToolOutputSchema",
  operations.InferToolOutputSchemaParams,
  operations.InferToolOutputSchemaResponse,
  operations.InferToolOutputSchemaError
> {
  return queryOptionsOf(
    inferToolOutputSchemaQueryKey(params),
    operations.inferToolOutputSchema,
    client,
    params,
    options,
  );
}

/** The key of `listConnections`'s query: `["smithery", "listConnections", params]`, tagged with its data and error types. */
export function listConnectionsQueryKey(
  params: operations.ListConnectionsParams,
): QueryKeyOf<
  "listConnections",
  operations.ListConnectionsParams,
  operations.ListConnectionsResponse,
  operations.ListConnectionsError
> {
  return queryKeyOf(API, "listConnections", params);
}

/** `GET /connect/{namespace}` as a query: `useQuery(listConnectionsOptions(client, params))`, `queryClient.fetchQuery(…)`. The call gets TanStack's `signal`; a failure throws `ApiCallError` with `ListConnectionsError`. */
export function listConnectionsOptions(
  client: Client,
  params: operations.ListConnectionsParams,
  options?: RequestOptions,
): QueryOptionsOf<
  "listConnections",
  operations.ListConnectionsParams,
  operations.ListConnectionsResponse,
  operations.ListConnectionsError
> {
  return queryOptionsOf(
    listConnectionsQueryKey(params),
    operations.listConnections,
    client,
    params,
    options,
  );
}

/** The key of `listConnections`'s infinite query: `["smithery", "listConnections", params, "infinite"]`, tagged with its data and error types. */
export function listConnectionsInfiniteQueryKey(
  params: operations.ListConnectionsParams,
): InfiniteQueryKeyOf<
  "listConnections",
  operations.ListConnectionsParams,
  operations.ListConnectionsResponse,
  operations.ListConnectionsItem,
  operations.ListConnectionsError
> {
  return infiniteQueryKeyOf(API, "listConnections", params);
}

/** Every page of `GET /connect/{namespace}`, cursor (cursor ← nextCursor; items in connections): `useInfiniteQuery(listConnectionsInfiniteOptions(client, params))`. `hasNextPage` is false on the last page (and where the server names a page it already sent). */
export function listConnectionsInfiniteOptions(
  client: Client,
  params: operations.ListConnectionsParams,
  options?: RequestOptions,
): InfiniteOptionsOf<
  "listConnections",
  operations.ListConnectionsParams,
  operations.ListConnectionsResponse,
  operations.ListConnectionsItem,
  operations.ListConnectionsError
> {
  return infiniteOptionsOf(
    listConnectionsInfiniteQueryKey(params),
    operations.listConnections,
    client,
    params,
    options,
    "cursor",
  );
}

/** The key of `listDomains`'s query: `["smithery", "listDomains", params]`, tagged with its data and error types. */
export function listDomainsQueryKey(
  params: operations.ListDomainsParams,
): QueryKeyOf<
  "listDomains",
  operations.ListDomainsParams,
  operations.ListDomainsResponse,
  operations.ListDomainsError
> {
  return queryKeyOf(API, "listDomains", params);
}

/** `GET /servers/{qualifiedName}/domains` as a query: `useQuery(listDomainsOptions(client, params))`, `queryClient.fetchQuery(…)`. The call gets TanStack's `signal`; a failure throws `ApiCallError` with `ListDomainsError`. */
export function listDomainsOptions(
  client: Client,
  params: operations.ListDomainsParams,
  options?: RequestOptions,
): QueryOptionsOf<
  "listDomains",
  operations.ListDomainsParams,
  operations.ListDomainsResponse,
  operations.ListDomainsError
> {
  return queryOptionsOf(
    listDomainsQueryKey(params),
    operations.listDomains,
    client,
    params,
    options,
  );
}

/** The key of `listNamespaceTools`'s query: `["smithery", "listNamespaceTools", params]`, tagged with its data and error types. */
export function listNamespaceToolsQueryKey(
  params: operations.ListNamespaceToolsParams,
): QueryKeyOf<
  "listNamespaceTools",
  operations.ListNamespaceToolsParams,
  operations.ListNamespaceToolsResponse,
  operations.ListNamespaceToolsError
> {
  return queryKeyOf(API, "listNamespaceTools", params);
}

/** `GET /connect/{namespace}/.tools` as a query: `useQuery(listNamespaceToolsOptions(client, params))`, `queryClient.fetchQuery(…)`. The call gets TanStack's `signal`; a failure throws `ApiCallError` with `ListNamespaceToolsError`. */
export function listNamespaceToolsOptions(
  client: Client,
  params: operations.ListNamespaceToolsParams,
  options?: RequestOptions,
): QueryOptionsOf<
  "listNamespaceTools",
  operations.ListNamespaceToolsParams,
  operations.ListNamespaceToolsResponse,
  operations.ListNamespaceToolsError
> {
  return queryOptionsOf(
    listNamespaceToolsQueryKey(params),
    operations.listNamespaceTools,
    client,
    params,
    options,
  );
}

/** The key of `listNamespaces`'s query: `["smithery", "listNamespaces", params]`, tagged with its data and error types. */
export function listNamespacesQueryKey(
  params?: operations.ListNamespacesParams,
): QueryKeyOf<
  "listNamespaces",
  operations.ListNamespacesParams,
  operations.ListNamespacesResponse,
  operations.ListNamespacesError
> {
  return queryKeyOf(API, "listNamespaces", params);
}

/** `GET /namespaces` as a query: `useQuery(listNamespacesOptions(client, params))`, `queryClient.fetchQuery(…)`. The call gets TanStack's `signal`; a failure throws `ApiCallError` with `ListNamespacesError`. */
export function listNamespacesOptions(
  client: Client,
  params?: operations.ListNamespacesParams,
  options?: RequestOptions,
): QueryOptionsOf<
  "listNamespaces",
  operations.ListNamespacesParams,
  operations.ListNamespacesResponse,
  operations.ListNamespacesError
> {
  return queryOptionsOf(
    listNamespacesQueryKey(params),
    operations.listNamespaces,
    client,
    params,
    options,
  );
}

/** The key of `listNamespaces`'s infinite query: `["smithery", "listNamespaces", params, "infinite"]`, tagged with its data and error types. */
export function listNamespacesInfiniteQueryKey(
  params?: operations.ListNamespacesParams,
): InfiniteQueryKeyOf<
  "listNamespaces",
  operations.ListNamespacesParams,
  operations.ListNamespacesResponse,
  operations.ListNamespacesItem,
  operations.ListNamespacesError
> {
  return infiniteQueryKeyOf(API, "listNamespaces", params);
}

/** Every page of `GET /namespaces`, page (page + 1 up to pagination.totalPages; items in namespaces): `useInfiniteQuery(listNamespacesInfiniteOptions(client, params))`. `hasNextPage` is false on the last page (and where the server names a page it already sent). */
export function listNamespacesInfiniteOptions(
  client: Client,
  params?: operations.ListNamespacesParams,
  options?: RequestOptions,
): InfiniteOptionsOf<
  "listNamespaces",
  operations.ListNamespacesParams,
  operations.ListNamespacesResponse,
  operations.ListNamespacesItem,
  operations.ListNamespacesError
> {
  return infiniteOptionsOf(
    listNamespacesInfiniteQueryKey(params),
    operations.listNamespaces,
    client,
    params,
    options,
    "page",
  );
}

/** The key of `listReleases`'s query: `["smithery", "listReleases", params]`, tagged with its data and error types. */
export function listReleasesQueryKey(
  params: operations.ListReleasesParams,
): QueryKeyOf<
  "listReleases",
  operations.ListReleasesParams,
  operations.ListReleasesResponse,
  operations.ListReleasesError
> {
  return queryKeyOf(API, "listReleases", params);
}

/** `GET /servers/{qualifiedName}/releases` as a query: `useQuery(listReleasesOptions(client, params))`, `queryClient.fetchQuery(…)`. The call gets TanStack's `signal`; a failure throws `ApiCallError` with `ListReleasesError`. */
export function listReleasesOptions(
  client: Client,
  params: operations.ListReleasesParams,
  options?: RequestOptions,
): QueryOptionsOf<
  "listReleases",
  operations.ListReleasesParams,
  operations.ListReleasesResponse,
  operations.ListReleasesError
> {
  return queryOptionsOf(
    listReleasesQueryKey(params),
    operations.listReleases,
    client,
    params,
    options,
  );
}

/** The key of `listReleases`'s infinite query: `["smithery", "listReleases", params, "infinite"]`, tagged with its data and error types. */
export function listReleasesInfiniteQueryKey(
  params: operations.ListReleasesParams,
): InfiniteQueryKeyOf<
  "listReleases",
  operations.ListReleasesParams,
  operations.ListReleasesResponse,
  operations.ListReleasesItem,
  operations.ListReleasesError
> {
  return infiniteQueryKeyOf(API, "listReleases", params);
}

/** Every page of `GET /servers/{qualifiedName}/releases`, page (page + 1 up to pagination.totalPages; items in releases): `useInfiniteQuery(listReleasesInfiniteOptions(client, params))`. `hasNextPage` is false on the last page (and where the server names a page it already sent). */
export function listReleasesInfiniteOptions(
  client: Client,
  params: operations.ListReleasesParams,
  options?: RequestOptions,
): InfiniteOptionsOf<
  "listReleases",
  operations.ListReleasesParams,
  operations.ListReleasesResponse,
  operations.ListReleasesItem,
  operations.ListReleasesError
> {
  return infiniteOptionsOf(
    listReleasesInfiniteQueryKey(params),
    operations.listReleases,
    client,
    params,
    options,
    "page",
  );
}

/** The key of `listRuntimeLogs`'s query: `["smithery", "listRuntimeLogs", params]`, tagged with its data and error types. */
export function listRuntimeLogsQueryKey(
  params: operations.ListRuntimeLogsParams,
): QueryKeyOf<
  "listRuntimeLogs",
  operations.ListRuntimeLogsParams,
  operations.ListRuntimeLogsResponse,
  operations.ListRuntimeLogsError
> {
  return queryKeyOf(API, "listRuntimeLogs", params);
}

/** `GET /servers/{qualifiedName}/logs` as a query: `useQuery(listRuntimeLogsOptions(client, params))`, `queryClient.fetchQuery(…)`. The call gets TanStack's `signal`; a failure throws `ApiCallError` with `ListRuntimeLogsError`. */
export function listRuntimeLogsOptions(
  client: Client,
  params: operations.ListRuntimeLogsParams,
  options?: RequestOptions,
): QueryOptionsOf<
  "listRuntimeLogs",
  operations.ListRuntimeLogsParams,
  operations.ListRuntimeLogsResponse,
  operations.ListRuntimeLogsError
> {
  return queryOptionsOf(
    listRuntimeLogsQueryKey(params),
    operations.listRuntimeLogs,
    client,
    params,
    options,
  );
}

/** The key of `listSecrets`'s query: `["smithery", "listSecrets", params]`, tagged with its data and error types. */
export function listSecretsQueryKey(
  params: operations.ListSecretsParams,
): QueryKeyOf<
  "listSecrets",
  operations.ListSecretsParams,
  operations.ListSecretsResponse,
  operations.ListSecretsError
> {
  return queryKeyOf(API, "listSecrets", params);
}

/** `GET /servers/{qualifiedName}/secrets` as a query: `useQuery(listSecretsOptions(client, params))`, `queryClient.fetchQuery(…)`. The call gets TanStack's `signal`; a failure throws `ApiCallError` with `ListSecretsError`. */
export function listSecretsOptions(
  client: Client,
  params: operations.ListSecretsParams,
  options?: RequestOptions,
): QueryOptionsOf<
  "listSecrets",
  operations.ListSecretsParams,
  operations.ListSecretsResponse,
  operations.ListSecretsError
> {
  return queryOptionsOf(
    listSecretsQueryKey(params),
    operations.listSecrets,
    client,
    params,
    options,
  );
}

/** The key of `listServers`'s query: `["smithery", "listServers", params]`, tagged with its data and error types. */
export function listServersQueryKey(
  params?: operations.ListServersParams,
): QueryKeyOf<
  "listServers",
  operations.ListServersParams,
  operations.ListServersResponse,
  operations.ListServersError
> {
  return queryKeyOf(API, "listServers", params);
}

/** `GET /servers` as a query: `useQuery(listServersOptions(client, params))`, `queryClient.fetchQuery(…)`. The call gets TanStack's `signal`; a failure throws `ApiCallError` with `ListServersError`. */
export function listServersOptions(
  client: Client,
  params?: operations.ListServersParams,
  options?: RequestOptions,
): QueryOptionsOf<
  "listServers",
  operations.ListServersParams,
  operations.ListServersResponse,
  operations.ListServersError
> {
  return queryOptionsOf(
    listServersQueryKey(params),
    operations.listServers,
    client,
    params,
    options,
  );
}

/** The key of `listServers`'s infinite query: `["smithery", "listServers", params, "infinite"]`, tagged with its data and error types. */
export function listServersInfiniteQueryKey(
  params?: operations.ListServersParams,
): InfiniteQueryKeyOf<
  "listServers",
  operations.ListServersParams,
  operations.ListServersResponse,
  operations.ListServersItem,
  operations.ListServersError
> {
  return infiniteQueryKeyOf(API, "listServers", params);
}

/** Every page of `GET /servers`, page (page + 1 up to pagination.totalPages; items in servers): `useInfiniteQuery(listServersInfiniteOptions(client, params))`. `hasNextPage` is false on the last page (and where the server names a page it already sent). */
export function listServersInfiniteOptions(
  client: Client,
  params?: operations.ListServersParams,
  options?: RequestOptions,
): InfiniteOptionsOf<
  "listServers",
  operations.ListServersParams,
  operations.ListServersResponse,
  operations.ListServersItem,
  operations.ListServersError
> {
  return infiniteOptionsOf(
    listServersInfiniteQueryKey(params),
    operations.listServers,
    client,
    params,
    options,
    "page",
  );
}

/** The key of `listSkills`'s query: `["smithery", "listSkills", params]`, tagged with its data and error types. */
export function listSkillsQueryKey(
  params?: operations.ListSkillsParams,
): QueryKeyOf<
  "listSkills",
  operations.ListSkillsParams,
  operations.ListSkillsResponse,
  operations.ListSkillsError
> {
  return queryKeyOf(API, "listSkills", params);
}

/** `GET /skills` as a query: `useQuery(listSkillsOptions(client, params))`, `queryClient.fetchQuery(…)`. The call gets TanStack's `signal`; a failure throws `ApiCallError` with `ListSkillsError`. */
export function listSkillsOptions(
  client: Client,
  params?: operations.ListSkillsParams,
  options?: RequestOptions,
): QueryOptionsOf<
  "listSkills",
  operations.ListSkillsParams,
  operations.ListSkillsResponse,
  operations.ListSkillsError
> {
  return queryOptionsOf(listSkillsQueryKey(params), operations.listSkills, client, params, options);
}

/** The key of `listSkills`'s infinite query: `["smithery", "listSkills", params, "infinite"]`, tagged with its data and error types. */
export function listSkillsInfiniteQueryKey(
  params?: operations.ListSkillsParams,
): InfiniteQueryKeyOf<
  "listSkills",
  operations.ListSkillsParams,
  operations.ListSkillsResponse,
  operations.ListSkillsItem,
  operations.ListSkillsError
> {
  return infiniteQueryKeyOf(API, "listSkills", params);
}

/** Every page of `GET /skills`, page (page + 1 up to pagination.totalPages; items in skills): `useInfiniteQuery(listSkillsInfiniteOptions(client, params))`. `hasNextPage` is false on the last page (and where the server names a page it already sent). */
export function listSkillsInfiniteOptions(
  client: Client,
  params?: operations.ListSkillsParams,
  options?: RequestOptions,
): InfiniteOptionsOf<
  "listSkills",
  operations.ListSkillsParams,
  operations.ListSkillsResponse,
  operations.ListSkillsItem,
  operations.ListSkillsError
> {
  return infiniteOptionsOf(
    listSkillsInfiniteQueryKey(params),
    operations.listSkills,
    client,
    params,
    options,
    "page",
  );
}

/** The key of `listTeamApiKeys`'s query: `["smithery", "listTeamApiKeys", params]`, tagged with its data and error types. */
export function listTeamApiKeysQueryKey(
  params: operations.ListTeamApiKeysParams,
): QueryKeyOf<
  "listTeamApiKeys",
  operations.ListTeamApiKeysParams,
  operations.ListTeamApiKeysResponse,
  operations.ListTeamApiKeysError
> {
  return queryKeyOf(API, "listTeamApiKeys", params);
}

/** `GET /organizations/{orgId}/api-keys` as a query: `useQuery(listTeamApiKeysOptions(client, params))`, `queryClient.fetchQuery(…)`. The call gets TanStack's `signal`; a failure throws `ApiCallError` with `ListTeamApiKeysError`. */
export function listTeamApiKeysOptions(
  client: Client,
  params: operations.ListTeamApiKeysParams,
  options?: RequestOptions,
): QueryOptionsOf<
  "listTeamApiKeys",
  operations.ListTeamApiKeysParams,
  operations.ListTeamApiKeysResponse,
  operations.ListTeamApiKeysError
> {
  return queryOptionsOf(
    listTeamApiKeysQueryKey(params),
    operations.listTeamApiKeys,
    client,
    params,
    options,
  );
}

/** The key of `listTools`'s query: `["smithery", "listTools", params]`, tagged with its data and error types. */
export function listToolsQueryKey(
  params: operations.ListToolsParams,
): QueryKeyOf<
  "listTools",
  operations.ListToolsParams,
  operations.ListToolsResponse,
  operations.ListToolsError
> {
  return queryKeyOf(API, "listTools", params);
}

/** `GET /connect/{namespace}/{connectionId}/.tools` as a query: `useQuery(listToolsOptions(client, params))`, `queryClient.fetchQuery(…)`. The call gets TanStack's `signal`; a failure throws `ApiCallError` with `ListToolsError`. */
export function listToolsOptions(
  client: Client,
  params: operations.ListToolsParams,
  options?: RequestOptions,
): QueryOptionsOf<
  "listTools",
  operations.ListToolsParams,
  operations.ListToolsResponse,
  operations.ListToolsError
> {
  return queryOptionsOf(listToolsQueryKey(params), operations.listTools, client, params, options);
}

/** The key of `listTriggers`'s query: `["smithery", "listTriggers", params]`, tagged with its data and error types. */
export function listTriggersQueryKey(
  params: operations.ListTriggersParams,
): QueryKeyOf<
  "listTriggers",
  operations.ListTriggersParams,
  operations.ListTriggersResponse,
  operations.ListTriggersError
> {
  return queryKeyOf(API, "listTriggers", params);
}

/** `GET /connect/{namespace}/{connectionId}/.triggers` as a query: `useQuery(listTriggersOptions(client, params))`, `queryClient.fetchQuery(…)`. The call gets TanStack's `signal`; a failure throws `ApiCallError` with `ListTriggersError`. */
export function listTriggersOptions(
  client: Client,
  params: operations.ListTriggersParams,
  options?: RequestOptions,
): QueryOptionsOf<
  "listTriggers",
  operations.ListTriggersParams,
  operations.ListTriggersResponse,
  operations.ListTriggersError
> {
  return queryOptionsOf(
    listTriggersQueryKey(params),
    operations.listTriggers,
    client,
    params,
    options,
  );
}

/** `PUT /servers/{qualifiedName}/releases` as a mutation: `useMutation(publishServerMutation(client))`, `mutate(params)`; its key is `["smithery", "publishServer"]`. A failure throws `ApiCallError` with `PublishServerError`. */
export function publishServerMutation(
  client: Client,
  options?: RequestOptions,
): MutationOptionsOf<
  "publishServer",
  operations.PublishServerParams,
  operations.PublishServerResponse,
  operations.PublishServerError
> {
  return mutationOptionsOf(API, "publishServer", operations.publishServer, client, options);
}

/** `POST /servers/{qualifiedName}/releases/{id}/resume` as a mutation: `useMutation(resumeReleaseMutation(client))`, `mutate(params)`; its key is `["smithery", "resumeRelease"]`. A failure throws `ApiCallError` with `ResumeReleaseError`. */
export function resumeReleaseMutation(
  client: Client,
  options?: RequestOptions,
): MutationOptionsOf<
  "resumeRelease",
  operations.ResumeReleaseParams,
  operations.ResumeReleaseResponse,
  operations.ResumeReleaseError
> {
  return mutationOptionsOf(API, "resumeRelease", operations.resumeRelease, client, options);
}

/** `DELETE /organizations/{orgId}/api-keys/{keyId}` as a mutation: `useMutation(revokeTeamApiKeyMutation(client))`, `mutate(params)`; its key is `["smithery", "revokeTeamApiKey"]`. A failure throws `ApiCallError` with `RevokeTeamApiKeyError`. */
export function revokeTeamApiKeyMutation(
  client: Client,
  options?: RequestOptions,
): MutationOptionsOf<
  "revokeTeamApiKey",
  operations.RevokeTeamApiKeyParams,
  operations.RevokeTeamApiKeyResponse,
  operations.RevokeTeamApiKeyError
> {
  return mutationOptionsOf(API, "revokeTeamApiKey", operations.revokeTeamApiKey, client, options);
}

/** `PUT /servers/{qualifiedName}/secrets` as a mutation: `useMutation(setSecretMutation(client))`, `mutate(params)`; its key is `["smithery", "setSecret"]`. A failure throws `ApiCallError` with `SetSecretError`. */
export function setSecretMutation(
  client: Client,
  options?: RequestOptions,
): MutationOptionsOf<
  "setSecret",
  operations.SetSecretParams,
  operations.SetSecretResponse,
  operations.SetSecretError
> {
  return mutationOptionsOf(API, "setSecret", operations.setSecret, client, options);
}

/** `POST /connect/{namespace}/{connectionId}/.triggers/{triggerName}` as a mutation: `useMutation(subscribeToTriggerMutation(client))`, `mutate(params)`; its key is `["smithery", "subscribeToTrigger"]`. A failure throws `ApiCallError` with `SubscribeToTriggerError`. */
export function subscribeToTriggerMutation(
  client: Client,
  options?: RequestOptions,
): MutationOptionsOf<
  "subscribeToTrigger",
  operations.SubscribeToTriggerParams,
  operations.SubscribeToTriggerResponse,
  operations.SubscribeToTriggerError
> {
  return mutationOptionsOf(
    API,
    "subscribeToTrigger",
    operations.subscribeToTrigger,
    client,
    options,
  );
}

/**
 * `POST /skills/{namespace}/{slug}/sync` as a mutation: `useMutation(syncSkillMutation(client))`, `mutate(params)`; its key is `["smithery", "syncSkill"]`. A failure throws `ApiCallError` with `SyncSkillError`.
 *
 * @deprecated
 */
export function syncSkillMutation(
  client: Client,
  options?: RequestOptions,
): MutationOptionsOf<
  "syncSkill",
  operations.SyncSkillParams,
  operations.SyncSkillResponse,
  operations.SyncSkillError
> {
  return mutationOptionsOf(API, "syncSkill", operations.syncSkill, client, options);
}

/** `DELETE /connect/{namespace}/{connectionId}/.triggers/{triggerName}` as a mutation: `useMutation(unsubscribeFromTriggerMutation(client))`, `mutate(params)`; its key is `["smithery", "unsubscribeFromTrigger"]`. A failure throws `ApiCallError` with `UnsubscribeFromTriggerError`. */
export function unsubscribeFromTriggerMutation(
  client: Client,
  options?: RequestOptions,
): MutationOptionsOf<
  "unsubscribeFromTrigger",
  operations.UnsubscribeFromTriggerParams,
  operations.UnsubscribeFromTriggerResponse,
  operations.UnsubscribeFromTriggerError
> {
  return mutationOptionsOf(
    API,
    "unsubscribeFromTrigger",
    operations.unsubscribeFromTrigger,
    client,
    options,
  );
}

/** `PATCH /servers/{qualifiedName}/domains/{domainId}` as a mutation: `useMutation(updateDomainMutation(client))`, `mutate(params)`; its key is `["smithery", "updateDomain"]`. A failure throws `ApiCallError` with `UpdateDomainError`. */
export function updateDomainMutation(
  client: Client,
  options?: RequestOptions,
): MutationOptionsOf<
  "updateDomain",
  operations.UpdateDomainParams,
  operations.UpdateDomainResponse,
  operations.UpdateDomainError
> {
  return mutationOptionsOf(API, "updateDomain", operations.updateDomain, client, options);
}

/** `PATCH /servers/{qualifiedName}` as a mutation: `useMutation(updateServerMutation(client))`, `mutate(params)`; its key is `["smithery", "updateServer"]`. A failure throws `ApiCallError` with `UpdateServerError`. */
export function updateServerMutation(
  client: Client,
  options?: RequestOptions,
): MutationOptionsOf<
  "updateServer",
  operations.UpdateServerParams,
  operations.UpdateServerResponse,
  operations.UpdateServerError
> {
  return mutationOptionsOf(API, "updateServer", operations.updateServer, client, options);
}

/** `PUT /servers/{qualifiedName}/icon` as a mutation: `useMutation(uploadServerIconMutation(client))`, `mutate(params)`; its key is `["smithery", "uploadServerIcon"]`. A failure throws `ApiCallError` with `UploadServerIconError`. */
export function uploadServerIconMutation(
  client: Client,
  options?: RequestOptions,
): MutationOptionsOf<
  "uploadServerIcon",
  operations.UploadServerIconParams,
  operations.UploadServerIconResponse,
  operations.UploadServerIconError
> {
  return mutationOptionsOf(API, "uploadServerIcon", operations.uploadServerIcon, client, options);
}

/** `PUT /skills/{namespace}/{slug}/upload` as a mutation: `useMutation(uploadSkillBundleMutation(client))`, `mutate(params)`; its key is `["smithery", "uploadSkillBundle"]`. A failure throws `ApiCallError` with `UploadSkillBundleError`. */
export function uploadSkillBundleMutation(
  client: Client,
  options?: RequestOptions,
): MutationOptionsOf<
  "uploadSkillBundle",
  operations.UploadSkillBundleParams,
  operations.UploadSkillBundleResponse,
  operations.UploadSkillBundleError
> {
  return mutationOptionsOf(API, "uploadSkillBundle", operations.uploadSkillBundle, client, options);
}

/** Marks the queries of the `connections` resource and its sub-resources stale, and refetches those in use: call it in the `onSuccess` of a mutation that changed them. */
export function invalidateConnections(
  queryClient: InvalidatingClient,
  options?: InvalidateOptions,
): Promise<void> {
  return invalidateOperations(queryClient, API, [
    "getConnection",
    "getTool",
    "getTrigger",
    "listConnections",
    "listNamespaceTools",
    "listTools",
    "listTriggers",
  ], options);
}

/** Marks the queries of the `connections.tools` resource and its sub-resources (`getTool`, `listNamespaceTools`, `listTools`) stale, and refetches those in use: call it in the `onSuccess` of a mutation that changed them. */
export function invalidateConnectionsTools(
  queryClient: InvalidatingClient,
  options?: InvalidateOptions,
): Promise<void> {
  return invalidateOperations(queryClient, API, ["getTool", "listNamespaceTools", "listTools"], options);
}

/** Marks the queries of the `connections.triggers` resource and its sub-resources (`getTrigger`, `listTriggers`) stale, and refetches those in use: call it in the `onSuccess` of a mutation that changed them. */
export function invalidateConnectionsTriggers(
  queryClient: InvalidatingClient,
  options?: InvalidateOptions,
): Promise<void> {
  return invalidateOperations(queryClient, API, ["getTrigger", "listTriggers"], options);
}

/** Marks the queries of the `health` resource and its sub-resources (`checkHealth`) stale, and refetches those in use: call it in the `onSuccess` of a mutation that changed them. */
export function invalidateHealth(
  queryClient: InvalidatingClient,
  options?: InvalidateOptions,
): Promise<void> {
  return invalidateOperations(queryClient, API, ["checkHealth"], options);
}

/** Marks the queries of the `namespaces` resource and its sub-resources (`listNamespaces`) stale, and refetches those in use: call it in the `onSuccess` of a mutation that changed them. */
export function invalidateNamespaces(
  queryClient: InvalidatingClient,
  options?: InvalidateOptions,
): Promise<void> {
  return invalidateOperations(queryClient, API, ["listNamespaces"], options);
}

/** Marks the queries of the `servers` resource and its sub-resources stale, and refetches those in use: call it in the `onSuccess` of a mutation that changed them. */
export function invalidateServers(
  queryClient: InvalidatingClient,
  options?: InvalidateOptions,
): Promise<void> {
  return invalidateOperations(queryClient, API, [
    "downloadServerBundle",
    "getRelease",
    "getServer",
    "getServerIcon",
    "inferToolOutputSchema",
    "listDomains",
    "listReleases",
    "listRuntimeLogs",
    "listSecrets",
    "listServers",
  ], options);
}

/** Marks the queries of the `servers.domains` resource and its sub-resources (`listDomains`) stale, and refetches those in use: call it in the `onSuccess` of a mutation that changed them. */
export function invalidateServersDomains(
  queryClient: InvalidatingClient,
  options?: InvalidateOptions,
): Promise<void> {
  return invalidateOperations(queryClient, API, ["listDomains"], options);
}

/** Marks the queries of the `servers.icon` resource and its sub-resources (`getServerIcon`) stale, and refetches those in use: call it in the `onSuccess` of a mutation that changed them. */
export function invalidateServersIcon(
  queryClient: InvalidatingClient,
  options?: InvalidateOptions,
): Promise<void> {
  return invalidateOperations(queryClient, API, ["getServerIcon"], options);
}

/** Marks the queries of the `servers.logs` resource and its sub-resources (`listRuntimeLogs`) stale, and refetches those in use: call it in the `onSuccess` of a mutation that changed them. */
export function invalidateServersLogs(
  queryClient: InvalidatingClient,
  options?: InvalidateOptions,
): Promise<void> {
  return invalidateOperations(queryClient, API, ["listRuntimeLogs"], options);
}

/** Marks the queries of the `servers.releases` resource and its sub-resources (`getRelease`, `listReleases`) stale, and refetches those in use: call it in the `onSuccess` of a mutation that changed them. */
export function invalidateServersReleases(
  queryClient: InvalidatingClient,
  options?: InvalidateOptions,
): Promise<void> {
  return invalidateOperations(queryClient, API, ["getRelease", "listReleases"], options);
}

/** Marks the queries of the `servers.secrets` resource and its sub-resources (`listSecrets`) stale, and refetches those in use: call it in the `onSuccess` of a mutation that changed them. */
export function invalidateServersSecrets(
  queryClient: InvalidatingClient,
  options?: InvalidateOptions,
): Promise<void> {
  return invalidateOperations(queryClient, API, ["listSecrets"], options);
}

/** Marks the queries of the `servers.tools` resource and its sub-resources (`inferToolOutputSchema`) stale, and refetches those in use: call it in the `onSuccess` of a mutation that changed them. */
export function invalidateServersTools(
  queryClient: InvalidatingClient,
  options?: InvalidateOptions,
): Promise<void> {
  return invalidateOperations(queryClient, API, ["inferToolOutputSchema"], options);
}

/** Marks the queries of the `skills` resource and its sub-resources (`downloadSkillBundle`, `getSkill`, `listSkills`) stale, and refetches those in use: call it in the `onSuccess` of a mutation that changed them. */
export function invalidateSkills(
  queryClient: InvalidatingClient,
  options?: InvalidateOptions,
): Promise<void> {
  return invalidateOperations(queryClient, API, ["downloadSkillBundle", "getSkill", "listSkills"], options);
}

/** Marks the queries of the `teamApiKeys` resource and its sub-resources (`listTeamApiKeys`) stale, and refetches those in use: call it in the `onSuccess` of a mutation that changed them. */
export function invalidateTeamApiKeys(
  queryClient: InvalidatingClient,
  options?: InvalidateOptions,
): Promise<void> {
  return invalidateOperations(queryClient, API, ["listTeamApiKeys"], options);
}
