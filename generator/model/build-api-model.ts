/** Builds the whole intermediate model of one loaded API: the one place later stages get their input from. */
import { join } from 'node:path';
import { Diagnostics } from '../load/diagnostics.js';
import type { LoadedApi } from '../load/load-api.js';
import { API_CONFIG_FILE } from '../load/read-api-config.js';
import { HTTP_METHODS } from '../load/merge-spec-sources.js';
import { ownValue } from '../load/own-property.js';
import { SpecError } from '../load/spec-error.js';
import { clip } from '../report/terminal-text.js';
import { applyDiscriminators } from './apply-discriminators.js';
import { breakEagerCycles } from './break-eager-cycles.js';
import { groupOperations } from './group-operations.js';
import { operationSettings } from './operation-settings.js';
import { declaredPagination } from './declared-pagination.js';
import { detectPagination } from './detect-pagination.js';
import { buildOperationModel, type OperationInput } from './build-operation-model.js';
import { hoistNamedSchemas } from './hoist-named-schemas.js';
import {
  assignSchemaNames,
  defaultOperationName,
  isReadableOperationId,
  operationIdName,
  literalOperationName,
  OPERATION_TYPE_SUFFIXES,
  operationKey,
  RUNTIME_NAMES,
  toPascalCase,
} from './naming.js';
import { normalizeDocument } from './normalize-document.js';
import { createReferenceResolver } from './resolve-reference.js';
import { splitReadWrite } from './split-read-write.js';
import type { ApiModel, HttpMethod, IntegrationName, OperationModel, SchemaModel, SecuritySchemeModel, ServerModel } from './types.js';

/** Normalises the document, names every operation and schema, and returns the model; names it had to change are reported to `diagnostics`. */
export function buildApiModel(api: LoadedApi, diagnostics = new Diagnostics()): ApiModel {
  const { spec, config } = api;
  const document = normalizeDocument(spec.document);
  const hoisted = new Set(hoistNamedSchemas(document));
  splitReadWrite(document);
  applyDiscriminators(document);
  breakEagerCycles(((document.components ??= {}) as Record<string, Record<string, unknown>>).schemas ?? {});
  const resolve = createReferenceResolver(document, spec.locate);
  const info = (document.info ?? {}) as Record<string, unknown>;

  const notes: string[] = [];
  const operations = markQueries(paginateOperations(buildOperations(document, api, resolve, notes, diagnostics), document, api), api);
  const taken = new Set<string>(RUNTIME_NAMES);
  for (const operation of operations) {
    taken.add(operation.name);
    for (const suffix of OPERATION_TYPE_SUFFIXES) taken.add(`${operation.typeName}${suffix}`);
    if (operation.pagination) taken.add(`${operation.typeName}Item`);
    if (operation.successResponses.some((response) => response.contents[0]?.format === 'binary')) taken.add(`${operation.typeName}StreamResult`);
  }
  const schemaObjects = ((document.components as Record<string, unknown> | undefined)?.schemas ?? {}) as Record<string, unknown>;
  const names = assignSchemaNames(Object.keys(schemaObjects), config.schemaNames, taken, toPascalCase(api.name));
  const schemas: SchemaModel[] = [...names.entries()]
    .map(([key, name]) => ({ kind: 'schema' as const, name, key, hoisted: hoisted.has(key), schema: schemaObjects[key] as SchemaModel['schema'] }))
    .sort((a, b) => compareNames(a.name, b.name));

  return {
    kind: 'api',
    name: api.name,
    title: typeof info.title === 'string' ? info.title : api.name,
    version: typeof info.version === 'string' ? info.version : '',
    ...(typeof info.description === 'string' ? { description: info.description } : {}),
    openapiVersion: String(document.openapi),
    servers: buildServerModels(document.servers),
    securitySchemes: buildSecuritySchemeModels(document),
    operations,
    schemas,
    ...(config.tokenEnvironment !== undefined ? { tokenEnvironment: config.tokenEnvironment } : {}),
    ...(config.mocks === true ? { mocks: true } : {}),
    ...(config.validators === true ? { validators: true } : {}),
    integrations: INTEGRATION_NAMES.filter((name) => config[name] === true),
    ...(config.importExtension === 'ts' ? { importExtension: 'ts' as const } : {}),
    document,
    notes,
    resources: groupOperations(operations, placeFromConfig(operations, api)),
  };
}

/** Every integration setting, in the order their files are emitted. */
const INTEGRATION_NAMES: readonly IntegrationName[] = ['dates', 'bigints', 'zod', 'tanstackQuery'];

/** The grouped client's places that client.yaml's `resourcePaths` chooses, by operationId or `METHOD /path`; a key that names no operation is an error. */
function placeFromConfig(operations: readonly OperationModel[], api: LoadedApi): (operation: OperationModel) => readonly string[] | undefined {
  const paths = operationSettings(api.config.resourcePaths, api);
  const place = (operation: OperationModel) => paths.get(operation.operationId, operation.method, operation.path)?.value.split('.');
  for (const operation of operations) place(operation);
  paths.refuseUnused('resourcePaths', 'places');
  return place;
}

/** Adds to each operation how it pages: client.yaml's `pagination` setting where it has one, else its shape's (see detect-pagination.ts). */
function paginateOperations(operations: readonly OperationModel[], document: Record<string, unknown>, api: LoadedApi): OperationModel[] {
  const settings = operationSettings(api.config.pagination, api);
  const configFile = { file: join(api.folder, API_CONFIG_FILE) };
  const paged = operations.map((operation) => {
    const setting = settings.get(operation.operationId, operation.method, operation.path);
    const pagination =
      setting === undefined ? detectPagination(operation, document) : setting.value === 'none' ? undefined : declaredPagination(operation, setting.value, setting.key, document, configFile);
    return pagination === undefined ? operation : { ...operation, pagination };
  });
  settings.refuseUnused('pagination', 'declares pagination for');
  return paged;
}

/** Marks the operations client.yaml's `queries` lists as safe reads; a key that names no operation is an error. */
function markQueries(operations: readonly OperationModel[], api: LoadedApi): OperationModel[] {
  const listed = operationSettings(Object.fromEntries((api.config.queries ?? []).map((key) => [key, true])), api);
  const marked = operations.map((operation) => (listed.get(operation.operationId, operation.method, operation.path) ? { ...operation, query: true } : operation));
  listed.refuseUnused('queries', 'marks as queries');
  return marked;
}

/** Sorts by code point, never by locale, so output is the same on every machine. */
function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function buildOperations(
  document: Record<string, unknown>,
  api: LoadedApi,
  resolve: ReturnType<typeof createReferenceResolver>,
  notes: string[],
  diagnostics: Diagnostics,
): OperationModel[] {
  const { spec, config } = api;
  const paths = (document.paths ?? {}) as Record<string, unknown>;
  const names = operationSettings(config.operationNames, api);
  const candidates: Candidate[] = [];
  for (const path of Object.keys(paths).sort(compareNames)) {
    const pathItem = resolve(paths[path], ['paths', path]);
    for (const method of HTTP_METHODS) {
      if (pathItem[method] === undefined) continue;
      const segments = ['paths', path, method];
      // Some specs keep whole operations elsewhere and refer to them: follow the reference.
      const operation = resolve(pathItem[method], segments);
      const operationId = (operation as { operationId?: unknown }).operationId;
      const id = typeof operationId === 'string' && operationId !== '' ? operationId : undefined;
      const key = operationKey(method, path);
      const override = names.get(id, method, path)?.value;
      candidates.push({
        input: { method: method as HttpMethod, path, pathItem, operation: operation as Record<string, unknown>, segments, defaultSecurity: document.security },
        ...(id !== undefined ? { id } : {}),
        key,
        name: override ?? defaultOperationName(id, method, path),
        overridden: override !== undefined,
        // Named from the method and path (no operationId, or a route-shaped one): the generator's choice.
        derived: override === undefined && !isReadableOperationId(id, method, path),
      });
    }
  }
  // Distinct readable operationIds that meet in one camelCase name keep their spelling instead.
  const byName = new Map<string, typeof candidates>();
  for (const candidate of candidates) if (!candidate.derived) byName.set(candidate.name, [...(byName.get(candidate.name) ?? []), candidate]);
  for (const group of byName.values()) {
    const ids = new Set(group.map((c) => c.id));
    if (group.length < 2 || ids.size < group.length) continue;
    for (const candidate of group) if (!candidate.overridden && candidate.id !== undefined) candidate.name = literalOperationName(candidate.id);
  }
  const warn = (candidate: Candidate, message: string, renamed: string) =>
    diagnostics.warn(
      message,
      spec.locate(candidate.id === undefined ? candidate.input.segments : [...candidate.input.segments, 'operationId']),
      `named it ${clip(renamed, 120)} (choose a name in client.yaml: operationNames: { ${JSON.stringify(clip(candidate.id ?? candidate.key, 80))}: … })`,
    );
  avoidRuntimeNames(candidates, warn);
  fallBackToOperationIds(candidates, notes);
  numberDerivedNames(candidates, warn);
  numberMeetingNames(candidates, warn);

  const models = new Map<string, OperationModel>();
  for (const { input, id, key, name } of candidates) {
    if (RUNTIME_NAMES.has(name)) {
      throw new SpecError(
        `operation ${clip(key)} is named "${clip(name)}" by operationNames, which the client's runtime already exports`,
        [spec.locate(input.segments)],
        `choose another name in client.yaml: operationNames: { "${clip(id ?? key)}": someOtherName }`,
      );
    }
    const model = buildOperationModel(input, name, resolve, spec.locate, document);
    const clash = models.get(name) ?? [...models.values()].find((other) => other.typeName === model.typeName);
    if (clash) {
      throw new SpecError(
        `two operations are both named "${clip(name)}" by operationNames: ${clip(key)} and ${clip(operationKey(clash.method, clash.path))}`,
        [spec.locate(input.segments), spec.locate(clash.source.segments)],
        `give one of them another name in client.yaml: operationNames: { "${clip(id ?? key)}": otherName }`,
      );
    }
    models.set(name, model);
  }
  names.refuseUnused('operationNames', 'names');
  return [...models.values()].sort((a, b) => compareNames(a.name, b.name));
}

/** An operation on its way to a name. */
interface Candidate {
  readonly input: OperationInput;
  readonly id?: string;
  readonly key: string;
  name: string;
  readonly overridden: boolean;
  derived: boolean;
}

/**
 * REST-derived names that meet another operation's name (`GET /user/repos` and `GET /users/{username}/repos` both
 * read `listUserRepos`) are replaced by their operationIds in camelCase where they have one (`reposListForUser`),
 * which the spec keeps unique. Each is reported in `notes`.
 */
function fallBackToOperationIds(candidates: Candidate[], notes: string[]): void {
  const count = new Map<string, number>();
  for (const candidate of candidates) count.set(candidate.name, (count.get(candidate.name) ?? 0) + 1);
  for (const candidate of candidates) {
    const fallback = operationIdName(candidate.id);
    // A fallback that is itself taken leaves the name to be numbered instead.
    if (!candidate.derived || count.get(candidate.name)! < 2 || fallback === undefined || count.has(fallback)) continue;
    count.set(fallback, 1);
    notes.push(`${candidate.key} is named ${fallback} after its operationId: ${candidate.name} would also name another operation`);
    candidate.name = fallback;
    candidate.derived = false;
  }
}

/** Reports a name the generator changed: the candidate, what is wrong with the name it would have had, the new name. */
type RenameWarning = (candidate: Candidate, message: string, renamed: string) => void;

/** The key of an operation (spec text) as messages quote it. */
function shownKey(candidate: Candidate): string {
  return clip(candidate.key, 120);
}

/**
 * A name the client's runtime exports (`createClient`, `unwrap`), which the spec chose or the generator derived,
 * gets the suffix `Operation`, as reserved words do; a warning says so. A name client.yaml chose stays (and is
 * refused later): the user can choose another.
 */
function avoidRuntimeNames(candidates: Candidate[], warn: RenameWarning): void {
  for (const candidate of candidates) {
    if (candidate.overridden || !RUNTIME_NAMES.has(candidate.name)) continue;
    const renamed = `${candidate.name}Operation`;
    warn(candidate, `${shownKey(candidate)} would be named ${candidate.name}, which the client's runtime exports`, renamed);
    candidate.name = renamed;
  }
}

/**
 * Names the generator derived itself (from method and path) that meet another operation's name get a number:
 * within each group of equal names, operations named by the spec or client.yaml keep the name, and derived ones
 * take 2, 3, … in the order of their `METHOD /path` keys. Only the group decides, so adding or moving unrelated
 * paths never renames anything. Each numbered name is reported as a warning.
 */
function numberDerivedNames(candidates: Candidate[], warn: RenameWarning): void {
  const taken = new Set(candidates.map((candidate) => candidate.name));
  const byName = new Map<string, Candidate[]>();
  for (const candidate of candidates) byName.set(candidate.name, [...(byName.get(candidate.name) ?? []), candidate]);
  for (const [name, group] of [...byName].sort(([a], [b]) => compareNames(a, b))) {
    if (group.length < 2) continue;
    const derived = group.filter((candidate) => candidate.derived).sort((a, b) => compareNames(a.key, b.key));
    // With no operation named explicitly, the first derived one keeps the plain name.
    const numbered = derived.length === group.length ? derived.slice(1) : derived;
    let n = 2;
    for (const candidate of numbered) {
      while (taken.has(`${name}${n}`)) n++;
      candidate.name = `${name}${n}`;
      taken.add(candidate.name);
      warn(candidate, `${shownKey(candidate)} would be named ${clip(name, 120)}, as would ${describeOthers(group, candidate)}`, candidate.name);
    }
  }
}

/** The other operations of a group, for a message: the first three keys, and how many more (a group may be large). */
function describeOthers(group: readonly Candidate[], candidate: Candidate): string {
  const shown: string[] = [];
  for (const other of group) {
    if (shown.length === 3) break;
    if (other !== candidate) shown.push(shownKey(other));
  }
  const more = group.length - 1 - shown.length;
  return more > 0 ? `${shown.join(', ')} and ${more} more` : shown.join(', ');
}

/** The type name an operation's name gives (see buildOperationModel): two names may differ only in it. */
function typeNameOf(name: string): string {
  return name[0]!.toUpperCase() + name.slice(1);
}

/**
 * Names that still meet, by name or by type name (`getUser` and `GetUser`), once derived names are numbered:
 * operationIds that keep their spelling and still read alike (`a-b`, `a_b`), or a name `Operation` was added to.
 * Within each group, a name client.yaml chose stays, and the others take 2, 3, … in `METHOD /path` order (the
 * first keeps the name when client.yaml chose none), each with a warning. Names client.yaml chose that meet
 * each other are left to be refused: the user can choose others.
 */
function numberMeetingNames(candidates: Candidate[], warn: RenameWarning): void {
  const taken = new Set(candidates.map((candidate) => typeNameOf(candidate.name)));
  const byTypeName = new Map<string, Candidate[]>();
  for (const candidate of candidates) {
    const typeName = typeNameOf(candidate.name);
    const group = byTypeName.get(typeName);
    if (group) group.push(candidate);
    else byTypeName.set(typeName, [candidate]);
  }
  for (const [, group] of [...byTypeName].sort(([a], [b]) => compareNames(a, b))) {
    if (group.length < 2) continue;
    const chosen = group.filter((candidate) => !candidate.overridden).sort((a, b) => compareNames(a.key, b.key));
    const numbered = chosen.length === group.length ? chosen.slice(1) : chosen;
    const alike = new Set(group.map((candidate) => candidate.name)).size === 1;
    let n = 2;
    for (const candidate of numbered) {
      const name = candidate.name;
      while (taken.has(typeNameOf(`${name}${n}`))) n++;
      candidate.name = `${name}${n}`;
      taken.add(typeNameOf(candidate.name));
      const meeting = alike ? `as would ${describeOthers(group, candidate)}` : `which differs only in its first letter from the name of ${describeOthers(group, candidate)} (one type name for both)`;
      warn(candidate, `${shownKey(candidate)} would be named ${clip(name, 120)}, ${meeting}`, candidate.name);
    }
  }
}

/** Servers with variables replaced by their defaults. @see https://spec.openapis.org/oas/v3.1.0#server-object */
function buildServerModels(servers: unknown): ServerModel[] {
  if (!Array.isArray(servers)) return [];
  return servers
    .filter((server): server is Record<string, unknown> => server !== null && typeof server === 'object' && typeof server.url === 'string')
    .map((server) => {
      const variables = (server.variables ?? {}) as Record<string, { default?: unknown }>;
      const url = (server.url as string).replace(/\{([^}]+)\}/g, (match, name: string) => {
        const value = ownValue(variables, name)?.default;
        return value === undefined ? match : String(value);
      });
      return { kind: 'server', url, ...(typeof server.description === 'string' ? { description: server.description } : {}) };
    });
}

/** @see https://spec.openapis.org/oas/v3.1.0#security-scheme-object */
function buildSecuritySchemeModels(document: Record<string, unknown>): SecuritySchemeModel[] {
  const schemes = ((document.components as Record<string, unknown> | undefined)?.securitySchemes ?? {}) as Record<string, Record<string, unknown>>;
  return Object.keys(schemes)
    .sort(compareNames)
    .map((key): SecuritySchemeModel => {
      const scheme = schemes[key] ?? {};
      const description = typeof scheme.description === 'string' ? { description: scheme.description } : {};
      const httpScheme = typeof scheme.scheme === 'string' ? scheme.scheme.toLowerCase() : '';
      if (scheme.type === 'apiKey' && typeof scheme.name === 'string' && ['header', 'query', 'cookie'].includes(String(scheme.in))) {
        return { kind: 'security-scheme', key, type: 'apiKey', in: scheme.in as 'header' | 'query' | 'cookie', parameterName: scheme.name, ...description };
      }
      if ((scheme.type === 'http' && httpScheme === 'bearer') || scheme.type === 'oauth2' || scheme.type === 'openIdConnect') {
        return { kind: 'security-scheme', key, type: 'bearer', ...description };
      }
      if (scheme.type === 'http' && httpScheme === 'basic') return { kind: 'security-scheme', key, type: 'basic', ...description };
      return { kind: 'security-scheme', key, type: 'unsupported', ...description };
    });
}
