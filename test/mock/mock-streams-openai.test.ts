/**
 * OpenAI's real spec against both mocks (issue 22): `createChatCompletion` documents JSON and a `text/event-stream`
 * for its 200 and takes `stream: true` in its body. Its generated client, called with `stream: true`, reads the
 * events (each one a valid `CreateChatCompletionStreamResponse`), and with `stream: false` a validated JSON body,
 * from `openapi-client mock` and from `createMockFetch` alike.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emitApiClient } from '../../generator/emit/emit-api-client.js';
import { readRuntimeTemplates } from '../../generator/generate.js';
import { loadSpecFile } from '../../generator/load/load-api.js';
import { checkValue } from '../../generator/mock/check-value.js';
import { startMockServer, type MockServer } from '../../generator/mock/mock-server.js';
import { buildApiModel } from '../../generator/model/build-api-model.js';
import type { ApiModel, JsonSchema } from '../../generator/model/types.js';
import { corpusDir, corpusPresent } from '../support/corpus-present.js';

const SPEC = join(corpusDir, 'real/openai/openai.yaml');
const present = corpusPresent("the OpenAI streaming test against the mock", SPEC);
const out = resolve('node_modules/.cache/mock-streams-openai');

type Call = (client: unknown, params: unknown) => Promise<{ ok: boolean; status?: number; data?: unknown; response?: Response; error?: { message: string } }>;
interface Generated {
  createClient: (options: object) => unknown;
  createChatCompletion: Call;
}

let model: ApiModel;
let generated: Generated;
let responseValidation: unknown;
let createMockFetch: () => typeof fetch;
let server: MockServer;

beforeAll(async () => {
  if (!present) return;
  model = buildApiModel(await loadSpecFile(SPEC));
  for (const file of emitApiClient({ ...model, validators: true, mocks: true }, await readRuntimeTemplates())) {
    await mkdir(dirname(join(out, file.path)), { recursive: true });
    await writeFile(join(out, file.path), file.content);
  }
  generated = (await import(join(out, 'index.ts'))) as Generated;
  ({ responseValidation } = (await import(join(out, 'validators.ts'))) as { responseValidation: unknown });
  ({ createMockFetch } = (await import(join(out, 'mock.ts'))) as { createMockFetch: () => typeof fetch });
  server = await startMockServer({ model, port: 0 });
}, 120_000);
afterAll(async () => {
  await server?.close();
  await rm(out, { recursive: true, force: true });
});

const request = (stream: boolean) => ({ body: { model: 'gpt-4o', messages: [{ role: 'user', content: 'Say hi' }], stream } });

describe.skipIf(!present)("OpenAI's createChatCompletion against the mock", () => {
  it.each(['the mock server', 'createMockFetch'])('streams valid chunks for stream: true and answers valid JSON for stream: false (%s)', async (which) => {
    const options = which === 'the mock server' ? { baseUrl: server.url } : { fetch: createMockFetch() };
    const client = generated.createClient({ ...options, token: 'sk-test', validate: responseValidation, maxRetries: 0 });
    const chunk = (model.document.components as { schemas: Record<string, JsonSchema> }).schemas.CreateChatCompletionStreamResponse;

    const streamed = await generated.createChatCompletion(client, request(true));
    if (!streamed.ok) throw new Error(streamed.error?.message);
    expect(streamed.response?.headers.get('content-type')).toBe('text/event-stream');
    const events: Array<{ event: string; data: unknown }> = [];
    for await (const event of streamed.data as AsyncIterable<{ event: string; data: unknown }>) events.push(event);
    expect(events).toHaveLength(3);
    for (const event of events) expect(checkValue(chunk, event.data, model.document)).toBeUndefined();

    const answered = await generated.createChatCompletion(client, request(false));
    if (!answered.ok) throw new Error(answered.error?.message);
    expect(answered.response?.headers.get('content-type')).toBe('application/json');
    expect(answered.data).toMatchObject({ object: 'chat.completion', choices: expect.any(Array) });
  });
});
