/**
 * Response headers made safe to send: names and values come from the spec (a header named `X Bad Name`, an enum
 * value `€5`) and from requests (a body key `€x` in `X-Mock-Invalid`), and Node's `writeHead` throws on a name that
 * is not an HTTP token or a value with control or non-Latin-1 characters, which used to stop the mock server.
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-5.1
 */

/** An HTTP field name: a token. */
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

/** Characters a header value may not carry as they are: all but tab and visible ASCII with space. */
const UNSAFE_IN_VALUE = /[^\t\x20-\x7e]/gu;

/** `headers` with each value encoded (headerValue), and those whose names are not tokens left out and named in `skipped`. */
export function wireHeaders(headers: Readonly<Record<string, string>>): { headers: Record<string, string>; skipped: string[] } {
  const safe: Record<string, string> = {};
  const skipped: string[] = [];
  for (const [name, value] of Object.entries(headers)) {
    if (TOKEN.test(name)) safe[name] = headerValue(value);
    else skipped.push(name);
  }
  return { headers: safe, skipped };
}

/**
 * `text` as a header value: each character other than tab and visible ASCII is percent-encoded as UTF-8 (`€5` is
 * `%E2%82%AC5`, a line break `%0A`), so the header keeps what it says and cannot end early or start another one.
 */
export function headerValue(text: string): string {
  return text.replace(UNSAFE_IN_VALUE, (char) => (char.length === 1 && char >= '\ud800' && char <= '\udfff' ? '%EF%BF%BD' : encodeURIComponent(char)));
}
