/**
 * Emits `query.ts` (with `tanstackQuery: true`): TanStack Query options for every operation, framework-agnostic.
 * Each export is one call of the runtime (templates/query.ts, templates/infinite-query.ts) with the operation
 * function and its literal name, and a return annotation naming the operation's own types: the runtime holds the
 * behaviour, the file the names and types (the runtime's functions return `never`, so a type checker infers
 * nothing per operation). Operations are reached through a namespace import, so no export of this file can meet
 * an operation's name.
 */
import { describePagination } from '../../../model/detect-pagination.js';
import type { ApiModel, OperationModel } from '../../../model/types.js';
import { docText, jsDoc } from '../../doc-comment.js';
import { paramsAreOptional } from '../../emit-operation.js';
import { wrapList } from '../../layout.js';
import { operationQueryKind } from './operation-query-kind.js';
import { queryExportNames, type InvalidatorExport, type OperationExports } from './query-export-names.js';

/** The text of `query.ts` after the header. */
export function emitQueryFile(model: ApiModel): string {
  const names = queryExportNames(model);
  const api = JSON.stringify(model.name);
  const streamed = model.operations.filter((operation) => operationQueryKind(operation) === 'stream').map((operation) => `\`${operation.name}\``);
  const doc = docText([
    'TanStack Query options for every operation of this client, for any adapter (React, Vue, Svelte, Solid, Angular):\n' +
      '`{op}Options` for reads (`useQuery`, `queryClient.fetchQuery`), `{op}InfiniteOptions` for paginated reads\n' +
      '(`useInfiniteQuery`), `{op}Mutation` for the rest (`useMutation`), and `invalidate{Resource}` to refresh a\n' +
      "resource's queries after a change. Failures throw `ApiCallError` carrying the operation's typed error.\n" +
      `Every key starts with \`[${api}, operation]\`. Needs \`@tanstack/query-core\` (every adapter brings it).`,
    streamed.length > 0 && `Streamed reads have no options (a live stream is not a value to cache): call ${streamed.join(', ')} directly.`,
    names.renamed.length > 0 && `Names that met another were numbered: ${names.renamed.join(', ')}.`,
  ]);
  const uses = (key: keyof OperationExports) => names.operations.some((exports) => exports[key] !== undefined);
  const queryRuntime = [
    ...(uses('mutation') ? ['mutationOptionsOf'] : []),
    ...(names.invalidators.length > 0 ? ['invalidateOperations'] : []),
    ...(uses('queryKey') ? ['queryKeyOf', 'queryOptionsOf'] : []),
    ...(names.invalidators.length > 0 ? ['type InvalidateOptions', 'type InvalidatingClient'] : []),
    ...(uses('mutation') ? ['type MutationOptionsOf'] : []),
    ...(uses('queryKey') ? ['type QueryKeyOf', 'type QueryOptionsOf'] : []),
  ];
  const infiniteRuntime = uses('infiniteOptions') ? ['infiniteOptionsOf', 'infiniteQueryKeyOf', 'type InfiniteOptionsOf', 'type InfiniteQueryKeyOf'] : [];
  const imports = [
    ...(names.operations.length > 0 ? [`import type { Client, RequestOptions } from "./runtime/client.js";`] : []),
    ...(queryRuntime.length > 0 ? [`import ${wrapList('{ ', queryRuntime, ' } from "./runtime/query.js";', 7)}`] : []),
    ...(infiniteRuntime.length > 0 ? [`import ${wrapList('{ ', infiniteRuntime, ' } from "./runtime/infinite-query.js";', 7)}`] : []),
    ...(names.operations.length > 0 ? [`import * as operations from "./operations.js";`] : []),
  ];
  const statements = [
    ...names.operations.flatMap((exports) => operationStatements(model, exports)),
    ...names.invalidators.map((invalidator) => invalidatorStatement(invalidator)),
  ];
  if (statements.length === 0) return `${jsDoc(doc)}export {};\n`;
  return [
    jsDoc(doc) + imports.join('\n'),
    `${jsDoc('The first element of every query and mutation key of this API.')}const API = ${api};`,
    ...statements,
  ].join('\n\n') + '\n';
}

/** The exports of one operation. */
function operationStatements(model: ApiModel, exports: OperationExports): string[] {
  const operation = exports.operation;
  const t = `operations.${operation.typeName}`;
  const optional = paramsAreOptional(operation);
  const params = `params${optional ? '?' : ''}: ${t}Params`;
  const name = JSON.stringify(operation.name);
  const api = JSON.stringify(model.name);
  const types = [name, `${t}Params`, `${t}Response`, `${t}Error`];
  const request = `\`${operation.method.toUpperCase()} ${operation.path}\``;
  const statements: string[] = [];
  if (exports.queryKey !== undefined && exports.options !== undefined) {
    statements.push(
      exported(
        `The key of \`${operation.name}\`'s query: \`[${api}, ${name}, params]\`, tagged with its data and error types.`,
        exports.queryKey,
        [params],
        typeArguments('QueryKeyOf', types),
        ['queryKeyOf', ['API', name, 'params']],
        operation,
      ),
      exported(
        `${request} as a query: \`useQuery(${exports.options}(client, params))\`, \`queryClient.fetchQuery(…)\`. The call gets TanStack's \`signal\`; a failure throws \`ApiCallError\` with \`${operation.typeName}Error\`.`,
        exports.options,
        ['client: Client', params, 'options?: RequestOptions'],
        typeArguments('QueryOptionsOf', types),
        ['queryOptionsOf', [`${exports.queryKey}(params)`, `operations.${operation.name}`, 'client', 'params', 'options']],
        operation,
      ),
    );
  }
  if (exports.infiniteQueryKey !== undefined && exports.infiniteOptions !== undefined) {
    const pagination = operation.pagination!;
    const infiniteTypes = [name, `${t}Params`, `${t}Response`, `${t}Item`, `${t}Error`];
    // The page argument a next page sets; the URL styles send the next page's URL instead.
    const param = pagination.style === 'next-url' || pagination.style === 'link' ? 'undefined' : JSON.stringify(pagination.param!.key);
    statements.push(
      exported(
        `The key of \`${operation.name}\`'s infinite query: \`[${api}, ${name}, params, "infinite"]\`, tagged with its data and error types.`,
        exports.infiniteQueryKey,
        [params],
        typeArguments('InfiniteQueryKeyOf', infiniteTypes),
        ['infiniteQueryKeyOf', ['API', name, 'params']],
        operation,
      ),
      exported(
        `Every page of ${request}, ${describePagination(pagination)}: \`useInfiniteQuery(${exports.infiniteOptions}(client, params))\`. \`hasNextPage\` is false on the last page (and where the server names a page it already sent).`,
        exports.infiniteOptions,
        ['client: Client', params, 'options?: RequestOptions'],
        typeArguments('InfiniteOptionsOf', infiniteTypes),
        ['infiniteOptionsOf', [`${exports.infiniteQueryKey}(params)`, `operations.${operation.name}`, 'client', 'params', 'options', param]],
        operation,
      ),
    );
  }
  if (exports.mutation !== undefined) {
    statements.push(
      exported(
        `${request} as a mutation: \`useMutation(${exports.mutation}(client))\`, \`mutate(params)\`; its key is \`[${api}, ${name}]\`. A failure throws \`ApiCallError\` with \`${operation.typeName}Error\`.`,
        exports.mutation,
        ['client: Client', 'options?: RequestOptions'],
        typeArguments('MutationOptionsOf', [name, `${t}Params${optional ? ' | void' : ''}`, `${t}Response`, `${t}Error`]),
        ['mutationOptionsOf', ['API', name, `operations.${operation.name}`, 'client', 'options']],
        operation,
      ),
    );
  }
  return statements;
}

/** One resource's invalidator. */
function invalidatorStatement(invalidator: InvalidatorExport): string {
  const listed = invalidator.operations.length <= 6 ? ` (${invalidator.operations.map((name) => `\`${name}\``).join(', ')})` : '';
  const doc = `Marks the queries of the \`${invalidator.path}\` resource and its sub-resources${listed} stale, and refetches those in use: call it in the \`onSuccess\` of a mutation that changed them.`;
  const head = `export function ${invalidator.name}`;
  const names = wrapList('[', invalidator.operations.map((name) => JSON.stringify(name)), ']', 'return invalidateOperations(queryClient, API, '.length + 2, '  ');
  return `${jsDoc(docText([doc]))}${head}${wrapList('(', ['queryClient: InvalidatingClient', 'options?: InvalidateOptions'], '): Promise<void> {', head.length)}\n  return invalidateOperations(queryClient, API, ${names}, options);\n}`;
}

/** `export function name(parameters): returns { return callee(args); }` with its doc comment, laid out to the line width. */
function exported(doc: string, name: string, parameters: readonly string[], returns: string, [callee, args]: readonly [string, readonly string[]], operation: OperationModel): string {
  const head = `export function ${name}`;
  const signature = `${head}${wrapList('(', parameters, `): ${returns} {`, 0)}`;
  const call = `${callee}${wrapList('(', args, ');', '  return '.length + callee.length, '  ')}`;
  return `${jsDoc(docText([doc, operation.deprecated && '@deprecated']))}${signature}\n  return ${call}\n}`;
}

/** `Type<A, B, …>`, one argument per line when long. */
function typeArguments(type: string, args: readonly string[]): string {
  return wrapList(`${type}<`, args, '>', 'export function ): '.length + type.length, '', false);
}
