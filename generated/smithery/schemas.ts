// Generated from Smithery Platform API 1.0.0 (OpenAPI 3.1.0). Do not edit: change the spec and run `npm run generate`.
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

export interface HttpInputField {
  label: string;
  description?: string;
  required?: boolean;
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

export interface RegistryError {
  /** @example Server not found */
  error: string;
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

export interface SmitheryError {
  /** @example not_found */
  error: string;
  /** @example Resource not found */
  message: string;
}

export interface SmitherySuccess {
  /** @constant */
  success: true;
}
