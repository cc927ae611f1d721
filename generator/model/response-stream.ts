/**
 * Which success responses stream: Server-Sent Events, JSON Lines, JSON text sequences, or a binary body that can
 * be taken as a stream. Emitters type them, the runtime reads them (templates/read-stream.ts), the mock answers them.
 */
import type { JsonSchema, MediaTypeModel, OperationModel, ResponseModel } from './types.js';

/** How a streamed success body is read (see templates/read-stream.ts). */
export type StreamFormatModel = 'sse' | 'sse-json' | 'jsonl' | 'json-seq' | 'bytes';

/** The media types of each streamed format. */
const STREAM_MEDIA_TYPES: ReadonlyArray<readonly [RegExp, 'sse' | 'jsonl' | 'json-seq']> = [
  [/^text\/event-stream$/, 'sse'],
  [/^application\/(x-)?(ndjson|jsonl|jsonlines|json-lines|x-json-stream)$/, 'jsonl'],
  [/^application\/json-seq$/, 'json-seq'],
];

/** A success response's streamed body: the media type, how it is read, and whether the status documents another (unstreamed) body too. */
export interface ResponseStreamModel {
  readonly media: MediaTypeModel;
  readonly format: StreamFormatModel;
  readonly shared: boolean;
}

/** The streamed body of a success response: events, JSON lines or sequences, or a binary body (streamed on request). */
export function responseStream(response: ResponseModel): ResponseStreamModel | undefined {
  for (const media of response.contents) {
    const base = (media.mediaType.split(';')[0] ?? '').trim().toLowerCase();
    const family = STREAM_MEDIA_TYPES.find(([pattern]) => pattern.test(base))?.[1];
    if (family === undefined) continue;
    const schema = streamItemSchema(media);
    const format = family === 'sse' && schema !== undefined && !isStringSchema(schema) ? 'sse-json' : family;
    return { media, format, shared: response.contents.length > 1 };
  }
  const first = response.contents[0];
  return first?.format === 'binary' ? { media: first, format: 'bytes', shared: false } : undefined;
}

/** The first stream of items or events (not of bytes) among the success responses of `operation`, if it has one. */
export function itemStream(operation: OperationModel): ResponseStreamModel | undefined {
  for (const response of operation.successResponses) {
    const stream = responseStream(response);
    if (stream !== undefined && stream.format !== 'bytes') return stream;
  }
  return undefined;
}

/** The schema of each streamed item: `itemSchema`, else the media type's `schema`. */
export function streamItemSchema(media: MediaTypeModel): JsonSchema | undefined {
  return media.itemSchema ?? media.schema;
}

function isStringSchema(schema: JsonSchema): boolean {
  return typeof schema === 'object' && schema.type === 'string' && schema.contentMediaType === undefined;
}
