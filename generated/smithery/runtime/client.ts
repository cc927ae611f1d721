// Copied from the generator's templates/client.ts. Do not edit.
/** The client a caller creates once and passes to every operation: where to send, how to authenticate, which fetch. */

/** A credential, or a function returning one (called before every request, so it may refresh). */
export type CredentialSource = string | (() => string | undefined | Promise<string | undefined>);

/** A `fetch` implementation; the global one by default. */
export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

/** How a security scheme of the spec puts a credential on a request. */
export type SecuritySchemeDescriptor =
  | { readonly type: 'bearer' }
  | { readonly type: 'basic' }
  | { readonly type: 'apiKey'; readonly in: 'header' | 'query' | 'cookie'; readonly name: string };

/** Options for `createClient`; every one is optional. */
export interface ClientOptions {
  /** The bearer token (or API key) sent to every scheme that has no entry in `credentials`. */
  readonly token?: CredentialSource;
  /** Credentials per security scheme name, for specs with several schemes. */
  readonly credentials?: Readonly<Record<string, CredentialSource>>;
  /** Overrides the server from the spec's `servers`, for example a staging host or a local mock. */
  readonly baseUrl?: string;
  /** The fetch to call; the global `fetch` by default. */
  readonly fetch?: FetchLike;
  /** Headers sent with every request (the operation's own headers win). */
  readonly headers?: Readonly<Record<string, string>>;
  /** Milliseconds a whole call may take, body read included; no limit by default. */
  readonly timeoutMs?: number;
}

/** Per-call options, the last argument of every operation. */
export interface RequestOptions {
  /** Ends the call with an `aborted` error when it fires. */
  readonly signal?: AbortSignal;
  /** Extra headers for this call only. */
  readonly headers?: Readonly<Record<string, string>>;
  /** Overrides the client's `timeoutMs` for this call. */
  readonly timeoutMs?: number;
}

/** What a generated API module knows about itself: its default server and its security schemes. */
export interface ApiDescriptor {
  readonly baseUrl: string;
  readonly securitySchemes: Readonly<Record<string, SecuritySchemeDescriptor>>;
}

/** A configured client; create it with the generated `createClient`. */
export interface Client {
  readonly baseUrl: string;
  readonly options: ClientOptions;
  readonly securitySchemes: Readonly<Record<string, SecuritySchemeDescriptor>>;
}

/** Combines the caller's options with the API's defaults; reads nothing from the environment. */
export function createRuntimeClient(options: ClientOptions, api: ApiDescriptor): Client {
  return {
    baseUrl: (options.baseUrl ?? api.baseUrl).replace(/\/+$/, ''),
    options,
    securitySchemes: api.securitySchemes,
  };
}
