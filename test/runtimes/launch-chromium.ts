/**
 * Headless Chromium for the runtime matrix: Debian's `chromium` (which `.ci/run` installs where it is missing),
 * driven by puppeteer-core, with a fresh profile and no background traffic. `client.test` resolves to 127.0.0.1, so a
 * page can be served from an origin that is not a secure context (plain http, not localhost) by a loopback server.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';

/** Where Debian's package puts the browser; CHROMIUM_PATH names another build of Chromium or Chrome. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** A host name that is not `localhost`, mapped to 127.0.0.1: `http://client.test:<port>` is not a secure context. */
export const INSECURE_HOST = 'client.test';

/**
 * True when Chromium is installed. Otherwise says so loudly and returns false, or, with REQUIRE_BROWSER=1 (set by
 * `.ci/run`, which installs it), throws, so a run that must cover browsers cannot pass without one.
 */
export function chromiumPresent(): boolean {
  if (existsSync(CHROMIUM_PATH)) return true;
  const fix = `Install it at /usr/bin/chromium (apt-get install -y --no-install-recommends chromium, as .ci/run does) or point CHROMIUM_PATH at a Chromium to run the browser rows of the runtime matrix.`;
  if (process.env.REQUIRE_BROWSER === '1') throw new Error(`REQUIRE_BROWSER=1 and ${CHROMIUM_PATH} is missing. ${fix}`);
  console.warn(`\n!!! CHROMIUM MISSING: ${CHROMIUM_PATH} does not exist, so the runtime matrix's browser rows are SKIPPED: this run does not cover browsers. ${fix}\n`);
  return false;
}

/** Launches the browser; `close` ends it and removes its profile. */
export async function launchChromium(): Promise<{ browser: Browser; close(): Promise<void> }> {
  const profile = await mkdtemp(join(tmpdir(), 'chromium-profile-'));
  const browser = await puppeteer.launch({
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
  return {
    browser,
    close: async () => {
      await browser.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
