/**
 * The Prism oracle for one spec: its generated client sends every (or a sample of every) operation, with arguments
 * from json-schema-faker, to Stoplight Prism's mock, which validates each request against the spec; each violation
 * Prism reports is either one of its own known limits (prism-known-limits.ts) or the client's fault.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { emitApiClient } from '../../generator/emit/emit-api-client.js';
import { readRuntimeTemplates } from '../../generator/generate.js';
import { followReferences } from '../../generator/load/json-pointer.js';
import { loadSpecFile } from '../../generator/load/load-api.js';
import { buildApiModel } from '../../generator/model/build-api-model.js';
import type { ApiModel, JsonSchema, MediaTypeModel, OperationModel } from '../../generator/model/types.js';
import { clip, printable } from '../../generator/report/terminal-text.js';
import { checkValue } from '../../generator/mock/check-value.js';
import { fakeArguments, seedOf, specSchemas, toFakerSchema } from './faker-arguments.js';
import { knownLimitOf, type PrismCall, type PrismViolation } from './prism-known-limits.js';
import { PrismRefused, startPrism } from './start-prism.js';

/** What one spec gave. */
export interface SpecOutcome {
  readonly spec: string;
  /** Operations run (all of the spec's, or the sample). */
  readonly operations: number;
  readonly calls: number;
  /** Calls Prism found nothing wrong with. */
  readonly valid: number;
  /** Violations explained by Prism's known limits, by the limit's id. */
  readonly allowed: Readonly<Record<string, number>>;
  /** Calls the client refused to send because the faker's value is one no request can carry, by reason. */
  readonly refused: Readonly<Record<string, number>>;
  /** Violations in JSON bodies the client sent exactly as json-schema-faker made them: the faker's value, not the client. */
  readonly fakerOutside: number;
  /** Calls Prism gave no answer to within the client's timeout: no verdict either way. */
  readonly unanswered: number;
  /** Violations that are the client's: each `operation media: location: message`. */
  readonly clientFaults: readonly string[];
  /** Why Prism could not serve the spec, when it could not (not a failure: a limit of Prism). */
  readonly unloadable?: string;
}

/**
 * Values the client refuses by design, before sending (an `invalid-request`): json-schema-faker may fill a path
 * parameter's `type: string` with `""`, `.` or `..`, which would change the request's path (RFC 3986 §3.3 dot
 * segments, an empty segment), or a header with a character HTTP cannot carry. Any other refusal is the client's fault.
 */
export const CLIENT_REFUSALS: Readonly<Record<string, RegExp>> = {
  'empty or dot path segment': /path parameter "[^"]*" (is empty|is "\.{1,2}", a relative path segment)$/,
  'header value HTTP cannot carry': /has a character HTTP cannot carry/,
};

/** How many operations, at most, and the seed of the sample and of the faker. */
export interface OracleOptions {
  readonly maxOperations?: number;
  readonly seed: number;
  /** Where the generated client and Prism's copy of the spec are written. */
  readonly workDir: string;
}

/** What a parameter or body looks like on the wire: the features a sample should cover. */
function featuresOf(operation: OperationModel, document: unknown): string[] {
  const features = operation.parameters.map((p) => {
    const type = typeof p.schema === 'object' && p.schema !== null ? String((p.schema as Record<string, unknown>).type ?? ((p.schema as Record<string, unknown>).$ref ? 'ref' : 'any')) : 'any';
    return `${p.in}:${p.style}:${p.explode}:${p.json ? 'json' : type}`;
  });
  const typeOf = (schema: unknown): string => {
    const resolved = followReferences(schema, document) as Record<string, unknown> | undefined;
    return resolved && typeof resolved === 'object' ? String(resolved.type ?? (resolved.properties ? 'object' : 'any')) : 'any';
  };
  for (const media of operation.requestBody?.contents ?? []) {
    features.push(`body:${media.format}`, `body:${media.mediaType}`, `body:${media.format}:${typeOf(media.schema)}`);
    // A form or multipart field's kind decides how it goes on the wire.
    const resolved = followReferences(media.schema, document) as { properties?: Record<string, unknown> } | undefined;
    if (media.format === 'form' || media.format === 'multipart') for (const property of Object.values(resolved?.properties ?? {})) features.push(`body:${media.format}:field:${typeOf(property)}`);
  }
  return features;
}

/**
 * At most `max` operations, chosen deterministically: in a seeded order, first each operation that brings a
 * parameter style or body kind not yet chosen, then the rest of that order.
 */
export function sampleOperations(operations: readonly OperationModel[], max: number, seed: number, document: unknown): OperationModel[] {
  if (operations.length <= max) return [...operations];
  const ordered = [...operations].sort((a, b) => seedOf(`${seed}:${a.method} ${a.path}`) - seedOf(`${seed}:${b.method} ${b.path}`));
  const seen = new Set<string>();
  const chosen = new Set<OperationModel>();
  for (const operation of ordered) {
    if (chosen.size >= max) break;
    const fresh = featuresOf(operation, document).filter((feature) => !seen.has(feature));
    if (fresh.length === 0) continue;
    for (const feature of fresh) seen.add(feature);
    chosen.add(operation);
  }
  for (const operation of ordered) if (chosen.size < max) chosen.add(operation);
  return operations.filter((operation) => chosen.has(operation));
}

/** The spec as Prism reads it: the bundled document (no remote `$ref`), with only the operations run. */
function documentFor(document: Record<string, unknown>, operations: readonly OperationModel[]): Record<string, unknown> {
  const keep = new Set(operations.map((o) => `${o.method} ${o.path}`));
  const paths: Record<string, unknown> = {};
  for (const [path, item] of Object.entries((document.paths ?? {}) as Record<string, Record<string, unknown>>)) {
    if (!item || typeof item !== 'object') continue;
    const kept = Object.fromEntries(Object.entries(item).filter(([key]) => !/^(get|put|post|delete|options|head|patch|trace)$/.test(key) || keep.has(`${key} ${path}`)));
    if (Object.keys(kept).some((key) => keep.has(`${key} ${path}`))) paths[path] = kept;
  }
  // Webhooks are not requests the client sends.
  const { webhooks: _webhooks, ...rest } = document;
  return { ...rest, paths };
}

/** A credential for every scheme: Basic ones need `user:password`. */
function credentialsFor(model: ApiModel): Record<string, string> {
  return Object.fromEntries(model.securitySchemes.map((scheme) => [scheme.key, scheme.type === 'basic' ? 'oracle-user:oracle-password' : 'oracle-token']));
}

/**
 * Prism's problems with making its own answer, which it reaches only after the request passed validation: no
 * response for the status asked, response violations (`--errors`), a schema it cannot write as text or at all.
 */
const RESPONSE_PROBLEMS = new Set(['NOT_FOUND', 'NO_RESPONSE_DEFINED', 'NO_RESPONSE_RESPONSE_DEFINED', 'VIOLATIONS', 'NO_COMPLEX_OBJECT_TEXT', 'SCHEMA_TOO_COMPLEX']);

/** `text` parsed, or `{}` when it is not JSON. */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return {};
  }
}

/** Reads Prism's verdict from its answer: `sl-violations` (a documented error answered), or its own problem+json. */
function violationsOf(response: Response, problemText: string | undefined): PrismViolation[] {
  const violations: PrismViolation[] = [];
  const header = response.headers.get('sl-violations');
  if (header) {
    // Past 8 KB Prism cuts the header (`Too many violations! …`), so each complete violation object is read on its own;
    // request violations come first, and a cut among them is reported rather than passed over.
    const found = header.match(/\{"location":\[[^\]]*\],"severity":"\w+","code":(?:"(?:[^"\\]|\\.)*"|-?\d+),"message":"(?:[^"\\]|\\.)*"\}/g) ?? [];
    const parsed = found.map((text) => JSON.parse(text) as { location: string[]; code: string | number; message: string; severity: string });
    for (const v of parsed) {
      if (v.location[0] === 'request' && v.severity === 'Error') violations.push({ location: v.location.slice(1), code: String(v.code), message: v.message });
    }
    if (header.startsWith('Too many violations!') && (parsed.length === 0 || parsed.at(-1)!.location[0] === 'request')) {
      violations.push({ location: [], code: 'too-many', message: 'Prism cut its list of violations among the request ones' });
    }
  }
  if (problemText !== undefined) {
    const problem = parseJson(problemText) as { type?: string; title?: string; validation?: Array<{ location?: string[]; code: string | number; message: string; severity: string }> };
    const type = problem.type?.replace(/^.*#/, '') ?? 'unknown';
    if (type === 'UNPROCESSABLE_ENTITY') {
      for (const v of problem.validation ?? []) if (v.severity === 'Error') violations.push({ location: v.location ?? [], code: String(v.code), message: v.message });
    } else if (!RESPONSE_PROBLEMS.has(type)) {
      // Router errors (no path or method matched), 401, 406, 415: Prism refused the request itself.
      violations.push({ location: [], code: type, message: String(problem.title ?? '') });
    }
  }
  return violations;
}

/**
 * Whether the faker's own value for the argument a violation is about (a body field, or a parameter) is outside that
 * argument's schema in the spec, by the mock's value checker: then the violation is the faker's, whatever the client did.
 */
function fakerMissed(violation: PrismViolation, operation: OperationModel, media: MediaTypeModel | undefined, args: Readonly<Record<string, unknown>>, document: Record<string, unknown>): boolean {
  const [where, name] = violation.location;
  if (name === undefined) return false;
  const schemas = specSchemas(operation, document);
  if (where === 'body' && media) {
    const body = followReferences(schemas.bodies.get(media.mediaType), document) as { properties?: Record<string, JsonSchema> } | undefined;
    const schema = body?.properties && Object.hasOwn(body.properties, name) ? body.properties[name] : undefined;
    const value = args.body !== null && typeof args.body === 'object' && Object.hasOwn(args.body, name) ? (args.body as Record<string, unknown>)[name] : undefined;
    return schema !== undefined && value !== undefined && checkValue(schema, value, document as never) !== undefined;
  }
  const parameter = operation.parameters.find((p) => p.in === where && p.name === name);
  const schema = parameter && (schemas.parameters.get(`${parameter.in}:${parameter.name}`) as JsonSchema | undefined);
  return parameter !== undefined && schema !== undefined && checkValue(schema, args[parameter.key], document as never) !== undefined;
}

/** The argument a body violation is about, as the faker made it, for the report: ` (given …)`. */
function sentValue(violation: PrismViolation, args: Readonly<Record<string, unknown>>): string {
  if (violation.location[0] !== 'body') return '';
  let value: unknown = args.body;
  for (const key of violation.location.slice(1)) value = value !== null && typeof value === 'object' && Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined;
  return ` (given ${clip(printable(JSON.stringify(value) ?? 'undefined'), 120)})`;
}

/** Runs the oracle on one spec file; `label` names it in the outcome. */
export async function runPrismOracle(specFile: string, label: string, options: OracleOptions): Promise<SpecOutcome> {
  const loaded = await loadSpecFile(specFile);
  const model = buildApiModel(loaded);
  // The spec as written (merged from its files), not the model's normalised copy: what Prism and the faker read.
  const document = loaded.spec.document as Record<string, unknown>;
  const operations = options.maxOperations === undefined ? [...model.operations] : sampleOperations(model.operations, options.maxOperations, options.seed, model.document);
  const empty = { spec: label, operations: operations.length, calls: 0, valid: 0, allowed: {}, refused: {}, fakerOutside: 0, unanswered: 0, clientFaults: [] };
  if (operations.length === 0) return { ...empty, unloadable: 'no operations' };
  const folder = resolve(options.workDir, label.replace(/[^A-Za-z0-9._-]+/g, '-'));
  await rm(folder, { recursive: true, force: true });
  for (const generated of emitApiClient(model, await readRuntimeTemplates())) {
    await mkdir(dirname(join(folder, generated.path)), { recursive: true });
    await writeFile(join(folder, generated.path), generated.content);
  }
  const prismSpec = join(folder, 'prism-spec.json');
  await writeFile(prismSpec, JSON.stringify(documentFor(document, operations)));
  let prism;
  try {
    prism = await startPrism(prismSpec);
  } catch (error) {
    if (error instanceof PrismRefused) return { ...empty, unloadable: error.message };
    throw error;
  }
  try {
    const client = (await import(join(folder, 'index.ts'))) as Record<string, unknown>;
    let last: Response | undefined;
    let sent = false;
    let sentBody: unknown;
    let problemText: string | undefined;
    const recordingFetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
      sent = true;
      sentBody = init?.body;
      last = await fetch(input, init);
      // Prism's own problem+json answers carry the violations; the client reads (and so consumes) the body itself.
      problemText = /problem\+json/.test(last.headers.get('content-type') ?? '') ? await last.clone().text() : undefined;
      return last;
    };
    const instance = (client.createClient as (options: object) => unknown)({
      baseUrl: prism.url,
      token: 'oracle-token',
      credentials: credentialsFor(model),
      fetch: recordingFetch,
      maxRetries: 0,
      timeoutMs: 60_000,
      followRedirects: 'none',
    });
    const fakerComponents = toFakerSchema(document.components ?? {}, document);
    const allowed: Record<string, number> = {};
    const refused: Record<string, number> = {};
    const clientFaults: string[] = [];
    let calls = 0;
    let valid = 0;
    let fakerOutside = 0;
    let unanswered = 0;
    for (const operation of operations) {
      const call = client[operation.name] as (client: unknown, params: unknown, options?: object) => Promise<{ ok: boolean; error?: { kind: string; message: string } }>;
      const medias: Array<MediaTypeModel | undefined> = operation.requestBody?.contents.length ? [...operation.requestBody.contents] : [undefined];
      for (const media of medias) {
        const args = fakeArguments(operation, media, fakerComponents, document, options.seed);
        const where = `${operation.name}${media ? ` (${media.mediaType})` : ''}`;
        sent = false;
        last = undefined;
        problemText = undefined;
        const result = await call(instance, args, { download: 'stream' });
        calls++;
        // Set by recordingFetch during the call, which the compiler cannot see.
        const answer = last as Response | undefined;
        if (sent && !answer) {
          // Prism took the request but gave no answer in time (it builds some huge example bodies for minutes): no verdict.
          unanswered++;
          continue;
        }
        if (!sent || !answer) {
          const message = result.error?.kind === 'invalid-request' ? result.error.message : '';
          const reason = Object.keys(CLIENT_REFUSALS).find((key) => CLIENT_REFUSALS[key]!.test(message));
          if (reason) refused[reason] = (refused[reason] ?? 0) + 1;
          else clientFaults.push(`${where}: not sent: ${result.error?.kind}: ${clip(printable(result.error?.message ?? ''), 300)}`);
          continue;
        }
        const violations = violationsOf(answer, problemText);
        await answer.body?.cancel().catch(() => {});
        if (violations.length === 0) valid++;
        const context: PrismCall = { operation, media, args };
        // A JSON body sent exactly as given cannot hold the client's fault: a violation in it is the faker's value.
        const faithfulJson = media?.format === 'json' && typeof sentBody === 'string' && sentBody === JSON.stringify(args.body);
        for (const violation of violations) {
          const limit = knownLimitOf(violation, context, document);
          if (limit) allowed[limit] = (allowed[limit] ?? 0) + 1;
          else if ((faithfulJson && violation.location[0] === 'body') || fakerMissed(violation, operation, media, args, document)) fakerOutside++;
          else clientFaults.push(`${where}: ${violation.code} at ${violation.location.join('.') || '(request)'}: ${clip(printable(violation.message), 300)}${sentValue(violation, args)}`);
        }
      }
    }
    return { spec: label, operations: operations.length, calls, valid, allowed, refused, fakerOutside, unanswered, clientFaults };
  } finally {
    await prism.stop();
  }
}
