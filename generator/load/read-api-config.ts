/** Reads an API folder's `client.yaml`: the per-API choices a spec cannot express (operation names, schema names). */
import { readFile } from 'node:fs/promises';
import { parseDocument, LineCounter } from 'yaml';
import { SpecError, type SourcePosition } from './spec-error.js';

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
  /** The environment variable `createClient` reads its default token from, such as `SMITHERY_API_KEY`. */
  readonly tokenEnvironment?: string;
  /**
   * Format the output with prettier (pinned options). Off by default: the emitter already writes consistent code,
   * and prettier over a large client costs more than everything else the generator does.
   */
  readonly prettier?: boolean;
}

const EMPTY: ApiConfig = { operationNames: {}, schemaNames: {} };
const KNOWN_FIELDS = new Set(['operationNames', 'schemaNames', 'resourcePaths', 'tokenEnvironment', 'prettier']);
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
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: true });
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
        throw new SpecError(`"${key}.${name}" must be ${what}, got ${JSON.stringify(target)}`, [at([key, name])]);
      }
    }
    return value as Record<string, string>;
  };
  const resourcePaths = raw.resourcePaths === undefined ? undefined : readMap('resourcePaths', DOTTED_IDENTIFIERS, 'identifiers joined by dots (resources, then the method: `servers.releases.get`)');
  const tokenEnvironment = raw.tokenEnvironment;
  if (tokenEnvironment !== undefined && (typeof tokenEnvironment !== 'string' || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(tokenEnvironment))) {
    throw new SpecError('"tokenEnvironment" must be an environment variable name', [at(['tokenEnvironment'])]);
  }
  const prettier = raw.prettier;
  if (prettier !== undefined && typeof prettier !== 'boolean') {
    throw new SpecError('"prettier" must be true or false', [at(['prettier'])]);
  }
  return {
    ...(prettier === true ? { prettier } : {}),
    operationNames: readMap('operationNames'),
    schemaNames: readMap('schemaNames'),
    ...(resourcePaths !== undefined ? { resourcePaths } : {}),
    ...(tokenEnvironment !== undefined ? { tokenEnvironment } : {}),
  };
}
