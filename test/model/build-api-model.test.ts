import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SpecError } from '../../generator/load/spec-error.js';
import { modelAndWarnings, modelFromYaml } from '../support/build-model.js';
import { thrownBy } from '../support/spec-sources.js';

const head = 'openapi: 3.1.0\ninfo: { title: T, version: "1" }\n';

describe('buildApiModel: operations', () => {
  const model = modelFromYaml(
    head +
      `security: [{ bearer: [] }]
paths:
  /items/{id}:
    parameters:
      - { name: id, in: path, required: true, schema: { type: string }, description: from the path item }
      - { name: verbose, in: query, schema: { type: boolean } }
    get:
      operationId: getItem
      deprecated: true
      parameters:
        - { name: verbose, in: query, schema: { type: integer }, description: overridden }
        - { name: id, in: query, schema: { type: string } }
        - { name: Accept, in: header, schema: { type: string } }
        - { name: X-Version, in: header, required: true, schema: { const: "2" } }
        - { name: tags, in: query, style: pipeDelimited, schema: { type: array, items: { type: string } } }
      responses:
        "201": { description: made }
        "200": { description: ok, content: { application/json: { schema: { type: string } }, text/plain: { schema: { type: string } } } }
        "5XX": { description: server }
        "404": { description: missing }
        default: { description: other }
    post:
      security: []
      parameters:
        - { name: body, in: query, schema: { type: string } }
      requestBody:
        required: true
        content:
          text/plain: { schema: { type: string } }
          application/json: { schema: { type: object } }
      responses:
        "204": { description: done }
components:
  securitySchemes:
    bearer: { type: http, scheme: bearer }
`,
  );
  const get = model.operations.find((o) => o.name === 'getItem')!;
  const post = model.operations.find((o) => o.method === 'post')!;

  it('splits responses into success (2xx) and error (the rest, ranges and default included), sorted by status', () => {
    expect(get.successResponses.map((r) => r.status)).toEqual([
      { kind: 'status-code', code: 200 },
      { kind: 'status-code', code: 201 },
    ]);
    expect(get.errorResponses.map((r) => r.status)).toEqual([
      { kind: 'status-code', code: 404 },
      { kind: 'status-range', range: 5 },
      { kind: 'status-default' },
    ]);
    expect(get.successResponses[0]?.contents.map((c) => [c.mediaType, c.format])).toEqual([
      ['application/json', 'json'],
      ['text/plain', 'text'],
    ]);
  });

  it('inherits path-level parameters, lets the operation override them, and applies style defaults', () => {
    const byKey = Object.fromEntries(get.parameters.map((p) => [p.key, p]));
    expect(get.parameters.map((p) => p.key)).toEqual(['id', 'verbose', 'queryId', 'X-Version', 'tags']);
    expect(byKey.id).toMatchObject({ in: 'path', required: true, style: 'simple', explode: false, description: 'from the path item' });
    expect(byKey.verbose).toMatchObject({ in: 'query', schema: { type: 'integer' }, description: 'overridden', style: 'form', explode: true });
    expect(byKey.queryId).toMatchObject({ name: 'id', in: 'query' });
    expect(byKey['X-Version']).toMatchObject({ in: 'header', constant: '2' });
    expect(byKey.tags).toMatchObject({ style: 'pipeDelimited', explode: false });
  });

  it('keeps the operation facts: deprecated, security from the document or the operation', () => {
    expect(get.deprecated).toBe(true);
    expect(get.security).toEqual([['bearer']]);
    expect(post.security).toEqual([]);
  });

  it('names operations without operationId from the REST structure, and gives `body` to the request body', () => {
    expect(post.name).toBe('updateItem');
    expect(post.parameters.map((p) => p.key)).toEqual(['id', 'verbose', 'queryBody']);
    expect(post.requestBody).toMatchObject({ required: true });
    expect(post.requestBody?.contents.map((c) => c.format)).toEqual(['json', 'text']);
  });
});

describe('buildApiModel: schemas', () => {
  it('keeps the mapping\'s tag for a member split into read and write views (fuzz seed 4242)', () => {
    const model = modelFromYaml(`openapi: 3.1.0
info: { title: T, version: "1" }
paths: {}
components:
  schemas:
    Shape:
      oneOf: [{ $ref: "#/components/schemas/Circle" }, { $ref: "#/components/schemas/Square" }]
      discriminator: { propertyName: kind, mapping: { round: "#/components/schemas/Circle", boxy: Square } }
    Circle:
      type: object
      properties: { kind: { type: string }, id: { type: string, readOnly: true } }
    Square:
      type: object
      properties: { kind: { type: string }, id: { type: string, readOnly: true } }
`);
    const tags = (name: string) => JSON.stringify(model.schemas.find((schema) => schema.name === name)?.schema).match(/"kind":\{"const":"[^"]*"/g);
    // The write view's members are CircleInput and SquareInput; their tags stay the mapping's keys.
    expect(tags('ShapeInput')).toEqual(['"kind":{"const":"round"', '"kind":{"const":"boxy"']);
    expect(tags('Shape')).toEqual(['"kind":{"const":"round"', '"kind":{"const":"boxy"']);
  });

  it('normalises 3.0 nullable once and hoists inline schemas that carry a title or id', () => {
    const model = modelFromYaml(`openapi: 3.0.3
info: { title: T, version: "1" }
paths:
  /a:
    get:
      operationId: getA
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema:
                id: ThingList
                type: object
                properties:
                  name: { type: string, nullable: true, title: Name }
components:
  schemas:
    Thing: { type: object, properties: { tag: { type: string, nullable: true } } }
`);
    expect(model.schemas.map((s) => [s.name, s.hoisted])).toEqual([
      ['Thing', false],
      ['ThingList', true],
    ]);
    expect(model.schemas[0]?.schema).toEqual({ type: 'object', properties: { tag: { type: ['string', 'null'] } } });
    expect(model.schemas[1]?.schema).toMatchObject({ properties: { name: { type: ['string', 'null'], title: 'Name' } } });
    const media = model.operations[0]?.successResponses[0]?.contents[0];
    expect(media?.schema).toEqual({ $ref: '#/components/schemas/ThingList' });
  });

  it('leaves inline schemas inline when two different ones share a hint', () => {
    const model = modelFromYaml(
      head +
        `paths:
  /a:
    get:
      responses:
        "200": { description: ok, content: { application/json: { schema: { title: Same, type: object, properties: { a: { type: string } } } } } }
        "400": { description: bad, content: { application/json: { schema: { title: Same, type: object, properties: { b: { type: string } } } } } }
`,
    );
    expect(model.schemas).toEqual([]);
  });
});

describe('buildApiModel: naming errors and overrides', () => {
  const twoOps = head + `paths:
  /a: { get: { operationId: list-things, responses: { "200": { description: ok } } } }
  /b: { get: { operationId: listThings, responses: { "200": { description: ok } } } }
`;

  it('keeps operationIds as written when they meet in one camelCase name', () => {
    expect(modelFromYaml(twoOps).operations.map((o) => o.name)).toEqual(['listThings', 'list_things']);
  });

  it('numbers operationIds that still give the same name (a spec the user does not own), with a warning at the renamed one', () => {
    const clash = head + 'paths:\n  /a: { get: { operationId: a-b, responses: {} } }\n  /b: { get: { operationId: a_b, responses: {} } }\n';
    const { model, warnings } = modelAndWarnings(clash);
    expect(model.operations.map((o) => [o.name, o.path])).toEqual([
      ['a_b', '/a'],
      ['a_b2', '/b'],
    ]);
    expect(warnings).toEqual([
      'warning: specs/test/openapi.yaml:5:29 (#/paths/~1b/get/operationId): GET /b would be named a_b, as would GET /a; named it a_b2 (choose a name in client.yaml: operationNames: { "a_b": … })',
    ]);
  });

  it('numbers operationIds whose names differ only in their first letter (one type name), with a warning', () => {
    const clash = head + 'paths:\n  /a: { get: { operationId: getUser, responses: {} } }\n  /b: { get: { operationId: GetUser, responses: {} } }\n';
    const { model, warnings } = modelAndWarnings(clash);
    expect(model.operations.map((o) => [o.name, o.typeName])).toEqual([
      ['GetUser2', 'GetUser2'],
      ['getUser', 'GetUser'],
    ]);
    expect(warnings).toEqual([
      'warning: specs/test/openapi.yaml:5:29 (#/paths/~1b/get/operationId): GET /b would be named GetUser, which differs only in its first letter from the name of GET /a (one type name for both); named it GetUser2 (choose a name in client.yaml: operationNames: { "GetUser": … })',
    ]);
  });

  it('still stops when two names client.yaml chose meet: the user can choose others', () => {
    const spec = head + 'paths:\n  /a: { get: { operationId: a, responses: {} } }\n  /b: { get: { operationId: b, responses: {} } }\n';
    const error = thrownBy(() => modelFromYaml(spec, { operationNames: { a: 'same', b: 'same' } })) as SpecError;
    expect(error).toBeInstanceOf(SpecError);
    expect(error.message).toMatch(/two operations are both named "same" by operationNames: GET \/b and GET \/a/);
    expect(error.positions.map((p) => p.line)).toEqual([5, 4]);
  });

  it('numbers names it derived from method and path when they meet, with a warning', () => {
    const spec = head + 'paths:\n  /api/dev/db/reset: { get: { responses: {} } }\n  /api/dev/db-reset: { get: { responses: {} } }\n';
    const { model, warnings } = modelAndWarnings(spec);
    expect(model.operations.map((o) => [o.name, o.path])).toEqual([
      ['getDevDbReset', '/api/dev/db-reset'],
      ['getDevDbReset2', '/api/dev/db/reset'],
    ]);
    expect(model.notes).toEqual([]);
    expect(warnings).toEqual([
      'warning: specs/test/openapi.yaml:4:29 (#/paths/~1api~1dev~1db~1reset/get): GET /api/dev/db/reset would be named getDevDbReset, as would GET /api/dev/db-reset; named it getDevDbReset2 (choose a name in client.yaml: operationNames: { "GET /api/dev/db/reset": … })',
    ]);
  });

  it('keeps an operationId\'s name and numbers the derived name that meets it', () => {
    const spec = head + 'paths:\n  /x: { get: { operationId: getA, responses: {} } }\n  /a: { get: { responses: {} } }\n';
    expect(modelFromYaml(spec).operations.map((o) => [o.name, o.path])).toEqual([
      ['getA', '/x'],
      ['getA2', '/a'],
    ]);
  });

  it('numbers derived names the same whatever unrelated paths surround them (property)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.stringMatching(/^[a-z]{1,6}$/), { maxLength: 8 }), fc.boolean(), (others, reversed) => {
        const paths = ['/api/dev/db/reset', '/api/dev/db-reset', ...others.map((name) => `/other/${name}`)];
        const ordered = reversed ? [...paths].reverse() : paths;
        const spec = head + `paths:\n${ordered.map((path) => `  ${path}: { get: { responses: {} } }`).join('\n')}\n`;
        const names = new Map(modelFromYaml(spec).operations.map((o) => [o.path, o.name]));
        expect(names.get('/api/dev/db-reset')).toBe('getDevDbReset');
        expect(names.get('/api/dev/db/reset')).toBe('getDevDbReset2');
      }),
      { seed: 7, numRuns: 50 },
    );
  });

  it('names route-shaped operationIds from the REST structure; names that meet fall back to their operationIds', () => {
    const spec =
      head +
      'paths:\n' +
      '  /repos/{owner}/{repo}: { get: { operationId: repos/get, responses: {} } }\n' +
      '  /user/repos: { get: { operationId: repos/list-for-authenticated-user, responses: {} } }\n' +
      '  /users/{username}/repos: { get: { operationId: repos/list-for-user, responses: {} } }\n' +
      '  /servers/{qualifiedName}/releases/{id}/resume: { post: { operationId: "postServers.releases:resume", responses: {} } }\n' +
      '  /connections: { get: { operationId: getConnections, responses: {} } }\n' +
      '  /things: { get: { operationId: listAllThings, responses: {} } }\n';
    const model = modelFromYaml(spec);
    expect(Object.fromEntries(model.operations.map((o) => [o.operationId, o.name]))).toEqual({
      'repos/get': 'getRepo',
      'repos/list-for-authenticated-user': 'reposListForAuthenticatedUser',
      'repos/list-for-user': 'reposListForUser',
      'postServers.releases:resume': 'resumeServerRelease',
      // Its words spell the method and path: route-shaped.
      getConnections: 'listConnections',
      listAllThings: 'listAllThings',
    });
    expect(model.notes).toEqual([
      expect.stringMatching(/^GET \/user\/repos is named reposListForAuthenticatedUser after its operationId: listUserRepos would also name another operation/),
      expect.stringMatching(/^GET \/users\/\{username\}\/repos is named reposListForUser after its operationId/),
    ]);
    // client.yaml still wins.
    expect(modelFromYaml(spec, { operationNames: { 'repos/get': 'fetchRepository' } }).operations.map((o) => o.name)).toContain('fetchRepository');
  });

  it('names operations whose operationIds are Object.prototype members', () => {
    const ids = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'then'];
    const spec = head + `paths:\n${ids.map((id, i) => `  /p${i}: { get: { operationId: ${id}, responses: {} } }`).join('\n')}\n`;
    // `then` would make the client module a thenable, which `await import()` calls: it gets the suffix.
    expect(modelFromYaml(spec).operations.map((o) => o.name)).toEqual(['constructor', 'hasOwnProperty', 'proto', 'thenOperation', 'toString', 'valueOf']);
    expect(modelFromYaml(spec, { operationNames: { constructor: 'build' } }).operations.map((o) => o.name)).toContain('build');
  });

  it('takes names from client.yaml, by operationId or by METHOD /path', () => {
    const model = modelFromYaml(twoOps, { operationNames: { 'list-things': 'listAs', 'GET /b': 'listBs' } });
    expect(model.operations.map((o) => [o.name, o.typeName])).toEqual([
      ['listAs', 'ListAs'],
      ['listBs', 'ListBs'],
    ]);
  });

  it('reports client.yaml entries that match no operation', () => {
    expect(thrownBy(() => modelFromYaml(twoOps, { operationNames: { 'GET /c': 'x', 'GET /b': 'y', 'list-things': 'z' } })).message).toMatch(
      /names operations the spec does not have: GET \/c/,
    );
  });

  it('renames a name the runtime exports, from an operationId or from the path (Google\'s createClient), with a warning', () => {
    const spec = head + 'paths:\n  /results: { get: { operationId: unwrap, responses: {} } }\n  /clients: { post: { responses: {} } }\n  /x: { get: { operationId: createClientOperation, responses: {} } }\n';
    const { model, warnings } = modelAndWarnings(spec);
    expect(model.operations.map((o) => [o.name, o.method, o.path])).toEqual([
      ['createClientOperation', 'get', '/x'],
      ['createClientOperation2', 'post', '/clients'],
      ['unwrapOperation', 'get', '/results'],
    ]);
    expect(warnings).toEqual([
      'warning: specs/test/openapi.yaml:4:35 (#/paths/~1results/get/operationId): GET /results would be named unwrap, which the client\'s runtime exports; named it unwrapOperation (choose a name in client.yaml: operationNames: { "unwrap": … })',
      'warning: specs/test/openapi.yaml:5:21 (#/paths/~1clients/post): POST /clients would be named createClient, which the client\'s runtime exports; named it createClientOperation (choose a name in client.yaml: operationNames: { "POST /clients": … })',
      'warning: specs/test/openapi.yaml:5:21 (#/paths/~1clients/post): POST /clients would be named createClientOperation, as would GET /x; named it createClientOperation2 (choose a name in client.yaml: operationNames: { "POST /clients": … })',
    ]);
  });

  it('still refuses a name client.yaml chose that the runtime exports', () => {
    const error = thrownBy(() => modelFromYaml(head + 'paths:\n  /a: { get: { operationId: a, responses: {} } }\n', { operationNames: { a: 'createClient' } })) as SpecError;
    expect(error).toBeInstanceOf(SpecError);
    expect(error.message).toBe('operation GET /a is named "createClient" by operationNames, which the client\'s runtime already exports');
  });

  it('keeps one of two response headers whose names differ only in case (HTTP header names are case-insensitive)', () => {
    const spec = head + 'paths:\n  /a:\n    get:\n      responses:\n        "200":\n          description: ok\n          headers:\n            x-rate: { schema: { type: integer } }\n            X-Rate: { schema: { type: string } }\n            Content-Type: { schema: { type: string } }\n';
    expect(modelFromYaml(spec).operations[0]!.successResponses[0]!.headers.map((h) => [h.name, h.schema])).toEqual([['X-Rate', { type: 'string' }]]);
  });

  it('rejects a response key that is not a status', () => {
    const error = thrownBy(() => modelFromYaml(head + 'paths:\n  /a:\n    get:\n      responses:\n        "20x": { description: x }\n')) as SpecError;
    expect(error.message).toMatch(/"20x" is not a response status/);
    expect(error.positions[0]?.line).toBe(7);
  });
});
