// @ts-nocheck
// Copied from the generator's templates/parameter-error.ts, which the generator type-checks. Do not edit.
/** An argument that cannot be sent; `sendRequest` turns it into an `invalid-request` error and sends nothing. */
export class ParameterError extends Error {
  constructor(
    readonly parameter: string,
    message: string,
  ) {
    super(message);
  }
}
