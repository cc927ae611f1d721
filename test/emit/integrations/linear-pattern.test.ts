/**
 * linearPattern: the patterns zod.ts runs must be safe on a backtracking engine. The known catastrophic shapes are
 * refused; the common shapes of real specs are accepted; and, for every pattern a random grammar produces that it
 * accepts, a string crafted to make backtracking retry (the pattern's own characters, then one that fails) is
 * matched within a bound so generous that only super-linear behaviour could pass it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linearPattern } from '../../../generator/emit/integrations/zod/linear-pattern.js';
import { stringPatternCheck } from '../../../generator/emit/integrations/zod/zod-string-pattern.js';

const accepted = [
  '^[a-z0-9-]+$',
  '^\\d{4}-\\d{2}-\\d{2}$',
  '^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$',
  '^(\\.\\d+)?$',
  '^[^@\\s]+@[^@\\s]+$',
  '^https?://.*$',
  '^[\\w.-]+$',
  '^ses',
  '^(?<prefix>[a-z]+)_[0-9]+$',
  '^(?:cat|dog|bird)$',
  '^[A-Z]{2}$|^[0-9]{3}$',
  '[0-9]{3}',
];

const refused = [
  ['^(a+)+$', 'nested repetition'],
  ['^(a|a)*$', 'alternatives that start alike'],
  ['^(a|aa)+$', 'alternatives that start alike, repeated'],
  ['^\\d+\\d+$', 'two repetitions that overlap (quadratic)'],
  ['^([a-z]+\\.)*[a-z]+$', 'a repeated group that can end like what follows it'],
  ['(a|a)(a|a)(a|a)x', 'a chain of choices (exponential)'],
  ['[a-z]+@', 'unanchored and unbounded (quadratic over start positions)'],
  ['^(?=a)a$', 'a lookahead'],
  ['^(a)\\1$', 'a back-reference'],
  ['^\\bword\\b$', 'word boundaries'],
  ['^\\p{L}+$', 'a Unicode property escape'],
  ['^(a', 'invalid syntax'],
  [`^${'('.repeat(40)}a${')'.repeat(40)}$`, 'deep nesting'],
  [`^${'a'.repeat(1001)}$`, 'a long pattern'],
  ['^a{2000}$', 'a large repetition count'],
] as const;

describe('linearPattern', () => {
  it.each(accepted)('accepts %s', (pattern) => {
    expect(linearPattern(pattern)).toBe(true);
  });

  it.each(refused)('refuses %s (%s)', (pattern) => {
    expect(linearPattern(pattern)).not.toBe(true);
  });

  it('runs every accepted pattern in linear time on strings crafted to make it backtrack (property)', () => {
    const atom = fc.constantFrom('a', 'b', '-', '[ab]', '[a-z]', '\\d', '\\w', '.', '[^b]');
    const quantifier = fc.constantFrom('', '', '*', '+', '?', '{1,3}', '{2}');
    const piece = fc.tuple(atom, quantifier).map(([a, q]) => a + q);
    const group = fc.tuple(fc.array(piece, { minLength: 1, maxLength: 3 }), fc.array(piece, { minLength: 0, maxLength: 3 }), quantifier).map(([left, right, q]) => `(?:${left.join('')}${right.length > 0 ? `|${right.join('')}` : ''})${q}`);
    const pattern = fc.tuple(fc.boolean(), fc.array(fc.oneof(piece, group), { minLength: 1, maxLength: 6 }), fc.boolean()).map(([start, parts, end]) => `${start ? '^' : ''}${parts.join('')}${end ? '$' : ''}`);
    let checked = 0;
    fc.assert(
      fc.property(pattern, (source) => {
        if (linearPattern(source) !== true) return;
        checked++;
        const regex = new RegExp(source);
        const started = performance.now();
        for (const unit of ['a', 'b', '-', '1', 'ab', 'a-', '1a']) regex.test(`${unit.repeat(20_000)}!`);
        // Linear: well under a millisecond per string. Quadratic or worse on 20,000 characters: seconds at least.
        expect(performance.now() - started).toBeLessThan(1_500);
      }),
      { numRuns: 400 },
    );
    expect(checked).toBeGreaterThan(20);
  });

  it('writes an accepted pattern as the same regular expression, slashes and all', () => {
    for (const pattern of ['^a/b$', '^[/]+$', '^\\/x$']) {
      const literal = stringPatternCheck(pattern);
      expect(literal?.kind).toBe('text');
      const text = (literal as { text: string }).text;
      expect(new Function(`return ${text};`)().source).toBe(new RegExp(pattern).source);
    }
    expect(stringPatternCheck('^(a+)+$')).toBeUndefined();
  });
});
