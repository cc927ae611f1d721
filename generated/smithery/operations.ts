// Generated from Smithery Platform API 1.0.0 (OpenAPI 3.1.0). Do not edit: change the spec and run `openapi-client generate`.
import { sendRequest } from "./runtime/send-request.js";
import { sendPage } from "./runtime/paginate.js";
import { readStream } from "./runtime/read-stream.js";
import type { EventStream } from "./runtime/read-stream.js";
import { writePathValue, writeQuery } from "./runtime/serialize-parameter.js";
import { encodeJson, encodeMultipart, writeBody } from "./runtime/encode-body.js";
import type { Client, RequestOptions } from "./runtime/client.js";
import type {
  HttpError,
  Page,
  Result,
  Success,
  TransportError,
  UnexpectedStatusError,
} from "./runtime/result.js";
import type {
  BundleDownloadError,
  Connection,
  ConnectionsListResponse,
  CreateConnectionRequest,
  CreateNamespaceServerRequest,
  CreateServerRequest,
  CreateSkillRequest,
  CreateTeamApiKeyBody,
  CreateTokenRequest,
  CreateTokenResponse,
  CreateTriggerRequest,
  DeleteSuccess,
  DeleteTriggerRequest,
  DeployResponse,
  DeploymentError,
  DeploymentInfo,
  DeploymentListPage,
  DomainListResponse,
  DomainResource,
  DomainsError,
  Health,
  HealthError,
  IconDeleteResponse,
  IconError,
  IconResponse,
  LooseObject,
  NamespacesError,
  NamespacesSearchResponse,
  OrganizationError,
  PutSkillResponse,
  RegistryError,
  ResumeResponse,
  RuntimeLogsError,
  RuntimeLogsResponse,
  Server,
  ServersListError,
  ServersListResponse,
  SkillError,
  SkillResponse,
  SkillsListError,
  SkillsListResponse,
  SmitheryCreateNamespaceResponse,
  SmitheryCreateNamespaceServerResponse,
  SmitheryCreateServerError,
  SmitheryCreateServerResponse,
  SmitheryCreateSkillError,
  SmitheryCreateSkillResponse,
  SmitheryDeleteNamespaceResponse,
  SmitheryDeleteSkillResponse,
  SmitheryError,
  SmitheryRevokeTeamApiKeyResponse,
  SmitherySuccess,
  SmitherySyncSkillResponse,
  SmitheryUpdateServerResponse,
  TeamApiKey,
  TeamApiKeyCreated,
  TokenError,
  ToolList,
  ToolOutputSchemaError,
  ToolOutputSchemaResponse,
  ToolResponse,
  TriggerDefinition,
  TriggerDefinitionList,
  TriggerSubscription,
  UpdateDomainRequest,
  UpdateServerRequest,
  UpsertConnectionRequest,
  ValidationError,
} from "./schemas.js";

/** The arguments of `callTool`. */
export interface CallToolParams {
  /** Pass the value as it is: the client percent-encodes it, `/` included. */
  namespace: string;
  /** Pass the value as it is: the client percent-encodes it, `/` included. */
  connectionId: string;
  /** Pass the value as it is: the client percent-encodes it, `/` included. */
  toolPath: string;
  /** Sent as `application/json`. */
  body: LooseObject;
}

/** The data of a successful `callTool` call. */
export type CallToolResponse = LooseObject;

/** The body of each documented error response of `callTool`, by status. */
export interface CallToolErrors {
  /** Validation error */
  400: ValidationError;
  /** Connection not found */
  404: SmitheryError;
  /** Tool error */
  422: SmitheryError;
}

/** Every way a `callTool` call can fail; switch on `kind`, then on `status`. */
export type CallToolError =
  | HttpError<400, CallToolErrors[400]>
  | HttpError<404, CallToolErrors[404]>
  | HttpError<422, CallToolErrors[422]>
  | UnexpectedStatusError
  | TransportError;

/** What `callTool` resolves to. */
export type CallToolResult = Result<Success<200, CallToolResponse>, CallToolError>;

/**
 * Call tool
 *
 * Invoke a tool with JSON arguments.
 *
 * `POST /connect/{namespace}/{connectionId}/.tools/{toolPath}`
 */
export function callTool(
  client: Client,
  params: CallToolParams,
  options?: RequestOptions,
): Promise<CallToolResult> {
  return sendRequest(
    client,
    params,
    options,
    '{"id":"callTool","method":"POST","path":"/connect/{namespace}/{connectionId}/.tools/{toolPath}","parameters":[{"name":"namespace","write":0},{"name":"connectionId","write":0},{"name":"toolPath","write":0}],"body":{"write":1,"required":true,"contents":[{"mediaType":"application/json","encode":2}]},"responses":{"200":"json","400":"json","404":"json","422":"json"},"accept":"application/json","security":[["bearerAuth"]]}',
    writePathValue,
    writeBody,
    encodeJson,
  );
}

/** The arguments of `checkHealth`. */
export type CheckHealthParams = Record<string, never>;

/** The data of a successful `checkHealth` call. */
export type CheckHealthResponse = Health;

/** The body of each documented error response of `checkHealth`, by status. */
export interface CheckHealthErrors {
  /** Service unhealthy */
  500: HealthError;
}

/** Every way a `checkHealth` call can fail; switch on `kind`, then on `status`. */
export type CheckHealthError =
  | HttpError<500, CheckHealthErrors[500]>
  | UnexpectedStatusError
  | TransportError;

/** What `checkHealth` resolves to. */
export type CheckHealthResult = Result<Success<200, CheckHealthResponse>, CheckHealthError>;

/**
 * Health check
 *
 * Check if the service is running
 *
 * `GET /health`
 */
export function checkHealth(
  client: Client,
  params?: CheckHealthParams,
  options?: RequestOptions,
): Promise<CheckHealthResult> {
  return sendRequest(
    client,
    params,
    options,
    '{"id":"checkHealth","method":"GET","path":"/health","parameters":[],"responses":{"200":"json","500":"json"},"accept":"application/json","security":[["bearerAuth"]]}',
  );
}

/** The arguments of `createConnection`. */
export interface CreateConnectionParams {
  /** Pass the value as it is: the client percent-encodes it, `/` included. */
  namespace: string;
  /** Sent as `application/json`. */
  body?: CreateConnectionRequest;
}

/** The data of a successful `createConnection` call. */
export type CreateConnectionResponse = Connection;

/** The body of each documented error response of `createConnection`, by status. */
export interface CreateConnectionErrors {
  /** Validation error */
  400: ValidationError;
  /** Namespace not found or access denied */
  404: SmitheryError;
}

/** Every way a `createConnection` call can fail; switch on `kind`, then on `status`. */
export type CreateConnectionError =
  | HttpError<400, CreateConnectionErrors[400]>
  | HttpError<404, CreateConnectionErrors[404]>
  | UnexpectedStatusError
  | TransportError;

/** What `createConnection` resolves to. */
export type CreateConnectionResult = Result<
  Success<201, CreateConnectionResponse>,
  CreateConnectionError
>;

/**
 * Create connection
 *
 * Create a new MCP connection with an auto-generated ID. Requires API key and namespace ownership.
 *
 * `POST /connect/{namespace}`
 */
export function createConnection(
  client: Client,
  params: CreateConnectionParams,
  options?: RequestOptions,
): Promise<CreateConnectionResult> {
  return sendRequest(
    client,
    params,
    options,
    '{"id":"createConnection","method":"POST","path":"/connect/{namespace}","parameters":[{"name":"namespace","write":0}],"body":{"write":1,"required":false,"contents":[{"mediaType":"application/json","encode":2}]},"responses":{"201":"json","400":"json","404":"json"},"accept":"application/json","security":[["bearerAuth"]]}',
    writePathValue,
    writeBody,
    encodeJson,
  );
}

/** The arguments of `createNamespace`. */
export interface CreateNamespaceParams {
  /** Pass the value as it is: the client percent-encodes it, `/` included. */
  name: string;
}

/** The data of a successful `createNamespace` call. */
export type CreateNamespaceResponse = SmitheryCreateNamespaceResponse;

/** The body of each documented error response of `createNamespace`, by status. */
export interface CreateNamespaceErrors {
  /** Bad request (invalid name format or user already has a namespace) */
  400: NamespacesError;
  /** Unauthorized */
  401: NamespacesError;
  /** Forbidden - missing namespaces:write permission */
  403: NamespacesError;
  /** Conflict (namespace already exists) */
  409: NamespacesError;
}

/** Every way a `createNamespace` call can fail; switch on `kind`, then on `status`. */
export type CreateNamespaceError =
  | HttpError<400, CreateNamespaceErrors[400]>
  | HttpError<401, CreateNamespaceErrors[401]>
  | HttpError<403, CreateNamespaceErrors[403]>
  | HttpError<409, CreateNamespaceErrors[409]>
  | UnexpectedStatusError
  | TransportError;

/** What `createNamespace` resolves to. */
export type CreateNamespaceResult = Result<
  Success<201, CreateNamespaceResponse>,
  CreateNamespaceError
>;

/**
 * Create a new namespace
 *
 * Create a new namespace owned by the authenticated user or an organization. This endpoint is idempotent - if the namespace already exists and is owned by the user/org, returns success. Pass organizationId in the request body to create an org-owned namespace.
 *
 * `PUT /namespaces/{name}`
 */
export function createNamespace(
  client: Client,
  params: CreateNamespaceParams,
  options?: RequestOptions,
): Promise<CreateNamespaceResult> {
  return sendRequest(
    client,
    params,
    options,
    '{"id":"createNamespace","method":"PUT","path":"/namespaces/{name}","parameters":[{"name":"name","write":0}],"responses":{"201":"json","400":"json","401":"json","403":"json","409":"json"},"accept":"application/json","security":[["bearerAuth"]]}',
    writePathValue,
  );
}

/** The arguments of `createNamespaceServer`. */
export interface CreateNamespaceServerParams {
  /** Pass the value as it is: the client percent-encodes it, `/` included. */
  namespace: string;
  /** Pass the value as it is: the client percent-encodes it, `/` included. */
  server: string;
  /** Sent as `application/json`. */
  body?: CreateServerRequest;
}

/** The data of a successful `createNamespaceServer` call. */
export type CreateNamespaceServerResponse = SmitheryCreateServerResponse;

/** The body of each documented error response of `createNamespaceServer`, by status. */
export interface CreateNamespaceServerErrors {
  /** Bad request (invalid name format) */
  400: SmitheryCreateServerError;
  /** Unauthorized */
  401: SmitheryCreateServerError;
  /** Forbidden (namespace not owned by user or missing servers:write permission) */
  403: SmitheryCreateServerError;
  /** Namespace not found */
  404: SmitheryCreateServerError;
}

/** Every way a `createNamespaceServer` call can fail; switch on `kind`, then on `status`. */
export type CreateNamespaceServerError =
  | HttpError<400, CreateNamespaceServerErrors[400]>
  | HttpError<401, CreateNamespaceServerErrors[401]>
  | HttpError<403, CreateNamespaceServerErrors[403]>
  | HttpError<404, CreateNamespaceServerErrors[404]>
  | UnexpectedStatusError
  | TransportError;

/** What `createNamespaceServer` resolves to. */
export type CreateNamespaceServerResult = Result<
  Success<201, CreateNamespaceServerResponse>,
  CreateNamespaceServerError
>;

/**
 * Create a server under a namespace (deprecated)
 *
 * **Deprecated:** Use PUT /servers/{namespace}/{server} instead. Create a new server under the specified namespace. This endpoint is idempotent.
 *
 * `PUT /namespaces/{namespace}/servers/{server}`
 *
 * @deprecated
 */
export function createNamespaceServer(
  client: Client,
  params: CreateNamespaceServerParams,
  options?: RequestOptions,
): Promise<CreateNamespaceServerResult> {
  return sendRequest(
    client,
    params,
    options,
    '{"id":"createNamespaceServer","method":"PUT","path":"/namespaces/{namespace}/servers/{server}","parameters":[{"name":"namespace","write":0},{"name":"server","write":0}],"body":{"write":1,"required":false,"contents":[{"mediaType":"application/json","encode":2}]},"responses":{"201":"json","400":"json","401":"json","403":"json","404":"json"},"accept":"application/json","security":[["bearerAuth"]]}',
    writePathValue,
    writeBody,
    encodeJson,
  );
}

/** The arguments of `createNamespaceWithGeneratedName`. */
export type CreateNamespaceWithGeneratedNameParams = Record<string, never>;

/** The data of a successful `createNamespaceWithGeneratedName` call. */
export type CreateNamespaceWithGeneratedNameResponse = SmitheryCreateNamespaceResponse;

/** The body of each documented error response of `createNamespaceWithGeneratedName`, by status. */
export interface CreateNamespaceWithGeneratedNameErrors {
  /** Bad request (user already has a namespace) */
  400: NamespacesError;
  /** Unauthorized */
  401: NamespacesError;
  /** Forbidden - missing namespaces:write permission */
  403: NamespacesError;
}

/** Every way a `createNamespaceWithGeneratedName` call can fail; switch on `kind`, then on `status`. */
export type CreateNamespaceWithGeneratedNameError =
  | HttpError<400, CreateNamespaceWithGeneratedNameErrors[400]>
  | HttpError<401, CreateNamespaceWithGeneratedNameErrors[401]>
  | HttpError<403, CreateNamespaceWithGeneratedNameErrors[403]>
  | UnexpectedStatusError
  | TransportError;

/** What `createNamespaceWithGeneratedName` resolves to. */
export type CreateNamespaceWithGeneratedNameResult = Result<
  Success<201, CreateNamespaceWithGeneratedNameResponse>,
  CreateNamespaceWithGeneratedNameError
>;

/**
 * Create a new namespace with generated name
 *
 * Create a new namespace with a server-generated human-readable name, owned by the authenticated user
 *
 * `POST /namespaces`
 */
export function createNamespaceWithGeneratedName(
  client: Client,
  params?: CreateNamespaceWithGeneratedNameParams,
  options?: RequestOptions,
): Promise<CreateNamespaceWithGeneratedNameResult> {
  return sendRequest(
    client,
    params,
    options,
    '{"id":"createNamespaceWithGeneratedName","method":"POST","path":"/namespaces","parameters":[],"responses":{"201":"json","400":"json","401":"json","403":"json"},"accept":"application/json","security":[["bearerAuth"]]}',
  );
}

/** The arguments of `createOrUpdateConnection`. */
export interface CreateOrUpdateConnectionParams {
  /** Pass the value as it is: the client percent-encodes it, `/` included. */
  namespace: string;
  /** Pass the value as it is: the client percent-encodes it, `/` included. */
  connectionId: string;
  /** Sent as `application/json`. */
  body: UpsertConnectionRequest;
}

/** The body of each documented success response of `createOrUpdateConnection`, by status. */
export interface CreateOrUpdateConnectionResponses {
  /** Connection updated */
  200: Connection;
  /** Connection created */
  201: Connection;
}

/** The data of a successful `createOrUpdateConnection` call. */
export type CreateOrUpdateConnectionResponse =
  | CreateOrUpdateConnectionResponses[200]
  | CreateOrUpdateConnectionResponses[201];

/** The body of each documented error response of `createOrUpdateConnection`, by status. */
export interface CreateOrUpdateConnectionErrors {
  /** Validation error */
  400: ValidationError;
  /** Namespace not found or access denied */
  404: SmitheryError;
  /** URL mismatch */
  409: SmitheryError;
}

/** Every way a `createOrUpdateConnection` call can fail; switch on `kind`, then on `status`. */
export type CreateOrUpdateConnectionError =
  | HttpError<400, CreateOrUpdateConnectionErrors[400]>
  | HttpError<404, CreateOrUpdateConnectionErrors[404]>
  | HttpError<409, CreateOrUpdateConnectionErrors[409]>
  | UnexpectedStatusError
  | TransportError;

/** What `createOrUpdateConnection` resolves to. */
export type CreateOrUpdateConnectionResult = Result<
  | Success<200, CreateOrUpdateConnectionResponses[200]>
      | Success<201, CreateOrUpdateConnectionResponses[201]>,
  CreateOrUpdateConnectionError
>;

/**
 * Create or update connection
 *
 * Create or update an MCP connection with the given ID. mcpUrl is required when creating a new connection, but optional when updating. Returns 409 if a different mcpUrl is provided, except while the connection is input_required and the new URL keeps the same host and path.
 *
 * `PUT /connect/{namespace}/{connectionId}`
 */
export function createOrUpdateConnection(
  client: Client,
  params: CreateOrUpdateConnectionParams,
  options?: RequestOptions,
): Promise<CreateOrUpdateConnectionResult> {
  return sendRequest(
    client,
    params,
    options,
    '{"id":"createOrUpdateConnection","method":"PUT","path":"/connect/{namespace}/{connectionId}","parameters":[{"name":"namespace","write":0},{"name":"connectionId","write":0}],"body":{"write":1,"required":true,"contents":[{"mediaType":"application/json","encode":2}]},"responses":{"200":"json","201":"json","400":"json","404":"json","409":"json"},"accept":"application/json","security":[["bearerAuth"]]}',
    writePathValue,
    writeBody,
    encodeJson,
  );
}

/** The arguments of `createOrUpdateSkill`. */
export interface CreateOrUpdateSkillParams {
  /** Pass the value as it is: the client percent-encodes it, `/` included. */
  namespace: string;
  /** Pass the value as it is: the client percent-encodes it, `/` included. */
  slug: string;
  /** Sent as `application/json`. */
  body: unknown;
}

/** The body of each documented success response of `createOrUpdateSkill`, by status. */
export interface CreateOrUpdateSkillResponses {
  /** Skill updated successfully */
  200: PutSkillResponse;
  /** Skill created successfully */
  201: PutSkillResponse;
}

/** The data of a successful `createOrUpdateSkill` call. */
export type CreateOrUpdateSkillResponse =
  | CreateOrUpdateSkillResponses[200]
  | CreateOrUpdateSkillResponses[201];

/** The body of each documented error response of `createOrUpdateSkill`, by status. */
export interface CreateOrUpdateSkillErrors {
  /** Invalid request */
  400: SmitheryCreateSkillError;
  /** Forbidden - user does not own the namespace */
  403: SmitheryCreateSkillError;
  /** Namespace not found or SKILL.md not found */
  404: SmitheryCreateSkillError;
  /** Git URL already claimed by another skill */
  409: SmitheryCreateSkillError;
  /** SKILL.md validation error */
  422: SmitheryCreateSkillError;
}

/** Every way a `createOrUpdateSkill` call can fail; switch on `kind`, then on `status`. */
export type CreateOrUpdateSkillError =
  | HttpError<400, CreateOrUpdateSkillErrors[400]>
  | HttpError<403, CreateOrUpdateSkillErrors[403]>
  | HttpError<404, CreateOrUpdateSkillErrors[404]>
  | HttpError<409, CreateOrUpdateSkillErrors[409]>
  | HttpError<422, CreateOrUpdateSkillErrors[422]>
  | UnexpectedStatusError
  | TransportError;

/** What `createOrUpdateSkill` resolves to. */
export type CreateOrUpdateSkillResult = Result<
  | Success<200, CreateOrUpdateSkillResponses[200]>
      | Success<201, CreateOrUpdateSkillResponses[201]>,
  CreateOrUpdateSkillError
>;

/**
 * Create or update a skill
 *
 * Idempotent endpoint to create or update a GitHub-backed skill. Send application/json with `gitUrl`.
 *
 * `PUT /skills/{namespace}/{slug}`
 */
export function createOrUpdateSkill(
  client: Client,
  params: CreateOrUpdateSkillParams,
  options?: RequestOptions,
): Promise<CreateOrUpdateSkillResult> {
  return sendRequest(
    client,
    params,
    options,
    '{"id":"createOrUpdateSkill","method":"PUT","path":"/skills/{namespace}/{slug}","parameters":[{"name":"namespace","write":0},{"name":"slug","write":0}],"body":{"write":1,"required":true,"contents":[{"mediaType":"application/json","encode":2}]},"responses":{"200":"json","201":"json","400":"json","403":"json","404":"json","409":"json","422":"json"},"accept":"application/json","security":[["bearerAuth"]]}',
    writePathValue,
    writeBody,
    encodeJson,
  );
}

/** The arguments of `createServer`. */
export interface CreateServerParams {
  /**
   * The server's qualified name (e.g. 'namespace/server' or 'namespace' for namespace-only servers). Use %2F to encode the slash.
   *
   * Pass the value as it is: the client percent-encodes it, `/` included.
   */
  qualifiedName: string;
  /** Sent as `application/json`. */
  body?: CreateNamespaceServerRequest;
}

/** The data of a successful `createServer` call. */
export type CreateServerResponse = SmitheryCreateNamespaceServerResponse;

/** The body of each documented error response of `createServer`, by status. */
export interface CreateServerErrors {
  /** Bad request (invalid name format) */
  400: RegistryError;
  /** Unauthorized */
  401: RegistryError;
  /** Forbidden (namespace not owned by user or missing servers:write permission) */
  403: RegistryError;
  /** Namespace not found */
  404: RegistryError;
}

/** Every way a `createServer` call can fail; switch on `kind`, then on `status`. */
export type CreateServerError =
  | HttpError<400, CreateServerErrors[400]>
  | HttpError<401, CreateServerErrors[401]>
  | HttpError<403, CreateServerErrors[403]>
  | HttpError<404, CreateServerErrors[404]>
  | UnexpectedStatusError
  | TransportError;

/** What `createServer` resolves to. */
export type CreateServerResult = Result<Success<201, CreateServerResponse>, CreateServerError>;

/**
 * Create a server
 *
 * Create a new server. Idempotent — returns success if the server already exists and is owned by the caller.
 *
 * `PUT /servers/{qualifiedName}`
 */
export function createServer(
  client: Client,
  params: CreateServerParams,
  options?: RequestOptions,
): Promise<CreateServerResult> {
  return sendRequest(
    client,
    params,
    options,
    '{"id":"createServer","method":"PUT","path":"/servers/{qualifiedName}","parameters":[{"name":"qualifiedName","write":0}],"body":{"write":1,"required":false,"contents":[{"mediaType":"application/json","encode":2}]},"responses":{"201":"json","400":"json","401":"json","403":"json","404":"json"},"accept":"application/json","security":[["bearerAuth"]]}',
    writePathValue,
    writeBody,
    encodeJson,
  );
}

/** The arguments of `createServiceToken`. */
export interface CreateServiceTokenParams {
  /** Sent as `application/json`. */
  body?: CreateTokenRequest;
}

/** The data of a successful `createServiceToken` call. */
export type CreateServiceTokenResponse = CreateTokenResponse;

/** The body of each documented error response of `createServiceToken`, by status. */
export interface CreateServiceTokenErrors {
  /** Bad request (invalid parameters) */
  400: TokenError;
  /** Unauthorized (missing or invalid credentials) */
  401: TokenError;
  /** Forbidden */
  403: TokenError;
}

/** Every way a `createServiceToken` call can fail; switch on `kind`, then on `status`. */
export type CreateServiceTokenError =
  | HttpError<400, CreateServiceTokenErrors[400]>
  | HttpError<401, CreateServiceTokenErrors[401]>
  | HttpError<403, CreateServiceTokenErrors[403]>
  | UnexpectedStatusError
  | TransportError;

/** What `createServiceToken` resolves to. */
export type CreateServiceTokenResult = Result<
  Success<200, CreateServiceTokenResponse>,
  CreateServiceTokenError
>;

/**
 * Create a service token
 *
 * Create a service token for machine-to-machine authentication. Accepts API key or bearer token. Optionally apply restrictions.
 *
 * `POST /tokens`
 */
export function createServiceToken(
  client: Client,
  params?: CreateServiceTokenParams,
  options?: RequestOptions,
): Promise<CreateServiceTokenResult> {
  return sendRequest(
    client,
    params,
    options,
    '{"id":"createServiceToken","method":"POST","path":"/tokens","parameters":[],"body":{"write":0,"required":false,"contents":[{"mediaType":"application/json","encode":1}]},"responses":{"200":"json","400":"json","401":"json","403":"json"},"accept":"application/json","security":[["bearerAuth"]]}',
    writeBody,
    encodeJson,
  );
}

/** The arguments of `createSkill`. */
export interface CreateSkillParams {
  /** Sent as `application/json`. */
  body?: CreateSkillRequest;
}

/** The data of a successful `createSkill` call. */
export type CreateSkillResponse = SmitheryCreateSkillResponse;

/** The body of each documented error response of `createSkill`, by status. */
export interface CreateSkillErrors {
  /** Invalid request */
  400: SmitheryCreateSkillError;
  /** Forbidden - user does not own the namespace */
  403: SmitheryCreateSkillError;
  /** Namespace not found or SKILL.md not found */
  404: SmitheryCreateSkillError;
  /** Skill with this slug or git URL already exists */
  409: SmitheryCreateSkillError;
}

/** Every way a `createSkill` call can fail; switch on `kind`, then on `status`. */
export type CreateSkillError =
  | HttpError<400, CreateSkillErrors[400]>
  | HttpError<403, CreateSkillErrors[403]>
  | HttpError<404, CreateSkillErrors[404]>
  | HttpError<409, CreateSkillErrors[409]>
  | UnexpectedStatusError
  | TransportError;

/** What `createSkill` resolves to. */
export type CreateSkillResult = Result<Success<200, CreateSkillResponse>, CreateSkillError>;

/**
 * Create a new skill (deprecated)
 *
 * **Deprecated:** Use PUT /skills/{namespace}/{slug} instead. Create a new skill by linking a GitHub repository containing a SKILL.md file.
 *
 * `POST /skills`
 *
 * @deprecated
 */
export function createSkill(
  client: Client,
  params?: CreateSkillParams,
  options?: RequestOptions,
): Promise<CreateSkillResult> {
  return sendRequest(
    client,
    params,
    options,
    '{"id":"createSkill","method":"POST","path":"/skills","parameters":[],"body":{"write":0,"required":false,"contents":[{"mediaType":"application/json","encode":1}]},"responses":{"200":"json","400":"json","403":"json","404":"json","409":"json"},"accept":"application/json","security":[["bearerAuth"]]}',
    writeBody,
    encodeJson,
  );
}

/** The arguments of `createTeamApiKey`. */
export interface CreateTeamApiKeyParams {
  /** Pass the value as it is: the client percent-encodes it, `/` included. */
  orgId: string;
  /** Sent as `application/json`. */
  body?: CreateTeamApiKeyBody;
}

/** The data of a successful `createTeamApiKey` call. */
export type CreateTeamApiKeyResponse = TeamApiKeyCreated;

/** The body of each documented error response of `createTeamApiKey`, by status. */
export interface CreateTeamApiKeyErrors {
  /** Bad request */
  400: OrganizationError;
  /** Unauthorized */
  401: OrganizationError;
  /** Forbidden — user is not an admin */
  403: OrganizationError;
}

/** Every way a `createTeamApiKey` call can fail; switch on `kind`, then on `status`. */
export type CreateTeamApiKeyError =
  | HttpError<400, CreateTeamApiKeyErrors[400]>
  | HttpError<401, CreateTeamApiKeyErrors[401]>
  | HttpError<403, CreateTeamApiKeyErrors[403]>
  | UnexpectedStatusError
  | TransportError;

/** What `createTeamApiKey` resolves to. */
export type CreateTeamApiKeyResult = Result<
  Success<201, CreateTeamApiKeyResponse>,
  CreateTeamApiKeyError
>;

/**
 * Create a team API key
 *
 * Creates an API key owned by the organization. Requires admin role.
 *
 * `POST /organizations/{orgId}/api-keys`
 */
export function createTeamApiKey(
  client: Client,
  params: CreateTeamApiKeyParams,
  options?: RequestOptions,
): Promise<CreateTeamApiKeyResult> {
  return sendRequest(
    client,
    params,
    options,
    '{"id":"createTeamApiKey","method":"POST","path":"/organizations/{orgId}/api-keys","parameters":[{"name":"orgId","write":0}],"body":{"write":1,"required":false,"contents":[{"mediaType":"application/json","encode":2}]},"responses":{"201":"json","400":"json","401":"json","403":"json"},"accept":"application/json","security":[["bearerAuth"]]}',
    writePathValue,
    writeBody,
    encodeJson,
  );
}

/** The arguments of `deleteConnection`. */
export interface DeleteConnectionParams {
  /** Pass the value as it is: the client percent-encodes it, `/` included. */
  namespace: string;
  /** Pass the value as it is: the client percent-encodes it, `/` included. */
  connectionId: string;
}

/** The data of a successful `deleteConnection` call. */
export type DeleteConnectionResponse = SmitherySuccess;

/** The body of each documented error response of `deleteConnection`, by status. */
export interface DeleteConnectionErrors {
  /** Bad request */
  400: SmitheryError;
  /** Namespace or connection not found */
  404: SmitheryError;
}

/** Every way a `deleteConnection` call can fail; switch on `kind`, then on `status`. */
export type DeleteConnectionError =
  | HttpError<400, DeleteConnectionErrors[400]>
  | HttpError<404, DeleteConnectionErrors[404]>
  | UnexpectedStatusError
  | TransportError;

/** What `deleteConnection` resolves to. */
export type DeleteConnectionResult = Result<
  Success<200, DeleteConnectionResponse>,
  DeleteConnectionError
>;

/**
 * Delete connection
 *
 * Delete a connection and terminate its MCP session. Requires API key and namespace ownership.
 *
 * `DELETE /connect/{namespace}/{connectionId}`
 */
export function deleteConnection(
  client: Client,
  params: DeleteConnectionParams,
  options?: RequestOptions,
): Promise<DeleteConnectionResult> {
  return sendRequest(
    client,
    params,
    options,
    '{"id":"deleteConnection","method":"DELETE","path":"/connect/{namespace}/{connectionId}","parameters":[{"name":"namespace","write":0},{"name":"connectionId","write":0}],"responses":{"200":"json","400":"json","404":"json"},"accept":"application/json","security":[["bearerAuth"]]}',
    writePathValue,
  );
}

/** The arguments of `deleteNamespace`. */
export interface DeleteNamespaceParams {
  /** Pass the value as it is: the client percent-encodes it, `/` included. */
  name: string;
}

/** The data of a successful `deleteNamespace` call. */
export type DeleteNamespaceResponse = SmitheryDeleteNamespaceResponse;

/** The body of each documented error response of `deleteNamespace`, by status. */
export interface DeleteNamespaceErrors {
  /** Unauthorized */
  401: NamespacesError;
  /** Forbidden - user does not own this namespace */
  403: NamespacesError;
  /** Namespace not found */
  404: NamespacesError;
  /** Conflict - namespace contains servers that must be deleted first */
  409: NamespacesError;
}

/** Every way a `deleteNamespace` call can fail; switch on `kind`, then on `status`. */
export type DeleteNamespaceError =
  | HttpError<401, DeleteNamespaceErrors[401]>
  | HttpError<403, DeleteNamespaceErrors[403]>
  | HttpError<404, DeleteNamespaceErrors[404]>
  | HttpError<409, DeleteNamespaceErrors[409]>
  | UnexpectedStatusError
  | TransportError;

/** What `deleteNamespace` resolves to. */
export type DeleteNamespaceResult = Result<
  Success<200, DeleteNamespaceResponse>,
  DeleteNamespaceError
>;

/**
 * Delete a namespace
 *
 * Delete a namespace owned by the authenticated user. The namespace must not contain any servers. Skills and connections in the namespace will be deleted automatically.
 *
 * `DELETE /namespaces/{name}`
 */
export function deleteNamespace(
  client: Client,
  params: DeleteNamespaceParams,
  options?: RequestOptions,
): Promise<DeleteNamespaceResult> {
  return sendRequest(
    client,
    params,
    options,
    '{"id":"deleteNamespace","method":"DELETE","path":"/namespaces/{name}","parameters":[{"name":"name","write":0}],"responses":{"200":"json","401":"json","403":"json","404":"json","409":"json"},"accept":"application/json","security":[["bearerAuth"]]}',
    writePathValue,
  );
}

/** The arguments of `deleteSecret`. */
export interface DeleteSecretParams {
  /**
   * The server's qualified name (e.g. 'namespace/server' or 'namespace' for namespace-only servers). Use %2F to encode the slash.
   *
   * Pass the value as it is: the client percent-encodes it, `/` included.
   */
  qualifiedName: string;
  /** Pass the value as it is: the client percent-encodes it, `/` included. */
  secretName: string;
}

/** The data of a successful `deleteSecret` call. */
export type DeleteSecretResponse = {
  success: boolean;
};

/** The body of each documented error response of `deleteSecret`, by status. */
export interface DeleteSecretErrors {
  /** Server not found */
  404: {
      /** @example Server not found */
      error: string;
    };
}

/** Every way a `deleteSecret` call can fail; switch on `kind`, then on `status`. */
export type DeleteSecretError =
  | HttpError<404, DeleteSecretErrors[404]>
  | UnexpectedStatusError
  | TransportError;

/** What `deleteSecret` resolves to. */
export type DeleteSecretResult = Result<Success<200, DeleteSecretResponse>, DeleteSecretError>;

/**
 * Delete a secret
 *
 * Remove a secret by name.
 *
 * `DELETE /servers/{qualifiedName}/secrets/{secretName}`
 */
export function deleteSecret(
  client: Client,
  params: DeleteSecretParams,
  options?: RequestOptions,
): Promise<DeleteSecretResult> {
  return sendRequest(
    client,
    params,
    options,
    '{"id":"deleteSecret","method":"DELETE","path":"/servers/{qualifiedName}/secrets/{secretName}","parameters":[{"name":"qualifiedName","write":0},{"name":"secretName","write":0}],"responses":{"200":"json","404":"json"},"accept":"application/json","security":[["bearerAuth"]]}',
    writePathValue,
  );
}

/** The arguments of `deleteServer`. */
export interface DeleteServerParams {
  /**
   * The server's qualified name (e.g. 'namespace/server' or 'namespace' for namespace-only servers). Use %2F to encode the slash.
   *
   * Pass the value as it is: the client percent-encodes it, `/` included.
   */
  qualifiedName: string;
}

/** The data of a successful `deleteServer` call. */
export type DeleteServerResponse = DeleteSuccess;

/** The body of each documented error response of `deleteServer`, by status. */
export interface DeleteServerErrors {
  /** Server not found or not owned by user */
  404: RegistryError;
}

/** Every way a `deleteServer` call can fail; switch on `kind`, then on `status`. */
export type DeleteServerError =
  | HttpError<404, DeleteServerErrors[404]>
  | UnexpectedStatusError
  | TransportError;

/** What `deleteServer` resolves to. */
export type DeleteServerResult = Result<Success<200, DeleteServerResponse>, DeleteServerError>;

/**
 * Delete a server
 *
 * Permanently delete a server, its releases, and associated resources.
 *
 * `DELETE /servers/{qualifiedName}`
 */
export function deleteServer(
  client: Client,
  params: DeleteServerParams,
  options?: RequestOptions,
): Promise<DeleteServerResult> {
  return sendRequest(
    client,
    params,
    options,
    '{"id":"deleteServer","method":"DELETE","path":"/servers/{qualifiedName}","parameters":[{"name":"qualifiedName","write":0}],"responses":{"200":"json","404":"json"},"accept":"application/json","security":[["bearerAuth"]]}',
    writePathValue,
  );
}

/** The arguments of `deleteServerIcon`. */
export interface DeleteServerIconParams {
  /**
   * The server's qualified name (e.g. 'namespace/server' or 'namespace' for namespace-only servers). Use %2F to encode the slash.
   *
   * Pass the value as it is: the client percent-encodes it, `/` included.
   */
  qualifiedName: string;
}

/** The data of a successful `deleteServerIcon` call. */
export type DeleteServerIconResponse = IconDeleteResponse;

/** The body of each documented error response of `deleteServerIcon`, by status. */
export interface DeleteServerIconErrors {
  /** Forbidden (user doesn't own server) */
  403: IconError;
  /** Server not found */
  404: IconError;
}

/** Every way a `deleteServerIcon` call can fail; switch on `kind`, then on `status`. */
export type DeleteServerIconError =
  | HttpError<403, DeleteServerIconErrors[403]>
  | HttpError<404, DeleteServerIconErrors[404]>
  | UnexpectedStatusError
  | TransportError;

/** What `deleteServerIcon` resolves to. */
export type DeleteServerIconResult = Result<
  Success<200, DeleteServerIconResponse>,
  DeleteServerIconError
>;

/**
 * Delete server icon
 *
 * Remove the server's icon.
 *
 * `DELETE /servers/{qualifiedName}/icon`
 */
export function deleteServerIcon(
  client: Client,
  params: DeleteServerIconParams,
  options?: RequestOptions,
): Promise<DeleteServerIconResult> {
  return sendRequest(
    client,
    params,
    options,
    '{"id":"deleteServerIcon","method":"DELETE","path":"/servers/{qualifiedName}/icon","parameters":[{"name":"qualifiedName","write":0}],"responses":{"200":"json","403":"json","404":"json"},"accept":"application/json","security":[["bearerAuth"]]}',
    writePathValue,
  );
}

/** The arguments of `deleteSkill`. */
export interface DeleteSkillParams {
  /** Pass the value as it is: the client percent-encodes it, `/` included. */
  namespace: string;
  /** Pass the value as it is: the client percent-encodes it, `/` included. */
  slug: string;
}

/** The data of a successful `deleteSkill` call. */
export type DeleteSkillResponse = SmitheryDeleteSkillResponse;

/** The body of each documented error response of `deleteSkill`, by status. */
export interface DeleteSkillErrors {
  /** Forbidden - user does not own the namespace */
  403: SkillError;
  /** Skill not found */
  404: SkillError;
}

/** Every way a `deleteSkill` call can fail; switch on `kind`, then on `status`. */
export type DeleteSkillError =
  | HttpError<403, DeleteSkillErrors[403]>
  | HttpError<404, DeleteSkillErrors[404]>
  | UnexpectedStatusError
  | TransportError;

/** What `deleteSkill` resolves to. */
export type DeleteSkillResult = Result<Success<200, DeleteSkillResponse>, DeleteSkillError>;

/**
 * Delete a skill
 *
 * Delete a skill by namespace and slug. Requires ownership of the namespace.
 *
 * `DELETE /skills/{namespace}/{slug}`
 */
export function deleteSkill(
  client: Client,
  params: DeleteSkillParams,
  options?: RequestOptions,
): Promise<DeleteSkillResult> {
  return sendRequest(
    client,
    params,
    options,
    '{"id":"deleteSkill","method":"DELETE","path":"/skills/{namespace}/{slug}","parameters":[{"name":"namespace","write":0},{"name":"slug","write":0}],"responses":{"200":"json","403":"json","404":"json"},"accept":"application/json","security":[["bearerAuth"]]}',
    writePathValue,
  );
}

/** The arguments of `downloadServerBundle`. */
export interface DownloadServerBundleParams {
  /**
   * The server's qualified name (e.g. 'namespace/server' or 'namespace' for namespace-only servers). Use %2F to encode the slash.
   *
   * Pass the value as it is: the client percent-encodes it, `/` included.
   */
  qualifiedName: string;
}

/** The data of a successful `downloadServerBundle` call. */
export type DownloadServerBundleResponse = Blob;

/** The body of each documented error response of `downloadServerBundle`, by status. */
export interface DownloadServerBundleErrors {
  /** Bundle not found */
  404: BundleDownloadError;
}

/** Every way a `downloadServerBundle` call can fail; switch on `kind`, then on `status`. */
export type DownloadServerBundleError =
  | HttpError<404, DownloadServerBundleErrors[404]>
  | UnexpectedStatusError
  | TransportError;

/** What `downloadServerBundle` resolves to. */
export type DownloadServerBundleResult = Result<
  Success<200, DownloadServerBundleResponse>,
  DownloadServerBundleError
>;

/** What `downloadServerBundle` resolves to with `download: 'stream'`: the binary body unread, as a stream of bytes. */
export type DownloadServerBundleStreamResult = Result<Success<200, ReadableStream<Uint8Array>>, DownloadServerBundleError>;

/**
 * Download server bundle
 *
 * Download the MCPB bundle for the latest successful stdio release.
 *
 * `GET /servers/{qualifiedName}/download`
 *
 * Pass `download: 'stream'` in the options to take the body as a `ReadableStream` of bytes instead of a `Blob`.
 */
export function downloadServerBundle(
  client: Client,
  params: DownloadServerBundleParams,
  options: RequestOptions & { download: "stream" },
): Promise<DownloadServerBundleStreamResult>;
/**
 * Download server bundle
 *
 * Download the MCPB bundle for the latest successful stdio release.
 *
 * `GET /servers/{qualifiedName}/download`
 *
 * Pass `download: 'stream'` in the options to take the body as a `ReadableStream` of bytes instead of a `Blob`.
 */
export function downloadServerBundle(
  client: Client,
  params: DownloadServerBundleParams,
  options?: RequestOptions,
): Promise<DownloadServerBundleResult>;
export function downloadServerBundle(
  client: Client,
  params: DownloadServerBundleParams,
  options?: RequestOptions,
): Promise<DownloadServerBundleResult | DownloadServerBundleStreamResult> {
  return sendRequest(
    client,
    params,
    options,
    '{"id":"downloadServerBundle","method":"GET","path":"/servers/{qualifiedName}/download","parameters":[{"name":"qualifiedName","write":0}],"responses":{"200":"blob","404":"json"},"accept":"application/json, application/zip","security":[["bearerAuth"]],"streams":{"200":["bytes"]},"stream":1}',
    writePathValue,
    readStream,
  );
}

/** The arguments of `downloadSkillBundle`. */
export interface DownloadSkillBundleParams {
  /** Pass the value as it is: the client percent-encodes it, `/` included. */
  namespace: string;
  /** Pass the value as it is: the client percent-encodes it, `/` included. */
  slug: string;
}

/** The data of a successful `downloadSkillBundle` call. */
export type DownloadSkillBundleResponse = Blob;

/** The body of each documented error response of `downloadSkillBundle`, by status. */
export interface DownloadSkillBundleErrors {
  /** Skill not found */
  404: SkillError;
}

/** Every way a `downloadSkillBundle` call can fail; switch on `kind`, then on `status`. */
export type DownloadSkillBundleError =
  | HttpError<404, DownloadSkillBundleErrors[404]>
  | UnexpectedStatusError
  | TransportError;

/** What `downloadSkillBundle` resolves to. */
export type DownloadSkillBundleResult = Result<
  Success<200, DownloadSkillBundleResponse>,
  DownloadSkillBundleError
>;

/** What `downloadSkillBundle` resolves to with `download: 'stream'`: the binary body unread, as a stream of bytes. */
export type DownloadSkillBundleStreamResult = Result<Success<200, ReadableStream<Uint8Array>>, DownloadSkillBundleError>;

/**
 * Download skill bundle
 *
 * Download a ZIP bundle containing all skill files.
 *
 * `GET /skills/{namespace}/{slug}/download`
 *
 * Pass `download: 'stream'` in the options to take the body as a `ReadableStream` of bytes instead of a `Blob`.
 */
export function downloadSkillBundle(
  client: Client,
  params: DownloadSkillBundleParams,
  options: RequestOptions & { download: "stream" },
): Promise<DownloadSkillBundleStreamResult>;
/**
 * Download skill bundle
 *
 * Download a ZIP bundle containing all skill files.
 *
 * `GET /skills/{namespace}/{slug}/download`
 *
 * Pass `download: 'stream'` in the options to take the body as a `ReadableStream` of bytes instead of a `Blob`.
 */
export function downloadSkillBundle(
  client: Client,
  params: DownloadSkillBundleParams,
  options?: RequestOptions,
): Promise<DownloadSkillBundleResult>;
export function downloadSkillBundle(
  client: Client,
  params: DownloadSkillBundleParams,
  options?: RequestOptions,
): Promise<DownloadSkillBundleResult | DownloadSkillBundleStreamResult> {
  return sendRequest(
    client,
    params,
    options,
    '{"id":"downloadSkillBundle","method":"GET","path":"/skills/{namespace}/{slug}/download","parameters":[{"name":"namespace","write":0},{"name":"slug","write":0}],"responses":{"200":"blob","404":"json"},"accept":"application/json, application/zip","security":[["bearerAuth"]],"streams":{"200":["bytes"]},"stream":1}',
    writePathValue,
    readStream,
  );
}

/** The arguments of `getConnection`. */
export interface GetConnectionParams {
  /** Pass the value as it is: the client percent-encodes it, `/` included. */
  namespace: string;
  /** Pass the value as it is: the client percent-encodes it, `/` included. */
  connectionId: string;
}

/** The data of a successful `getConnection` call. */
export type GetConnectionResponse = Connection;

/** The body of each documented error response of `getConnection`, by status. */
export interface GetConnectionErrors {
  /** Bad request */
  400: SmitheryError;
  /** Connection not found */
  404: SmitheryError;
}

/** Every way a `getConnection` call can fail; switch on `kind`, then on `status`. */
export type GetConnectionError =
  | HttpError<400, GetConnectionErrors[400]>
  | HttpError<404, GetConnectionErrors[404]>
  | UnexpectedStatusError
  | TransportError;

/** What `getConnection` resolves to. */
export type GetConnectionResult = Result<Success<200, GetConnectionResponse>, GetConnectionError>;

/**
 * Get connection
 *
 * Get details for a specific connection. Requires service token with connections:read scope.
 *
 * `GET /connect/{namespace}/{connectionId}`
 */
export function getConnection(
  client: Client,
  params: GetConnectionParams,
  options?: RequestOptions,
): Promise<GetConnectionResult> {
  return sendRequest(
    client,
    params,
    options,
    '{"id":"getConnection","method":"GET","path":"/connect/{namespace}/{connectionId}","parameters":[{"name":"namespace","write":0},{"name":"connectionId","write":0}],"responses":{"200":"json","400":"json","404":"json"},"accept":"application/json","security":[["bearerAuth"]]}',
    writePathValue,
  );
}

/** The arguments of `getRelease`. */
export interface GetReleaseParams {
  /**
   * The server's qualified name (e.g. 'namespace/server' or 'namespace' for namespace-only servers). Use %2F to encode the slash.
   *
   * Pass the value as it is: the client percent-encodes it, `/` included.
   */
  qualifiedName: string;
  /** Pass the value as it is: the client percent-encodes it, `/` included. */
  id: string;
}

/** The data of a successful `getRelease` call. */
export type GetReleaseResponse = DeploymentInfo;

/** The body of each documented error response of `getRelease`, by status. */
export interface GetReleaseErrors {
  /** Server or release not found */
  404: DeploymentError;
}

/** Every way a `getRelease` call can fail; switch on `kind`, then on `status`. */
export type GetReleaseError =
  | HttpError<404, GetReleaseErrors[404]>
  | UnexpectedStatusError
  | TransportError;

/** What `getRelease` resolves to. */
export type GetReleaseResult = Result<Success<200, GetReleaseResponse>, GetReleaseError>;

/**
 * Get a release
 *
 * Retrieve release details including status, git metadata, pipeline logs, and MCP endpoint URL.
 *
 * `GET /servers/{qualifiedName}/releases/{id}`
 */
export function getRelease(
  client: Client,
  params: GetReleaseParams,
  options?: RequestOptions,
): Promise<GetReleaseResult> {
  return sendRequest(
    client,
    params,
    options,
    '{"id":"getRelease","method":"GET","path":"/servers/{qualifiedName}/releases/{id}","parameters":[{"name":"qualifiedName","write":0},{"name":"id","write":0}],"responses":{"200":"json","404":"json"},"accept":"application/json","security":[["bearerAuth"]]}',
    writePathValue,
  );
}

/** The arguments of `getServer`. */
export interface GetServerParams {
  /**
   * The server's qualified name (e.g. 'namespace/server' or 'namespace' for namespace-only servers). Use %2F to encode the slash.
   *
   * Pass the value as it is: the client percent-encodes it, `/` included.
   */
  qualifiedName: string;
}

/** The data of a successful `getServer` call. */
export type GetServerResponse = Server;

/** The body of each documented error response of `getServer`, by status. */
export interface GetServerErrors {
  /** Server or namespace not found */
  404: RegistryError;
}

/** Every way a `getServer` call can fail; switch on `kind`, then on `status`. */
export type GetServerError =
  | HttpError<404, GetServerErrors[404]>
  | UnexpectedStatusError
  | TransportError;

/** What `getServer` resolves to. */
export type GetServerResult = Result<Success<200, GetServerResponse>, GetServerError>;

/**
 * Get a server
 *
 * Retrieve server details including connections, tools, and security status.
 *
 * `GET /servers/{qualifiedName}`
 */
export function getServer(
  client: Client,
  params: GetServerParams,
  options?: RequestOptions,
): Promise<GetServerResult> {
  return sendRequest(
    client,
    params,
    options,
    '{"id":"getServer","method":"GET","path":"/servers/{qualifiedName}","parameters":[{"name":"qualifiedName","write":0}],"responses":{"200":"json","404":"json"},"accept":"application/json","security":[["bearerAuth"]]}',
    writePathValue,
  );
}

/** The arguments of `getServerIcon`. */
export interface GetServerIconParams {
  /**
   * The server's qualified name (e.g. 'namespace/server' or 'namespace' for namespace-only servers). Use %2F to encode the slash.
   *
   * Pass the value as it is: the client percent-encodes it, `/` included.
   */
  qualifiedName: string;
}

/** The data of a successful `getServerIcon` call. */
export type GetServerIconResponse = Blob;

/** The body of each documented error response of `getServerIcon`, by status. */
export interface GetServerIconErrors {
  /** No icon found */
  404: IconError;
}

/** Every way a `getServerIcon` call can fail; switch on `kind`, then on `status`. */
export type GetServerIconError =
  | HttpError<404, GetServerIconErrors[404]>
  | UnexpectedStatusError
  | TransportError;

/** What `getServerIcon` resolves to. */
export type GetServerIconResult = Result<Success<200, GetServerIconResponse>, GetServerIconError>;

/** What `getServerIcon` resolves to with `download: 'stream'`: the binary body unread, as a stream of bytes. */
export type GetServerIconStreamResult = Result<Success<200, ReadableStream<Uint8Array>>, GetServerIconError>;

/**
 * Get server icon
 *
 * Retrieve the server's icon image. Returns the image directly with appropriate content type.
 *
 * `GET /servers/{qualifiedName}/icon`
 *
 * Pass `download: 'stream'` in the options to take the body as a `ReadableStream` of bytes instead of a `Blob`.
 */
export function getServerIcon(
  client: Client,
  params: GetServerIconParams,
  options: RequestOptions & { download: "stream" },
): Promise<GetServerIconStreamResult>;
/**
 * Get server icon
 *
 * Retrieve the server's icon image. Returns the image directly with appropriate content type.
 *
 * `GET /servers/{qualifiedName}/icon`
 *
 * Pass `download: 'stream'` in the options to take the body as a `ReadableStream` of bytes instead of a `Blob`.
 */
export function getServerIcon(
  client: Client,
  params: GetServerIconParams,
  options?: RequestOptions,
): Promise<GetServerIconResult>;
export function getServerIcon(
  client: Client,
  params: GetServerIconParams,
  options?: RequestOptions,
): Promise<GetServerIconResult | GetServerIconStreamResult> {
  return sendRequest(
    client,
    params,
    options,
    '{"id":"getServerIcon","method":"GET","path":"/servers/{qualifiedName}/icon","parameters":[{"name":"qualifiedName","write":0}],"responses":{"200":"blob","404":"json"},"accept":"application/json, image/*","security":[["bearerAuth"]],"streams":{"200":["bytes"]},"stream":1}',
    writePathValue,
    readStream,
  );
}

/** The arguments of `getSkill`. */
export interface GetSkillParams {
  /** Pass the value as it is: the client percent-encodes it, `/` included. */
  namespace: string;
  /** Pass the value as it is: the client percent-encodes it, `/` included. */
  slug: string;
}

/** The data of a successful `getSkill` call. */
export type GetSkillResponse = SkillResponse;

/** The body of each documented error response of `getSkill`, by status. */
export interface GetSkillErrors {
  /** Skill not found */
  404: SkillError;
}

/** Every way a `getSkill` call can fail; switch on `kind`, then on `status`. */
export type GetSkillError =
  | HttpError<404, GetSkillErrors[404]>
  | UnexpectedStatusError
  | TransportError;

/** What `getSkill` resolves to. */
export type GetSkillResult = Result<Success<200, GetSkillResponse>, GetSkillError>;

/**
 * Get a skill
 *
 * Get a single skill by its namespace and slug.
 *
 * `GET /skills/{namespace}/{slug}`
 */
export function getSkill(
  client: Client,
  params: GetSkillParams,
  options?: RequestOptions,
): Promise<GetSkillResult> {
  return sendRequest(
    client,
    params,
    options,
    '{"id":"getSkill","method":"GET","path":"/skills/{namespace}/{slug}","parameters":[{"name":"namespace","write":0},{"name":"slug","write":0}],"responses":{"200":"json","404":"json"},"accept":"application/json","security":[["bearerAuth"]]}',
    writePathValue,
  );
}

/** The arguments of `getTool`. */
export interface GetToolParams {
  /** Pass the value as it is: the client percent-encodes it, `/` included. */
  namespace: string;
  /** Pass the value as it is: the client percent-encodes it, `/` included. */
  connectionId: string;
  /** Pass the value as it is: the client percent-encodes it, `/` included. */
  toolPath: string;
}

/** The data of a successful `getTool` call. */
export type GetToolResponse = ToolResponse;

/** The body of each documented error response of `getTool`, by status. */
export interface GetToolErrors {
  /** Connection or tool not found */
  404: SmitheryError;
}

/** Every way a `getTool` call can fail; switch on `kind`, then on `status`. */
export type GetToolError =
  | HttpError<404, GetToolErrors[404]>
  | UnexpectedStatusError
  | TransportError;

/** What `getTool` resolves to. */
export type GetToolResult = Result<Success<200, GetToolResponse>, GetToolError>;

/**
 * Get tool
 *
 * Get one tool or list tools under a slash-separated category.
 *
 * `GET /connect/{namespace}/{connectionId}/.tools/{toolPath}`
 */
export function getTool(
  client: Client,
  params: GetToolParams,
  options?: RequestOptions,
): Promise<GetToolResult> {
  return sendRequest(
    client,
    params,
    options,
    '{"id":"getTool","method":"GET","path":"/connect/{namespace}/{connectionId}/.tools/{toolPath}","parameters":[{"name":"namespace","write":0},{"name":"connectionId","write":0},{"name":"toolPath","write":0}],"responses":{"200":"json","404":"json"},"accept":"application/json","security":[["bearerAuth"]]}',
    writePathValue,
  );
}

/** The arguments of `getTrigger`. */
export interface GetTriggerParams {
  /** Pass the value as it is: the client percent-encodes it, `/` included. */
  namespace: string;
  /** Pass the value as it is: the client percent-encodes it, `/` included. */
  connectionId: string;
  /** Pass the value as it is: the client percent-encodes it, `/` included. */
  triggerName: string;
}

/** The data of a successful `getTrigger` call. */
export type GetTriggerResponse = TriggerDefinition;

/** The body of each documented error response of `getTrigger`, by status. */
export interface GetTriggerErrors {
  /** Trigger not found */
  404: SmitheryError;
}

/** Every way a `getTrigger` call can fail; switch on `kind`, then on `status`. */
export type GetTriggerError =
  | HttpError<404, GetTriggerErrors[404]>
  | UnexpectedStatusError
  | TransportError;

/** What `getTrigger` resolves to. */
export type GetTriggerResult = Result<Success<200, GetTriggerResponse>, GetTriggerError>;

/**
 * Get trigger
 *
 * Get the schema for a single trigger type.
 *
 * `GET /connect/{namespace}/{connectionId}/.triggers/{triggerName}`
 */
export function getTrigger(
  client: Client,
  params: GetTriggerParams,
  options?: RequestOptions,
): Promise<GetTriggerResult> {
  return sendRequest(
    client,
    params,
    options,
    '{"id":"getTrigger","method":"GET","path":"/connect/{namespace}/{connectionId}/.triggers/{triggerName}","parameters":[{"name":"namespace","write":0},{"name":"connectionId","write":0},{"name":"triggerName","write":0}],"responses":{"200":"json","404":"json"},"accept":"application/json","security":[["bearerAuth"]]}',
    writePathValue,
  );
}

/** The arguments of `inferToolOutputSchema`. */
export interface InferToolOutputSchemaParams {
  /**
   * The server's qualified name (e.g. 'namespace/server' or 'namespace' for namespace-only servers). Use %2F to encode the slash.
   *
   * Pass the value as it is: the client percent-encodes it, `/` included.
   */
  qualifiedName: string;
  /** Pass the value as it is: the client percent-encodes it, `/` included. */
  toolName: string;
}

/** The data of a successful `inferToolOutputSchema` call. */
export type InferToolOutputSchemaResponse = ToolOutputSchemaResponse;

/** The body of each documented error response of `inferToolOutputSchema`, by status. */
export interface InferToolOutputSchemaErrors {
  /** Unauthorized */
  401: ToolOutputSchemaError;
  /** Forbidden */
  403: ToolOutputSchemaError;
  /** No output samples found */
  404: ToolOutputSchemaError;
  /** Tinybird is not configured */
  503: ToolOutputSchemaError;
}

/** Every way a `inferToolOutputSchema` call can fail; switch on `kind`, then on `status`. */
export type InferToolOutputSchemaError =
  | HttpError<401, InferToolOutputSchemaErrors[401]>
  | HttpError<403, InferToolOutputSchemaErrors[403]>
  | HttpError<404, InferToolOutputSchemaErrors[404]>
  | HttpError<503, InferToolOutputSchemaErrors[503]>
  | UnexpectedStatusError
  | TransportError;

/** What `inferToolOutputSchema` resolves to. */
export type InferToolOutputSchemaResult = Result<
  Success<200, InferToolOutputSchemaResponse>,
  InferToolOutputSchemaError
>;

/**
 * Infer a tool output schema
 *
 * Infer a best-effort Zod schema from recent successful Tinybird tool outputs. All discovered object fields are marked optional.
 *
 * `GET /servers/{qualifiedName}/experimental/tools/{toolName}/output-schema`
 */
export function inferToolOutputSchema(
  client: Client,
  params: InferToolOutputSchemaParams,
  options?: RequestOptions,
): Promise<InferToolOutputSchemaResult> {
  return sendRequest(
    client,
    params,
    options,
    '{"id":"inferToolOutputSchema","method":"GET","path":"/servers/{qualifiedName}/experimental/tools/{toolName}/output-schema","parameters":[{"name":"qualifiedName","write":0},{"name":"toolName","write":0}],"responses":{"200":"json","401":"json","403":"json","404":"json","503":"json"},"accept":"application/json","security":[["bearerAuth"]]}',
    writePathValue,
  );
}

/** The arguments of `listConnections`. */
export interface ListConnectionsParams {
  /** Pass the value as it is: the client percent-encodes it, `/` included. */
  namespace: string;
  /** Maximum number of items to return (default 100, max 100) */
  limit?: number;
  /** Pagination cursor from previous response's nextCursor */
  cursor?: string;
  /** Filter by exact connection name */
  name?: string;
  /** Filter by exact MCP server URL */
  mcpUrl?: string;
}

/** The data of a successful `listConnections` call. */
export type ListConnectionsResponse = ConnectionsListResponse;

/** One item of the list `listConnections` pages through (`connections` of each page). */
export type ListConnectionsItem = NonNullable<ListConnectionsResponse["connections"]>[number];

/** The body of each documented error response of `listConnections`, by status. */
export interface ListConnectionsErrors {
  /** Bad request */
  400: SmitheryError;
}

/** Every way a `listConnections` call can fail; switch on `kind`, then on `status`. */
export type ListConnectionsError =
  | HttpError<400, ListConnectionsErrors[400]>
  | UnexpectedStatusError
  | TransportError;

/** What `listConnections` resolves to. */
export type ListConnectionsResult = Result<
  Page<200, ListConnectionsResponse, ListConnectionsItem>,
  ListConnectionsError
>;

/**
 * List connections
 *
 * List all connections in a namespace. Supports filtering by metadata using `metadata.{key}={value}` query params.
 *
 * `GET /connect/{namespace}`
 *
 * Returns one page of a list (cursor (cursor ← nextCursor; items in connections)): `paginate(listConnections, client, params)` iterates every item, `pages(…)` every page.
 */
export function listConnections(
  client: Client,
  params: ListConnectionsParams,
  options?: RequestOptions,
): Promise<ListConnectionsResult> {
  return sendPage(
    client,
    params,
    options,
    '{"id":"listConnections","method":"GET","path":"/connect/{namespace}","parameters":[{"name":"namespace","write":0},{"name":"limit","write":1},{"name":"cursor","write":1},{"name":"name","write":1},{"name":"mcpUrl","write":1}],"responses":{"200":"json","400":"json"},"accept":"application/json","security":[["bearerAuth"]],"page":{"style":"cursor","items":["connections"],"param":"cursor","next":["nextCursor"]}}',
    writePathValue,
    writeQuery,
  );
}

/** The arguments of `listDomains`. */
export interface ListDomainsParams {
  /**
   * The server's qualified name (e.g. 'namespace/server' or 'namespace' for namespace-only servers). Use %2F to encode the slash.
   *
   * Pass the value as it is: the client percent-encodes it, `/` included.
   */
  qualifiedName: string;
}

/** The data of a successful `listDomains` call. */
export type ListDomainsResponse = DomainListResponse;

/** The body of each documented error response of `listDomains`, by status. */
export interface ListDomainsErrors {
  /** Server not found */
  404: DomainsError;
}

/** Every way a `listDomains` call can fail; switch on `kind`, then on `status`. */
export type ListDomainsError =
  | HttpError<404, ListDomainsErrors[404]>
  | UnexpectedStatusError
  | TransportError;

/** What `listDomains` resolves to. */
export type ListDomainsResult = Result<Success<200, ListDomainsResponse>, ListDomainsError>;

/**
 * List domains
 *
 * List the domains for a server.
 *
 * `GET /servers/{qualifiedName}/domains`
 */
export function listDomains(
  client: Client,
  params: ListDomainsParams,
  options?: RequestOptions,
): Promise<ListDomainsResult> {
  return sendRequest(
    client,
    params,
    options,
    '{"id":"listDomains","method":"GET","path":"/servers/{qualifiedName}/domains","parameters":[{"name":"qualifiedName","write":0}],"responses":{"200":"json","404":"json"},"accept":"application/json","security":[["bearerAuth"]]}',
    writePathValue,
  );
}

/** The arguments of `listNamespaceTools`. */
export interface ListNamespaceToolsParams {
  /** Pass the value as it is: the client percent-encodes it, `/` included. */
  namespace: string;
}

/** The data of a successful `listNamespaceTools` call. */
export type ListNamespaceToolsResponse = LooseObject;

/** The body of each documented error response of `listNamespaceTools`, by status. */
export type ListNamespaceToolsErrors = Record<never, never>;

/** Every way a `listNamespaceTools` call can fail; switch on `kind`, then on `status`. */
export type ListNamespaceToolsError = UnexpectedStatusError | TransportError;

/** What `listNamespaceTools` resolves to. */
export type ListNamespaceToolsResult = Result<
  Success<200, ListNamespaceToolsResponse>,
  ListNamespaceToolsError
>;

/**
 * List tools across a namespace
 *
 * List tools for every connection in a namespace in one response. Each connection is wrapped in an envelope so a failure on one upstream doesn't fail the request. Skips connections in `auth_required`/`input_required` states without calling the upstream.
 *
 * `GET /connect/{namespace}/.tools`
 */
export function listNamespaceTools(
  client: Client,
  params: ListNamespaceToolsParams,
  options?: RequestOptions,
): Promise<ListNamespaceToolsResult> {
  return sendRequest(
    client,
    params,
    options,
    '{"id":"listNamespaceTools","method":"GET","path":"/connect/{namespace}/.tools","parameters":[{"name":"namespace","write":0}],"responses":{"200":"json"},"accept":"application/json","security":[["bearerAuth"]]}',
    writePathValue,
  );
}

/** The arguments of `listNamespaces`. */
export interface ListNamespacesParams {
  /** Text search query (prefix match on name) */
  q?: string;
  /** Filter by owner ID */
  ownerId?: string;
  /** Filter namespaces with servers */
  hasServers?: "0" | "1" | "true" | "false";
  /** Filter namespaces with skills */
  hasSkills?: "0" | "1" | "true" | "false";
  page?: number;
  pageSize?: number;
  /** Comma-separated list of fields to include in response */
  fields?: string;
}

/** The data of a successful `listNamespaces` call. */
export type ListNamespacesResponse = NamespacesSearchResponse;

/** One item of the list `listNamespaces` pages through (`namespaces` of each page). */
export type ListNamespacesItem = NonNullable<ListNamespacesResponse["namespaces"]>[number];

/** The body of each documented error response of `listNamespaces`, by status. */
export interface ListNamespacesErrors {
  /** Unauthorized */
  401: NamespacesError;
  /** Server error */
  500: NamespacesError;
}

/** Every way a `listNamespaces` call can fail; switch on `kind`, then on `status`. */
export type ListNamespacesError =
  | HttpError<401, ListNamespacesErrors[401]>
  | HttpError<500, ListNamespacesErrors[500]>
  | UnexpectedStatusError
  | TransportError;

/** What `listNamespaces` resolves to. */
export type ListNamespacesResult = Result<
  Page<200, ListNamespacesResponse, ListNamespacesItem>,
  ListNamespacesError
>;

/**
 * Get user's namespaces or search namespaces
 *
 * When called without query params, returns the authenticated user's namespaces (backwards compatible). When query params are provided, searches public namespaces with pagination. Use ownerId to filter by owner, hasServers/hasSkills to filter by content, q for text search.
 *
 * `GET /namespaces`
 *
 * Returns one page of a list (page (page + 1 up to pagination.totalPages; items in namespaces)): `paginate(listNamespaces, client, params)` iterates every item, `pages(…)` every page.
 */
export function listNamespaces(
  client: Client,
  params?: ListNamespacesParams,
  options?: RequestOptions,
): Promise<ListNamespacesResult> {
  return sendPage(
    client,
    params,
    options,
    '{"id":"listNamespaces","method":"GET","path":"/namespaces","parameters":[{"name":"q","write":0},{"name":"ownerId","write":0},{"name":"hasServers","write":0},{"name":"hasSkills","write":0},{"name":"page","write":0},{"name":"pageSize","write":0},{"name":"fields","write":0}],"responses":{"200":"json","401":"json","500":"json"},"accept":"application/json","security":[["bearerAuth"]],"page":{"style":"page","items":["namespaces"],"param":"page","total":["pagination","totalPages"]}}',
    writeQuery,
  );
}

/** The arguments of `listReleases`. */
export interface ListReleasesParams {
  /**
   * The server's qualified name (e.g. 'namespace/server' or 'namespace' for namespace-only servers). Use %2F to encode the slash.
   *
   * Pass the value as it is: the client percent-encodes it, `/` included.
   */
  qualifiedName: string;
  page?: number;
  pageSize?: number;
}

/** The data of a successful `listReleases` call. */
export type ListReleasesResponse = DeploymentListPage;

/** One item of the list `listReleases` pages through (`releases` of each page). */
export type ListReleasesItem = NonNullable<ListReleasesResponse["releases"]>[number];

/** The body of each documented error response of `listReleases`, by status. */
export interface ListReleasesErrors {
  /** Server not found */
  404: DeploymentError;
}

/** Every way a `listReleases` call can fail; switch on `kind`, then on `status`. */
export type ListReleasesError =
  | HttpError<404, ListReleasesErrors[404]>
  | UnexpectedStatusError
  | TransportError;

/** What `listReleases` resolves to. */
export type ListReleasesResult = Result<
  Page<200, ListReleasesResponse, ListReleasesItem>,
  ListReleasesError
>;

/**
 * List releases
 *
 * List releases ordered by most recent first. Logs are omitted — fetch a specific release to see logs.
 *
 * `GET /servers/{qualifiedName}/releases`
 *
 * Returns one page of a list (page (page + 1 up to pagination.totalPages; items in releases)): `paginate(listReleases, client, params)` iterates every item, `pages(…)` every page.
 */
export function listReleases(
  client: Client,
  params: ListReleasesParams,
  options?: RequestOptions,
): Promise<ListReleasesResult> {
  return sendPage(
    client,
    params,
    options,
    '{"id":"listReleases","method":"GET","path":"/servers/{qualifiedName}/releases","parameters":[{"name":"qualifiedName","write":0},{"name":"page","write":1},{"name":"pageSize","write":1}],"responses":{"200":"json","404":"json"},"accept":"application/json","security":[["bearerAuth"]],"page":{"style":"page","items":["releases"],"param":"page","total":["pagination","totalPages"]}}',
    writePathValue,
    writeQuery,
  );
}

/** The arguments of `listRuntimeLogs`. */
export interface ListRuntimeLogsParams {
  /**
   * The server's qualified name (e.g. 'namespace/server' or 'namespace' for namespace-only servers). Use %2F to encode the slash.
   *
   * Pass the value as it is: the client percent-encodes it, `/` included.
   */
  qualifiedName: string;
  /** Start of time range (ISO 8601). */
  from?: string;
  /** End of time range (ISO 8601). */
  to?: string;
  /** Max invocations to return. Defaults to 20. */
  limit?: number;
  /** Text search across log messages. */
  search?: string;
}

/** The data of a successful `listRuntimeLogs` call. */
export type ListRuntimeLogsResponse = RuntimeLogsResponse;

/** The body of each documented error response of `listRuntimeLogs`, by status. */
export interface ListRuntimeLogsErrors {
  /** Forbidden */
  403: RuntimeLogsError;
  /** Server not found */
  404: RuntimeLogsError;
  /** Internal server error */
  500: RuntimeLogsError;
}

/** Every way a `listRuntimeLogs` call can fail; switch on `kind`, then on `status`. */
export type ListRuntimeLogsError =
  | HttpError<403, ListRuntimeLogsErrors[403]>
  | HttpError<404, ListRuntimeLogsErrors[404]>
  | HttpError<500, ListRuntimeLogsErrors[500]>
  | UnexpectedStatusError
  | TransportError;

/** What `listRuntimeLogs` resolves to. */
export type ListRuntimeLogsResult = Result<
  Success<200, ListRuntimeLogsResponse>,
  ListRuntimeLogsError
>;

/**
 * List runtime logs
 *
 * Fetch recent runtime logs grouped by invocation.
 *
 * `GET /servers/{qualifiedName}/logs`
 */
export function listRuntimeLogs(
  client: Client,
  params: ListRuntimeLogsParams,
  options?: RequestOptions,
): Promise<ListRuntimeLogsResult> {
  return sendRequest(
    client,
    params,
    options,
    '{"id":"listRuntimeLogs","method":"GET","path":"/servers/{qualifiedName}/logs","parameters":[{"name":"qualifiedName","write":0},{"name":"from","write":1},{"name":"to","write":1},{"name":"limit","write":1},{"name":"search","write":1}],"responses":{"200":"json","403":"json","404":"json","500":"json"},"accept":"application/json","security":[["bearerAuth"]]}',
    writePathValue,
    writeQuery,
  );
}

/** The arguments of `listSecrets`. */
export interface ListSecretsParams {
  /**
   * The server's qualified name (e.g. 'namespace/server' or 'namespace' for namespace-only servers). Use %2F to encode the slash.
   *
   * Pass the value as it is: the client percent-encodes it, `/` included.
   */
  qualifiedName: string;
}

/** The data of a successful `listSecrets` call. */
export type ListSecretsResponse = {
  /** @example API_KEY */
  name: string;
  /** @example secret_text */
  type: string;
}[];

/** The body of each documented error response of `listSecrets`, by status. */
export interface ListSecretsErrors {
  /** Server not found */
  404: {
      /** @example Server not found */
      error: string;
    };
}

/** Every way a `listSecrets` call can fail; switch on `kind`, then on `status`. */
export type ListSecretsError =
  | HttpError<404, ListSecretsErrors[404]>
  | UnexpectedStatusError
  | TransportError;

/** What `listSecrets` resolves to. */
export type ListSecretsResult = Result<Success<200, ListSecretsResponse>, ListSecretsError>;

/**
 * List secrets
 *
 * List secret names. Values are not returned.
 *
 * `GET /servers/{qualifiedName}/secrets`
 */
export function listSecrets(
  client: Client,
  params: ListSecretsParams,
  options?: RequestOptions,
): Promise<ListSecretsResult> {
  return sendRequest(
    client,
    params,
    options,
    '{"id":"listSecrets","method":"GET","path":"/servers/{qualifiedName}/secrets","parameters":[{"name":"qualifiedName","write":0}],"responses":{"200":"json","404":"json"},"accept":"application/json","security":[["bearerAuth"]]}',
    writePathValue,
  );
}

/** The arguments of `listServers`. */
export interface ListServersParams {
  /** Search query for full-text and semantic search across server names and descriptions. */
  q?: string;
  /** Page number (1-indexed). */
  page?: number;
  /** Number of results per page (default 10, max 100). */
  pageSize?: number;
  /** Maximum number of candidate results to consider from the search index before pagination. The server applies a hard cap of 500 to keep the rerank window bounded; pass `seed` for stable deep pagination. */
  topK?: number;
  /** Comma-separated list of fields to include in response */
  fields?: string;
  /** Filter by specific server IDs. */
  ids?: string[];
  /** Exact match on the server's qualified name (e.g. "smithery/hello-world"). Deprecated: use GET /servers/:namespace/:server instead. */
  qualifiedName?: string;
  /** Filter by the namespace that owns the server. */
  namespace?: string;
  /** Filter by remote status. Remote servers are accessed via URL; non-remote servers run locally via stdio. */
  remote?: "0" | "1" | "true" | "false";
  /** Filter by deployment status. Deployed servers are hosted on Smithery infrastructure. */
  isDeployed?: "0" | "1" | "true" | "false";
  /** Filter to only verified servers. */
  verified?: "0" | "1" | "true" | "false";
  /** Filter to servers whose namespace is owned by the Smithery org. */
  smitheryManaged?: "0" | "1" | "true" | "false";
  /** Filter by the server owner's user ID. */
  ownerId?: string;
  /** Filter by GitHub repository owner from repository_url. */
  repoOwner?: string;
  /** Filter by GitHub repository name from repository_url. */
  repoName?: string;
  /** Random seed for deterministic pagination. When provided, results use a stable sort order that is consistent across pages for the same seed value. */
  seed?: number;
}

/** The data of a successful `listServers` call. */
export type ListServersResponse = ServersListResponse;

/** One item of the list `listServers` pages through (`servers` of each page). */
export type ListServersItem = NonNullable<ListServersResponse["servers"]>[number];

/** The body of each documented error response of `listServers`, by status. */
export interface ListServersErrors {
  /** Bad request */
  400: ServersListError;
  /** Unauthorized */
  401: ServersListError;
  /** Unprocessable entity */
  422: ServersListError;
}

/** Every way a `listServers` call can fail; switch on `kind`, then on `status`. */
export type ListServersError =
  | HttpError<400, ListServersErrors[400]>
  | HttpError<401, ListServersErrors[401]>
  | HttpError<422, ListServersErrors[422]>
  | UnexpectedStatusError
  | TransportError;

/** What `listServers` resolves to. */
export type ListServersResult = Result<
  Page<200, ListServersResponse, ListServersItem>,
  ListServersError
>;

/**
 * List all servers
 *
 * Search and browse public MCP servers in the Smithery registry. Supports full-text and semantic search via the `q` parameter, and filtering by deployment status, verification, ownership, and more.
 *
 * `GET /servers`
 *
 * Returns one page of a list (page (page + 1 up to pagination.totalPages; items in servers)): `paginate(listServers, client, params)` iterates every item, `pages(…)` every page.
 */
export function listServers(
  client: Client,
  params?: ListServersParams,
  options?: RequestOptions,
): Promise<ListServersResult> {
  return sendPage(
    client,
    params,
    options,
    '{"id":"listServers","method":"GET","path":"/servers","parameters":[{"name":"q","write":0},{"name":"page","write":0},{"name":"pageSize","write":0},{"name":"topK","write":0},{"name":"fields","write":0},{"name":"ids","write":0},{"name":"qualifiedName","write":0},{"name":"namespace","write":0},{"name":"remote","write":0},{"name":"isDeployed","write":0},{"name":"verified","write":0},{"name":"smitheryManaged","write":0},{"name":"ownerId","write":0},{"name":"repoOwner","write":0},{"name":"repoName","write":0},{"name":"seed","write":0}],"responses":{"200":"json","400":"json","401":"json","422":"json"},"accept":"application/json","security":[["bearerAuth"]],"page":{"style":"page","items":["servers"],"param":"page","total":["pagination","totalPages"]}}',
    writeQuery,
  );
}

/** The arguments of `listSkills`. */
export interface ListSkillsParams {
  /** Search query for full-text and semantic search across skill names and descriptions. */
  q?: string;
  /** Filter by skill category (e.g. 'code', 'data', 'web'). */
  category?: string;
  /** Filter by the namespace that owns the skill. */
  namespace?: string;
  /** Filter by exact skill slug within a namespace. Deprecated: use GET /skills/:namespace/:slug instead. */
  slug?: string;
  /** Filter by the skill owner's organization ID. */
  ownerId?: string;
  /** Filter by whether the skill's namespace is verified. */
  verified?: boolean;
  /** Page number (1-indexed). */
  page?: number;
  /** Number of results per page (default 20, max 100). */
  pageSize?: number;
  /** Maximum number of candidate results to consider from the search index before pagination. The server applies a hard cap of 500 to keep the rerank window bounded; pass `seed` for stable deep pagination. */
  topK?: number;
  /** Comma-separated list of fields to include in response */
  fields?: string;
  /** Random seed for deterministic pagination. When provided, results use a stable sort order that is consistent across pages for the same seed value. */
  seed?: number;
}

/** The data of a successful `listSkills` call. */
export type ListSkillsResponse = SkillsListResponse;

/** One item of the list `listSkills` pages through (`skills` of each page). */
export type ListSkillsItem = NonNullable<ListSkillsResponse["skills"]>[number];

/** The body of each documented error response of `listSkills`, by status. */
export interface ListSkillsErrors {
  /** Server error */
  500: SkillsListError;
}

/** Every way a `listSkills` call can fail; switch on `kind`, then on `status`. */
export type ListSkillsError =
  | HttpError<500, ListSkillsErrors[500]>
  | UnexpectedStatusError
  | TransportError;

/** What `listSkills` resolves to. */
export type ListSkillsResult = Result<
  Page<200, ListSkillsResponse, ListSkillsItem>,
  ListSkillsError
>;

/**
 * List or search skills
 *
 * Search and browse reusable prompt-based skills. Supports full-text and semantic search via the `q` parameter, and filtering by category, namespace, or slug.
 *
 * `GET /skills`
 *
 * Returns one page of a list (page (page + 1 up to pagination.totalPages; items in skills)): `paginate(listSkills, client, params)` iterates every item, `pages(…)` every page.
 */
export function listSkills(
  client: Client,
  params?: ListSkillsParams,
  options?: RequestOptions,
): Promise<ListSkillsResult> {
  return sendPage(
    client,
    params,
    options,
    '{"id":"listSkills","method":"GET","path":"/skills","parameters":[{"name":"q","write":0},{"name":"category","write":0},{"name":"namespace","write":0},{"name":"slug","write":0},{"name":"ownerId","write":0},{"name":"verified","write":0},{"name":"page","write":0},{"name":"pageSize","write":0},{"name":"topK","write":0},{"name":"fields","write":0},{"name":"seed","write":0}],"responses":{"200":"json","500":"json"},"accept":"application/json","security":[["bearerAuth"]],"page":{"style":"page","items":["skills"],"param":"page","total":["pagination","totalPages"]}}',
    writeQuery,
  );
}

/** The arguments of `listTeamApiKeys`. */
export interface ListTeamApiKeysParams {
  /** Pass the value as it is: the client percent-encodes it, `/` included. */
  orgId: string;
}

/** The data of a successful `listTeamApiKeys` call. */
export type ListTeamApiKeysResponse = {
  apiKeys: TeamApiKey[];
  $defs: {
    TeamApiKey: TeamApiKey;
  };
};

/** The body of each documented error response of `listTeamApiKeys`, by status. */
export interface ListTeamApiKeysErrors {
  /** Unauthorized */
  401: OrganizationError;
  /** Forbidden — user is not an admin */
  403: OrganizationError;
}

/** Every way a `listTeamApiKeys` call can fail; switch on `kind`, then on `status`. */
export type ListTeamApiKeysError =
  | HttpError<401, ListTeamApiKeysErrors[401]>
  | HttpError<403, ListTeamApiKeysErrors[403]>
  | UnexpectedStatusError
  | TransportError;

/** What `listTeamApiKeys` resolves to. */
export type ListTeamApiKeysResult = Result<
  Success<200, ListTeamApiKeysResponse>,
  ListTeamApiKeysError
>;

/**
 * List team API keys
 *
 * Returns all API keys belonging to the organization. Requires admin role. Key values are not included in the response.
 *
 * `GET /organizations/{orgId}/api-keys`
 */
export function listTeamApiKeys(
  client: Client,
  params: ListTeamApiKeysParams,
  options?: RequestOptions,
): Promise<ListTeamApiKeysResult> {
  return sendRequest(
    client,
    params,
    options,
    '{"id":"listTeamApiKeys","method":"GET","path":"/organizations/{orgId}/api-keys","parameters":[{"name":"orgId","write":0}],"responses":{"200":"json","401":"json","403":"json"},"accept":"application/json","security":[["bearerAuth"]]}',
    writePathValue,
  );
}

/** The arguments of `listTools`. */
export interface ListToolsParams {
  /** Pass the value as it is: the client percent-encodes it, `/` included. */
  namespace: string;
  /** Pass the value as it is: the client percent-encodes it, `/` included. */
  connectionId: string;
}

/** The data of a successful `listTools` call. */
export type ListToolsResponse = ToolList;

/** The body of each documented error response of `listTools`, by status. */
export interface ListToolsErrors {
  /** Connection not found */
  404: SmitheryError;
}

/** Every way a `listTools` call can fail; switch on `kind`, then on `status`. */
export type ListToolsError =
  | HttpError<404, ListToolsErrors[404]>
  | UnexpectedStatusError
  | TransportError;

/** What `listTools` resolves to. */
export type ListToolsResult = Result<Success<200, ListToolsResponse>, ListToolsError>;

/**
 * List tools
 *
 * List tools exposed by a connection.
 *
 * `GET /connect/{namespace}/{connectionId}/.tools`
 */
export function listTools(
  client: Client,
  params: ListToolsParams,
  options?: RequestOptions,
): Promise<ListToolsResult> {
  return sendRequest(
    client,
    params,
    options,
    '{"id":"listTools","method":"GET","path":"/connect/{namespace}/{connectionId}/.tools","parameters":[{"name":"namespace","write":0},{"name":"connectionId","write":0}],"responses":{"200":"json","404":"json"},"accept":"application/json","security":[["bearerAuth"]]}',
    writePathValue,
  );
}

/** The arguments of `listTriggers`. */
export interface ListTriggersParams {
  /** Pass the value as it is: the client percent-encodes it, `/` included. */
  namespace: string;
  /** Pass the value as it is: the client percent-encodes it, `/` included. */
  connectionId: string;
}

/** The data of a successful `listTriggers` call. */
export type ListTriggersResponse = TriggerDefinitionList;

/** The body of each documented error response of `listTriggers`, by status. */
export interface ListTriggersErrors {
  /** Connection not found */
  404: SmitheryError;
}

/** Every way a `listTriggers` call can fail; switch on `kind`, then on `status`. */
export type ListTriggersError =
  | HttpError<404, ListTriggersErrors[404]>
  | UnexpectedStatusError
  | TransportError;

/** What `listTriggers` resolves to. */
export type ListTriggersResult = Result<Success<200, ListTriggersResponse>, ListTriggersError>;

/**
 * List triggers
 *
 * List trigger types exposed by a connection.
 *
 * `GET /connect/{namespace}/{connectionId}/.triggers`
 */
export function listTriggers(
  client: Client,
  params: ListTriggersParams,
  options?: RequestOptions,
): Promise<ListTriggersResult> {
  return sendRequest(
    client,
    params,
    options,
    '{"id":"listTriggers","method":"GET","path":"/connect/{namespace}/{connectionId}/.triggers","parameters":[{"name":"namespace","write":0},{"name":"connectionId","write":0}],"responses":{"200":"json","404":"json"},"accept":"application/json","security":[["bearerAuth"]]}',
    writePathValue,
  );
}

/** The arguments of `publishServer`. */
export interface PublishServerParams {
  /**
   * The server's qualified name (e.g. 'namespace/server' or 'namespace' for namespace-only servers). Use %2F to encode the slash.
   *
   * Pass the value as it is: the client percent-encodes it, `/` included.
   */
  qualifiedName: string;
  /** Sent as `multipart/form-data`. */
  body?: {
      /** @description JSON-encoded release payload. See DeployPayload schema for structure. */
      payload: string;
      /**
       * Format: binary
       * @description JavaScript module file (for hosted releases)
       */
      module?: Blob;
      /**
       * Format: binary
       * @description Source map file (for hosted releases)
       */
      sourcemap?: Blob;
      /**
       * Format: binary
       * @description MCPB bundle file (for stdio releases)
       */
      bundle?: Blob;
    };
}

/** The data of a successful `publishServer` call. */
export type PublishServerResponse = DeployResponse;

/** The body of each documented error response of `publishServer`, by status. */
export interface PublishServerErrors {
  /** Invalid payload */
  400: DeploymentError;
}

/** Every way a `publishServer` call can fail; switch on `kind`, then on `status`. */
export type PublishServerError =
  | HttpError<400, PublishServerErrors[400]>
  | UnexpectedStatusError
  | TransportError;

/** What `publishServer` resolves to. */
export type PublishServerResult = Result<Success<202, PublishServerResponse>, PublishServerError>;

/**
 * Publish a server
 *
 * Submit a release via multipart form. Supports hosted (JS module upload), external (URL), and stdio (MCPB bundle) release types.
 *
 * `PUT /servers/{qualifiedName}/releases`
 */
export function publishServer(
  client: Client,
  params: PublishServerParams,
  options?: RequestOptions,
): Promise<PublishServerResult> {
  return sendRequest(
    client,
    params,
    options,
    '{"id":"publishServer","method":"PUT","path":"/servers/{qualifiedName}/releases","parameters":[{"name":"qualifiedName","write":0}],"body":{"write":1,"required":false,"contents":[{"mediaType":"multipart/form-data","encode":2}]},"responses":{"202":"json","400":"json"},"accept":"application/json","security":[["bearerAuth"]]}',
    writePathValue,
    writeBody,
    encodeMultipart,
  );
}

/** The arguments of `resumeRelease`. */
export interface ResumeReleaseParams {
  /**
   * The server's qualified name (e.g. 'namespace/server' or 'namespace' for namespace-only servers). Use %2F to encode the slash.
   *
   * Pass the value as it is: the client percent-encodes it, `/` included.
   */
  qualifiedName: string;
  /** Pass the value as it is: the client percent-encodes it, `/` included. */
  id: string;
}

/** The data of a successful `resumeRelease` call. */
export type ResumeReleaseResponse = ResumeResponse;

/** The body of each documented error response of `resumeRelease`, by status. */
export interface ResumeReleaseErrors {
  /** Release not in resumable state */
  400: DeploymentError;
  /** Server or release not found */
  404: DeploymentError;
}

/** Every way a `resumeRelease` call can fail; switch on `kind`, then on `status`. */
export type ResumeReleaseError =
  | HttpError<400, ResumeReleaseErrors[400]>
  | HttpError<404, ResumeReleaseErrors[404]>
  | UnexpectedStatusError
  | TransportError;

/** What `resumeRelease` resolves to. */
export type ResumeReleaseResult = Result<Success<202, ResumeReleaseResponse>, ResumeReleaseError>;

/**
 * Resume a release
 *
 * Resume a paused release (e.g. after OAuth authorization). Use id='latest' to resume the most recent one.
 *
 * `POST /servers/{qualifiedName}/releases/{id}/resume`
 */
export function resumeRelease(
  client: Client,
  params: ResumeReleaseParams,
  options?: RequestOptions,
): Promise<ResumeReleaseResult> {
  return sendRequest(
    client,
    params,
    options,
    '{"id":"resumeRelease","method":"POST","path":"/servers/{qualifiedName}/releases/{id}/resume","parameters":[{"name":"qualifiedName","write":0},{"name":"id","write":0}],"responses":{"202":"json","400":"json","404":"json"},"accept":"application/json","security":[["bearerAuth"]]}',
    writePathValue,
  );
}

/** The arguments of `revokeTeamApiKey`. */
export interface RevokeTeamApiKeyParams {
  /** Pass the value as it is: the client percent-encodes it, `/` included. */
  orgId: string;
  /** Pass the value as it is: the client percent-encodes it, `/` included. */
  keyId: string;
}

/** The data of a successful `revokeTeamApiKey` call. */
export type RevokeTeamApiKeyResponse = SmitheryRevokeTeamApiKeyResponse;

/** The body of each documented error response of `revokeTeamApiKey`, by status. */
export interface RevokeTeamApiKeyErrors {
  /** Unauthorized */
  401: OrganizationError;
  /** Forbidden — user is not an admin */
  403: OrganizationError;
  /** API key not found in this organization */
  404: OrganizationError;
}

/** Every way a `revokeTeamApiKey` call can fail; switch on `kind`, then on `status`. */
export type RevokeTeamApiKeyError =
  | HttpError<401, RevokeTeamApiKeyErrors[401]>
  | HttpError<403, RevokeTeamApiKeyErrors[403]>
  | HttpError<404, RevokeTeamApiKeyErrors[404]>
  | UnexpectedStatusError
  | TransportError;

/** What `revokeTeamApiKey` resolves to. */
export type RevokeTeamApiKeyResult = Result<
  Success<200, RevokeTeamApiKeyResponse>,
  RevokeTeamApiKeyError
>;

/**
 * Revoke a team API key
 *
 * Deletes an API key belonging to the organization. Requires admin role.
 *
 * `DELETE /organizations/{orgId}/api-keys/{keyId}`
 */
export function revokeTeamApiKey(
  client: Client,
  params: RevokeTeamApiKeyParams,
  options?: RequestOptions,
): Promise<RevokeTeamApiKeyResult> {
  return sendRequest(
    client,
    params,
    options,
    '{"id":"revokeTeamApiKey","method":"DELETE","path":"/organizations/{orgId}/api-keys/{keyId}","parameters":[{"name":"orgId","write":0},{"name":"keyId","write":0}],"responses":{"200":"json","401":"json","403":"json","404":"json"},"accept":"application/json","security":[["bearerAuth"]]}',
    writePathValue,
  );
}

/** The arguments of `setSecret`. */
export interface SetSecretParams {
  /**
   * The server's qualified name (e.g. 'namespace/server' or 'namespace' for namespace-only servers). Use %2F to encode the slash.
   *
   * Pass the value as it is: the client percent-encodes it, `/` included.
   */
  qualifiedName: string;
  /** Sent as `application/json`. */
  body?: {
      name: string;
      value: string;
    };
}

/** The data of a successful `setSecret` call. */
export type SetSecretResponse = {
  success: boolean;
};

/** The body of each documented error response of `setSecret`, by status. */
export interface SetSecretErrors {
  /** Server not found */
  404: {
      /** @example Server not found */
      error: string;
    };
}

/** Every way a `setSecret` call can fail; switch on `kind`, then on `status`. */
export type SetSecretError =
  | HttpError<404, SetSecretErrors[404]>
  | UnexpectedStatusError
  | TransportError;

/** What `setSecret` resolves to. */
export type SetSecretResult = Result<Success<200, SetSecretResponse>, SetSecretError>;

/**
 * Set a secret
 *
 * Create or update a secret value.
 *
 * `PUT /servers/{qualifiedName}/secrets`
 */
export function setSecret(
  client: Client,
  params: SetSecretParams,
  options?: RequestOptions,
): Promise<SetSecretResult> {
  return sendRequest(
    client,
    params,
    options,
    '{"id":"setSecret","method":"PUT","path":"/servers/{qualifiedName}/secrets","parameters":[{"name":"qualifiedName","write":0}],"body":{"write":1,"required":false,"contents":[{"mediaType":"application/json","encode":2}]},"responses":{"200":"json","404":"json"},"accept":"application/json","security":[["bearerAuth"]]}',
    writePathValue,
    writeBody,
    encodeJson,
  );
}

/** The arguments of `streamReleaseLogs`. */
export interface StreamReleaseLogsParams {
  /**
   * The server's qualified name (e.g. 'namespace/server' or 'namespace' for namespace-only servers). Use %2F to encode the slash.
   *
   * Pass the value as it is: the client percent-encodes it, `/` included.
   */
  qualifiedName: string;
  /** Pass the value as it is: the client percent-encodes it, `/` included. */
  id: string;
}

/** The data of a successful `streamReleaseLogs` call. */
export type StreamReleaseLogsResponse = EventStream;

/** The body of each documented error response of `streamReleaseLogs`, by status. */
export interface StreamReleaseLogsErrors {
  /** Release not found */
  404: DeploymentError;
}

/** Every way a `streamReleaseLogs` call can fail; switch on `kind`, then on `status`. */
export type StreamReleaseLogsError =
  | HttpError<404, StreamReleaseLogsErrors[404]>
  | UnexpectedStatusError
  | TransportError;

/** What `streamReleaseLogs` resolves to. */
export type StreamReleaseLogsResult = Result<
  Success<200, StreamReleaseLogsResponse>,
  StreamReleaseLogsError
>;

/**
 * Stream release logs
 *
 * Real-time SSE stream of release logs and status updates.
 *
 * `GET /servers/{qualifiedName}/releases/{id}/stream`
 */
export function streamReleaseLogs(
  client: Client,
  params: StreamReleaseLogsParams,
  options?: RequestOptions,
): Promise<StreamReleaseLogsResult> {
  return sendRequest(
    client,
    params,
    options,
    '{"id":"streamReleaseLogs","method":"GET","path":"/servers/{qualifiedName}/releases/{id}/stream","parameters":[{"name":"qualifiedName","write":0},{"name":"id","write":0}],"responses":{"200":"text","404":"json"},"accept":"application/json, text/event-stream","security":[["bearerAuth"]],"streams":{"200":["sse"]},"stream":1}',
    writePathValue,
    readStream,
  );
}

/** The arguments of `subscribeToTrigger`. */
export interface SubscribeToTriggerParams {
  /** Pass the value as it is: the client percent-encodes it, `/` included. */
  namespace: string;
  /** Pass the value as it is: the client percent-encodes it, `/` included. */
  connectionId: string;
  /** Pass the value as it is: the client percent-encodes it, `/` included. */
  triggerName: string;
  /** Sent as `application/json`. */
  body: CreateTriggerRequest;
}

/** The data of a successful `subscribeToTrigger` call. */
export type SubscribeToTriggerResponse = TriggerSubscription;

/** The body of each documented error response of `subscribeToTrigger`, by status. */
export interface SubscribeToTriggerErrors {
  /** Validation error */
  400: ValidationError;
  /** Connection or trigger not found */
  404: SmitheryError;
}

/** Every way a `subscribeToTrigger` call can fail; switch on `kind`, then on `status`. */
export type SubscribeToTriggerError =
  | HttpError<400, SubscribeToTriggerErrors[400]>
  | HttpError<404, SubscribeToTriggerErrors[404]>
  | UnexpectedStatusError
  | TransportError;

/** What `subscribeToTrigger` resolves to. */
export type SubscribeToTriggerResult = Result<
  Success<200, SubscribeToTriggerResponse>,
  SubscribeToTriggerError
>;

/**
 * Subscribe to trigger
 *
 * Subscribe to (or refresh) a trigger. Supplying the same (params, delivery.url) refreshes the TTL and may rotate the secret.
 *
 * `POST /connect/{namespace}/{connectionId}/.triggers/{triggerName}`
 */
export function subscribeToTrigger(
  client: Client,
  params: SubscribeToTriggerParams,
  options?: RequestOptions,
): Promise<SubscribeToTriggerResult> {
  return sendRequest(
    client,
    params,
    options,
    '{"id":"subscribeToTrigger","method":"POST","path":"/connect/{namespace}/{connectionId}/.triggers/{triggerName}","parameters":[{"name":"namespace","write":0},{"name":"connectionId","write":0},{"name":"triggerName","write":0}],"body":{"write":1,"required":true,"contents":[{"mediaType":"application/json","encode":2}]},"responses":{"200":"json","400":"json","404":"json"},"accept":"application/json","security":[["bearerAuth"]]}',
    writePathValue,
    writeBody,
    encodeJson,
  );
}

/** The arguments of `syncSkill`. */
export interface SyncSkillParams {
  /** Pass the value as it is: the client percent-encodes it, `/` included. */
  namespace: string;
  /** Pass the value as it is: the client percent-encodes it, `/` included. */
  slug: string;
}

/** The data of a successful `syncSkill` call. */
export type SyncSkillResponse = SmitherySyncSkillResponse;

/** The body of each documented error response of `syncSkill`, by status. */
export interface SyncSkillErrors {
  /** Forbidden - user does not own the namespace */
  403: SkillError;
  /** Skill not found */
  404: SkillError;
  /** Validation error - SKILL.md invalid */
  422: SmitheryCreateSkillError;
}

/** Every way a `syncSkill` call can fail; switch on `kind`, then on `status`. */
export type SyncSkillError =
  | HttpError<403, SyncSkillErrors[403]>
  | HttpError<404, SyncSkillErrors[404]>
  | HttpError<422, SyncSkillErrors[422]>
  | UnexpectedStatusError
  | TransportError;

/** What `syncSkill` resolves to. */
export type SyncSkillResult = Result<Success<200, SyncSkillResponse>, SyncSkillError>;

/**
 * Sync skill metadata from GitHub (deprecated)
 *
 * **Deprecated:** Use PUT /skills/{namespace}/{slug} instead. Refetch SKILL.md and repository stars from GitHub and update the skill record.
 *
 * `POST /skills/{namespace}/{slug}/sync`
 *
 * @deprecated
 */
export function syncSkill(
  client: Client,
  params: SyncSkillParams,
  options?: RequestOptions,
): Promise<SyncSkillResult> {
  return sendRequest(
    client,
    params,
    options,
    '{"id":"syncSkill","method":"POST","path":"/skills/{namespace}/{slug}/sync","parameters":[{"name":"namespace","write":0},{"name":"slug","write":0}],"responses":{"200":"json","403":"json","404":"json","422":"json"},"accept":"application/json","security":[["bearerAuth"]]}',
    writePathValue,
  );
}

/** The arguments of `unsubscribeFromTrigger`. */
export interface UnsubscribeFromTriggerParams {
  /** Pass the value as it is: the client percent-encodes it, `/` included. */
  namespace: string;
  /** Pass the value as it is: the client percent-encodes it, `/` included. */
  connectionId: string;
  /** Pass the value as it is: the client percent-encodes it, `/` included. */
  triggerName: string;
  /** Sent as `application/json`. */
  body: DeleteTriggerRequest;
}

/** The data of a successful `unsubscribeFromTrigger` call. */
export type UnsubscribeFromTriggerResponse = SmitherySuccess;

/** The body of each documented error response of `unsubscribeFromTrigger`, by status. */
export interface UnsubscribeFromTriggerErrors {
  /** Subscription not found */
  404: SmitheryError;
}

/** Every way a `unsubscribeFromTrigger` call can fail; switch on `kind`, then on `status`. */
export type UnsubscribeFromTriggerError =
  | HttpError<404, UnsubscribeFromTriggerErrors[404]>
  | UnexpectedStatusError
  | TransportError;

/** What `unsubscribeFromTrigger` resolves to. */
export type UnsubscribeFromTriggerResult = Result<
  Success<200, UnsubscribeFromTriggerResponse>,
  UnsubscribeFromTriggerError
>;

/**
 * Unsubscribe from trigger
 *
 * Unsubscribe by subscription key (params + delivery.url). Eager teardown — subscriptions also expire naturally on TTL.
 *
 * `DELETE /connect/{namespace}/{connectionId}/.triggers/{triggerName}`
 */
export function unsubscribeFromTrigger(
  client: Client,
  params: UnsubscribeFromTriggerParams,
  options?: RequestOptions,
): Promise<UnsubscribeFromTriggerResult> {
  return sendRequest(
    client,
    params,
    options,
    '{"id":"unsubscribeFromTrigger","method":"DELETE","path":"/connect/{namespace}/{connectionId}/.triggers/{triggerName}","parameters":[{"name":"namespace","write":0},{"name":"connectionId","write":0},{"name":"triggerName","write":0}],"body":{"write":1,"required":true,"contents":[{"mediaType":"application/json","encode":2}]},"responses":{"200":"json","404":"json"},"accept":"application/json","security":[["bearerAuth"]]}',
    writePathValue,
    writeBody,
    encodeJson,
  );
}

/** The arguments of `updateDomain`. */
export interface UpdateDomainParams {
  /**
   * The server's qualified name (e.g. 'namespace/server' or 'namespace' for namespace-only servers). Use %2F to encode the slash.
   *
   * Pass the value as it is: the client percent-encodes it, `/` included.
   */
  qualifiedName: string;
  /** Pass the value as it is: the client percent-encodes it, `/` included. */
  domainId: string;
  /** Sent as `application/json`. */
  body?: UpdateDomainRequest;
}

/** The data of a successful `updateDomain` call. */
export type UpdateDomainResponse = DomainResource;

/** The body of each documented error response of `updateDomain`, by status. */
export interface UpdateDomainErrors {
  /** Domain not found */
  404: DomainsError;
  /** Conflict — managed run.tools slug already taken */
  409: DomainsError;
}

/** Every way a `updateDomain` call can fail; switch on `kind`, then on `status`. */
export type UpdateDomainError =
  | HttpError<404, UpdateDomainErrors[404]>
  | HttpError<409, UpdateDomainErrors[409]>
  | UnexpectedStatusError
  | TransportError;

/** What `updateDomain` resolves to. */
export type UpdateDomainResult = Result<Success<200, UpdateDomainResponse>, UpdateDomainError>;

/**
 * Update managed domain
 *
 * Update the managed run.tools slug for a server.
 *
 * `PATCH /servers/{qualifiedName}/domains/{domainId}`
 */
export function updateDomain(
  client: Client,
  params: UpdateDomainParams,
  options?: RequestOptions,
): Promise<UpdateDomainResult> {
  return sendRequest(
    client,
    params,
    options,
    '{"id":"updateDomain","method":"PATCH","path":"/servers/{qualifiedName}/domains/{domainId}","parameters":[{"name":"qualifiedName","write":0},{"name":"domainId","write":0}],"body":{"write":1,"required":false,"contents":[{"mediaType":"application/json","encode":2}]},"responses":{"200":"json","404":"json","409":"json"},"accept":"application/json","security":[["bearerAuth"]]}',
    writePathValue,
    writeBody,
    encodeJson,
  );
}

/** The arguments of `updateServer`. */
export interface UpdateServerParams {
  /**
   * The server's qualified name (e.g. 'namespace/server' or 'namespace' for namespace-only servers). Use %2F to encode the slash.
   *
   * Pass the value as it is: the client percent-encodes it, `/` included.
   */
  qualifiedName: string;
  /** Sent as `application/json`. */
  body?: UpdateServerRequest;
}

/** The data of a successful `updateServer` call. */
export type UpdateServerResponse = SmitheryUpdateServerResponse;

/** The body of each documented error response of `updateServer`, by status. */
export interface UpdateServerErrors {
  /** Bad request */
  400: RegistryError;
  /** Forbidden */
  403: RegistryError;
  /** Server not found */
  404: RegistryError;
}

/** Every way a `updateServer` call can fail; switch on `kind`, then on `status`. */
export type UpdateServerError =
  | HttpError<400, UpdateServerErrors[400]>
  | HttpError<403, UpdateServerErrors[403]>
  | HttpError<404, UpdateServerErrors[404]>
  | UnexpectedStatusError
  | TransportError;

/** What `updateServer` resolves to. */
export type UpdateServerResult = Result<Success<200, UpdateServerResponse>, UpdateServerError>;

/**
 * Update a server
 *
 * Update server metadata such as display name, description, repository, icon, or visibility.
 *
 * `PATCH /servers/{qualifiedName}`
 */
export function updateServer(
  client: Client,
  params: UpdateServerParams,
  options?: RequestOptions,
): Promise<UpdateServerResult> {
  return sendRequest(
    client,
    params,
    options,
    '{"id":"updateServer","method":"PATCH","path":"/servers/{qualifiedName}","parameters":[{"name":"qualifiedName","write":0}],"body":{"write":1,"required":false,"contents":[{"mediaType":"application/json","encode":2}]},"responses":{"200":"json","400":"json","403":"json","404":"json"},"accept":"application/json","security":[["bearerAuth"]]}',
    writePathValue,
    writeBody,
    encodeJson,
  );
}

/** The arguments of `uploadServerIcon`. */
export interface UploadServerIconParams {
  /**
   * The server's qualified name (e.g. 'namespace/server' or 'namespace' for namespace-only servers). Use %2F to encode the slash.
   *
   * Pass the value as it is: the client percent-encodes it, `/` included.
   */
  qualifiedName: string;
}

/** The data of a successful `uploadServerIcon` call. */
export type UploadServerIconResponse = IconResponse;

/** The body of each documented error response of `uploadServerIcon`, by status. */
export interface UploadServerIconErrors {
  /** Bad request (invalid file type, too large, or no file) */
  400: IconError;
  /** Forbidden (user doesn't own server) */
  403: IconError;
  /** Server not found */
  404: IconError;
}

/** Every way a `uploadServerIcon` call can fail; switch on `kind`, then on `status`. */
export type UploadServerIconError =
  | HttpError<400, UploadServerIconErrors[400]>
  | HttpError<403, UploadServerIconErrors[403]>
  | HttpError<404, UploadServerIconErrors[404]>
  | UnexpectedStatusError
  | TransportError;

/** What `uploadServerIcon` resolves to. */
export type UploadServerIconResult = Result<
  Success<200, UploadServerIconResponse>,
  UploadServerIconError
>;

/**
 * Upload server icon
 *
 * Upload or replace the server icon. Accepts a single image file via multipart/form-data. Max 1MB. Supported formats: PNG, JPEG, GIF, SVG, WebP.
 *
 * `PUT /servers/{qualifiedName}/icon`
 */
export function uploadServerIcon(
  client: Client,
  params: UploadServerIconParams,
  options?: RequestOptions,
): Promise<UploadServerIconResult> {
  return sendRequest(
    client,
    params,
    options,
    '{"id":"uploadServerIcon","method":"PUT","path":"/servers/{qualifiedName}/icon","parameters":[{"name":"qualifiedName","write":0}],"responses":{"200":"json","400":"json","403":"json","404":"json"},"accept":"application/json","security":[["bearerAuth"]]}',
    writePathValue,
  );
}

/** The arguments of `uploadSkillBundle`. */
export interface UploadSkillBundleParams {
  /** Pass the value as it is: the client percent-encodes it, `/` included. */
  namespace: string;
  /** Pass the value as it is: the client percent-encodes it, `/` included. */
  slug: string;
  /** Sent as `multipart/form-data`. */
  body: {
      /**
       * Format: binary
       * @description ZIP file upload containing a skill folder with SKILL.md and any scripts, references, or assets.
       */
      archive: Blob;
    };
}

/** The body of each documented success response of `uploadSkillBundle`, by status. */
export interface UploadSkillBundleResponses {
  /** Skill updated successfully */
  200: PutSkillResponse;
  /** Skill created successfully */
  201: PutSkillResponse;
}

/** The data of a successful `uploadSkillBundle` call. */
export type UploadSkillBundleResponse =
  | UploadSkillBundleResponses[200]
  | UploadSkillBundleResponses[201];

/** The body of each documented error response of `uploadSkillBundle`, by status. */
export interface UploadSkillBundleErrors {
  /** Invalid request */
  400: SmitheryCreateSkillError;
  /** Forbidden - user does not own the namespace */
  403: SmitheryCreateSkillError;
  /** Namespace not found */
  404: SmitheryCreateSkillError;
  /** SKILL.md validation error */
  422: SmitheryCreateSkillError;
  /** Failed to store uploaded skill bundle */
  502: SmitheryCreateSkillError;
}

/** Every way a `uploadSkillBundle` call can fail; switch on `kind`, then on `status`. */
export type UploadSkillBundleError =
  | HttpError<400, UploadSkillBundleErrors[400]>
  | HttpError<403, UploadSkillBundleErrors[403]>
  | HttpError<404, UploadSkillBundleErrors[404]>
  | HttpError<422, UploadSkillBundleErrors[422]>
  | HttpError<502, UploadSkillBundleErrors[502]>
  | UnexpectedStatusError
  | TransportError;

/** What `uploadSkillBundle` resolves to. */
export type UploadSkillBundleResult = Result<
  | Success<200, UploadSkillBundleResponses[200]>
      | Success<201, UploadSkillBundleResponses[201]>,
  UploadSkillBundleError
>;

/**
 * Upload a skill bundle
 *
 * Upload or replace a skill bundle via multipart/form-data with an `archive` file.
 *
 * `PUT /skills/{namespace}/{slug}/upload`
 */
export function uploadSkillBundle(
  client: Client,
  params: UploadSkillBundleParams,
  options?: RequestOptions,
): Promise<UploadSkillBundleResult> {
  return sendRequest(
    client,
    params,
    options,
    '{"id":"uploadSkillBundle","method":"PUT","path":"/skills/{namespace}/{slug}/upload","parameters":[{"name":"namespace","write":0},{"name":"slug","write":0}],"body":{"write":1,"required":true,"contents":[{"mediaType":"multipart/form-data","encode":2}]},"responses":{"200":"json","201":"json","400":"json","403":"json","404":"json","422":"json","502":"json"},"accept":"application/json","security":[["bearerAuth"]]}',
    writePathValue,
    writeBody,
    encodeMultipart,
  );
}
