/** canonicalJson: equal texts exactly for JSON-equal values, at any depth; and the `uniqueItems` check built on it. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../generator/mock/canonical-json.js';
import { checkValue, sameJson } from '../../generator/mock/check-value.js';

/** `value` with every object's keys in another order (reversed), the same JSON value. */
function reordered(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reordered);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).reverse().map(([key, item]) => [key, reordered(item)]));
}

describe('canonicalJson', () => {
  it('gives JSON-equal values the same text, whatever their key order (property)', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => {
      expect(canonicalJson(reordered(value))).toBe(canonicalJson(value));
    }));
  });

  it('gives two values the same text exactly when sameJson calls them equal (property)', () => {
    const small = fc.jsonValue({ maxDepth: 2, depthSize: 'xsmall' });
    fc.assert(fc.property(small, small, (a, b) => {
      expect(canonicalJson(a) === canonicalJson(b)).toBe(sameJson(a, b));
    }), { numRuns: 2000 });
    expect(canonicalJson(-0)).toBe(canonicalJson(0));
    expect(canonicalJson({ a: [1, { b: null }] })).not.toBe(canonicalJson({ a: [1, { b: 0 }] }));
    expect(canonicalJson(['a,b'])).not.toBe(canonicalJson(['a', 'b']));
  });

  it('writes a value nested 100,000 deep without exhausting the stack', () => {
    let deep: unknown = 1;
    for (let n = 0; n < 100_000; n++) deep = { a: [deep] };
    expect(canonicalJson(deep)).toHaveLength(100_000 * '{"a":[]}'.length + 1);
  });
});

describe('uniqueItems', () => {
  it('finds items equal as JSON, key order aside', () => {
    expect(checkValue({ uniqueItems: true }, [{ a: 1, b: 2 }, { b: 2, a: 1 }], {})).toMatchObject({ rule: 'uniqueItems' });
    expect(checkValue({ uniqueItems: true }, [1, '1', [1], { 1: 1 }, null], {})).toBeUndefined();
  });

  it('checks 300,000 items by hashing (comparing every pair, as before, is 45 billion comparisons)', () => {
    const items = Array.from({ length: 300_000 }, (_, index) => ({ id: index, tags: [String(index)] }));
    expect(checkValue({ type: 'array', uniqueItems: true }, items, {})).toBeUndefined();
    expect(checkValue({ type: 'array', uniqueItems: true }, [...items, { tags: ['5'], id: 5 }], {})).toMatchObject({ rule: 'uniqueItems' });
  });
});
