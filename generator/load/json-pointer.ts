/**
 * JSON Pointer helpers: the generator addresses every spec value by pointer.
 * @see https://datatracker.ietf.org/doc/html/rfc6901
 */

/**
 * Encodes path segments as a pointer: `['paths', '/a/{b}', 'get']` becomes `/paths/~1a~1{b}/get`. `%` is written
 * `%25`, since a pointer in a `$ref` is a URI fragment and `fromPointer` percent-decodes: every segment round-trips.
 */
export function toPointer(segments: readonly (string | number)[]): string {
  return segments.map((s) => `/${String(s).replace(/~/g, '~0').replace(/\//g, '~1').replace(/%/g, '%25')}`).join('');
}

/** Decodes a pointer (with or without a leading `#`) into path segments. */
export function fromPointer(pointer: string): string[] {
  const body = pointer.startsWith('#') ? pointer.slice(1) : pointer;
  if (body === '') return [];
  return body.slice(1).split('/').map(decodedSegment);
}

/** One segment of a pointer, decoded; most have nothing to decode, and are returned as they are. */
function decodedSegment(segment: string): string {
  const decoded = segment.includes('%') ? percentDecoded(segment) : segment;
  return decoded.includes('~') ? decoded.replace(/~1/g, '/').replace(/~0/g, '~') : decoded;
}

/** A fragment segment with its percent-escapes decoded; a malformed escape (`%E0%A4`, `100%`) is kept as written. */
function percentDecoded(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** Returns the value at `segments` inside `root`, or undefined when any step is missing. */
export function getAtPath(root: unknown, segments: readonly string[]): unknown {
  let current = root;
  for (const segment of segments) {
    if (current === null || typeof current !== 'object') return undefined;
    if (!Object.prototype.hasOwnProperty.call(current, segment)) return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}

const SCHEMA_COMPONENT_REF = /^#\/components\/schemas\/([^/]+)$/;

/** The component key named by a `#/components/schemas/<key>` reference, decoded; undefined for any other reference. */
export function schemaComponentKey(ref: unknown): string | undefined {
  const match = typeof ref === 'string' ? SCHEMA_COMPONENT_REF.exec(ref) : null;
  return match ? fromPointer(`#/${match[1]!}`)[0] : undefined;
}

/** The reference to component schema `key`. */
export function schemaComponentRef(key: string): string {
  return `#${toPointer(['components', 'schemas', key])}`;
}

/** `value` with its `$ref`s followed through `document` (at most 32 in a chain, so a loop ends): what it refers to. */
export function followReferences(value: unknown, document: unknown): unknown {
  let current = value;
  for (let step = 0; step < 32 && current !== null && typeof current === 'object' && typeof (current as { $ref?: unknown }).$ref === 'string'; step++) {
    current = getAtPath(document, fromPointer((current as { $ref: string }).$ref));
  }
  return current;
}
