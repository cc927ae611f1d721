/** Cache entries are used only when sealed under the user's key, for the file they sit in, with every byte intact. */
import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sealCacheEntry, unsealCacheEntry } from '../../generator/write/cache-entry-seal.js';

describe('sealCacheEntry and unsealCacheEntry', () => {
  const key = randomBytes(32);

  it('gives back what was sealed, for the same key and file name', () => {
    const sealed = sealCacheEntry(key, 'abc.json', '{"memory":1}');
    expect(sealed.toString('latin1')).toMatch(/^openapi-client-cache-v1 [0-9a-f]{64}\n\{"memory":1\}$/);
    expect(unsealCacheEntry(key, 'abc.json', sealed)?.toString()).toBe('{"memory":1}');
  });

  it('refuses a seal that differs only in the case of a hex digit (found by the property below)', () => {
    const sealed = sealCacheEntry(key, 'entry.v8', '');
    const header = 'openapi-client-cache-v1 '.length;
    const digit = header + sealed.toString('latin1').slice(header).search(/[a-f]/);
    const changed = Buffer.from(sealed);
    changed[digit]! ^= 0x20;
    expect(unsealCacheEntry(key, 'entry.v8', changed)).toBeUndefined();
  });

  it('refuses a file without a seal, under another key, for another name, or with any byte changed (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), fc.nat(), fc.integer({ min: 1, max: 255 }), (content, at, flip) => {
        const sealed = sealCacheEntry(key, 'entry.v8', content);
        expect(unsealCacheEntry(key, 'entry.v8', sealed)).toEqual(Buffer.from(content));
        expect(unsealCacheEntry(key, 'entry.v8', Buffer.from(content))).toBeUndefined();
        expect(unsealCacheEntry(randomBytes(32), 'entry.v8', sealed)).toBeUndefined();
        expect(unsealCacheEntry(key, 'other.v8', sealed)).toBeUndefined();
        const changed = Buffer.from(sealed);
        changed[at % changed.length]! ^= flip;
        expect(unsealCacheEntry(key, 'entry.v8', changed)).toBeUndefined();
        expect(unsealCacheEntry(key, 'entry.v8', sealed.subarray(0, sealed.length - 1))).toBeUndefined();
        expect(unsealCacheEntry(key, 'entry.v8', Buffer.concat([sealed, Buffer.from([0])]))).toBeUndefined();
      }),
    );
  });
});
