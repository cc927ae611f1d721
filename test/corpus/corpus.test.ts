/**
 * The corpus test: every real-world spec under ../shared/corpus/real, every peer fixture under
 * ../shared/corpus/peer-tests, and GitHub's REST spec generate a client, and all of them compile together under
 * `tsc --strict` (plus noUnusedLocals) with 0 errors, after formatting like a real run. Files under an `invalid/` folder must be refused with a
 * SpecError that names a line. YAML/JSON files that are not OpenAPI documents (parts other files refer to,
 * tool configs) are counted and skipped.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import { emitApiClient } from '../../generator/emit/emit-api-client.js';
import { formatFiles } from '../../generator/format/format-files.js';
import { readRuntimeTemplates } from '../../generator/generate.js';
import { loadSpecFile } from '../../generator/load/load-api.js';
import { declaresSpec, readRawSource } from '../../generator/load/read-spec-source.js';
import { formatSpecError, SpecError } from '../../generator/load/spec-error.js';
import { buildApiModel } from '../../generator/model/build-api-model.js';

const corpus = resolve(process.env.CORPUS_DIR ?? '../shared/corpus');
const github = createRequire(import.meta.url).resolve('@octokit/openapi/generated/api.github.com.json');

interface Outcome {
  readonly file: string;
  readonly kind: 'generated' | 'refused' | 'not-a-document';
  readonly operations?: number;
  readonly message?: string;
}

async function specFiles(): Promise<string[]> {
  const entries = await readdir(corpus, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && /\.(ya?ml|json)$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

describe.skipIf(!existsSync(corpus))('corpus of real specs and peer fixtures', () => {
  const outcomes: Outcome[] = [];
  let out: string;
  let compileErrors: readonly ts.Diagnostic[] = [];

  afterAll(async () => {
    if (out) await rm(out, { recursive: true, force: true });
  });

  it('generates a client for every OpenAPI document and refuses every invalid one clearly', { timeout: 300_000 }, async () => {
    out = await mkdtemp(join(tmpdir(), 'corpus-clients-'));
    const runtime = await readRuntimeTemplates();
    for (const file of [...(await specFiles()), github]) {
      const name = file === github ? 'github/api.github.com.json' : relative(corpus, file);
      const invalid = name.split('/').includes('invalid');
      const raws = await readRawSource(file);
      if (!raws.some(declaresSpec)) {
        outcomes.push({ file: name, kind: 'not-a-document' });
        continue;
      }
      try {
        const model = buildApiModel(await loadSpecFile(file));
        const folder = join(out, name.replace(/[^A-Za-z0-9]+/g, '-'));
        // The whole pipeline, formatting included: the formatter must accept everything the emitters write.
        for (const generated of await formatFiles(emitApiClient(model, runtime))) {
          await mkdir(dirname(join(folder, generated.path)), { recursive: true });
          await writeFile(join(folder, generated.path), generated.content);
        }
        outcomes.push({ file: name, kind: 'generated', operations: model.operations.length });
      } catch (error) {
        if (!(error instanceof SpecError)) throw new Error(`${name}: ${(error as Error).stack}`);
        outcomes.push({ file: name, kind: 'refused', message: formatSpecError(error) });
      }
    }
    const refusedValid = outcomes.filter((o) => o.kind === 'refused' && !o.file.split('/').includes('invalid'));
    expect(refusedValid.map((o) => o.message)).toEqual([]);
    const acceptedInvalid = outcomes.filter((o) => o.kind === 'generated' && o.file.split('/').includes('invalid'));
    expect(acceptedInvalid.map((o) => o.file)).toEqual([]);
    for (const refused of outcomes.filter((o) => o.kind === 'refused')) {
      // A clear error: `file:line:column …: error: …` and a hint or a second place.
      expect(refused.message).toMatch(/^\S+:\d+:\d+ .*error: /);
    }
  });

  it('compiles every generated client in one tsc --strict run with 0 errors', { timeout: 300_000 }, async () => {
    expect(out).toBeDefined();
    const files = (await readdir(out, { recursive: true, withFileTypes: true }))
      .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
      .map((entry) => join(entry.parentPath, entry.name));
    const program = ts.createProgram(files, {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
      strict: true,
      noUnusedLocals: true,
      noEmit: true,
      skipLibCheck: true,
      types: [],
    });
    compileErrors = ts.getPreEmitDiagnostics(program);
    const described = compileErrors.slice(0, 20).map((d) => {
      const where = d.file ? `${relative(out, d.file.fileName)}:${d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1}` : '';
      return `${where} ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
    });
    const generated = outcomes.filter((o) => o.kind === 'generated');
    const refused = outcomes.filter((o) => o.kind === 'refused');
    console.log(
      [
        `corpus: ${generated.length} specs generated (${generated.reduce((n, o) => n + (o.operations ?? 0), 0)} operations), ` +
          `${refused.length} refused as invalid, ${outcomes.filter((o) => o.kind === 'not-a-document').length} files skipped as not OpenAPI documents; ` +
          `${files.length} generated files compiled, ${compileErrors.length} TypeScript errors`,
        ...refused.map((o) => `  refused ${o.file}: ${o.message?.split('\n')[0]?.replace(/^\S+ /, '')}`),
      ].join('\n'),
    );
    expect(described).toEqual([]);
  });
});
