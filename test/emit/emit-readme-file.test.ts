/** The per-client README: what it says, that spec text cannot break out of it, and that every example compiles. */
import { cp, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emitReadmeFile } from '../../generator/emit/emit-readme-file.js';
import ts from 'typescript';
import { modelFromYaml } from '../support/build-model.js';
import { typescriptBlocks, writeReadmeExamples } from '../support/readme-examples.js';

const pets = `openapi: 3.1.0
info: { title: Pets, version: "2", description: "Pets and their owners.\\n\\nSecond paragraph." }
servers: [{ url: https://pets.example.com }]
components:
  securitySchemes: { key: { type: apiKey, in: header, name: X-Api-Key } }
  schemas:
    Pet: { type: object, required: [id, name], properties: { id: { type: integer, readOnly: true }, name: { type: string, example: Tom } } }
security: [{ key: [] }]
paths:
  /pets:
    get:
      operationId: listPets
      parameters: [{ name: page, in: query, schema: { type: integer } }]
      responses:
        "200": { description: ok, content: { application/json: { schema: { type: object, properties: { items: { type: array, items: { $ref: "#/components/schemas/Pet" } }, total_pages: { type: integer } } } } } }
    post:
      operationId: createPet
      requestBody: { required: true, content: { application/json: { schema: { $ref: "#/components/schemas/Pet" } } } }
      responses: { "201": { description: created }, "422": { description: bad } }
  /pets/{petId}/events:
    get:
      operationId: watchPet
      parameters: [{ name: petId, in: path, required: true, schema: { type: string, format: uuid } }]
      responses: { "200": { description: events, content: { text/event-stream: { schema: { type: string } } } }, "404": { description: gone } }
`;

describe('emitReadmeFile', () => {
  const readme = emitReadmeFile(modelFromYaml(pets, {}, 'pets'), 'openapi-client generate');

  it('says what the API is, how to authenticate, and lists every operation by resource with its errors', () => {
    expect(readme).toContain('# Pets client');
    expect(readme).toContain('> Pets and their owners.\n');
    expect(readme).not.toContain('Second paragraph');
    expect(readme).toContain('3 operations, 2 schema types.'); // Pet and PetInput (its request view)
    expect(readme).toContain('an API key sent in the header `X-Api-Key`');
    expect(readme).toMatch(/\| `createPet\(client, params, options\?\)` \| `POST \/pets` \| {2}\| 422 \|/);
    expect(readme).toContain('| `listPets(client, params?, options?)` | `GET /pets` |  | — |');
    expect(readme).toContain('## Pagination');
    expect(readme).toContain('## Streams');
    expect(readme).toContain('run `openapi-client generate`');
  });

  it('writes example arguments from the spec: examples, formats, no readOnly property', () => {
    expect(readme).toContain('await createPet(createClient(), { body: { name: "Tom" } })');
    expect(readme).toContain('{ petId: "00000000-0000-0000-0000-000000000000" }');
  });

  it('is the same text for the same model', () => {
    expect(emitReadmeFile(modelFromYaml(pets, {}, 'pets'), 'openapi-client generate')).toBe(readme);
  });

  it('keeps hostile spec text inline: no HTML, no table or fence break-out, no control characters', () => {
    const hostile = emitReadmeFile(
      modelFromYaml(`openapi: 3.1.0
info: { title: "<script>alert(1)</script>\\u001b[2K", version: "1", description: "\`\`\`\\n# Owned\\n|a|b|" }
paths:
  /x:
    get:
      operationId: getX
      summary: "a | b \`code\` <img src=x onerror=alert(1)> [link](javascript:alert(1))"
      responses: { "200": { description: ok } }
`),
      'openapi-client generate',
    );
    expect(hostile).not.toMatch(/(?<!\\)<|\u001b/);
    expect(hostile).not.toContain('\n# Owned');
    expect(hostile).toContain('\\<script\\>');
    const row = hostile.split('\n').find((line) => line.startsWith('| `getX('))!;
    // Four cells: the summary's pipe is escaped.
    expect(row.split(/(?<!\\)\|/).length).toBe(6);
    expect(typescriptBlocks(hostile).every((block) => !block.includes('<script>'))).toBe(true);
  });

  it('counts in the singular for one', () => {
    expect(emitReadmeFile(modelFromYaml(`openapi: 3.1.0\ninfo: { title: T, version: "1" }\npaths:\n  /x: { get: { responses: { "200": { description: ok } } } }\n`), 'x')).toContain('1 operation, 0 schema types.');
  });
});

describe('the committed clients’ READMEs', () => {
  it('every TypeScript example compiles under tsc --strict and noUnusedLocals, next to its client', { timeout: 120_000 }, async () => {
    // Inside the repository (.tmp/ is ignored), so the examples resolve the integrations' libraries
    // (@tanstack/query-core, @tanstack/react-query, zod) from its node_modules, as a client's users resolve theirs.
    await mkdir('.tmp', { recursive: true });
    const work = await mkdtemp(join(process.cwd(), '.tmp', 'readme-examples-'));
    try {
      await writeFile(join(work, 'package.json'), '{ "type": "module" }\n');
      const folders = async (root: string) => (await readdir(root, { withFileTypes: true })).filter((entry) => entry.isDirectory()).map((entry) => join(root, entry.name));
      const clients = [...(await folders('generated')), ...(await folders('test/fixtures/generated'))];
      const examples: string[] = [];
      const sources: string[] = [];
      for (const client of clients) {
        const copy = join(work, client.replace(/\//g, '-'));
        await cp(client, copy, { recursive: true });
        examples.push(...(await writeReadmeExamples(copy)));
        sources.push(...(await readdir(copy, { recursive: true })).filter((name) => name.endsWith('.ts')).map((name) => join(copy, name)));
      }
      const program = ts.createProgram(sources, {
        target: ts.ScriptTarget.ES2022,
        module: ts.ModuleKind.NodeNext,
        moduleResolution: ts.ModuleResolutionKind.NodeNext,
        lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
        strict: true,
        noUnusedLocals: true,
        noEmit: true,
        // The runtimes fixture's imports name .ts files (importExtension: ts).
        allowImportingTsExtensions: true,
        skipLibCheck: true,
        types: [],
      });
      const errors = ts.getPreEmitDiagnostics(program).map((d) => `${d.file ? relative(work, d.file.fileName) : ''}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
      console.log(`README examples: ${examples.length} compiled from ${clients.length} clients, ${errors.length} errors`);
      expect(errors).toEqual([]);
      expect(examples.length).toBeGreaterThan(60);
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  });
});
