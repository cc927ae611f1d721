/**
 * Who may talk to the mock server. A request whose `Host` is not a loopback name (or the server's own address) is
 * refused: a web page on a domain that re-resolves to 127.0.0.1 (DNS rebinding) sends its own name. A request a
 * web page sends carries `Origin`: pages on loopback (a dev server on another localhost port) are served, with
 * CORS headers and answered preflights; other origins only when `--cors` names them (or is `*`).
 * @see https://fetch.spec.whatwg.org/#http-cors-protocol
 */
import type { MockAnswer } from './answer-request.js';
import { problem } from './build-answer.js';

/** Who the server answers besides loopback. */
export interface OriginPolicy {
  /** Web origins allowed besides loopback ones (`https://app.example.com`), or `*` for any. */
  readonly cors: readonly string[];
  /** The names and addresses the server listens on (its `host`, and the local address each connection reached). */
  readonly ownHosts: readonly string[];
}

/** What to do with a request: refuse it, answer its preflight, or serve it with these extra headers. */
export type OriginVerdict = { readonly kind: 'refuse' | 'preflight'; readonly answer: MockAnswer } | { readonly kind: 'serve'; readonly headers: Readonly<Record<string, string>> };

/** The request headers the verdict reads (names in lower case). */
export interface OriginRequest {
  readonly method: string;
  readonly headers: Readonly<Record<string, string | undefined>>;
}

const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

/** The verdict on `request` under `policy`. */
export function checkOrigin(request: OriginRequest, policy: OriginPolicy): OriginVerdict {
  const host = request.headers.host;
  if (host !== undefined && !isOwnHost(host, policy)) {
    return {
      kind: 'refuse',
      answer: problem(403, 'forbidden-host', `the mock answers requests addressed to localhost, 127.0.0.1, [::1] or its own address only, not to Host ${JSON.stringify(host)} (a guard against DNS rebinding)`),
    };
  }
  const origin = request.headers.origin;
  if (origin === undefined) return { kind: 'serve', headers: {} };
  if (!isLoopbackOrigin(origin) && !policy.cors.includes('*') && !policy.cors.includes(normalOrigin(origin))) {
    return {
      kind: 'refuse',
      answer: problem(403, 'forbidden-origin', `the mock does not answer web pages from ${origin}: start it with --cors ${origin} (or --cors '*') to allow them`),
    };
  }
  const cors = { 'access-control-allow-origin': origin, 'access-control-allow-credentials': 'true', vary: 'Origin' };
  const asked = request.headers['access-control-request-method'];
  if (request.method === 'OPTIONS' && asked !== undefined) {
    const headers: Record<string, string> = { ...cors, 'access-control-max-age': '600' };
    if (TOKEN.test(asked)) headers['access-control-allow-methods'] = asked;
    const names = (request.headers['access-control-request-headers'] ?? '').split(',').map((name) => name.trim()).filter((name) => TOKEN.test(name));
    if (names.length > 0) headers['access-control-allow-headers'] = names.join(', ');
    return { kind: 'preflight', answer: { status: 204, headers, body: '', note: `204: preflight for ${asked} from ${origin}` } };
  }
  return { kind: 'serve', headers: cors };
}

/** Whether a `Host` header (a name or address and a port, nothing else) names loopback or one of the server's own addresses. */
function isOwnHost(host: string, policy: OriginPolicy): boolean {
  if (/[/\\@#?\s]/.test(host)) return false;
  const name = hostname(`http://${host}`);
  if (name === undefined) return false;
  return isLoopbackName(name) || policy.ownHosts.some((own) => ownHostname(own) === name);
}

/**
 * A listening address as the URL parser writes a host name: `::ffff:10.0.0.2` is `10.0.0.2`, `fe80::1` is
 * `[fe80::1]`. A server told to listen on `0.0.0.0` answers to that name too (its `url` says so).
 */
function ownHostname(address: string): string | undefined {
  if (address === '') return undefined;
  const plain = address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '');
  return hostname(`http://${plain.includes(':') && !plain.startsWith('[') ? `[${plain}]` : plain}`);
}

/** Whether a web origin (`http://localhost:5173`) is on loopback. */
function isLoopbackOrigin(origin: string): boolean {
  const name = hostname(origin);
  return name !== undefined && /^https?:$/.test(new URL(origin).protocol) && isLoopbackName(name);
}

/** `localhost`, 127.0.0.0/8 and [::1] (as the URL parser writes them: `127.1` is `127.0.0.1`). */
function isLoopbackName(name: string): boolean {
  return name === 'localhost' || /^127\.\d+\.\d+\.\d+$/.test(name) || name === '[::1]';
}

/** The URL parser's host name of `url` (lower case, IPv4 in dotted form), or undefined when it does not parse. */
function hostname(url: string): string | undefined {
  try {
    return new URL(url).hostname;
  } catch {
    return undefined;
  }
}

/** An origin as browsers send it, for comparing with `--cors` values (`HTTPS://App.example.com/` is `https://app.example.com`). */
export function normalOrigin(origin: string): string {
  try {
    const url = new URL(origin);
    return url.origin === 'null' ? origin : url.origin;
  } catch {
    return origin;
  }
}
