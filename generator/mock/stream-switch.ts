/**
 * The request body's stream switch, OpenAI's `stream: true` style: an operation whose success documents a body and a
 * stream for the same status (`application/json` and `text/event-stream`), and whose request body has a boolean
 * property `stream`, streams when the request sets it to true and answers the body when it sets it to false.
 */
import { ownValue } from '../load/own-property.js';
import { responseStream } from '../model/response-stream.js';
import { schemaTypes, shapeAt } from '../model/schema-shape.js';
import type { OperationModel } from '../model/types.js';

type Document = Readonly<Record<string, unknown>>;

/** The property that switches the stream on. */
const SWITCH = 'stream';

/**
 * `stream` when `operation` has a stream switch: a success response documents a stream beside another body, and a
 * JSON, form or multipart request body has a property `stream` (its own or an `allOf` member's, through `$ref`s)
 * whose schema allows a boolean; undefined otherwise.
 */
export function streamSwitch(operation: OperationModel, document: Document): string | undefined {
  if (!operation.successResponses.some((response) => responseStream(response)?.shared === true)) return undefined;
  const bodies = operation.requestBody?.contents.filter((media) => media.format === 'json' || media.format === 'form' || media.format === 'multipart') ?? [];
  return bodies.some((media) => schemaTypes(shapeAt(media.schema, [SWITCH], document)).includes('boolean')) ? SWITCH : undefined;
}

/** What a request body (as read and coerced to its schema) sets the switch `name` to: true, false, or undefined when it does not. */
export function switchValue(body: unknown, name: string): boolean | undefined {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return undefined;
  const value = ownValue(body as Record<string, unknown>, name);
  return value === true || value === 'true' ? true : value === false || value === 'false' ? false : undefined;
}
