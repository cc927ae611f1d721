/**
 * Sends one operation's request, retrying where that is safe, and turns every outcome into a typed `Result`.
 * Nothing here throws for an HTTP or network outcome; only a caller's own token function can throw.
 */
import type { Client, RequestOptions } from './client.js';
import type { BodyFormat, OperationDescriptor, RequestParts } from './operation.js';
import { ParameterError } from './parameter-error.js';
import type { AnyCallError } from './result.js';
import { isRetryableStatus, mayRetry, retryAfterMs, retryDelayMs } from './retry-policy.js';

type Arguments = Readonly<Record<string, unknown>>;
/** A result before the attempt count is known. */
type Outcome = { ok: true; status: number; data: unknown; headers: unknown; response: Response } | { ok: false; error: AnyCallError };
type Attempt = { outcome: Outcome; retryAfter?: number };

/** How much of an undecodable body an `invalid-body` error keeps. */
const TEXT_SAMPLE_LENGTH = 1000;
/** One attempt's time limit unless the caller sets `timeoutMs`. */
const DEFAULT_TIMEOUT_MS = 60_000;

interface Prepared {
  readonly url: string;
  readonly init: RequestInit & { headers: Headers };
  /** The credentials put on the request, so hooks never see them. */
  readonly secrets: readonly string[];
}

/** Sends `operation` with the caller's `args`; the generated function narrows the returned type. */
export function sendRequest<R>(
  client: Client,
  operation: OperationDescriptor,
  args: object | undefined,
  options: RequestOptions | undefined,
): Promise<R> {
  return send(client, operation, (args ?? {}) as Arguments, options ?? {}) as Promise<R>;
}

function fail(error: AnyCallError): Outcome {
  return { ok: false, error };
}

function aborted(label: string, signal: AbortSignal | undefined): AnyCallError {
  return { kind: 'aborted', message: `${label}: aborted`, reason: signal?.reason };
}

async function send(client: Client, operation: OperationDescriptor, args: Arguments, options: RequestOptions) {
  const label = `${operation.method} ${operation.path}`;
  const config = client.options;
  let prepared: Prepared;
  try {
    prepared = await prepare(client, operation, args, options);
  } catch (cause) {
    if (!(cause instanceof ParameterError)) throw cause;
    return { ok: false, error: { kind: 'invalid-request', message: `${label}: ${cause.message}`, parameter: cause.parameter }, attempts: 0 };
  }
  const maxRetries = mayRetry(operation.method, prepared.init.headers) ? (options.maxRetries ?? config.maxRetries ?? 2) : 0;
  const deadlineMs = options.deadlineMs ?? config.deadlineMs;
  const deadline = deadlineMs === undefined ? Infinity : Date.now() + deadlineMs;
  const signal = options.signal;
  for (let attempt = 1; ; attempt++) {
    // The wait before the next attempt, or undefined when there will be none.
    const nextWait = (requested: number | undefined): number | undefined => {
      if (attempt > maxRetries) return undefined;
      const wait = retryDelayMs(attempt, requested, config.retryBaseDelayMs ?? 500, config.maxRetryDelayMs ?? 30_000);
      return Date.now() + wait < deadline ? wait : undefined;
    };
    const { outcome, retryAfter } = await sendOnce(client, operation, prepared, options, attempt, deadline, deadlineMs, label, nextWait);
    if (retryAfter === undefined) return { ...outcome, attempts: attempt };
    if (!(await sleep(retryAfter, signal))) {
      return { ok: false, error: aborted(label, signal), attempts: attempt };
    }
  }
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
  attempt: number,
  deadline: number,
  deadlineMs: number | undefined,
  label: string,
  nextWait: (requested: number | undefined) => number | undefined,
): Promise<Attempt> {
  const signal = options.signal;
  if (signal?.aborted) return { outcome: fail(aborted(label, signal)) };
  const config = client.options;
  const timeoutMs = options.timeoutMs ?? config.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const controller = new AbortController();
  let expired: 'attempt' | 'deadline' | undefined;
  const expire = (which: 'attempt' | 'deadline') => () => {
    expired ??= which;
    controller.abort();
  };
  const timers = [setTimeout(expire('attempt'), timeoutMs)];
  // setTimeout treats a negative delay as 0.
  if (deadline !== Infinity) timers.push(setTimeout(expire('deadline'), deadline - Date.now()));
  const onAbort = () => controller.abort(signal?.reason);
  signal?.addEventListener('abort', onAbort);

  /** Names why a fetch or body read failed (the caller's signal, a timer, or the network) and whether to retry. */
  const failed = (cause: unknown, stage: 'no response' | 'body read failed'): Attempt => {
    if (signal?.aborted) return { outcome: fail(aborted(label, signal)) };
    if (expired) {
      const limit = expired === 'attempt' ? timeoutMs : (deadlineMs ?? 0);
      const outcome = fail({ kind: 'timeout', timeout: expired, message: `${label}: ${expired} timeout (${limit} ms)`, timeoutMs: limit });
      return { outcome, retryAfter: expired === 'attempt' ? nextWait(undefined) : undefined };
    }
    return { outcome: fail({ kind: 'network', message: `${label}: ${stage}`, cause }), retryAfter: nextWait(undefined) };
  };

  const info = config.onRequest || config.onResponse ? redacted(prepared, operation, attempt) : undefined;
  try {
    callHook(() => config.onRequest?.(info!));
    const started = Date.now();
    let response: Response;
    try {
      response = await (config.fetch ?? globalThis.fetch)(prepared.url, { ...prepared.init, signal: controller.signal });
    } catch (cause) {
      return failed(cause, 'no response');
    }
    callHook(() => config.onResponse?.({ ...info!, status: response.status, durationMs: Date.now() - started }));
    if (isRetryableStatus(response.status)) {
      const wait = nextWait(retryAfterMs(response.headers, Date.now()));
      if (wait !== undefined) {
        await response.body?.cancel().catch(() => undefined);
        // The outcome of an attempt that will be retried is never returned; only the last attempt's is.
        return { outcome: fail({ kind: 'network', message: label, cause: response.status }), retryAfter: wait };
      }
    }
    const found = findResponse(operation.responses, response.status);
    let body: unknown;
    try {
      body = found?.format === 'blob' ? await response.blob() : await response.text();
    } catch (cause) {
      return failed(cause, 'body read failed');
    }
    return { outcome: decode(client, operation, label, response, found, body) };
  } finally {
    for (const timer of timers) clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}

/** Hooks observe; a hook that throws must not change the call's outcome. */
function callHook(hook: () => void): void {
  try {
    hook();
  } catch {
    // Ignored on purpose: see ClientOptions.onRequest.
  }
}

/** The request as hooks see it: Authorization and Cookie headers, and every credential the client added, redacted. */
function redacted(prepared: Prepared, operation: OperationDescriptor, attempt: number) {
  const hide = (text: string) =>
    prepared.secrets.reduce((t, secret) => t.split(secret).join('[redacted]').split(encodeURIComponent(secret)).join('[redacted]'), text);
  const headers: Record<string, string> = {};
  prepared.init.headers.forEach((value, name) => {
    headers[name] = /^(authorization|cookie)$/.test(name) ? '[redacted]' : hide(value);
  });
  return { operation: operation.id, method: operation.method, url: hide(prepared.url), headers, attempt };
}

/** Finds the documented response for a status: exact code, then `4XX`-style range, then `default`. */
function findResponse(responses: Readonly<Record<string, BodyFormat>>, status: number): { key: string; format: BodyFormat } | undefined {
  for (const key of [String(status), `${Math.floor(status / 100)}XX`, 'default']) {
    const format = responses[key];
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
    return fail({ kind: 'unexpected-status', status, body: parseLoosely(text), message: `${label}: undocumented status ${status}`, response });
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
  }
  if (found.key === 'default') return fail({ kind: 'default', status, body, message: `${label}: ${status}`, response });
  const documented = operation.responseHeaders;
  const headers = documented ? documented.decode(response.headers, documented.formats[found.key]) : {};
  if (status >= 200 && status < 300) return { ok: true, status, data: body, headers, response };
  return fail({ kind: 'http', status, body, headers, message: `${label}: ${status}`, response });
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

async function prepare(client: Client, operation: OperationDescriptor, args: Arguments, options: RequestOptions): Promise<Prepared> {
  const parts: RequestParts = { path: operation.path, query: [], headers: new Headers(client.options.headers) };
  const secrets = await applySecurity(client, operation, parts);
  for (const param of operation.parameters) param.write(parts, param, param.constant ?? args[param.key ?? param.name]);
  const { headers } = parts;

  const body = operation.body?.write(parts, operation.body, args);
  if (operation.accept && !headers.has('Accept')) headers.set('Accept', operation.accept);
  const key = options.idempotencyKey ?? client.options.idempotencyKey;
  if (typeof key === 'string') headers.set('Idempotency-Key', key);
  else if (key === true && !mayRetry(operation.method, headers)) headers.set('Idempotency-Key', globalThis.crypto.randomUUID());
  for (const [name, value] of Object.entries(options.headers ?? {})) headers.set(name, value);

  const url = `${client.baseUrl}${parts.path}${parts.query.length > 0 ? `?${parts.query.join('&')}` : ''}`;
  if (!/^\w+:/.test(url)) throw new ParameterError('baseUrl', `baseUrl "${client.baseUrl}" is not absolute`);
  return { url, init: { method: operation.method, headers, body }, secrets };
}

/** Puts the first complete alternative of the operation's security requirements on the request; returns the credentials used. */
async function applySecurity(client: Client, operation: OperationDescriptor, parts: RequestParts): Promise<string[]> {
  for (const alternative of operation.security) {
    const credentials: Array<[NonNullable<Client['securitySchemes'][string]>, string]> = [];
    for (const name of alternative) {
      const scheme = client.securitySchemes[name];
      const source = client.options.credentials?.[name] ?? client.options.token;
      const value = typeof source === 'function' ? await source() : source;
      if (!scheme || !value) break;
      credentials.push([scheme, value]);
    }
    if (credentials.length < alternative.length) continue;
    for (const [apply, value] of credentials) apply(parts, value);
    return credentials.map(([, value]) => value);
  }
  return [];
}
