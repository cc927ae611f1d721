/**
 * Measures what calling one operation costs an application: the Smithery client's `getConnection`, bundled with
 * esbuild, minified, gzipped. `npm run bundle-size` prints the figure; test/bundle-size.test.ts holds the bar.
 */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/**
 * The most a single call may weigh, gzipped; the official Smithery SDK needs 13.7 KB for the same call. Raised from
 * 3,000 when every call gained redirect policy, a body cap, header checks and redaction by name (issue 8), and from
 * 4,600 when descriptors became JSON text (+64 B here, a third less `tsc` time for a large client's users), and
 * from 4,700 when every call gained the two hooks of issue 10 (+175 B): sending a next page to its URL
 * (`Retarget`), and handing a documented stream to read-stream.ts unread, with a way to reconnect it. The rest of
 * pagination and streaming lives in paginate.ts and read-stream.ts, which only operations that page or stream bundle.
 * Raised to 4,950 when a body read in chunks (chunked or compressed, as most real responses are, or from a caller's
 * `fetch`) came to be decoded from its bytes instead of through a Blob (+58 B; 30 µs less per such call).
 * Raised to 5,170 (5,163 measured, from 4,944) when every call came to work in browsers and other realms (issue
 * 22): following a browser's opaque redirects where that cannot take a credential to another origin (+88 B, and
 * +30 B for its message), idempotency keys from `getRandomValues` where `randomUUID` is missing (+65 B), signals
 * recognised by shape and followed by one of fetch's realm (+15 B), and naming a caller's fetch that throws (+27 B).
 * Some was won back: the 'fetch' policy runs through the same loop, the encoders alone word a lone surrogate.
 * Raised to 5,350 (5,325 measured) when every call gained the integrations' codec seam (issue 24, +162 B): an
 * operation's codec converts its arguments, bodies, headers and stream items (`dates: true`), and a value it cannot
 * convert is an `invalid-body` error naming its path; the conversion itself lives in convert-dates.ts, which only
 * clients with dates bundle.
 */
export const BUNDLE_BUDGET_BYTES = 5350;

const ENTRY = `
import { createClient, getConnection } from './generated/smithery/index.js';
export const result = getConnection(createClient({ token: 'x' }), { namespace: 'acme', connectionId: 'c1' });
`;

/** Bundles the entry above and returns its minified and gzipped sizes in bytes. */
export async function measureBundleSize(entry: string = ENTRY): Promise<{ minified: number; gzipped: number; inputs: string[] }> {
  const result = await build({
    stdin: { contents: entry, resolveDir: fileURLToPath(new URL('..', import.meta.url)), loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.contents;
  // The modules that contributed code to the bundle (tree-shaken ones contribute nothing).
  const inputs = Object.values(result.metafile.outputs).flatMap((output) =>
    Object.entries(output.inputs).filter(([, input]) => input.bytesInOutput > 0).map(([path]) => path),
  );
  return { minified: code.byteLength, gzipped: gzipSync(code, { level: 9 }).byteLength, inputs };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { minified, gzipped } = await measureBundleSize();
  console.log(
    `one getConnection call from generated/smithery: ${minified} bytes minified, ${gzipped} bytes gzipped ` +
      `(budget ${BUNDLE_BUDGET_BYTES}; ${(13.7 * 1024 / gzipped).toFixed(1)}x smaller than the official SDK's 13.7 KB)`,
  );
  process.exitCode = gzipped <= BUNDLE_BUDGET_BYTES ? 0 : 1;
}
