// @ts-nocheck
// Copied from the generator's templates/unwrap.ts, which the generator type-checks. Do not edit.
/** The throwing convenience for callers who prefer exceptions to `if (result.ok)`. */
import type { Result, Success } from './result.js';

/** Thrown by `unwrap`; `error` is the same typed union the result carried. */
export class ApiCallError<E extends { readonly kind: string; readonly message: string }> extends Error {
  readonly error: E;

  constructor(error: E) {
    super(error.message);
    this.name = 'ApiCallError';
    this.error = error;
  }
}

/** Returns the data of a successful result, or throws an `ApiCallError` carrying the typed error. */
export function unwrap<S extends Success<number, unknown, unknown>, E extends { readonly kind: string; readonly message: string }>(
  result: Result<S, E>,
): S['data'] {
  if (result.ok) return result.data;
  throw new ApiCallError(result.error);
}
