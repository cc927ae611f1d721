// Copied from the generator's templates/encode-path-segment.ts. Do not edit.
/** The one encoder for path parameter values: callers never pre-encode, and no value may change which endpoint is called. */

/** Values that would make a path segment vanish or climb a level once a server normalises the path. */
const DOT_SEGMENTS = new Set(['', '.', '..']);

/** Percent-decodes up to three times so `%2E%2E` and `%252E%252E` are seen for what they are. */
function decodedForms(value: string): string[] {
  const forms = [value];
  let current = value;
  for (let i = 0; i < 3; i++) {
    let next: string;
    try {
      next = decodeURIComponent(current);
    } catch {
      break;
    }
    if (next === current) break;
    forms.push(next);
    current = next;
  }
  return forms;
}

/** Returns why a raw segment value may not be sent, or undefined when it is safe. */
export function rejectPathSegment(value: string): string | undefined {
  if (value === '') return 'is empty';
  for (const form of decodedForms(value)) {
    if (DOT_SEGMENTS.has(form))
      return `is "${value}", which servers read as a relative path segment`;
  }
  return undefined;
}

/**
 * Percent-encodes one path segment value, `/` included, so `acme/srv` becomes `acme%2Fsrv`.
 * @see https://datatracker.ietf.org/doc/html/rfc3986#section-3.3
 */
export function encodePathSegment(value: string): string {
  return encodeURIComponent(value).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}
