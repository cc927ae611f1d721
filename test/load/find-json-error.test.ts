import { describe, expect, it } from 'vitest';
import { findJsonError } from '../../generator/load/find-json-error.js';

describe('findJsonError', () => {
  it.each([
    { given: '{"a": [1, 2.5e3, true, null, "x\\u00e9"]}', want: undefined },
    { given: '{\n  "info": ,\n}', want: 12 },
    { given: '{"a": 1,}', want: 8 },
    { given: '[1 2]', want: 3 },
    { given: '{"a": 01}', want: 7 },
    { given: '{"a": "tab\there"}', want: 10 },
    { given: '{"a": 1} x', want: 9 },
  ])('$given → $want', ({ given, want }) => {
    expect(findJsonError(given)).toBe(want);
    if (want === undefined) expect(() => JSON.parse(given)).not.toThrow();
    else expect(() => JSON.parse(given)).toThrow();
  });
});
