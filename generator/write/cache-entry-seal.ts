/**
 * Authenticates a cache file's content, so that the command uses only entries it wrote itself: a file is a header
 * line holding an HMAC-SHA256 (under the user's cache key, cache-key.ts) of the file's name and content, then the
 * content. A file edited by hand, written under another key (a restored CI cache, another user), renamed into
 * another entry's place or cut short fails the check and is ignored as if it were missing.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

const MAGIC = 'openapi-client-cache-v1';
/** `openapi-client-cache-v1 <64 hex digits>\n`. */
const HEADER_LENGTH = MAGIC.length + 1 + 64 + 1;

/** The header line to write before `content` in the cache file named `name` (a base name). */
export function sealHeader(key: Buffer, name: string, content: Uint8Array | string): Buffer {
  return Buffer.from(`${MAGIC} ${mac(key, name, content).toString('hex')}\n`, 'latin1');
}

/** `content` sealed for the cache file named `name`: its header, then the content. */
export function sealCacheEntry(key: Buffer, name: string, content: Uint8Array | string): Buffer {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  return Buffer.concat([sealHeader(key, name, bytes), bytes]);
}

/** The content of the cache file named `name` whose bytes are `file`, or undefined unless its seal is `key`'s. */
export function unsealCacheEntry(key: Buffer, name: string, file: Buffer): Buffer | undefined {
  if (file.length < HEADER_LENGTH || file.toString('latin1', 0, MAGIC.length + 1) !== `${MAGIC} ` || file[HEADER_LENGTH - 1] !== 0x0a) return undefined;
  // The seal's text itself is compared, not the bytes it decodes to: hex decoding reads `A` as `a`, so a file
  // whose seal differs in case would otherwise pass as unchanged.
  const claimed = file.subarray(MAGIC.length + 1, HEADER_LENGTH - 1);
  const content = file.subarray(HEADER_LENGTH);
  const actual = Buffer.from(mac(key, name, content).toString('hex'), 'latin1');
  return claimed.length === actual.length && timingSafeEqual(claimed, actual) ? content : undefined;
}

function mac(key: Buffer, name: string, content: Uint8Array | string): Buffer {
  return createHmac('sha256', key).update(`${MAGIC}\0${name}\0`).update(content).digest();
}
