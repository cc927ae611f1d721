// @ts-nocheck
// Copied from the generator's templates/describe-operation.ts, which the generator type-checks. Do not edit.
/**
 * Reads an operation's descriptor from the JSON text the generator writes. A type checker reads a string literal
 * for nothing, where a thousand object literals (or module-level constants, which it follows back statement by
 * statement) cost a large client's users a second of every `tsc` run.
 * Functions cannot be JSON: the generated call passes the runtime functions an operation uses (parameter writers,
 * body encoders, the header decoder, a codec), and the JSON names each by its position among them (`"write": 0`), so
 * bundlers still leave out what no imported operation uses.
 */
import type { OperationDescriptor } from './operation.js';

/** The descriptor fields that hold a function; in the JSON they hold its position among `functions`. */
const FUNCTION_FIELD = /^(write|encode|decode|stream|codec)$/;

/** Descriptors already read, by their JSON text: each operation's text is parsed on its first call only. */
const described = new Map<string, OperationDescriptor>();

/** Returns the descriptor `sendRequest` reads for `json`, parsed once per operation. */
export function describeOperation(json: string, functions: ReadonlyArray<(...args: never[]) => unknown>): OperationDescriptor {
  let descriptor = described.get(json);
  if (descriptor === undefined) {
    descriptor = JSON.parse(json, (key, value: unknown) => (FUNCTION_FIELD.test(key) && typeof value === 'number' ? functions[value] : value)) as OperationDescriptor;
    described.set(json, descriptor);
  }
  return descriptor;
}
