/**
 * Emits `resources.ts`: the grouped form of the client (`createResources(client).servers.releases.get(params)`),
 * built on the same operation functions, with the same `Result`s and options. Its type is an interface of method
 * signatures (which the type checker reads lazily) and its value one string of `path=function` lines the runtime
 * turns into objects, so a large client's users pay little for it; code that imports only operation functions never
 * bundles it. Resource and method names are identifiers (camelCase words, verbs, function names): no `.` or `=`.
 */
import type { ApiModel, ResourceModel } from '../model/types.js';
import { docText, jsDoc } from './doc-comment.js';
import { paramsAreOptional } from './emit-operation.js';
import { propertyName } from './property-name.js';
import { responseStream } from '../model/response-stream.js';

/** The file's text after the header. */
export function emitResourcesFile(model: ApiModel): string {
  const entries: string[] = [];
  const body = resourceType(model.resources, [], '', entries);
  // Types through the namespace (`operations.GetServerParams`): one import instead of two per operation.
  const paged = model.operations.some((operation) => operation.pagination);
  const imports = [
    `import type { Client${model.operations.some((operation) => !operation.pagination) ? ', RequestOptions' : ''} } from "./runtime/client.js";`,
    ...(paged ? [`import type { PagedCall, PaginateOptions } from "./runtime/paginate.js";`] : []),
    `import { groupOperations } from "./runtime/group-operations.js";`,
    `import * as operations from "./operations.js";`,
  ];
  return [
    imports.join('\n'),
    '',
    `${jsDoc(docText(['The operations grouped by resource: the path\'s static segments name the resources, the REST verb names the method (see the README\'s naming rules).']))}export interface Resources ${body}`,
    '',
    `${jsDoc(docText(['Groups the operations of `client` by resource, as `Resources` describes; each method calls the operation function of the same name in `operations.ts`.']))}export function createResources(client: Client): Resources {`,
    `  return groupOperations(client, operations, ${templateText(entries)}) as Resources;`,
    '}',
    '',
  ].join('\n');
}

/** The type literal of one resource, and its table entries. */
function resourceType(resource: ResourceModel, path: readonly string[], indent: string, entries: string[]): string {
  const inner = `${indent}  `;
  const members: string[] = [];
  for (const { name, operation } of resource.methods) {
    const paged = operation.pagination !== undefined;
    const result = `operations.${operation.typeName}Result`;
    const signature = `${propertyName(name)}(params${paramsAreOptional(operation) ? '?' : ''}: operations.${operation.typeName}Params, options?: ${paged ? 'PaginateOptions' : 'RequestOptions'}): ${paged ? `PagedCall<${result}>` : `Promise<${result}>`};`;
    const doc = jsDoc(
      docText([
        `\`${operation.method.toUpperCase()} ${operation.path}\`: calls \`${operation.name}\`${paged ? '; `for await` over the call iterates every item, `.pages()` every page' : ''}.`,
        operation.deprecated && '@deprecated',
      ]),
      inner,
    );
    // A binary body taken as a stream (`download: 'stream'`) has its own result type, as for the function.
    const downloads = operation.successResponses.some((response) => responseStream(response)?.format === 'bytes');
    const download = `${propertyName(name)}(params: operations.${operation.typeName}Params${paramsAreOptional(operation) ? ' | undefined' : ''}, options: RequestOptions & { download: "stream" }): Promise<operations.${operation.typeName}StreamResult>;`;
    if (downloads) members.push(`${doc}${inner}${download}`);
    members.push(`${doc}${inner}${signature}`);
    entries.push(`${[...path, name].join('.')}=${operation.name}${paged ? '*' : ''}`);
  }
  for (const { name, resource: child } of resource.resources) {
    members.push(`${inner}${propertyName(name)}: ${resourceType(child, [...path, name], inner, entries)};`);
  }
  return `{\n${members.join('\n')}\n${indent}}`;
}

/**
 * The lines as one template literal, a line each: the type checker reads one string, where an array of a thousand
 * string literals made it create a type for each. Names are identifiers, but the text is escaped all the same.
 */
function templateText(lines: readonly string[]): string {
  return `\`\n${lines.map((line) => line.replace(/[\\`]|\$\{/g, (match) => `\\${match}`)).join('\n')}\n\``;
}
