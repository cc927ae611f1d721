/**
 * The intermediate model: everything emitters need, read once from the merged document and normalised.
 * Emitters read this model, never the raw document. Every node carries a `kind` tag.
 */

/**
 * A JSON Schema as the model keeps it: OpenAPI 3.0 `nullable` already rewritten into 3.1 form
 * (`type: [T, 'null']` or `anyOf: [..., { type: 'null' }]`), and `$ref`s pointing at `#/components/schemas/*`.
 */
export type JsonSchema = boolean | { readonly [keyword: string]: unknown };

/** The integrations an API can turn on in client.yaml or the config file, by the setting's name. */
export type IntegrationName = 'tanstackQuery' | 'zod' | 'dates' | 'bigints';

/** HTTP methods in lower case, as the spec writes them. */
export type HttpMethod = 'get' | 'put' | 'post' | 'delete' | 'options' | 'head' | 'patch' | 'trace';

/** Where an input-side value came from, for error messages. */
export interface SourceRefModel {
  readonly kind: 'source';
  /** JSON pointer segments into the merged document. */
  readonly segments: readonly string[];
}

/** The whole API. */
export interface ApiModel {
  readonly kind: 'api';
  /** The API's folder name; names the output folder. */
  readonly name: string;
  /** `info.title`. */
  readonly title: string;
  /** `info.version`. */
  readonly version: string;
  /** `info.description`. */
  readonly description?: string;
  /** The `openapi` version string of the merged document. */
  readonly openapiVersion: string;
  /** Servers in spec order; the first is the client's default base URL. */
  readonly servers: readonly ServerModel[];
  /** Security schemes by key, sorted by key. */
  readonly securitySchemes: readonly SecuritySchemeModel[];
  /** Operations sorted by function name. */
  readonly operations: readonly OperationModel[];
  /** Named schemas (components and hoisted inline schemas), sorted by type name. */
  readonly schemas: readonly SchemaModel[];
  /** Whether the client gets `mock.ts` (`mocks: true` in the API's client.yaml or the config file). */
  readonly mocks?: boolean;
  /** Whether the client gets `validators.ts` for response validation (`validators: true`). */
  readonly validators?: boolean;
  /** The integrations turned on for this API (`tanstackQuery: true`, …), each an emitter of its own (generator/emit/integrations). */
  readonly integrations: readonly IntegrationName[];
  /** The environment variable holding the default token (`tokenEnvironment` in the API's client.yaml). */
  readonly tokenEnvironment?: string;
  /** `ts` when the client's relative imports name `.ts` files (`importExtension: ts`); `.js` otherwise. */
  readonly importExtension?: 'ts';
  /** The normalised document; schema emission resolves `$ref`s and discriminators against it. */
  readonly document: Readonly<Record<string, unknown>>;
  /** Things the generator decided that the user should hear about, such as a derived name it had to number. */
  readonly notes: readonly string[];
  /** The grouped client's tree (`resources.servers.releases.get`), built from the operations (see group-operations.ts). */
  readonly resources: ResourceModel;
}

/** A resource of the grouped client: methods (each an operation) and sub-resources, both sorted by name. */
export interface ResourceModel {
  readonly kind: 'resource';
  readonly methods: ReadonlyArray<{ readonly name: string; readonly operation: OperationModel }>;
  readonly resources: ReadonlyArray<{ readonly name: string; readonly resource: ResourceModel }>;
}

/** One entry of `servers`. */
export interface ServerModel {
  readonly kind: 'server';
  /** The URL with every `{variable}` replaced by its default. */
  readonly url: string;
  readonly description?: string;
}

/** How a security scheme puts a credential on a request. */
export interface SecuritySchemeModel {
  readonly kind: 'security-scheme';
  /** The key under `components.securitySchemes`. */
  readonly key: string;
  /** `bearer` covers http bearer, oauth2 and openIdConnect; `unsupported` covers mutualTLS and other http schemes. */
  readonly type: 'bearer' | 'basic' | 'apiKey' | 'unsupported';
  /** For apiKey: where the key goes. */
  readonly in?: 'header' | 'query' | 'cookie';
  /** For apiKey: the header, query or cookie name. */
  readonly parameterName?: string;
  readonly description?: string;
}

/** One operation: a method on a path. */
export interface OperationModel {
  readonly kind: 'operation';
  /** The exported function name, such as `getConnection`. */
  readonly name: string;
  /** The PascalCase stem of the operation's type names, such as `GetConnection`. */
  readonly typeName: string;
  /** The spec's operationId, when it has one. */
  readonly operationId?: string;
  readonly method: HttpMethod;
  /** The path template, such as `/connect/{namespace}/{connectionId}`. */
  readonly path: string;
  readonly summary?: string;
  readonly description?: string;
  readonly deprecated: boolean;
  readonly tags: readonly string[];
  /** Path-level and operation-level parameters combined, path parameters first, then in spec order. */
  readonly parameters: readonly ParameterModel[];
  readonly requestBody?: RequestBodyModel;
  /** Responses with a 2xx status or the `2XX` range. */
  readonly successResponses: readonly ResponseModel[];
  /** Every other documented response, `default` included. */
  readonly errorResponses: readonly ResponseModel[];
  /** Alternatives of security scheme keys; `[]` means no auth, an empty alternative means auth is optional. */
  readonly security: readonly (readonly string[])[];
  readonly source: SourceRefModel;
  /** How to fetch the page after each page, when the operation returns one page of a list (see detect-pagination.ts). */
  readonly pagination?: PaginationModel;
  /**
   * Whether the operation is a safe read, where the spec (`x-query: true` or `false`) or client.yaml (`queries`)
   * says so; otherwise GET and HEAD are. Integrations read it (TanStack Query gives reads query options).
   */
  readonly query?: boolean;
}

/**
 * How a paginated operation continues. Paths are property names from the body's root (`['meta', 'cursor']`);
 * `items` is empty when the body is the list itself.
 */
export interface PaginationModel {
  readonly kind: 'pagination';
  /**
   * `cursor`: send the body's `next` value (or the last item's `itemKey`) as the query parameter `param`.
   * `page`: add 1 to the page number `param`. `offset`: add the number of items received to `param`.
   * `next-url`: request the URL at `next`. `link`: request the RFC 8288 `Link` header's `rel="next"` target.
   */
  readonly style: 'cursor' | 'page' | 'offset' | 'next-url' | 'link';
  /** Where the page's items are in the body. */
  readonly items: readonly string[];
  /** The query parameter that moves to the next page (cursor, page and offset styles). */
  readonly param?: ParameterModel;
  /** Where the body holds the next cursor (cursor style) or the next page's URL (next-url style). */
  readonly next?: readonly string[];
  /** Cursor style: the property of the last item that continues the list when `next` is absent or null (`id`). */
  readonly itemKey?: string;
  /** A boolean in the body that is false on the last page (`has_more`). */
  readonly more?: readonly string[];
  /** Page style: the number of pages; offset style: the number of items. */
  readonly total?: readonly string[];
  /** True when client.yaml declared it, false when the generator recognised it from the operation's shape. */
  readonly declared: boolean;
}

/** Where a parameter travels. */
export type ParameterLocation = 'path' | 'query' | 'header' | 'cookie';

/** Parameter styles the spec defines. */
export type ParameterStyle = 'simple' | 'label' | 'matrix' | 'form' | 'spaceDelimited' | 'pipeDelimited' | 'deepObject';

/** One parameter of an operation. */
export interface ParameterModel {
  readonly kind: 'parameter';
  /** The name on the wire. */
  readonly name: string;
  readonly in: ParameterLocation;
  /** The property name in the operation's argument object; the wire name unless that would collide. */
  readonly key: string;
  readonly required: boolean;
  readonly deprecated: boolean;
  readonly description?: string;
  readonly schema: JsonSchema;
  /** The style, defaults applied (`simple` for path and header, `form` for query and cookie). */
  readonly style: ParameterStyle;
  /** The explode flag, defaults applied (true for `form`, false otherwise). */
  readonly explode: boolean;
  readonly allowReserved: boolean;
  /** True when the parameter is described with `content: application/json` and travels as JSON text. */
  readonly json: boolean;
  /** The one value the schema allows (`const` or a one-value `enum`) of a required parameter; the client sends it itself. */
  readonly constant?: string;
}

/** How a body is encoded or decoded, derived from its media type. */
export type BodyFormatModel = 'json' | 'form' | 'multipart' | 'text' | 'binary';

/** One media type of a request or response body. */
export interface MediaTypeModel {
  readonly kind: 'media-type';
  /** Such as `application/json` or `application/problem+json`. */
  readonly mediaType: string;
  readonly format: BodyFormatModel;
  /** The body's schema; absent when the spec gives none. */
  readonly schema?: JsonSchema;
  /** OpenAPI 3.2's `itemSchema`: the schema of each item of a streamed body (events, JSON lines). */
  readonly itemSchema?: JsonSchema;
  /** For form and multipart bodies: how each property is encoded, by property name. */
  readonly encoding?: Readonly<Record<string, EncodingModel>>;
}

/** The spec's Encoding Object for one property of a form or multipart body. */
export interface EncodingModel {
  readonly kind: 'encoding';
  readonly contentType?: string;
  readonly style?: 'form' | 'spaceDelimited' | 'pipeDelimited' | 'deepObject';
  readonly explode?: boolean;
  readonly allowReserved?: boolean;
}

/** An operation's request body. */
export interface RequestBodyModel {
  readonly kind: 'request-body';
  readonly required: boolean;
  readonly description?: string;
  /** Media types, the preferred one (JSON, then form, multipart, text, binary) first. */
  readonly contents: readonly MediaTypeModel[];
}

/** A response's status key: one code, a range such as `4XX`, or `default`. */
export type StatusModel =
  | { readonly kind: 'status-code'; readonly code: number }
  | { readonly kind: 'status-range'; readonly range: 1 | 2 | 3 | 4 | 5 }
  | { readonly kind: 'status-default' };

/** One documented response. */
export interface ResponseModel {
  readonly kind: 'response';
  readonly status: StatusModel;
  readonly description?: string;
  /** Media types, the preferred one (JSON, then text, then anything else) first; empty when there is no body. */
  readonly contents: readonly MediaTypeModel[];
  /** Documented response headers, sorted by name. */
  readonly headers: readonly HeaderModel[];
}

/** One documented response header. */
export interface HeaderModel {
  readonly kind: 'header';
  readonly name: string;
  readonly required: boolean;
  readonly description?: string;
  readonly schema: JsonSchema;
}

/** A named schema: a component, or an inline schema hoisted because it carries a `title` or `id` hint. */
export interface SchemaModel {
  readonly kind: 'schema';
  /** The exported TypeScript type name, never a global's name. */
  readonly name: string;
  /** The key under `components.schemas`. */
  readonly key: string;
  /** Whether the schema was inline in the spec and named from its `title`/`id`. */
  readonly hoisted: boolean;
  readonly schema: JsonSchema;
}
