/**
 * A few lines of the input around an error, with the offending column marked, as compilers print them. The input is
 * untrusted and may be minified: each line shows at most FRAME_WIDTH columns around the error's column (`…` where
 * it is cut), with every character a terminal would act on escaped (terminal-text.ts), and the text is never split
 * into lines: only the lines shown are found (line-index.ts) and copied.
 */
import { printable } from '../report/terminal-text.js';
import { lineBounds } from './line-index.js';
import type { SourcePosition } from './spec-error.js';

/** The most columns of one line a frame shows, its `…` marks included. */
export const FRAME_WIDTH = 160;

/** Returns the frame for `position` in `text`, or an empty string when the position names no line. */
export function formatCodeFrame(text: string, position: SourcePosition): string {
  if (position.line === undefined) return '';
  const first = Math.max(1, position.line - 2);
  const lines: string[] = [];
  let bounds = lineBounds(text, first);
  for (let number = first; number <= position.line + 2 && bounds; number++) {
    lines.push(text.slice(bounds.start, bounds.end));
    const next = text.indexOf('\n', bounds.end);
    if (next === -1) break;
    let end = text.indexOf('\n', next + 1);
    if (end === -1) end = text.length;
    if (end > next + 1 && text.charCodeAt(end - 1) === 13) end--;
    bounds = { start: next + 1, end };
  }
  const last = first + lines.length - 1;
  const width = String(last).length;
  // Columns are 1-based; the caret may stand one past a line's end (an error at the end of the input).
  const column = position.column === undefined ? 0 : Math.max(0, position.column - 1);
  const frame: string[] = [];
  lines.forEach((line, index) => {
    const number = first + index;
    const shown = windowOf(line, Math.min(column, line.length));
    frame.push(`${number === position.line ? '>' : ' '} ${String(number).padStart(width)} | ${shown.text}`.trimEnd());
    if (number === position.line && position.column !== undefined) {
      frame.push(`  ${' '.repeat(width)} | ${shown.caretIndent}^`);
    }
  });
  return frame.join('\n');
}

/** How many columns a character takes once printable: 1, or its escape's length (`\x1b`, `\u202e`). */
function printedWidth(char: string): number {
  return printable(char).length;
}

/** True for the first half of a surrogate pair. */
function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** True for the second half of a surrogate pair. */
function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * The part of `line` a frame shows around `center` (an index), printable, and the indent that puts a caret under
 * `center`: the whole line when it fits, else a window grown from `center` one character at a time, right then
 * left, until FRAME_WIDTH columns are used (never splitting a surrogate pair), marked `…` where it is cut.
 */
function windowOf(line: string, center: number): { text: string; caretIndent: string } {
  let from = center;
  let to = center;
  if (line.length <= FRAME_WIDTH && printable(line).length <= FRAME_WIDTH) {
    from = 0;
    to = line.length;
  } else {
    // Two columns are kept for the `…` marks.
    let budget = FRAME_WIDTH - 2;
    for (let grown = true; grown; ) {
      grown = false;
      if (to < line.length) {
        const size = isHighSurrogate(line.charCodeAt(to)) && isLowSurrogate(line.charCodeAt(to + 1)) ? 2 : 1;
        const cost = size === 2 ? 1 : printedWidth(line[to]!);
        if (cost <= budget) {
          to += size;
          budget -= cost;
          grown = true;
        }
      }
      if (from > 0) {
        const size = isLowSurrogate(line.charCodeAt(from - 1)) && isHighSurrogate(line.charCodeAt(from - 2)) ? 2 : 1;
        const cost = size === 2 ? 1 : printedWidth(line[from - 1]!);
        if (cost <= budget) {
          from -= size;
          budget -= cost;
          grown = true;
        }
      }
    }
  }
  const before = from > 0 ? '…' : '';
  const after = to < line.length ? '…' : '';
  // Tabs stay tabs under the caret, so it lines up however wide the terminal draws them.
  let caretIndent = before === '' ? '' : ' ';
  for (const char of line.slice(from, center)) caretIndent += char === '\t' ? '\t' : ' '.repeat(printedWidth(char));
  return { text: `${before}${printable(line.slice(from, to))}${after}`, caretIndent };
}
