// Generated from Smithery Platform API 1.0.0 (OpenAPI 3.1.0). Do not edit: change the spec and run `openapi-client generate`.
export { createClient, defaultBaseUrl } from './client.js';
export * from './operations.js';
export { createResources, type Resources } from './resources.js';
export type * from './schemas.js';
export type { Client, ClientOptions, CredentialSource, FetchLike, RequestInfo, RequestOptions, ResponseInfo } from './runtime/client.js';
export type {
  AbortedError, AnyCallError, BodyTooLargeError, DefaultError, Failure, HttpError, InvalidBodyError, InvalidRequestError,
  NetworkError, Result, StatusRange, Success, TimeoutError, TransportError, UnexpectedStatusError,
} from './runtime/result.js';
export { ApiCallError, unwrap } from './runtime/unwrap.js';
export { paginate, pages, type ItemOf, type PageErrorOf, type PageOf, type PaginateOptions, type PagedCall } from './runtime/paginate.js';
export type { Page } from './runtime/result.js';
export { isStream, type EventStream, type ResponseStream, type ServerSentEvent } from './runtime/read-stream.js';
