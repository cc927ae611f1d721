/** GitHub's REST spec for the tests and the benchmark, from the pinned compressed copy in test/github-spec/. */
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliDecompressSync } from 'node:zlib';

/** SHA-256 of the unpacked `api.github.com.json` of `@octokit/openapi` 23.0.2. */
const SHA256 = '829b4bebb19a53133289f7b0bc819f4f1118115821db2ca9f25e9ee995a7da2a';
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * The path of GitHub's spec as a JSON file (`…/github/api.github.com.json`, as the tests print it): unpacked once
 * into a folder of node_modules/.cache named by its hash, checked by hash, written to a temporary name and renamed,
 * so parallel test files never read half a file.
 */
export function githubSpecFile(): string {
  const file = join(root, 'node_modules/.cache', `github-spec-${SHA256.slice(0, 12)}`, 'github/api.github.com.json');
  if (existsSync(file)) return file;
  const json = brotliDecompressSync(readFileSync(join(root, 'test/github-spec/api.github.com.json.br')));
  const actual = createHash('sha256').update(json).digest('hex');
  if (actual !== SHA256) throw new Error(`test/github-spec/api.github.com.json.br unpacks to SHA-256 ${actual}, expected ${SHA256}: see test/github-spec/README.md`);
  mkdirSync(dirname(file), { recursive: true });
  const partial = `${file}.${randomUUID()}.partial`;
  writeFileSync(partial, json);
  renameSync(partial, file);
  return file;
}
