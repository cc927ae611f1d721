// Copied from the generator's templates/decode-headers.ts. Do not edit.
/** Decodes the response headers an operation documents, by their schema type; generated code names it only where needed. */
import type { HeaderFormat } from './operation.js';

/** Decodes the documented headers present on a response; the others stay on `response.headers`. */
export function decodeHeaders(headers: Headers, formats: ReadonlyArray<readonly [string, HeaderFormat]> | undefined): Record<string, unknown> {
  const decoded: Record<string, unknown> = {};
  for (const [name, format] of formats ?? []) {
    const text = headers.get(name);
    if (text === null) continue;
    const number = Number(text);
    const value =
      format === 'number'
        ? text.trim() !== '' && Number.isFinite(number) ? number : undefined
        : format === 'boolean'
          ? text.trim().toLowerCase() === 'true'
          : format === 'array'
            ? text.split(',').map((item) => item.trim())
            : text;
    // defineProperty: a header documented as `__proto__` must not replace the object's prototype.
    if (value !== undefined) Object.defineProperty(decoded, name, { value, enumerable: true, writable: true, configurable: true });
  }
  return decoded;
}
