/**
 * Lines of a text found by index, never by splitting it: a minified spec is one line of megabytes, and a frame or
 * a position needs only one line of it (or one offset's line number).
 */

/** The 1-based line and column of `offset` in `text` (lines end at `\n`). */
export function lineAndColumnAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let next = text.indexOf('\n'); next !== -1 && next < offset; next = text.indexOf('\n', next + 1)) {
    line++;
    start = next + 1;
  }
  return { line, column: offset - start + 1 };
}

/** Where the 1-based `line` of `text` starts and ends (before its `\n` or `\r\n`); undefined past the last line. */
export function lineBounds(text: string, line: number): { start: number; end: number } | undefined {
  let start = 0;
  for (let number = 1; number < line; number++) {
    const next = text.indexOf('\n', start);
    if (next === -1) return undefined;
    start = next + 1;
  }
  let end = text.indexOf('\n', start);
  if (end === -1) end = text.length;
  if (end > start && text.charCodeAt(end - 1) === 13) end--;
  return { start, end };
}
