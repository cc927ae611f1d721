/**
 * The `openapi-client` command (and this repo's `npm run generate`), run by importing it (see cli.ts): argument
 * parsing and messages only.
 * Exit codes: 0 done (or fresh with --check), 1 stale output with --check, 2 bad input, 3 internal error.
 */
import { existsSync, watch } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  CONFIG_FILE_NAMES,
  configFromSpec,
  configFromSpecsFolder,
  readGeneratorConfig,
  type GeneratorConfig,
} from './config/read-generator-config.js';
import { formatCodeFrame } from './load/format-code-frame.js';
import { formatDiagnosticAsError, WarningsRefused } from './load/diagnostics.js';
import { formatSpecError, SpecError } from './load/spec-error.js';
import { formatChangeLines, formatChangeMarkdown } from './report/format-change-report.js';
import { countWarnings, formatWarningLines, formatWarningsMarkdown } from './report/format-warnings.js';
import { plural } from './report/plural.js';
import { createProgressLine } from './report/progress-line.js';
import { regenerateCommand } from './report/regenerate-command.js';
import { clip, printable } from './report/terminal-text.js';
import { checkOutputFolder, checkRun, generateRun, writeReport, writeRun, type ApiRun } from './run-generator.js';
import type { PrintMemory } from './emit/print-memory.js';
import { cacheFolder } from './write/cache-folder.js';
import { cacheKey } from './write/cache-key.js';
import { readPrintMemories, writePrintMemories } from './write/print-memory-cache.js';
import { abandonWrites } from './write/write-output.js';
import { DEFAULT_MOCK_PORT, startMockServer } from './mock/mock-server.js';

const HELP = `Usage: openapi-client [generate] [options]
       openapi-client mock [--api <name> | --spec <input> [--name <name>]] [--port <n>] [--seed <s>] [--cors <origin>]... [--quiet]

Generates typed, dependency-free TypeScript clients from OpenAPI 3.0/3.1 specs (YAML, JSON, or docs
pages carrying a fenced spec). Reads ${CONFIG_FILE_NAMES[0]} from the current folder:

  output: src/clients            # one sub-folder per API
  apis:
    - name: pets                 # the client goes to src/clients/pets
      input: specs/pets.yaml     # a file, a folder, a glob (specs/pets/*.md), or a list of them
      operationNames: { "get-pet-by-id": getPet }    # optional
      tokenEnvironment: PETS_API_KEY                 # optional
      roots: [specs/shared]                          # optional: other folders its $refs may read
      maxSpecBytes: 256 MiB                          # optional: largest spec file read (default 128 MiB)
      strict: true                                   # optional: refuse this API's warnings, as --strict

Options:
  --config <file>   read another config file
  --spec <input>    generate one API from this file, folder or glob, without a config file
  --name <name>     with --spec: the API's folder name (default: the input's file name)
  --out <dir>       with --spec: the output folder (default: generated)
  --specs <dir>     generate every sub-folder of <dir> as an API (this repo's layout)
  --check           write nothing; exit 1 and list stale files when the output differs
  --watch           regenerate whenever an input changes; bad input is reported and watching goes on
  --report <file>   also write the change report (and the warnings) as markdown
  --strict          refuse, as errors, what would otherwise only be warned about (a spec read
                    leniently, an operation renamed); \`strict: true\` does it for one API
  --no-cache        neither read nor write the printed types and compiled code kept in
                    node_modules/.cache/openapi-client (--check never uses them either)
  --quiet           print errors only
  --verbose         also list every file written
  -h, --help        show this help

mock starts a mock server for one API (the config file's only API, the one --api names, or --spec)
on 127.0.0.1:${DEFAULT_MOCK_PORT} (--port 0: any free port) and prints its URL. It answers every operation
with the documented example or a value synthesised from the schema (the same for the same --seed),
validates requests (400 naming the field and rule, 401 without credentials, 404/405), honours
Prefer: code=404 | example=<name> | dynamic=true, and logs a line per request unless --quiet.
It serves web pages on localhost only: --cors <origin> (repeatable, or '*') allows others.
Ctrl-C (SIGINT) or SIGTERM stops it.

Every run prints, per API, what changed in the client's public surface since the files on disk
(operations, parameters, success and error types, schema types), each change marked BREAKING or not.

Exit codes: 0 done or fresh, 1 stale (with --check), 2 bad input, 3 internal error.`;

type Values = {
  /** The words the command was given, for the command a stale `--check` tells the user to run. */
  argv: readonly string[];
  config?: string;
  spec?: string;
  name?: string;
  out?: string;
  specs?: string;
  check: boolean;
  watch: boolean;
  report?: string;
  strict: boolean;
  quiet: boolean;
  verbose: boolean;
  'no-cache': boolean;
  help: boolean;
  api?: string;
  port?: string;
  seed?: string;
  cors?: string[];
};

/** Set while a mock server runs: SIGINT and SIGTERM close it and exit 0. */
let stopMock: (() => Promise<void>) | undefined;

async function main(argv: string[]): Promise<number> {
  let values: Values;
  let mock = false;
  try {
    const parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        config: { type: 'string' },
        spec: { type: 'string' },
        name: { type: 'string' },
        out: { type: 'string' },
        specs: { type: 'string' },
        check: { type: 'boolean', default: false },
        watch: { type: 'boolean', default: false },
        report: { type: 'string' },
        strict: { type: 'boolean', default: false },
        quiet: { type: 'boolean', default: false },
        verbose: { type: 'boolean', default: false },
        'no-cache': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        api: { type: 'string' },
        port: { type: 'string' },
        seed: { type: 'string' },
        cors: { type: 'string', multiple: true },
      },
    });
    values = { ...(parsed.values as Omit<Values, 'argv'>), argv };
    mock = parsed.positionals[0] === 'mock';
    const unknown = parsed.positionals.filter((word, index) => word !== 'generate' && !(mock && index === 0));
    if (unknown.length > 0) throw new Error(`unknown command "${unknown[0]}"`);
  } catch (cause) {
    console.error(`error: ${printable((cause as Error).message)}\n\n${HELP}`);
    return 2;
  }
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  if (mock) return runMock(values);
  const config = strictIf(values.strict, await resolveConfig(values));
  if (values.watch) return watchInputs(config, values);
  return runOnce(config, values);
}

/** `openapi-client mock`: starts the mock server and keeps it running until a signal stops it. */
async function runMock(values: Values): Promise<number> {
  const port = values.port === undefined ? DEFAULT_MOCK_PORT : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`error: --port must be a port number (0 for any free port), got ${JSON.stringify(values.port)}`);
    return 2;
  }
  const server = await startMockServer({
    ...(values.spec !== undefined ? { spec: values.spec } : {}),
    ...(values.name !== undefined ? { name: values.name } : {}),
    ...(values.api !== undefined ? { api: values.api } : {}),
    ...(values.config !== undefined ? { config: values.config } : {}),
    ...(values.seed !== undefined ? { seed: values.seed } : {}),
    ...(values.cors !== undefined ? { cors: values.cors } : {}),
    port,
    ...(values.quiet ? {} : { log: (line: string) => console.log(line) }),
  });
  stopMock = () => server.close();
  console.log(`mock server for ${printable(server.name)}: ${server.url}`);
  return new Promise<number>(() => undefined);
}

/** Builds the run's config from --spec, --specs, --config, or the config file in the current folder. */
async function resolveConfig(values: Values): Promise<GeneratorConfig> {
  if (values.spec !== undefined) return configFromSpec(values.spec, values.out ?? 'generated', values.name);
  if (values.specs !== undefined) return configFromSpecsFolder(values.specs, values.out ?? 'generated');
  const file = values.config ?? CONFIG_FILE_NAMES.find((name) => existsSync(name));
  if (file === undefined) {
    throw new SpecError(
      `no ${CONFIG_FILE_NAMES[0]} in ${resolve('.')}`,
      [{ file: CONFIG_FILE_NAMES[0]! }],
      'create one (see --help), or name one spec with --spec <file> --out <dir>',
    );
  }
  return readGeneratorConfig(file);
}

/** `config` with every API strict when `--strict` is given (see ApiConfig.strict). */
function strictIf(strict: boolean, config: GeneratorConfig): GeneratorConfig {
  return strict ? { ...config, apis: config.apis.map((api) => ({ ...api, settings: { ...api.settings, strict: true } })) } : config;
}

/**
 * `memories` (watch mode) keeps each API's printed types from one generation to the next; without it, they are
 * read from and saved to the cache folder (see print-memory-cache.ts) unless --no-cache says not to. --check
 * never reads the cache: it compares the files on disk with what the specs alone produce.
 */
async function runOnce(config: GeneratorConfig, values: Values, memories?: Map<string, PrintMemory>): Promise<number> {
  // A status line on a terminal for runs longer than a second; nothing with --quiet or when stderr is not a terminal.
  const line = createProgressLine(values.quiet ? { write: () => true } : process.stderr);
  try {
    const cache = memories === undefined && !values['no-cache'] && !values.check ? usableCache(values) : undefined;
    const kept = memories ?? (cache === undefined ? undefined : await readPrintMemories(cache.folder, cache.key, config.output, config.apis.map((api) => api.name)));
    const runs = await generateRun(config, line.forApi, kept);
    if (cache !== undefined && kept !== undefined) await writePrintMemories(cache.folder, cache.key, config.output, kept);
    if (!values.check) line.forApi(runs.map((run) => run.api.name).join(', '))('writing');
    return await finishRun(config, values, runs, line.clear);
  } finally {
    line.clear();
  }
}

/** The cache folder and the key its files are sealed under; none without both (a warning says why, when it can). */
function usableCache(values: Values): { folder: string; key: Buffer } | undefined {
  const folder = cacheFolder();
  if (folder === undefined) return undefined;
  const { key, warning } = cacheKey();
  if (warning !== undefined && !values.quiet) console.error(`warning: ${printable(warning)}`);
  return key === undefined ? undefined : { folder, key };
}

/** Checks or writes the generated runs and prints what happened; `clearProgress` erases the status line first. */
async function finishRun(config: GeneratorConfig, values: Values, runs: ApiRun[], clearProgress: () => void): Promise<number> {
  const log = (line: string) => {
    clearProgress();
    if (!values.quiet) console.log(line);
  };
  if (values.check) {
    const checks = await checkRun(runs);
    const stale = checks.filter(({ difference: d }) => d.changed.length + d.missing.length + d.extra.length > 0);
    const differences = [...stale.map(({ run, difference }) => ({ folder: run.folder, difference })), { folder: config.output, difference: await checkOutputFolder(runs, config) }];
    const lines: string[] = [];
    for (const { folder, difference } of differences) {
      lines.push(
        ...difference.changed.map((path) => `  changed  ${printable(join(folder, path))}`),
        ...difference.missing.map((path) => `  missing  ${printable(join(folder, path))}`),
        ...difference.extra.map((path) => `  extra    ${printable(join(folder, path))}`),
      );
    }
    if (lines.length === 0) {
      log(`up to date: ${printable(runs.map((run) => run.folder).join(', '))} match what the specs produce`);
      return 0;
    }
    clearProgress();
    console.error(`stale: ${lines.length} file(s) differ from what the specs produce:\n${lines.join('\n')}`);
    for (const { run } of stale) console.error([`${printable(run.api.name)}:`, ...formatChangeLines(run.report)].join('\n'));
    console.error(`Run ${printable(regenerateCommand(values.argv))} and commit the result.`);
    return 1;
  }
  const removed = await writeRun(runs, config);
  for (const run of runs) {
    log(`${printable(run.api.name)}: ${plural(run.api.operations, 'operation')}, ${plural(run.api.schemas, 'schema')}, ${plural(run.api.files.length, 'file')}${countWarnings(run.api.warnings)} → ${printable(run.folder)} (${Math.round(run.api.milliseconds)} ms)`);
    for (const line of formatWarningLines(run.api.warnings)) log(line);
    for (const note of run.api.notes) log(`  note: ${printable(note)}`);
    if (run.api.paginated.length > 0) {
      const styles = new Map<string, number>();
      for (const { style } of run.api.paginated) styles.set(style, (styles.get(style) ?? 0) + 1);
      log(`  paginated: ${plural(run.api.paginated.length, 'operation')} (${[...styles].sort().map(([style, n]) => `${style} ${n}`).join(', ')})${values.verbose ? '' : '; --verbose lists them'}`);
      if (values.verbose) for (const { name, how } of run.api.paginated) log(`    ${printable(name)}: ${printable(how)}`);
    }
    for (const line of formatChangeLines(run.report)) log(line);
    if (values.verbose) for (const file of run.api.files) log(`    wrote ${printable(join(run.folder, file.path))}`);
  }
  for (const folder of removed) log(`removed ${printable(folder)}: its API is no longer generated`);
  if (values.report !== undefined) {
    const warnings = formatWarningsMarkdown(runs.map((run) => ({ name: run.api.name, warnings: run.api.warnings })));
    await writeReport(values.report, `${formatChangeMarkdown(runs.map((run) => run.report))}\n${warnings}`);
    log(`change report written to ${printable(values.report)}`);
  }
  return 0;
}

/** Regenerates on every change to an input (debounced), until interrupted; errors are printed and watching goes on. */
async function watchInputs(config: GeneratorConfig, values: Values): Promise<number> {
  const paths = new Set<string>(config.file ? [config.file] : []);
  for (const api of config.apis) for (const input of api.inputs) paths.add(join(api.baseDir, input.replace(/[*?[{].*$/, '')) || '.');
  let timer: NodeJS.Timeout | undefined;
  let running = Promise.resolve();
  const memories = new Map<string, PrintMemory>();
  const regenerate = () => {
    running = running.then(async () => {
      try {
        await runOnce(config, { ...values, check: false }, memories);
      } catch (error) {
        console.error(await describeError(error));
      }
      if (!values.quiet) console.log('watching for changes (Ctrl-C to stop)');
    });
  };
  for (const path of paths) {
    if (!existsSync(path)) continue;
    watch(path, { recursive: true }, (_event, file) => {
      if (file && /(^|[/\\])\.|\.staging-|\.previous-/.test(String(file))) return;
      clearTimeout(timer);
      timer = setTimeout(regenerate, 150);
    });
  }
  regenerate();
  return new Promise(() => undefined);
}

/**
 * The message for an error: SpecErrors with a code frame of the first place, anything else as an internal error
 * (whose message may quote input too: escaped, and clipped to a screenful).
 */
async function describeError(error: unknown): Promise<string> {
  if (!(error instanceof SpecError)) {
    return `internal error (please report it): ${printable(clip(error instanceof Error ? (error.stack ?? error.message) : String(error), 4000), true)}`;
  }
  const first = error.positions[0];
  const text = first?.line !== undefined ? await readFile(first.file, 'utf8').catch(() => undefined) : undefined;
  const frame = text !== undefined && first ? formatCodeFrame(text, first) : '';
  return (frame ? `${formatSpecError(error)}\n\n${frame}` : formatSpecError(error)) + describeOtherWarnings(error);
}

/** Under --strict, the warnings after the first (which the error itself shows), one error line each. */
function describeOtherWarnings(error: SpecError): string {
  if (!(error instanceof WarningsRefused) || error.diagnostics.length < 2) return '';
  return `\n\n${error.diagnostics.slice(1).map(formatDiagnosticAsError).join('\n')}`;
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    if (stopMock) {
      void stopMock().then(() => process.exit(0));
      return;
    }
    abandonWrites();
    process.exit(130);
  });
}

/** Runs the command on `argv` (the words after the program's name) and returns its exit code; cli.ts calls it. */
export async function runCommand(argv: string[]): Promise<number> {
  try {
    return await main(argv);
  } catch (error) {
    console.error(await describeError(error));
    return error instanceof SpecError ? 2 : 3;
  }
}

