/** A few lines of the input around an error, with the offending column marked, as compilers print them. */
import type { SourcePosition } from './spec-error.js';

/** Returns the frame for `position` in `text`, or an empty string when the position names no line. */
export function formatCodeFrame(text: string, position: SourcePosition): string {
  if (position.line === undefined) return '';
  const lines = text.split(/\r?\n/);
  const first = Math.max(1, position.line - 2);
  const last = Math.min(lines.length, position.line + 2);
  const width = String(last).length;
  const frame: string[] = [];
  for (let number = first; number <= last; number++) {
    const marker = number === position.line ? '>' : ' ';
    frame.push(`${marker} ${String(number).padStart(width)} | ${lines[number - 1] ?? ''}`.trimEnd());
    if (number === position.line && position.column !== undefined) {
      frame.push(`  ${' '.repeat(width)} | ${' '.repeat(Math.max(0, position.column - 1))}^`);
    }
  }
  return frame.join('\n');
}
