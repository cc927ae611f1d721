/** `1 operation`, `2 operations`: a count and its noun, in the singular for one. */
export function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
