/** `importExtension: ts`: a client whose relative imports name `.ts` files, for Deno and `allowImportingTsExtensions`. */
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { withTsImports } from '../../generator/emit/import-extension.js';
import { generateTarget, readRuntimeTemplates } from '../../generator/generate.js';
import { parseApiConfig } from '../../generator/load/read-api-config.js';
import { SpecError } from '../../generator/load/spec-error.js';
import { DENO_PATH } from '../runtimes/matrix-runtimes.js';
import { writeReadmeExamples } from '../support/readme-examples.js';

describe('withTsImports', () => {
  it.each([
    [`import { a } from './a.js';`, `import { a } from './a.ts';`],
    [`import type { B } from "./runtime/b.js";`, `import type { B } from "./runtime/b.ts";`],
    [`export * from './operations.js';`, `export * from './operations.ts';`],
    [`export type { C } from '../c.js';`, `export type { C } from '../c.ts';`],
    [`const m = await import("./mock.js");`, `const m = await import("./mock.ts");`],
    [`import './side-effect.js';`, `import './side-effect.ts';`],
    [`import {\n  a,\n  b,\n} from "./x.js";`, `import {\n  a,\n  b,\n} from "./x.ts";`],
    // Packages, built-ins, JSON, and text that is not an import stay as they are.
    [`import { readFile } from 'node:fs';`, `import { readFile } from 'node:fs';`],
    [`import x from 'pkg/x.js';`, `import x from 'pkg/x.js';`],
    [`import data from './data.json' with { type: 'json' };`, `import data from './data.json' with { type: 'json' };`],
    [`// see './x.js' and send-request.ts`, `// see './x.js' and send-request.ts`],
  ])('%s', (given, want) => {
    expect(withTsImports(given)).toBe(want);
  });
});

describe('the importExtension setting', () => {
  it('takes js or ts, and refuses anything else with the line of the setting', () => {
    expect(parseApiConfig('client.yaml', 'importExtension: ts\n').importExtension).toBe('ts');
    expect(parseApiConfig('client.yaml', 'importExtension: js\n').importExtension).toBe('js');
    expect(parseApiConfig('client.yaml', 'mocks: true\n').importExtension).toBeUndefined();
    expect(() => parseApiConfig('client.yaml', 'mocks: true\nimportExtension: tsx\n')).toThrow(SpecError);
    expect(() => parseApiConfig('client.yaml', 'mocks: true\nimportExtension: tsx\n')).toThrow(/"importExtension" must be js or ts, got "tsx"/);
  });
});

/** Every relative `.js` specifier of an import or export left in `text`. */
const RELATIVE_JS = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)["']\.{1,2}\/[^"']*\.js["']/g;

describe('a client generated with importExtension: ts', () => {
  // Fixtures that reach every runtime module: mocks and validators, streams, pagination, bodies of every kind.
  const specs = ['mock', 'streams', 'pagination', 'request-bodies', 'security', 'parameters'];

  it('names only .ts files, and compiles under allowImportingTsExtensions and noEmit, README examples included', { timeout: 120_000 }, async () => {
    const runtime = await readRuntimeTemplates();
    // Inside the repository (.tmp/ is ignored), so the README examples resolve the integrations' libraries.
    await mkdir('.tmp', { recursive: true });
    const work = await mkdtemp(join(process.cwd(), '.tmp', 'ts-imports-'));
    try {
      await writeFile(join(work, 'package.json'), '{ "type": "module" }\n');
      const sources: string[] = [];
      for (const spec of specs) {
        const api = await generateTarget({ name: spec, inputs: [`test/fixtures/specs/${spec}`], baseDir: '.', settings: { importExtension: 'ts' } }, runtime);
        for (const file of api.files) {
          const path = join(work, spec, file.path);
          await mkdir(dirname(path), { recursive: true });
          await writeFile(path, file.content);
          if (file.path.endsWith('.ts')) {
            sources.push(path);
            expect(file.content.match(RELATIVE_JS) ?? [], `${spec}/${file.path}`).toEqual([]);
          }
        }
        expect(api.files.some((file) => file.path === 'index.ts' && file.content.includes(`from './operations.ts'`))).toBe(true);
        sources.push(...(await writeReadmeExamples(join(work, spec))));
      }
      const compile = (allowImportingTsExtensions: boolean) =>
        ts
          .getPreEmitDiagnostics(
            ts.createProgram(sources, {
              target: ts.ScriptTarget.ES2022,
              module: ts.ModuleKind.NodeNext,
              moduleResolution: ts.ModuleResolutionKind.NodeNext,
              lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
              strict: true,
              noUnusedLocals: true,
              noEmit: true,
              skipLibCheck: true,
              types: [],
              allowImportingTsExtensions,
            }),
          )
          .map((d) => `${d.file ? relative(work, d.file.fileName) : ''}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
      expect(compile(true)).toEqual([]);
      // Without the option tsc refuses the specifiers: the client does name .ts files everywhere.
      expect(compile(false).filter((message) => message.includes('allowImportingTsExtensions')).length).toBeGreaterThan(20);
      expect(await readdir(join(work, 'mock'))).toEqual(expect.arrayContaining(['mock.ts', 'validators.ts', 'runtime']));
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  });

  // The runtime matrix's Deno (npm run setup:runtimes), else one on the PATH, else none.
  const deno = [DENO_PATH, 'deno'].find((command) => {
    try {
      execFileSync(command, ['--version'], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  });

  // The runtime matrix runs the clients under Deno; where Deno is installed, type-check with it too.
  it.skipIf(!deno)('type-checks under Deno without --sloppy-imports', { timeout: 120_000 }, async () => {
    const runtime = await readRuntimeTemplates();
    const work = await mkdtemp(join(tmpdir(), 'ts-imports-deno-'));
    try {
      const api = await generateTarget({ name: 'security', inputs: ['test/fixtures/specs/security'], baseDir: '.', settings: { importExtension: 'ts' } }, runtime);
      for (const file of api.files) {
        await mkdir(dirname(join(work, file.path)), { recursive: true });
        await writeFile(join(work, file.path), file.content);
      }
      execFileSync(deno!, ['check', join(work, 'index.ts')], { stdio: 'pipe' });
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  });
});
