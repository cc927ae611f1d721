import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ResourceModel } from '../../generator/model/types.js';
import { modelFromYaml } from '../support/build-model.js';

const head = 'openapi: 3.1.0\ninfo: { title: T, version: "1" }\n';

/** The tree as `resource.path.method → operation name` lines. */
function lines(resource: ResourceModel, path: string[] = []): string[] {
  return [
    ...resource.methods.map((method) => `${[...path, method.name].join('.')} → ${method.operation.name}`),
    ...resource.resources.flatMap((child) => lines(child.resource, [...path, child.name])),
  ];
}

describe('groupOperations', () => {
  it('puts each operation under its static segments, named by its REST verb', () => {
    const spec =
      head +
      'paths:\n' +
      '  /servers: { get: { operationId: listServers, responses: {} }, post: { operationId: createServer, responses: {} } }\n' +
      '  /servers/{qualifiedName}: { get: { operationId: getServer, responses: {} } }\n' +
      '  /servers/{qualifiedName}/releases/{id}: { get: { operationId: getRelease, responses: {} } }\n' +
      '  /servers/{qualifiedName}/releases/{id}/resume: { post: { operationId: resumeRelease, responses: {} } }\n' +
      '  /v1/pre-receive-hooks: { get: { operationId: hooks, responses: {} } }\n';
    expect(lines(modelFromYaml(spec).resources)).toEqual([
      'preReceiveHooks.list → hooks',
      'servers.create → createServer',
      'servers.get → getServer',
      'servers.list → listServers',
      'servers.releases.get → getRelease',
      'servers.releases.resume → resumeRelease',
    ]);
  });

  it("methods that would share a name, or a sub-resource's name, take their function names", () => {
    const spec =
      head +
      'paths:\n' +
      '  /user/repos: { get: { operationId: listMine, responses: {} } }\n' +
      '  /users/{name}/repos: { get: { operationId: listTheirs, responses: {} } }\n' +
      '  /a/{id}: { get: { operationId: getA, responses: {} } }\n' +
      '  /a/{id}/b: { get: { operationId: getB, responses: {} } }\n' +
      '  /b/{id}/constructor: { post: { operationId: makeOne, responses: {} } }\n' +
      '  /{id}: { get: { operationId: root, responses: {} } }\n';
    expect(lines(modelFromYaml(spec).resources)).toEqual([
      'root → root',
      'a.get → getA',
      'a.b.get → getB',
      'b.constructor.create → makeOne',
      'user.repos.list → listMine',
      'users.repos.list → listTheirs',
    ]);
    const clash = head + 'paths:\n  /x: { get: { operationId: one, responses: {} } }\n  /x/{id}: { get: { operationId: two, responses: {} } }\n  /x/{id}/{y}: { get: { operationId: three, responses: {} } }\n';
    expect(lines(modelFromYaml(clash).resources)).toEqual(['x.one → one', 'x.three → three', 'x.two → two']);
  });

  it("client.yaml's resourcePaths places an operation, by operationId or METHOD /path; a key naming nothing is an error", () => {
    const spec = head + 'paths:\n  /servers/{id}: { get: { operationId: getServer, responses: {} } }\n  /v2/things: { get: { responses: {} } }\n';
    const model = modelFromYaml(spec, { operationNames: {}, schemaNames: {}, resourcePaths: { getServer: 'registry.servers.fetch', 'GET /v2/things': 'things.all' } });
    expect(lines(model.resources)).toEqual(['registry.servers.fetch → getServer', 'things.all → listThings']);
    expect(() => modelFromYaml(spec, { operationNames: {}, schemaNames: {}, resourcePaths: { nothing: 'a.b' } })).toThrow(/client\.yaml places operations the spec does not have: nothing/);
  });

  it('gives the same tree whatever order the paths come in (property)', () => {
    const paths = ['/a', '/a/{id}', '/a/{id}/b', '/a/{id}/b/{c}', '/b', '/b/{id}/run', '/c/{id}/d'];
    const specOf = (order: string[]) => head + `paths:\n${order.map((path, i) => `  ${path}: { get: { operationId: op${paths.indexOf(path)}, responses: {} }${i % 2 ? ', post: { responses: {} }' : ''} }`).join('\n')}\n`;
    const expected = lines(modelFromYaml(specOf(paths)).resources);
    fc.assert(
      fc.property(fc.shuffledSubarray(paths, { minLength: paths.length, maxLength: paths.length }), (order) => {
        const names = (spec: string) => lines(modelFromYaml(spec).resources).filter((line) => !line.includes('post'));
        expect(names(specOf(order)).filter((line) => / → op/.test(line))).toEqual(expected.filter((line) => / → op/.test(line)));
      }),
      { seed: 20261125, numRuns: 50 },
    );
  });
});

describe('resourcePaths in client.yaml', () => {
  it('must map keys to identifiers joined by dots, reported at the value', async () => {
    const { parseApiConfig } = await import('../../generator/load/read-api-config.js');
    expect(parseApiConfig('client.yaml', 'resourcePaths:\n  getServer: registry.servers.fetch\n').resourcePaths).toEqual({ getServer: 'registry.servers.fetch' });
    for (const bad of ['a..b', '.a', 'a.', 'a.b-c', '1a']) {
      expect(() => parseApiConfig('client.yaml', `resourcePaths:\n  getServer: "${bad}"\n`)).toThrow(/"resourcePaths\.getServer" must be identifiers joined by dots/);
    }
  });
});
