/** Classifies media types into the encodings the runtime knows, and orders them by preference. */
import { ownValue, setOwn } from '../load/own-property.js';
import type { BodyFormatModel, EncodingModel, JsonSchema, MediaTypeModel } from './types.js';

/** `application/json`, `application/problem+json` and other `+json` types are JSON; so is a wildcard carrying a non-binary schema. */
export function bodyFormatOf(mediaType: string, schema: JsonSchema | undefined): BodyFormatModel {
  const base = (mediaType.split(';')[0] ?? '').trim().toLowerCase();
  if (base === 'application/json' || base.endsWith('+json') || base === 'text/json') return 'json';
  if (base === 'application/x-www-form-urlencoded') return 'form';
  if (base.startsWith('multipart/')) return 'multipart';
  if (base.startsWith('text/')) return 'text';
  const binarySchema = typeof schema === 'object' && (schema.format === 'binary' || schema.contentMediaType !== undefined);
  if ((base === '*/*' || base === 'application/*') && schema !== undefined && !binarySchema) return 'json';
  return 'binary';
}

const REQUEST_PREFERENCE: readonly BodyFormatModel[] = ['json', 'form', 'multipart', 'text', 'binary'];
const RESPONSE_PREFERENCE: readonly BodyFormatModel[] = ['json', 'text', 'form', 'multipart', 'binary'];

/** Sorts media types by the preference for requests (or responses), then by name, so output never depends on spec order. */
export function sortMediaTypes(contents: MediaTypeModel[], side: 'request' | 'response'): MediaTypeModel[] {
  const preference = side === 'request' ? REQUEST_PREFERENCE : RESPONSE_PREFERENCE;
  return contents.sort(
    (a, b) =>
      preference.indexOf(a.format) - preference.indexOf(b.format) ||
      Number(b.mediaType === 'application/json') - Number(a.mediaType === 'application/json') ||
      (a.mediaType < b.mediaType ? -1 : a.mediaType > b.mediaType ? 1 : 0),
  );
}

/** Reads a Media Type map (`content`) into models, sorted by preference. */
export function buildMediaTypeModels(content: unknown, side: 'request' | 'response'): MediaTypeModel[] {
  if (content === null || typeof content !== 'object') return [];
  const models = Object.entries(content as Record<string, { schema?: JsonSchema; itemSchema?: JsonSchema; encoding?: unknown }>).map(([mediaType, media]) => {
    const schema = media?.schema;
    const format = bodyFormatOf(mediaType, schema);
    const encoding = format === 'form' || format === 'multipart' ? buildEncodingModels(media?.encoding) : undefined;
    const model: MediaTypeModel = {
      kind: 'media-type',
      mediaType,
      format,
      ...(schema !== undefined ? { schema } : {}),
      ...(side === 'response' && media?.itemSchema !== undefined ? { itemSchema: media.itemSchema } : {}),
      ...(encoding !== undefined ? { encoding } : {}),
    };
    return model;
  });
  return sortMediaTypes(models, side);
}

const ENCODING_STYLES = new Set(['form', 'spaceDelimited', 'pipeDelimited', 'deepObject']);

/** Reads an Encoding map; undefined when there is none. @see https://spec.openapis.org/oas/v3.1.0#encoding-object */
function buildEncodingModels(encoding: unknown): Record<string, EncodingModel> | undefined {
  if (encoding === null || typeof encoding !== 'object') return undefined;
  const models: Record<string, EncodingModel> = {};
  for (const name of Object.keys(encoding).sort()) {
    const found = ownValue(encoding as Record<string, unknown>, name);
    const raw = (found !== null && typeof found === 'object' ? found : {}) as Record<string, unknown>;
    setOwn(models, name, {
      kind: 'encoding',
      ...(typeof raw.contentType === 'string' ? { contentType: raw.contentType } : {}),
      ...(ENCODING_STYLES.has(raw.style as string) ? { style: raw.style as EncodingModel['style'] } : {}),
      ...(typeof raw.explode === 'boolean' ? { explode: raw.explode } : {}),
      ...(raw.allowReserved === true ? { allowReserved: true } : {}),
    });
  }
  return Object.keys(models).length > 0 ? models : undefined;
}
