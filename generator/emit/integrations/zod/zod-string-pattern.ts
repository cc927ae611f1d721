/**
 * What zod.ts does with a string's `pattern`. The pattern comes from the spec and the string from a server, both
 * untrusted, and the check runs in the app's own process on a backtracking regex engine: a pattern such as
 * `^(a+)+$` would take exponential time on a crafted string. So a pattern is checked only when linear-pattern.ts
 * proves it runs in linear time; other patterns are left unchecked (the value is still checked as a string).
 */
import { linearPattern } from './linear-pattern.js';
import { text, type ZodCode } from './zod-code.js';

/** The regex literal for `.regex(…)`, or undefined when the pattern is not checked. */
export function stringPatternCheck(pattern: string): ZodCode | undefined {
  if (linearPattern(pattern) !== true) return undefined;
  // `source` is the pattern escaped for a literal (`/` and line breaks), so the literal is the pattern exactly.
  return text(`/${new RegExp(pattern).source}/`);
}
