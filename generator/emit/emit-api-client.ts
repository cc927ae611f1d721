/** Emits every file of one API's client from its model: schemas, operations, client, index, and the copied runtime. */
import { oneLine } from './doc-comment.js';
import { Project, ts, type SourceFile, type StatementStructures, type WriterFunction } from 'ts-morph';
import type { ApiModel } from '../model/types.js';
import { API_SURFACE_FILE, buildApiSurface } from './emit-api-surface.js';
import { emitClientFile } from './emit-client-file.js';
import { emitOperation } from './emit-operation.js';
import { emitSchemasFile } from './emit-schemas-file.js';
import { emitValidatorsFile } from './emit-validators-file.js';
import type { GeneratedFile } from './generated-file.js';
import { createSchemaTypePrinter } from './schema-type-printer.js';
import { splitIntoSections } from './split-into-sections.js';

/** What the runtime modules export, for imports into generated files. */
const RUNTIME_EXPORTS: ReadonlyArray<{ module: string; names: readonly string[]; values?: readonly string[] }> = [
  { module: './runtime/send-request.js', names: [], values: ['sendRequest'] },
  { module: './runtime/serialize-parameter.js', names: [], values: ['writeCookie', 'writeHeader', 'writePath', 'writePathValue', 'writeQuery'] },
  { module: './runtime/encode-body.js', names: [], values: ['encodeBinary', 'encodeForm', 'encodeJson', 'encodeMultipart', 'encodeText', 'writeBody'] },
  { module: './runtime/client.js', names: ['Client', 'RequestOptions'] },
  { module: './runtime/operation.js', names: ['OperationDescriptor'] },
  { module: './runtime/decode-headers.js', names: [], values: ['decodeHeaders'] },
  {
    module: './runtime/result.js',
    names: ['DefaultError', 'HttpError', 'Result', 'StatusRange', 'Success', 'TransportError', 'UnexpectedStatusError'],
  },
];

/** Emits the client; `runtime` holds the template files to copy, as read from `templates/`. */
export function emitApiClient(model: ApiModel, runtime: readonly GeneratedFile[]): GeneratedFile[] {
  const printer = createSchemaTypePrinter(model);
  const project = new Project({ useInMemoryFileSystem: true, skipFileDependencyResolution: true });
  const header = `// Generated from ${oneLine(model.title)}${model.version ? ` ${oneLine(model.version)}` : ''} (OpenAPI ${oneLine(model.openapiVersion)}). Do not edit: change the spec and run \`npm run generate\`.\n`;
  // One bulk call per file: adding nodes one by one is two orders of magnitude slower on large specs.
  const create = (path: string, statements: Array<string | WriterFunction | StatementStructures>): SourceFile =>
    project.createSourceFile(path, { statements }, { overwrite: true });

  const operations = create('/operations.ts', model.operations.flatMap((operation) => emitOperation(operation, printer)));
  const schemas = create('/schemas.ts', emitSchemasFile(model, printer));
  const schemaNames = [...model.schemas.map((s) => s.name), ...printer.helpers().map((h) => h.name)];
  const operationsImports = importsFor(operations.getFullText(), [...RUNTIME_EXPORTS, { module: './schemas.js', names: schemaNames }]);

  const files: GeneratedFile[] = [
    model.schemas.length === 0 ? { path: 'schemas.ts', content: `${header}export {};\n` } : large('schemas.ts', header, schemas),
    model.operations.length === 0
      ? { path: 'operations.ts', content: `${header}export {};\n` }
      : large('operations.ts', header + operationsImports, operations),
    { path: 'client.ts', content: header + create('/client.ts', emitClientFile(model)).getFullText() },
    { path: 'index.ts', content: header + indexText(model) },
    { path: 'validators.ts', content: header + emitValidatorsFile(model), preformatted: true },
    { path: API_SURFACE_FILE, content: `${JSON.stringify(buildApiSurface(model, printer), null, 2)}\n` },
    ...runtime.map((file) => ({
      path: `runtime/${file.path}`,
      content: `// Copied from the generator's templates/${file.path}. Do not edit.\n${file.content}`,
    })),
  ];
  disposeAll(project.getSourceFiles());
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** How much text one formatting job takes; large files are cut into sections of about this size. */
const SECTION_SIZE = 200_000;

/** A file whose text may be large: it carries sections the formatter can spread over threads. */
function large(path: string, prefix: string, file: SourceFile): GeneratedFile {
  const sections = splitIntoSections(prefix, file, SECTION_SIZE);
  return sections.length === 1 ? { path, content: sections[0]! } : { path, content: sections.join(''), sections };
}

function disposeAll(files: SourceFile[]): void {
  for (const file of files) file.forget();
}

/** Import declarations for exactly the names `body` uses, so strict `noUnusedLocals` users see no warnings. */
function importsFor(body: string, modules: ReadonlyArray<{ module: string; names: readonly string[]; values?: readonly string[] }>): string {
  const used = referencedNames(body);
  const lines: string[] = [];
  for (const { module, names, values = [] } of modules) {
    const valueNames = values.filter((name) => used.has(name)).sort();
    const typeNames = names.filter((name) => used.has(name)).sort();
    if (valueNames.length > 0) lines.push(`import { ${valueNames.join(', ')} } from '${module}';`);
    if (typeNames.length > 0) lines.push(`import type { ${typeNames.join(', ')} } from '${module}';`);
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n\n`;
}

/** Names `body` refers to: identifiers outside comments, strings and property-name positions. */
function referencedNames(body: string): Set<string> {
  const names = new Set<string>();
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node)) {
      const parent = node.parent;
      const isPropertyName =
        ((ts.isPropertySignature(parent) || ts.isPropertyAssignment(parent)) && parent.name === node) ||
        (ts.isPropertyAccessExpression(parent) && parent.name === node) ||
        (ts.isQualifiedName(parent) && parent.right === node);
      if (!isPropertyName) names.add(node.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(ts.createSourceFile('body.ts', body, ts.ScriptTarget.Latest, true));
  return names;
}

function indexText(model: ApiModel): string {
  const lines = [
    `export { createClient, defaultBaseUrl } from './client.js';`,
    ...(model.operations.length > 0 ? [`export * from './operations.js';`] : []),
    ...(model.schemas.length > 0 ? [`export type * from './schemas.js';`] : []),
    `export type { Client, ClientOptions, CredentialSource, FetchLike, RequestInfo, RequestOptions, ResponseInfo } from './runtime/client.js';`,
    `export type {`,
    `  AbortedError, AnyCallError, BodyTooLargeError, DefaultError, Failure, HttpError, InvalidBodyError, InvalidRequestError,`,
    `  NetworkError, Result, StatusRange, Success, TimeoutError, TransportError, UnexpectedStatusError,`,
    `} from './runtime/result.js';`,
    `export { ApiCallError, unwrap } from './runtime/unwrap.js';`,
  ];
  return `${lines.join('\n')}\n`;
}
