/** Installs the generators `npm run bench` compares with on first use, pinned by scripts/bench-peers/package-lock.json, outside the project's own `npm ci`. */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';

const exec = promisify(execFile);

/**
 * The folder of the peers' binaries, in node_modules/.cache/openapi-client-bench-peers: installed there with
 * `npm ci --ignore-scripts` (exact versions, no install scripts, so no telemetry) unless the last install there
 * finished from the same lock file.
 */
export async function installBenchPeers(root: string): Promise<string> {
  const pinned = join(root, 'scripts/bench-peers');
  const cache = join(root, 'node_modules/.cache/openapi-client-bench-peers');
  const lock = await readFile(join(pinned, 'package-lock.json'));
  const wanted = createHash('sha256').update(lock).digest('hex');
  const marker = join(cache, 'installed-lock.sha256');
  const installed = await readFile(marker, 'utf8').catch(() => '');
  if (installed.trim() !== wanted) {
    console.log('Installing the benchmark peers pinned in scripts/bench-peers/ into node_modules/.cache/openapi-client-bench-peers (once)…');
    await rm(cache, { recursive: true, force: true });
    await mkdir(cache, { recursive: true });
    await copyFile(join(pinned, 'package.json'), join(cache, 'package.json'));
    await copyFile(join(pinned, 'package-lock.json'), join(cache, 'package-lock.json'));
    await exec('npm', ['ci', '--prefix', cache, '--ignore-scripts', '--no-audit', '--no-fund'], { cwd: root, maxBuffer: 64 * 1024 * 1024 });
    // Written last: an interrupted install is redone on the next run.
    await writeFile(marker, `${wanted}\n`);
  }
  return join(cache, 'node_modules/.bin');
}
