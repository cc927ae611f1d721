/**
 * The runtime matrix's one program: the runtimes fixture's client against the conformance server, case by case,
 * written once and run unchanged under Node, Bun, Deno and Chromium. Each case prints one line of JSON,
 * `{"case":"get-json","ok":true}` or `{"case":…,"ok":false,"detail":…}`; a call's promise that rejects fails its case.
 * It imports nothing but the client, so every runtime loads it as it is.
 */
import { createClient, createOrder, createPet, exportTicks, getEcho, getPet, listPets, paginate, streamTicks, uploadPhoto, type ClientOptions } from '../fixtures/generated/runtimes/index.ts';

/** Where the program runs and what it calls. */
export interface ConformanceSetup {
  /** The API's origin (in a browser: the page's own). */
  readonly baseUrl: string;
  /** Another origin serving the same API, where `/echo/redirect-away` leads. */
  readonly otherUrl: string;
  /** Names this run (`node`, `chromium-insecure`, …); keeps its retry and order state apart on the shared server. */
  readonly runtime: string;
  /** True in a browser page: redirects are opaque there, and it can make a signal in another realm (an iframe). */
  readonly browser: boolean;
}

/** The credential the client sends (as `X-Api-Key`) to `baseUrl`; the test checks it never reaches the other origin. */
export const CONFORMANCE_SECRET = 'sk-runtime-matrix-secret';

/** The credential of a client whose `baseUrl` is the other origin (in a browser: not the page's). */
export const OTHER_ORIGIN_TOKEN = 'other-origin-token';

/** A case: resolves to nothing when it passes, or to what went wrong. */
type Case = () => Promise<string | undefined>;

/** An AbortSignal as a polyfill builds one: an EventTarget with `aborted` and `reason`, not an AbortSignal. */
class PolyfillSignal extends EventTarget {
  aborted = false;
  reason: unknown;
  abort(reason: unknown): void {
    this.aborted = true;
    this.reason = reason;
    this.dispatchEvent(new Event('abort'));
  }
}

/** What failed, in a line: the value as JSON, clipped. */
const shown = (value: unknown): string => {
  let text: string;
  try {
    text = JSON.stringify(value, (_key, item: unknown) => (item instanceof Error ? `${item.name}: ${item.message}` : item)) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > 400 ? `${text.slice(0, 400)}…` : text;
};

/** `undefined` when `actual` equals `expected` (as JSON), otherwise both. */
const same = (actual: unknown, expected: unknown): string | undefined =>
  JSON.stringify(actual) === JSON.stringify(expected) ? undefined : `got ${shown(actual)}, want ${shown(expected)}`;

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** The cases, by name, for one setup. */
function conformanceCases({ baseUrl, otherUrl, runtime, browser }: ConformanceSetup): Record<string, Case> {
  const options: ClientOptions = { baseUrl, token: CONFORMANCE_SECRET, retryBaseDelayMs: 10, timeoutMs: 10_000 };
  const client = createClient(options);
  const anonymous = createClient({ ...options, token: undefined });
  const abortedBy = async (signal: AbortSignal, abort: () => void): Promise<string | undefined> => {
    setTimeout(abort, 50);
    const result = await getEcho(client, { label: 'slow' }, { signal, maxRetries: 0 });
    return result.ok ? `got ${shown(result.data)}` : same([result.error.kind, result.error.kind === 'aborted' && result.error.reason], ['aborted', 'user left']);
  };

  const cases: Record<string, Case> = {
    'get-json': async () => {
      const result = await getPet(client, { petId: 'a b/ü', fields: ['name', 'tag'] });
      return same(result.ok && [result.status, result.data], [200, { id: 'a b/ü', name: 'pet a b/ü', tag: 'name+tag' }]);
    },
    'post-json': async () => {
      const pet = { id: 'p9', name: 'Rex', tag: 'dog' };
      const result = await createPet(client, { body: pet });
      return same(result.ok && [result.status, result.data], [201, pet]);
    },
    'documented-error': async () => {
      const result = await getPet(client, { petId: 'missing' });
      if (result.ok) return `got ${shown(result.data)}`;
      switch (result.error.kind) {
        case 'http':
          return same([result.error.status, result.error.body.message], [404, 'no pet missing']);
        default:
          return `got ${shown(result.error)}`;
      }
    },
    'undocumented-status': async () => {
      const result = await getPet(client, { petId: 'teapot' });
      if (result.ok) return `got ${shown(result.data)}`;
      switch (result.error.kind) {
        case 'unexpected-status':
          return same(result.error.status, 418);
        default:
          return `got ${shown(result.error)}`;
      }
    },
    'retry-after-503': async () => {
      const result = await getEcho(client, { label: `flaky-${runtime}` });
      return same(result.ok && [result.attempts, result.data.path], [2, `/echo/flaky-${runtime}`]);
    },
    timeout: async () => {
      const result = await getEcho(client, { label: 'slow' }, { timeoutMs: 200, maxRetries: 0 });
      return same(!result.ok && [result.error.kind, result.error.kind === 'timeout' && result.error.timeout], ['timeout', 'attempt']);
    },
    abort: async () => {
      const controller = new AbortController();
      return abortedBy(controller.signal, () => controller.abort('user left'));
    },
    'abort-polyfill-signal': async () => {
      const signal = new PolyfillSignal();
      return abortedBy(signal as unknown as AbortSignal, () => signal.abort('user left'));
    },
    'redirect-same-origin': async () => {
      // Followed with the credential: the redirect stays on the API's origin.
      const result = await getEcho(client, { label: 'redirect-same' });
      return same(result.ok && [result.data.path, result.data.credential], ['/echo/plain', true]);
    },
    'redirect-cross-origin-credential': async () => {
      // Outside browsers the client follows it without the credential. A browser hides where a redirect leads: the
      // call goes again in same-origin mode (the API is the page's origin), and the browser refuses the hop away.
      const result = await getEcho(client, { label: 'redirect-away' });
      if (browser) return same(!result.ok && result.error.kind, 'network');
      return same(result.ok && [result.data.path, result.data.credential], ['/echo/plain', false]);
    },
    'redirect-credential-on-another-origin': async () => {
      // A credentialed call to an API on another origin than the page's, redirected within it: outside browsers
      // followed, credential and all; a browser cannot say where it leads, so the client answers unexpected-status 0.
      const result = await getEcho(createClient({ ...options, baseUrl: otherUrl, token: OTHER_ORIGIN_TOKEN }), { label: 'redirect-same' });
      if (browser) return same(!result.ok && [result.error.kind, result.error.kind === 'unexpected-status' && result.error.status], ['unexpected-status', 0]);
      return same(result.ok && [result.data.path, result.data.credential], ['/echo/plain', true]);
    },
    'redirect-cross-origin-public': async () => {
      // A call that carries no credential is followed to the other origin everywhere (in a browser, by the browser).
      const result = await getEcho(anonymous, { label: 'redirect-away' });
      return same(result.ok && [result.data.path, result.data.credential], ['/echo/plain', false]);
    },
    'idempotency-key': async () => {
      const result = await createOrder(createClient({ ...options, idempotencyKey: true }), { body: { petId: `order-${runtime}` } });
      if (!result.ok) return `got ${shown(result.error)}`;
      const keys = result.data.idempotencyKeys ?? [];
      return same([result.attempts, keys.length, keys[0] === keys[1], UUID_V4.test(keys[0] ?? '')], [2, 2, true, true]);
    },
    'multipart-upload': async () => {
      const photo = new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3])], 'cat.png', { type: 'image/png' });
      const result = await uploadPhoto(client, { body: { caption: 'a cat', photo } });
      return same(result.ok && [result.status, result.data], [201, { caption: 'a cat', filename: 'cat.png', bytes: 8 }]);
    },
    'server-sent-events': async () => {
      const result = await streamTicks(client);
      if (!result.ok) return `got ${shown(result.error)}`;
      const ticks: number[] = [];
      for await (const event of result.data) ticks.push(event.data.n);
      return same(ticks, [1, 2, 3]);
    },
    'json-lines': async () => {
      const result = await exportTicks(client);
      if (!result.ok) return `got ${shown(result.error)}`;
      const ticks: number[] = [];
      for await (const tick of result.data) ticks.push(tick.n);
      return same(ticks, [1, 2, 3]);
    },
    gzip: async () => {
      const result = await getEcho(client, { label: 'gzip' });
      return same(result.ok && result.data, { method: 'GET', path: '/echo/gzip', credential: true });
    },
    paginate: async () => {
      const ids: string[] = [];
      for await (const pet of paginate(listPets, client, { limit: 2 })) ids.push(pet.id);
      return same(ids, ['p1', 'p2', 'p3', 'p4', 'p5']);
    },
  };
  if (browser) {
    cases['abort-other-realm-signal'] = async () => {
      // An iframe's AbortController: its signal is no `instanceof AbortSignal` of this page.
      const frame = document.createElement('iframe');
      document.body.append(frame);
      try {
        const Controller = (frame.contentWindow as unknown as { AbortController: typeof AbortController }).AbortController;
        const controller = new Controller();
        if (controller.signal instanceof AbortSignal) return 'the iframe’s signal is an AbortSignal of this realm';
        return await abortedBy(controller.signal, () => controller.abort('user left'));
      } finally {
        frame.remove();
      }
    };
  }
  return cases;
}

/**
 * Runs every case in order and prints a line for each, then `{"done":true,…}` with what the environment offers
 * (whether it is a secure context, whether `crypto.randomUUID` exists), for the test to check where it runs.
 */
export async function runConformance(setup: ConformanceSetup, print: (line: string) => void): Promise<void> {
  for (const [name, run] of Object.entries(conformanceCases(setup))) {
    let detail: string | undefined;
    try {
      detail = await run();
    } catch (error) {
      detail = `threw ${shown(error)}`;
    }
    print(JSON.stringify(detail === undefined ? { case: name, ok: true } : { case: name, ok: false, detail }));
  }
  const scope = globalThis as { isSecureContext?: boolean; crypto?: Partial<Crypto> };
  print(JSON.stringify({ done: true, runtime: setup.runtime, secureContext: scope.isSecureContext ?? null, randomUUID: typeof scope.crypto?.randomUUID === 'function' }));
}
