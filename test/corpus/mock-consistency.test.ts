/**
 * The mock against the corpus: every example of every real spec is checked against its schema (mismatches are
 * spec findings: file, pointer, rule, never a crash), and every operation is called through its generated client,
 * with response validation on, against the mock server's default answer: it must be `ok` (or the documented error
 * when the operation documents no success).
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { realSpecFiles } from '../support/corpus-specs.js';
import { afterAll, describe, expect, it } from 'vitest';
import { emitApiClient } from '../../generator/emit/emit-api-client.js';
import { readRuntimeTemplates } from '../../generator/generate.js';
import { followReferences, toPointer } from '../../generator/load/json-pointer.js';
import { loadSpecFile } from '../../generator/load/load-api.js';
import { checkValue } from '../../generator/mock/check-value.js';
import { startMockServer } from '../../generator/mock/mock-server.js';
import { synthesizeValue } from '../../generator/mock/synthesize-value.js';
import { buildApiModel } from '../../generator/model/build-api-model.js';
import type { ApiModel, JsonSchema, OperationModel } from '../../generator/model/types.js';

const specFiles = realSpecFiles("checking the mock against the corpus's real specs (GitHub's spec still runs)");
const out = resolve('node_modules/.cache/mock-consistency');
afterAll(() => rm(out, { recursive: true, force: true }));

/** Every example the spec attaches to a schema: media types' `example`/`examples`, parameters', and schemas' own. */
function examplesOf(model: ApiModel): Array<{ pointer: string; schema: JsonSchema | undefined; value: unknown }> {
  const document = model.document as Record<string, unknown>;
  const found: Array<{ pointer: string; schema: JsonSchema | undefined; value: unknown }> = [];
  const deref = (value: unknown): Record<string, unknown> | undefined => {
    const current = followReferences(value, document);
    return current !== null && typeof current === 'object' ? (current as Record<string, unknown>) : undefined;
  };
  const fromHolder = (holder: Record<string, unknown> | undefined, schema: JsonSchema | undefined, segments: string[]) => {
    if (!holder) return;
    if ('example' in holder) found.push({ pointer: toPointer([...segments, 'example']), schema, value: holder.example });
    const examples = deref(holder.examples);
    if (examples && !Array.isArray(examples)) {
      for (const [name, example] of Object.entries(examples)) {
        const resolved = deref(example);
        if (resolved && 'value' in resolved) found.push({ pointer: toPointer([...segments, 'examples', name]), schema, value: resolved.value });
      }
    }
  };
  for (const [path, rawItem] of Object.entries((document.paths ?? {}) as Record<string, unknown>)) {
    const item = deref(rawItem) ?? {};
    for (const [method, rawOperation] of Object.entries(item)) {
      const operation = deref(rawOperation);
      if (!operation || !/^(get|put|post|delete|options|head|patch|trace)$/.test(method)) continue;
      for (const [index, rawParameter] of ((operation.parameters ?? []) as unknown[]).entries()) {
        const parameter = deref(rawParameter);
        fromHolder(parameter, parameter?.schema as JsonSchema | undefined, ['paths', path, method, 'parameters', String(index)]);
      }
      const body = deref(operation.requestBody);
      for (const [type, media] of Object.entries((body?.content ?? {}) as Record<string, Record<string, unknown>>)) fromHolder(media, media.schema as JsonSchema, ['paths', path, method, 'requestBody', 'content', type]);
      for (const [status, rawResponse] of Object.entries((operation.responses ?? {}) as Record<string, unknown>)) {
        const response = deref(rawResponse);
        for (const [type, media] of Object.entries((response?.content ?? {}) as Record<string, Record<string, unknown>>)) fromHolder(media, media.schema as JsonSchema, ['paths', path, method, 'responses', status, 'content', type]);
      }
    }
  }
  for (const [name, schema] of Object.entries(((document.components as Record<string, unknown> | undefined)?.schemas ?? {}) as Record<string, Record<string, unknown>>)) {
    if (schema && typeof schema === 'object' && 'example' in schema) found.push({ pointer: toPointer(['components', 'schemas', name, 'example']), schema: schema as JsonSchema, value: schema.example });
  }
  return found;
}

/** Arguments for an operation: a synthesised value for every parameter and the body (each valid by construction). */
function argumentsFor(operation: OperationModel, model: ApiModel): Record<string, unknown> {
  const args: Record<string, unknown> = {};
  for (const param of operation.parameters) {
    if (param.constant !== undefined || (!param.required && param.in !== 'path')) continue;
    let value = synthesizeValue(param.schema, model.document, `${operation.name}:${param.name}`);
    if (param.in === 'header' && typeof value === 'string') value = value.replace(/[^\x20-\x7e]/g, 'x');
    Object.defineProperty(args, param.key, { value, enumerable: true });
  }
  const media = operation.requestBody?.contents[0];
  if (media && operation.requestBody?.required) {
    args.body = media.format === 'binary' ? 'bytes' : synthesizeValue(media.schema, model.document, `${operation.name}:body`);
  }
  return args;
}

describe('the mock against the corpus', () => {
  it('checks every example against its schema, and lists mismatches as spec findings', async () => {
    const lines: string[] = [];
    let total = 0;
    for (const file of specFiles) {
      const model = buildApiModel(await loadSpecFile(file));
      const examples = examplesOf(model);
      const findings = examples.flatMap(({ pointer, schema, value }) => {
        const problem = schema === undefined ? undefined : checkValue(schema, value, model.document);
        return problem ? [`${pointer}: ${problem.rule}: ${problem.message}`] : [];
      });
      total += examples.length;
      lines.push(`  ${file.split('/').slice(-2).join('/')}: ${examples.length} examples, ${findings.length} do not match their schema${findings.length > 0 ? ` (first: ${findings[0]!.slice(0, 160)})` : ''}`);
    }
    console.log(`examples: ${total} checked\n${lines.join('\n')}`);
    expect(total).toBeGreaterThan(0);
  }, 120_000);

  it('answers every operation of every real spec with data its generated client validates', async () => {
    const runtime = await readRuntimeTemplates();
    const report: string[] = [];
    const failures: string[] = [];
    let calls = 0;
    for (const [index, file] of specFiles.entries()) {
      const model = buildApiModel(await loadSpecFile(file));
      if (model.operations.length === 0) continue;
      // One folder per spec: two specs may share a file name (and so an API name), and modules are cached by path.
      const folder = join(out, `${index}-${model.name.replace(/[^A-Za-z0-9._-]/g, '-')}`);
      for (const generated of emitApiClient({ ...model, validators: true }, runtime)) {
        await mkdir(dirname(join(folder, generated.path)), { recursive: true });
        await writeFile(join(folder, generated.path), generated.content);
      }
      const client = (await import(join(folder, 'index.ts'))) as Record<string, unknown>;
      const { responseValidation } = (await import(join(folder, 'validators.ts'))) as { responseValidation: unknown };
      const server = await startMockServer({ model, port: 0 });
      let ok = 0;
      let documentedErrors = 0;
      try {
        const instance = (client.createClient as (options: object) => unknown)({ baseUrl: server.url, token: 'mock-token', validate: responseValidation, maxRetries: 0, timeoutMs: 10_000 });
        for (const operation of model.operations) {
          if (typeof client[operation.name] !== "function") throw new Error(`${model.name}: ${operation.name} missing; exports: ${Object.keys(client).slice(0, 8).join(", ")}`);
          const call = client[operation.name] as (client: unknown, params: unknown, options?: object) => Promise<{ ok: boolean; error?: { kind: string; message: string; response?: Response } }>;
          const result = await call(instance, argumentsFor(operation, model), { download: 'stream' });
          calls++;
          if (result.ok) ok++;
          else if (operation.successResponses.length === 0 && (result.error?.kind === 'http' || result.error?.kind === 'default')) documentedErrors++;
          else {
            const invalid = result.error?.response?.headers.get('x-mock-invalid');
            failures.push(`${model.name} ${operation.name}: ${result.error?.kind}: ${result.error?.message.slice(0, 200)}${invalid ? ` (the mock: ${invalid})` : ''}`);
          }
        }
      } finally {
        await server.close();
      }
      report.push(`  ${file.split('/').slice(-2).join('/')}: ${model.operations.length} operations, ${ok} ok, ${documentedErrors} documented errors`);
    }
    console.log(`mock answers through the generated clients: ${calls} calls\n${report.join('\n')}${failures.length > 0 ? `\nfailures:\n  ${failures.join('\n  ')}` : ''}`);
    expect(failures).toEqual([]);
  }, 300_000);
});
