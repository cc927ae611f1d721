/** Recognising paginated operations from their shape, declarations in client.yaml, and what is never paginated. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseApiConfig } from '../../generator/load/read-api-config.js';
import { describePagination } from '../../generator/model/detect-pagination.js';
import type { OperationModel } from '../../generator/model/types.js';
import { modelFromYaml } from '../support/build-model.js';

/** A spec with one operation: `query` parameters (name: type), a 200 body schema (JSON), and optional headers. */
function listSpec(options: { method?: string; query: Record<string, string>; body: unknown; headers?: string[]; extraStatus?: boolean }): string {
  const parameters = Object.entries(options.query).map(([name, type]) => ({ name, in: 'query', schema: { type } }));
  const responses: Record<string, unknown> = {
    '200': {
      description: 'ok',
      ...(options.headers ? { headers: Object.fromEntries(options.headers.map((name) => [name, { schema: { type: 'string' } }])) } : {}),
      content: { 'application/json': { schema: options.body } },
    },
  };
  if (options.extraStatus) responses['202'] = { description: 'accepted' };
  const document = {
    openapi: '3.1.0',
    info: { title: 't', version: '1' },
    paths: { '/things': { [options.method ?? 'get']: { operationId: 'listThings', parameters, responses } } },
  };
  return JSON.stringify(document);
}

const object = (properties: Record<string, unknown>) => ({ type: 'object', properties });
const list = { type: 'array', items: object({ id: { type: 'string' } }) };
const only = (yaml: string, config = {}): OperationModel => modelFromYaml(yaml, config).operations[0]!;

describe('detectPagination', () => {
  it.each([
    ['cursor', { cursor: 'string', limit: 'integer' }, object({ data: list, next_cursor: { type: ['string', 'null'] } }), undefined, 'cursor (cursor ← next_cursor; items in data)'],
    ['cursor nested', { cursor: 'string' }, object({ items: list, cursor: object({ next: { type: 'string' } }) }), undefined, 'cursor (cursor ← cursor.next; items in items)'],
    ['page token', { pageToken: 'string' }, object({ things: list, nextPageToken: { type: 'string' } }), undefined, 'cursor (pageToken ← nextPageToken; items in things)'],
    ['has_more', { after: 'string', limit: 'integer' }, object({ data: list, has_more: { type: 'boolean' } }), undefined, "cursor (after ← last item's id; items in data; while has_more)"],
    ['page', { page: 'integer', per_page: 'integer' }, list, undefined, 'page (page + 1; items in the body)'],
    ['page total', { page: 'integer' }, object({ results: list, total_pages: { type: 'integer' } }), undefined, 'page (page + 1 up to total_pages; items in results)'],
    ['offset', { offset: 'integer', limit: 'integer' }, object({ data: list, total: { type: 'integer' } }), undefined, 'offset (offset + items up to total; items in data)'],
    ['next url', {}, object({ records: list, next_page_url: { type: 'string' } }), undefined, 'next-url (URL in next_page_url; items in records)'],
    ['next described as a URL', { page_size: 'integer' }, object({ values: list, next: { type: 'string', format: 'uri' } }), undefined, 'next-url (URL in next; items in values)'],
    ['link', { page: 'integer' }, list, ['Link'], 'link (Link header rel="next"; items in the body)'],
  ])('recognises %s', (_name, query, body, headers, expected) => {
    const operation = only(listSpec({ query, body, ...(headers ? { headers } : {}) }));
    expect(operation.pagination && describePagination(operation.pagination)).toBe(expected);
  });

  it.each([
    ['a POST', { method: 'post', query: { cursor: 'string' }, body: object({ data: list, next_cursor: { type: 'string' } }) }],
    ['two success responses', { query: { page: 'integer' }, body: list, extraStatus: true }],
    ['no list in the body', { query: { page: 'integer' }, body: object({ count: { type: 'integer' } }) }],
    ['two lists, neither preferred', { query: { page: 'integer' }, body: object({ users: list, groups: list }) }],
    ['a cursor with nothing to feed it', { query: { cursor: 'string' }, body: object({ data: list }) }],
    ['an offset without a page size', { query: { offset: 'integer' }, body: list }],
    ['a list without paging parameters', { query: { q: 'string' }, body: list }],
  ])('does not treat %s as paginated', (_name, spec) => {
    expect(only(listSpec(spec)).pagination).toBeUndefined();
  });

  it('never treats an operation without a list or without a paging parameter as paginated (property)', () => {
    const names = fc.constantFrom('cursor', 'after', 'page', 'offset', 'limit', 'q', 'next', 'token', 'sort');
    const types = fc.constantFrom('string', 'integer', 'boolean');
    const scalar = fc.record({ type: fc.constantFrom('string', 'integer', 'boolean', 'number') });
    fc.assert(
      fc.property(fc.dictionary(names, types, { maxKeys: 4 }), fc.dictionary(fc.constantFrom('next_cursor', 'has_more', 'total', 'next_page_uri', 'id'), scalar), (query, fields) => {
        // A body without any array: nothing to page through, whatever the names.
        expect(only(listSpec({ query, body: object(fields) })).pagination).toBeUndefined();
        // A list with no query parameter that moves through it, unless the body names the next URL.
        const withList = only(listSpec({ query: {}, body: object({ ...fields, data: list }) }));
        if (withList.pagination) expect(withList.pagination.style).toBe('next-url');
      }),
      { numRuns: 200 },
    );
  });
});

describe('pagination in client.yaml', () => {
  const ambiguous = listSpec({ query: { token: 'string', q: 'string' }, body: object({ widgets: list, gadgets: list, continue: { type: 'string' } }) });
  const declare = (setting: unknown) => ({ pagination: { listThings: setting } }) as never;

  it('declares what shape cannot tell, and `none` turns a recognised operation off', () => {
    const operation = only(ambiguous, declare({ style: 'cursor', items: 'widgets', param: 'token', next: 'continue' }));
    expect(operation.pagination && describePagination(operation.pagination)).toBe('cursor (token ← continue; items in widgets; declared in client.yaml)');
    expect(only(listSpec({ query: { page: 'integer' }, body: list }), declare('none')).pagination).toBeUndefined();
  });

  it('refuses a declaration the operation cannot follow, saying what to write', () => {
    expect(() => only(ambiguous, declare({ style: 'cursor', items: 'widgets', param: 'nope', next: 'continue' }))).toThrow(/"nope" is not a query parameter of the operation/);
    expect(() => only(ambiguous, declare({ style: 'cursor', param: 'token', next: 'continue' }))).toThrow(/cannot tell which array holds the items/);
    expect(() => only(ambiguous, declare({ style: 'cursor', items: 'continue', param: 'token', next: 'continue' }))).toThrow(/"continue" is not an array/);
    expect(() => only(ambiguous, declare({ style: 'page', items: 'widgets' }))).toThrow(/style page needs "param"/);
    expect(() => only(ambiguous, declare({ style: 'cursor', items: 'widgets', param: 'token' }))).toThrow(/needs "next"/);
    expect(() => only(ambiguous, { pagination: { nothing: 'none' } } as never)).toThrow(/declares pagination for operations the spec does not have: nothing/);
  });

  it('reads the setting from client.yaml text, with a line for each mistake', () => {
    expect(parseApiConfig('client.yaml', 'pagination:\n  listThings:\n    style: offset\n    param: skip\n  other: none\n').pagination).toEqual({
      listThings: { style: 'offset', param: 'skip' },
      other: 'none',
    });
    expect(() => parseApiConfig('client.yaml', 'pagination:\n  listThings:\n    style: sideways\n')).toThrow(/style" must be one of cursor, page, offset, next-url, link/);
    expect(() => parseApiConfig('client.yaml', 'pagination:\n  listThings:\n    style: page\n    parm: page\n')).toThrow(/unknown pagination field "parm"/);
    expect(() => parseApiConfig('client.yaml', 'pagination:\n  listThings: yes\n')).toThrow(/must be `none` or a setting/);
  });
});
