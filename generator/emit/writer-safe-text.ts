/**
 * Makes source text safe to hand to ts-morph's writer (code-block-writer), which tracks strings and comments as it
 * writes: it takes the quote in `"\\"` (a string ending in a backslash) for an escaped one, believes the string
 * goes on, later mistakes a `/*` inside another string (`"*\/*"`) for a comment, and closes that comment with a
 * stray `*\/` before the next JSDoc. An escaped backslash right before a quote is written `\u005c` instead: the
 * same string, which the writer reads correctly.
 */
export function writerSafeText(text: string): string {
  // Only an even run of backslashes ends in an escaped backslash; in an odd run the last one escapes the quote.
  return text.replace(/(?<!\\)((?:\\\\)+)(?=["'`])/g, (run) => `${run.slice(0, -2)}\\u005c`);
}
