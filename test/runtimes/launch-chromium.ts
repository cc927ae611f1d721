/**
 * Headless Chromium for the runtime matrix: Debian's `chromium` (which `.ci/run` installs where it is missing),
 * driven by puppeteer-core from the matrix's own install (test/runtimes/env), with a fresh profile and no background
 * traffic. `client.test` resolves to 127.0.0.1, so a page can be served from an origin that is not a secure context
 * (plain http, not localhost) by a loopback server.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_PATH, RUNTIMES_ENV } from './matrix-runtimes.js';

/** A host name that is not `localhost`, mapped to 127.0.0.1: `http://client.test:<port>` is not a secure context. */
export const INSECURE_HOST = 'client.test';

/**
 * The part of puppeteer-core's page the matrix uses, typed here: puppeteer-core lives outside the project's
 * `npm ci`, and `npm run typecheck` passes without it.
 */
export interface ChromiumPage {
  on(event: 'console', listener: (message: { text(): string }) => void): unknown;
  on(event: 'pageerror', listener: (error: Error) => void): unknown;
  goto(url: string): Promise<unknown>;
}

/** The part of puppeteer-core's browser the matrix uses. */
export interface ChromiumBrowser {
  newPage(): Promise<ChromiumPage>;
  close(): Promise<void>;
}

/** The options of puppeteer-core's `launch` the matrix sets. */
interface LaunchOptions {
  executablePath: string;
  headless: boolean;
  pipe: boolean;
  userDataDir: string;
  args: string[];
}

/** puppeteer-core's entry, loaded from test/runtimes/env (whose presence matrixRuntimes() checks first). */
function loadPuppeteer(): { launch(options: LaunchOptions): Promise<ChromiumBrowser> } {
  const module = createRequire(join(RUNTIMES_ENV, 'package.json'))('puppeteer-core') as { default: ReturnType<typeof loadPuppeteer> };
  return module.default;
}

/** Launches the browser; `close` ends it and removes its profile. */
export async function launchChromium(): Promise<{ browser: ChromiumBrowser; close(): Promise<void> }> {
  const profile = await mkdtemp(join(tmpdir(), 'chromium-profile-'));
  const launched = loadPuppeteer().launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    pipe: true,
    userDataDir: profile,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--host-resolver-rules=MAP ${INSECURE_HOST} 127.0.0.1`,
    ],
  });
  // A browser that does not start leaves no profile behind.
  const browser = await launched.catch(async (error: unknown) => {
    await rm(profile, { recursive: true, force: true });
    throw error;
  });
  return {
    browser,
    close: async () => {
      await browser.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
