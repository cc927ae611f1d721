import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { execFile } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireWithCodeCache, saveCodeCache } from '../generator/code-cache.js';

const run = promisify(execFile);

describe('requireWithCodeCache', () => {
  let folder: string;
  let cache: string;
  let file: string;
  const require = createRequire(import.meta.url);

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
    return requireWithCodeCache(file, cache) as Record<string, unknown>;
  };

  it('loads a module as require does and enters it in the module cache', () => {
    const exports = load();
    expect(exports).toEqual({ early: true, answer: 42, seesItself: true, file, resolves: 'string' });
    expect(require(file)).toBe(exports);
    expect(requireWithCodeCache(file, cache)).toBe(exports);
    // The cycle's warning prototype is gone once the module has loaded, as after Node's own require.
    expect(Object.getPrototypeOf(exports)).toBe(Object.prototype);
    saveCodeCache();
  });

  it('writes the compiled code once, uses it in later processes, and rewrites a damaged file', async () => {
    // Each step in a new process, as the command runs: within one process V8 may reuse its own compilation.
    const step = async () => {
      const script = `import { requireWithCodeCache, saveCodeCache } from ${JSON.stringify(resolve('generator/code-cache.ts'))};
const loaded = requireWithCodeCache(${JSON.stringify(file)}, ${JSON.stringify(cache)});
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
    // V8 refuses bytes it cannot use; the module still loads, and the file is written anew.
    await writeFile(written!, 'not compiled code');
    expect(await step()).toEqual({ answer: 42, written: [written] });
    expect((await readFile(written!)).toString()).not.toBe('not compiled code');
  }, 60_000);

  it('names the file after the source: a changed module gets a new file and the old one goes', async () => {
    await writeFile(file, 'module.exports.answer = 43;\n');
    expect(load().answer).toBe(43);
    const [written] = saveCodeCache();
    expect(await readdir(cache)).toEqual([written!.slice(cache.length + 1)]);
  });
});
