/**
 * Starts Stoplight Prism's mock server (the CLI from the devDependency `@stoplight/prism-cli`) on 127.0.0.1 and a port
 * the system chooses, for one spec file; resolves with its URL once it listens, or with the reason it could not load the spec.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { clip, printable } from '../../generator/report/terminal-text.js';

/** A running Prism; `stop` ends its process (and only it). */
export interface PrismServer {
  readonly url: string;
  stop(): Promise<void>;
}

/** Prism could not serve the spec: what it said (its `fatal` line, or how it ended). */
export class PrismRefused extends Error {}

/** Prism's CLI script, found through its package. */
function prismCli(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('@stoplight/prism-cli/package.json')), 'dist', 'index.js');
}

/** Longest wait for Prism to load a spec; a big spec takes it well over a minute on a busy 2-core machine. */
const START_TIMEOUT_MS = 300_000;

/**
 * Runs `prism mock` on `specFile`. Request violations come back on each answer (the `sl-violations` header, or a 422
 * problem+json's `validation`), so the log is read only for the listening line and a fatal error.
 * `--errors` stays off: it turns response violations (Prism's own mocked answers) into 500s, which are not the client's.
 */
export function startPrism(specFile: string): Promise<PrismServer> {
  const child = spawn(process.execPath, [prismCli(), 'mock', '--host', '127.0.0.1', '--port', '0', '--errors', 'false', '--verboseLevel', 'info', specFile], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', SCARF_ANALYTICS: 'false' },
  });
  // Prism must not outlive the test or script that started it, even one that ends early.
  const kill = () => child.kill('SIGTERM');
  process.once('exit', kill);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  void exited.then(() => process.off('exit', kill));
  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };
  return new Promise<PrismServer>((resolve, reject) => {
    let seen = '';
    let settled = false;
    const settle = (action: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      action();
    };
    const timer = setTimeout(() => settle(() => void stop().then(() => reject(new PrismRefused(`did not listen within ${START_TIMEOUT_MS / 1000} s`)))), START_TIMEOUT_MS);
    const read = (chunk: Buffer) => {
      // Only the start-up lines matter; past them the log is dropped, never kept.
      if (settled) return;
      seen = (seen + chunk.toString('utf8')).slice(-65_536);
      const listening = /Prism is listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(seen);
      if (listening) return settle(() => resolve({ url: listening[1]!, stop }));
      const fatal = /fatal\s+(.*)/.exec(seen);
      if (fatal) settle(() => void stop().then(() => reject(new PrismRefused(clip(printable(fatal[1]!.trim()), 300)))));
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.once('exit', (code, signal) => settle(() => reject(new PrismRefused(`exited (${signal ?? code}) before listening: ${clip(printable(seen.trim().split('\n').at(-1) ?? ''), 300)}`))));
  });
}
