/**
 * The mock server's logic, apart from HTTP: finds the operation a request is for, checks credentials, parameters
 * and body against the spec, and answers with the documented example or a value synthesised from the schema.
 * `Prefer: code=404`, `Prefer: example=name` and `Prefer: dynamic=true` choose the answer (as Stoplight Prism does);
 * `Accept` (with its q-values) and the request body's stream switch (stream-switch.ts) choose its media type.
 * Pure apart from parsing multipart bodies; the same spec and seed always give the same bytes.
 */
import { setOwn } from '../load/own-property.js';
import type { ApiModel, OperationModel, ResponseModel } from '../model/types.js';
import { requestPath } from '../model/request-path.js';
import { answerWith, defaultResponse, findResponse, parsePrefer, problem, withMessage } from './build-answer.js';
import { hasCredentials } from './check-credentials.js';
import { checkRequestBody } from './check-request-body.js';
import { matchPathTemplate, readPathTemplate, type PathTemplate } from './match-path-template.js';
import { parseParameters, type RequestProblem } from './parse-parameters.js';
import { streamSwitch, switchValue } from './stream-switch.js';

export { defaultMockAnswer } from './build-answer.js';

/** A request as the mock sees it. */
export interface MockRequest {
  readonly method: string;
  /** The path and query, as sent (percent-encoded). */
  readonly url: string;
  /** Headers, names in lower case. */
  readonly headers: Readonly<Record<string, string | undefined>>;
  readonly body: Uint8Array;
}

/** The mock's answer, and a note for the log line saying which example or rule gave it. */
export interface MockAnswer {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string | Uint8Array;
  readonly note: string;
  /** The operation's function name, when the request matched one. */
  readonly operation?: string;
  /** What the answer could not honour or check (a synthesis cap, a pattern left unchecked), one sentence each, for the log. */
  readonly warnings?: readonly string[];
}

export interface MockOptions {
  /** Varies synthesised values; the same seed gives the same bytes. `'1'` by default. */
  readonly seed?: string;
}

type Document = Readonly<Record<string, unknown>>;

interface Route {
  readonly operation: OperationModel;
  readonly template: PathTemplate;
}

/** Answers requests for `model`'s operations. */
export function createMockResponder(model: ApiModel, options: MockOptions = {}): (request: MockRequest) => Promise<MockAnswer> {
  const seed = options.seed ?? '1';
  const document = model.document;
  const basePath = serverBasePath(model);
  const routes = model.operations
    .map((operation): Route => ({ operation, template: readPathTemplate(requestPath(operation.path)) }))
    // Static segments win over parameters: `/users/me` before `/users/{id}`.
    .sort((a, b) => b.template.statics - a.template.statics || a.template.names.length - b.template.names.length);

  return async (request) => {
    const queryAt = request.url.indexOf('?');
    const rawPath = queryAt === -1 ? request.url : request.url.slice(0, queryAt);
    const query = queryAt === -1 ? '' : request.url.slice(queryAt + 1);
    const candidates = [rawPath, basePath && rawPath.startsWith(basePath) ? rawPath.slice(basePath.length) || '/' : undefined].filter((path): path is string => path !== undefined);
    const matches = routes.flatMap((route) => candidates.flatMap((path) => {
      const values = matchPathTemplate(route.template, path);
      return values ? [{ route, values }] : [];
    }));
    if (matches.length === 0) return problem(404, 'not-found', `no operation has the path ${rawPath}`);
    const method = request.method.toLowerCase();
    const found = matches.find(({ route }) => route.operation.method === method);
    if (found === undefined) {
      const allowed = [...new Set(matches.map(({ route }) => route.operation.method.toUpperCase()))].sort();
      return { ...problem(405, 'method-not-allowed', `${request.method} is not documented for ${rawPath}; allowed: ${allowed.join(', ')}`), headers: { 'content-type': 'application/json', allow: allowed.join(', ') } };
    }
    const operation = found.route.operation;
    // What the checks left unchecked (a pattern the linear-time matcher cannot read), for the log line.
    const notes = new Set<string>();
    const respond = (answer: MockAnswer): MockAnswer => ({ ...answer, operation: operation.name, ...(notes.size > 0 ? { warnings: [...notes, ...(answer.warnings ?? [])] } : {}) });

    if (!hasCredentials(model, operation, request.headers, query)) {
      const documented = findResponse(operation, 401);
      const message = `${operation.name} requires credentials (${operation.security.map((alternative) => alternative.join(' + ')).join(' or ')})`;
      const answer = documented ? answerWith(operation, documented, 401, {}, document, seed, request) : problem(401, 'unauthorized', message);
      return respond({ ...answer, headers: { ...answer.headers, 'www-authenticate': 'Bearer' }, note: `401: ${message}` });
    }

    const path: Record<string, string> = {};
    found.route.template.names.forEach((name, index) => setOwn(path, name, found.values[index]!));
    const parsed = parseParameters(operation.parameters, { path, query, headers: request.headers }, document, notes);
    const body = 'problem' in parsed ? parsed : await checkRequestBody(operation, request, document, notes);
    if ('problem' in body) return respond(invalidRequest(operation, body.problem, document, seed, request));
    const name = streamSwitch(operation, document);
    const asksStream = name === undefined ? undefined : switchValue(body.value, name);

    const prefer = parsePrefer(request.headers.prefer);
    if (prefer.badCode !== undefined) {
      return respond(problem(400, 'prefer', `Prefer: code=${prefer.badCode.slice(0, 40)} is not a status the mock can answer with: give a number from 200 to 599`));
    }
    let response: ResponseModel | undefined;
    let status: number;
    if (prefer.code !== undefined) {
      response = findResponse(operation, prefer.code);
      if (response === undefined) return respond(problem(400, 'prefer', `${operation.name} documents no ${prefer.code} response (Prefer: code=${prefer.code})`));
      status = prefer.code;
    } else {
      [response, status] = defaultResponse(operation);
    }
    if (response === undefined) return respond({ status, headers: {}, body: '', note: 'no documented response: empty' });
    return respond(answerWith(operation, response, status, prefer, document, prefer.dynamic ? `${seed}-${Math.random()}` : seed, request, asksStream));
  };
}

/** The path of the first server URL (`/v1` of `https://api.example.com/v1`), which requests may or may not carry. */
function serverBasePath(model: ApiModel): string {
  const url = model.servers[0]?.url;
  if (url === undefined) return '';
  try {
    return new URL(url, 'http://localhost').pathname.replace(/\/+$/, '');
  } catch {
    return '';
  }
}

/** A 400 (or the documented 400/422 with its body) naming the field and the rule. */
function invalidRequest(operation: OperationModel, bad: RequestProblem, document: Document, seed: string, request: MockRequest): MockAnswer {
  const documented = findResponse(operation, 400, true) ?? findResponse(operation, 422, true);
  const headers = { 'x-mock-invalid': `${bad.field}: ${bad.rule}` };
  if (documented) {
    const status = documented.status.kind === 'status-code' ? documented.status.code : 400;
    const answer = answerWith(operation, documented, status, {}, document, seed, request);
    return { ...answer, body: withMessage(answer.body, bad.message), headers: { ...answer.headers, ...headers }, note: `${status}: ${bad.message} (${bad.rule})` };
  }
  return {
    status: 400,
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ error: 'invalid-request', field: bad.field, rule: bad.rule, message: bad.message }),
    note: `400: ${bad.message} (${bad.rule})`,
  };
}
