// Copied from the generator's templates/operation.ts. Do not edit.
/** The static description of one operation that generated code hands to `sendRequest`. */
import type { ParameterDescriptor } from './serialize-parameter.js';

/** How a documented response body is read. */
export type BodyFormat = 'json' | 'text' | 'blob' | 'empty';

/** How the request body is encoded. */
export interface RequestBodyDescriptor {
  readonly mediaType: string;
  readonly format: 'json' | 'text' | 'binary' | 'form' | 'multipart';
  readonly required: boolean;
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
  /** The `Accept` header: the documented response media types. */
  readonly accept?: string;
  /** Alternatives of security scheme names; `[]` means no auth, `[[]]` optional auth. */
  readonly security: readonly (readonly string[])[];
}
