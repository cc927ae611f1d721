// Copied from the generator's templates/operation.ts. Do not edit.
/** The static description of one operation that generated code hands to `sendRequest`. */
import type { ParameterDescriptor } from './serialize-parameter.js';

/** How a documented response body is read. */
export type BodyFormat = 'json' | 'text' | 'blob' | 'empty';

/** How a documented response header's text is decoded. */
export type HeaderFormat = 'string' | 'number' | 'boolean' | 'array';

/** How one property of a form or multipart body is encoded (the spec's Encoding Object). */
export interface EncodingDescriptor {
  readonly contentType?: string;
  readonly style?: 'form' | 'spaceDelimited' | 'pipeDelimited' | 'deepObject';
  readonly explode?: boolean;
  readonly allowReserved?: boolean;
}

/** One media type the request body may be sent as. */
export interface BodyContentDescriptor {
  readonly mediaType: string;
  readonly format: 'json' | 'text' | 'binary' | 'form' | 'multipart';
  readonly encoding?: Readonly<Record<string, EncodingDescriptor>>;
}

/** How the request body is encoded: the first content is the default, `args.contentType` picks another. */
export interface RequestBodyDescriptor {
  readonly required: boolean;
  readonly contents: readonly BodyContentDescriptor[];
}

/** Everything `sendRequest` needs to know about an operation besides the caller's arguments. */
export interface OperationDescriptor {
  readonly method: string;
  /** The path template from the spec, such as `/connect/{namespace}/{connectionId}`. */
  readonly path: string;
  readonly parameters: readonly ParameterDescriptor[];
  readonly body?: RequestBodyDescriptor;
  /** Documented responses by status code, `1XX`..`5XX` range, or `default`. */
  readonly responses: Readonly<Record<string, BodyFormat>>;
  /** Documented response headers by response key, then by lower-case name: how to decode each. */
  readonly responseHeaders?: Readonly<Record<string, Readonly<Record<string, HeaderFormat>>>>;
  /** The `Accept` header: the documented response media types. */
  readonly accept?: string;
  /** Alternatives of security scheme names; `[]` means no auth, `[[]]` optional auth. */
  readonly security: readonly (readonly string[])[];
}
