/**
 * The Prism oracle for one spec: its generated client sends every (or a sample of every) operation, with arguments
 * from json-schema-faker, to Stoplight Prism's mock, which validates each request against the spec; each violation
 * Prism reports is either one of its own known limits (prism-known-limits.ts) or the client's fault.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { emitApiClient } from '../../generator/emit/emit-api-client.js';
import { readRuntimeTemplates } from '../../generator/generate.js';
import { loadSpecFile } from '../../generator/load/load-api.js';
import { buildApiModel } from '../../generator/model/build-api-model.js';
import type { ApiModel, MediaTypeModel, OperationModel } from '../../generator/model/types.js';
import { clip, printable } from '../../generator/report/terminal-text.js';
import { fakeArguments, seedOf, toFakerSchema } from './faker-arguments.js';
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
  /** Violations that are the client's: each `operation media: location: message`. */
  readonly clientFaults: readonly string[];
  /** Why Prism could not serve the spec, when it could not (not a failure: a limit of Prism). */
  readonly refused?: string;
}

/** How many operations, at most, and the seed of the sample and of the faker. */
export interface OracleOptions {
  readonly maxOperations?: number;
  readonly seed: number;
  /** Where the generated client and Prism's copy of the spec are written. */
  readonly workDir: string;
}

/** What a parameter or body looks like on the wire: the features a sample should cover. */
function featuresOf(operation: OperationModel): string[] {
  const features = operation.parameters.map((p) => {
    const type = typeof p.schema === 'object' && p.schema !== null ? String((p.schema as Record<string, unknown>).type ?? ((p.schema as Record<string, unknown>).$ref ? 'ref' : 'any')) : 'any';
    return `${p.in}:${p.style}:${p.explode}:${p.json ? 'json' : type}`;
  });
  for (const media of operation.requestBody?.contents ?? []) features.push(`body:${media.format}`, `body:${media.mediaType}`);
  return features;
}

/**
 * At most `max` operations, chosen deterministically: in a seeded order, first each operation that brings a
 * parameter style or body kind not yet chosen, then the rest of that order.
 */
export function sampleOperations(operations: readonly OperationModel[], max: number, seed: number): OperationModel[] {
  if (operations.length <= max) return [...operations];
  const ordered = [...operations].sort((a, b) => seedOf(`${seed}:${a.method} ${a.path}`) - seedOf(`${seed}:${b.method} ${b.path}`));
  const seen = new Set<string>();
  const chosen = new Set<OperationModel>();
  for (const operation of ordered) {
    if (chosen.size >= max) break;
    const fresh = featuresOf(operation).filter((feature) => !seen.has(feature));
    if (fresh.length === 0) continue;
    for (const feature of fresh) seen.add(feature);
    chosen.add(operation);
  }
  for (const operation of ordered) if (chosen.size < max) chosen.add(operation);
  return operations.filter((operation) => chosen.has(operation));
}

/** The spec as Prism reads it: the bundled document (no remote `$ref`), with only the operations run. */
function documentFor(model: ApiModel, operations: readonly OperationModel[]): Record<string, unknown> {
  const document = model.document as Record<string, unknown>;
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

/** Reads Prism's verdict from its answer: `sl-violations` (a documented error answered), or its own problem+json. */
async function violationsOf(response: Response): Promise<PrismViolation[]> {
  const violations: PrismViolation[] = [];
  const header = response.headers.get('sl-violations');
  if (header) {
    // Past 8 KB Prism cuts the header (`Too many violations! …`); what remains is no longer JSON.
    try {
      for (const v of JSON.parse(header) as Array<{ location: string[]; code: string | number; message: string; severity: string }>) {
        if (v.location[0] === 'request' && v.severity === 'Error') violations.push({ location: v.location.slice(1), code: String(v.code), message: v.message });
      }
    } catch {
      violations.push({ location: [], code: 'too-many', message: clip(printable(header), 300) });
    }
  }
  if (/problem\+json/.test(response.headers.get('content-type') ?? '')) {
    const problem = (await response.clone().json().catch(() => ({}))) as { type?: string; title?: string; validation?: Array<{ location: string[]; code: string | number; message: string; severity: string }> };
    const type = problem.type?.replace(/^.*#/, '') ?? 'unknown';
    if (type === 'UNPROCESSABLE_ENTITY') {
      for (const v of problem.validation ?? []) if (v.severity === 'Error') violations.push({ location: v.location, code: String(v.code), message: v.message });
    } else if (type !== 'NOT_FOUND' && type !== 'NO_RESPONSE_DEFINED' && type !== 'VIOLATIONS') {
      // Router errors (no path or method matched), 401, 406, 415: Prism refused the request itself.
      violations.push({ location: [], code: type, message: String(problem.title ?? '') });
    }
  }
  return violations;
}

/** Runs the oracle on one spec file; `label` names it in the outcome. */
export async function runPrismOracle(specFile: string, label: string, options: OracleOptions): Promise<SpecOutcome> {
  const model = buildApiModel(await loadSpecFile(specFile));
  const operations = options.maxOperations === undefined ? [...model.operations] : sampleOperations(model.operations, options.maxOperations, options.seed);
  const empty = { spec: label, operations: operations.length, calls: 0, valid: 0, allowed: {}, clientFaults: [] };
  if (operations.length === 0) return { ...empty, refused: 'no operations' };
  const folder = resolve(options.workDir, label.replace(/[^A-Za-z0-9._-]+/g, '-'));
  await rm(folder, { recursive: true, force: true });
  for (const generated of emitApiClient(model, await readRuntimeTemplates())) {
    await mkdir(dirname(join(folder, generated.path)), { recursive: true });
    await writeFile(join(folder, generated.path), generated.content);
  }
  const prismSpec = join(folder, 'prism-spec.json');
  await writeFile(prismSpec, JSON.stringify(documentFor(model, operations)));
  let prism;
  try {
    prism = await startPrism(prismSpec);
  } catch (error) {
    if (error instanceof PrismRefused) return { ...empty, refused: error.message };
    throw error;
  }
  try {
    const client = (await import(join(folder, 'index.ts'))) as Record<string, unknown>;
    let last: Response | undefined;
    let sent = false;
    const recordingFetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
      sent = true;
      last = await fetch(input, init);
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
    const document = model.document as Record<string, unknown>;
    const fakerComponents = toFakerSchema(document.components ?? {}, document);
    const allowed: Record<string, number> = {};
    const clientFaults: string[] = [];
    let calls = 0;
    let valid = 0;
    for (const operation of operations) {
      const call = client[operation.name] as (client: unknown, params: unknown, options?: object) => Promise<{ ok: boolean; error?: { kind: string; message: string } }>;
      const medias: Array<MediaTypeModel | undefined> = operation.requestBody?.contents.length ? [...operation.requestBody.contents] : [undefined];
      for (const media of medias) {
        const args = fakeArguments(operation, media, fakerComponents, document, options.seed);
        const where = `${operation.name}${media ? ` (${media.mediaType})` : ''}`;
        sent = false;
        last = undefined;
        const result = await call(instance, args, { download: 'stream' });
        calls++;
        if (!sent || !last) {
          clientFaults.push(`${where}: not sent: ${result.error?.kind}: ${clip(printable(result.error?.message ?? ''), 300)}`);
          continue;
        }
        const violations = await violationsOf(last);
        await last.body?.cancel().catch(() => {});
        if (violations.length === 0) valid++;
        const context: PrismCall = { operation, media, args };
        for (const violation of violations) {
          const limit = knownLimitOf(violation, context, document);
          if (limit) allowed[limit] = (allowed[limit] ?? 0) + 1;
          else clientFaults.push(`${where}: ${violation.code} at ${violation.location.join('.') || '(request)'}: ${clip(printable(violation.message), 300)}`);
        }
      }
    }
    return { spec: label, operations: operations.length, calls, valid, allowed, clientFaults };
  } finally {
    await prism.stop();
  }
}
