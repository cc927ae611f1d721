/**
 * Sets of UTF-16 code units (what a regular expression without the `u` flag matches one at a time), as sorted,
 * disjoint, inclusive ranges: for telling whether two parts of a pattern can start with the same character.
 */

/** Sorted, disjoint, non-adjacent inclusive ranges of code units. */
export type CodeUnitSet = ReadonlyArray<readonly [number, number]>;

const MAX = 0xffff;

/** The set of `ranges` (in any order, overlapping or not). */
export function codeUnits(...ranges: ReadonlyArray<readonly [number, number]>): CodeUnitSet {
  const sorted = [...ranges].filter(([low, high]) => low <= high).sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const [low, high] of sorted) {
    const last = merged.at(-1);
    if (last !== undefined && low <= last[1] + 1) last[1] = Math.max(last[1], high);
    else merged.push([low, high]);
  }
  return merged;
}

/** Every code unit `a` or `b` holds. */
export function unionOf(a: CodeUnitSet, b: CodeUnitSet): CodeUnitSet {
  return codeUnits(...a, ...b);
}

/** Every code unit `set` does not hold. */
export function complementOf(set: CodeUnitSet): CodeUnitSet {
  const result: Array<[number, number]> = [];
  let next = 0;
  for (const [low, high] of set) {
    if (low > next) result.push([next, low - 1]);
    next = high + 1;
  }
  if (next <= MAX) result.push([next, MAX]);
  return result;
}

/** True when some code unit is in both. */
export function overlaps(a: CodeUnitSet, b: CodeUnitSet): boolean {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const [aLow, aHigh] = a[i]!;
    const [bLow, bHigh] = b[j]!;
    if (aLow <= bHigh && bLow <= aHigh) return true;
    if (aHigh < bHigh) i++;
    else j++;
  }
  return false;
}

/** `\d`. */
export const DIGITS = codeUnits([0x30, 0x39]);
/** `\w`. */
export const WORD = codeUnits([0x30, 0x39], [0x41, 0x5a], [0x5f, 0x5f], [0x61, 0x7a]);
/** `\s`: white space and line terminators, as ECMAScript defines them. */
export const SPACE = codeUnits([0x09, 0x0d], [0x20, 0x20], [0xa0, 0xa0], [0x1680, 0x1680], [0x2000, 0x200a], [0x2028, 0x2029], [0x202f, 0x202f], [0x205f, 0x205f], [0x3000, 0x3000], [0xfeff, 0xfeff]);
/** `.`: everything but a line terminator. */
export const DOT = complementOf(codeUnits([0x0a, 0x0a], [0x0d, 0x0d], [0x2028, 0x2029]));
/** One code unit. */
export function single(code: number): CodeUnitSet {
  return [[code, code]];
}
