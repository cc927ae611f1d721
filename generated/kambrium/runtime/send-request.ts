// Copied from the generator's templates/send-request.ts. Do not edit.
/** Sends one operation's request and turns every outcome into a typed `Result`; only a caller's own callback can throw. */
import type { Client, RequestOptions } from './client.js';
import type {
  BodyContentDescriptor,
  BodyFormat,
  HeaderFormat,
  OperationDescriptor,
  RequestBodyDescriptor,
} from './operation.js';
import type { AnyCallError, Failure, Result, Success } from './result.js';
import {
  ParameterError,
  serializeCookieParameter,
  serializeHeaderParameter,
  serializePathParameter,
  serializeQueryParameter,
} from './serialize-parameter.js';

type Arguments = Readonly<Record<string, unknown>>;
type AnyResult = Result<Success<number, unknown, unknown>, AnyCallError>;

/** How much of an undecodable body an `invalid-body` error keeps. */
const TEXT_SAMPLE_LENGTH = 1000;

interface PreparedRequest {
  readonly url: string;
  readonly init: RequestInit;
}

/** Sends `operation` with the caller's `args`; the generated function narrows the returned type. */
export async function sendRequest<R>(
  client: Client,
  operation: OperationDescriptor,
  args: object | undefined,
  options: RequestOptions | undefined,
): Promise<R> {
  return (await send(client, operation, (args ?? {}) as Arguments, options ?? {})) as R;
}

function failure(error: AnyCallError): Failure<AnyCallError> {
  return { ok: false, error };
}

async function send(
  client: Client,
  operation: OperationDescriptor,
  args: Arguments,
  options: RequestOptions,
): Promise<AnyResult> {
  const label = `${operation.method} ${operation.path}`;
  let prepared: PreparedRequest;
  try {
    prepared = await prepareRequest(client, operation, args, options);
  } catch (cause) {
    if (!(cause instanceof ParameterError)) throw cause;
    return failure({
      kind: 'invalid-request',
      message: `${label}: ${cause.message}`,
      parameter: cause.parameter,
    });
  }
  const signal = options.signal;
  if (signal?.aborted) {
    return failure({
      kind: 'aborted',
      message: `${label} was aborted before it was sent`,
      reason: signal.reason,
    });
  }

  const timeoutMs = options.timeoutMs ?? client.options.timeoutMs;
  const controller = new AbortController();
  let timedOut = false;
  const timer =
    timeoutMs !== undefined && Number.isFinite(timeoutMs) && timeoutMs > 0
      ? setTimeout(() => {
          timedOut = true;
          controller.abort();
        }, timeoutMs)
      : undefined;
  const onAbort = () => controller.abort(signal?.reason);
  signal?.addEventListener('abort', onAbort, { once: true });

  /** Names why a fetch or body read failed: our timer, the caller's signal, or the network. */
  const transportFailure = (cause: unknown, stage: string): Failure<AnyCallError> => {
    if (timedOut) {
      return failure({
        kind: 'timeout',
        message: `${label} timed out after ${timeoutMs} ms ${stage}`,
        timeoutMs: timeoutMs ?? 0,
      });
    }
    if (signal?.aborted)
      return failure({
        kind: 'aborted',
        message: `${label} was aborted ${stage}`,
        reason: signal.reason,
      });
    return failure({
      kind: 'network',
      message: `${label} failed ${stage}: ${describeCause(cause)}`,
      cause,
    });
  };

  try {
    let response: Response;
    try {
      const fetchImpl = client.options.fetch ?? globalThis.fetch;
      response = await fetchImpl(prepared.url, { ...prepared.init, signal: controller.signal });
    } catch (cause) {
      return transportFailure(cause, 'before a response arrived');
    }
    let text: string | undefined;
    const found = findResponse(operation.responses, response.status);
    try {
      text = found?.format === 'blob' ? undefined : await response.text();
    } catch (cause) {
      return transportFailure(cause, 'while reading the response body');
    }
    return await decodeResponse(
      label,
      response,
      found,
      text,
      transportFailure,
      operation.responseHeaders,
    );
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}

function describeCause(cause: unknown): string {
  if (cause instanceof globalThis.Error) {
    const inner = (cause as { cause?: unknown }).cause;
    const detail = inner instanceof globalThis.Error ? `: ${inner.message}` : '';
    return `${cause.message}${detail}`;
  }
  return String(cause);
}

/** Finds the documented response for a status: exact code, then `4XX`-style range, then `default`. */
function findResponse(
  responses: Readonly<Record<string, BodyFormat>>,
  status: number,
): { key: string; format: BodyFormat } | undefined {
  for (const key of [String(status), `${Math.floor(status / 100)}XX`, 'default']) {
    const format = responses[key];
    if (format !== undefined) return { key, format };
  }
  return undefined;
}

async function decodeResponse(
  label: string,
  response: Response,
  found: { key: string; format: BodyFormat } | undefined,
  text: string | undefined,
  transportFailure: (cause: unknown, stage: string) => Failure<AnyCallError>,
  documentedHeaders: OperationDescriptor['responseHeaders'],
): Promise<AnyResult> {
  const status = response.status;
  if (!found) {
    return failure({
      kind: 'unexpected-status',
      status,
      body: parseLoosely(text ?? ''),
      message: `${label} answered ${status}, which the spec does not document`,
      response,
    });
  }
  let body: unknown;
  switch (found.format) {
    case 'json':
      try {
        body = JSON.parse(text ?? '');
      } catch (cause) {
        return failure({
          kind: 'invalid-body',
          status,
          message: `${label} answered ${status} with a body that is not the documented JSON`,
          text: (text ?? '').slice(0, TEXT_SAMPLE_LENGTH),
          cause,
          response,
        });
      }
      break;
    case 'text':
      body = text;
      break;
    case 'blob':
      try {
        body = await response.blob();
      } catch (cause) {
        return transportFailure(cause, 'while reading the response body');
      }
      break;
    case 'empty':
      body = undefined;
      break;
  }
  if (found.key === 'default') {
    return failure({
      kind: 'default',
      status,
      body,
      message: `${label} answered ${status}`,
      response,
    });
  }
  const headers = decodeHeaders(response.headers, documentedHeaders?.[found.key]);
  if (status >= 200 && status < 300) return { ok: true, status, data: body, headers, response };
  return failure({
    kind: 'http',
    status,
    body,
    headers,
    message: `${label} answered ${status}`,
    response,
  });
}

/** Decodes the documented headers present on a response; others stay on `response.headers`. */
function decodeHeaders(
  headers: Headers,
  documented: Readonly<Record<string, HeaderFormat>> | undefined,
): Record<string, unknown> {
  const decoded: Record<string, unknown> = {};
  for (const [name, format] of Object.entries(documented ?? {})) {
    const text = headers.get(name);
    if (text === null) continue;
    if (format === 'number') {
      const value = Number(text);
      if (text.trim() !== '' && Number.isFinite(value)) decoded[name] = value;
    } else if (format === 'boolean') decoded[name] = text.trim().toLowerCase() === 'true';
    else if (format === 'array') decoded[name] = text.split(',').map((item) => item.trim());
    else decoded[name] = text;
  }
  return decoded;
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

async function prepareRequest(
  client: Client,
  operation: OperationDescriptor,
  args: Arguments,
  options: RequestOptions,
): Promise<PreparedRequest> {
  let path = operation.path;
  const query: string[] = [];
  const headers = new Headers(client.options.headers);
  const cookies: string[] = [];
  await applySecurity(client, operation, headers, query, cookies);

  for (const param of operation.parameters) {
    const value = param.constant ?? args[param.key ?? param.name];
    switch (param.in) {
      case 'path':
        path = path.split(`{${param.name}}`).join(serializePathParameter(param, value));
        break;
      case 'query':
        query.push(...serializeQueryParameter(param, value));
        break;
      case 'header': {
        const text = serializeHeaderParameter(param, value);
        if (text !== undefined) headers.set(param.name, text);
        break;
      }
      case 'cookie': {
        const pair = serializeCookieParameter(param, value);
        if (pair !== undefined) cookies.push(pair);
        break;
      }
    }
  }
  if (cookies.length > 0) headers.set('Cookie', cookies.join('; '));

  let body: BodyInit | undefined;
  if (operation.body) {
    const encoded = encodeBody(operation.body, args.body, args.contentType);
    body = encoded.body;
    if (encoded.contentType && !headers.has('Content-Type'))
      headers.set('Content-Type', encoded.contentType);
  }
  if (operation.accept && !headers.has('Accept')) headers.set('Accept', operation.accept);
  for (const [name, value] of Object.entries(options.headers ?? {})) headers.set(name, value);

  const url = `${client.baseUrl}${path}${query.length > 0 ? `?${query.join('&')}` : ''}`;
  try {
    new URL(url, (globalThis as { location?: { href: string } }).location?.href);
  } catch {
    throw new ParameterError(
      'baseUrl',
      `"${client.baseUrl}" is not an absolute URL; pass createClient({ baseUrl: 'https://…' })`,
    );
  }
  return { url, init: { method: operation.method, headers, body } };
}

/** Puts the first complete alternative of the operation's security requirements on the request. */
async function applySecurity(
  client: Client,
  operation: OperationDescriptor,
  headers: Headers,
  query: string[],
  cookies: string[],
): Promise<void> {
  for (const alternative of operation.security) {
    const applied: Array<() => void> = [];
    for (const name of alternative) {
      const scheme = client.securitySchemes[name];
      const source = client.options.credentials?.[name] ?? client.options.token;
      const value = typeof source === 'function' ? await source() : source;
      if (!scheme || value === undefined || value === '') break;
      applied.push(() => {
        switch (scheme.type) {
          case 'bearer':
            headers.set('Authorization', `Bearer ${value}`);
            break;
          case 'basic':
            headers.set('Authorization', `Basic ${btoa(value)}`);
            break;
          case 'apiKey':
            if (scheme.in === 'header') headers.set(scheme.name, value);
            else if (scheme.in === 'query')
              query.push(`${encodeURIComponent(scheme.name)}=${encodeURIComponent(value)}`);
            else cookies.push(`${scheme.name}=${encodeURIComponent(value)}`);
            break;
        }
      });
    }
    if (applied.length === alternative.length) {
      for (const apply of applied) apply();
      return;
    }
  }
}

function encodeBody(
  descriptor: RequestBodyDescriptor,
  value: unknown,
  contentType: unknown,
): { body?: BodyInit; contentType?: string } {
  if (value === undefined) {
    if (descriptor.required) throw new ParameterError('body', 'the request body is required');
    return {};
  }
  const content =
    contentType === undefined
      ? descriptor.contents[0]
      : descriptor.contents.find((c) => c.mediaType === contentType);
  if (!content) {
    const known = descriptor.contents.map((c) => c.mediaType).join(', ');
    throw new ParameterError(
      'contentType',
      `contentType ${JSON.stringify(contentType)} is not one of the documented ${known}`,
    );
  }
  switch (content.format) {
    case 'json':
      return { body: JSON.stringify(value), contentType: content.mediaType };
    case 'text':
      return { body: String(value), contentType: content.mediaType };
    case 'binary':
      return { body: value as BodyInit, contentType: content.mediaType };
    case 'form':
      return { body: formBody(content, value), contentType: content.mediaType };
    case 'multipart':
      // fetch writes the Content-Type itself, with the boundary.
      return { body: multipartBody(content, value) };
  }
}

function bodyFields(value: unknown): Array<[string, unknown]> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new ParameterError('body', 'a form or multipart body must be an object of fields');
  }
  return Object.entries(value).filter(([, item]) => item !== undefined && item !== null);
}

/**
 * Encodes an `application/x-www-form-urlencoded` body: each field as a query parameter of its encoding's style
 * (form, exploded, by default); a field whose encoding names a JSON content type is sent as JSON text.
 * @see https://spec.openapis.org/oas/v3.1.0#encoding-object
 */
function formBody(content: BodyContentDescriptor, value: unknown): string {
  const pairs: string[] = [];
  for (const [name, item] of bodyFields(value)) {
    const encoding = content.encoding?.[name] ?? {};
    const json = encoding.contentType !== undefined && /json/i.test(encoding.contentType);
    pairs.push(...serializeQueryParameter({ name, in: 'query', ...encoding, json }, item));
  }
  return pairs.join('&');
}

/**
 * Encodes a `multipart/form-data` body: files (`Blob`, `File`) as file parts, objects as JSON parts, other values as
 * text parts; arrays as one part per item. An encoding's `contentType` sets the part's type.
 * @see https://spec.openapis.org/oas/v3.1.0#special-considerations-for-multipart-content
 */
function multipartBody(content: BodyContentDescriptor, value: unknown): FormData {
  const form = new FormData();
  for (const [name, item] of bodyFields(value)) {
    const partType = content.encoding?.[name]?.contentType;
    for (const element of Array.isArray(item) ? item : [item]) {
      if (element instanceof Blob) form.append(name, element);
      else if (typeof element === 'object' && element !== null) {
        form.append(
          name,
          new Blob([JSON.stringify(element)], { type: partType ?? 'application/json' }),
        );
      } else if (partType !== undefined && !/^text\/plain/i.test(partType)) {
        form.append(name, new Blob([String(element)], { type: partType }));
      } else form.append(name, String(element));
    }
  }
  return form;
}
