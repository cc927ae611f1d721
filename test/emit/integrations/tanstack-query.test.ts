/**
 * The TanStack Query integration's stages: which operations are queries, infinite queries, mutations or left out
 * (and the spec's `x-query` and client.yaml's `queries` that say so), the names `query.ts` exports (collisions
 * numbered and listed), and the file's text for spec fragments, hostile ones included.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emitApiClient } from '../../../generator/emit/emit-api-client.js';
import { emitQueryFile } from '../../../generator/emit/integrations/tanstack-query/emit-query-file.js';
import { hasInfiniteOptions, operationQueryKind } from '../../../generator/emit/integrations/tanstack-query/operation-query-kind.js';
import { queryExportNames } from '../../../generator/emit/integrations/tanstack-query/query-export-names.js';
import { loadApi } from '../../../generator/load/load-api.js';
import { parseApiConfig } from '../../../generator/load/read-api-config.js';
import { buildApiModel } from '../../../generator/model/build-api-model.js';
import { SpecError } from '../../../generator/load/spec-error.js';
import { modelFromYaml } from '../../support/build-model.js';

const ok = '{ "200": { description: ok, content: { application/json: { schema: { type: object } } } } }';
const events = '{ "200": { description: ok, content: { text/event-stream: { schema: { type: string } } } } }';
const bytes = '{ "200": { description: ok, content: { application/octet-stream: { schema: { type: string, format: binary } } } } }';
const page = '{ "200": { description: ok, content: { application/json: { schema: { type: object, properties: { items: { type: array, items: { type: string } }, next_cursor: { type: string } } } } } } }';

/** A spec with one operation per entry: `METHOD /path` → the operation's YAML body (after `operationId`). */
function spec(operations: Record<string, string>): string {
  const paths: Record<string, string[]> = {};
  for (const [key, body] of Object.entries(operations)) {
    const [method, path] = key.split(' ') as [string, string];
    (paths[path] ??= []).push(`    ${method.toLowerCase()}: { ${body} }`);
  }
  return `openapi: 3.1.0\ninfo: { title: T, version: "1" }\npaths:\n${Object.entries(paths)
    .map(([path, lines]) => `  ${path}:\n${lines.join('\n')}`)
    .join('\n')}\n`;
}

describe('operationQueryKind', () => {
  const cases: Array<{ given: string; operation: string; queries?: string[]; want: string }> = [
    { given: 'GET', operation: `operationId: a, responses: ${ok}`, want: 'query' },
    { given: 'HEAD', operation: `operationId: a, responses: { "200": { description: ok } }`, want: 'query' },
    { given: 'POST', operation: `operationId: a, responses: ${ok}`, want: 'mutation' },
    { given: 'PUT', operation: `operationId: a, responses: ${ok}`, want: 'mutation' },
    { given: 'PATCH', operation: `operationId: a, responses: ${ok}`, want: 'mutation' },
    { given: 'DELETE', operation: `operationId: a, responses: ${ok}`, want: 'mutation' },
    { given: 'POST', operation: `operationId: a, x-query: true, responses: ${ok}`, want: 'query' },
    { given: 'GET', operation: `operationId: a, x-query: false, responses: ${ok}`, want: 'mutation' },
    { given: 'POST', operation: `operationId: a, responses: ${ok}`, queries: ['a'], want: 'query' },
    { given: 'POST', operation: `operationId: a, responses: ${ok}`, queries: ['POST /x'], want: 'query' },
    { given: 'GET', operation: `operationId: a, responses: ${events}`, want: 'stream' },
    { given: 'POST', operation: `operationId: a, responses: ${events}`, want: 'mutation' },
    { given: 'GET', operation: `operationId: a, responses: ${bytes}`, want: 'query' },
  ];
  it.each(cases)('$given $operation (queries: $queries) → $want', ({ given, operation, queries, want }) => {
    const model = modelFromYaml(spec({ [`${given} /x`]: operation }), queries ? { queries } : {});
    expect(operationQueryKind(model.operations[0]!)).toBe(want);
  });

  it('gives infinite options to paginated queries only', () => {
    const model = modelFromYaml(
      spec({
        'GET /things': `operationId: listThings, parameters: [{ name: cursor, in: query, schema: { type: string } }], responses: ${page}`,
        'GET /other': `operationId: getOther, responses: ${ok}`,
      }),
    );
    expect(model.operations.map((operation) => [operation.name, hasInfiniteOptions(operation)])).toEqual([
      ['getOther', false],
      ['listThings', true],
    ]);
  });

  it("reads `queries` from a spec folder's client.yaml and from the config file's settings, which add to it", async () => {
    const folder = await mkdtemp(join(tmpdir(), 'queries-'));
    try {
      await mkdir(folder, { recursive: true });
      await writeFile(join(folder, 'openapi.yaml'), spec({ 'POST /search': `operationId: searchServers, responses: ${ok}`, 'POST /find': `operationId: findServers, responses: ${ok}` }));
      await writeFile(join(folder, 'client.yaml'), 'queries: [searchServers]\n');
      const kinds = (model: ReturnType<typeof buildApiModel>) => model.operations.map((operation) => [operation.name, operationQueryKind(operation)]);
      expect(kinds(buildApiModel(await loadApi(folder)))).toEqual([
        ['findServers', 'mutation'],
        ['searchServers', 'query'],
      ]);
      expect(kinds(buildApiModel(await loadApi(folder, { queries: ['POST /find'] })))).toEqual([
        ['findServers', 'query'],
        ['searchServers', 'query'],
      ]);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  it("refuses a `queries` entry that names no operation, and a `queries` that is not a list", () => {
    expect(() => modelFromYaml(spec({ 'POST /x': `operationId: a, responses: ${ok}` }), { queries: ['nope'] })).toThrow(SpecError);
    expect(() => modelFromYaml(spec({ 'POST /x': `operationId: a, responses: ${ok}` }), { queries: ['nope'] })).toThrow(/client.yaml marks as queries operations the spec does not have: nope/);
    expect(parseApiConfig('client.yaml', 'queries: [searchServers, "POST /search"]\n').queries).toEqual(['searchServers', 'POST /search']);
    expect(() => parseApiConfig('client.yaml', 'queries: searchServers\n')).toThrow(/"queries" must be a list of operations/);
    expect(() => parseApiConfig('client.yaml', 'queries: [1]\n')).toThrow(/"queries" must be a list of operations/);
  });
});

describe('queryExportNames', () => {
  it('names each kind after the operation, and an invalidator per resource with queries', () => {
    const names = queryExportNames(
      modelFromYaml(
        spec({
          'GET /servers': `operationId: listServers, parameters: [{ name: cursor, in: query, schema: { type: string } }], responses: ${page}`,
          'POST /servers': `operationId: createServer, responses: ${ok}`,
          'GET /servers/{id}/releases': `operationId: listReleases, parameters: [{ name: id, in: path, required: true, schema: { type: string } }], responses: ${ok}`,
          'POST /jobs': `operationId: startJob, responses: ${ok}`,
          'GET /events': `operationId: streamEvents, responses: ${events}`,
        }),
      ),
    );
    expect(names.operations.map(({ operation, ...exports }) => [operation.name, exports])).toEqual([
      ['createServer', { mutation: 'createServerMutation' }],
      ['listReleases', { queryKey: 'listReleasesQueryKey', options: 'listReleasesOptions' }],
      [
        'listServers',
        { queryKey: 'listServersQueryKey', options: 'listServersOptions', infiniteQueryKey: 'listServersInfiniteQueryKey', infiniteOptions: 'listServersInfiniteOptions' },
      ],
      ['startJob', { mutation: 'startJobMutation' }],
    ]);
    // `jobs` has no query, `events` only a stream: nothing to invalidate there.
    expect(names.invalidators).toEqual([
      { name: 'invalidateServers', path: 'servers', operations: ['listReleases', 'listServers'] },
      { name: 'invalidateServersReleases', path: 'servers.releases', operations: ['listReleases'] },
    ]);
    expect(names.renamed).toEqual([]);
  });

  it('numbers a name that meets an earlier one, and lists it', () => {
    const names = queryExportNames(
      modelFromYaml(
        spec({
          'GET /things': `operationId: listThings, parameters: [{ name: cursor, in: query, schema: { type: string } }], responses: ${page}`,
          'GET /more': `operationId: listThingsInfinite, responses: ${ok}`,
          'GET /user/keys': `operationId: getUserKeys, responses: ${ok}`,
          'GET /userKeys': `operationId: getOtherKeys, responses: ${ok}`,
        }),
      ),
    );
    // `listThings` claims its infinite names first (operations go by name), so `listThingsInfinite` gives way.
    expect(names.renamed).toEqual([
      'listThingsInfiniteQueryKey → listThingsInfiniteQueryKey2',
      'listThingsInfiniteOptions → listThingsInfiniteOptions2',
      'invalidateUserKeys → invalidateUserKeys2',
    ]);
    expect(names.invalidators.map((invalidator) => [invalidator.path, invalidator.name])).toEqual([
      ['more', 'invalidateMore'],
      ['things', 'invalidateThings'],
      ['user', 'invalidateUser'],
      ['user.keys', 'invalidateUserKeys'],
      ['userKeys', 'invalidateUserKeys2'],
    ]);
  });
});

/** The text on one line, as prettier would lay out a short one: line breaks and trailing commas gone. */
function flat(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/([(<[]) /g, '$1').replace(/,? ([)>\]])/g, '$1');
}

describe('emitQueryFile', () => {
  it('writes one call per export, typed with the operation’s own types, through the operations namespace', () => {
    const text = flat(emitQueryFile(
      modelFromYaml(
        spec({
          'GET /servers': `operationId: listServers, parameters: [{ name: cursor, in: query, schema: { type: string } }], responses: ${page}`,
          'POST /servers': `operationId: createServer, requestBody: { required: true, content: { application/json: { schema: { type: object } } } }, responses: ${ok}`,
          'POST /ping': `operationId: ping, responses: ${ok}`,
        }),
        {},
        'acme',
      ),
    ));
    expect(text).toContain('import * as operations from "./operations.js";');
    expect(text).toContain('const API = "acme";');
    expect(text).toContain('return queryKeyOf(API, "listServers", params);');
    expect(text).toContain('return queryOptionsOf(listServersQueryKey(params), operations.listServers, client, params, options);');
    expect(text).toContain('return infiniteOptionsOf(listServersInfiniteQueryKey(params), operations.listServers, client, params, options, "cursor");');
    expect(text).toContain('return mutationOptionsOf(API, "createServer", operations.createServer, client, options);');
    // Optional params: `mutate()` may leave them out.
    expect(text).toContain('MutationOptionsOf<"ping", operations.PingParams | void, ');
    expect(text).toContain('MutationOptionsOf<"createServer", operations.CreateServerParams, ');
    expect(text).toContain('return invalidateOperations(queryClient, API, ["listServers"], options);');
  });

  it('passes no page argument for the URL styles', () => {
    const text = flat(emitQueryFile(
      modelFromYaml(
        spec({
          'GET /calls': `operationId: listCalls, responses: { "200": { description: ok, content: { application/json: { schema: { type: object, properties: { calls: { type: array, items: { type: string } }, next_page_uri: { type: string } } } } } } }`,
        }),
      ),
    ));
    expect(text).toContain('operations.listCalls, client, params, options, undefined);');
  });

  it('keeps hostile spec text inside comments and strings', () => {
    const text = emitQueryFile(modelFromYaml(spec({ 'GET /a*/b': `operationId: getA, responses: ${ok}` }), {}, 'we"ird`name'));
    expect(text).toContain('const API = "we\\"ird`name";');
    expect(text).toContain('`GET /a*\\/b`');
    expect(text).not.toContain('/a*/b');
  });

  it('is `export {}` for an API without operations, and on in emitApiClient only where the setting is', () => {
    expect(emitQueryFile(modelFromYaml('openapi: 3.1.0\ninfo: { title: T, version: "1" }\npaths: {}\n'))).toMatch(/\*\/\nexport \{\};\n$/);
    const model = modelFromYaml(spec({ 'GET /a': `operationId: getA, responses: ${ok}` }));
    const off = emitApiClient(model, []).map((file) => file.path);
    const on = emitApiClient({ ...model, integrations: ['tanstackQuery'] }, []).map((file) => file.path);
    expect(off).not.toContain('query.ts');
    expect(on.filter((path) => !off.includes(path))).toEqual(['query.ts']);
  });
});
