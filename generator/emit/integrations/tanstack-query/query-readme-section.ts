/**
 * The README section of `query.ts`: what it exports, and examples with the API's own operations (a read, a
 * paginated read, a mutation refreshing the read's resource) for the core and for React. Every ```ts block
 * compiles next to the client (tests compile them), so an operation appears only where `exampleArguments` can
 * write its arguments.
 */
import type { ApiModel, OperationModel, ResourceModel } from '../../../model/types.js';
import { exampleArguments } from '../../example-arguments.js';
import { queryExportNames, type InvalidatorExport, type OperationExports } from './query-export-names.js';

/** The `## TanStack Query` section for `model`'s README. */
export function queryReadmeSection(model: ApiModel): string {
  const names = queryExportNames(model);
  // In code spans: a backtick in the API's (folder) name must not end one.
  const api = JSON.stringify(model.name).replace(/`/g, "'");
  const withArguments = (pick: (exports: OperationExports) => string | undefined, among: (exports: OperationExports) => boolean = () => true) => {
    for (const exports of names.operations) {
      const name = among(exports) ? pick(exports) : undefined;
      const args = name === undefined ? undefined : exampleArguments(exports.operation, model.document);
      if (name !== undefined && args !== undefined) return { exports, name, args: args === '' ? '' : `, ${args}` };
    }
    return undefined;
  };
  const places = resourcePaths(model.resources);
  // A mutation, and a read its resource's invalidator refreshes, where the API has such a pair.
  const write = withArguments((exports) => exports.mutation);
  const refreshed = write && invalidatorOver(names.invalidators, places.get(write.exports.operation));
  const inRefreshed = (exports: OperationExports) => refreshed?.operations.includes(exports.operation.name) === true;
  const plainRead = (exports: OperationExports) => (exports.infiniteOptions === undefined ? exports.options : undefined);
  const read = withArguments(plainRead, inRefreshed) ?? withArguments(plainRead) ?? withArguments((exports) => exports.options);
  const paged = withArguments((exports) => exports.infiniteOptions);
  const invalidator = refreshed ?? (read && invalidatorOver(names.invalidators, places.get(read.exports.operation)));
  const example = names.invalidators[0];

  const lines = [
    '## TanStack Query',
    '',
    `\`query.ts\` turns every operation into TanStack Query options, for any adapter (\`@tanstack/react-query\`, Vue's, Svelte's, Solid's, Angular's: they take the same options) or \`@tanstack/query-core\` itself, which you install (the client has no dependency on it):`,
    '',
    `- reads (GET, HEAD, and operations marked \`x-query: true\` in the spec or listed under \`queries\` in client.yaml): \`{op}QueryKey(params)\`, the key \`[${api}, operation, params]\`, and \`{op}Options(client, params, options?)\`, \`{ queryKey, queryFn }\` for \`useQuery\` or \`queryClient.fetchQuery\`. The call gets TanStack's \`signal\`, so cancelling a query aborts its request.`,
    `- paginated reads: \`{op}InfiniteOptions(client, params)\` for \`useInfiniteQuery\`, each page one call continuing where the last ended (the same rules as \`paginate\`); \`hasNextPage\` is false on the last page, and on a page whose next page the server already sent. Each page is \`{ data, items, next? }\`.`,
    `- everything else: \`{op}Mutation(client)\`, \`{ mutationKey, mutationFn }\` for \`useMutation\`, called with the operation's params.`,
    `- \`invalidate{Resource}(queryClient)\` per resource of the grouped client${example ? ` (\`resources.${example.path}\` → \`${example.name}\`)` : ''}: marks its queries stale and refetches those in use, for a mutation's \`onSuccess\`. Every key starts with \`[${api}, operation]\`, so \`{ queryKey: [${api}] }\` matches every query of this API.`,
    '',
    `A failure throws \`ApiCallError\` carrying the operation's typed error union, so \`error.error.kind\` (and then \`status\` and \`body\`) narrow as for a \`Result\`. Streamed reads (events, JSON lines) get no options: call them directly.`,
    '',
  ];
  if (read !== undefined) {
    lines.push(
      '```ts',
      'import { QueryClient } from "@tanstack/query-core";',
      'import { ApiCallError, createClient } from "./index.js";',
      `import { ${read.name} } from "./query.js";`,
      '',
      'const client = createClient();',
      'const queryClient = new QueryClient();',
      'try {',
      `  const data = await queryClient.fetchQuery(${read.name}(client${read.args}));`,
      '  console.log(data);',
      '} catch (error) {',
      '  if (error instanceof ApiCallError) console.error(error.error.kind, error.message);',
      '}',
      '```',
      '',
    );
  }
  const hooks = [read && 'useQuery', paged && 'useInfiniteQuery', write && 'useMutation', write && invalidator && 'useQueryClient'].filter((hook): hook is string => typeof hook === 'string');
  if (hooks.length > 0) {
    const imported = [read?.name, paged?.name, write?.name, write && invalidator?.name].filter((name): name is string => typeof name === 'string');
    lines.push(
      'In React:',
      '',
      '```ts',
      `import { ${hooks.sort().join(', ')} } from "@tanstack/react-query";`,
      'import { createClient } from "./index.js";',
      `import { ${[...new Set(imported)].sort().join(', ')} } from "./query.js";`,
      '',
      'const client = createClient();',
      '',
      `export function use${model.operations.length === 1 ? 'Operation' : 'Operations'}() {`,
      ...(write && invalidator ? ['  const queryClient = useQueryClient();'] : []),
      ...(read
        ? [
            `  const query = useQuery(${read.name}(client${read.args}));`,
            '  // `query.error` is an ApiCallError with the operation\'s error union.',
            '  if (query.error) console.error(query.error.error.kind);',
          ]
        : []),
      ...(paged ? [`  const list = useInfiniteQuery(${paged.name}(client${paged.args}));`, '  const items = list.data?.pages.flatMap((page) => page.items) ?? [];'] : []),
      ...(write
        ? [`  const mutation = useMutation(${invalidator ? `{ ...${write.name}(client), onSuccess: () => ${invalidator.name}(queryClient) }` : `${write.name}(client)`});`]
        : []),
      `  return { ${[read && 'query', paged && 'list', paged && 'items', write && 'mutation'].filter(Boolean).join(', ')} };`,
      '}',
      '```',
      '',
    );
    if (write) lines.push(`\`mutation.mutate(params)\` calls \`${write.exports.operation.name}\`${invalidator ? `; on success, \`${invalidator.name}\` refetches the \`${invalidator.path}\` queries in use` : ''}.`, '');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

/** The dotted resource path of every operation in the grouped client. */
function resourcePaths(root: ResourceModel): Map<OperationModel, string> {
  const paths = new Map<OperationModel, string>();
  const stack: Array<{ resource: ResourceModel; path: string }> = [{ resource: root, path: '' }];
  for (let entry = stack.pop(); entry !== undefined; entry = stack.pop()) {
    for (const { operation } of entry.resource.methods) paths.set(operation, entry.path);
    for (const { name, resource } of entry.resource.resources) stack.push({ resource, path: entry.path === '' ? name : `${entry.path}.${name}` });
  }
  return paths;
}

/** The invalidator of the deepest resource holding `path` (itself or an ancestor) that has queries. */
function invalidatorOver(invalidators: readonly InvalidatorExport[], path: string | undefined): InvalidatorExport | undefined {
  if (path === undefined || path === '') return undefined;
  let best: InvalidatorExport | undefined;
  for (const invalidator of invalidators) {
    const holds = path === invalidator.path || path.startsWith(`${invalidator.path}.`);
    if (holds && (best === undefined || invalidator.path.length > best.path.length)) best = invalidator;
  }
  return best;
}
