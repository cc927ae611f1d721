/**
 * The runtime matrix (issue 22): one program (run-conformance.ts) over the runtimes fixture's client, run at the same
 * time under Node (this process), Bun and Deno (their npm packages, pinned in test/runtimes/env and installed by
 * `npm run setup:runtimes`; Deno on the `.ts` sources as they are, no --sloppy-imports) and headless Chromium (one
 * bundle, one browser, two pages): from a secure origin (http://127.0.0.1) and from one that is not
 * (http://client.test, where `crypto.randomUUID` is missing). Every case must pass in every runtime; a runtime that
 * is not installed is skipped loudly, or fails the run under REQUIRE_RUNTIMES=1 (matrix-runtimes.ts).
 */
import { spawn } from 'node:child_process';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startConformanceServer, type ConformanceServer } from './conformance-server.js';
import { INSECURE_HOST, launchChromium } from './launch-chromium.js';
import { BUN_PATH, DENO_PATH, matrixRuntimes } from './matrix-runtimes.js';
import { CONFORMANCE_SECRET, runConformance } from './run-conformance.js';

/** Every runtime runs these, in this order; browsers also abort with a signal from another realm (an iframe). */
const CASES = [
  'get-json',
  'post-json',
  'documented-error',
  'undocumented-status',
  'retry-after-503',
  'timeout',
  'abort',
  'abort-polyfill-signal',
  'redirect-same-origin',
  'redirect-cross-origin-credential',
  'redirect-credential-on-another-origin',
  'redirect-cross-origin-public',
  'idempotency-key',
  'multipart-upload',
  'server-sent-events',
  'json-lines',
  'gzip',
  'paginate',
];
const BROWSER_CASES = [...CASES, 'abort-other-realm-signal'];

/** What one runtime printed: its case lines, its closing line, and everything else (stderr, page errors) for messages. */
interface RuntimeRun {
  readonly cases: unknown[];
  readonly done?: { secureContext: boolean | null; randomUUID: boolean };
  readonly log: string;
}

/** Sorts a runtime's output lines into a RuntimeRun. */
function collect(lines: readonly string[], other: string): RuntimeRun {
  const cases: unknown[] = [];
  let done: RuntimeRun['done'];
  const rest: string[] = [other];
  for (const line of lines) {
    let parsed: { case?: string; done?: boolean } | undefined;
    try {
      parsed = JSON.parse(line) as typeof parsed;
    } catch {
      parsed = undefined;
    }
    if (parsed?.case !== undefined) cases.push(parsed);
    else if (parsed?.done) done = parsed as RuntimeRun['done'];
    else rest.push(line);
  }
  return { cases, done, log: rest.join('\n').trim() || '(nothing else printed)' };
}

/** Runs a command to its end (at most 90 s), with the lines it printed. */
function runCommand(command: string, args: readonly string[], env: Record<string, string> = {}): Promise<RuntimeRun> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { env: { ...process.env, NO_COLOR: '1', ...env }, stdio: ['ignore', 'pipe', 'pipe'], timeout: 90_000 });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', (error) => resolve(collect([], `${command} did not start: ${error.message}`)));
    child.on('close', (code, signal) => resolve(collect(stdout.split('\n').filter(Boolean), `${command} exited with ${code ?? signal}\n${stderr}`)));
  });
}

const PROGRAM = 'test/runtimes/conformance-cli.ts';
const present = matrixRuntimes();
let server: ConformanceServer;
const runs = new Map<string, RuntimeRun>();

beforeAll(async () => {
  const bundle = await build({ entryPoints: ['test/runtimes/conformance-page.ts'], bundle: true, format: 'esm', platform: 'browser', target: 'es2022', write: false, logLevel: 'silent' });
  server = await startConformanceServer(bundle.outputFiles[0]!.text);
  const inBrowser = async () => {
    if (!present.browser) return;
    const chromium = await launchChromium();
    try {
      const page = async (runtime: string, origin: string) => {
        const tab = await chromium.browser.newPage();
        const lines: string[] = [];
        const errors: string[] = [];
        const done = new Promise<void>((resolve) =>
          tab.on('console', (message) => {
            lines.push(message.text());
            if (message.text().startsWith('{"done":true')) resolve();
          }),
        );
        tab.on('pageerror', (error) => errors.push(`page error: ${String(error)}`));
        await tab.goto(`${origin}/page.html?runtime=${runtime}&other=${encodeURIComponent(server.otherUrl)}`);
        let timer: ReturnType<typeof setTimeout> | undefined;
        await Promise.race([done, new Promise((resolve) => (timer = setTimeout(resolve, 60_000)))]);
        clearTimeout(timer);
        runs.set(runtime, collect(lines, errors.join('\n')));
      };
      await Promise.all([page('chromium-secure', server.apiUrl), page('chromium-insecure', `http://${INSECURE_HOST}:${server.apiPort}`)]);
    } finally {
      await chromium.close();
    }
  };
  const inNode = async () => {
    const lines: string[] = [];
    await runConformance({ baseUrl: server.apiUrl, otherUrl: server.otherUrl, runtime: 'node', browser: false }, (line) => lines.push(line));
    runs.set('node', collect(lines, ''));
  };
  await Promise.all([
    inNode(),
    present.bun && runCommand(BUN_PATH, [PROGRAM, server.apiUrl, server.otherUrl, 'bun']).then((run) => runs.set('bun', run)),
    present.deno &&
      runCommand(DENO_PATH, ['run', '--allow-net=127.0.0.1', '--no-prompt', '--no-config', '--no-lock', '--quiet', PROGRAM, server.apiUrl, server.otherUrl, 'deno'], {
        DENO_NO_UPDATE_CHECK: '1',
      }).then((run) => runs.set('deno', run)),
    inBrowser(),
  ]);
}, 120_000);

afterAll(() => server?.close());

describe('the runtime matrix: one program, every case passing in every runtime', () => {
  for (const [runtime, installed] of [
    ['node', true],
    ['bun', present.bun],
    ['deno', present.deno],
  ] as const) {
    it.skipIf(!installed)(runtime, () => {
      const run = runs.get(runtime);
      expect(run?.cases, run?.log).toEqual(CASES.map((name) => ({ case: name, ok: true })));
    });
  }

  it.skipIf(!present.browser).each([
    ['chromium-secure', true],
    ['chromium-insecure', false],
  ])('%s', (runtime, secure) => {
    const run = runs.get(runtime);
    expect(run?.cases, run?.log).toEqual(BROWSER_CASES.map((name) => ({ case: name, ok: true })));
    // The page at http://client.test is not a secure context, so it has no crypto.randomUUID: idempotency keys
    // passed there without it.
    expect(run?.done).toMatchObject({ secureContext: secure, randomUUID: secure });
  });

  it('the credential never reached the other origin, which the redirects did reach', () => {
    const followed = server.otherRequests.filter((request) => request.method === 'GET' && request.path === '/echo/plain' && request.headers['x-api-key'] === undefined);
    // Node, Bun and Deno follow both cross-origin redirects (without the credential); browsers the one that has none.
    const outsideBrowsers = 1 + Number(present.bun) + Number(present.deno);
    expect(followed.length).toBe(outsideBrowsers * 2 + (present.browser ? 2 : 0));
    expect(server.otherRequests.filter((request) => JSON.stringify(request.headers).includes(CONFORMANCE_SECRET))).toEqual([]);
  });
});
