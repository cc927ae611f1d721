/**
 * Schema patterns on the linear-time matcher: it checks every pattern of the real specs, agrees with ECMAScript's
 * RegExp (`u` flag) on them and on the syntax that differs between the two engines, runs `^(a+)+$` on an evil
 * text at once, and says why a pattern is left unchecked.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadSpecFile } from '../../generator/load/load-api.js';
import { checkValue, PATTERN_BUDGET } from '../../generator/mock/check-value.js';
import { patternMatcher } from '../../generator/mock/pattern-matcher.js';
import { realSpecFiles } from '../support/corpus-specs.js';

/** Every string under a `pattern` key of `document` (examples aside). */
function patternsOf(document: unknown): string[] {
  const found: string[] = [];
  const pending: unknown[] = [document];
  while (pending.length > 0) {
    const node = pending.pop();
    if (node === null || typeof node !== 'object') continue;
    for (const [key, value] of Object.entries(node)) {
      if (/^(example|examples|default|const|enum)$/.test(key)) continue;
      if (key === 'pattern' && typeof value === 'string') found.push(value);
      else pending.push(value);
    }
  }
  return found;
}

/** Texts to try a pattern on: ones it matches (where fast-check can build them) and mixes of the characters the engines treat differently. */
function textsFor(pattern: string): fc.Arbitrary<string> {
  let matching: fc.Arbitrary<string> = fc.constant('');
  try {
    matching = fc.stringMatching(new RegExp(pattern, 'u'));
  } catch {
    // Patterns fast-check cannot read still get the other texts.
  }
  const tricky = fc.string({ unit: fc.constantFrom(...[...'aZ09_-./:@ \t\n\r\v\f\u00a0\u1680\u2028\u2029\u202f\u3000\ufeff\u0085é😀\ud800{}[]()']) });
  return fc.oneof(matching, tricky, fc.string({ unit: 'binary' }));
}

const EDGE_CASES = [
  '^\\s*$', '^\\S+$', '^[\\s\\d]+$', '^[^\\s]+$', '^[\\S]+$', '[\\s\\S]', '^.$', '^.{2,4}$', '^[^]$', '^[]?$', '^[.]$',
  '^\\u00e9$', '^\\ud83d\\ude00$', '^\\u{1F600}$', '^[\\u{1F600}-\\u{1F64F}]$', '^\\x41\\cA\\0$', '^\\t\\n\\v\\f\\r$', '^[\\b]$', '\\bfoo\\b', '\\W\\D\\B',
  '^\\p{L}+$', '^\\p{Letter}+$', '^\\p{Script=Greek}+$', '^\\P{Lu}$', '^[\\p{N}_]+$', '^a\\/b$', '^[[]$', '^[a\\-z]$',
  '^(?<year>\\d{4})-(?<month>\\d{2})$', '^(?:a|b)+?c$', 'a|b|', '^$', '', '^\\w+@\\w+\\.\\w+$', '^(a+)+$', '^(\\w+\\s?)*$',
];

describe('patternMatcher', () => {
  it('checks every pattern of the real specs, agreeing with RegExp on texts that match them and texts that do not (property)', async () => {
    const patterns = new Set<string>();
    for (const file of realSpecFiles("checking the mock's pattern engine against the corpus's patterns (GitHub's spec still runs)")) for (const pattern of patternsOf((await loadSpecFile(file)).spec.document)) patterns.add(pattern);
    expect(patterns.size).toBeGreaterThan(50);
    for (const pattern of patterns) {
      const matcher = patternMatcher(pattern);
      if ('unchecked' in matcher) throw new Error(`${pattern}: ${matcher.unchecked}`);
      const native = new RegExp(pattern, 'u');
      fc.assert(fc.property(textsFor(pattern), (text) => {
        expect(matcher.test(text), `${pattern} on ${JSON.stringify(text)}`).toBe(native.test(text));
      }), { numRuns: 60 });
    }
  });

  it.each(EDGE_CASES)('agrees with RegExp on %s, where the two engines spell things differently (property)', (pattern) => {
    const matcher = patternMatcher(pattern);
    if ('unchecked' in matcher) throw new Error(matcher.unchecked);
    const native = new RegExp(pattern, 'u');
    fc.assert(fc.property(textsFor(pattern), (text) => {
      expect(matcher.test(text), JSON.stringify(text)).toBe(native.test(text));
    }), { numRuns: 300 });
  });

  it('runs nested quantifiers in linear time: ^(a+)+$ against a×100,000 + "!" (backtracking took 22 s for 32)', () => {
    const matcher = patternMatcher('^(a+)+$');
    if ('unchecked' in matcher) throw new Error(matcher.unchecked);
    expect(matcher.test(`${'a'.repeat(100_000)}!`)).toBe(false);
    expect(matcher.test('a'.repeat(100_000))).toBe(true);
  });

  it.each([
    ['(?=a)a', 'it uses a lookahead "(?=", which cannot be matched in linear time'],
    ['(?<!a)b', 'it uses a lookbehind "(?<!", which cannot be matched in linear time'],
    ['(a)\\1', 'it uses a back-reference (\\1), which cannot be matched in linear time'],
    ['(?<n>a)\\k<n>', 'it uses a back-reference (\\k<…>), which cannot be matched in linear time'],
    ['^a{1001}$', 'a linear-time matcher cannot read it (invalid repeat count: `{1001}`)'],
    ['[\\w-.]', 'it is not a valid ECMAScript regular expression (Invalid regular expression: /[\\w-.]/u: Invalid character class)'],
  ])('leaves %s unchecked, saying why', (pattern, reason) => {
    expect(patternMatcher(pattern)).toEqual({ unchecked: reason });
  });
});

describe('checkValue with patterns', () => {
  it('answers ^(a+)+$ against a×40 + "!" at once (the old RegExp check would backtrack for hours)', () => {
    expect(checkValue({ type: 'string', pattern: '^(a+)+$' }, `${'a'.repeat(40)}!`, {})).toMatchObject({ rule: 'pattern' });
  });

  it('notes a pattern it cannot check, and patterns past its budget, instead of checking them', () => {
    const notes = new Set<string>();
    expect(checkValue({ type: 'string', pattern: '^(a)\\1$' }, 'ab', {}, '$', notes)).toBeUndefined();
    expect([...notes]).toEqual(['the pattern "^(a)\\\\1$" was not checked: it uses a back-reference (\\1), which cannot be matched in linear time']);
    notes.clear();
    const long = 'a'.repeat(PATTERN_BUDGET / 2 + 1);
    expect(checkValue({ type: 'array', items: { type: 'string', pattern: '^a+$' } }, [long, `${long}!`], {}, '$', notes)).toBeUndefined();
    expect([...notes]).toEqual([`the pattern "^a+$" was not checked on a ${(long.length + 1).toLocaleString('en')}-character value: one check matches at most 1,000,000 characters against patterns`]);
  });
});
