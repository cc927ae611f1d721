// @ts-nocheck
// Copied from the generator's templates/encode-body.ts, which the generator type-checks. Do not edit.
/**
 * Request body encoders, one per kind of media type; generated descriptors name the ones they need.
 * @see https://spec.openapis.org/oas/v3.1.0#encoding-object
 */
import type { BodyContentDescriptor, EncodedBody, RequestBodyDescriptor, RequestParts } from './operation.js';
import { ParameterError } from './parameter-error.js';
import { serializeQueryParameter } from './serialize-parameter.js';

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
    pairs.push(...serializeQueryParameter({ name, write: () => {}, ...encoding, json }, item));
  }
  return { body: pairs.join('&'), contentType: content.mediaType };
}

/**
 * `multipart/form-data`: files (`Blob`, `File`) as file parts, objects as JSON parts, other values as text parts;
 * arrays as one part per item. An encoding's `contentType` sets the part's type. fetch writes the Content-Type.
 * @see https://spec.openapis.org/oas/v3.1.0#special-considerations-for-multipart-content
 */
export function encodeMultipart(content: BodyContentDescriptor, value: unknown): EncodedBody {
  const form = new FormData();
  for (const [name, item] of bodyFields(value)) {
    const partType = content.encoding?.[name]?.contentType;
    for (const element of Array.isArray(item) ? item : [item]) {
      if (element instanceof Blob) form.append(name, element);
      else if (typeof element === 'object' && element !== null) {
        form.append(name, new Blob([JSON.stringify(element)], { type: partType ?? 'application/json' }));
      } else if (partType !== undefined && !/^text\/plain/i.test(partType)) {
        form.append(name, new Blob([String(element)], { type: partType }));
      } else form.append(name, String(element));
    }
  }
  return { body: form };
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
