/**
 * A mock HTTP server for one API, on `node:http`: every operation answers from the spec (see answer-request.ts),
 * one log line per request. `startMockServer` is what tests use; `openapi-client mock` runs it from a terminal.
 */
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { apiNameForInput, checkWrittenApiName } from '../config/api-name.js';
import { readGeneratorConfig, CONFIG_FILE_NAMES } from '../config/read-generator-config.js';
import { loadTarget } from '../generate.js';
import { SpecError } from '../load/spec-error.js';
import { buildApiModel } from '../model/build-api-model.js';
import type { ApiModel } from '../model/types.js';
import { createMockResponder, type MockAnswer } from './answer-request.js';
import { existsSync } from 'node:fs';

/** The port `openapi-client mock` listens on unless `--port` says otherwise (Prism's, so tools that expect one find it). */
export const DEFAULT_MOCK_PORT = 4010;

/** The largest request body the mock reads: 10 MiB. */
const MAX_REQUEST_BYTES = 10 * 1024 * 1024;

export interface MockServerOptions {
  /** A spec file, folder or glob (as `--spec`). */
  readonly spec?: string;
  /** With `spec`: the API's name (as `--name`); by default the input's name (see apiNameForInput). */
  readonly name?: string;
  /** The name of an API in the config file (as `--api`). */
  readonly api?: string;
  /** The config file that names `api`; the one in the current folder by default. */
  readonly config?: string;
  /** An already built model (for tests and tools that have one). */
  readonly model?: ApiModel;
  /** 0 for any free port; DEFAULT_MOCK_PORT by default. */
  readonly port?: number;
  /** The host to listen on; 127.0.0.1 by default. */
  readonly host?: string;
  /** Varies synthesised values (the same seed gives the same bytes). */
  readonly seed?: string;
  /** Receives one line per request; nothing is logged without it. */
  readonly log?: (line: string) => void;
}

/** A running mock server. */
export interface MockServer {
  /** `http://127.0.0.1:<port>`: pass it to `createClient({ baseUrl })`. */
  readonly url: string;
  readonly port: number;
  /** The API's name. */
  readonly name: string;
  /** Stops listening and closes every connection. */
  close(): Promise<void>;
}

/** Loads the API `options` names, as the generator would. */
export async function loadMockModel(options: Pick<MockServerOptions, 'spec' | 'name' | 'api' | 'config'>): Promise<ApiModel> {
  if (options.spec !== undefined) {
    const name = options.name === undefined ? apiNameForInput(options.spec) : checkWrittenApiName(options.name, { label: '--name', example: '--name ' });
    return buildApiModel(await loadTarget({ name, inputs: [options.spec], baseDir: '.', settings: {} }));
  }
  const file = options.config ?? CONFIG_FILE_NAMES.find((name) => existsSync(name));
  if (file === undefined) throw new SpecError(`no ${CONFIG_FILE_NAMES[0]} to find the API in`, [{ file: CONFIG_FILE_NAMES[0]! }], 'name a spec with --spec <file>, or run where the config file is');
  const config = await readGeneratorConfig(file);
  const target = options.api === undefined && config.apis.length === 1 ? config.apis[0] : config.apis.find((candidate) => candidate.name === options.api);
  if (target === undefined) {
    throw new SpecError(
      options.api === undefined ? `${file} has ${config.apis.length} APIs; name one with --api` : `${file} has no API named "${options.api}"`,
      [{ file }],
      `its APIs: ${config.apis.map((candidate) => candidate.name).join(', ')}`,
    );
  }
  return buildApiModel(await loadTarget(target));
}

/** Starts the mock server; resolves once it listens. */
export async function startMockServer(options: MockServerOptions): Promise<MockServer> {
  const model = options.model ?? (await loadMockModel(options));
  const answer = createMockResponder(model, options.seed !== undefined ? { seed: options.seed } : {});
  const sockets = new Set<Socket>();
  const server = createServer((request, response) => {
    void readBody(request).then(async (body) => {
      let result: MockAnswer;
      if (body === undefined) {
        result = { status: 413, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ error: 'too-large', message: `request bodies are limited to ${MAX_REQUEST_BYTES} bytes` }), note: '413: body too large' };
      } else {
        const headers: Record<string, string | undefined> = {};
        for (const [name, value] of Object.entries(request.headers)) headers[name] = Array.isArray(value) ? value.join(', ') : value;
        try {
          result = await answer({ method: request.method ?? 'GET', url: request.url ?? '/', headers, body });
        } catch (error) {
          result = { status: 500, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ error: 'mock-failure', message: String(error) }), note: `500: ${String(error)}` };
        }
      }
      options.log?.(`${request.method} ${request.url} → ${result.note}${result.operation ? ` [${result.operation}]` : ''}`);
      if (!response.destroyed) {
        response.writeHead(result.status, result.headers);
        response.end(result.body);
      }
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? DEFAULT_MOCK_PORT, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    port,
    name: model.name,
    close() {
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

/** The request body, or undefined past MAX_REQUEST_BYTES (the rest is not read). */
function readBody(request: IncomingMessage): Promise<Uint8Array | undefined> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let total = 0;
    request.on('data', (chunk: Buffer) => {
      total += chunk.byteLength;
      if (total > MAX_REQUEST_BYTES) {
        resolve(undefined);
        request.removeAllListeners('data');
        request.resume();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', () => resolve(new Uint8Array()));
  });
}
