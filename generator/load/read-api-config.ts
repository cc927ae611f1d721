/** Reads an API folder's `client.yaml`: the per-API choices a spec cannot express (operation names, schema names). */
import { statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { setOwn } from './own-property.js';
import { SpecError, type SourcePosition } from './spec-error.js';
import { parseByteSize } from './spec-size-limit.js';
import { yamlLibrary } from './yaml-library.js';
import { clip } from '../report/terminal-text.js';

/** The file name of an API's config inside its spec folder. */
export const API_CONFIG_FILE = 'client.yaml';

/** Per-API generator settings; every field is optional in the file. */
export interface ApiConfig {
  /** Function names by operationId, or by `METHOD /path` for operations without a usable operationId. */
  readonly operationNames: Readonly<Record<string, string>>;
  /** Type names by component schema key. */
  readonly schemaNames: Readonly<Record<string, string>>;
  /**
   * Where the grouped client puts operations, by operationId or `METHOD /path`: a dotted path of resources ending
   * in the method name (`servers.releases.get`), instead of the one the REST structure gives.
   */
  readonly resourcePaths?: Readonly<Record<string, string>>;
  /**
   * How operations page, by operationId or `METHOD /path`, where their shape does not tell (or tells wrongly):
   * `none` for an operation that is not paginated, or the style and the fields it reads (see PaginationSetting).
   */
  readonly pagination?: Readonly<Record<string, PaginationSetting | 'none'>>;
  /**
   * Operations that are safe reads though their method is not GET or HEAD (a search sent as POST), by operationId
   * or `METHOD /path`: integrations treat them as queries (TanStack Query options instead of a mutation).
   */
  readonly queries?: readonly string[];
  /** The environment variable `createClient` reads its default token from, such as `SMITHERY_API_KEY`. */
  readonly tokenEnvironment?: string;
  /**
   * The extension the client's relative imports name: `js` (the default, for tsc's `NodeNext` and bundlers) or `ts`,
   * for Deno and `allowImportingTsExtensions` users, who run or import the sources themselves.
   */
  readonly importExtension?: 'js' | 'ts';
  /**
   * Format the output with prettier (pinned options). Off by default: the emitter already writes consistent code,
   * and prettier over a large client costs more than everything else the generator does.
   */
  readonly prettier?: boolean;
  /**
   * Emit `mock.ts` (`createMockFetch`, typed handlers for tests, with the mock server's default answers). Off by
   * default: for a large API it is megabytes, and a second of every generation.
   */
  readonly mocks?: boolean;
  /**
   * Emit `validators.ts` (`responseValidation` for `createClient({ validate })`). Off by default: a client whose
   * users never validate responses should not carry, or type-check, megabytes of schema tables.
   */
  readonly validators?: boolean;
  /**
   * Folders, besides the spec's own, whose files the spec's `$ref`s may read (absolute paths, resolved against the
   * file that lists them). A spec is untrusted: by default it may read nothing outside its folder (see SpecRoots).
   */
  readonly roots?: readonly string[];
  /** The largest spec file read, in bytes; half of it bounds what YAML aliases and copied parts may expand to. */
  readonly maxSpecBytes?: number;
  /** Emit `query.ts`: TanStack Query options for every operation (see generator/emit/integrations). */
  readonly tanstackQuery?: boolean;
  /** Emit `zod.ts`: zod schemas for every named schema and every operation's parameters and responses. */
  readonly zod?: boolean;
  /** Type `date-time` and `date` values as `Date` and convert them at run time, both ways. */
  readonly dates?: boolean;
  /** Type `format: int64` integers as `bigint` and convert them at run time, both ways. */
  readonly bigints?: boolean;
  /**
   * Refuse the API when the generator would warn about it (a spec read leniently, a name changed), as `--strict`
   * does for every API: for specs the user owns and wants kept clean.
   */
  readonly strict?: boolean;
}

/** One operation's declared pagination; paths are property names joined by dots (`meta.cursor`), `.` for the body. */
export interface PaginationSetting {
  readonly style: 'cursor' | 'page' | 'offset' | 'next-url' | 'link';
  /** Where the items are; found from the body's shape when left out. */
  readonly items?: string;
  /** The query parameter that moves to the next page (cursor, page, offset). */
  readonly param?: string;
  /** Where the next cursor (cursor) or the next page's URL (next-url) is. */
  readonly next?: string;
  /** Cursor style: the property of the last item to continue after (`id`). */
  readonly itemKey?: string;
  /** A boolean that is false on the last page. */
  readonly more?: string;
  /** The number of pages (page) or items (offset). */
  readonly total?: string;
}

const PAGINATION_STYLES = new Set(['cursor', 'page', 'offset', 'next-url', 'link']);
const PAGINATION_FIELDS = new Set(['style', 'items', 'param', 'next', 'itemKey', 'more', 'total']);

/** The settings that are on or off (off by default, so only `true` is kept). */
const SWITCHES = ['prettier', 'mocks', 'validators', 'tanstackQuery', 'zod', 'dates', 'bigints', 'strict'] as const;
type Switch = (typeof SWITCHES)[number];

/** The switches that are on in `sources`, the first source that sets one deciding it. */
export function switchesOn(...sources: ReadonlyArray<Partial<Record<Switch, unknown>>>): Partial<Record<Switch, true>> {
  const on: Partial<Record<Switch, true>> = {};
  for (const name of SWITCHES) if (sources.find((source) => source[name] !== undefined)?.[name] === true) on[name] = true;
  return on;
}

const EMPTY: ApiConfig = { operationNames: {}, schemaNames: {} };
const KNOWN_FIELDS = new Set(['operationNames', 'schemaNames', 'resourcePaths', 'pagination', 'queries', 'tokenEnvironment', 'roots', 'maxSpecBytes', 'importExtension', ...SWITCHES]);
const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
const DOTTED_IDENTIFIERS = /^[A-Za-z_$][A-Za-z0-9_$]*(\.[A-Za-z_$][A-Za-z0-9_$]*)*$/;

/** Reads `file`, or returns an empty config when it does not exist. */
export async function readApiConfig(file: string): Promise<ApiConfig> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === 'ENOENT') return EMPTY;
    throw cause;
  }
  return parseApiConfig(file, text);
}

/** Parses and validates a config file's text; `locate` overrides where problems are reported (for settings embedded in another file). */
export function parseApiConfig(file: string, text: string, locate?: (segments: string[]) => SourcePosition): ApiConfig {
  const yaml = yamlLibrary();
  const lineCounter = new yaml.LineCounter();
  const doc = yaml.parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: true });
  const problem = doc.errors[0];
  if (problem) {
    const pos = problem.linePos?.[0];
    throw new SpecError(`invalid YAML: ${problem.message.split('\n')[0]}`, [{ file, line: pos?.line, column: pos?.col }]);
  }
  const raw = (doc.toJS() ?? {}) as Record<string, unknown>;
  const at = (segments: string[]): SourcePosition => {
    if (locate) return locate(segments);
    const node = doc.getIn(segments, true) as { range?: [number, number, number] } | undefined;
    const pos = node?.range ? lineCounter.linePos(node.range[0]) : undefined;
    return { file, line: pos?.line, column: pos?.col };
  };
  for (const key of Object.keys(raw)) {
    if (!KNOWN_FIELDS.has(key)) {
      throw new SpecError(`unknown setting "${key}"`, [at([key])], `known settings: ${[...KNOWN_FIELDS].join(', ')}`);
    }
  }
  const readMap = (key: string, pattern = IDENTIFIER, what = 'a valid TypeScript identifier'): Record<string, string> => {
    const value = raw[key] ?? {};
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      throw new SpecError(`"${key}" must map names to names`, [at([key])]);
    }
    for (const [name, target] of Object.entries(value)) {
      if (typeof target !== 'string' || !pattern.test(target)) {
        throw new SpecError(`"${key}.${name}" must be ${what}, got ${clip(JSON.stringify(target) ?? String(target))}`, [at([key, name])]);
      }
    }
    return value as Record<string, string>;
  };
  const resourcePaths = raw.resourcePaths === undefined ? undefined : readMap('resourcePaths', DOTTED_IDENTIFIERS, 'identifiers joined by dots (resources, then the method: `servers.releases.get`)');
  const pagination = raw.pagination === undefined ? undefined : readPagination(raw.pagination, at);
  const queries = raw.queries;
  if (queries !== undefined && (!Array.isArray(queries) || !queries.every((key) => typeof key === 'string' && key !== ''))) {
    throw new SpecError('"queries" must be a list of operations', [at(['queries'])], 'for example `queries: [searchServers, "POST /search"]` (operationIds or METHOD /path)');
  }
  const tokenEnvironment = raw.tokenEnvironment;
  if (tokenEnvironment !== undefined && (typeof tokenEnvironment !== 'string' || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(tokenEnvironment))) {
    throw new SpecError('"tokenEnvironment" must be an environment variable name', [at(['tokenEnvironment'])]);
  }
  for (const name of SWITCHES) {
    if (raw[name] !== undefined && typeof raw[name] !== 'boolean') throw new SpecError(`"${name}" must be true or false`, [at([name])]);
  }
  const roots = raw.roots === undefined ? undefined : readRoots(raw.roots, dirname(file), at);
  const maxSpecBytes = raw.maxSpecBytes === undefined ? undefined : parseByteSize(raw.maxSpecBytes);
  if (raw.maxSpecBytes !== undefined && maxSpecBytes === undefined) {
    throw new SpecError('"maxSpecBytes" must be a number of bytes', [at(['maxSpecBytes'])], 'for example `maxSpecBytes: 256 MiB` (units: B, KB, MB, GB, KiB, MiB, GiB)');
  }
  const importExtension = raw.importExtension;
  if (importExtension !== undefined && importExtension !== 'js' && importExtension !== 'ts') {
    throw new SpecError(`"importExtension" must be js or ts, got ${JSON.stringify(importExtension)}`, [at(['importExtension'])], 'ts makes relative imports name .ts files (Deno, allowImportingTsExtensions)');
  }
  return {
    ...switchesOn(raw),
    operationNames: readMap('operationNames'),
    schemaNames: readMap('schemaNames'),
    ...(resourcePaths !== undefined ? { resourcePaths } : {}),
    ...(pagination !== undefined ? { pagination } : {}),
    ...(queries !== undefined ? { queries: queries as string[] } : {}),
    ...(tokenEnvironment !== undefined ? { tokenEnvironment } : {}),
    ...(roots !== undefined ? { roots } : {}),
    ...(maxSpecBytes !== undefined ? { maxSpecBytes } : {}),
    ...(importExtension !== undefined ? { importExtension } : {}),
  };
}

/** Validates `roots` (a folder or a list of folders) and resolves each against `base`, the listing file's folder. */
function readRoots(value: unknown, base: string, at: (segments: string[]) => SourcePosition): string[] {
  const folders = typeof value === 'string' ? [value] : value;
  if (!Array.isArray(folders) || folders.length === 0) {
    throw new SpecError('"roots" must be a folder or a list of folders', [at(['roots'])], 'for example `roots: [../shared-schemas]`, relative to this file');
  }
  return folders.map((folder: unknown, index) => {
    const here = [at(['roots', ...(typeof value === 'string' ? [] : [String(index)])])];
    if (typeof folder !== 'string' || folder === '' || folder.includes('\0')) throw new SpecError('each of "roots" must be a folder path', here);
    const path = resolve(base, folder);
    // The config is trusted, and a typo here would surface later as a refused $ref far from its cause.
    if (!statSync(path, { throwIfNoEntry: false })?.isDirectory()) {
      throw new SpecError(`"roots" lists ${JSON.stringify(folder)}, which is not a folder (${path})`, here, 'list folders that exist, relative to this file');
    }
    return path;
  });
}

/** Validates the `pagination` map: each value is `none` or a setting with a known style and string fields. */
function readPagination(value: unknown, at: (segments: string[]) => SourcePosition): Record<string, PaginationSetting | 'none'> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new SpecError('"pagination" must map operations to a pagination setting', [at(['pagination'])], 'for example: pagination: { listServers: { style: cursor, param: cursor, next: nextCursor } }');
  }
  const settings: Record<string, PaginationSetting | 'none'> = {};
  for (const [operation, setting] of Object.entries(value)) {
    const where = [at(['pagination', operation])];
    if (setting === 'none') {
      setOwn(settings, operation, 'none');
      continue;
    }
    if (setting === null || typeof setting !== 'object' || Array.isArray(setting)) {
      throw new SpecError(`"pagination.${operation}" must be \`none\` or a setting with a style`, where);
    }
    for (const [field, text] of Object.entries(setting)) {
      if (!PAGINATION_FIELDS.has(field)) {
        throw new SpecError(`unknown pagination field "${field}" for ${operation}`, [at(['pagination', operation, field])], `known fields: ${[...PAGINATION_FIELDS].join(', ')}`);
      }
      if (typeof text !== 'string' || text === '') throw new SpecError(`"pagination.${operation}.${field}" must be a non-empty string`, [at(['pagination', operation, field])]);
    }
    const style = (setting as { style?: unknown }).style;
    if (typeof style !== 'string' || !PAGINATION_STYLES.has(style)) {
      throw new SpecError(`"pagination.${operation}.style" must be one of ${[...PAGINATION_STYLES].join(', ')}`, where);
    }
    setOwn(settings, operation, setting as PaginationSetting);
  }
  return settings;
}
