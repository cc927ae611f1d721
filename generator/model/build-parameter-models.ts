/**
 * Combines path-level and operation-level parameters into models with defaults applied.
 * @see https://spec.openapis.org/oas/v3.1.0#parameter-object
 */
import { SpecError, type SourcePosition } from '../load/spec-error.js';
import type { ReferenceResolver } from './resolve-reference.js';
import { toPascalCase } from './naming.js';
import type { JsonSchema, ParameterLocation, ParameterModel, ParameterStyle } from './types.js';
import { clip } from '../report/terminal-text.js';

/** Header parameters the spec says tools ignore, because other mechanisms set them. */
const IGNORED_HEADERS = new Set(['accept', 'content-type', 'authorization']);
const LOCATIONS: readonly ParameterLocation[] = ['path', 'query', 'header', 'cookie'];
const STYLES = new Set<ParameterStyle>(['simple', 'label', 'matrix', 'form', 'spaceDelimited', 'pipeDelimited', 'deepObject']);

interface RawParameter {
  name?: unknown;
  in?: unknown;
  required?: unknown;
  deprecated?: unknown;
  description?: unknown;
  schema?: JsonSchema;
  content?: Record<string, { schema?: JsonSchema }>;
  style?: unknown;
  explode?: unknown;
  allowReserved?: unknown;
}

/** Where to find the two parameter lists of one operation. */
export interface ParameterSources {
  readonly pathLevel: unknown;
  readonly pathLevelSegments: readonly string[];
  readonly operationLevel: unknown;
  readonly operationLevelSegments: readonly string[];
  /** The path template; `{names}` it holds but no parameter declares become required string parameters. */
  readonly path: string;
  /** Argument-object keys the request body takes: `body`, and `contentType` when it has several media types. */
  readonly reservedKeys: readonly string[];
}

/**
 * Returns the operation's parameters: operation-level ones override path-level ones with the same name and location;
 * path parameters come first in template order, the rest in spec order.
 */
export function buildParameterModels(
  sources: ParameterSources,
  resolve: ReferenceResolver,
  locate: (segments: readonly string[]) => SourcePosition,
): ParameterModel[] {
  const byKey = new Map<string, ParameterModel>();
  const read = (list: unknown, segments: readonly string[]) => {
    if (list === undefined) return;
    if (!Array.isArray(list)) throw new SpecError('`parameters` must be a list', [locate(segments)]);
    list.forEach((item, index) => {
      const at = [...segments, String(index)];
      const model = buildParameterModel(resolve<RawParameter>(item, at), at, locate);
      if (model) byKey.set(`${model.in}:${model.in === 'header' ? model.name.toLowerCase() : model.name}`, model);
    });
  };
  read(sources.pathLevel, sources.pathLevelSegments);
  read(sources.operationLevel, sources.operationLevelSegments);

  const templateNames = [...sources.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!);
  for (const name of templateNames) {
    if (!byKey.has(`path:${name}`)) {
      byKey.set(`path:${name}`, {
        kind: 'parameter', name, in: 'path', key: name, required: true, deprecated: false,
        schema: { type: 'string' }, style: 'simple', explode: false, allowReserved: false, json: false,
      });
    }
  }
  const all = [...byKey.values()];
  const pathParams = all
    .filter((p) => p.in === 'path')
    .sort((a, b) => templateNames.indexOf(a.name) - templateNames.indexOf(b.name));
  const others = all.filter((p) => p.in !== 'path');
  return assignKeys([...pathParams, ...others], sources.reservedKeys);
}

function buildParameterModel(raw: RawParameter, segments: readonly string[], locate: (segments: readonly string[]) => SourcePosition): ParameterModel | undefined {
  const { name } = raw;
  const location = raw.in as ParameterLocation;
  if (typeof name !== 'string' || name === '') {
    throw new SpecError('a parameter has no `name`', [locate(segments)], 'every Parameter Object needs `name` and `in`');
  }
  if (!LOCATIONS.includes(location)) {
    throw new SpecError(
      `parameter "${clip(name)}" has \`in: ${clip(String(raw.in))}\`; expected path, query, header or cookie`,
      [locate([...segments, 'in'])],
    );
  }
  const jsonContent = raw.content ? Object.entries(raw.content)[0] : undefined;
  const schema: JsonSchema = raw.schema ?? jsonContent?.[1]?.schema ?? {};
  const required = location === 'path' ? true : raw.required === true;
  const constant = required ? constantOf(schema) : undefined;
  if (location === 'header' && IGNORED_HEADERS.has(name.toLowerCase()) && constant === undefined) return undefined;
  const defaultStyle: ParameterStyle = location === 'path' || location === 'header' ? 'simple' : 'form';
  const style = STYLES.has(raw.style as ParameterStyle) ? (raw.style as ParameterStyle) : defaultStyle;
  return {
    kind: 'parameter',
    name,
    in: location,
    key: name,
    required,
    deprecated: raw.deprecated === true,
    ...(typeof raw.description === 'string' ? { description: raw.description } : {}),
    schema,
    style,
    explode: typeof raw.explode === 'boolean' ? raw.explode : style === 'form',
    allowReserved: raw.allowReserved === true,
    json: jsonContent !== undefined && raw.schema === undefined,
    ...(constant !== undefined ? { constant } : {}),
  };
}

/** The single value a schema allows, as text, if it allows exactly one primitive value. */
function constantOf(schema: JsonSchema): string | undefined {
  if (typeof schema !== 'object') return undefined;
  const values = schema.const !== undefined ? [schema.const] : Array.isArray(schema.enum) ? schema.enum : [];
  if (values.length !== 1) return undefined;
  const [value] = values;
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : undefined;
}

/**
 * Argument-object keys are the wire names. When two parameters share a name (a path `id` and a query `id`) or a
 * parameter takes a key of the request body (`body`, `contentType`), the later one gets its location as a prefix: `queryId`.
 */
function assignKeys(parameters: ParameterModel[], reservedKeys: readonly string[]): ParameterModel[] {
  const used = new Set<string>(reservedKeys);
  return parameters.map((param) => {
    if (param.constant !== undefined) return param;
    let key = param.name;
    if (used.has(key)) key = `${param.in}${toPascalCase(param.name)}`;
    for (let n = 2; used.has(key); n++) key = `${param.in}${toPascalCase(param.name)}${n}`;
    used.add(key);
    return key === param.key ? param : { ...param, key };
  });
}
