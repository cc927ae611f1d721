/**
 * fast-check arbitraries for valid OpenAPI 3.0 and 3.1 documents: every schema combinator, recursion through
 * references, parameters of every location and style, bodies of every media type kind, responses of every status
 * kind, and names drawn from a hostile alphabet. Objects are built with Object.fromEntries, so a key such as
 * `__proto__` is an own property, as a YAML or JSON parser would make it.
 * @see https://spec.openapis.org/oas/v3.1.0
 */
import fc from 'fast-check';

export type OpenApiVersion = '3.0.3' | '3.1.0';
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/** Names that break naive code: prototype members, reserved words, globals, quotes, comment ends, scripts, case twins. */
export const HOSTILE_NAMES = [
  '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'prototype', 'then',
  'class', 'default', 'delete', 'new', 'function', 'import', 'await', 'enum', 'arguments',
  'Error', 'Response', 'Record', 'Promise', 'Array', 'Headers', 'Blob', 'Client', 'Result', 'createClient',
  'sendRequest', 'describeOperation', 'writePathValue', 'encodeJson', 'operation',
  '', ' ', '"', "'", '*/', '/*', '${x}', '`', 'a\nb', 'tab\there', '\\', '<T>',
  '名前', 'имя', 'اسم', 'ελληνικά', '😀',
  'user-id', 'user_id', 'userId', 'UserId', 'USER_ID', 'user.id', 'user id',
  '1abc', '0', '$ref', '~1', 'a/b', '%20', '#', '?', 'id', 'name', 'data', 'body', 'params', 'options', 'client', 'contentType',
];

const hostileName = fc.constantFrom(...HOSTILE_NAMES);
const plainName = fc.stringMatching(/^[A-Za-z][A-Za-z0-9_-]{0,7}$/);
/** A name: hostile, plain, or any short text. */
export const anyName = fc.oneof({ weight: 3, arbitrary: hostileName }, { weight: 3, arbitrary: plainName }, { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 5 }) });
/** Prose for descriptions and titles: comment terminators, template syntax, backticks, newlines. */
const anyText = fc.oneof(fc.constantFrom('*/ closes /* a comment', 'uses ${interpolation} and `ticks`', 'line one\nline two\r\n', '<script>', '@deprecated'), fc.string({ unit: 'grapheme', maxLength: 12 }));

/** A JSON pointer reference to a component, escaped as RFC 6901 and RFC 3986 require. */
export function componentRef(section: string, name: string): string {
  return `#/components/${section}/${encodeURIComponent(name.replace(/~/g, '~0').replace(/\//g, '~1'))}`;
}

/** An object with unique keys from `key`, built so that every key (even `__proto__`) is an own property. */
function objectOf<T extends Json>(key: fc.Arbitrary<string>, value: fc.Arbitrary<T>, maxKeys: number): fc.Arbitrary<{ [key: string]: T }> {
  return fc.uniqueArray(fc.tuple(key, value), { selector: ([k]) => k, maxLength: maxKeys }).map((entries) => Object.fromEntries(entries));
}

const anyScalar: fc.Arbitrary<Json> = fc.oneof(anyName, fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null));

/** Schemas for `version`, referring to the component schemas named in `refs` (which may be themselves: recursion). */
export function schemaArbitrary(version: OpenApiVersion, refs: readonly string[]): fc.Arbitrary<Json> {
  const v31 = version === '3.1.0';
  const { schema } = fc.letrec<{ schema: Json; leaf: Json; object: Json; array: Json; combined: Json; reference: Json }>((tie) => ({
    schema: fc
      .oneof(
        { depthSize: 'small', withCrossShrink: true },
        { weight: 4, arbitrary: tie('leaf') },
        { weight: 2, arbitrary: tie('object') },
        { weight: 1, arbitrary: tie('array') },
        { weight: 1, arbitrary: tie('combined') },
        { weight: refs.length > 0 ? 2 : 0, arbitrary: tie('reference') },
      )
      .chain((value) => decorate(value, v31)),
    leaf: fc.oneof(
      fc.record({ type: fc.constant('string'), format: fc.constantFrom('date-time', 'uuid', 'email', 'uri', 'binary', 'byte', 'int64', 'x-custom') }, { requiredKeys: ['type'] }),
      fc.record({ type: fc.constantFrom('string', 'integer', 'number', 'boolean'), enum: fc.uniqueArray(anyScalar, { minLength: 1, maxLength: 4, selector: (x) => JSON.stringify(x) }) }, { requiredKeys: ['type'] }),
      fc.record({ type: fc.constantFrom('integer', 'number'), minimum: fc.integer(), maximum: fc.integer() }, { requiredKeys: ['type'] }),
      fc.record({ type: fc.constant('string'), minLength: fc.nat(5), maxLength: fc.nat(50), pattern: fc.constantFrom('^[a-z]+$', '\\d', '(') }, { requiredKeys: ['type'] }),
      fc.constant({}),
      ...(v31
        ? [
            fc.constant<Json>({ type: 'null' }),
            fc.record({ const: anyScalar }),
            fc.constant<Json>({ type: ['string', 'null'] }),
            fc.constant<Json>({ type: ['integer', 'string'] }),
            // 3.1 schemas may be booleans anywhere.
            fc.constant<Json>(true),
            fc.constant<Json>(false),
          ]
        : [fc.constant<Json>({ type: 'string', nullable: true })]),
    ),
    object: fc
      .record(
        {
          properties: objectOf(anyName, tie('schema'), 4),
          additionalProperties: fc.oneof(fc.boolean(), tie('schema')),
          requiredCount: fc.nat(4),
          nullable: fc.boolean(),
        },
        { requiredKeys: ['properties', 'requiredCount'] },
      )
      .map(({ properties, additionalProperties, requiredCount, nullable }) => {
        const required = Object.keys(properties).slice(0, requiredCount);
        return {
          type: v31 && nullable ? ['object', 'null'] : 'object',
          properties,
          ...(required.length > 0 ? { required } : {}),
          ...(additionalProperties !== undefined ? { additionalProperties } : {}),
          ...(!v31 && nullable ? { nullable: true } : {}),
        };
      }),
    array: fc.oneof(
      fc.record({ type: fc.constant('array'), items: tie('schema') }),
      ...(v31 ? [fc.record({ type: fc.constant('array'), prefixItems: fc.array(tie('schema'), { minLength: 1, maxLength: 2 }) })] : []),
    ),
    combined: fc.oneof(
      fc.record({ oneOf: fc.array(tie('schema'), { minLength: 1, maxLength: 3 }) }),
      fc.record({ anyOf: fc.array(tie('schema'), { minLength: 1, maxLength: 3 }) }),
      fc.record({ allOf: fc.array(tie('schema'), { minLength: 1, maxLength: 3 }) }),
      fc.record({ not: tie('schema') }),
      discriminated(refs),
    ),
    reference: fc.constantFrom(...(refs.length > 0 ? refs : ['unused'])).map((name): Json => ({ $ref: componentRef('schemas', name) })),
  }));
  return schema;
}

/** A oneOf of references with a discriminator, with or without a mapping (members need not declare the property). */
function discriminated(refs: readonly string[]): fc.Arbitrary<Json> {
  if (refs.length === 0) return fc.constant({ oneOf: [{ type: 'string' }] });
  return fc
    .record({ members: fc.uniqueArray(fc.constantFrom(...refs), { minLength: 1, maxLength: 3 }), propertyName: anyName, mapped: fc.boolean(), anyOf: fc.boolean() })
    .map(({ members, propertyName, mapped, anyOf }) => ({
      [anyOf ? 'anyOf' : 'oneOf']: members.map((name) => ({ $ref: componentRef('schemas', name) })),
      discriminator: {
        propertyName,
        ...(mapped ? { mapping: Object.fromEntries(members.map((name, i) => [`${name}-${i}`, componentRef('schemas', name)])) } : {}),
      },
    }));
}

/** Adds documentation and data keywords to a schema: title, description, default, example, deprecated, readOnly/writeOnly. */
function decorate(schema: Json, v31: boolean): fc.Arbitrary<Json> {
  if (schema === null || typeof schema !== 'object' || Array.isArray(schema) || '$ref' in schema) return fc.constant(schema);
  return fc
    .record(
      {
        title: anyText,
        description: anyText,
        default: anyScalar,
        example: anyScalar,
        deprecated: fc.boolean(),
        readOnly: fc.boolean(),
        writeOnly: fc.boolean(),
        ...(v31 ? { examples: fc.array(anyScalar, { maxLength: 2 }) } : {}),
      },
      { requiredKeys: [] },
    )
    .map((extra) => ({ ...schema, ...extra }) as Json);
}

const STYLES = {
  query: [['form', true], ['form', false], ['spaceDelimited', false], ['pipeDelimited', false], ['deepObject', true]],
  header: [['simple', false], ['simple', true]],
  cookie: [['form', true], ['form', false]],
  path: [['simple', false], ['simple', true], ['label', false], ['label', true], ['matrix', false], ['matrix', true]],
} as const;

/** A Parameter Object at `location` with one of the styles the specification allows there, or described by `content`. */
function parameterArbitrary(location: keyof typeof STYLES, name: fc.Arbitrary<string>, schema: fc.Arbitrary<Json>): fc.Arbitrary<JsonObject> {
  return fc
    .record({ name, style: fc.constantFrom(...(STYLES[location] as ReadonlyArray<readonly [string, boolean]>)), required: fc.boolean(), schema, useContent: fc.boolean(), description: anyText, deprecated: fc.boolean() })
    .map(({ name: parameterName, style: [style, explode], required, schema: parameterSchema, useContent, description, deprecated }) => ({
      name: parameterName,
      in: location,
      required: location === 'path' ? true : required,
      description,
      deprecated,
      ...(useContent && location !== 'path' ? { content: { 'application/json': { schema: parameterSchema } } } : { style, explode, schema: parameterSchema }),
    }));
}

const MEDIA_TYPES = [
  'application/json', 'application/x-www-form-urlencoded', 'multipart/form-data', 'application/octet-stream', 'text/plain', 'application/problem+json',
  'application/xml', '*/*', 'image/png', 'text/event-stream', 'application/x-ndjson', 'application/json-seq',
];
/** Names that make a list operation look paginated (see detect-pagination.ts), so the fuzz reaches those paths. */
const PAGING_NAMES = fc.constantFrom('cursor', 'page', 'offset', 'limit', 'after', 'page_token', 'starting_after', 'per_page');
const STATUSES = ['200', '201', '202', '204', '2XX', '301', '304', '400', '401', '404', '409', '4XX', '500', '5XX', 'default'];
const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'];

function contentArbitrary(schema: fc.Arbitrary<Json>): fc.Arbitrary<JsonObject> {
  return objectOf(fc.constantFrom(...MEDIA_TYPES), fc.record({ schema }, { requiredKeys: [] }), 3);
}

/** A path template: static segments (hostile ones included) and parameters, with its parameter names. */
const pathTemplate = fc
  .array(
    fc.oneof(
      fc.constantFrom('api', 'v1', 'db', 'reset', 'db-reset', 'users', '__proto__', 'constructor', 'a.b', 'x~y', 'caf%C3%A9', '名前').map((s) => ({ text: s })),
      fc.oneof(plainName, fc.constantFrom('id', 'user-id', 'user_id', '__proto__', 'constructor', 'class', 'name')).map((p) => ({ param: p })),
    ),
    { minLength: 1, maxLength: 4 },
  )
  .map((segments) => {
    const seen = new Set<string>();
    const params: string[] = [];
    const path = segments
      .map((segment) => {
        if ('text' in segment) return segment.text;
        if (seen.has(segment.param)) return 'dup';
        seen.add(segment.param);
        params.push(segment.param);
        return `{${segment.param}}`;
      })
      .join('/');
    return { path: `/${path}`, params };
  });

/** A whole document of `version`. */
export function documentArbitrary(version: OpenApiVersion): fc.Arbitrary<JsonObject> {
  return fc.uniqueArray(anyName, { maxLength: 6 }).chain((schemaNames) => {
    const schema = schemaArbitrary(version, schemaNames);
    const operation = (pathParams: readonly string[]) =>
      fc
        .record(
          {
            operationId: anyName,
            summary: anyText,
            description: anyText,
            deprecated: fc.boolean(),
            tags: fc.array(anyName, { maxLength: 2 }),
            parameters: fc.array(
              fc.oneof(
                parameterArbitrary('query', fc.oneof(anyName, PAGING_NAMES), schema),
                ...(['header', 'cookie'] as const).map((location) => parameterArbitrary(location, anyName, schema)),
              ),
              { maxLength: 4 },
            ),
            requestBody: fc.record({ required: fc.boolean(), description: anyText, content: contentArbitrary(schema) }, { requiredKeys: ['content'] }),
            responses: objectOf(
              fc.constantFrom(...STATUSES),
              fc.record(
                {
                  description: anyText,
                  content: contentArbitrary(schema),
                  headers: objectOf(anyName, fc.record({ schema, description: anyText }, { requiredKeys: ['schema'] }), 2),
                },
                { requiredKeys: ['description'] },
              ),
              4,
            ),
            security: fc.constantFrom<Json>([], [{ key: [] }], [{ bearer: [] }, {}], [{ key: [], bearer: [] }]),
            pathParamSchemas: fc.array(parameterArbitrary('path', fc.constant('x'), schema), { minLength: pathParams.length, maxLength: pathParams.length }),
          },
          { requiredKeys: ['responses', 'parameters', 'pathParamSchemas'] },
        )
        .map(({ pathParamSchemas, parameters, ...rest }) => {
          const pathParameters = pathParams.map((name, i): JsonObject => ({ ...pathParamSchemas[i]!, name }));
          // Parameters are unique by name and location.
          const unique = new Map<string, JsonObject>();
          for (const parameter of [...pathParameters, ...parameters]) unique.set(`${parameter.in as string}:${parameter.name as string}`, parameter);
          const responses = Object.keys(rest.responses).length > 0 ? rest.responses : { '200': { description: 'OK' } };
          return { ...rest, parameters: [...unique.values()], responses } as JsonObject;
        });
    const pathItem = pathTemplate.chain(({ path, params }) =>
      fc.uniqueArray(fc.constantFrom(...METHODS), { minLength: 1, maxLength: 3 }).chain((methods) =>
        fc.tuple(...methods.map(() => operation(params))).map((operations) => ({ path, item: Object.fromEntries(methods.map((m, i) => [m, operations[i]!])) })),
      ),
    );
    return fc
      .record({
        title: anyText,
        schemas: fc.tuple(...schemaNames.map(() => schema)),
        paths: fc.array(pathItem, { maxLength: 4 }),
        servers: fc.constantFrom<Json>([], [{ url: 'https://api.example.test/v1' }], [{ url: '/relative' }], [{ url: 'https://{region}.example.test', variables: { region: { default: 'eu' } } }]),
        // A security scheme with a hostile name, in every location, required by the whole document.
        scheme: fc.record({ name: anyName, in: fc.constantFrom('header', 'query', 'cookie'), parameter: anyName }),
      })
      .map(({ title, schemas, paths, servers, scheme }) => {
        // Templates equal but for parameter names are one path to the specification; keep the first.
        const byShape = new Map<string, { path: string; item: JsonObject }>();
        for (const entry of paths) if (!byShape.has(entry.path.replace(/\{[^}]*\}/g, '{}'))) byShape.set(entry.path.replace(/\{[^}]*\}/g, '{}'), entry);
        // operationIds are unique in a document: a repeated one is dropped.
        const ids = new Set<string>();
        for (const { item } of byShape.values()) {
          for (const operation of Object.values(item) as JsonObject[]) {
            if (typeof operation.operationId !== 'string') continue;
            if (ids.has(operation.operationId)) delete operation.operationId;
            else ids.add(operation.operationId);
          }
        }
        return {
          openapi: version,
          info: { title, version: '1.0.0' },
          ...(Array.isArray(servers) && servers.length > 0 ? { servers } : {}),
          paths: Object.fromEntries([...byShape.values()].map(({ path, item }) => [path, item])),
          security: [Object.fromEntries([[scheme.name, []]])],
          components: {
            schemas: Object.fromEntries(schemaNames.map((name, i) => [name, schemas[i]!])),
            securitySchemes: Object.fromEntries([
              ['key', { type: 'apiKey', in: 'header', name: 'X-Api-Key' }],
              ['bearer', { type: 'http', scheme: 'bearer' }],
              [scheme.name, { type: 'apiKey', in: scheme.in, name: scheme.parameter }],
            ]),
          },
        } as unknown as JsonObject;
      });
  });
}

/** Documents of either version. */
export const anyDocument: fc.Arbitrary<JsonObject> = fc.constantFrom<OpenApiVersion>('3.0.3', '3.1.0').chain(documentArbitrary);
