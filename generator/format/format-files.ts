/**
 * Formats generated files with prettier under a pinned configuration, so output never depends on a user's prettier
 * config. Used when an API's settings ask for `prettier: true`.
 */
import { availableParallelism } from 'node:os';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { format, type Options } from 'prettier';
import type { GeneratedFile } from '../emit/generated-file.js';

/** The one prettier configuration every generated file is formatted with. */
export const PRETTIER_OPTIONS: Options = {
  parser: 'babel-ts',
  printWidth: 100,
  tabWidth: 2,
  useTabs: false,
  semi: true,
  singleQuote: true,
  trailingComma: 'all',
  bracketSpacing: true,
  arrowParens: 'always',
  endOfLine: 'lf',
};

/** Below this much text, starting worker threads costs more than it saves. */
const PARALLEL_THRESHOLD = 2_000_000;

/** Returns the files formatted; large outputs are formatted section by section on worker threads. */
export async function formatFiles(files: readonly GeneratedFile[]): Promise<GeneratedFile[]> {
  // Data files (JSON, preformatted TypeScript) pass through as written.
  const formattable = (file: GeneratedFile) => !file.preformatted && file.path.endsWith('.ts');
  const sectionsOf = files.map((file) => (formattable(file) ? splitIntoSections(file.content) : [file.content]));
  const jobs = files.flatMap((file, index) => sectionsOf[index]!.map((text) => ({ path: file.path, text, format: formattable(file) })));
  const toFormat = jobs.filter((job) => job.format);
  const total = toFormat.reduce((sum, job) => sum + job.text.length, 0);
  const threads = Math.min(availableParallelism(), 4);
  const results =
    total < PARALLEL_THRESHOLD || threads < 2
      ? await Promise.all(toFormat.map((job) => formatOne(job.path, job.text)))
      : await formatOnWorkers(toFormat, threads);
  let nextResult = 0;
  const formatted = jobs.map((job) => (job.format ? results[nextResult++]! : job.text));
  let next = 0;
  return files.map((file, index) => {
    const count = sectionsOf[index]!.length;
    const content = formatted.slice(next, next + count).join('\n');
    next += count;
    return { path: file.path, content };
  });
}

/** How much text one formatting job takes; large files are cut into sections of about this size. */
const SECTION_SIZE = 200_000;

/**
 * Cuts emitted text into runs of whole top-level statements of about SECTION_SIZE characters, so one large file
 * formats on several threads. The emitter separates top-level statements by a blank line and indents everything
 * inside one, so a blank line followed by a line at column 0 is a statement boundary.
 */
function splitIntoSections(text: string): string[] {
  if (text.length <= SECTION_SIZE) return [text];
  const sections: string[] = [];
  const boundary = /\n\n(?=\S)/g;
  let start = 0;
  for (let match = boundary.exec(text); match !== null; match = boundary.exec(text)) {
    const end = match.index + 1;
    if (end - start >= SECTION_SIZE) {
      sections.push(text.slice(start, end));
      start = end + 1;
    }
  }
  sections.push(text.slice(start));
  return sections;
}

async function formatOne(path: string, text: string): Promise<string> {
  try {
    return await format(text, PRETTIER_OPTIONS);
  } catch (cause) {
    throw formatError(path, (cause as Error).message);
  }
}

function formatError(path: string, message: string): Error {
  return new Error(`internal error: generated ${path} is not valid TypeScript: ${message}`);
}

/** Runs in each worker: formats the texts it is sent with the same prettier and options. */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const prettier = require(workerData.prettier);
parentPort.on('message', ({ index, text }) => {
  prettier.format(text, workerData.options).then(
    (formatted) => parentPort.postMessage({ index, formatted }),
    (error) => parentPort.postMessage({ index, error: String(error && error.message) }),
  );
});`;

/** Hands jobs to `threads` workers, biggest first, and gathers the results in job order. */
async function formatOnWorkers(jobs: ReadonlyArray<{ path: string; text: string }>, threads: number): Promise<string[]> {
  const prettier = createRequire(import.meta.url).resolve('prettier');
  const results: string[] = new Array(jobs.length);
  const queue = jobs.map((_, index) => index).sort((a, b) => jobs[b]!.text.length - jobs[a]!.text.length);
  const workers = Array.from({ length: threads }, () => new Worker(WORKER_SOURCE, { eval: true, workerData: { prettier, options: PRETTIER_OPTIONS } }));
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const sendNext = () => {
              const index = queue.shift();
              if (index === undefined) return resolve();
              worker.postMessage({ index, text: jobs[index]!.text });
            };
            worker.on('message', (message: { index: number; formatted?: string; error?: string }) => {
              if (message.error !== undefined) return reject(formatError(jobs[message.index]!.path, message.error));
              results[message.index] = message.formatted!;
              sendNext();
            });
            worker.on('error', reject);
            sendNext();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return results;
}
