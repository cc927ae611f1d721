/**
 * Request body encoders, one per kind of media type; generated descriptors name the ones they need.
 * @see https://spec.openapis.org/oas/v3.1.0#encoding-object
 */
import type { BodyContentDescriptor, EncodedBody, RequestBodyDescriptor, RequestParts } from './operation.js';
import { ParameterError } from './parameter-error.js';
import { encoded, serializeQueryParameter } from './serialize-parameter.js';

/** `application/json` and other JSON media types. */
export function encodeJson(content: BodyContentDescriptor, value: unknown): EncodedBody {
  return { body: JSON.stringify(value), contentType: content.mediaType };
}

/** `text/*`. */
export function encodeText(content: BodyContentDescriptor, value: unknown): EncodedBody {
  return { body: String(value), contentType: content.mediaType };
}

/** Bytes as given: `Blob`, `ArrayBuffer`, a typed array, or a string. */
export function encodeBinary(content: BodyContentDescriptor, value: unknown): EncodedBody {
  return { body: value as BodyInit, contentType: content.mediaType };
}

function bodyFields(value: unknown): Array<[string, unknown]> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new ParameterError('body', 'a form or multipart body must be an object of fields');
  }
  return Object.entries(value).filter(([, item]) => item !== undefined && item !== null);
}

/**
 * `application/x-www-form-urlencoded`: each field as a query parameter of its encoding's style (form, exploded,
 * by default); a field whose encoding names a JSON content type is sent as JSON text.
 */
export function encodeForm(content: BodyContentDescriptor, value: unknown): EncodedBody {
  const pairs: string[] = [];
  for (const [name, item] of bodyFields(value)) {
    const encoding = content.encoding?.[name] ?? {};
    const json = encoding.contentType !== undefined && /json/i.test(encoding.contentType);
    pairs.push(...encoded(name, () => serializeQueryParameter({ name, write: () => {}, ...encoding, json }, item)));
  }
  return { body: pairs.join('&'), contentType: content.mediaType };
}

/** A name or file name as a multipart header quotes it: `"`, CR and LF percent-encoded, as browsers do. */
function quoted(text: string): string {
  return `"${text.replace(/["\r\n]/g, (char) => (char === '"' ? '%22' : char === '\r' ? '%0D' : '%0A'))}"`;
}

/** The part type an encoding's `contentType` names: its first media type, unless that is a wildcard (`image/*`). */
function concreteType(contentType: string | undefined): string | undefined {
  const first = contentType?.split(',')[0]!.trim();
  return first && !/[*\r\n]/.test(first) ? first : undefined;
}

/**
 * `multipart/form-data`: each field a part, an array one part per item. A `Blob` (or `File`) is a file part, with a
 * filename and its own type. An object is a field holding its JSON (`Content-Type: application/json` unless the
 * encoding names a type), with no filename: servers that read files and fields apart (multer, busboy) take it as a
 * field. Any other value is a text field, or a file part when the encoding names a type other than text. The body
 * is written here, not by FormData, which cannot give a part a type without a filename.
 * @see https://spec.openapis.org/oas/v3.1.1#encoding-content-type
 * @see https://www.rfc-editor.org/rfc/rfc7578
 */
export function encodeMultipart(content: BodyContentDescriptor, value: unknown): EncodedBody {
  // 32 random hex digits: a body cannot be made in advance to hold the boundary.
  const boundary = `----openapi-client-${Array.from(globalThis.crypto.getRandomValues(new Uint8Array(16)), (byte) => (byte | 256).toString(16).slice(1)).join('')}`;
  const parts: BlobPart[] = [];
  for (const [name, item] of bodyFields(value)) {
    const named = concreteType(content.encoding?.[name]?.contentType);
    for (const element of Array.isArray(item) ? item : [item]) {
      let data: BlobPart;
      let type: string | undefined;
      let file = false;
      if (element instanceof Blob) {
        [data, type, file] = [element, element.type || named || 'application/octet-stream', true];
      } else if (typeof element === 'object' && element !== null && !(element instanceof Date)) {
        [data, type] = [JSON.stringify(element), named ?? 'application/json'];
      } else {
        data = element instanceof Date ? element.toISOString() : String(element);
        // A value the encoding types as anything but text (`image/png`) is a file's content.
        if (named && !/^text\/plain\b/i.test(named)) [type, file] = [named, true];
      }
      const filename = file ? `; filename=${quoted((element as File).name || 'blob')}` : '';
      parts.push(`--${boundary}\r\nContent-Disposition: form-data; name=${quoted(name)}${filename}\r\n${type ? `Content-Type: ${type}\r\n` : ''}\r\n`, data, '\r\n');
    }
  }
  parts.push(`--${boundary}--\r\n`);
  return { body: new Blob(parts), contentType: `multipart/form-data; boundary=${boundary}` };
}

/** Picks the media type (`args.contentType`, else the first documented) and encodes `args.body` with it. */
export function writeBody(parts: RequestParts, descriptor: RequestBodyDescriptor, args: Readonly<Record<string, unknown>>): BodyInit | undefined {
  const value = args.body;
  if (value === undefined) {
    if (descriptor.required) throw new ParameterError('body', 'the request body is required');
    return undefined;
  }
  const wanted = args.contentType;
  const content = wanted === undefined ? descriptor.contents[0] : descriptor.contents.find((c) => c.mediaType === wanted);
  if (!content) throw new ParameterError('contentType', `contentType ${JSON.stringify(wanted)} is not documented for this operation`);
  const encoded = content.encode(content, value);
  if (encoded.contentType && !parts.headers.has('Content-Type')) parts.headers.set('Content-Type', encoded.contentType);
  return encoded.body;
}
