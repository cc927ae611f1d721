import { describe, expect, it } from 'vitest';
import { isRouteShaped, restOperationName, singular } from '../../generator/model/rest-operation-name.js';

describe('restOperationName', () => {
  it.each([
    ['get', '/servers', 'listServers'],
    ['get', '/servers/{qualifiedName}', 'getServer'],
    ['post', '/servers', 'createServer'],
    ['put', '/servers/{id}', 'replaceServer'],
    ['patch', '/servers/{id}', 'updateServer'],
    ['delete', '/servers/{id}', 'deleteServer'],
    ['delete', '/servers/{qualifiedName}/secrets/{name}', 'deleteServerSecret'],
    ['post', '/servers/{qualifiedName}/secrets', 'createServerSecret'],
    ['get', '/servers/{qualifiedName}/releases', 'listServerReleases'],
    ['get', '/servers/{qualifiedName}/releases/{id}', 'getServerRelease'],
    ['post', '/servers/{qualifiedName}/releases/{id}/resume', 'resumeServerRelease'],
    ['post', '/users/ban', 'banUsers'],
    ['put', '/repos/{owner}/{repo}/issues/{issue_number}/lock', 'lockRepoIssue'],
    ['post', '/session/{sessionID}/message', 'createSessionMessage'],
    ['post', '/search', 'search'],
    ['get', '/user', 'getUser'],
    ['get', '/repos/{owner}/{repo}/readme', 'getRepoReadme'],
    ['put', '/repos/{owner}/{repo}/subscription', 'setRepoSubscription'],
    ['post', '/repos/{owner}/{repo}/forks', 'createRepoFork'],
    ['get', '/v1/connections', 'listConnections'],
    ['get', '/api/v2beta/categories/{id}', 'getCategory'],
    ['get', '/statuses', 'listStatuses'],
    ['get', '/addresses/{id}', 'getAddress'],
    ['get', '/policies/{policy_id}', 'getPolicy'],
    ['post', '/v1/{name}:cancel', 'cancel'],
    ['post', '/instances:batchGet', 'batchGetInstances'],
    ['head', '/files/{path}', 'checkFile'],
    ['get', '/2010-04-01/Accounts/{AccountSid}/Calls.json', 'listAccountCalls'],
    ['get', '/files/{file_key}.json', 'getFile'],
    // A fragment keys one of several operations on a path (Box): it names the action, and never reaches the noun.
    ['get', '/files/{file_id}#get_shared_link', 'getSharedLinkFile'],
    ['put', '/files/{file_id}#add_shared_link', 'addSharedLinkFile'],
    ['post', '/oauth2/token#refresh', 'refreshOauth2Token'],
    ['get', '/shared_items#folders', 'foldersSharedItems'],
    ['get', '/files/{file_id}#2', 'getFile'],
  ])('%s %s → %s', (method, path, want) => {
    expect(restOperationName(method, path)).toBe(want);
  });

  it('never puts a path parameter in the name', () => {
    for (const path of ['/users/{userId}/repos/{repoName}', '/a/{zzParam}/b', '/x/{qq}:run', '/v1/things/{thingKey}.json']) {
      for (const method of ['get', 'post', 'put', 'patch', 'delete']) {
        const name = restOperationName(method, path) ?? '';
        for (const parameter of path.match(/\{([^}]+)\}/g)!.map((p) => p.slice(1, -1))) expect(name.toLowerCase()).not.toContain(parameter.toLowerCase());
      }
    }
  });

  it('has no name for a path without a static segment', () => {
    expect(restOperationName('get', '/')).toBeUndefined();
    expect(restOperationName('get', '/{id}')).toBeUndefined();
  });
});

describe('isRouteShaped', () => {
  it.each([
    ['getSmithery.run:namespace', 'get', '/servers/{namespace}', true],
    ['repos/get', 'get', '/repos/{owner}/{repo}', true],
    ['getUsersId', 'get', '/users/{id}', true],
    ['get_users_id', 'get', '/users/{id}', true],
    ['usersId', 'get', '/users/{id}', true],
    ['listUsers', 'get', '/users', false],
    ['getConnection', 'get', '/connect/{namespace}/{connectionId}', false],
    ['deleteMcpServer', 'delete', '/servers/{server_id}', false],
  ])('%s for %s %s → %s', (id, method, path, want) => {
    expect(isRouteShaped(id, method, path)).toBe(want);
  });
});

describe('singular', () => {
  it.each([
    ['servers', 'server'], ['categories', 'category'], ['addresses', 'address'], ['boxes', 'box'], ['statuses', 'status'],
    ['status', 'status'], ['analysis', 'analysis'], ['data', 'data'], ['news', 'news'], ['releases', 'release'], ['Calls', 'Call'], ['ids', 'ids'],
  ])('%s → %s', (word, want) => {
    expect(singular(word)).toBe(want);
  });
});
