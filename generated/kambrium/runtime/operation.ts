// @ts-nocheck
// Copied from the generator's templates/operation.ts, which the generator type-checks. Do not edit.
/** The static description of one operation that generated code hands to `sendRequest`. */
import { ParameterError } from './parameter-error.js';
import type { StreamCall, StreamFormat } from './read-stream.js';

/** The parts of a request that parameters write into. */
export interface RequestParts {
  path: string;
  readonly query: string[];
  readonly headers: Headers;
}

/** A spec- or caller-keyed table's own entry, never one inherited from Object.prototype (`constructor`, `__proto__`). */
export function own<T>(table: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return table && Object.hasOwn(table, key) ? table[key] : undefined;
}

/** What no header value may hold: CR, LF and NUL end or split a header; fetch refuses characters above U+00FF. */
const UNSENDABLE = /[\r\n\0]|[^\0-\xff]/;
/** A header name: an RFC 9110 token. */
const HEADER_NAME = /^[!#$%&'*+\-.^_`|~\w]+$/;

/**
 * Headers that refuse, by name and never by value, what fetch would reject with the value in its message. While
 * `written` is set, the (lower-case) name of every header set is added to it: how a security scheme's headers are
 * known to hold a credential without comparing every header before and after.
 */
export class CheckedHeaders extends Headers {
  declare written: Set<string> | undefined;
  override set(name: string, value: string): void {
    const text = String(value);
    if (!HEADER_NAME.test(name)) throw new ParameterError(name, `${JSON.stringify(name)} is not a valid header name`);
    if (UNSENDABLE.test(text)) throw new ParameterError(name, `header "${name}" has a character HTTP cannot carry (CR, LF, NUL, or one above U+00FF)`);
    super.set(name, text);
    this.written?.add(name.toLowerCase());
  }
}

/** Adds one `name=value` pair to the request's Cookie header. */
export function addCookie(parts: RequestParts, pair: string): void {
  const existing = parts.headers.get('Cookie');
  parts.headers.set('Cookie', existing ? `${existing}; ${pair}` : pair);
}

/** Writes one parameter's value into the request; generated code picks the writer for the parameter's location. */
export type ParameterWriter = (parts: RequestParts, param: ParameterDescriptor, value: unknown) => void;

/** How one parameter travels; generated from the spec's Parameter Object. */
export interface ParameterDescriptor {
  /** The name on the wire. */
  readonly name: string;
  readonly write: ParameterWriter;
  /** The property of the caller's argument object holding the value, when it differs from `name`. */
  readonly key?: string;
  readonly style?: 'simple' | 'label' | 'matrix' | 'form' | 'spaceDelimited' | 'pipeDelimited' | 'deepObject';
  readonly explode?: boolean;
  readonly allowReserved?: boolean;
  /** Sent as `JSON.stringify(value)` (a parameter described with `content: application/json`). */
  readonly json?: boolean;
  /** A value the spec fixes; sent without the caller passing it. */
  readonly constant?: string;
}

/** How one property of a form or multipart body is encoded (the spec's Encoding Object). */
export interface EncodingDescriptor {
  readonly contentType?: string;
  readonly style?: 'form' | 'spaceDelimited' | 'pipeDelimited' | 'deepObject';
  readonly explode?: boolean;
  readonly allowReserved?: boolean;
}

/** What a body encoder returns: the body, and the Content-Type to send unless fetch sets one (multipart). */
export interface EncodedBody {
  readonly body: BodyInit;
  readonly contentType?: string;
}

/** Turns the caller's body into what fetch sends. */
export type BodyEncoder = (content: BodyContentDescriptor, value: unknown) => EncodedBody;

/** One media type the request body may be sent as. */
export interface BodyContentDescriptor {
  readonly mediaType: string;
  readonly encode: BodyEncoder;
  readonly encoding?: Readonly<Record<string, EncodingDescriptor>>;
}

/** How the request body is encoded: the first content is the default, `args.contentType` picks another. */
export interface RequestBodyDescriptor {
  /** Puts the caller's body (and its Content-Type) on the request; `writeBody` from the runtime. */
  readonly write: (parts: RequestParts, body: RequestBodyDescriptor, args: Readonly<Record<string, unknown>>) => BodyInit | undefined;
  readonly required: boolean;
  readonly contents: readonly BodyContentDescriptor[];
}

/** How a documented response body is read; `stream` is a body `readStream` took over (see read-stream.ts). */
export type BodyFormat = 'json' | 'text' | 'blob' | 'empty' | 'stream';

/** How a documented response header's text is decoded. */
export type HeaderFormat = 'string' | 'number' | 'boolean' | 'array';

/** Decodes the documented headers of one response; generated code names `decodeHeaders` only where headers are documented. */
export interface ResponseHeadersDescriptor {
  readonly decode: (headers: Headers, formats: ReadonlyArray<readonly [string, HeaderFormat]> | undefined) => Record<string, unknown>;
  /** By response key: each documented header as `[lower-case name, format]`. */
  readonly formats: Readonly<Record<string, ReadonlyArray<readonly [string, HeaderFormat]>>>;
}

/**
 * Converts an operation's values between the wire and the types an integration promises (`dates: true`: ISO text and
 * `Date`). `request` gets the caller's arguments and returns what to send (never changing the caller's objects;
 * throws ParameterError for what cannot be sent); `body`, `headers` and `item` (one streamed item) get what the
 * response under `key` (`200`, `4XX`, `default`) decoded to, and return the converted value, or throw an Error whose
 * `path` names the value that cannot be converted (`$.items[3].createdAt`).
 */
export type OperationCodec = (operation: string, place: 'request' | 'body' | 'headers' | 'item', key: string, value: unknown) => unknown;

/** Everything `sendRequest` needs to know about an operation besides the caller's arguments. */
export interface OperationDescriptor {
  /** The operation's function name, for hooks and response validation. */
  readonly id: string;
  readonly method: string;
  /** The path template from the spec, such as `/connect/{namespace}/{connectionId}`. */
  readonly path: string;
  readonly parameters: readonly ParameterDescriptor[];
  readonly body?: RequestBodyDescriptor;
  /** Documented responses by status code, `1XX`..`5XX` range, or `default`. */
  readonly responses: Readonly<Record<string, BodyFormat>>;
  /** Documented response headers, when the operation has any: how to decode them, by response key. */
  readonly responseHeaders?: ResponseHeadersDescriptor;
  /** The `Accept` header: the documented response media types. */
  readonly accept?: string;
  /** Alternatives of security scheme names; `[]` means no auth, `[[]]` optional auth. */
  readonly security: readonly (readonly string[])[];
  /** How a paginated operation continues to its next page (see paginate.ts). */
  readonly page?: PaginationDescriptor;
  /** Documented streamed success bodies by response key: `[format, shared]` (see read-stream.ts). */
  readonly streams?: Readonly<Record<string, readonly [StreamFormat, boolean?]>>;
  /** `readStream`, passed by operations that document a stream. */
  readonly stream?: (response: Response, documented: readonly [StreamFormat, boolean?] | undefined, call: StreamCall) => unknown;
  /** The operation's codec, passed by clients whose integrations convert values (see OperationCodec). */
  readonly codec?: OperationCodec;
}

/** How a paginated operation pages; paths are property names from the body's root (`[]` is the body itself). */
export interface PaginationDescriptor {
  readonly style: 'cursor' | 'page' | 'offset' | 'next-url' | 'link';
  readonly items: readonly string[];
  /** The argument (a query parameter's key in the caller's params) that moves to the next page. */
  readonly param?: string;
  /** Where the body holds the next cursor or the next page's URL. */
  readonly next?: readonly string[];
  /** The property of the last item to continue after when `next` gives nothing. */
  readonly itemKey?: string;
  /** A boolean that is false on the last page. */
  readonly more?: readonly string[];
  /** The number of pages (page style) or of items (offset style). */
  readonly total?: readonly string[];
  /** Page style: the number of the first page, when it is not 1. */
  readonly start?: number;
}
