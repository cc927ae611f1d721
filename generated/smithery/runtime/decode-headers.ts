// Copied from the generator's templates/decode-headers.ts. Do not edit.
/** Decodes the response headers an operation documents, by their schema type; generated code names it only where needed. */
import type { HeaderFormat } from './operation.js';

/** Decodes the documented headers present on a response; the others stay on `response.headers`. */
export function decodeHeaders(
  headers: Headers,
  formats: Readonly<Record<string, HeaderFormat>> | undefined,
): Record<string, unknown> {
  const decoded: Record<string, unknown> = {};
  for (const [name, format] of Object.entries(formats ?? {})) {
    const text = headers.get(name);
    if (text === null) continue;
    if (format === 'number') {
      const value = Number(text);
      if (text.trim() !== '' && Number.isFinite(value)) decoded[name] = value;
    } else if (format === 'boolean') decoded[name] = text.trim().toLowerCase() === 'true';
    else if (format === 'array') decoded[name] = text.split(',').map((item) => item.trim());
    else decoded[name] = text;
  }
  return decoded;
}
