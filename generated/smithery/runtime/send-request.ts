// @ts-nocheck
// Copied from the generator's templates/send-request.ts, which the generator type-checks. Do not edit.
/**
 * Sends one operation's request, retrying where that is safe, and turns every outcome into a typed `Result`.
 * Nothing here rejects: every argument, option, server answer and network fault ends as a `Result`.
 */
import { callerSignal } from './caller-signal.js';
import type { Client, RequestOptions, SecuritySchemeDescriptor } from './client.js';
import { CheckedHeaders, own, type BodyFormat, type OperationDescriptor, type RequestParts } from './operation.js';
import { describeOperation } from './describe-operation.js';
import { ParameterError } from './parameter-error.js';
import { randomUuid } from './random-uuid.js';
import type { AnyCallError } from './result.js';
import { isRetryableStatus, mayRetry, retryAfterMs, retryDelayMs } from './retry-policy.js';

type Arguments = Readonly<Record<string, unknown>>;
/** A result before the attempt count is known. */
type Outcome = { ok: true; status: number; data: unknown; headers: unknown; response: Response } | { ok: false; error: AnyCallError };
/** One attempt: what it gave, whether a request left, and the wait before the next attempt when there will be one. */
type Attempt = { outcome: Outcome; sent: boolean; retryAfter?: number };

/** How much of an undecodable body an `invalid-body` error keeps. */
const TEXT_SAMPLE_LENGTH = 1000;
/** One attempt's time limit unless the caller sets `timeoutMs`. */
const DEFAULT_TIMEOUT_MS = 60_000;
/** The largest body read into memory unless the caller sets `maxBodyBytes`: 64 MiB, counted after decompression. */
export const DEFAULT_MAX_BODY_BYTES = 64 * 1024 * 1024;
/** Redirects followed in one attempt, as fetch does. */
const MAX_REDIRECTS = 20;
/** Headers that always carry credentials, whoever set them. */
const SECRET_HEADER = /^(authorization|proxy-authorization|cookie)$|api-?key|token|secret|password|session|signature|credential/i;

interface Prepared {
  readonly url: URL;
  /** The URL with every credential in its query replaced by `[redacted]`: what hooks, messages and results show. */
  readonly shownUrl: string;
  readonly init: RequestInit & { headers: Headers };
  /** Names of headers that carry a credential (the client's security schemes and the usual credential headers). */
  readonly secretHeaders: ReadonlySet<string>;
  /** Header names the caller set through `headers`: like credentials, they never travel to another origin. */
  readonly callerHeaders: ReadonlySet<string>;
}

/**
 * Sends one operation with the caller's `args`: `json` and `functions` describe it (see describe-operation.ts). One
 * call with plain arguments keeps each generated function's body cheap for the type checker. The generated
 * function declares the operation's `Result` type; `any` here spares the checker an inference per operation.
 */
export function sendRequest(
  client: Client,
  args: object | undefined,
  options: RequestOptions | undefined,
  json: string,
  ...functions: ReadonlyArray<(...args: never[]) => unknown>
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
): Promise<any> {
  const operation = describeOperation(json, functions);
  const label = `${operation.method} ${operation.path}`;
  return send(client, operation, (args ?? {}) as Arguments, options ?? {}, label).catch(
    // A last guard: a fault in a caller's fetch or hook that escaped every other one still resolves.
    (cause: unknown) => ({ ok: false, error: { kind: 'network', message: `${label}: the request failed`, cause }, attempts: 0 }),
  );
}

function fail(error: AnyCallError): Outcome {
  return { ok: false, error };
}

function aborted(label: string, signal: AbortSignal | undefined): AnyCallError {
  return { kind: 'aborted', message: `${label}: aborted`, reason: signal?.reason };
}

/** A time limit in milliseconds, or undefined for none: anything but a finite number in (0, 2^31 - 1] means no limit. */
export function timeLimit(value: unknown): number | undefined {
  return typeof value === 'number' && value > 0 && value <= 0x7fffffff ? value : undefined;
}

/** A count option: a finite number >= 0, rounded down; anything else gives the fallback. */
export function count(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? Math.floor(value) : fallback;
}

async function send(client: Client, operation: OperationDescriptor, args: Arguments, options: RequestOptions, label: string) {
  const config = client.options;
  const signal = callerSignal(options);
  if (signal?.aborted) return { ok: false, error: aborted(label, signal), attempts: 0 };
  let prepared: Prepared | undefined;
  try {
    prepared = await untilAborted(prepare(client, operation, args, options), signal);
  } catch (cause) {
    // Encoders turn what they refuse into a ParameterError (a lone surrogate included); anything else is named.
    const parameter = cause instanceof ParameterError ? cause.parameter : undefined;
    const message = cause instanceof ParameterError ? cause.message : `the arguments cannot be encoded (${String((cause as Error)?.name)})`;
    return { ok: false, error: { kind: 'invalid-request', message: `${label}: ${message}`, parameter }, attempts: 0 };
  }
  if (prepared === undefined) return { ok: false, error: aborted(label, signal), attempts: 0 };
  const maxRetries = mayRetry(operation.method, prepared.init.headers) ? count(options.maxRetries ?? config.maxRetries, 2) : 0;
  const deadlineMs = timeLimit(options.deadlineMs ?? config.deadlineMs);
  const deadline = deadlineMs === undefined ? Infinity : Date.now() + deadlineMs;
  let attempts = 0;
  for (let attempt = 1; ; attempt++) {
    // The wait before the next attempt, or undefined when there will be none.
    const nextWait = (requested: number | undefined): number | undefined => {
      if (attempt > maxRetries) return undefined;
      const wait = retryDelayMs(attempt, requested, count(config.retryBaseDelayMs, 500), count(config.maxRetryDelayMs, 30_000));
      return Date.now() + wait < deadline ? wait : undefined;
    };
    const { outcome, sent, retryAfter } = await sendOnce(client, operation, prepared, options, deadline, deadlineMs, label, nextWait, attempt);
    if (sent) attempts++;
    if (retryAfter === undefined) {
      // The outcome is this attempt's own object: adding the count to it spares a copy (a spread costs a microsecond).
      const result = outcome as Outcome & { attempts: number };
      result.attempts = attempts;
      return result;
    }
    if (!(await sleep(retryAfter, signal))) return { ok: false, error: aborted(label, signal), attempts };
  }
}

/** Resolves with `work`'s value, or with undefined as soon as `signal` fires (a pending token function is left behind). */
function untilAborted<T>(work: Promise<T>, signal: AbortSignal | undefined): Promise<T | undefined> {
  if (!signal) return work;
  return new Promise<T | undefined>((resolve, reject) => {
    const onAbort = () => resolve(undefined);
    signal.addEventListener('abort', onAbort);
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/** Waits `ms`; resolves false at once if `signal` fires first. Leaves no timer or listener behind. */
function sleep(ms: number, signal: AbortSignal | undefined): Promise<boolean> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve(false);
    const done = (completed: boolean) => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      resolve(completed);
    };
    const onAbort = () => done(false);
    const timer = setTimeout(() => done(true), ms);
    signal?.addEventListener('abort', onAbort);
  });
}

async function sendOnce(
  client: Client,
  operation: OperationDescriptor,
  prepared: Prepared,
  options: RequestOptions,
  deadline: number,
  deadlineMs: number | undefined,
  label: string,
  nextWait: (requested: number | undefined) => number | undefined,
  attempt: number,
): Promise<Attempt> {
  const signal = callerSignal(options);
  if (signal?.aborted) return { outcome: fail(aborted(label, signal)), sent: false };
  const config = client.options;
  const timeoutMs = options.timeoutMs === undefined && config.timeoutMs === undefined ? DEFAULT_TIMEOUT_MS : timeLimit(options.timeoutMs ?? config.timeoutMs);
  // An AbortController costs a fifth of a loopback call, but fetch in browsers takes only its own realm's signals:
  // a caller's signal (maybe from a polyfill) is followed by one, as time limits are.
  const controller = timeoutMs !== undefined || deadline !== Infinity || signal ? new AbortController() : undefined;
  let expired: 'attempt' | 'deadline' | undefined;
  const expire = (which: 'attempt' | 'deadline') => () => {
    expired ??= which;
    controller?.abort();
  };
  const timers: ReturnType<typeof setTimeout>[] = [];
  if (timeoutMs !== undefined) timers.push(setTimeout(expire('attempt'), timeoutMs));
  // setTimeout treats a negative delay as 0.
  if (deadline !== Infinity) timers.push(setTimeout(expire('deadline'), deadline - Date.now()));
  const onAbort = () => controller!.abort(signal!.reason);
  signal?.addEventListener('abort', onAbort);

  /** Names why a fetch or body read failed (the caller's signal, a timer, or the network) and whether to retry. */
  const failed = (cause: unknown, stage: string): Attempt => {
    if (signal?.aborted) return { outcome: fail(aborted(label, signal)), sent: true };
    if (expired) {
      const limit = expired === 'attempt' ? timeoutMs! : deadlineMs!;
      const outcome = fail({ kind: 'timeout', timeout: expired, message: `${label}: ${expired} timeout (${limit} ms)`, timeoutMs: limit });
      return { outcome, sent: true, retryAfter: expired === 'attempt' ? nextWait(undefined) : undefined };
    }
    const shownCause = prepared.shownUrl === prepared.url.href ? cause : scrubbed(cause, prepared);
    const message = `${label}: ${stage}`.split(prepared.url.href).join(prepared.shownUrl);
    return { outcome: fail({ kind: 'network', message, cause: shownCause }), sent: true, retryAfter: nextWait(undefined) };
  };

  const info = config.onRequest || config.onResponse ? redacted(prepared, operation, attempt) : undefined;
  try {
    callHook(() => config.onRequest?.(info!));
    const started = Date.now();
    let response: Response;
    try {
      response = await fetchFollowing(client, prepared, operation.method, controller?.signal);
    } catch (cause) {
      // The caller's own fetch is named, with what it threw: the fault may be in that code, not the network.
      return failed(cause, `no response${config.fetch ? `: ClientOptions.fetch threw ${thrownText(cause)}` : ''}`);
    }
    if (prepared.shownUrl !== prepared.url.href) Object.defineProperty(response, 'url', { value: prepared.shownUrl });
    callHook(() => config.onResponse?.({ ...info!, status: response.status, durationMs: Date.now() - started }));
    if (isRetryableStatus(response.status)) {
      const wait = nextWait(retryAfterMs(response.headers, Date.now()));
      if (wait !== undefined) {
        await discard(response);
        // The outcome of an attempt that will be retried is never returned; only the last attempt's is.
        return { outcome: fail({ kind: 'network', message: label, cause: response.status }), sent: true, retryAfter: wait };
      }
    }
    const found = findResponse(operation.responses, response.status);
    // A documented stream is handed over unread (it watches the caller's signal itself; time limits stop here).
    // `resend` asks again with Last-Event-ID, for event streams that reconnect (RequestOptions.reconnect). The
    // call context is only built for operations that stream: `?.()` skips its arguments otherwise.
    const stream =
      found &&
      response.ok &&
      operation.stream?.(response, own(operation.streams, found.key), {
        label,
        options,
        config,
        convert: operation.codec && ((item) => operation.codec!(operation.id, 'item', found.key, item)),
        resend: (id, reconnect) => {
          const headers = new Headers(prepared.init.headers);
          headers.set('Last-Event-ID', id);
          const again = { ...prepared, init: { ...prepared.init, headers } };
          return sendOnce(client, operation, again, { ...options, reconnect }, deadline, deadlineMs, label, () => undefined, attempt + 1).then((next) => next.outcome);
        },
      });
    if (stream) {
      return { outcome: decode(client, operation, label, response, { key: found.key, format: 'stream' }, stream), sent: true };
    }
    const limit = count(options.maxBodyBytes ?? config.maxBodyBytes, DEFAULT_MAX_BODY_BYTES);
    let body: string | Blob | undefined;
    try {
      body = await readBody(response, limit, found?.format === 'blob', config.fetch === undefined);
    } catch (cause) {
      return failed(cause, 'body read failed');
    }
    if (body === undefined) {
      const message = `${label}: the ${response.status} body is larger than ${limit} bytes`;
      return { outcome: fail({ kind: 'body-too-large', status: response.status, limitBytes: limit, message, response }), sent: true };
    }
    return { outcome: decode(client, operation, label, response, found, body), sent: true };
  } finally {
    for (const timer of timers) clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}

/**
 * Fetches with redirects followed by the client's policy (`followRedirects`): same-origin ones always, cross-origin
 * ones only for GET and HEAD and then without any credential or caller header. A redirect not followed is the answer.
 * A browser answers `redirect: 'manual'` with an opaque redirect (status 0, no Location): a GET or HEAD is then
 * asked again for the browser to follow, where it cannot take a credential to another origin: one that carries
 * none, or one to the page's own origin in `same-origin` mode (the browser refuses to leave that origin).
 */
async function fetchFollowing(client: Client, prepared: Prepared, method: string, signal: AbortSignal | undefined): Promise<Response> {
  const doFetch = client.options.fetch ?? globalThis.fetch;
  const policy = client.options.followRedirects ?? 'safe';
  const first = prepared.init;
  // Written out: spreading an init costs more than the rest of this function (a call's hot path). An undefined
  // `redirect` is fetch's own handling. Only 'safe' follows here: 'none', 'fetch' and any other value end the loop at once.
  let init: RequestInit & { headers: Headers } = { method: first.method, headers: first.headers, body: first.body, redirect: policy === 'fetch' ? undefined : 'manual', signal };
  let url = prepared.url;
  const secret = (name: string) => prepared.secretHeaders.has(name) || prepared.callerHeaders.has(name) || SECRET_HEADER.test(name);
  for (let hop = 0; ; hop++) {
    const response = await doFetch(url.href, init);
    if (response.type === 'opaqueredirect') {
      let credential = false;
      init.headers.forEach((_value, name) => (credential ||= secret(name)));
      // `location` is the page's (undefined outside browsers and workers).
      return policy !== 'safe' || !/^(GET|HEAD)$/.test(method) || (credential && url.origin !== globalThis.location?.origin)
        ? response
        : doFetch(url.href, { ...init, redirect: 'follow', mode: credential ? 'same-origin' : undefined });
    }
    const location = response.headers.get('location');
    if (policy !== 'safe' || hop === MAX_REDIRECTS || location === null || ![301, 302, 303, 307, 308].includes(response.status)) return response;
    let next: URL;
    try {
      next = new URL(location, url);
    } catch {
      return response;
    }
    // 303, and 301/302 after a POST, turn the request into a GET without a body (as browsers and fetch do).
    const toGet = response.status === 303 ? method !== 'HEAD' : response.status <= 302 && init.method === 'POST';
    const nextMethod = toGet ? 'GET' : (init.method ?? method);
    const crossOrigin = next.origin !== prepared.url.origin;
    if (crossOrigin && (!/^(GET|HEAD)$/.test(nextMethod) || !/^https?:$/.test(next.protocol))) return response;
    // forEach, not keys(): the client must compile without the DOM.Iterable lib.
    const headers = new Headers();
    init.headers.forEach((value, name) => {
      if (!(crossOrigin && secret(name)) && !(toGet && name === 'content-type')) headers.set(name, value);
    });
    init = toGet ? { ...init, method: 'GET', body: undefined, headers } : { ...init, headers };
    await discard(response);
    url = next;
  }
}

/** Stops reading a body the call will not use, so its socket is freed; resolves to undefined. */
async function discard(response: Response): Promise<undefined> {
  await response.body?.cancel().catch(() => undefined);
  return undefined;
}

/**
 * Reads a body (decompressed) as text, or as a Blob for a `blob` response; undefined once it passes `limit` bytes
 * (the rest is not read). Under the platform's fetch a declared length without a content coding bounds the body
 * (fetch fails a body that is longer or shorter), so such a body is read whole, the fast way; a caller's `fetch`
 * may build a Response whose header says anything, so its bodies are counted as they stream.
 */
async function readBody(response: Response, limit: number, asBlob: boolean, lengthIsEnforced: boolean): Promise<string | Blob | undefined> {
  const declared = Number(response.headers.get('content-length') ?? NaN);
  const encoded = response.headers.has('content-encoding');
  if (!encoded && declared > limit) return discard(response);
  if (lengthIsEnforced && !encoded && declared >= 0) return asBlob ? response.blob() : response.text();
  const chunks: Uint8Array[] = [];
  const reader = response.body?.getReader();
  let total = 0;
  for (;;) {
    const { done, value } = reader ? await reader.read() : { done: true as const };
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader?.cancel().catch(() => undefined);
      return undefined;
    }
    chunks.push(value);
  }
  if (asBlob) return new Blob(chunks as BlobPart[], { type: response.headers.get('content-type') ?? '' });
  // Text is decoded from the bytes themselves: a Blob in between costs a chunked or compressed body (most real
  // responses) more than the rest of the call.
  const bytes = new Uint8Array(total);
  chunks.reduce((offset, chunk) => (bytes.set(chunk, offset), offset + chunk.byteLength), 0);
  return new TextDecoder().decode(bytes);
}

/**
 * A fetch error of a request whose URL carries a credential: fetch errors may hold the URL (undici's `cause.base`),
 * so only each level's name, message and code are kept, with the URL shown redacted.
 */
function scrubbed(cause: unknown, prepared: Prepared): Error {
  const levels: string[] = [];
  for (let level = cause, depth = 0; level instanceof Error && depth < 8; level = level.cause, depth++) {
    const code = (level as { code?: unknown }).code;
    levels.push(`${level.name}: ${level.message}${typeof code === 'string' ? ` (${code})` : ''}`);
  }
  return new Error(levels.join(', caused by ').split(prepared.url.href).join(prepared.shownUrl));
}

/** Hooks observe; a hook that throws must not change the call's outcome. */
function callHook(hook: () => void): void {
  try {
    hook();
  } catch {
    // Ignored on purpose: see ClientOptions.onRequest.
  }
}

/** The request as hooks see it: every credential header, and every credential in the query, redacted. */
function redacted(prepared: Prepared, operation: OperationDescriptor, attempt: number) {
  const headers: Record<string, string> = {};
  prepared.init.headers.forEach((value, name) => {
    headers[name] = prepared.secretHeaders.has(name) || SECRET_HEADER.test(name) ? '[redacted]' : value;
  });
  return { operation: operation.id, method: operation.method, url: prepared.shownUrl, headers, attempt };
}

/**
 * Finds the documented response for a status: exact code, then `4XX`-style range, then `default`. Status 0 (a
 * browser's opaque redirect, see fetchFollowing) is never documented.
 */
function findResponse(responses: Readonly<Record<string, BodyFormat>>, status: number): { key: string; format: BodyFormat } | undefined {
  for (const key of status ? [String(status), `${Math.floor(status / 100)}XX`, 'default'] : []) {
    const format = own(responses, key);
    if (format !== undefined) return { key, format };
  }
  return undefined;
}

function decode(
  client: Client,
  operation: OperationDescriptor,
  label: string,
  response: Response,
  found: { key: string; format: BodyFormat } | undefined,
  raw: unknown,
): Outcome {
  const status = response.status;
  const text = typeof raw === 'string' ? raw : '';
  if (!found) {
    const why = status ? `undocumented status ${status}` : 'a redirect the browser hides: see followRedirects';
    return fail({ kind: 'unexpected-status', status, body: parseLoosely(text), message: `${label}: ${why}`, response });
  }
  let body: unknown = found.format === 'empty' ? undefined : raw;
  if (found.format === 'json') {
    try {
      body = JSON.parse(text);
    } catch (cause) {
      return fail({ kind: 'invalid-body', status, message: `${label}: ${status} body is not JSON`, text: text.slice(0, TEXT_SAMPLE_LENGTH), cause, response });
    }
    const invalid = client.options.validate?.check(operation.id, found.key, body, label, response);
    if (invalid) return fail(invalid);
    if (operation.codec) {
      try {
        body = operation.codec(operation.id, 'body', found.key, body);
      } catch (cause) {
        return fail(unconvertible(label, `${status} body`, cause, response));
      }
    }
  }
  if (found.key === 'default') return fail({ kind: 'default', status, body, message: `${label}: ${status}`, response });
  const documented = operation.responseHeaders;
  let headers = documented ? documented.decode(response.headers, own(documented.formats, found.key)) : {};
  if (documented && operation.codec) {
    try {
      headers = operation.codec(operation.id, 'headers', found.key, headers) as Record<string, unknown>;
    } catch (cause) {
      return fail(unconvertible(label, `${status} headers`, cause, response));
    }
  }
  if (status >= 200 && status < 300) return { ok: true, status, data: body, headers, response };
  return fail({ kind: 'http', status, body, headers, message: `${label}: ${status}`, response });
}

/** The `invalid-body` error for a value a codec cannot convert (an unparseable date), naming where it is. */
export function unconvertible(label: string, what: string, cause: unknown, response: Response): AnyCallError {
  const path = (cause as { path?: unknown } | null)?.path;
  const reason = cause instanceof Error ? cause.message : thrownText(cause);
  return { kind: 'invalid-body', status: response.status, message: `${label}: ${what}: ${reason}`, text: '', ...(typeof path === 'string' ? { path } : {}), cause, response };
}

/** What a thrown value says, for a message; never throws itself (a null-prototype object has no `toString`). */
function thrownText(value: unknown): string {
  try {
    return String(value);
  } catch {
    return typeof value;
  }
}

/** Reads an undocumented body as JSON when it parses, as text otherwise, undefined when empty. */
function parseLoosely(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/**
 * What `paginate` adds to a next page's options: moves the request before its URL is built (to a next page's URL),
 * rewriting `parts` and the positions of credentials in the query, and returns the base URL to use.
 */
export type Retarget = (parts: RequestParts, secretQuery: Set<number>) => string;

async function prepare(client: Client, operation: OperationDescriptor, given: Arguments, options: RequestOptions & { retarget?: Retarget }): Promise<Prepared> {
  const args = operation.codec ? (operation.codec(operation.id, 'request', '', given) as Arguments) : given;
  const headers = new CheckedHeaders();
  const parts: RequestParts & { headers: CheckedHeaders } = { path: operation.path, query: [], headers };
  const clientHeaders = client.options.headers;
  if (clientHeaders) for (const [name, value] of Object.entries(clientHeaders)) headers.set(name, value);
  const secretHeaders = new Set<string>();
  const secretQuery = await applySecurity(client, operation, parts, secretHeaders);
  for (const param of operation.parameters) param.write(parts, param, param.constant ?? own(args, param.key ?? param.name));

  const body = operation.body?.write(parts, operation.body, args);
  if (body !== undefined && /^(GET|HEAD)$/.test(operation.method)) {
    throw new ParameterError('body', `a ${operation.method} request cannot carry a body in fetch`);
  }
  if (operation.accept && !headers.has('Accept')) headers.set('Accept', operation.accept);
  const key = options.idempotencyKey ?? client.options.idempotencyKey;
  if (typeof key === 'string') headers.set('Idempotency-Key', key);
  else if (key === true && !mayRetry(operation.method, headers)) headers.set('Idempotency-Key', randomUuid());
  const callerHeaders = new Set(clientHeaders ? Object.keys(clientHeaders).map((name) => name.toLowerCase()) : undefined);
  if (options.headers) {
    for (const [name, value] of Object.entries(options.headers)) {
      headers.set(name, value);
      callerHeaders.add(name.toLowerCase());
    }
  }

  const base = options.retarget?.(parts, secretQuery) ?? client.baseUrl;
  const query = (shown: boolean) =>
    parts.query.length === 0 ? '' : `?${parts.query.map((pair, index) => (shown && secretQuery.has(index) ? `${pair.slice(0, pair.indexOf('='))}=[redacted]` : pair)).join('&')}`;
  let url: URL;
  try {
    url = new URL(`${base}${parts.path}${query(false)}`);
  } catch {
    throw new ParameterError('baseUrl', `baseUrl ${JSON.stringify(client.baseUrl)} is not an absolute URL`);
  }
  const shownUrl = secretQuery.size === 0 ? url.href : `${base}${parts.path}${query(true)}`;
  return { url, shownUrl, init: { method: operation.method, headers, body }, secretHeaders, callerHeaders };
}

/**
 * Puts the first complete alternative of the operation's security requirements on the request. Records the headers
 * the credentials went into, and returns the positions in the query of those sent there, so neither is ever shown.
 */
async function applySecurity(client: Client, operation: OperationDescriptor, parts: RequestParts & { headers: CheckedHeaders }, secretHeaders: Set<string>): Promise<Set<number>> {
  const secretQuery = new Set<number>();
  for (const alternative of operation.security) {
    const credentials: Array<{ name: string; apply: SecuritySchemeDescriptor; value: string }> = [];
    for (const name of alternative) {
      const scheme = own(client.securitySchemes, name);
      const source = own(client.options.credentials, name) ?? client.options.token;
      let value: unknown;
      try {
        value = typeof source === 'function' ? await source() : source;
      } catch {
        throw new ParameterError(name, `the credential function for security scheme "${name}" threw`);
      }
      if (!scheme || typeof value !== 'string' || value === '') break;
      credentials.push({ name, apply: scheme, value });
    }
    if (credentials.length < alternative.length) continue;
    for (const { name, apply, value } of credentials) {
      const queryLength = parts.query.length;
      parts.headers.written = secretHeaders;
      try {
        apply(parts, value);
      } catch {
        throw new ParameterError(name, `the credential for security scheme "${name}" has a character HTTP cannot carry`);
      } finally {
        parts.headers.written = undefined;
      }
      for (let index = queryLength; index < parts.query.length; index++) secretQuery.add(index);
    }
    return secretQuery;
  }
  return secretQuery;
}
