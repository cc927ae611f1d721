import { describe, expect, it } from 'vitest';
import type { ApiSurface, OperationSurface } from '../../generator/emit/emit-api-surface.js';
import { diffApiSurface } from '../../generator/report/diff-api-surface.js';

const op = (over: Partial<OperationSurface> = {}): OperationSurface => ({
  method: 'GET',
  path: '/pets',
  parameters: { limit: { required: false, type: 'number' } },
  responses: { '200': 'Pet[]' },
  errors: { '404': 'Problem' },
  ...over,
});
const surface = (operations: Record<string, OperationSurface>, schemas: Record<string, string> = {}): ApiSurface => ({ operations, schemas });

describe('diffApiSurface', () => {
  it.each([
    { concern: 'nothing changed', before: surface({ listPets: op() }), after: surface({ listPets: op() }), want: [] },
    {
      concern: 'an operation added, one removed',
      before: surface({ a: op({ path: '/a' }) }),
      after: surface({ b: op({ path: '/b' }) }),
      want: [
        { breaking: true, text: 'operation `a` was removed (GET /a)' },
        { breaking: false, text: 'operation `b` was added (GET /b)' },
      ],
    },
    {
      concern: 'a rename (same endpoint, new name)',
      before: surface({ getPets: op() }),
      after: surface({ listPets: op() }),
      want: [{ breaking: true, text: 'operation `getPets` was renamed `listPets` (GET /pets)' }],
    },
    {
      concern: 'parameters: optional → required, new optional, new required, removed, retyped',
      before: surface({ listPets: op({ parameters: { limit: { required: false, type: 'number' }, q: { required: false, type: 'string' }, old: { required: true, type: 'string' } } }) }),
      after: surface({ listPets: op({ parameters: { limit: { required: true, type: 'number' }, q: { required: false, type: 'number' }, page: { required: false, type: 'number' }, team: { required: true, type: 'string' } } }) }),
      want: [
        { breaking: true, text: '`listPets`: parameter `limit` became required' },
        { breaking: true, text: '`listPets` lost the parameter `old`' },
        { breaking: true, text: '`listPets`: parameter `q` changed type: `string` → `number`' },
        { breaking: true, text: '`listPets` gained a required parameter `team`' },
        { breaking: false, text: '`listPets` gained an optional parameter `page`' },
      ],
    },
    {
      concern: 'required → optional is not breaking; a new error status is (exhaustive switches)',
      before: surface({ listPets: op({ parameters: { limit: { required: true, type: 'number' } } }) }),
      after: surface({ listPets: op({ parameters: { limit: { required: false, type: 'number' } }, errors: { '404': 'Problem', '429': 'Problem' } }) }),
      want: [
        { breaking: true, text: '`listPets` documents a new error response 429' },
        { breaking: false, text: '`listPets`: parameter `limit` became optional' },
      ],
    },
    {
      concern: 'schema types added, removed, changed',
      before: surface({}, { Pet: '{ id: string; }', Old: 'string' }),
      after: surface({}, { Pet: '{ id: number; }', New: 'string' }),
      want: [
        { breaking: true, text: 'type `Old` was removed' },
        { breaking: true, text: 'type `Pet` changed: `{ id: string; }` → `{ id: number; }`' },
        { breaking: false, text: 'type `New` was added' },
      ],
    },
  ])('$concern', ({ before, after, want }) => {
    expect(diffApiSurface(before, after)).toEqual(want);
  });
});

describe('diffApiSurface with names that Object.prototype has', () => {
  it('reports an operation, parameter, status or type named constructor or toString as added, not as a change to an inherited member', () => {
    const before = JSON.parse(JSON.stringify(surface({ listPets: op() }))) as ApiSurface;
    const after = JSON.parse(
      JSON.stringify(surface({ listPets: op({ parameters: { limit: { required: false, type: 'number' }, toString: { required: false, type: 'string' } } }), constructor: op({ path: '/classes' }) }, { hasOwnProperty: 'string' })),
    ) as ApiSurface;
    expect(diffApiSurface(before, after)).toEqual([
      { breaking: false, text: 'operation `constructor` was added (GET /classes)' },
      { breaking: false, text: '`listPets` gained an optional parameter `toString`' },
      { breaking: false, text: 'type `hasOwnProperty` was added' },
    ]);
    expect(diffApiSurface(after, before).map((change) => change.text)).toEqual([
      'operation `constructor` was removed (GET /classes)',
      '`listPets` lost the parameter `toString`',
      'type `hasOwnProperty` was removed',
    ]);
  });
});
