import { describe, expect, it } from 'vitest';
import { assignSchemaNames, defaultOperationName, splitWords, toCamelCase, toPascalCase } from '../../generator/model/naming.js';

describe('word casing', () => {
  it.each([
    { given: 'getSmithery.run:namespace:connectionId', words: ['get', 'Smithery', 'run', 'namespace', 'connection', 'Id'], camel: 'getSmitheryRunNamespaceConnectionId', pascal: 'GetSmitheryRunNamespaceConnectionId' },
    { given: 'XMLHttpRequest', words: ['XML', 'Http', 'Request'], camel: 'xmlHttpRequest', pascal: 'XMLHttpRequest' },
    { given: 'mcp-servers', words: ['mcp', 'servers'], camel: 'mcpServers', pascal: 'McpServers' },
    { given: 'list_users_v2', words: ['list', 'users', 'v', '2'], camel: 'listUsersV2', pascal: 'ListUsersV2' },
    { given: '2fa settings', words: ['2', 'fa', 'settings'], camel: '_2FaSettings', pascal: '_2FaSettings' },
  ])('$given', ({ given, words, camel, pascal }) => {
    expect(splitWords(given)).toEqual(words);
    expect(toCamelCase(given)).toBe(camel);
    expect(toPascalCase(given)).toBe(pascal);
  });
});

describe('defaultOperationName', () => {
  it.each([
    { id: 'listUsers', method: 'get', path: '/users', want: 'listUsers' },
    { id: 'repos/get-content', method: 'get', path: '/repos/{owner}/{repo}/contents/{path}', want: 'getRepoContent' },
    { id: undefined, method: 'get', path: '/users/{user-id}/repos', want: 'listUserRepos' },
    { id: 'delete', method: 'delete', path: '/items/{id}', want: 'deleteOperation' },
    { id: '...', method: 'put', path: '/a/{b}', want: 'replaceA' },
    { id: undefined, method: 'get', path: '/', want: 'get' },
  ])('$id / $method $path → $want', ({ id, method, path, want }) => {
    expect(defaultOperationName(id, method, path)).toBe(want);
  });
});

describe('assignSchemaNames', () => {
  it('prefixes globals and taken names with the API name, numbers what still collides, and honours overrides', () => {
    const names = assignSchemaNames(
      ['Error', 'Response', 'user', 'User', 'GetUserResponse', 'Pet'],
      { Pet: 'Animal' },
      new Set(['GetUserResponse', 'Success']),
      'Acme',
    );
    expect(Object.fromEntries(names)).toEqual({
      Error: 'AcmeError',
      Response: 'AcmeResponse',
      User: 'User',
      user: 'AcmeUser',
      GetUserResponse: 'AcmeGetUserResponse',
      Pet: 'Animal',
    });
  });
});
