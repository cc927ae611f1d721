/** The client a caller creates once and passes to every operation: where to send, how to authenticate, how to retry. */
import type { RequestParts } from './operation.js';
import type { InvalidBodyError } from './result.js';

/** A credential, or a function returning one (called before every request, so it may refresh). */
export type CredentialSource = string | (() => string | undefined | Promise<string | undefined>);

/** A `fetch` implementation; the global one by default. */
export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

/** How a security scheme of the spec puts a credential on a request; one of the functions of `security.ts`. */
export type SecuritySchemeDescriptor = (parts: RequestParts, credential: string) => void;

/** What `onRequest` sees of a request about to be sent; credentials are redacted. */
export interface RequestInfo {
  readonly operation: string;
  readonly method: string;
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  /** 1 for the first try, 2 for the first retry, … */
  readonly attempt: number;
}

/** What `onResponse` sees of a response that arrived (before its body is read). */
export interface ResponseInfo extends RequestInfo {
  readonly status: number;
  /** Milliseconds from sending to the response headers. */
  readonly durationMs: number;
}

/**
 * What a client calls after decoding a documented JSON body; `client.options.validate` holds one. Declared here
 * (and built by validate-response.ts) so that clients generated without validators carry none of the validator.
 */
export interface ResponseValidation {
  /** Returns an `invalid-body` error naming the first problem (`$.status.state: expected …`), or undefined when the body conforms. */
  check(operation: string, responseKey: string, body: unknown, label: string, response: Response): InvalidBodyError | undefined;
}

/** Options for `createClient`; every one is optional. */
export interface ClientOptions {
  /** The bearer token (or API key) sent to every scheme that has no entry in `credentials`. */
  readonly token?: CredentialSource;
  /** Credentials per security scheme name, for specs with several schemes. */
  readonly credentials?: Readonly<Record<string, CredentialSource>>;
  /** Overrides the server from the spec's `servers`, for example a staging host or a local mock. */
  readonly baseUrl?: string;
  /**
   * The fetch to call; the global `fetch` by default. When it throws or rejects, the call ends with a `network`
   * error whose message says so (`no response: ClientOptions.fetch threw TypeError: …`) and whose `cause` is what it threw.
   */
  readonly fetch?: FetchLike;
  /** Headers sent with every request (the operation's own headers win). */
  readonly headers?: Readonly<Record<string, string>>;
  /**
   * Milliseconds one attempt may take, body read included; 60,000 by default. `Infinity`, `0`, `NaN`, negatives
   * and values from 2^31 on (beyond what timers can wait) mean no limit.
   */
  readonly timeoutMs?: number;
  /** Milliseconds a whole call may take, retries and waits included; no limit by default (read like `timeoutMs`). */
  readonly deadlineMs?: number;
  /** The largest response body read into memory, in bytes after decompression; 64 MiB by default. Past it: `body-too-large`. */
  readonly maxBodyBytes?: number;
  /**
   * Which redirects are followed. `'safe'` (the default): same-origin ones for every method; cross-origin ones only for
   * GET and HEAD, and then without any credential or header the caller added. `'none'`: none. `'fetch'`: whatever
   * the `fetch` in use does. A redirect not followed is the call's answer (its status, with `Location` on
   * `response.headers`). Browsers hide a redirect's status and target from code; there `'safe'` lets the browser
   * follow a GET or HEAD that carries no credential or caller header, or one to the page's own origin (which the
   * browser then may not leave), and answers any other redirect with `unexpected-status`, status 0.
   */
  readonly followRedirects?: 'safe' | 'none' | 'fetch';
  /** Retries after a network error, an attempt timeout, or a 408, 429, 502, 503 or 504; 2 by default (a negative or non-finite value too). Only idempotent methods (GET, HEAD, OPTIONS, PUT, DELETE) and requests with an Idempotency-Key are retried. */
  readonly maxRetries?: number;
  /** The first backoff wait; it doubles on each retry, with jitter. 500 by default. */
  readonly retryBaseDelayMs?: number;
  /** The longest wait between attempts, a server's Retry-After included. 30,000 by default. */
  readonly maxRetryDelayMs?: number;
  /**
   * Sends a generated Idempotency-Key (a random UUID, also on pages that are not a secure context) with POST and
   * PATCH requests, which makes them safe to retry.
   */
  readonly idempotencyKey?: boolean;
  /**
   * Milliseconds a streamed body (events, JSON lines) may go without a byte before it ends with a `timeout`
   * (`idle`); 300,000 by default (read like `timeoutMs`). `timeoutMs` and `deadlineMs` stop at the response headers.
   */
  readonly streamIdleTimeoutMs?: number;
  /**
   * Checks documented JSON bodies: pass `responseValidation` from the client's `validators.ts` (generated with
   * `validators: true` in the API's config). Off by default.
   */
  readonly validate?: ResponseValidation;
  /** Called before each attempt, for logging and tracing; credentials are redacted. Errors it throws are ignored. */
  readonly onRequest?: (request: RequestInfo) => void;
  /** Called when each attempt's response arrives. Errors it throws are ignored. */
  readonly onResponse?: (response: ResponseInfo) => void;
}

/** Per-call options, the last argument of every operation. */
export interface RequestOptions {
  /**
   * Ends the call with an `aborted` error when it fires, even during a wait between retries. Any object with a
   * boolean `aborted` and `addEventListener` will do: a signal from another realm or a polyfill too.
   */
  readonly signal?: AbortSignal;
  /** Extra headers for this call only. */
  readonly headers?: Readonly<Record<string, string>>;
  /** Overrides the client's `timeoutMs` for this call. */
  readonly timeoutMs?: number;
  /** Overrides the client's `deadlineMs` for this call. */
  readonly deadlineMs?: number;
  /** Overrides the client's `maxRetries` for this call. */
  readonly maxRetries?: number;
  /** Overrides the client's `maxBodyBytes` for this call. */
  readonly maxBodyBytes?: number;
  /** An Idempotency-Key for this call (a string), or `true` to generate one; makes a POST or PATCH retryable. */
  readonly idempotencyKey?: string | boolean;
  /** Overrides the client's `streamIdleTimeoutMs` for this call. */
  readonly streamIdleTimeoutMs?: number;
  /**
   * For an event stream: how many times to reconnect when the connection drops mid-stream, asking the server to
   * resume with `Last-Event-ID` (after the `retry` wait the server asked for, 1,000 ms otherwise); 0 by default.
   */
  readonly reconnect?: number;
  /**
   * `'stream'`: a binary success body comes as a `ReadableStream` of bytes, unread (`maxBodyBytes` does not apply),
   * instead of a buffered `Blob`. Operations with a binary response type the call accordingly.
   */
  readonly download?: 'blob' | 'stream';
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

/** Combines the caller's options with the API's defaults. */
export function createRuntimeClient(options: ClientOptions, api: ApiDescriptor): Client {
  return {
    baseUrl: String(options.baseUrl ?? api.baseUrl).replace(/\/+$/, ''),
    options,
    securitySchemes: api.securitySchemes,
  };
}

/** Reads an environment variable where there is an environment (Node, Bun, Deno with permission); undefined elsewhere. */
export function readEnvironment(name: string): string | undefined {
  try {
    return (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env?.[name] || undefined;
  } catch {
    return undefined;
  }
}
