/** Checks a request body against its operation's request body, by media type: JSON, form, multipart (JSON parts read) and text. */
import { ownValue, setOwn } from '../load/own-property.js';
import type { OperationModel } from '../model/types.js';
import type { MockRequest } from './answer-request.js';
import { checkValue } from './check-value.js';
import { coerce, type RequestProblem } from './parse-parameters.js';

type Document = Readonly<Record<string, unknown>>;

/**
 * The request body's first problem against the operation's request body, by its Content-Type; else the body as read
 * (JSON parsed, form and multipart fields coerced to their schemas; undefined for none or raw bytes), for the stream
 * switch. Patterns left unchecked are added to `notes`.
 */
export async function checkRequestBody(operation: OperationModel, request: MockRequest, document: Document, notes?: Set<string>): Promise<{ problem: RequestProblem } | { value: unknown }> {
  const body = operation.requestBody;
  if (body === undefined) return { value: undefined };
  if (request.body.byteLength === 0) return body.required ? { problem: { field: 'body', rule: 'required', message: 'body: a request body is required' } } : { value: undefined };
  const contentType = request.headers['content-type'] ?? '';
  const base = (contentType.split(';')[0] ?? '').trim().toLowerCase();
  const media = body.contents.find((candidate) => mediaMatches(candidate.mediaType, base)) ?? (base === '' ? body.contents[0] : undefined);
  if (media === undefined) {
    return { problem: { field: 'header.Content-Type', rule: 'media-type', message: `body: ${base || 'no Content-Type'} is not one of ${body.contents.map((c) => c.mediaType).join(', ')}` } };
  }
  let value: unknown;
  const text = new TextDecoder().decode(request.body);
  switch (media.format) {
    case 'json':
      try {
        value = JSON.parse(text);
      } catch {
        return { problem: { field: 'body', rule: 'json', message: 'body: not valid JSON' } };
      }
      break;
    case 'form': {
      const record: Record<string, unknown> = {};
      for (const [key, item] of new URLSearchParams(text)) {
        const existing = ownValue(record, key);
        setOwn(record, key, existing === undefined ? item : [existing, item].flat());
      }
      value = coerce(record, media.schema, document);
      break;
    }
    case 'multipart': {
      let form: FormData;
      try {
        form = await new Response(request.body as BodyInit, { headers: { 'content-type': contentType } }).formData();
      } catch {
        return { problem: { field: 'body', rule: 'multipart', message: 'body: not a valid multipart body' } };
      }
      const record: Record<string, unknown> = {};
      for (const [key, item] of form.entries()) {
        // JSON parts (objects) are read as their text; file parts stand as a placeholder string.
        const part = typeof item === 'string' ? item : /json/i.test(item.type) ? await item.text() : '(file)';
        const existing = ownValue(record, key);
        setOwn(record, key, existing === undefined ? part : [existing, part].flat());
      }
      value = coerce(record, media.schema, document);
      break;
    }
    case 'text':
      value = text;
      break;
    default:
      return { value: undefined };
  }
  const found = checkValue(media.schema, value, document, 'body', notes);
  return found ? { problem: { field: found.path, rule: found.rule, message: found.message } } : { value };
}

function mediaMatches(documented: string, base: string): boolean {
  const type = (documented.split(';')[0] ?? '').trim().toLowerCase();
  return type === base || type === '*/*' || (type.endsWith('/*') && base.startsWith(type.slice(0, -1)));
}
