/**
 * Matches schema `pattern`s in time linear in the text, whatever the spec says: a pattern is rewritten into RE2's
 * syntax (re2-pattern.ts) and run on RE2JS, a JavaScript port of RE2 (finite automata, no backtracking), so
 * `^(a+)+$` against `aaa…a!` costs what `^a+$` does. Patterns it cannot run that way (lookarounds,
 * back-references, repeat counts over 1000, invalid ECMAScript) are not checked, and the caller is told why.
 * @see https://github.com/le0pard/re2js
 */
import { RE2JS } from 're2js';
import { toRe2Pattern, UnsupportedPattern } from './re2-pattern.js';

/** A compiled pattern, or why it is not checked. */
export type PatternMatcher = { readonly test: (text: string) => boolean } | { readonly unchecked: string };

/** Compiled patterns kept at most: each holds its automaton's cache (a few MB for the largest), so the oldest is dropped first. */
const CACHE_SIZE = 64;
const cache = new Map<string, PatternMatcher>();

/** The matcher for `pattern`, unanchored like `RegExp.prototype.test`, or why it is not checked. */
export function patternMatcher(pattern: string): PatternMatcher {
  const cached = cache.get(pattern);
  if (cached !== undefined) {
    // Most recently used last, so the first entry is the one to drop.
    cache.delete(pattern);
    cache.set(pattern, cached);
    return cached;
  }
  const matcher = compile(pattern);
  cache.set(pattern, matcher);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
  return matcher;
}

function compile(pattern: string): PatternMatcher {
  try {
    new RegExp(pattern, 'u');
  } catch (error) {
    return { unchecked: `it is not a valid ECMAScript regular expression (${(error as Error).message})` };
  }
  let compiled: RE2JS;
  try {
    compiled = RE2JS.compile(toRe2Pattern(pattern));
  } catch (error) {
    if (error instanceof UnsupportedPattern) return { unchecked: error.message };
    return { unchecked: `a linear-time matcher cannot read it (${(error as Error).message.replace(/^error parsing regexp: /, '')})` };
  }
  return { test: (text) => compiled.test(text) };
}
