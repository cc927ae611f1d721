/**
 * How the TanStack Query integration serves an operation. Reads (GET and HEAD, or what the spec's `x-query` or
 * client.yaml's `queries` says) are queries, and the paginated ones infinite queries too; everything else is a
 * mutation. A read that answers with a live stream (events, JSON lines) is neither: a stream is not a value a
 * cache can hold or refetch, so it is left to the operation itself.
 */
import { itemStream } from '../../../model/response-stream.js';
import type { OperationModel } from '../../../model/types.js';

/** `query`: a key and query options; `mutation`: mutation options; `stream`: a streamed read, which gets none. */
export type OperationQueryKind = 'query' | 'mutation' | 'stream';

/** What `operation` gets in `query.ts`. */
export function operationQueryKind(operation: OperationModel): OperationQueryKind {
  const read = operation.query ?? (operation.method === 'get' || operation.method === 'head');
  if (!read) return 'mutation';
  return itemStream(operation) !== undefined ? 'stream' : 'query';
}

/** Whether `operation` gets infinite query options: a query that returns one page of a list. */
export function hasInfiniteOptions(operation: OperationModel): boolean {
  return operation.pagination !== undefined && operationQueryKind(operation) === 'query';
}
