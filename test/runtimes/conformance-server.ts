/**
 * The runtime matrix's server: the runtimes fixture's API, answered the same on two `node:http` servers on 127.0.0.1
 * (two ports, so two origins: `api` and `other`, where cross-origin redirects lead), with CORS for browser pages, and
 * the browser page and its script on `api`. Every answer is a pure function of the request, or of state keyed by the
 * caller's own values (an echo label, an order's petId), so the runtimes can call it at the same time.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { gzipSync } from 'node:zlib';
import { parseMultipart } from '../support/parse-multipart.js';

/** One request one of the servers received, for checks after the run. */
export interface SeenRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
}

export interface ConformanceServer {
  /** `http://127.0.0.1:<port>`: the API, and the page at `/page.html`. */
  readonly apiUrl: string;
  readonly apiPort: number;
  /** `http://127.0.0.1:<other port>`: another origin with the same API, where `/echo/redirect-away` leads. */
  readonly otherUrl: string;
  /** What reached `other`. */
  readonly otherRequests: readonly SeenRequest[];
  close(): Promise<void>;
}

/** The five pets `listPets` pages through. */
const PETS = ['p1', 'p2', 'p3', 'p4', 'p5'].map((id) => ({ id, name: `pet ${id}` }));

/** Starts both servers; `pageScript` is the bundled browser program served as `/page.js`. */
export async function startConformanceServer(pageScript: string): Promise<ConformanceServer> {
  const otherRequests: SeenRequest[] = [];
  const failedOnce = new Set<string>();
  const orderKeys = new Map<string, string[]>();
  let otherUrl = '';

  const answer = (request: IncomingMessage, body: Buffer, response: ServerResponse): void => {
    const url = new URL(request.url ?? '/', 'http://server');
    const segments = url.pathname.split('/').slice(1).map(decodeURIComponent);
    const json = (status: number, value: unknown, headers: Record<string, string> = {}) => {
      response.writeHead(status, { 'content-type': 'application/json', ...headers });
      response.end(JSON.stringify(value));
    };
    const echo = (extra: object = {}) => ({ method: request.method, path: url.pathname, credential: request.headers['x-api-key'] !== undefined, ...extra });
    const route = `${request.method} /${segments[0] ?? ''}`;

    if (request.method === 'OPTIONS') {
      response.writeHead(204, {
        'access-control-allow-methods': 'GET, POST, PUT, PATCH, DELETE',
        'access-control-allow-headers': request.headers['access-control-request-headers'] ?? '',
        'access-control-max-age': '600',
      });
      return void response.end();
    }
    if (route === 'GET /page.html') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return void response.end('<!doctype html><meta charset="utf-8"><title>runtime matrix</title><script type="module" src="/page.js"></script>\n');
    }
    if (route === 'GET /page.js') {
      response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' });
      return void response.end(pageScript);
    }
    if (route === 'GET /pets' && segments.length === 1) {
      const start = Number(url.searchParams.get('cursor') ?? 0);
      const end = start + Number(url.searchParams.get('limit') ?? 2);
      return json(200, { pets: PETS.slice(start, end), nextCursor: end < PETS.length ? String(end) : null });
    }
    if (route === 'POST /pets') return json(201, JSON.parse(body.toString('utf8')));
    if (route === 'GET /pets') {
      const id = segments[1] ?? '';
      if (id === 'missing') return json(404, { message: `no pet ${id}` });
      if (id === 'teapot') return json(418, { message: 'a teapot' });
      return json(200, { id, name: `pet ${id}`, tag: url.searchParams.getAll('fields').join('+') });
    }
    if (route === 'GET /echo') {
      const label = segments[1] ?? '';
      if (label === 'redirect-same') {
        response.writeHead(302, { location: '/echo/plain' });
        return void response.end();
      }
      if (label === 'redirect-away') {
        response.writeHead(302, { location: `${otherUrl}/echo/plain` });
        return void response.end();
      }
      if (label.startsWith('flaky-') && !failedOnce.has(label)) {
        failedOnce.add(label);
        return json(503, { message: 'try again' });
      }
      if (label === 'slow') {
        // Holds the answer until the caller gives up (its timeout or signal closes the socket).
        const timer = setTimeout(() => json(200, echo()), 10_000);
        return void response.on('close', () => clearTimeout(timer));
      }
      if (label === 'gzip') {
        response.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
        return void response.end(gzipSync(JSON.stringify(echo())));
      }
      return json(200, echo());
    }
    if (route === 'POST /orders') {
      // The first attempt of each order fails, so the client must retry it, with the same key.
      const { petId } = JSON.parse(body.toString('utf8')) as { petId: string };
      const keys = orderKeys.get(petId) ?? [];
      orderKeys.set(petId, keys);
      keys.push(String(request.headers['idempotency-key']));
      return keys.length === 1 ? json(503, { message: 'try again' }) : json(201, echo({ idempotencyKeys: keys }));
    }
    if (route === 'POST /uploads') {
      const parts = parseMultipart(body, String(request.headers['content-type']));
      const caption = parts.find((part) => part.name === 'caption');
      const photo = parts.find((part) => part.name === 'photo');
      return json(201, { caption: caption?.body.toString('utf8'), filename: photo?.filename, bytes: photo?.body.length });
    }
    if (route === 'GET /ticks') {
      response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store' });
      return void response.end('data: {"n":1}\n\nevent: message\ndata: {"n":2}\n\n: a comment\ndata: {"n":3}\n\n');
    }
    if (route === 'GET /ticks.jsonl') {
      response.writeHead(200, { 'content-type': 'application/jsonl' });
      return void response.end('{"n":1}\n{"n":2}\n{"n":3}\n');
    }
    json(404, { message: `no route ${route}` });
  };

  const start = async (record?: SeenRequest[]) => {
    const sockets = new Set<Socket>();
    const server = createServer((request, response) => {
      record?.push({ method: request.method ?? '', path: request.url ?? '', headers: { ...request.headers } });
      // Any page may call: a redirect from the page's origin arrives with `Origin: null`.
      response.setHeader('access-control-allow-origin', '*');
      response.setHeader('access-control-expose-headers', '*');
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        try {
          answer(request, Buffer.concat(chunks), response);
        } catch (error) {
          if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain' });
          response.end(`the test server failed: ${String(error)}`);
        }
      });
    });
    server.on('connection', (socket) => {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return { server, sockets, port: (server.address() as AddressInfo).port };
  };
  const stop = ({ server, sockets }: { server: Server; sockets: Set<Socket> }) => {
    for (const socket of sockets) socket.destroy();
    return new Promise<void>((resolve) => server.close(() => resolve()));
  };

  const api = await start();
  const other = await start(otherRequests);
  otherUrl = `http://127.0.0.1:${other.port}`;
  return {
    apiUrl: `http://127.0.0.1:${api.port}`,
    apiPort: api.port,
    otherUrl,
    otherRequests,
    close: async () => {
      await Promise.all([stop(api), stop(other)]);
    },
  };
}
