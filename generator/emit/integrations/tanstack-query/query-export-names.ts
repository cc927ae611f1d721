/**
 * The names `query.ts` exports: per operation `{op}QueryKey` and `{op}Options` (queries), `{op}InfiniteQueryKey`
 * and `{op}InfiniteOptions` (paginated queries), `{op}Mutation` (the rest); per resource of the grouped client
 * that has queries, `invalidate{Resource}` (`servers.releases` → `invalidateServersReleases`). Names are claimed
 * in that order, operations by name and resources depth first; a name already claimed (an operation called
 * `listServersInfinite` beside a paginated `listServers`, resources `userKeys` and `user.keys`) is numbered, and
 * listed in `renamed` so the file can say so.
 */
import type { ApiModel, OperationModel, ResourceModel } from '../../../model/types.js';
import { hasInfiniteOptions, operationQueryKind } from './operation-query-kind.js';

/** What one operation exports; each name is present where the operation has that kind of options. */
export interface OperationExports {
  readonly operation: OperationModel;
  readonly queryKey?: string;
  readonly options?: string;
  readonly infiniteQueryKey?: string;
  readonly infiniteOptions?: string;
  readonly mutation?: string;
}

/** One resource's invalidator: its name, the resource's dotted path, and the operations whose queries it matches. */
export interface InvalidatorExport {
  readonly name: string;
  readonly path: string;
  readonly operations: readonly string[];
}

export interface QueryExportNames {
  /** In the model's operation order (by function name); streamed reads are left out. */
  readonly operations: readonly OperationExports[];
  /** Depth first, in name order. */
  readonly invalidators: readonly InvalidatorExport[];
  /** Names that met an earlier one and were numbered: `wanted → given`. */
  readonly renamed: readonly string[];
}

/** Assigns every export name of `model`'s `query.ts`. */
export function queryExportNames(model: ApiModel): QueryExportNames {
  const taken = new Set<string>();
  const renamed: string[] = [];
  const claim = (wanted: string): string => {
    let name = wanted;
    for (let n = 2; taken.has(name); n++) name = `${wanted}${n}`;
    if (name !== wanted) renamed.push(`${wanted} → ${name}`);
    taken.add(name);
    return name;
  };
  const operations: OperationExports[] = [];
  for (const operation of model.operations) {
    const kind = operationQueryKind(operation);
    const name = operation.name;
    if (kind === 'stream') continue;
    if (kind === 'mutation') {
      operations.push({ operation, mutation: claim(`${name}Mutation`) });
      continue;
    }
    const queryKey = claim(`${name}QueryKey`);
    const options = claim(`${name}Options`);
    operations.push(
      hasInfiniteOptions(operation)
        ? { operation, queryKey, options, infiniteQueryKey: claim(`${name}InfiniteQueryKey`), infiniteOptions: claim(`${name}InfiniteOptions`) }
        : { operation, queryKey, options },
    );
  }
  const invalidators: InvalidatorExport[] = [];
  // Depth first without recursion: a spec's paths may nest resources arbitrarily deep.
  const stack: Array<{ resource: ResourceModel; path: readonly string[] }> = [{ resource: model.resources, path: [] }];
  for (let entry = stack.pop(); entry !== undefined; entry = stack.pop()) {
    const { resource, path } = entry;
    const queries = queriesUnder(resource).sort(compare);
    if (path.length > 0 && queries.length > 0) {
      invalidators.push({ name: claim(`invalidate${path.map((segment) => segment[0]!.toUpperCase() + segment.slice(1)).join('')}`), path: path.join('.'), operations: queries });
    }
    for (const child of [...resource.resources].reverse()) stack.push({ resource: child.resource, path: [...path, child.name] });
  }
  return { operations, invalidators, renamed };
}

/** The function names of the queries in `resource` and its sub-resources. */
function queriesUnder(resource: ResourceModel): string[] {
  const names: string[] = [];
  const stack = [resource];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    for (const { operation } of node.methods) if (operationQueryKind(operation) === 'query') names.push(operation.name);
    for (const child of node.resources) stack.push(child.resource);
  }
  return names;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
