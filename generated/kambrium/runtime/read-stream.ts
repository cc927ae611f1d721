// @ts-nocheck
// Copied from the generator's templates/read-stream.ts, which the generator type-checks. Do not edit.
/**
 * Reads a streaming success body as it arrives, instead of buffering it: Server-Sent Events, JSON Lines (NDJSON),
 * JSON text sequences, and binary downloads taken as a `ReadableStream`. Generated code passes `readStream` only
 * for operations that document a stream, so other calls never bundle it.
 * A stream ends when the server ends it, on `break` or `return()` (the connection closes at once), or by throwing
 * `ApiCallError`: `aborted` when the caller's signal fires, `timeout` (`idle`) when nothing arrives for
 * `streamIdleTimeoutMs`, `network` when the connection drops, `invalid-body` for data that is not the JSON the
 * spec documents. Retries apply only before the response arrives.
 * @see https://html.spec.whatwg.org/multipage/server-sent-events.html#event-stream-interpretation
 * @see https://www.rfc-editor.org/rfc/rfc7464 (JSON text sequences)
 */
import { callerSignal } from './caller-signal.js';
import type { ClientOptions, RequestOptions } from './client.js';
import type { AnyCallError } from './result.js';
import { count, DEFAULT_MAX_BODY_BYTES, timeLimit, unconvertible } from './send-request.js';
import { ApiCallError } from './unwrap.js';

/** One Server-Sent Event. */
export interface ServerSentEvent<Data = string> {
  /** The event type: the `event` field, or `message` when the server sends none. */
  readonly event: string;
  /** The `data` lines joined by `\n`; parsed as JSON where the spec documents the data's schema. */
  readonly data: Data;
  /** The last event ID the server set (this event's `id` field or an earlier one's), if any. */
  readonly id?: string;
  /** The reconnection time this event asked for, in milliseconds. */
  readonly retry?: number;
}

/** A streamed body: iterate it with `for await`; `break` or `return()` closes the connection. */
export interface ResponseStream<Item> extends AsyncIterableIterator<Item> {
  return(): Promise<IteratorResult<Item, undefined>>;
}

/** A `text/event-stream` body. */
export type EventStream<Data = string> = ResponseStream<ServerSentEvent<Data>>;

/** How a documented stream is read: events (data as text or JSON), JSON lines, JSON text sequences, or bytes. */
export type StreamFormat = 'sse' | 'sse-json' | 'jsonl' | 'json-seq' | 'bytes';

/** What `sendRequest` tells the stream reader about the call. */
export interface StreamCall {
  readonly label: string;
  readonly options: RequestOptions;
  readonly config: ClientOptions;
  /** Sends the request again with `Last-Event-ID: id` and the reconnections left; resolves to the new attempt's outcome. */
  readonly resend: (id: string, reconnect: number) => Promise<{ readonly ok: boolean; readonly data?: unknown; readonly error?: AnyCallError }>;
  /** The operation's codec for one parsed item (an event's JSON data, a JSON line), when it has one (see OperationCodec). */
  readonly convert?: ((item: unknown) => unknown) | undefined;
}

/** The stream members of `Data`; where another member swallows them (`unknown`), any async iterable. */
export type StreamOf<Data> = [Extract<Data, AsyncIterable<unknown>>] extends [never] ? Data & AsyncIterable<unknown> : Extract<Data, AsyncIterable<unknown>>;

/**
 * True when a success's `data` is a stream (an `EventStream` or `ResponseStream`) rather than a JSON body, for an
 * operation whose status documents both (`stream: true` APIs): the answer's Content-Type decided which arrived.
 */
export function isStream<Data>(data: Data): data is StreamOf<Data> {
  return typeof data === 'object' && data !== null && Symbol.asyncIterator in data;
}

/** Per media-type family: the Content-Types that carry each format. */
const CONTENT_TYPES: Readonly<Record<string, RegExp>> = {
  sse: /^text\/event-stream/i,
  'sse-json': /^text\/event-stream/i,
  jsonl: /^application\/(x-)?(nd|jsonl|json-lines|jsonlines|x-json-stream)|^application\/(x-)?ndjson/i,
  'json-seq': /^application\/json-seq/i,
};

/** An idle stream ends after 5 minutes without a byte unless `streamIdleTimeoutMs` says otherwise. */
const DEFAULT_IDLE_TIMEOUT_MS = 300_000;

/**
 * The stream for a response whose documented success is a stream (`[format, shared]`; `shared` when the status also
 * documents a body that is not a stream, which is read instead unless the Content-Type is the stream's), or
 * undefined to read the body as usual. A binary body streams only when the call asks (`download: 'stream'`).
 */
export function readStream(response: Response, documented: readonly [StreamFormat, boolean?] | undefined, call: StreamCall): unknown {
  if (documented === undefined) return undefined;
  const [format, shared] = documented;
  if (format === 'bytes') {
    if (call.options.download !== 'stream') return undefined;
    const body = response.body ?? new ReadableStream<Uint8Array>({ start: (controller) => controller.close() });
    // The caller's signal cancels the download (the piped stream errors with the signal's reason).
    const signal = callerSignal(call.options);
    if (!signal) return body;
    if ((signal as object) instanceof AbortSignal) return body.pipeThrough(new TransformStream<Uint8Array, Uint8Array>(), { signal });
    // Streams take only this realm's signals (browsers check): one of ours follows a polyfill's or another realm's.
    const controller = new AbortController();
    const forward = () => controller.abort(signal.reason);
    if (signal.aborted) forward();
    else signal.addEventListener('abort', forward);
    const unhook = () => signal.removeEventListener('abort', forward);
    return body.pipeThrough(new TransformStream<Uint8Array, Uint8Array>({ flush: unhook }), { signal: controller.signal });
  }
  if (shared && !CONTENT_TYPES[format]!.test(response.headers.get('content-type') ?? '')) return undefined;
  return streamOf(response, format, call);
}

function streamOf(response: Response, format: Exclude<StreamFormat, 'bytes'>, call: StreamCall): ResponseStream<unknown> {
  const reader = response.body?.getReader();
  const decoder = new TextDecoder();
  const signal = callerSignal(call.options);
  // Read like `timeoutMs` and `maxBodyBytes`: the most one item (a line, an event) may hold while it arrives.
  const idleMs = timeLimit(call.options.streamIdleTimeoutMs ?? call.config.streamIdleTimeoutMs ?? DEFAULT_IDLE_TIMEOUT_MS);
  const limit = count(call.options.maxBodyBytes ?? call.config.maxBodyBytes, DEFAULT_MAX_BODY_BYTES);
  const pending: unknown[] = [];
  let finished = false;

  const finish = async (cancel: boolean) => {
    if (finished) return;
    finished = true;
    if (cancel) await reader?.cancel().catch(() => undefined);
  };
  const failure = (error: AnyCallError) => {
    void finish(true);
    return new ApiCallError(error);
  };
  const parser = streamParser(format, {
    limit,
    tooLarge: () =>
      failure({ kind: 'body-too-large', status: response.status, limitBytes: limit, message: `${call.label}: one streamed item is larger than ${limit} bytes`, response }),
    invalid: (text, cause) =>
      failure({ kind: 'invalid-body', status: response.status, message: `${call.label}: streamed data is not JSON`, text: text.slice(0, 1000), cause, response }),
    stop: () => void finish(true),
    convert:
      call.convert &&
      ((item) => {
        try {
          return call.convert!(item);
        } catch (cause) {
          throw failure(unconvertible(call.label, 'streamed item', cause, response));
        }
      }),
  });

  /** The next chunk of bytes, undefined at the end; rejects with ApiCallError on abort, idle time out, or a dropped connection. */
  const readChunk = () =>
    new Promise<Uint8Array | undefined>((resolve, reject) => {
      if (reader === undefined) return resolve(undefined);
      const aborted = () => failure({ kind: 'aborted', message: `${call.label}: aborted`, reason: signal?.reason });
      if (signal?.aborted) return reject(aborted());
      const settle = () => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
      };
      const onAbort = () => {
        settle();
        reject(aborted());
      };
      const timer =
        idleMs === undefined
          ? undefined
          : setTimeout(() => {
              settle();
              reject(failure({ kind: 'timeout', timeout: 'idle', message: `${call.label}: nothing arrived for ${idleMs} ms`, timeoutMs: idleMs }));
            }, idleMs);
      signal?.addEventListener('abort', onAbort);
      reader.read().then(
        ({ done, value }) => {
          settle();
          resolve(done ? undefined : value);
        },
        (cause: unknown) => {
          settle();
          reject(signal?.aborted ? aborted() : failure({ kind: 'network', message: `${call.label}: the stream broke off`, cause }));
        },
      );
    });

  let reconnects = typeof call.options.reconnect === 'number' && call.options.reconnect > 0 ? Math.floor(call.options.reconnect) : 0;
  /** After a dropped connection: the stream of a new request with Last-Event-ID, or undefined when it may not or cannot reconnect. */
  const reconnect = async (): Promise<ResponseStream<unknown> | undefined> => {
    const resume = parser.resume?.();
    if (reconnects-- <= 0 || resume === undefined) return undefined;
    // The server's wait, but never longer than the client's longest retry wait.
    const longest = count(call.config.maxRetryDelayMs, 30_000);
    await new Promise((resolve) => setTimeout(resolve, Math.min(resume.retry ?? 1000, longest)));
    if (signal?.aborted) return undefined;
    const outcome = await call.resend(resume.id ?? '', reconnects).catch(() => undefined);
    return outcome?.ok ? (outcome.data as ResponseStream<unknown>) : undefined;
  };
  /** What the parser threw, thrown once the items before it are read. */
  let thrown: { readonly error: unknown } | undefined;
  /** The stream after a reconnection, which the rest of the iteration reads. */
  let resumed: ResponseStream<unknown> | undefined;

  const stream: ResponseStream<unknown> = {
    [Symbol.asyncIterator]: () => stream,
    async next(): Promise<IteratorResult<unknown, undefined>> {
      for (;;) {
        if (pending.length > 0) return { done: false, value: pending.shift() };
        if (thrown) {
          const { error } = thrown;
          thrown = undefined;
          throw error;
        }
        if (resumed) return resumed.next();
        if (finished) return { done: true, value: undefined };
        let chunk: Uint8Array | undefined;
        try {
          chunk = await readChunk();
        } catch (error) {
          if ((error as ApiCallError<AnyCallError>).error?.kind !== 'network') throw error;
          resumed = await reconnect();
          if (resumed === undefined) throw error;
          continue;
        }
        try {
          if (chunk === undefined) {
            parser.end(decoder.decode(), pending);
            await finish(false);
          } else parser.push(decoder.decode(chunk, { stream: true }), pending);
        } catch (error) {
          // The items that arrived whole before the failure still come first.
          thrown = { error };
        }
      }
    },
    async return(): Promise<IteratorResult<unknown, undefined>> {
      pending.length = 0;
      thrown = undefined;
      await Promise.all([finish(true), resumed?.return()]);
      return { done: true, value: undefined };
    },
  };
  return stream;
}

/** Turns decoded text into items, pushed onto `out`; `end` takes the last text and flushes. */
export interface StreamParser {
  push(text: string, out: unknown[]): void;
  end(text: string, out: unknown[]): void;
  /** Event streams: the last event ID and the reconnection time the server set, for reconnecting. */
  resume?(): { readonly id?: string; readonly retry?: number };
  /** Characters examined so far (scanned for line ends, copied into lines): at most 3 per character received, which tests count. */
  work(): number;
}

/** What a parser needs of the stream: the most one item may hold, and the errors that end the stream. */
export interface ParseBounds {
  /** `maxBodyBytes`, counted in characters of the decoded text (never more than its bytes). */
  readonly limit: number;
  readonly tooLarge: () => Error;
  readonly invalid: (text: string, cause: unknown) => Error;
  /** Ends the stream normally (an end marker such as `[DONE]`). */
  readonly stop: () => void;
  /** Converts each parsed JSON item (see StreamCall.convert); throws the error that ends the stream. */
  readonly convert?: ((item: unknown) => unknown) | undefined;
}

/** The parser for a stream format (exported for the tests, which count its work). */
export function streamParser(format: Exclude<StreamFormat, 'bytes'>, bounds: ParseBounds): StreamParser {
  return format === 'jsonl' || format === 'json-seq' ? jsonRecords(format, bounds) : serverSentEvents(format === 'sse-json', bounds);
}

/**
 * Splits text that arrives in pieces into lines at each match of `ends` (a global RegExp), in linear time: each piece
 * is scanned once, and an unfinished line's pieces are kept apart and joined once, when the line ends. A CR that
 * ends one piece and an LF that starts the next are one line end.
 */
function lineSplitter(ends: RegExp, line: (text: string, out: unknown[]) => void) {
  let pieces: string[] = [];
  let partial = 0;
  let skipLineFeed = false;
  let work = 0;
  return {
    push(text: string, out: unknown[]) {
      let start = skipLineFeed && text.charCodeAt(0) === 10 ? 1 : 0;
      if (text !== '') skipLineFeed = false;
      work += text.length;
      ends.lastIndex = start;
      for (let match = ends.exec(text); match !== null; match = ends.exec(text)) {
        let whole = text.slice(start, match.index);
        if (pieces.length > 0) {
          pieces.push(whole);
          whole = pieces.join('');
          pieces = [];
          partial = 0;
        }
        work += whole.length;
        start = ends.lastIndex;
        if (match[0] === '\r' && start === text.length) skipLineFeed = true;
        line(whole, out);
      }
      if (start < text.length) {
        pieces.push(text.slice(start));
        partial += text.length - start;
        work += text.length - start;
      }
    },
    /** The unfinished line, which the splitter then forgets. */
    rest() {
      const text = pieces.join('');
      pieces = [];
      partial = 0;
      return text;
    },
    /** Characters of the unfinished line. */
    partial: () => partial,
    work: () => work,
  };
}

/**
 * The event stream interpretation of the HTML standard: lines end at CRLF, LF or CR (a CR may end one chunk and
 * its LF begin the next); `:` starts a comment; a blank line dispatches the event; an event without data is not
 * dispatched, nor is one the stream ends in the middle of. The decoder has already dropped a leading BOM.
 * Documented JSON data that does not parse ends the stream with `invalid-body`, except a bracketed word such as
 * `[DONE]`, the usual end-of-stream marker, which ends it normally. `maxBodyBytes` bounds each event: its lines so
 * far (field names, empty data lines and line ends included; a comment only until it ends) and the line arriving.
 */
function serverSentEvents(json: boolean, bounds: ParseBounds): StreamParser {
  let data: string[] = [];
  let event = '';
  let retry: number | undefined;
  let lastId: string | undefined;
  let reconnectionTime: number | undefined;
  let stopped = false;
  /** Characters of the event so far, kept as a running total. */
  let held = 0;

  const dispatch = (out: unknown[]) => {
    const lines = data;
    const type = event;
    const wait = retry;
    data = [];
    event = '';
    retry = undefined;
    held = 0;
    if (lines.length === 0 || stopped) return;
    const text = lines.join('\n');
    let value: unknown = text;
    if (json) {
      try {
        value = JSON.parse(text);
      } catch (cause) {
        if (/^\[[A-Z_]+\]$/.test(text.trim())) {
          stopped = true;
          bounds.stop();
          return;
        }
        throw bounds.invalid(text, cause);
      }
    }
    if (json && bounds.convert) value = bounds.convert(value);
    out.push({ event: type || 'message', data: value, ...(lastId !== undefined ? { id: lastId } : {}), ...(wait !== undefined ? { retry: wait } : {}) });
  };

  const lines = lineSplitter(/\r\n?|\n/g, (text, out) => {
    if (text === '') return dispatch(out);
    if (held + text.length + 1 > bounds.limit) throw bounds.tooLarge();
    // A comment is held only while it arrives: keep-alive comments may come for hours between events.
    if (text.charCodeAt(0) === 58) return;
    held += text.length + 1;
    const colon = text.indexOf(':');
    const field = colon === -1 ? text : text.slice(0, colon);
    let value = colon === -1 ? '' : text.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'data') data.push(value);
    else if (field === 'event') event = value;
    else if (field === 'id' && !value.includes('\0')) lastId = value;
    else if (field === 'retry' && /^\d+$/.test(value)) retry = reconnectionTime = Number(value);
  });

  return {
    push(text, out) {
      lines.push(text, out);
      // A server that never ends a line or an event must not fill the memory.
      if (held + lines.partial() > bounds.limit) throw bounds.tooLarge();
    },
    end(text, out) {
      this.push(text, out);
      // An event the stream ended in the middle of is not dispatched.
      lines.rest();
      data = [];
    },
    work: lines.work,
    resume: () => ({ ...(lastId !== undefined ? { id: lastId } : {}), ...(reconnectionTime !== undefined ? { retry: reconnectionTime } : {}) }),
  };
}

/**
 * JSON Lines (one JSON text per line; blank lines skipped; the last line may lack its newline) or RFC 7464 records
 * (each after an RS); `maxBodyBytes` bounds each line or record.
 */
function jsonRecords(format: 'jsonl' | 'json-seq', bounds: ParseBounds): StreamParser {
  const record = (text: string, out: unknown[]) => {
    if (text.length > bounds.limit) throw bounds.tooLarge();
    const trimmed = text.trim();
    if (trimmed === '') return;
    let item: unknown;
    try {
      item = JSON.parse(trimmed);
    } catch (cause) {
      throw bounds.invalid(trimmed, cause);
    }
    out.push(bounds.convert ? bounds.convert(item) : item);
  };
  const lines = lineSplitter(format === 'jsonl' ? /\n/g : /\x1e/g, record);
  return {
    push(text, out) {
      lines.push(text, out);
      if (lines.partial() > bounds.limit) throw bounds.tooLarge();
    },
    end(text, out) {
      this.push(text, out);
      record(lines.rest(), out);
    },
    work: lines.work,
  };
}
