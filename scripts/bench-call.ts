/**
 * Per-call overhead: the generated `getConnection` (Smithery client) against the same request made with raw
 * `fetch` (same URL, headers, JSON decoding, status check), both against one `node:http` server on 127.0.0.1.
 * Calls run one at a time in interleaved rounds, so both sides see the same machine state; the figure is the
 * median time per call over the rounds. `npm run bench` prints it; `tsx scripts/bench-call.ts` runs it alone.
 */
import { build } from 'esbuild';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type * as Smithery from '../generated/smithery/index.js';

/**
 * The client as an application runs it: bundled to plain JavaScript by esbuild, as a user's bundler would (not
 * through a development loader, which wraps every function it defines with a naming helper).
 */
async function loadClient(): Promise<typeof Smithery> {
  const folder = await mkdtemp(join(tmpdir(), 'bench-call-'));
  try {
    const result = await build({
      entryPoints: [fileURLToPath(new URL('../generated/smithery/index.ts', import.meta.url))],
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      write: false,
      logLevel: 'silent',
    });
    const file = join(folder, 'client.mjs');
    await writeFile(file, result.outputFiles[0]!.contents);
    return (await import(pathToFileURL(file).href)) as typeof Smithery;
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

const BODY = JSON.stringify({
  connectionId: 'clever-dolphin-a9X3',
  name: 'GitHub',
  transport: 'http',
  mcpUrl: 'https://server.smithery.ai/github/mcp',
  metadata: { team: 'platform' },
  createdAt: '2026-11-25T10:00:00Z',
  status: { state: 'connected' },
});

export interface CallBenchResult {
  /** The generated call with the client's defaults (a 60 s time limit per attempt, redirects followed by policy). */
  readonly generatedMicros: number;
  /** The generated call without a time limit and with fetch's own redirect handling: what raw fetch does. */
  readonly leanMicros: number;
  readonly rawFetchMicros: number;
  /**
   * Raw fetch as the client's defaults need to call it: with an AbortController that a 60 s timer would fire, and
   * `redirect: 'manual'` so the redirect policy sees each hop. What fetch itself costs for those two, before any
   * code of ours runs: the floor under the defaults' figure.
   */
  readonly limitedRawMicros: number;
  readonly ratio: number;
  readonly callsPerSide: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Runs `rounds` rounds of `perRound` calls per side and returns the medians in microseconds per call. */
export async function benchCall(rounds = 15, perRound = 400): Promise<CallBenchResult> {
  const { createClient, getConnection } = await loadClient();
  const server = createServer((request, response) => {
    request.resume();
    response.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(BODY) });
    response.end(BODY);
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const client = createClient({ baseUrl, token: 'sk-bench', maxRetries: 0 });
  const leanClient = createClient({ baseUrl, token: 'sk-bench', maxRetries: 0, timeoutMs: 0, followRedirects: 'fetch' });
  const call = (through: typeof client) => async () => {
    const result = await getConnection(through, { namespace: 'acme', connectionId: 'clever-dolphin-a9X3' });
    if (!result.ok) throw new Error(result.error.message);
  };
  const generated = call(client);
  const lean = call(leanClient);
  const raw = async () => {
    const response = await fetch(`${baseUrl}/connect/${encodeURIComponent('acme')}/${encodeURIComponent('clever-dolphin-a9X3')}`, {
      method: 'GET',
      headers: { Authorization: 'Bearer sk-bench', Accept: 'application/json' },
    });
    const data: unknown = await response.json();
    if (response.status !== 200 || data === undefined) throw new Error(`status ${response.status}`);
  };
  // Written out like `raw` rather than through a helper that takes extra options: spreading them would add its
  // own cost (about a microsecond) to the baseline.
  const limitedRaw = async () => {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), 60_000);
    try {
      const response = await fetch(`${baseUrl}/connect/${encodeURIComponent('acme')}/${encodeURIComponent('clever-dolphin-a9X3')}`, {
        method: 'GET',
        headers: { Authorization: 'Bearer sk-bench', Accept: 'application/json' },
        redirect: 'manual',
        signal: controller.signal,
      });
      const data: unknown = await response.json();
      if (response.status !== 200 || data === undefined) throw new Error(`status ${response.status}`);
    } finally {
      clearTimeout(timer);
    }
  };
  const time = async (call: () => Promise<void>) => {
    const started = process.hrtime.bigint();
    for (let i = 0; i < perRound; i++) await call();
    return Number(process.hrtime.bigint() - started) / 1000 / perRound;
  };
  try {
    // Warm up every side (JIT, keep-alive sockets) before measuring.
    const sides = [generated, lean, raw, limitedRaw];
    for (const side of sides) await time(side);
    const times: number[][] = sides.map(() => []);
    for (let round = 0; round < rounds; round++) {
      // Rotate which side goes first, so none always runs on a freshly collected heap.
      for (let i = 0; i < sides.length; i++) {
        const index = (i + round) % sides.length;
        times[index]!.push(await time(sides[index]!));
      }
    }
    const [generatedMicros, leanMicros, rawFetchMicros, limitedRawMicros] = times.map(median) as [number, number, number, number];
    return { generatedMicros, leanMicros, rawFetchMicros, limitedRawMicros, ratio: generatedMicros / rawFetchMicros, callsPerSide: rounds * perRound };
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeAllConnections();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = await benchCall();
  console.log(
    `per call on loopback: generated ${result.generatedMicros.toFixed(1)} µs (${result.ratio.toFixed(2)}x), ` +
      `without time limit and redirect policy ${result.leanMicros.toFixed(1)} µs (${(result.leanMicros / result.rawFetchMicros).toFixed(2)}x), ` +
      `raw fetch ${result.rawFetchMicros.toFixed(1)} µs, raw fetch with a time limit's signal and manual redirects ` +
      `${result.limitedRawMicros.toFixed(1)} µs (${(result.limitedRawMicros / result.rawFetchMicros).toFixed(2)}x) (${result.callsPerSide} calls each)`,
  );
}
