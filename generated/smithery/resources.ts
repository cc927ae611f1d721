// Generated from Smithery Platform API 1.0.0 (OpenAPI 3.1.0). Do not edit: change the spec and run `openapi-client generate`.
import type { Client, RequestOptions } from "./runtime/client.js";
import type { PagedCall, PaginateOptions } from "./runtime/paginate.js";
import { groupOperations } from "./runtime/group-operations.js";
import * as operations from "./operations.js";

/** The operations grouped by resource: the path's static segments name the resources, the REST verb names the method (see the README's naming rules). */
export interface Resources {
  connections: {
    /** `POST /connect/{namespace}`: calls `createConnection`. */
    create(params: operations.CreateConnectionParams, options?: RequestOptions): Promise<operations.CreateConnectionResult>;
    /** `PUT /connect/{namespace}/{connectionId}`: calls `createOrUpdateConnection`. */
    createOrUpdate(params: operations.CreateOrUpdateConnectionParams, options?: RequestOptions): Promise<operations.CreateOrUpdateConnectionResult>;
    /** `DELETE /connect/{namespace}/{connectionId}`: calls `deleteConnection`. */
    delete(params: operations.DeleteConnectionParams, options?: RequestOptions): Promise<operations.DeleteConnectionResult>;
    /** `GET /connect/{namespace}/{connectionId}`: calls `getConnection`. */
    get(params: operations.GetConnectionParams, options?: RequestOptions): Promise<operations.GetConnectionResult>;
    /** `GET /connect/{namespace}`: calls `listConnections`; `for await` over the call iterates every item, `.pages()` every page. */
    list(params: operations.ListConnectionsParams, options?: PaginateOptions): PagedCall<operations.ListConnectionsResult>;
    tools: {
      /** `POST /connect/{namespace}/{connectionId}/.tools/{toolPath}`: calls `callTool`. */
      call(params: operations.CallToolParams, options?: RequestOptions): Promise<operations.CallToolResult>;
      /** `GET /connect/{namespace}/{connectionId}/.tools/{toolPath}`: calls `getTool`. */
      get(params: operations.GetToolParams, options?: RequestOptions): Promise<operations.GetToolResult>;
      /** `GET /connect/{namespace}/{connectionId}/.tools`: calls `listTools`. */
      list(params: operations.ListToolsParams, options?: RequestOptions): Promise<operations.ListToolsResult>;
      /** `GET /connect/{namespace}/.tools`: calls `listNamespaceTools`. */
      listInNamespace(params: operations.ListNamespaceToolsParams, options?: RequestOptions): Promise<operations.ListNamespaceToolsResult>;
    };
    triggers: {
      /** `GET /connect/{namespace}/{connectionId}/.triggers/{triggerName}`: calls `getTrigger`. */
      get(params: operations.GetTriggerParams, options?: RequestOptions): Promise<operations.GetTriggerResult>;
      /** `GET /connect/{namespace}/{connectionId}/.triggers`: calls `listTriggers`. */
      list(params: operations.ListTriggersParams, options?: RequestOptions): Promise<operations.ListTriggersResult>;
      /** `POST /connect/{namespace}/{connectionId}/.triggers/{triggerName}`: calls `subscribeToTrigger`. */
      subscribe(params: operations.SubscribeToTriggerParams, options?: RequestOptions): Promise<operations.SubscribeToTriggerResult>;
      /** `DELETE /connect/{namespace}/{connectionId}/.triggers/{triggerName}`: calls `unsubscribeFromTrigger`. */
      unsubscribe(params: operations.UnsubscribeFromTriggerParams, options?: RequestOptions): Promise<operations.UnsubscribeFromTriggerResult>;
    };
  };
  health: {
    /** `GET /health`: calls `checkHealth`. */
    check(params?: operations.CheckHealthParams, options?: RequestOptions): Promise<operations.CheckHealthResult>;
  };
  namespaces: {
    /** `PUT /namespaces/{name}`: calls `createNamespace`. */
    create(params: operations.CreateNamespaceParams, options?: RequestOptions): Promise<operations.CreateNamespaceResult>;
    /** `POST /namespaces`: calls `createNamespaceWithGeneratedName`. */
    createWithGeneratedName(params?: operations.CreateNamespaceWithGeneratedNameParams, options?: RequestOptions): Promise<operations.CreateNamespaceWithGeneratedNameResult>;
    /** `DELETE /namespaces/{name}`: calls `deleteNamespace`. */
    delete(params: operations.DeleteNamespaceParams, options?: RequestOptions): Promise<operations.DeleteNamespaceResult>;
    /** `GET /namespaces`: calls `listNamespaces`; `for await` over the call iterates every item, `.pages()` every page. */
    list(params?: operations.ListNamespacesParams, options?: PaginateOptions): PagedCall<operations.ListNamespacesResult>;
    servers: {
      /**
       * `PUT /namespaces/{namespace}/servers/{server}`: calls `createNamespaceServer`.
       *
       * @deprecated
       */
      create(params: operations.CreateNamespaceServerParams, options?: RequestOptions): Promise<operations.CreateNamespaceServerResult>;
    };
  };
  servers: {
    /** `PUT /servers/{qualifiedName}`: calls `createServer`. */
    create(params: operations.CreateServerParams, options?: RequestOptions): Promise<operations.CreateServerResult>;
    /** `DELETE /servers/{qualifiedName}`: calls `deleteServer`. */
    delete(params: operations.DeleteServerParams, options?: RequestOptions): Promise<operations.DeleteServerResult>;
    /** `GET /servers/{qualifiedName}/download`: calls `downloadServerBundle`. */
    download(params: operations.DownloadServerBundleParams, options: RequestOptions & { download: "stream" }): Promise<operations.DownloadServerBundleStreamResult>;
    /** `GET /servers/{qualifiedName}/download`: calls `downloadServerBundle`. */
    download(params: operations.DownloadServerBundleParams, options?: RequestOptions): Promise<operations.DownloadServerBundleResult>;
    /** `GET /servers/{qualifiedName}`: calls `getServer`. */
    get(params: operations.GetServerParams, options?: RequestOptions): Promise<operations.GetServerResult>;
    /** `GET /servers`: calls `listServers`; `for await` over the call iterates every item, `.pages()` every page. */
    list(params?: operations.ListServersParams, options?: PaginateOptions): PagedCall<operations.ListServersResult>;
    /** `PATCH /servers/{qualifiedName}`: calls `updateServer`. */
    update(params: operations.UpdateServerParams, options?: RequestOptions): Promise<operations.UpdateServerResult>;
    domains: {
      /** `GET /servers/{qualifiedName}/domains`: calls `listDomains`. */
      list(params: operations.ListDomainsParams, options?: RequestOptions): Promise<operations.ListDomainsResult>;
      /** `PATCH /servers/{qualifiedName}/domains/{domainId}`: calls `updateDomain`. */
      update(params: operations.UpdateDomainParams, options?: RequestOptions): Promise<operations.UpdateDomainResult>;
    };
    icon: {
      /** `DELETE /servers/{qualifiedName}/icon`: calls `deleteServerIcon`. */
      delete(params: operations.DeleteServerIconParams, options?: RequestOptions): Promise<operations.DeleteServerIconResult>;
      /** `GET /servers/{qualifiedName}/icon`: calls `getServerIcon`. */
      get(params: operations.GetServerIconParams, options: RequestOptions & { download: "stream" }): Promise<operations.GetServerIconStreamResult>;
      /** `GET /servers/{qualifiedName}/icon`: calls `getServerIcon`. */
      get(params: operations.GetServerIconParams, options?: RequestOptions): Promise<operations.GetServerIconResult>;
      /** `PUT /servers/{qualifiedName}/icon`: calls `uploadServerIcon`. */
      upload(params: operations.UploadServerIconParams, options?: RequestOptions): Promise<operations.UploadServerIconResult>;
    };
    logs: {
      /** `GET /servers/{qualifiedName}/logs`: calls `listRuntimeLogs`. */
      list(params: operations.ListRuntimeLogsParams, options?: RequestOptions): Promise<operations.ListRuntimeLogsResult>;
    };
    releases: {
      /** `GET /servers/{qualifiedName}/releases/{id}`: calls `getRelease`. */
      get(params: operations.GetReleaseParams, options?: RequestOptions): Promise<operations.GetReleaseResult>;
      /** `GET /servers/{qualifiedName}/releases`: calls `listReleases`; `for await` over the call iterates every item, `.pages()` every page. */
      list(params: operations.ListReleasesParams, options?: PaginateOptions): PagedCall<operations.ListReleasesResult>;
      /** `PUT /servers/{qualifiedName}/releases`: calls `publishServer`. */
      publish(params: operations.PublishServerParams, options?: RequestOptions): Promise<operations.PublishServerResult>;
      /** `POST /servers/{qualifiedName}/releases/{id}/resume`: calls `resumeRelease`. */
      resume(params: operations.ResumeReleaseParams, options?: RequestOptions): Promise<operations.ResumeReleaseResult>;
      /** `GET /servers/{qualifiedName}/releases/{id}/stream`: calls `streamReleaseLogs`. */
      streamLogs(params: operations.StreamReleaseLogsParams, options?: RequestOptions): Promise<operations.StreamReleaseLogsResult>;
    };
    secrets: {
      /** `DELETE /servers/{qualifiedName}/secrets/{secretName}`: calls `deleteSecret`. */
      delete(params: operations.DeleteSecretParams, options?: RequestOptions): Promise<operations.DeleteSecretResult>;
      /** `GET /servers/{qualifiedName}/secrets`: calls `listSecrets`. */
      list(params: operations.ListSecretsParams, options?: RequestOptions): Promise<operations.ListSecretsResult>;
      /** `PUT /servers/{qualifiedName}/secrets`: calls `setSecret`. */
      set(params: operations.SetSecretParams, options?: RequestOptions): Promise<operations.SetSecretResult>;
    };
    tools: {
      /** `GET /servers/{qualifiedName}/experimental/tools/{toolName}/output-schema`: calls `inferToolOutputSchema`. */
      inferOutputSchema(params: operations.InferToolOutputSchemaParams, options?: RequestOptions): Promise<operations.InferToolOutputSchemaResult>;
    };
  };
  skills: {
    /**
     * `POST /skills`: calls `createSkill`.
     *
     * @deprecated
     */
    create(params?: operations.CreateSkillParams, options?: RequestOptions): Promise<operations.CreateSkillResult>;
    /** `PUT /skills/{namespace}/{slug}`: calls `createOrUpdateSkill`. */
    createOrUpdate(params: operations.CreateOrUpdateSkillParams, options?: RequestOptions): Promise<operations.CreateOrUpdateSkillResult>;
    /** `DELETE /skills/{namespace}/{slug}`: calls `deleteSkill`. */
    delete(params: operations.DeleteSkillParams, options?: RequestOptions): Promise<operations.DeleteSkillResult>;
    /** `GET /skills/{namespace}/{slug}/download`: calls `downloadSkillBundle`. */
    download(params: operations.DownloadSkillBundleParams, options: RequestOptions & { download: "stream" }): Promise<operations.DownloadSkillBundleStreamResult>;
    /** `GET /skills/{namespace}/{slug}/download`: calls `downloadSkillBundle`. */
    download(params: operations.DownloadSkillBundleParams, options?: RequestOptions): Promise<operations.DownloadSkillBundleResult>;
    /** `GET /skills/{namespace}/{slug}`: calls `getSkill`. */
    get(params: operations.GetSkillParams, options?: RequestOptions): Promise<operations.GetSkillResult>;
    /** `GET /skills`: calls `listSkills`; `for await` over the call iterates every item, `.pages()` every page. */
    list(params?: operations.ListSkillsParams, options?: PaginateOptions): PagedCall<operations.ListSkillsResult>;
    /**
     * `POST /skills/{namespace}/{slug}/sync`: calls `syncSkill`.
     *
     * @deprecated
     */
    sync(params: operations.SyncSkillParams, options?: RequestOptions): Promise<operations.SyncSkillResult>;
    /** `PUT /skills/{namespace}/{slug}/upload`: calls `uploadSkillBundle`. */
    upload(params: operations.UploadSkillBundleParams, options?: RequestOptions): Promise<operations.UploadSkillBundleResult>;
  };
  teamApiKeys: {
    /** `POST /organizations/{orgId}/api-keys`: calls `createTeamApiKey`. */
    create(params: operations.CreateTeamApiKeyParams, options?: RequestOptions): Promise<operations.CreateTeamApiKeyResult>;
    /** `GET /organizations/{orgId}/api-keys`: calls `listTeamApiKeys`. */
    list(params: operations.ListTeamApiKeysParams, options?: RequestOptions): Promise<operations.ListTeamApiKeysResult>;
    /** `DELETE /organizations/{orgId}/api-keys/{keyId}`: calls `revokeTeamApiKey`. */
    revoke(params: operations.RevokeTeamApiKeyParams, options?: RequestOptions): Promise<operations.RevokeTeamApiKeyResult>;
  };
  tokens: {
    /** `POST /tokens`: calls `createServiceToken`. */
    create(params?: operations.CreateServiceTokenParams, options?: RequestOptions): Promise<operations.CreateServiceTokenResult>;
  };
}

/** Groups the operations of `client` by resource, as `Resources` describes; each method calls the operation function of the same name in `operations.ts`. */
export function createResources(client: Client): Resources {
  return groupOperations(client, operations, `
connections.create=createConnection
connections.createOrUpdate=createOrUpdateConnection
connections.delete=deleteConnection
connections.get=getConnection
connections.list=listConnections*
connections.tools.call=callTool
connections.tools.get=getTool
connections.tools.list=listTools
connections.tools.listInNamespace=listNamespaceTools
connections.triggers.get=getTrigger
connections.triggers.list=listTriggers
connections.triggers.subscribe=subscribeToTrigger
connections.triggers.unsubscribe=unsubscribeFromTrigger
health.check=checkHealth
namespaces.create=createNamespace
namespaces.createWithGeneratedName=createNamespaceWithGeneratedName
namespaces.delete=deleteNamespace
namespaces.list=listNamespaces*
namespaces.servers.create=createNamespaceServer
servers.create=createServer
servers.delete=deleteServer
servers.download=downloadServerBundle
servers.get=getServer
servers.list=listServers*
servers.update=updateServer
servers.domains.list=listDomains
servers.domains.update=updateDomain
servers.icon.delete=deleteServerIcon
servers.icon.get=getServerIcon
servers.icon.upload=uploadServerIcon
servers.logs.list=listRuntimeLogs
servers.releases.get=getRelease
servers.releases.list=listReleases*
servers.releases.publish=publishServer
servers.releases.resume=resumeRelease
servers.releases.streamLogs=streamReleaseLogs
servers.secrets.delete=deleteSecret
servers.secrets.list=listSecrets
servers.secrets.set=setSecret
servers.tools.inferOutputSchema=inferToolOutputSchema
skills.create=createSkill
skills.createOrUpdate=createOrUpdateSkill
skills.delete=deleteSkill
skills.download=downloadSkillBundle
skills.get=getSkill
skills.list=listSkills*
skills.sync=syncSkill
skills.upload=uploadSkillBundle
teamApiKeys.create=createTeamApiKey
teamApiKeys.list=listTeamApiKeys
teamApiKeys.revoke=revokeTeamApiKey
tokens.create=createServiceToken
`) as Resources;
}
