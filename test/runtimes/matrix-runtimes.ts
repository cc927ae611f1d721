/**
 * Which of the runtime matrix's runtimes besides Node are here: Bun, Deno and puppeteer-core, installed outside the
 * project's `npm ci` into test/runtimes/env/ (`npm run setup:runtimes`, pinned by its package-lock.json), and the
 * system's Chromium. A missing one is said loudly and its rows skipped; with REQUIRE_RUNTIMES=1 (set by `.ci/run`,
 * which installs them all) the run fails instead, so CI cannot pass without covering every runtime.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder of the matrix's own install: its package.json pins the three packages, its node_modules holds them. */
export const RUNTIMES_ENV = fileURLToPath(new URL('./env/', import.meta.url));

/** The command that installs them (`npm ci --prefix test/runtimes/env`). */
export const SETUP_RUNTIMES = 'npm run setup:runtimes';

/** The Bun and Deno executables of that install. */
export const BUN_PATH = join(RUNTIMES_ENV, 'node_modules/.bin/bun');
export const DENO_PATH = join(RUNTIMES_ENV, 'node_modules/.bin/deno');

/** Where Debian's package puts the browser; CHROMIUM_PATH names another build of Chromium or Chrome. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** What the matrix can run besides Node. */
export interface MatrixRuntimes {
  readonly bun: boolean;
  readonly deno: boolean;
  /** puppeteer-core and Chromium both: the browser rows need the two. */
  readonly browser: boolean;
}

/** Why `name` from test/runtimes/env cannot be used (not installed, or another version than the pinned one), or undefined when it can. */
function envPackageProblem(name: string, executable?: string): string | undefined {
  const pinned = (JSON.parse(readFileSync(join(RUNTIMES_ENV, 'package.json'), 'utf8')) as { dependencies: Record<string, string> }).dependencies[name];
  const manifest = join(RUNTIMES_ENV, 'node_modules', name, 'package.json');
  if (!existsSync(manifest)) return `${name} is not installed in test/runtimes/env`;
  const installed = (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
  if (installed !== pinned) return `test/runtimes/env holds ${name} ${installed}, not the pinned ${pinned}`;
  if (executable !== undefined && !existsSync(executable)) return `${name}'s executable ${executable} is missing (its postinstall did not run)`;
  return undefined;
}

/**
 * What of Bun, Deno, puppeteer-core and Chromium is here. Whatever is missing is named in one loud warning with the
 * command that installs it, and its rows are skipped; with REQUIRE_RUNTIMES=1 this throws instead.
 */
export function matrixRuntimes(): MatrixRuntimes {
  const bun = envPackageProblem('bun', BUN_PATH);
  const deno = envPackageProblem('deno', DENO_PATH);
  const puppeteer = envPackageProblem('puppeteer-core');
  const chromium = existsSync(CHROMIUM_PATH) ? undefined : `Chromium is missing at ${CHROMIUM_PATH}`;
  const problems = [bun, deno, puppeteer, chromium].filter((problem) => problem !== undefined);
  if (problems.length > 0) {
    const fixes = [
      ...(bun ?? deno ?? puppeteer ? [`run \`${SETUP_RUNTIMES}\` (Bun, Deno and puppeteer-core, about 250 MB, pinned in test/runtimes/env)`] : []),
      ...(chromium ? ['install Chromium at /usr/bin/chromium (apt-get install -y --no-install-recommends chromium, as .ci/run does) or point CHROMIUM_PATH at one'] : []),
    ];
    const skipped = [bun && 'Bun', deno && 'Deno', (puppeteer ?? chromium) && 'both Chromium pages'].filter(Boolean).join(', ');
    const said = `${problems.join('; ')}. To run every row, ${fixes.join(', and ')}.`;
    if (process.env.REQUIRE_RUNTIMES === '1') throw new Error(`REQUIRE_RUNTIMES=1 and the runtime matrix cannot run all its rows: ${said}`);
    console.warn(`\n!!! RUNTIMES MISSING: the runtime matrix SKIPS ${skipped}: this run does not cover them. ${said}\n`);
  }
  return { bun: bun === undefined, deno: deno === undefined, browser: puppeteer === undefined && chromium === undefined };
}
