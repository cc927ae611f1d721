/**
 * Runs fuzz cases through the whole pipeline as the CLI does, on a worker thread, and checks the invariants: each
 * case generates a client that compiles under `tsc --strict` (+ noUnusedLocals) and imports without side effects,
 * or is refused with a SpecError that names a line, leaving the output folder untouched; nothing crashes, nothing
 * takes longer than the time limit. Clients are compiled in batches sharing one copy of the runtime.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { Worker } from 'node:worker_threads';
import ts from 'typescript';
import { parse } from 'yaml';
import { writeReadmeExamples } from '../support/readme-examples.js';
import type { FuzzAnswer, FuzzJob } from './fuzz-worker.js';

/** One input: a spec file's name and text, and a label that says how it was made (seed, index, mutation). */
export interface FuzzCase {
  readonly label: string;
  readonly fileName: string;
  readonly text: string;
}

export type Verdict = 'generated' | 'refused' | 'crash' | 'hang' | 'unlocated-error' | 'partial-write' | 'compile-error' | 'import-error';
/** Verdicts that break an invariant. */
export const FAILURES: ReadonlySet<Verdict> = new Set(['crash', 'hang', 'unlocated-error', 'partial-write', 'compile-error', 'import-error']);

export interface CaseResult {
  readonly fuzzCase: FuzzCase;
  readonly verdict: Verdict;
  readonly detail?: string;
  readonly milliseconds: number;
}

const SENTINEL = '// an earlier client, which a failed run must leave as it is\n';

const COMPILER_OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  // No DOM.Iterable: a client must compile in projects whose lib leaves it out.
  lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
  strict: true,
  noUnusedLocals: true,
  noEmit: true,
  skipLibCheck: true,
  types: [],
};

export interface RunnerOptions {
  /** A case still generating after this long is a hang: 60 s by default. */
  readonly timeoutMs?: number;
  /** Clients compiled per tsc program. */
  readonly compileBatch?: number;
  /** Import every n-th generated client (1: all). */
  readonly importEvery?: number;
  /** Called after each case, for progress output. */
  readonly onResult?: (result: CaseResult, index: number) => void;
}

export class FuzzRunner {
  private worker: Worker | undefined;
  private sharedRuntime: { folder: string; hash: string } | undefined;
  private next = 0;

  private prepared = false;

  constructor(private readonly work: string) {}

  /** Generated clients are ES modules, as in a user's `"type": "module"` project. */
  private async prepare(): Promise<void> {
    if (this.prepared) return;
    await writeFile(join(this.work, 'package.json'), '{ "type": "module" }\n');
    this.prepared = true;
  }

  /** Runs every case and returns one result per case, in order. */
  async run(cases: readonly FuzzCase[], options: RunnerOptions = {}): Promise<CaseResult[]> {
    const results: CaseResult[] = [];
    let batch: Array<{ index: number; folder: string }> = [];
    const flush = async () => {
      const verdicts = await this.checkBatch(batch);
      for (const { index, folder } of batch) {
        const found = verdicts.get(folder);
        if (found) results[index] = { ...results[index]!, verdict: found.verdict, detail: found.detail };
        if (!found) await rm(join(this.work, `case-${index}`), { recursive: true, force: true });
      }
      batch = [];
    };
    for (const [index, fuzzCase] of cases.entries()) {
      const importCheck = index % (options.importEvery ?? 1) === 0;
      const { result, folder } = await this.generate(fuzzCase, index, options.timeoutMs ?? 60_000, importCheck);
      results[index] = result;
      if (folder) batch.push({ index, folder });
      else if (!FAILURES.has(result.verdict)) await rm(join(this.work, `case-${index}`), { recursive: true, force: true });
      if (batch.length >= (options.compileBatch ?? 100)) await flush();
      options.onResult?.(result, index);
    }
    if (batch.length > 0) await flush();
    return results;
  }

  async close(): Promise<void> {
    await this.worker?.terminate();
    this.worker = undefined;
  }

  private startWorker(): Worker {
    // A worker does not inherit the TypeScript loader: it registers tsx itself, then loads the worker module.
    const url = new URL('./fuzz-worker.ts', import.meta.url).href;
    const bootstrap = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(url)}); })`;
    this.worker ??= new Worker(bootstrap, { eval: true });
    return this.worker;
  }

  /** Generates one case on the worker; returns the output folder when a client was written. */
  private async generate(fuzzCase: FuzzCase, index: number, timeoutMs: number, importCheck: boolean): Promise<{ result: CaseResult; folder?: string }> {
    await this.prepare();
    const dir = join(this.work, `case-${index}`);
    const specFile = join(dir, 'spec', fuzzCase.fileName);
    const output = join(dir, 'out');
    await rm(dir, { recursive: true, force: true });
    await mkdir(join(dir, 'spec'), { recursive: true });
    await mkdir(join(output, 'api'), { recursive: true });
    await writeFile(specFile, fuzzCase.text);
    await writeFile(join(output, 'api', 'index.ts'), SENTINEL);
    const started = performance.now();
    const worker = this.startWorker();
    const id = this.next++;
    const answer = await new Promise<FuzzAnswer | 'hang'>((resolve) => {
      const settle = (value: FuzzAnswer | 'hang') => {
        clearTimeout(timer);
        worker.off('message', onMessage).off('error', onError).off('exit', onExit);
        resolve(value);
      };
      const timer = setTimeout(() => settle('hang'), timeoutMs);
      const onMessage = (message: FuzzAnswer) => {
        if (message.id === id) settle(message);
      };
      // A worker that dies (out of memory, a native crash, an uncaught error) counts as a crash of this case.
      const onError = (error: Error) => settle({ id, kind: 'crash', stack: `the worker died: ${error.stack ?? error.message}` });
      const onExit = (code: number) => settle({ id, kind: 'crash', stack: `the worker exited with code ${code}` });
      worker.on('message', onMessage).on('error', onError).on('exit', onExit);
      worker.postMessage({ id, specFile, output, importCheck } satisfies FuzzJob);
    });
    if (answer !== 'hang' && answer.kind === 'crash' && answer.stack.startsWith('the worker')) this.worker = undefined;
    const milliseconds = performance.now() - started;
    const result = (verdict: Verdict, detail?: string): CaseResult => ({ fuzzCase, verdict, milliseconds, ...(detail !== undefined ? { detail } : {}) });
    if (answer === 'hang') {
      await this.close();
      return { result: result('hang', `still running after ${timeoutMs} ms`) };
    }
    if (answer.kind === 'crash') return { result: result('crash', answer.stack) };
    if (answer.kind === 'refused') {
      const left = (await readdir(output, { recursive: true })).sort();
      const sentinel = await readFile(join(output, 'api', 'index.ts'), 'utf8').catch(() => '');
      if (sentinel !== SENTINEL || left.join() !== ['api', join('api', 'index.ts')].join()) return { result: result('partial-write', `left ${left.join(', ')}`) };
      return { result: result(answer.hasLine ? 'refused' : 'unlocated-error', answer.message) };
    }
    const folder = join(output, 'api');
    if (milliseconds > timeoutMs) return { result: result('hang', `took ${Math.round(milliseconds)} ms`) };
    if (answer.importProblem) return { result: result('import-error', answer.importProblem) };
    await this.shareRuntime(folder);
    return { result: result('generated', `${answer.operations} operations, ${answer.schemas} schemas`), folder };
  }

  /** Replaces a client's runtime folder with a link to one shared copy, so tsc checks the runtime once per batch. */
  private async shareRuntime(folder: string): Promise<void> {
    const runtime = join(folder, 'runtime');
    const names = (await readdir(runtime)).sort();
    const hash = createHash('sha256');
    for (const name of names) hash.update(name).update(await readFile(join(runtime, name)));
    const digest = hash.digest('hex');
    if (!this.sharedRuntime) {
      const shared = join(this.work, 'runtime');
      await rm(shared, { recursive: true, force: true });
      await mkdir(shared);
      for (const name of names) await writeFile(join(shared, name), await readFile(join(runtime, name)));
      this.sharedRuntime = { folder: shared, hash: digest };
    }
    if (digest !== this.sharedRuntime.hash) return;
    await rm(runtime, { recursive: true, force: true });
    await symlink(this.sharedRuntime.folder, runtime, 'dir');
  }

  /** Compiles a batch of clients in one program and imports a sample; returns the failures by client folder. */
  private async checkBatch(batch: ReadonlyArray<{ index: number; folder: string }>): Promise<Map<string, { verdict: Verdict; detail: string }>> {
    const failures = new Map<string, { verdict: Verdict; detail: string }>();
    const files: string[] = [];
    for (const { folder } of batch) {
      // The README's examples must compile too, beside the client they import.
      await writeReadmeExamples(folder);
      for (const name of await readdir(folder)) if (name.endsWith('.ts')) files.push(join(folder, name));
    }
    let diagnostics: readonly ts.Diagnostic[];
    try {
      diagnostics = ts.getPreEmitDiagnostics(ts.createProgram(files, COMPILER_OPTIONS));
    } catch (error) {
      // The compiler itself failed (a stack overflow on some output): find the client it fails on, one by one.
      if (batch.length === 1) {
        failures.set(batch[0]!.folder, { verdict: 'compile-error', detail: `tsc crashed: ${String(error)}` });
        return failures;
      }
      for (const entry of batch) for (const [folder, failure] of await this.checkBatch([entry])) failures.set(folder, failure);
      return failures;
    }
    for (const diagnostic of diagnostics) {
      const file = diagnostic.file?.fileName ?? '';
      const owner = batch.find(({ folder }) => file.startsWith(folder + sep));
      const key = owner?.folder ?? batch[0]!.folder;
      const where = diagnostic.file ? `${relative(this.work, file)}:${diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start ?? 0).line + 1}` : '';
      const text = `${where} ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`;
      const previous = failures.get(key);
      if (!previous) failures.set(key, { verdict: 'compile-error', detail: text });
      else if (previous.detail.split('\n').length < 5) previous.detail += `\n${text}`;
    }
    return failures;
  }
}

/**
 * Shrinks a failing spec: deletes object keys and list items, one at a time, keeping each deletion after which
 * `stillFails` holds, until no single deletion keeps the failure (or `budget` checks are spent).
 */
export async function minimizeSpec(text: string, stillFails: (text: string) => Promise<boolean>, budget = 400): Promise<string> {
  let current = parse(text) as unknown;
  let spent = 0;
  for (let changed = true; changed && spent < budget; ) {
    changed = false;
    for (const [container, key] of deletionPoints(current)) {
      if (spent >= budget) break;
      const saved = Array.isArray(container) ? container.slice() : { ...(container as object) };
      if (Array.isArray(container)) container.splice(key as number, 1);
      else delete (container as Record<string, unknown>)[key as string];
      spent++;
      if (await stillFails(JSON.stringify(current, null, 1))) {
        changed = true;
        break;
      }
      if (Array.isArray(container)) container.splice(0, container.length, ...(saved as unknown[]));
      // defineProperty, not assignment: a `__proto__` key must come back as an own property.
      else for (const [k, v] of Object.entries(saved)) Object.defineProperty(container, k, { value: v, enumerable: true, writable: true, configurable: true });
    }
  }
  return JSON.stringify(current, null, 1);
}

/** Every (container, key) pair, outermost first, found without recursion. */
function deletionPoints(root: unknown): Array<[object, string | number]> {
  const points: Array<[object, string | number]> = [];
  const queue: unknown[] = [root];
  while (queue.length > 0) {
    const node = queue.shift();
    if (node === null || typeof node !== 'object') continue;
    const keys = Array.isArray(node) ? node.map((_, i) => i).reverse() : Object.keys(node);
    for (const key of keys) {
      points.push([node, key]);
      queue.push((node as Record<string | number, unknown>)[key]);
    }
  }
  return points;
}
