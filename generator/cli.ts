/**
 * `npm run generate [-- --check] [--specs <dir>] [--out <dir>]`: argument parsing and messages only.
 * Exit codes: 0 done (or fresh with --check), 1 stale output with --check, 2 bad input, 3 internal error.
 */
import { readFile, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateAll, readRuntimeTemplates, type GeneratedApi } from './generate.js';
import { formatSpecError, SpecError } from './load/spec-error.js';
import { compareOutput } from './write/compare-output.js';
import { writeOutput } from './write/write-output.js';

const HELP = `Usage: npm run generate -- [options]

Reads every API folder under the specs folder (OpenAPI .yaml/.yml/.json files, or docs pages
carrying a fenced OpenAPI block) and writes one typed client per API under the output folder.

Options:
  --check          write nothing; exit 1 and list the stale files if the output differs
  --specs <dir>    the folder of API folders (default: specs)
  --out <dir>      the output folder (default: generated)
  -h, --help       show this help

Exit codes: 0 done or fresh, 1 stale (with --check), 2 bad input, 3 internal error.`;

async function main(argv: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        check: { type: 'boolean', default: false },
        specs: { type: 'string', default: 'specs' },
        out: { type: 'string', default: 'generated' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (cause) {
    console.error(`error: ${(cause as Error).message}\n\n${HELP}`);
    return 2;
  }
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const apis = await generateAll(values.specs, await readRuntimeTemplates());
  return values.check ? check(values.out, apis) : write(values.out, apis);
}

async function check(out: string, apis: readonly GeneratedApi[]): Promise<number> {
  const files = apis.flatMap((api) => api.files.map((file) => ({ path: `${api.name}/${file.path}`, content: file.content })));
  const difference = await compareOutput(out, files);
  const lines = [
    ...difference.changed.map((path) => `  changed  ${join(out, path)}`),
    ...difference.missing.map((path) => `  missing  ${join(out, path)}`),
    ...difference.extra.map((path) => `  extra    ${join(out, path)}`),
  ];
  if (lines.length === 0) {
    console.log(`${out}/ is up to date with the specs (${apis.length} APIs, ${files.length} files)`);
    return 0;
  }
  console.error(`${out}/ is stale: ${lines.length} file(s) differ from what the specs produce:\n${lines.join('\n')}\nRun \`npm run generate\` and commit the result.`);
  return 1;
}

async function write(out: string, apis: readonly GeneratedApi[]): Promise<number> {
  for (const api of apis) {
    await writeOutput(join(out, api.name), api.files);
    console.log(
      `${api.name}: ${api.operations} operations, ${api.schemas} schemas, ${api.files.length} files → ${join(out, api.name)} (${Math.round(api.milliseconds)} ms)`,
    );
  }
  await removeStaleClients(out, new Set(apis.map((api) => api.name)));
  return 0;
}

/** Removes clients of API folders that no longer exist, recognised by the header this generator writes. */
async function removeStaleClients(out: string, current: ReadonlySet<string>): Promise<void> {
  for (const entry of await readdir(out, { withFileTypes: true })) {
    if (!entry.isDirectory() || current.has(entry.name)) continue;
    const index = await readFile(join(out, entry.name, 'index.ts'), 'utf8').catch(() => '');
    if (index.startsWith('// Generated from')) {
      await rm(join(out, entry.name), { recursive: true, force: true });
      console.log(`${entry.name}: its spec folder is gone; removed ${join(out, entry.name)}`);
    }
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof SpecError) {
      console.error(formatSpecError(error));
      process.exitCode = 2;
      return;
    }
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exitCode = 3;
  },
);
