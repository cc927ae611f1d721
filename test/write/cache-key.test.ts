/**
 * The cache key: from OPENAPI_CLIENT_CACHE_KEY when set, else a private file of the user's outside the project,
 * made on first use; a key that is too short, or a file that is not private, means no cache (with a warning).
 */
import { chmod, chown, mkdtemp, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCacheKey, userKeyFile } from '../../generator/write/cache-key.js';

let home: string;
beforeAll(async () => {
  home = await mkdtemp(join(tmpdir(), 'cache-key-'));
});
afterAll(() => rm(home, { recursive: true, force: true }));

const posix = process.platform !== 'win32';

describe('readCacheKey', () => {
  it('takes the key from OPENAPI_CLIENT_CACHE_KEY, and refuses one shorter than 32 characters', () => {
    const given = 'k'.repeat(32);
    expect(readCacheKey({ OPENAPI_CLIENT_CACHE_KEY: given }, join(home, 'unused'))).toEqual({ key: Buffer.from(given) });
    expect(readCacheKey({ OPENAPI_CLIENT_CACHE_KEY: '' }, join(home, 'unused'))).toEqual({
      warning: 'OPENAPI_CLIENT_CACHE_KEY has 0 characters, fewer than 32; the cache is not used (generate one with `openssl rand -hex 32`)',
    });
  });

  it('makes a key file of 64 hex digits with mode 0600 on first use, then reads the same key', async () => {
    const file = join(home, 'config', 'openapi-client', 'cache-key');
    const first = readCacheKey({}, file);
    expect(first.key).toHaveLength(32);
    expect(await readFile(file, 'utf8')).toBe(`${first.key!.toString('hex')}\n`);
    if (posix) expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(readCacheKey({}, file)).toEqual(first);
  });

  it('says when the key file cannot be read', async () => {
    await writeFile(join(home, 'a-file'), '');
    const file = join(home, 'a-file', 'openapi-client', 'cache-key');
    expect(readCacheKey({}, file)).toEqual({ warning: `the cache key ${file} cannot be read (ENOTDIR); the cache is not used` });
  });

  it.skipIf(!posix)('refuses a key file others can read or write, or that is a link, or that is not a key', async () => {
    const file = join(home, 'shared-key');
    await writeFile(file, `${'ab'.repeat(32)}\n`, { mode: 0o600 });
    expect(readCacheKey({}, file).key).toHaveLength(32);
    await chmod(file, 0o644);
    expect(readCacheKey({}, file)).toEqual({
      warning: `the cache key ${file} is not a private file of yours (it must be yours, with mode 0600); delete it and a new one is made; the cache is not used`,
    });
    const link = join(home, 'linked-key');
    await chmod(file, 0o600);
    await symlink(file, link);
    expect(readCacheKey({}, link).warning).toMatch(/^the cache key .*linked-key cannot be read \(ELOOP\); the cache is not used$/);
    await writeFile(file, 'not a key\n');
    expect(readCacheKey({}, file).warning).toMatch(/is not 64 hex digits; delete it and a new one is made; the cache is not used$/);
  });

  it.skipIf(!posix || process.getuid?.() !== 0)("refuses a key file that is another user's", async () => {
    const file = join(home, 'foreign-key');
    await writeFile(file, `${'cd'.repeat(32)}\n`, { mode: 0o600 });
    await chown(file, 12345, 12345);
    expect(readCacheKey({}, file).warning).toMatch(/is not a private file of yours/);
  });

  it('keeps the key in the user config folder, never in the project', () => {
    expect(userKeyFile({ XDG_CONFIG_HOME: '/somewhere/config' })).toBe(join('/somewhere/config', 'openapi-client', 'cache-key'));
    // A relative XDG_CONFIG_HOME is invalid (XDG Base Directory spec): the home folder's .config instead.
    expect(userKeyFile({ XDG_CONFIG_HOME: 'relative' })).toMatch(/[\\/]\.config[\\/]openapi-client[\\/]cache-key$/);
  });
});
