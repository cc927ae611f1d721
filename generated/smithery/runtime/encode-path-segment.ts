// @ts-nocheck
// Copied from the generator's templates/encode-path-segment.ts, which the generator type-checks. Do not edit.
/** The one encoder for path parameter values: callers never pre-encode, and no value may change which endpoint is called. */

/**
 * Returns why a raw segment value may not be sent, or undefined when it is safe: an empty value, `.` or `..`,
 * also once percent-decoded (up to three times, so `%2E%2E` and `%252E%252E` are seen for what they are),
 * would make the segment vanish or climb a level when a server or the URL parser normalises the path.
 */
export function rejectPathSegment(value: string): string | undefined {
  let form = value;
  for (let i = 0; i < 4; i++) {
    if (form === '' || form === '.' || form === '..') return value === '' ? 'is empty' : `is "${value}", a relative path segment`;
    // Without a `%`, decoding changes nothing; with one, it changes the text or throws.
    if (!form.includes('%')) return undefined;
    try {
      form = decodeURIComponent(form);
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/**
 * Percent-encodes one path segment value, `/` included, so `acme/srv` becomes `acme%2Fsrv`.
 * @see https://datatracker.ietf.org/doc/html/rfc3986#section-3.3
 */
export function encodePathSegment(value: string): string {
  return encodeURIComponent(value);
}
