/**
 * A mock HTTP server for one API, on `node:http`: every operation answers from the spec (see answer-request.ts),
 * one log line per request. `startMockServer` is what tests use; `openapi-client mock` runs it from a terminal.
 * Requests and specs are untrusted: each request is served inside one error boundary (a failure answers 500 and
 * the server keeps serving), headers are encoded before they are sent (wire-headers.ts), only loopback hosts and
 * origins are served unless `cors` says otherwise (check-origin.ts), and log lines escape control characters.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { apiNameForInput, checkWrittenApiName } from '../config/api-name.js';
import { readGeneratorConfig, CONFIG_FILE_NAMES } from '../config/read-generator-config.js';
import { loadTarget } from '../generate.js';
import { SpecError } from '../load/spec-error.js';
import { buildApiModel } from '../model/build-api-model.js';
import type { ApiModel } from '../model/types.js';
import { clip, printable } from '../report/terminal-text.js';
import { createMockResponder, type MockAnswer } from './answer-request.js';
import { problem } from './build-answer.js';
import { checkOrigin, normalOrigin } from './check-origin.js';
import { wireHeaders } from './wire-headers.js';
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
  /** Receives one line per request, control characters escaped; nothing is logged without it. */
  readonly log?: (line: string) => void;
  /**
   * Web origins served besides loopback ones (`https://app.example.com`), or `['*']` for any (as `--cors`). Pages on
   * localhost, 127.x and [::1] are always served; requests without an `Origin` (curl, tests, servers) too.
   */
  readonly cors?: readonly string[];
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
  const host = options.host ?? '127.0.0.1';
  const cors = (options.cors ?? []).map((origin) => (origin === '*' ? origin : normalOrigin(origin)));
  const log = (line: string) => {
    try {
      options.log?.(printable(line));
    } catch {
      // A failing log sink must not fail the request it reports.
    }
  };

  /** Everything one request does, from its headers to the end of the answer. */
  const serve = async (request: IncomingMessage, response: ServerResponse) => {
    const headers: Record<string, string | undefined> = {};
    for (const [name, value] of Object.entries(request.headers)) headers[name] = Array.isArray(value) ? value.join(', ') : value;
    const method = request.method ?? 'GET';
    const verdict = checkOrigin({ method, headers }, { cors, ownHosts: [host, request.socket.localAddress ?? ''] });
    let result: MockAnswer;
    if (verdict.kind !== 'serve') {
      result = verdict.answer;
    } else {
      const body = await readBody(request);
      if (body === undefined) {
        result = problem(413, 'too-large', `request bodies are limited to ${MAX_REQUEST_BYTES} bytes`);
      } else {
        result = await answer({ method, url: request.url ?? '/', headers, body });
      }
      result = { ...result, headers: { ...result.headers, ...verdict.headers } };
    }
    send(request, response, result);
  };

  /** Writes `result` (its headers made safe) and logs the request. */
  const send = (request: IncomingMessage, response: ServerResponse, result: MockAnswer) => {
    // A 1xx cannot end a response (the client would wait for another), and Node refuses codes outside 100-999.
    if (!Number.isInteger(result.status) || result.status < 200 || result.status > 999) throw new Error(`the status ${result.status} cannot end a response`);
    const wire = wireHeaders(result.headers);
    if (wire.headers['access-control-allow-origin'] !== undefined) {
      const exposed = Object.keys(wire.headers).filter((name) => !/^(access-control-|vary$|content-type$)/.test(name));
      if (exposed.length > 0) wire.headers['access-control-expose-headers'] = exposed.join(', ');
    }
    const warnings = [...(result.warnings ?? []), ...wire.skipped.map((name) => `the header name ${JSON.stringify(name)} is not a valid HTTP header name, so the header is left out`)];
    log(`${request.method} ${clip(request.url ?? '/', 300)} → ${clip(result.note, 500)}${result.operation ? ` [${result.operation}]` : ''}${warnings.map((warning) => `; ${clip(warning, 300)}`).join('')}`);
    if (response.destroyed) return;
    response.writeHead(result.status, wire.headers);
    response.end(result.body);
  };

  /** The error boundary: whatever went wrong is a 500 for this request, and the server goes on. */
  const fail = (request: IncomingMessage, response: ServerResponse, error: unknown) => {
    try {
      const message = error instanceof Error ? error.message : String(error);
      log(`${request.method} ${clip(request.url ?? '/', 300)} → 500: the mock failed: ${clip(message, 500)}`);
      if (response.headersSent || response.destroyed) {
        response.destroy();
        return;
      }
      response.writeHead(500, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ error: 'mock-failure', message }));
    } catch {
      response.destroy();
    }
  };

  const server = createServer((request, response) => {
    serve(request, response).catch((error: unknown) => fail(request, response, error));
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
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

/** The request body, or undefined past MAX_REQUEST_BYTES (the rest is not read); what arrived when the client goes away early. */
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
    request.on('close', () => resolve(Buffer.concat(chunks)));
  });
}
