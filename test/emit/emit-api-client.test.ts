import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { docText } from '../../generator/emit/doc-comment.js';
import { emitApiClient } from '../../generator/emit/emit-api-client.js';
import { propertyName } from '../../generator/emit/property-name.js';
import { modelFromYaml } from '../support/build-model.js';

const head = 'openapi: 3.1.0\ninfo: { title: T, version: "1" }\n';

describe('docText', () => {
  it.each<{ given: Array<string | undefined | false>; want: string | undefined }>([
    { given: ['Summary', undefined, '', 'Body */ text', false], want: 'Summary\n\nBody *\\/ text' },
    { given: [undefined, '  '], want: undefined },
  ])('$given', ({ given, want }) => {
    expect(docText(given)).toBe(want);
  });
});

describe('propertyName', () => {
  it.each([
    ['namespace', 'namespace'],
    ['server_id', 'server_id'],
    ['X-Request-Id', '"X-Request-Id"'],
    ['StartTime<', '"StartTime<"'],
    ['2fa', '"2fa"'],
  ])('%s → %s', (given, want) => {
    expect(propertyName(given)).toBe(want);
  });
});

describe('emitApiClient', () => {
  const model = modelFromYaml(
    head +
      `paths:
  /a:
    get:
      operationId: getA
      responses:
        "200": { description: ok, content: { application/json: { schema: { $ref: "#/components/schemas/A" } } } }
components:
  schemas:
    A: { type: object, properties: { b: { $ref: "#/components/schemas/B" } } }
    B: { type: string }
    Unused: { type: integer }
`,
  );
  const files = emitApiClient(model, [{ path: 'result.ts', content: 'export type X = 1;\n' }]);
  const file = (path: string) => files.find((f) => f.path === path)?.content ?? '';

  it('emits the client files in sorted order, the runtime copied under runtime/', () => {
    expect(files.map((f) => f.path)).toEqual(['README.md', 'api-surface.json', 'client.ts', 'index.ts', 'operations.ts', 'resources.ts', 'runtime/result.ts', 'schemas.ts']);
    expect(file('runtime/result.ts')).toContain('export type X = 1;');
  });

  it("keeps a client's users from checking the runtime's bodies again, but not the generated files' calls into it", async () => {
    // A type error in a copy is not reported to users (the templates are checked where they are written); the same
    // error in a generated file is. If the pragma stopped working (moved below a statement, misspelt), both report.
    const { default: ts } = await import('typescript');
    const runtime = [{ path: 'result.ts', content: 'export type X = 1;\nexport const wrong: number = "text";\n' }];
    const client = emitApiClient(model, runtime).map((f) => (f.path === 'schemas.ts' ? { ...f, content: `${f.content}export const alsoWrong: number = "text";\n` } : f));
    const folder = await mkdtemp(join(tmpdir(), 'runtime-nocheck-'));
    try {
      for (const f of client) {
        await mkdir(dirname(join(folder, f.path)), { recursive: true });
        await writeFile(join(folder, f.path), f.content);
      }
      const options = { strict: true, noEmit: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'], types: [] };
      const program = ts.createProgram([join(folder, 'runtime/result.ts'), join(folder, 'schemas.ts')], options);
      const errors = (path: string) => program.getSemanticDiagnostics(program.getSourceFile(join(folder, path))).map((d) => d.code);
      expect(file('runtime/result.ts').startsWith('// @ts-nocheck\n')).toBe(true);
      expect(errors('runtime/result.ts')).toEqual([]);
      expect(errors('schemas.ts')).toEqual([2322]);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  it('copies only the runtime modules the client imports, directly or through each other', () => {
    const runtime = [
      { path: 'result.ts', content: "import type { Base } from './base.js';\nexport type X = Base;\n" },
      { path: 'base.ts', content: 'export type Base = 1;\n' },
      { path: 'mock-fetch.ts', content: "import type { Base } from './base.js';\nexport const unused: Base = 1;\n" },
    ];
    const paths = emitApiClient(model, runtime).map((f) => f.path);
    expect(paths).toContain('runtime/result.ts');
    expect(paths).toContain('runtime/base.ts');
    expect(paths).not.toContain('runtime/mock-fetch.ts');
  });

  it('emits validators.ts only when the API asks for it', () => {
    const withValidators = emitApiClient({ ...model, validators: true }, [{ path: 'validate-response.ts', content: 'export const createResponseValidation = () => ({});\n' }]);
    expect(withValidators.map((f) => f.path)).toEqual(expect.arrayContaining(['validators.ts', 'runtime/validate-response.ts']));
    expect(files.map((f) => f.path)).not.toContain('runtime/validate-response.ts');
  });

  it('writes the grouped table as one string a line each, which the runtime reads back', async () => {
    const resources = file('resources.ts');
    expect(resources).toContain("groupOperations(client, operations, `\na.get=getA\n`)");
    const { groupOperations } = await import('../../templates/group-operations.js');
    const grouped = groupOperations({ baseUrl: '', options: {}, securitySchemes: {} }, { getA: () => 'called' }, '\na.get=getA\n') as { a: { get: () => unknown } };
    expect(grouped.a.get()).toBe('called');
  });

  it('imports exactly the names an operations file uses', () => {
    const imports = file('operations.ts').split('\n').filter((line) => line.startsWith('import'));
    expect(imports).toContain('import type { A } from "./schemas.js";');
    expect(imports.join('\n')).not.toMatch(/HttpError|DefaultError|StatusRange|Unused|\bB\b/);
  });

  it('prints schema references as type names', () => {
    expect(file('schemas.ts')).toMatch(/export interface A \{\s*b\?: B;\s*\}/);
    expect(file('schemas.ts')).toContain('export type B = string;');
  });
});

describe('text that confuses the writer or the reader', () => {
  it('a string ending in a backslash before `*/*` and a JSDoc (once a stray `*/` broke the file)', async () => {
    const { formatFiles } = await import('../../generator/format/format-files.js');
    const spec =
      head +
      'paths:\n  /a:\n    get:\n      summary: "*/ closes"\n      parameters:\n        - { name: "a\\\\", in: header, schema: { type: string } }\n' +
      '      responses:\n        "200": { description: ok, content: { "*/*": { schema: { type: string, enum: ["b\\\\"] } } } }\n' +
      '  /b:\n    get:\n      summary: next\n      responses: { "204": { description: none } }\n';
    const files = emitApiClient(modelFromYaml(spec), []);
    const operations = files.find((file) => file.path === 'operations.ts')!.content;
    expect(operations).not.toContain('*//**');
    // The formatter parses every file: it would throw on a broken one.
    await expect(formatFiles(files)).resolves.toBeDefined();
    // The descriptor's JSON, read back as the runtime reads it, names the header as the spec does.
    const literal = /sendRequest\(\s*client,\s*params,\s*options,\s*('(?:[^'\\]|\\.)*')/.exec(operations)![1]!;
    expect((JSON.parse(eval(literal)) as { parameters: Array<{ name: string }> }).parameters[0]!.name).toBe('a\\');
  });
});
