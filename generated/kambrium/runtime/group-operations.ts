// @ts-nocheck
// Copied from the generator's templates/group-operations.ts, which the generator type-checks. Do not edit.
/**
 * Builds a client's grouped form (`resources.servers.releases.get(params)`) from its operation functions. The
 * generated `resources.ts` passes the operations module and one line per method (`servers.releases.get=getServerRelease`)
 * in one string: a string costs a type checker nothing, where a thousand wrapper functions or tuples cost seconds (and
 * an array of a thousand string literals a type for each). Names
 * come from the spec, so each is defined as an own property: `constructor` or `__proto__` is a resource like any other.
 */
import type { Client, RequestOptions } from './client.js';
import { own } from './operation.js';
import { pagedCall, type PaginateOptions } from './paginate.js';

/** An operation function as the generated `operations.ts` exports it. */
type OperationFunction = (client: Client, params: unknown, options?: RequestOptions) => unknown;

/**
 * `operations` is the module namespace of `operations.ts`; each line of `table` is `resource.….method=functionName`,
 * with a trailing `*` for a paginated operation, whose method returns a PagedCall (see paginate.ts).
 */
export function groupOperations(client: Client, operations: object, table: string): unknown {
  const root: Record<string, unknown> = {};
  for (const line of table.split('\n')) {
    if (line === '') continue;
    const [path = '', entry = ''] = line.split('=');
    const paged = entry.endsWith('*');
    const functionName = paged ? entry.slice(0, -1) : entry;
    const names = path.split('.');
    const operation = own(operations as Record<string, unknown>, functionName);
    if (typeof operation !== 'function') continue;
    let node = root;
    for (const name of names.slice(0, -1)) {
      if (own(node, name) === undefined) define(node, name, {});
      node = node[name] as Record<string, unknown>;
    }
    const call = (params?: unknown, options?: RequestOptions) => (operation as OperationFunction)(client, params, options);
    define(node, names[names.length - 1]!, paged ? (params?: unknown, options?: PaginateOptions) => pagedCall(() => call(params, options) as Promise<unknown>, client, options) : call);
  }
  return root;
}

function define(node: Record<string, unknown>, name: string, value: unknown): void {
  Object.defineProperty(node, name, { value, enumerable: true, writable: true, configurable: true });
}
