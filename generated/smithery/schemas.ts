// Generated from Smithery Platform API 1.0.0 (OpenAPI 3.1.0). Do not edit: change the spec and run `openapi-client generate`.
export interface BundleDownloadError {
  error: string;
}

export interface ConfigSchema {
  [key: string]: unknown;
}

export interface Connection {
  /**
   * @description Connection ID (auto-generated or developer-defined)
   * @example clever-dolphin-a9X3
   */
  connectionId: string;
  /** @description Human-readable name */
  name: string;
  /**
   * @description Connection transport
   * @enum {string}
   */
  transport?: "http" | "uplink";
  /** @description MCP server URL. Null for uplink connections. */
  mcpUrl: string | null;
  metadata: {
    [key: string]: unknown;
  } | null;
  /** @description Mock-mode config: `{enabled: true, scenario?}` when LLM-simulated, absent otherwise. */
  mock?: MockConfig;
  iconUrl?: string | null;
  /** @description ISO 8601 timestamp */
  createdAt?: string;
  /** @description Last known connection status */
  status?: ConnectionStatus;
  /** @description Server information from MCP initialization (name, version) */
  serverInfo?: ServerInfo;
}

export type ConnectionStatus =
  | ConnectionStatusConnected
  | ConnectionStatusDisconnected
  | ConnectionStatusAuthRequired
  | ConnectionStatusInputRequired
  | ConnectionStatusError;

export interface ConnectionStatusAuthRequired {
  /** @constant */
  state: "auth_required";
  /**
   * Format: uri
   * @description Hosted Smithery URL for completing setup and OAuth
   */
  setupUrl?: string;
  /**
   * Format: uri
   * @deprecated
   * @description Deprecated compatibility alias for setupUrl
   */
  authorizationUrl?: string;
}

export interface ConnectionStatusConnected {
  /** @constant */
  state: "connected";
}

export interface ConnectionStatusDisconnected {
  /** @constant */
  state: "disconnected";
}

export interface ConnectionStatusError {
  /** @constant */
  state: "error";
  /** @description Error message */
  message: string;
}

export interface ConnectionStatusInputRequired {
  /** @constant */
  state: "input_required";
  /**
   * Format: uri
   * @description Hosted Smithery URL for completing setup in the browser
   */
  setupUrl?: string;
  http: CredentialProfileHttp;
  missing: {
    headers: string[];
    query: string[];
  };
}

export interface ConnectionsListResponse {
  connections: Connection[];
  /** @description Cursor for next page, null if no more results */
  nextCursor: string | null;
}

/** A policy constraint that restricts a token's scope. All specified fields within a single constraint are AND'd together. When multiple constraints are passed in the policy array, each is applied as an independent attenuation block. */
export interface Constraint {
  /**
   * @description Namespace(s) the token is scoped to. Accepts a single slug or an array.
   * @example [
   *       "my-app"
   *     ]
   */
  namespaces?: string | string[];
  /**
   * @description Resource type(s) the token may access: connections, servers, namespaces, or skills.
   * @example [
   *       "connections"
   *     ]
   */
  resources?: ("connections" | "servers" | "namespaces" | "skills") | ("connections" | "servers" | "namespaces" | "skills")[];
  /**
   * @description Operation(s) the token may perform: read, write, or execute.
   * @example [
   *       "read"
   *     ]
   */
  operations?: ("read" | "write" | "execute") | ("read" | "write" | "execute")[];
  /**
   * @description Key-value metadata for fine-grained filtering. A single object requires all pairs to match (AND). An array of objects requires any one to match (OR-of-AND), e.g. [{"userId":"alice"},{"team":"backend"}] grants access when either condition is met.
   * @example [
   *       {
   *         "userId": "alice"
   *       }
   *     ]
   */
  metadata?: {
    [key: string]: string;
  } | {
    [key: string]: string;
  }[];
  /**
   * @description Time-to-live for the constraint. Accepts seconds (number) or a duration string such as "1h", "30m", or "20s".
   * @example 1h
   */
  ttl?: string | number;
  /**
   * @description MCP JSON-RPC request matching rules. Keys are dot-paths into the request body (e.g. "params.name", "method"). Values are regex patterns. All entries must match (AND).
   * @example {
   *       "params.name": "^(create_issue|search_issues)$"
   *     }
   */
  rpcReqMatch?: {
    [key: string]: string;
  };
}

export interface CreateConnectionRequest {
  /**
   * @description Connection transport. Use `uplink` for a local server paired over Smithery CLI.
   * @example http
   * @enum {string}
   */
  transport?: "http" | "uplink";
  /**
   * Format: uri
   * @description URL of the MCP server. Required for HTTP connections. Omit for uplink connections.
   * @example https://mcp.example.com/sse
   */
  mcpUrl?: string;
  /**
   * @description Human-readable name (optional, defaults to connection ID)
   * @example My MCP Server
   */
  name?: string;
  /**
   * @description Custom metadata for filtering connections
   * @example {
   *       "userId": "user123",
   *       "team": "engineering"
   *     }
   */
  metadata?: {
    [key: string]: unknown;
  };
  /**
   * @description Custom headers to send with MCP requests (stored securely, not returned in responses)
   * @example {
   *       "X-API-Key": "secret-key"
   *     }
   */
  headers?: {
    [key: string]: string;
  };
  /**
   * @description Run this connection in mock mode. Tool calls are LLM-simulated against the registry's scanned schemas and never reach the upstream server. Provide an optional `scenario` to seed the simulator with a starting-state description. Registry servers only; frozen at creation (cannot be toggled via PUT).
   * @example {
   *       "enabled": true,
   *       "scenario": "A developer inbox with 3 unread Q4 planning threads."
   *     }
   */
  mock?: MockConfig;
}

export interface CreateNamespaceServerRequest {
  /** @example My Server */
  displayName?: string;
  /** @example A simple server */
  description?: string;
}

export interface CreateServerRequest {
  /** @example My Server */
  displayName?: string;
  /** @example A simple server */
  description?: string;
}

export interface CreateSkillRequest {
  /** @description The namespace to create the skill in. */
  namespace: string;
  /** @description URL-friendly identifier for the skill. */
  slug: string;
  /**
   * Format: uri
   * @description GitHub URL pointing to a repository with SKILL.md
   */
  gitUrl: string;
}

export interface CreateTeamApiKeyBody {
  /** @description Name for the team API key */
  name: string;
}

export interface CreateTokenRequest {
  /** @description Constraint objects to restrict the token. Each constraint may include a `ttl` field (max 24 hours). Default TTL is 1 hour. Maximum is 24 hours. */
  policy?: Constraint[];
  /**
   * @description Optional organization ID to scope the token to. When provided, the token is minted with org context. The authenticated user must be an admin or owner of the organization.
   * @example org_01H1234567890
   */
  organizationId?: string;
}

export interface CreateTokenResponse {
  /** @description The signed service token. */
  token: string;
  /**
   * @description ISO 8601 timestamp when the token expires.
   * @example 2024-01-01T01:00:00.000Z
   */
  expiresAt: string;
}

export interface CreateTriggerRequest {
  /**
   * @description Trigger-specific parameters defined by the trigger inputSchema
   * @default {}
   */
  params: LooseObject;
  delivery: TriggerDelivery;
}

export interface CredentialProfileHttp {
  headers?: {
    [key: string]: HttpInputField;
  };
  query?: {
    [key: string]: HttpInputField;
  };
}

export interface DeleteSuccess {
  success: boolean;
  namespace: string;
  server: string;
}

export interface DeleteTriggerRequest {
  /**
   * @description The same params used at subscribe time. Forms part of the subscription key.
   * @default {}
   */
  params: LooseObject;
  delivery: UnsubscribeDelivery;
}

export interface DeployResponse {
  /**
   * Format: uuid
   * @description Unique identifier for this release.
   * @example 123e4567-e89b-12d3-a456-426614174000
   */
  deploymentId: string;
  /**
   * @description Initial status. Will be WORKING while the release is in progress.
   * @example WORKING
   */
  status: string;
  /**
   * Format: uri
   * @description The MCP endpoint URL for connecting to this server once published.
   * @example https://slug.run.tools
   */
  mcpUrl: string;
  /** @description Non-fatal warnings encountered during submission. */
  warnings?: string[];
}

export interface DeploymentError {
  /** @example Server not found */
  error: string;
}

export interface DeploymentInfo {
  /** Format: uuid */
  id: string;
  /** @description Current status: QUEUED, WORKING, SUCCESS, FAILURE, FAILURE_SCAN, AUTH_REQUIRED, AUTH_TIMEOUT, CANCELLED, or INTERNAL_ERROR. */
  status: string;
  /** @description Release type: hosted_shttp (Smithery-hosted), external_shttp (external URL), or stdio (local binary). */
  type: string;
  /** @description Git commit SHA that triggered this release. */
  commit?: string | null;
  /** @description Git commit message associated with this release. */
  commitMessage?: string | null;
  /** @description Git branch this release was built from. */
  branch?: string | null;
  /** @description Upstream MCP server URL. Present only for external releases. */
  upstreamUrl?: string | null;
  /** @description Pipeline log entries. Only included when fetching a single release. */
  logs?: DeploymentLogEntry[];
  /**
   * Format: uri
   * @description The MCP endpoint URL for connecting to this server.
   */
  mcpUrl?: string;
  /** @description ISO 8601 timestamp of when the release was created. */
  createdAt: string;
  /** @description ISO 8601 timestamp of the last status change. */
  updatedAt: string;
}

export interface DeploymentListPage {
  releases: {
    /** Format: uuid */
    id: string;
    /** @description Current status: QUEUED, WORKING, SUCCESS, FAILURE, FAILURE_SCAN, AUTH_REQUIRED, AUTH_TIMEOUT, CANCELLED, or INTERNAL_ERROR. */
    status: string;
    /** @description Release type: hosted_shttp (Smithery-hosted), external_shttp (external URL), or stdio (local binary). */
    type: string;
    /** @description Git commit SHA that triggered this release. */
    commit?: string | null;
    /** @description Git commit message associated with this release. */
    commitMessage?: string | null;
    /** @description Git branch this release was built from. */
    branch?: string | null;
    /** @description Upstream MCP server URL. Present only for external releases. */
    upstreamUrl?: string | null;
    /**
     * Format: uri
     * @description The MCP endpoint URL for connecting to this server.
     */
    mcpUrl?: string;
    /** @description ISO 8601 timestamp of when the release was created. */
    createdAt: string;
    /** @description ISO 8601 timestamp of the last status change. */
    updatedAt: string;
  }[];
  pagination: {
    currentPage: number;
    pageSize: number;
    totalPages: number;
    totalCount: number;
  };
}

export interface DeploymentLogEntry {
  /**
   * @description Pipeline stage: deploy (bundle upload), scan (security/OAuth check), metadata (tool discovery), publish (generated artifacts).
   * @enum {string}
   */
  stage: "deploy" | "scan" | "metadata" | "publish";
  /** @description Log level: 'start', 'end', 'info', 'success', or 'failure'. */
  level: string;
  /** @description Human-readable log message. */
  message: string;
  /** @description ISO 8601 timestamp of the log entry. */
  timestamp: string;
  /** @description Error details, present only when the stage failed. */
  error?: DeploymentLogEntryError;
}

export interface DeploymentLogEntryError {
  message?: string;
}

export interface DomainListResponse {
  domains: DomainResource[];
}

export interface DomainResource {
  /**
   * @example managed
   * @constant
   */
  id: "managed";
  /**
   * @example managed
   * @constant
   */
  type: "managed";
  /** @example my-server.run.tools */
  hostname: string;
  /** @example my-server */
  subdomain: string;
  /** @example 2024-01-01T00:00:00.000Z */
  createdAt: string;
  /** @example 2024-01-01T00:00:00.000Z */
  updatedAt: string;
}

export interface DomainsError {
  /** @example Server not found */
  error: string;
}

export interface ExceptionEntry {
  /** @example 2026-01-04 10:53:39 */
  timestamp: string;
  /** @example TypeError */
  name: string;
  /** @example Cannot read property 'x' of undefined */
  message: string;
}

export interface Health {
  status: string;
  timestamp: string;
}

export interface HealthError {
  /** @example Service unhealthy */
  error: string;
}

export interface HttpConnection {
  /** @constant */
  type: "http";
  deploymentUrl: string;
  configSchema: ConfigSchema;
}

export interface HttpInputField {
  label: string;
  description?: string;
  required?: boolean;
}

export interface IconDeleteResponse {
  /** @example true */
  success: boolean;
}

export interface IconError {
  /** @example File too large */
  error: string;
}

export interface IconResponse {
  /** @example https://icons.smithery.ai/server-id.png */
  iconUrl: string;
}

export interface InputSchemaProperties {
  [key: string]: unknown;
}

export interface Invocation {
  /** @example 625f9ce6-f179-4f23-b3e3-4de28b52b39d */
  id: string;
  /** @example 2026-01-04 10:53:39 */
  timestamp: string;
  request: InvocationRequest;
  response: InvocationResponse;
  duration: InvocationDuration;
  logs: RuntimeLogEntry[];
  exceptions: ExceptionEntry[];
}

export interface InvocationDuration {
  /** @example 5 */
  cpuMs: number;
  /** @example 743 */
  wallMs: number;
}

export interface InvocationRequest {
  /** @example POST */
  method: string;
  /** @example https://gateway.smithery.ai/@smithery/unicorn */
  url: string;
}

export interface InvocationResponse {
  /** @example 200 */
  status: number;
  /** @example ok */
  outcome: string;
}

export interface LooseObject {
  [key: string]: unknown;
}

export interface MockConfig {
  /** @description Turn mock mode on for this connection. */
  enabled: boolean;
  /**
   * @description Natural-language starting-state for the simulator (threaded into the LLM system prompt so generated data is consistent with the scenario across calls).
   * @example Slack workspace with an active #community-ops channel containing recent event-planning messages, plus 50 Airtable candidate records with mixed tenure and interests.
   */
  scenario?: string;
}

export interface NamespaceSearchResult {
  /** @example anthropic */
  name: string;
}

export interface NamespacesError {
  /** @example Unauthorized */
  error: string;
}

export interface NamespacesSearchResponse {
  namespaces: NamespaceSearchResult[];
  pagination: {
    currentPage: number;
    pageSize: number;
    totalPages: number;
    totalCount: number;
  };
}

export interface OrganizationError {
  error: string;
}

export interface OutputSchemaProperties {
  [key: string]: unknown;
}

export interface PutSkillResponse {
  id: string;
  namespace: string;
  slug: string;
  displayName: string;
  description: string;
  gitUrl: string | null;
  externalStars: number;
  listed: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface RegistryError {
  /** @example Server not found */
  error: string;
}

export interface ResumeResponse {
  /** @example WORKING */
  status: string;
  /** Format: uuid */
  deploymentId: string;
}

export interface RuntimeLogEntry {
  /** @example 2026-01-04 10:53:39 */
  timestamp: string;
  /** @example info */
  level: string;
  /** @example Processing request... */
  message: string;
}

export interface RuntimeLogsError {
  /** @example Server not found */
  error: string;
}

export interface RuntimeLogsResponse {
  invocations: Invocation[];
  /** @description Total invocations matching query */
  total: number;
}

export interface Server {
  /** @example smithery/hello-world */
  qualifiedName: string;
  /** @example Hello World */
  displayName: string;
  /** @example A simple hello world server */
  description: string;
  /** @example https://example.com/icon.png */
  iconUrl: string | null;
  /** @example true */
  remote: boolean;
  /** @example https://api.example.com */
  deploymentUrl: string | null;
  connections: (StdioConnection | HttpConnection)[];
  security: ServerSecurity | null;
  tools: ServerTool[] | null;
  resources: ServerResource[] | null;
  prompts: ServerPrompt[] | null;
}

export interface ServerInfo {
  name: string;
  title?: string;
  icons?: {
    src: string;
    mimeType?: string;
    sizes?: string[];
    /** @enum {string} */
    theme?: "light" | "dark";
  }[];
  version: string;
  websiteUrl?: string;
  description?: string;
}

export interface ServerPrompt {
  /** @example summarize */
  name: string;
  /** @example Summarize the given text */
  description?: string;
  arguments?: {
    /** @example text */
    name: string;
    /** @example The text to summarize */
    description?: string;
    /** @example true */
    required?: boolean;
  }[];
}

export interface ServerResource {
  /** @example config://settings */
  name: string;
  /** @example config://app/settings */
  uri: string;
  /** @example Application settings */
  description?: string;
  /** @example application/json */
  mimeType?: string;
}

export interface ServerSecurity {
  /** @example true */
  scanPassed: boolean;
}

export interface ServerSummary {
  /** @example abc123 */
  id: string;
  /**
   * @description Unique identifier in namespace/slug format.
   * @example smithery/hello-world
   */
  qualifiedName: string;
  /**
   * @description The namespace this server belongs to, or null if unassigned.
   * @example smithery-ai
   */
  namespace: string | null;
  /**
   * @description URL-friendly short name within the namespace.
   * @example hello-world
   */
  slug: string | null;
  /** @example Hello World */
  displayName: string;
  /** @example A simple hello world server */
  description: string;
  /** @example https://example.com/icon.png */
  iconUrl: string | null;
  /**
   * @description Whether this server has been verified by Smithery.
   * @example true
   */
  verified: boolean;
  /**
   * @description Total number of times this server has been connected to.
   * @example 42
   */
  useCount: number;
  /**
   * @description Whether the server is accessed via URL (true) or runs locally via stdio (false). Null if unknown.
   * @example true
   */
  remote: boolean | null;
  /**
   * @description Whether the server is currently hosted on Smithery infrastructure.
   * @example true
   */
  isDeployed: boolean;
  /**
   * @description ISO 8601 timestamp of when the server was registered.
   * @example 2024-01-01T00:00:00.000Z
   */
  createdAt: string;
  /**
   * @description The server owner's homepage URL, or the server's Smithery page as a fallback. Will become nullable in a future release.
   * @example https://example.com
   */
  homepage: string;
  /**
   * @description Whether this server is maintained by Smithery (i.e. owned by the Smithery organization).
   * @example false
   */
  bySmithery: boolean;
  /**
   * @description User ID of the server owner, or null for community servers.
   * @example user_abc123
   */
  owner: string | null;
  /**
   * @description RRF relevance score from search (null for browse requests).
   * @example 0.016
   */
  score: number | null;
}

export interface ServerTool {
  /** @example get_weather */
  name: string;
  /** @example Get current weather */
  description: string | null;
  inputSchema: ToolInputSchema;
  outputSchema?: ToolOutputSchema;
}

export interface ServersListError {
  /** @example Server not found */
  error: string;
}

export interface ServersListResponse {
  servers: ServerSummary[];
  pagination: {
    /**
     * @description Current page number (1-indexed).
     * @example 1
     */
    currentPage: number;
    /**
     * @description Number of results per page.
     * @example 10
     */
    pageSize: number;
    /**
     * @description Total number of pages available.
     * @example 5
     */
    totalPages: number;
    /**
     * @description Total number of matching servers.
     * @example 42
     */
    totalCount: number;
  };
}

export interface SkillError {
  error: string;
}

export interface SkillResponse {
  id: string;
  namespace: string;
  slug: string;
  displayName: string;
  description: string;
  prompt: string;
  qualityScore: number;
  externalStars: number;
  externalForks: number;
  totalActivations: number;
  uniqueUsers: number;
  categories: string[];
  servers: string[];
  gitUrl: string | null;
  /** @description Whether this skill's namespace is verified. */
  verified: boolean;
  listed: boolean;
  /** @description Organization ID of the skill owner (from namespace) */
  owner: string | null;
  createdAt: string;
}

export interface SkillSummary {
  id: string;
  /** @description Namespace that owns this skill. */
  namespace: string;
  /** @description URL-friendly short name within the namespace. */
  slug: string;
  displayName: string;
  description: string;
  /** @description The prompt template for this skill, or null if not publicly visible. */
  prompt: string | null;
  /** @description Computed quality score from 0 to 1. */
  qualityScore: number;
  /** @description GitHub star count of the source repository, if applicable. */
  externalStars?: number;
  /** @description GitHub fork count of the source repository, if applicable. */
  externalForks?: number;
  /** @description Total number of times this skill has been activated. */
  totalActivations?: number;
  /** @description Number of distinct users who have activated this skill. */
  uniqueUsers?: number;
  /** @description List of categories this skill belongs to. */
  categories?: string[];
  /** @description Qualified names of MCP servers this skill depends on. */
  servers?: string[];
  /** @description URL to the skill's source repository. */
  gitUrl?: string | null;
  /** @description Whether this skill's namespace is verified. */
  verified: boolean;
  /** @description Whether this skill is publicly listed in the registry. */
  listed: boolean;
  /** @description ISO 8601 timestamp of when the skill was created. */
  createdAt: string;
}

export interface SkillsListError {
  error: string;
}

export interface SkillsListResponse {
  skills: SkillSummary[];
  pagination: {
    /** @description Current page number (1-indexed). */
    currentPage: number;
    /** @description Number of results per page. */
    pageSize: number;
    /** @description Total number of pages available. */
    totalPages: number;
    /** @description Total number of matching skills. */
    totalCount: number;
  };
}

export interface SmitheryCreateNamespaceResponse {
  /** @example myorg */
  name: string;
  /** @example 2024-01-01T00:00:00.000Z */
  createdAt: string;
}

export interface SmitheryCreateNamespaceServerResponse {
  /** @example myorg */
  namespace: string;
  /** @example  */
  server: string;
  /** @example My Server */
  displayName: string;
  /** @example A simple server */
  description: string;
  /** @example 2024-01-01T00:00:00.000Z */
  createdAt: string;
}

export interface SmitheryCreateServerError {
  /** @example Forbidden: You don't own this server */
  error: string;
}

export interface SmitheryCreateServerResponse {
  /** @example myorg */
  namespace: string;
  /** @example my-server */
  server: string;
  /** @example My Server */
  displayName: string;
  /** @example A simple server */
  description: string;
  /** @example 2024-01-01T00:00:00.000Z */
  createdAt: string;
}

export interface SmitheryCreateSkillError {
  error: string;
  code?: string;
}

export interface SmitheryCreateSkillResponse {
  id: string;
  namespace: string;
  slug: string;
  displayName: string;
  description: string;
  gitUrl: string;
  listed: boolean;
  createdAt: string;
}

export interface SmitheryDeleteNamespaceResponse {
  success: boolean;
  /** @example myorg */
  name: string;
}

export interface SmitheryDeleteSkillResponse {
  success: boolean;
  qualifiedName: string;
}

export interface SmitheryError {
  /** @example not_found */
  error: string;
  /** @example Resource not found */
  message: string;
}

export interface SmitheryRevokeTeamApiKeyResponse {
  success: boolean;
}

export interface SmitherySuccess {
  /** @constant */
  success: true;
}

export interface SmitherySyncSkillResponse {
  id: string;
  namespace: string;
  slug: string;
  displayName: string;
  description: string;
  externalStars: number;
  gitUrl: string;
  updatedAt: string;
}

export interface SmitheryUpdateServerResponse {
  success: boolean;
  namespace: string;
  server: string;
}

export interface StdioConnection {
  /** @constant */
  type: "stdio";
  /** Format: uri */
  bundleUrl: string;
  /** @enum {string} */
  runtime: "node" | "binary" | "python" | "bun";
  configSchema: ConfigSchema;
}

export interface TeamApiKey {
  id: string;
  name: string;
  createdAt: string;
}

export interface TeamApiKeyCreated {
  id: string;
  name: string;
  key: string;
  createdAt: string;
}

export interface TokenError {
  /** @example unauthorized */
  error: string;
  /** @example Invalid API key */
  message?: string;
}

export interface Tool {
  name: string;
  title?: string;
  icons?: {
    src: string;
    mimeType?: string;
    sizes?: string[];
    /** @enum {string} */
    theme?: "light" | "dark";
  }[];
  description?: string;
  inputSchema: {
    /** @constant */
    type: "object";
    properties?: {
      [key: string]: unknown;
    };
    required?: string[];
  } & {
    [key: string]: unknown;
  };
  outputSchema?: {
    /** @constant */
    type: "object";
    properties?: {
      [key: string]: unknown;
    };
    required?: string[];
  } & {
    [key: string]: unknown;
  };
  annotations?: {
    title?: string;
    readOnlyHint?: boolean;
    destructiveHint?: boolean;
    idempotentHint?: boolean;
    openWorldHint?: boolean;
  };
  execution?: {
    /** @enum {string} */
    taskSupport?: "required" | "optional" | "forbidden";
  };
  _meta?: {
    [key: string]: unknown;
  };
}

export interface ToolInputSchema {
  /** @constant */
  type: "object";
  properties?: InputSchemaProperties;
}

export interface ToolList {
  tools: Tool[];
}

export interface ToolOutputSchema {
  /** @constant */
  type: "object";
  properties?: OutputSchemaProperties;
  required?: string[];
}

export interface ToolOutputSchemaError {
  /** @example No output samples found */
  error: string;
}

export interface ToolOutputSchemaResponse {
  /** @example smithery-ai/github */
  qualifiedName: string;
  /** @example search_repositories */
  toolName: string;
  /** @example 25 */
  sampleCount: number;
  /** @example z.object({ "items": z.array(z.object({})).optional() }) */
  zodSchema: string;
}

export type ToolResponse = Tool | ToolList;

export interface TriggerDefinition {
  /**
   * @description Trigger name exposed by the MCP server
   * @example page.updated
   */
  name: string;
  description?: string;
  /**
   * @description Supported delivery modes
   * @example [
   *       "webhook"
   *     ]
   */
  delivery: string[];
  /** @description JSON Schema for the params required to create the trigger */
  inputSchema?: LooseObject;
  /** @description JSON Schema for the event payload delivered by the trigger */
  payloadSchema?: LooseObject;
}

export type TriggerDefinitionList = TriggerDefinition[];

export interface TriggerDelivery {
  /**
   * @description HTTPS webhook destination where the upstream MCP server delivers events.
   * @example https://my-app.example.com/events
   */
  url: string;
  /**
   * @description Standard Webhooks signing secret (whsec_<base64 of 24-64 random bytes>). The upstream MCP server signs each delivery with this.
   * @example whsec_dGVzdF9zZWNyZXRfMjRfYnl0ZXNfbWluaW11bSE=
   */
  secret: string;
}

export interface TriggerSubscription {
  /**
   * @description Stable subscription id derived from (namespace, connection, name, params, delivery.url). Used by the receiver to route via X-MCP-Subscription-Id.
   * @example trg_01HW1234567890
   */
  id: string;
  /**
   * @description ISO 8601 timestamp at which the subscription expires unless refreshed.
   * @example 2026-04-22T13:00:00.000Z
   */
  refreshBefore: string;
}

export interface UnsubscribeDelivery {
  /**
   * @description The delivery URL of the subscription to remove. Together with name+params it forms the subscription key.
   * @example https://my-app.example.com/events
   */
  url: string;
}

export interface UpdateDomainRequest {
  subdomain: string;
}

export interface UpdateServerRequest {
  displayName?: string;
  description?: string;
  homepage?: string | null;
  repositoryUrl?: string | null;
  backlinkUrl?: string | null;
  license?: string | null;
  iconUrl?: string | null;
  unlisted?: boolean;
}

export interface UpsertConnectionRequest {
  /**
   * @description Connection transport. Defaults to the existing connection transport when updating.
   * @example http
   * @enum {string}
   */
  transport?: "http" | "uplink";
  /**
   * Format: uri
   * @description URL of the MCP server. Required when creating a new connection. Optional when updating — omit to keep the existing URL.
   * @example https://mcp.example.com/sse
   */
  mcpUrl?: string;
  /**
   * @description Human-readable name (optional, defaults to connection ID)
   * @example My MCP Server
   */
  name?: string;
  /**
   * @description Custom metadata for filtering connections
   * @example {
   *       "userId": "user123",
   *       "team": "engineering"
   *     }
   */
  metadata?: {
    [key: string]: unknown;
  };
  /**
   * @description Custom headers to send with MCP requests (stored securely, not returned in responses)
   * @example {
   *       "X-API-Key": "secret-key"
   *     }
   */
  headers?: {
    [key: string]: string;
  };
  /**
   * @description Run this connection in mock mode. Only honored on first creation; ignored on updates to an existing connection.
   * @example {
   *       "enabled": true
   *     }
   */
  mock?: MockConfig;
}

export interface ValidationError {
  /** @constant */
  error: "validation_error";
  /** @example Invalid request */
  message: string;
}
