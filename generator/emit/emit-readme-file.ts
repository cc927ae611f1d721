/**
 * Emits a client's `README.md`: what the API is, how to create a client and authenticate, every operation grouped
 * by resource (signature, one line of description, error statuses, a usage example), then errors, pagination,
 * streams, retries and time limits explained once with the API's own operations. Every `ts` block is a whole
 * module importing `./index.js`, written so that it compiles under `tsc --strict` (tests compile them). Spec text
 * is untrusted: it is written as plain inline text, with markdown and control characters escaped.
 */
import { printable } from '../report/terminal-text.js';
import { itemStream } from '../model/response-stream.js';
import { statusKey } from '../model/status-key.js';
import type { ApiModel, OperationModel, ResourceModel } from '../model/types.js';
import { exampleArguments, type SchemaTypeOf } from './example-arguments.js';

/** Up to this many operations, every operation gets an example; above it, the first operation of each resource that can have one. */
const EXAMPLE_EVERY_OPERATION_UP_TO = 60;

/** The variables the examples declare; an operation of one of these names gets no example. */
export const EXAMPLE_LOCALS: ReadonlySet<string> = new Set(['client', 'result', 'error', 'item', 'event', 'fetch']);

/** A README for the client of `model`; `command` is the command that regenerates it, `sections` what integrations add. */
export function emitReadmeFile(model: ApiModel, command: string, integrationSections: readonly string[] = [], schemaType?: SchemaTypeOf): string {
  const sections = resourceSections(model.resources);
  const everyExample = model.operations.length <= EXAMPLE_EVERY_OPERATION_UP_TO;
  const examples = new Map<OperationModel, string>();
  for (const operation of model.operations) {
    // An operation named like one of the examples' own variables would meet it in the same scope.
    if (EXAMPLE_LOCALS.has(operation.name)) continue;
    const args = exampleArguments(operation, model.document, schemaType);
    if (args !== undefined) examples.set(operation, args);
  }
  const paged = model.operations.find((operation) => operation.pagination !== undefined && examples.has(operation));
  const streamed = model.operations.find((operation) => examples.has(operation) && itemStream(operation) !== undefined);
  // The errors and retries sections show a read with documented error statuses where there is one.
  const withExample = model.operations.filter((operation) => examples.has(operation));
  const statuses = (operation: OperationModel) => operation.errorResponses.filter((response) => response.status.kind !== 'status-default').length;
  const mostErrors = (candidates: readonly OperationModel[]) => candidates.reduce<OperationModel | undefined>((best, operation) => (best === undefined || statuses(operation) > statuses(best) ? operation : best), undefined);
  const first = mostErrors(withExample.filter((operation) => operation.method === 'get')) ?? mostErrors(withExample);

  const lines: string[] = [];
  lines.push(`# ${inline(model.title || model.name)} client`, '');
  lines.push(
    `A typed TypeScript client for ${inline(model.title || model.name)}${model.version ? ` ${inline(model.version)}` : ''}, generated from its OpenAPI ${inline(model.openapiVersion)} document. It has no runtime dependencies: \`runtime/\` holds the little code it needs. Do not edit these files: change the spec and run \`${command}\`.`,
    '',
  );
  if (model.description) lines.push(`> ${inline(firstParagraph(model.description), 600)}`, '');
  lines.push(
    `${count(model.operations.length, 'operation')}, ${count(model.schemas.length, 'schema type')}.`,
    '',
    '## Contents',
    '',
    '- [Create a client](#create-a-client)',
    ...(model.operations.length > 0 ? ['- [Operations](#operations)', ...sections.map((section) => `  - [${section.title}](#${anchor(section.title)})`)] : []),
    ...(first ? ['- [Errors](#errors)'] : []),
    ...(paged ? ['- [Pagination](#pagination)'] : []),
    ...(streamed ? ['- [Streams](#streams)'] : []),
    '- [Retries and time limits](#retries-and-time-limits)',
    ...integrationSections.flatMap((section) => {
      const title = /^## (.+)$/m.exec(section)?.[1];
      return title === undefined ? [] : [`- [${title}](#${anchor(title)})`];
    }),
    ...(model.validators ? ['- [Response validation](#response-validation)'] : []),
    ...(model.mocks && model.operations.length > 0 ? ['- [Mocks for tests](#mocks-for-tests)'] : []),
    '',
  );

  lines.push('## Create a client', '', ...createClientText(model), '');

  if (model.operations.length > 0) {
    lines.push(
      '## Operations',
      '',
      'Each operation is a function taking the client, its parameters (path, query, header and cookie parameters by name, and `body`) and optional call options (`signal`, `timeoutMs`, `headers`, …). It resolves to a `Result`: `ok: true` with `data` and `status`, or `ok: false` with `error`, typed per operation; it never rejects. The same operations are grouped by resource in `createResources(client)`, as each heading shows.',
      '',
      everyExample
        ? 'Each operation has an example where its required arguments can be written as plain values.'
        : `This API has ${count(model.operations.length, 'operation')}: each resource shows an example of its first operation whose required arguments can be written as plain values.`,
      '',
    );
    for (const section of sections) {
      lines.push(`### ${section.title}`, '', '| function | request | description | errors |', '|---|---|---|---|');
      for (const { operation } of section.methods) {
        const params = operation.parameters.some((p) => p.required && p.constant === undefined) || operation.requestBody?.required ? 'params' : 'params?';
        const errors = operation.errorResponses.map((response) => statusKey(response)).join(', ');
        lines.push(
          `| \`${operation.name}(client, ${params}, options?)\`${operation.deprecated ? ' (deprecated)' : ''} | \`${operation.method.toUpperCase()} ${code(operation.path)}\` | ${inline(operation.summary ?? firstParagraph(operation.description ?? ''), 160)} | ${code(errors) || '—'} |`,
        );
      }
      lines.push('');
      const shown = section.methods.filter(({ operation }) => examples.has(operation)).slice(0, everyExample ? undefined : 1);
      for (const { name, operation } of shown) {
        lines.push(
          `\`${operation.name}\` (\`${section.grouped}${name}\` in the grouped client):`,
          '',
          '```ts',
          `import { createClient, ${operation.name} } from "./index.js";`,
          '',
          `const result = await ${operation.name}(createClient()${argumentsText(examples.get(operation)!)});`,
          // Without a documented success, the result is only ever a failure, which `ok` cannot narrow.
          operation.successResponses.length > 0 ? 'console.log(result.ok ? result.data : result.error.message);' : 'if (!result.ok) console.error(result.error.message);',
          '```',
          '',
        );
      }
    }
  }

  if (first) lines.push(...errorsText(first, examples.get(first)!));
  if (paged) lines.push(...paginationText(paged, examples.get(paged)!));
  if (streamed) lines.push(...streamsText(streamed, examples.get(streamed)!));
  lines.push(...retriesText(first, first ? examples.get(first)! : ''));
  for (const section of integrationSections) lines.push(section.trimEnd(), '');
  if (model.validators) {
    lines.push(
      '## Response validation',
      '',
      'This client carries `validators.ts`: pass it to check every documented JSON body against the spec. A body that breaks it gives `invalid-body` with the `path` of the first offending field.',
      '',
      '```ts',
      'import { createClient } from "./index.js";',
      'import { responseValidation } from "./validators.js";',
      '',
      'const client = createClient({ validate: responseValidation });',
      'console.log(client);',
      '```',
      '',
    );
  }
  if (model.mocks && model.operations.length > 0) {
    lines.push(
      '## Mocks for tests',
      '',
      '`mock.ts` answers every operation in-process, with the documented example or a value synthesised from the schema; give a handler per operation to answer otherwise (typed by this client\'s own types). Every call is recorded. Apps never import it.',
      '',
      '```ts',
      'import { createClient } from "./index.js";',
      'import { createMockFetch } from "./mock.js";',
      '',
      'const fetch = createMockFetch();',
      'const client = createClient({ fetch });',
      `console.log(client, fetch.calls.length);`,
      '```',
      '',
    );
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

/** One resource of the grouped client, flattened: its dotted title, the prefix of its methods, and its methods. */
interface ResourceSection {
  readonly title: string;
  readonly grouped: string;
  readonly methods: ResourceModel['methods'];
}

/** Every resource with methods, depth first in name order; methods at the top sit under "Other operations". */
function resourceSections(root: ResourceModel): ResourceSection[] {
  const sections: ResourceSection[] = [];
  if (root.methods.length > 0) sections.push({ title: 'Other operations', grouped: 'resources.', methods: root.methods });
  const stack: Array<{ path: string; resource: ResourceModel }> = root.resources.map(({ name, resource }) => ({ path: name, resource })).reverse();
  while (stack.length > 0) {
    const { path, resource } = stack.pop()!;
    if (resource.methods.length > 0) sections.push({ title: path, grouped: `resources.${path}.`, methods: resource.methods });
    for (const child of [...resource.resources].reverse()) stack.push({ path: `${path}.${child.name}`, resource: child.resource });
  }
  return sections;
}

function createClientText(model: ApiModel): string[] {
  const server = model.servers[0];
  const lines = [
    server
      ? `Requests go to \`${code(server.url, 200)}\` unless you pass another \`baseUrl\` (a staging host, a proxy, the mock server).`
      : 'The spec names no server: pass `baseUrl`.',
    '',
  ];
  const schemes = model.securitySchemes.filter((scheme) => scheme.type !== 'unsupported');
  if (schemes.length === 0) {
    lines.push('The spec declares no authentication.', '', '```ts', 'import { createClient } from "./index.js";', '', `const client = createClient(${server ? '' : '{ baseUrl: "https://api.example.com" }'});`, 'console.log(client);', '```');
    return lines;
  }
  const what = (scheme: (typeof schemes)[number]) =>
    scheme.type === 'bearer'
      ? 'a bearer token (`Authorization: Bearer …`)'
      : scheme.type === 'basic'
        ? '`user:password` for HTTP basic authentication'
        : `an API key sent in the ${scheme.in ?? 'header'} \`${code(scheme.parameterName ?? '', 80)}\``;
  lines.push(
    schemes.length === 1
      ? `Authentication: pass \`token\`, ${what(schemes[0]!)}. It may be a function returning the token, called before every request, so it can refresh.`
      : `Authentication: the spec has ${schemes.length} security schemes. \`token\` goes to every scheme without an entry in \`credentials\`; \`credentials\` names each scheme's credential:`,
    '',
  );
  if (schemes.length > 1) {
    for (const scheme of schemes) lines.push(`- \`${code(scheme.key, 80)}\`: ${what(scheme)}`);
    lines.push('');
  }
  if (model.tokenEnvironment) lines.push(`Without a \`token\`, the client reads the environment variable \`${model.tokenEnvironment}\` where there is an environment.`, '');
  lines.push('```ts', 'import { createClient } from "./index.js";', '');
  const credential = schemes[0]!.type === 'basic' ? 'user:password' : 'your-token';
  lines.push(
    schemes.length === 1
      ? `const client = createClient({ token: "${credential}"${server ? '' : ', baseUrl: "https://api.example.com"'} });`
      : `const client = createClient({ credentials: { ${schemes.map((scheme) => `${JSON.stringify(scheme.key)}: "${scheme.type === 'basic' ? 'user:password' : 'your-credential'}"`).join(', ')} }${server ? '' : ', baseUrl: "https://api.example.com"'} });`,
    'console.log(client);',
    '```',
  );
  return lines;
}

function errorsText(operation: OperationModel, args: string): string[] {
  const http = operation.errorResponses.some((response) => response.status.kind !== 'status-default');
  const statuses = operation.errorResponses.map((response) => statusKey(response)).join(', ');
  return [
    '## Errors',
    '',
    `A failed call resolves to \`{ ok: false, error }\`; nothing is thrown. \`error\` is the operation's own union (\`${operation.typeName}Error\` for \`${operation.name}\`, whose spec documents ${statuses}): switch on \`kind\`, then on \`status\`, and TypeScript narrows the body to the documented type. Prefer exceptions? \`unwrap(result)\` returns the data or throws \`ApiCallError\` carrying the same union.`,
    '',
    '```ts',
    `import { createClient, ${operation.name} } from "./index.js";`,
    '',
    'const client = createClient();',
    `const result = await ${operation.name}(client${argumentsText(args)});`,
    'if (!result.ok) {',
    '  const error = result.error;',
    '  switch (error.kind) {',
    ...(http ? ["    case 'http': // a documented error status, with its typed body", '      console.error(error.status, error.body);', '      break;'] : []),
    "    case 'timeout': // timeoutMs or deadlineMs ran out",
    '      console.error(`gave up after ${error.timeoutMs} ms`);',
    '      break;',
    "    default: // unexpected-status, network, aborted, invalid-body, invalid-request, body-too-large",
    '      console.error(error.kind, error.message);',
    '  }',
    '}',
    '```',
    '',
  ];
}

function paginationText(operation: OperationModel, args: string): string[] {
  return [
    '## Pagination',
    '',
    `Operations that return one page of a list (\`${operation.name}\` pages by ${operation.pagination!.style}) work with \`paginate\`, which yields every item of every page, and \`pages\`, which yields each page. Each page is one normal call; a failed page ends the loop by throwing \`ApiCallError\` with the operation's typed error. \`maxItems\`, \`maxPages\` and \`signal\` bound the loop, and \`break\` stops it without another request.`,
    '',
    '```ts',
    `import { createClient, ${operation.name}, paginate } from "./index.js";`,
    '',
    'const client = createClient();',
    `for await (const item of paginate(${operation.name}, client, ${args || '{}'}, { maxItems: 100 })) {`,
    '  console.log(item);',
    '}',
    '```',
    '',
  ];
}

function streamsText(operation: OperationModel, args: string): string[] {
  const stream = itemStream(operation)!;
  const events = stream.format === 'sse' || stream.format === 'sse-json';
  const lines = [
    '## Streams',
    '',
    events
      ? `\`${operation.name}\` answers with Server-Sent Events: \`result.data\` is an \`EventStream\`, read as the events arrive. \`break\` closes the connection; a dropped connection, an idle stream (\`streamIdleTimeoutMs\`, 5 minutes by default) or your signal end the loop by throwing \`ApiCallError\`.`
      : `\`${operation.name}\` answers with a stream of JSON items: \`result.data\` is a \`ResponseStream\`, read as the items arrive. \`break\` closes the connection; a dropped connection, an idle stream (\`streamIdleTimeoutMs\`, 5 minutes by default) or your signal end the loop by throwing \`ApiCallError\`.`,
    '',
  ];
  // The stream is all a success can be only when it is the one documented success body.
  const alone = !stream.shared && operation.successResponses.length === 1;
  if (!alone) {
    lines.push(
      'Its successes document other bodies as well as the stream, and the answer\'s status and Content-Type decide which arrives, so `data` is their union: tell them apart with `isStream(result.data)`.',
      '',
    );
  }
  // Where several bodies are documented, the items of the streams among them may differ: log them whole.
  const item = events && alone ? 'event' : 'item';
  lines.push(
    '```ts',
    `import { createClient, ${operation.name}${alone ? '' : ', isStream'} } from "./index.js";`,
    '',
    'const client = createClient();',
    `const result = await ${operation.name}(client, ${args || '{}'}, { streamIdleTimeoutMs: 60_000 });`,
    alone ? 'if (result.ok) {' : 'if (result.ok && isStream(result.data)) {',
    `  for await (const ${item} of result.data) {`,
    item === 'event' ? '    console.log(event.event, event.data);' : '    console.log(item);',
    '  }',
    '}',
    '```',
    '',
  );
  return lines;
}

function retriesText(operation: OperationModel | undefined, args: string): string[] {
  return [
    '## Retries and time limits',
    '',
    'Each attempt may take `timeoutMs` (60 s by default, body read included); `deadlineMs` bounds the whole call, retries and waits included. Network errors, attempt time-outs and 408, 429, 502, 503 and 504 are retried up to `maxRetries` times (2 by default) with exponential backoff, honouring `Retry-After`, for GET, HEAD, OPTIONS, PUT and DELETE, and for POST and PATCH when `idempotencyKey` is on. Set them for the client, or per call:',
    '',
    '```ts',
    `import { createClient${operation ? `, ${operation.name}` : ''} } from "./index.js";`,
    '',
    'const client = createClient({ timeoutMs: 10_000, maxRetries: 3, deadlineMs: 30_000 });',
    ...(operation
      ? [`const result = await ${operation.name}(client, ${args || '{}'}, { signal: AbortSignal.timeout(5_000), maxRetries: 0 });`, 'console.log(result.ok);']
      : ['console.log(client);']),
    '```',
    '',
  ];
}

function argumentsText(args: string): string {
  return args === '' ? '' : `, ${args}`;
}

/** Spec text as one line of markdown: whitespace collapsed, markdown and HTML characters escaped, control characters shown as escapes, clipped. */
function inline(text: string, max = 300): string {
  const collapsed = printable(text.replace(/\s+/g, ' ').trim());
  const clipped = collapsed.length > max ? `${collapsed.slice(0, max - 1)}…` : collapsed;
  return clipped.replace(/[\\`*_[\]<>#|~]/g, (char) => `\\${char}`);
}

/** Spec text inside a code span (also in a table cell): one line, control characters escaped, no backtick or pipe to end it, clipped. */
function code(text: string, max = 300): string {
  const collapsed = printable(text.replace(/\s+/g, ' ').trim());
  const clipped = collapsed.length > max ? `${collapsed.slice(0, max - 1)}…` : collapsed;
  return clipped.replace(/`/g, "'").replace(/\|/g, '\\|');
}

function firstParagraph(text: string): string {
  return text.split(/\n\s*\n/)[0] ?? '';
}

/** GitHub's heading anchors: lower case, spaces to dashes, punctuation but `-` and `_` dropped. */
function anchor(title: string): string {
  return title.toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/\s/g, '-');
}

function count(n: number, noun: string): string {
  return `${n.toLocaleString('en')} ${noun}${n === 1 ? '' : 's'}`;
}
