/** Emits every file of one API's client from its model: schemas, operations, client, index, and the copied runtime. */
import { oneLine } from './doc-comment.js';
import type { StatementStructures } from 'ts-morph';
import { tsMorph } from './required-libraries.js';
import type { ApiModel, OperationModel } from '../model/types.js';
import { API_SURFACE_FILE, buildApiSurface, operationSurface } from './emit-api-surface.js';
import { emitClientFile } from './emit-client-file.js';
import { emitOperation } from './emit-operation.js';
import { emitReadmeFile } from './emit-readme-file.js';
import { schemaTypeOf } from './integrations/integration.js';
import { INTEGRATIONS } from './integrations/integrations.js';
import { itemStream } from '../model/response-stream.js';
import { emitResourcesFile } from './emit-resources-file.js';
import { emitSchemasFile } from './emit-schemas-file.js';
import { emitValidatorsFile } from './emit-validators-file.js';
import { emitMockFile } from './emit-mock-file.js';
import type { GeneratedFile } from './generated-file.js';
import { withTsImports } from './import-extension.js';
import { wrapList } from './layout.js';
import { createSchemaTypePrinter, schemaTypeNames, type SchemaTypePrinter } from './schema-type-printer.js';
import type { PrintedOperation, PrintMemory, RecalledPrints } from './print-memory.js';
import { ownValue } from '../load/own-property.js';

/** The command generated files tell their readers to run after changing the spec: the bin, whatever script wraps it. */
const REGENERATE_COMMAND = 'openapi-client generate';

/** What the runtime modules export, for imports into generated files. */
const RUNTIME_EXPORTS: ReadonlyArray<{ module: string; names: readonly string[]; values?: readonly string[] }> = [
  { module: './runtime/send-request.js', names: [], values: ['sendRequest'] },
  { module: './runtime/paginate.js', names: [], values: ['sendPage'] },
  { module: './runtime/read-stream.js', names: ['EventStream', 'ResponseStream'], values: ['readStream'] },
  { module: './runtime/serialize-parameter.js', names: [], values: ['writeCookie', 'writeHeader', 'writePath', 'writePathValue', 'writeQuery'] },
  { module: './runtime/encode-body.js', names: [], values: ['encodeBinary', 'encodeForm', 'encodeJson', 'encodeMultipart', 'encodeText', 'writeBody'] },
  { module: './runtime/client.js', names: ['Client', 'RequestOptions'] },
  { module: './runtime/decode-headers.js', names: [], values: ['decodeHeaders'] },
  {
    module: './runtime/result.js',
    names: ['DefaultError', 'HttpError', 'Page', 'Result', 'StatusRange', 'Success', 'TransportError', 'UnexpectedStatusError'],
  },
];

/**
 * Emits the client; `runtime` holds the template files to copy, as read from `templates/`. `progress` hears how
 * many operations are done (every 100, and at the end). `memory` recalls types an earlier generation printed.
 */
export function emitApiClient(
  model: ApiModel,
  runtime: readonly GeneratedFile[],
  progress?: (done: number, total: number) => void,
  memory?: PrintMemory,
): GeneratedFile[] {
  const integrations = INTEGRATIONS.filter((integration) => model.integrations.includes(integration.name));
  const remembered = memory?.recall(model.document, schemaTypeNames(model), integrations.map((integration) => integration.name).join(','));
  const schemaType = schemaTypeOf(integrations);
  const printer = createSchemaTypePrinter(model, remembered, schemaType);
  // Each operation's codec, asked of the integrations once.
  const codecs = model.operations.map((operation) => {
    const found = integrations.flatMap((integration) => integration.codec?.(operation, model) ?? []);
    if (found.length > 1) throw new Error(`internal error: integrations ${integrations.map((integration) => integration.name).join(', ')} both convert the values of ${operation.name}`);
    return found[0];
  });
  const header = `// Generated from ${oneLine(model.title)}${model.version ? ` ${oneLine(model.version)}` : ''} (OpenAPI ${oneLine(model.openapiVersion)}). Do not edit: change the spec and run \`${REGENERATE_COMMAND}\`.\n`;
  const total = model.operations.length;
  const printedOperations = model.operations.map((operation, index) => {
    if (progress && (index % 100 === 0 || index === total - 1)) progress(index + 1, total);
    return printOperation(operation, printer, model.document, remembered, codecs[index]?.name);
  });
  const operations = `${printedOperations.map((printed) => printed.text).join('\n\n')}\n`;
  const schemas = printStatements(emitSchemasFile(model, printer));
  const schemaNames = [...model.schemas.map((s) => s.name), ...printer.helpers().map((h) => h.name)];
  const used = new Set(printedOperations.flatMap((printed) => printed.names));
  const usedCodecs = codecs.filter((codec) => codec !== undefined);
  const codecModules = [...new Set(usedCodecs.map((codec) => codec.module))].sort();
  const codecExports = codecModules.map((module) => ({
    module,
    names: [],
    values: [...new Set(usedCodecs.filter((codec) => codec.module === module).map((codec) => codec.name))],
  }));
  const operationsImports = importsFor(used, [...RUNTIME_EXPORTS, ...codecExports, { module: './schemas.js', names: schemaNames }]);

  const files: GeneratedFile[] = [
    { path: 'schemas.ts', content: model.schemas.length === 0 ? `${header}export {};\n` : header + schemas },
    { path: 'operations.ts', content: model.operations.length === 0 ? `${header}export {};\n` : header + operationsImports + operations },
    { path: 'client.ts', content: header + printStatements(emitClientFile(model)) },
    ...(model.operations.length > 0 ? [{ path: 'resources.ts', content: header + emitResourcesFile(model) }] : []),
    { path: 'index.ts', content: header + indexText(model) },
    ...(model.validators ? [{ path: 'validators.ts', content: header + emitValidatorsFile(model), preformatted: true }] : []),
    ...(model.mocks ? [{ path: 'mock.ts', content: header + emitMockFile(model), preformatted: true }] : []),
    ...integrations.flatMap((integration) => integration.emit(model, { printer, header })),
    { path: 'README.md', content: emitReadmeFile(model, REGENERATE_COMMAND, integrations.flatMap((integration) => integration.readme?.(model) ?? []), schemaType), preformatted: true },
    { path: API_SURFACE_FILE, content: `${JSON.stringify(buildApiSurface(model, printer, printedOperations.map((printed) => printed.surface)), null, 2)}\n` },
  ];
  for (const file of runtimeImportedBy(files, runtime)) {
    files.push({ path: `runtime/${file.path}`, content: runtimeCopyHeader(file.path) + file.content, preformatted: true });
  }
  const written = model.importExtension === 'ts' ? files.map((file) => (/\.(ts|md)$/.test(file.path) ? { ...file, content: withTsImports(file.content) } : file)) : files;
  return written.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/**
 * What each copied runtime module starts with. `@ts-nocheck` spares every `tsc` and editor session of the client's
 * users from checking the runtime's bodies again (a third of `tsc`'s check time over a large client): the generator
 * type-checks them where they are written, under `--strict` and `noUncheckedIndexedAccess`. The generated files
 * that call the runtime are checked as usual, against its declared types.
 */
function runtimeCopyHeader(path: string): string {
  return `// @ts-nocheck\n// Copied from the generator's templates/${path}, which the generator type-checks. Do not edit.\n`;
}

/** A relative import or re-export of a `.js` module: `from "./runtime/x.js"`, `from './x.js'`. */
const RELATIVE_IMPORT = /\bfrom\s+["']\.\/((?:runtime\/)?[\w.-]+)\.js["']/g;

/**
 * The runtime templates the generated files import, directly or through each other: a client copies only those,
 * so its users never type-check a module nothing of theirs can reach (the mock double without `mocks`, the
 * validator without `validators`).
 */
function runtimeImportedBy(files: readonly GeneratedFile[], runtime: readonly GeneratedFile[]): GeneratedFile[] {
  const byName = new Map(runtime.map((file) => [file.path.replace(/\.ts$/, ''), file]));
  const needed = new Set<string>();
  const pending: string[] = [];
  const scan = (text: string, fromRuntime: boolean) => {
    for (const [, target = ''] of text.matchAll(RELATIVE_IMPORT)) {
      const name = fromRuntime ? target : target.startsWith('runtime/') ? target.slice('runtime/'.length) : undefined;
      if (name !== undefined && byName.has(name) && !needed.has(name)) {
        needed.add(name);
        pending.push(name);
      }
    }
  };
  for (const file of files) if (file.path.endsWith('.ts')) scan(file.content, false);
  for (let name = pending.pop(); name !== undefined; name = pending.pop()) scan(byName.get(name)!.content, true);
  return runtime.filter((file) => needed.has(file.path.replace(/\.ts$/, '')));
}

/**
 * Writes statements as source text, without building a syntax tree: ts-morph prints the structures (two-space
 * indentation, double quotes); text the emitter laid out itself is taken as it is (ts-morph's writer inspects every
 * character it is given, which for megabytes of types costs more than printing them). A blank line separates
 * statements, except consecutive imports.
 */
function printStatements(statements: ReadonlyArray<string | StatementStructures>): string {
  let text = '';
  let previous: string | StatementStructures | undefined;
  for (const statement of statements) {
    const printed = typeof statement === 'string' ? statement : printStructure(statement, PRINT_OPTIONS).trimEnd();
    if (previous !== undefined) text += isImport(previous) && isImport(statement) ? '\n' : '\n\n';
    text += printed;
    previous = statement;
  }
  return `${text}\n`;
}

const { printStructure, StructureKind, ts } = tsMorph;

const PRINT_OPTIONS = { indentNumberOfSpaces: 2, useSingleQuote: false } as const;

function isImport(statement: string | StatementStructures): boolean {
  return typeof statement !== 'string' && statement.kind === StructureKind.ImportDeclaration;
}

/**
 * An operation's statements in operations.ts (printed, or recalled with the helpers its types use), the names they
 * refer to, and its surface.
 */
function printOperation(operation: OperationModel, printer: SchemaTypePrinter, document: unknown, remembered: RecalledPrints | undefined, codec: string | undefined): PrintedOperation {
  const paths = (document as { paths?: Record<string, Record<string, unknown> | undefined> } | null)?.paths;
  const key = remembered?.operationKeyOf(operation, ownValue(ownValue(paths, operation.path), operation.method));
  const recalled = key === undefined ? undefined : remembered!.getOperation(key);
  if (recalled !== undefined) {
    printer.addHelpers(recalled.helpers);
    return recalled;
  }
  const text = printStatements(emitOperation(operation, printer, codec)).slice(0, -1);
  const surface = operationSurface(operation, printer);
  const printed: PrintedOperation = { text, names: [...referencedNames(text)].sort(), surface, helpers: printer.helpersIn(`${text}\n${JSON.stringify(surface)}`) };
  if (key !== undefined) remembered!.setOperation(key, printed);
  return printed;
}

/** Import declarations for exactly the names `used`, so strict `noUnusedLocals` users see no warnings. */
function importsFor(used: ReadonlySet<string>, modules: ReadonlyArray<{ module: string; names: readonly string[]; values?: readonly string[] }>): string {
  const lines: string[] = [];
  for (const { module, names, values = [] } of modules) {
    const valueNames = values.filter((name) => used.has(name)).sort();
    const typeNames = names.filter((name) => used.has(name)).sort();
    if (valueNames.length > 0) lines.push(`import ${wrapList('{ ', valueNames, ` } from "${module}";`, 7)}`);
    if (typeNames.length > 0) lines.push(`import type ${wrapList('{ ', typeNames, ` } from "${module}";`, 12)}`);
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n\n`;
}

/** Tokens after which `name:` or `name?:` names a property or parameter rather than referring to something. */
const MEMBER_STARTS = new Set([ts.SyntaxKind.OpenBraceToken, ts.SyntaxKind.CommaToken, ts.SyntaxKind.SemicolonToken, ts.SyntaxKind.OpenParenToken, ts.SyntaxKind.ReadonlyKeyword]);

/**
 * Names `body` refers to: identifiers outside comments and strings, except property names (`.name`, `{ name: …`,
 * `name?: …`) and parameter names. A token scan, not a parse: a parse of megabytes costs seconds and a syntax tree.
 */
function referencedNames(body: string): Set<string> {
  const names = new Set<string>();
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, true, ts.LanguageVariant.Standard, body);
  const colonFollows = () => {
    const next = scanner.scan();
    return next === ts.SyntaxKind.ColonToken || (next === ts.SyntaxKind.QuestionToken && scanner.scan() === ts.SyntaxKind.ColonToken);
  };
  let before = ts.SyntaxKind.Unknown;
  for (let kind = scanner.scan(); kind !== ts.SyntaxKind.EndOfFileToken; kind = scanner.scan()) {
    if (kind === ts.SyntaxKind.Identifier) {
      const member = before === ts.SyntaxKind.DotToken || before === ts.SyntaxKind.QuestionDotToken || (MEMBER_STARTS.has(before) && scanner.lookAhead(colonFollows));
      if (!member) names.add(scanner.getTokenValue());
    }
    before = kind;
  }
  return names;
}

function indexText(model: ApiModel): string {
  const lines = [
    `export { createClient, defaultBaseUrl } from './client.js';`,
    ...(model.operations.length > 0 ? [`export * from './operations.js';`, `export { createResources, type Resources } from './resources.js';`] : []),
    ...(model.schemas.length > 0 ? [`export type * from './schemas.js';`] : []),
    `export type { Client, ClientOptions, CredentialSource, FetchLike, RequestInfo, RequestOptions, ResponseInfo } from './runtime/client.js';`,
    `export type {`,
    `  AbortedError, AnyCallError, BodyTooLargeError, DefaultError, Failure, HttpError, InvalidBodyError, InvalidRequestError,`,
    `  NetworkError, Result, StatusRange, Success, TimeoutError, TransportError, UnexpectedStatusError,`,
    `} from './runtime/result.js';`,
    `export { ApiCallError, unwrap } from './runtime/unwrap.js';`,
    ...(model.operations.some((operation) => operation.pagination)
      ? [
          `export { paginate, pages, type ItemOf, type PageErrorOf, type PageOf, type PaginateOptions, type PagedCall } from './runtime/paginate.js';`,
          `export type { Page } from './runtime/result.js';`,
        ]
      : []),
    ...(model.operations.some((operation) => itemStream(operation) !== undefined)
      ? [`export { isStream, type EventStream, type ResponseStream, type ServerSentEvent } from './runtime/read-stream.js';`]
      : [`export type { EventStream, ResponseStream, ServerSentEvent } from './runtime/read-stream.js';`]),
  ];
  return `${lines.join('\n')}\n`;
}
