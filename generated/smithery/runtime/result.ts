// @ts-nocheck
// Copied from the generator's templates/result.ts, which the generator type-checks. Do not edit.
/** Result and error types shared by every generated operation: nothing a call returns is ever thrown. */

/** A documented success: the literal HTTP status, the decoded body, and the documented response headers. */
export interface Success<Status extends number, Data, Headers = {}> {
  readonly ok: true;
  readonly status: Status;
  readonly data: Data;
  /** The response headers the spec documents for this status, decoded (names in lower case). */
  readonly headers: Headers;
  /** The raw response; its body has already been read. */
  readonly response: Response;
  /** How many requests the call sent (more than 1 after retries). */
  readonly attempts: number;
}

/**
 * A documented success of a paginated operation: one page. `items` holds the page's items wherever the body keeps
 * them (the body itself, `data`, `meta.components`, …); `paginate` and `pages` fetch the pages after it.
 */
export interface Page<Status extends number, Data, Item, Headers = {}> extends Success<Status, Data, Headers> {
  readonly items: Item[];
}

/** A call that did not produce a documented success; `error` says why. */
export interface Failure<E> {
  readonly ok: false;
  readonly error: E;
  /** How many requests the call sent: 0 when the arguments could not be sent, more than 1 after retries. */
  readonly attempts: number;
}

/** What every generated operation resolves to. */
export type Result<S, E> = S | Failure<E>;

/** A documented error status with its typed body and documented headers. */
export interface HttpError<Status extends number, Body, Headers = {}> {
  readonly kind: 'http';
  readonly status: Status;
  readonly body: Body;
  /** The response headers the spec documents for this status, decoded (names in lower case). */
  readonly headers: Headers;
  readonly message: string;
  readonly response: Response;
}

/** A status the operation documents only through its `default` response. */
export interface DefaultError<Body> {
  readonly kind: 'default';
  readonly status: number;
  readonly body: Body;
  readonly message: string;
  readonly response: Response;
}

/** A status the spec does not document; the body is JSON when it parses, text otherwise. */
export interface UnexpectedStatusError {
  readonly kind: 'unexpected-status';
  readonly status: number;
  readonly body: unknown;
  readonly message: string;
  readonly response: Response;
}

/** The request or the response body could not travel: refused, reset, DNS, TLS. */
export interface NetworkError {
  readonly kind: 'network';
  readonly message: string;
  readonly cause: unknown;
}

/**
 * The call ran out of time, body read included: one attempt's `timeoutMs`, the whole call's `deadlineMs`, or (for a
 * streamed body, thrown while iterating) `streamIdleTimeoutMs` without a byte.
 */
export interface TimeoutError {
  readonly kind: 'timeout';
  /** Which limit ran out. */
  readonly timeout: 'attempt' | 'deadline' | 'idle';
  readonly message: string;
  /** The limit that ran out, in milliseconds. */
  readonly timeoutMs: number;
}

/** The caller's `AbortSignal` fired. */
export interface AbortedError {
  readonly kind: 'aborted';
  readonly message: string;
  readonly reason: unknown;
}

/** A documented body that could not be decoded as documented (for example JSON that does not parse). */
export interface InvalidBodyError {
  readonly kind: 'invalid-body';
  readonly status: number;
  readonly message: string;
  /** The first 1,000 characters of the body as received (empty when the body parsed but failed validation). */
  readonly text: string;
  /** With response validation on: where the body first differs from the spec, such as `$.status.state`. */
  readonly path?: string;
  readonly cause: unknown;
  readonly response: Response;
}

/** Arguments that cannot be sent, such as an empty or `..` path parameter; nothing was sent. */
export interface InvalidRequestError {
  readonly kind: 'invalid-request';
  readonly message: string;
  /** The parameter at fault, when one is. */
  readonly parameter?: string;
}

/** A response body larger than `maxBodyBytes` (counted after decompression); the rest of it was not read. */
export interface BodyTooLargeError {
  readonly kind: 'body-too-large';
  readonly status: number;
  /** The limit that was passed, in bytes. */
  readonly limitBytes: number;
  readonly message: string;
  readonly response: Response;
}

/** Outcomes that can end any call, whatever the operation documents. */
export type TransportError = NetworkError | TimeoutError | AbortedError | InvalidBodyError | InvalidRequestError | BodyTooLargeError;

/** Every error kind, for code that handles errors from any operation. */
export type AnyCallError =
  | HttpError<number, unknown, unknown>
  | DefaultError<unknown>
  | UnexpectedStatusError
  | TransportError;

type Digit = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;
type ToNumber<Text> = Text extends `${infer N extends number}` ? N : never;

/** Every status of a documented range such as `4XX`, as literal types: `StatusRange<4>` is `400 | 401 | … | 499`. */
export type StatusRange<Hundreds extends 1 | 2 | 3 | 4 | 5> = ToNumber<`${Hundreds}${Digit}${Digit}`>;
