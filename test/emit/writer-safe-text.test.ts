import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { writerSafeText } from '../../generator/emit/writer-safe-text.js';

describe('writerSafeText', () => {
  it('keeps every string literal the same string (a backslash before a quote once broke `a\\"`)', () => {
    for (const value of ['a\\"', 'a\\', 'b\\\\"', "c\\'", '\\\\\\', '`\\`']) {
      expect(eval(writerSafeText(JSON.stringify(value)))).toBe(value);
    }
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('\\', '"', "'", '`', 'a', '*', '/') }), (value) => {
        expect(eval(writerSafeText(JSON.stringify(value)))).toBe(value);
      }),
      { seed: 20261125, numRuns: 2000 },
    );
  });

  it('writes no backslash directly before a closing quote', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('\\', '"', 'a') }), (value) => {
        expect(writerSafeText(JSON.stringify(value))).not.toMatch(/(?<!\\)(\\\\)+"$/);
      }),
      { seed: 20261125, numRuns: 1000 },
    );
  });
});
