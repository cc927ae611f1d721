// Copied from the generator's templates/parameter-error.ts. Do not edit.
/** An argument that cannot be sent; `sendRequest` turns it into an `invalid-request` error and sends nothing. */
export class ParameterError extends Error {
  constructor(
    readonly parameter: string,
    message: string,
  ) {
    super(message);
  }
}
