import { createHash, randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import Module, { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { execFile } from 'node:child_process';
import { Script } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireWithCodeCache, saveCodeCache } from '../generator/code-cache.js';
import { sealCacheEntry } from '../generator/write/cache-entry-seal.js';

const run = promisify(execFile);

describe('requireWithCodeCache', () => {
  let folder: string;
  let cache: string;
  let file: string;
  const require = createRequire(import.meta.url);
  const key = randomBytes(32);

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'code-cache-'));
    cache = join(folder, 'compiled');
    file = join(folder, 'module.cjs');
    // A byte-order mark and a `#!` line, as Node's own loader accepts them; `require` and a cycle back to itself.
    await writeFile(
      file,
      `\ufeff#!/usr/bin/env node\nexports.early = true;\nconst again = require(__filename);\nmodule.exports.answer = 42;\nmodule.exports.seesItself = again.early === true;\nmodule.exports.file = __filename;\nmodule.exports.resolves = typeof require.resolve('./module.cjs');\n`,
    );
  });
  afterAll(async () => {
    delete require.cache[file];
    await rm(folder, { recursive: true, force: true });
  });

  const load = () => {
    delete require.cache[file];
    return requireWithCodeCache(file, cache, key) as Record<string, unknown>;
  };

  it('loads a module as require does and enters it in the module cache', () => {
    const exports = load();
    expect(exports).toEqual({ early: true, answer: 42, seesItself: true, file, resolves: 'string' });
    expect(require(file)).toBe(exports);
    expect(requireWithCodeCache(file, cache, key)).toBe(exports);
    // The cycle's warning prototype is gone once the module has loaded, as after Node's own require.
    expect(Object.getPrototypeOf(exports)).toBe(Object.prototype);
    saveCodeCache();
  });

  it('writes the compiled code once, uses it in later processes, and rewrites a damaged file', async () => {
    // Each step in a new process, as the command runs: within one process V8 may reuse its own compilation.
    const step = async () => {
      const script = `import { requireWithCodeCache, saveCodeCache } from ${JSON.stringify(resolve('generator/code-cache.ts'))};
const loaded = requireWithCodeCache(${JSON.stringify(file)}, ${JSON.stringify(cache)}, Buffer.from(${JSON.stringify(key.toString('hex'))}, 'hex'));
console.log(JSON.stringify({ answer: loaded.answer, written: saveCodeCache() }));`;
      const { stdout } = await run(resolve('node_modules/.bin/tsx'), ['--eval', script]);
      return JSON.parse(stdout) as { answer: number; written: string[] };
    };
    await rm(cache, { recursive: true, force: true });
    const first = await step();
    expect(first.answer).toBe(42);
    expect(first.written).toHaveLength(1);
    const [written] = first.written;
    expect(written).toMatch(/module\.cjs-[0-9a-f]{40}\.v8$/);
    // Read back and accepted by V8: nothing to write again.
    expect(await step()).toEqual({ answer: 42, written: [] });
    // Bytes without the seal are never handed to V8; the module still loads, and the file is written anew.
    await writeFile(written!, 'not compiled code');
    expect(await step()).toEqual({ answer: 42, written: [written] });
    expect((await readFile(written!)).toString()).not.toBe('not compiled code');
    // Sealed bytes V8 refuses (other flags, another V8): the same.
    await writeFile(written!, sealCacheEntry(key, basename(written!), 'not compiled code'));
    expect(await step()).toEqual({ answer: 42, written: [written] });
  }, 60_000);

  it('names the file after the source: a changed module gets a new file and the old one goes', async () => {
    await writeFile(file, 'module.exports.answer = 43;\n');
    expect(load().answer).toBe(43);
    const [written] = saveCodeCache();
    expect(await readdir(cache)).toEqual([written!.slice(cache.length + 1)]);
  });
});

describe('requireWithCodeCache with a poisoned cache', () => {
  // V8 checks only the source's length: compiled code of another source of the same length runs in its place.
  const source = 'module.exports.answer = 42;\n';
  const evil = 'module.exports.answer = 66;\n';
  const key = randomBytes(32);
  const require = createRequire(import.meta.url);
  const loaded: string[] = [];
  let folder: string;
  let poisoned: Buffer;

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'code-cache-poison-'));
    // An attacker's compiled code: the evil source compiled (and run, so its function is compiled too).
    const file = join(folder, 'evil.cjs');
    const script = new Script((Module as unknown as { wrap(text: string): string }).wrap(evil), { filename: file });
    const exports = {};
    (script.runInThisContext() as (...args: unknown[]) => void).call(exports, exports, require, { exports }, file, folder);
    poisoned = script.createCachedData();
  });
  afterAll(async () => {
    for (const file of loaded) delete require.cache[file];
    await rm(folder, { recursive: true, force: true });
  });

  /**
   * Loads a new module file holding `source`, with `entry(name)` as its cache file (given the file's name); each
   * case has its own module file, since V8 reuses what it compiled for a file earlier in the same process.
   */
  const answer = async (entry: (name: string) => Buffer): Promise<number> => {
    const file = join(folder, `module-${loaded.length}.cjs`);
    loaded.push(file);
    await writeFile(file, source);
    const cache = join(folder, `compiled-${loaded.length}`);
    await mkdir(cache);
    const name = `${basename(file)}-${createHash('sha1').update(`${process.version} ${process.arch}\n`).update(source).digest('hex')}.v8`;
    await writeFile(join(cache, name), entry(name));
    const { answer } = requireWithCodeCache(file, cache, key) as { answer: number };
    saveCodeCache();
    return answer;
  };

  it('runs the source, not compiled code it did not seal: raw, sealed under another key, for another file, or cut short', async () => {
    expect(await answer(() => poisoned)).toBe(42);
    expect(await answer((name) => sealCacheEntry(randomBytes(32), name, poisoned))).toBe(42);
    expect(await answer((name) => sealCacheEntry(key, `other-${name}`, poisoned))).toBe(42);
    expect(await answer((name) => sealCacheEntry(key, name, poisoned).subarray(0, -1))).toBe(42);
  });

  it('runs what the entry holds when the seal is its own (so the cases above can fail)', async () => {
    expect(await answer((name) => sealCacheEntry(key, name, poisoned))).toBe(66);
  });
});
