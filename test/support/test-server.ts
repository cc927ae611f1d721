/** A real `node:http` server on 127.0.0.1 (port 0) that records every request and answers as each test says. */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** One request as the server saw it: raw path (not normalised), headers in lower case, body text. */
export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly body: string;
  /** The body as received, byte for byte. */
  readonly bytes: Buffer;
}

export type Handler = (request: IncomingMessage, response: ServerResponse) => void;

export interface TestServer {
  /** `http://127.0.0.1:<port>` */
  readonly url: string;
  readonly requests: RecordedRequest[];
  /** Sets how the next requests are answered. */
  handle(handler: Handler): void;
  close(): Promise<void>;
}

/** Answers with a status and a JSON (or raw string) body. */
export function reply(status: number, body: unknown, contentType = 'application/json'): Handler {
  return (_request, response) => {
    response.writeHead(status, { 'content-type': contentType });
    response.end(typeof body === 'string' ? body : JSON.stringify(body));
  };
}

/** Destroys the socket before any response. */
export const dropConnection: Handler = (request) => {
  request.socket.destroy();
};

/** Sends headers and half a body, then destroys the socket. */
export const dropDuringBody: Handler = (request, response) => {
  response.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' });
  response.write('{"connectionId": "abc", ');
  setTimeout(() => request.socket.destroy(), 20);
};

export async function startTestServer(): Promise<TestServer> {
  const requests: RecordedRequest[] = [];
  const sockets = new Set<Socket>();
  let handler: Handler = reply(500, { error: 'no handler set' });
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      requests.push({
        method: request.method ?? '',
        path: request.url ?? '',
        headers: { ...request.headers },
        body: Buffer.concat(chunks).toString('utf8'),
        bytes: Buffer.concat(chunks),
      });
      handler(request, response);
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    handle(next) {
      handler = next;
    },
    close() {
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

/** Starts one server for the calling test file, stops it afterwards, and forgets recorded requests before each test. */
export function useTestServer(hooks: {
  beforeAll: (fn: () => Promise<void>) => void;
  afterAll: (fn: () => Promise<void>) => void;
  beforeEach: (fn: () => void) => void;
}): { readonly current: TestServer } {
  const holder: { current: TestServer } = { current: undefined as unknown as TestServer };
  hooks.beforeAll(async () => {
    holder.current = await startTestServer();
  });
  hooks.afterAll(() => holder.current.close());
  hooks.beforeEach(() => {
    holder.current.requests.length = 0;
  });
  return holder;
}
