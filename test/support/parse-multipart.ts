/**
 * A strict `multipart/form-data` reader for tests (RFC 7578, RFC 2046 §5.1): CRLF line ends, no preamble, each part's
 * headers, the closing delimiter, nothing after it. Anything else throws, so a test cannot pass on a body that a
 * lenient server would guess its way through.
 */

/** One part as the reader saw it. */
export interface MultipartPart {
  /** The `name` of Content-Disposition, as written (quotes removed, nothing decoded). */
  readonly name: string;
  /** The `filename`, when the part has one (which makes it a file to multer, busboy and the Fetch standard). */
  readonly filename?: string;
  /** The part's Content-Type header, when it has one. */
  readonly contentType?: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Buffer;
}

/** Parses `body`, sent with `contentType` (which must carry the boundary). */
export function parseMultipart(body: Buffer, contentType: string): MultipartPart[] {
  const boundary = /^multipart\/form-data;\s*boundary=(?:"([^"]+)"|([^\s;]+))$/i.exec(contentType);
  if (!boundary) throw new Error(`not a multipart/form-data type with a boundary: ${contentType}`);
  const delimiter = Buffer.from(`--${boundary[1] ?? boundary[2]}`);
  if (!body.subarray(0, delimiter.length).equals(delimiter)) throw new Error('the body does not start with the delimiter');
  const parts: MultipartPart[] = [];
  let at = delimiter.length;
  for (;;) {
    const after = body.subarray(at, at + 2).toString('latin1');
    if (after === '--') {
      if (body.subarray(at + 2).toString('latin1') !== '\r\n') throw new Error('bytes after the closing delimiter');
      return parts;
    }
    if (after !== '\r\n') throw new Error(`a delimiter is followed by ${JSON.stringify(after)}`);
    const start = at + 2;
    const next = body.indexOf(Buffer.concat([Buffer.from('\r\n'), delimiter]), start);
    if (next === -1) throw new Error('a part has no closing delimiter');
    parts.push(parsePart(body.subarray(start, next)));
    at = next + 2 + delimiter.length;
  }
}

function parsePart(part: Buffer): MultipartPart {
  const end = part.indexOf('\r\n\r\n');
  if (end === -1) throw new Error('a part has no blank line after its headers');
  const headers: Record<string, string> = {};
  for (const line of part.subarray(0, end).toString('utf8').split('\r\n')) {
    const match = /^([A-Za-z-]+): ?(.*)$/.exec(line);
    if (!match || /[\r\n]/.test(match[2]!)) throw new Error(`a malformed part header: ${JSON.stringify(line)}`);
    const name = match[1]!.toLowerCase();
    if (name in headers) throw new Error(`a repeated part header: ${name}`);
    headers[name] = match[2]!;
  }
  const disposition = /^form-data; name="([^"\r\n]*)"(?:; filename="([^"\r\n]*)")?$/.exec(headers['content-disposition'] ?? '');
  if (!disposition) throw new Error(`a malformed Content-Disposition: ${JSON.stringify(headers['content-disposition'])}`);
  return {
    name: disposition[1]!,
    ...(disposition[2] !== undefined ? { filename: disposition[2] } : {}),
    ...(headers['content-type'] !== undefined ? { contentType: headers['content-type'] } : {}),
    headers,
    body: part.subarray(end + 4),
  };
}
