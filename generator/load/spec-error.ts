/** The one error type for bad input: which file, which line, what is wrong, what to do. */
import { clip, printable } from '../report/terminal-text.js';

/** A place in an input file; line and column are 1-based. */
export interface SourcePosition {
  readonly file: string;
  readonly line?: number;
  readonly column?: number;
  /** The JSON pointer of the offending value inside the document, such as `/paths/~1users/get`. */
  readonly pointer?: string;
}

/** Raised for any input the generator cannot use; the CLI prints it and exits non-zero. */
export class SpecError extends Error {
  constructor(
    message: string,
    /** Where the problem is; several places for conflicts (both sides). */
    readonly positions: readonly SourcePosition[],
    /** What the user can do about it. */
    readonly hint?: string,
  ) {
    super(message);
    this.name = 'SpecError';
  }
}

/** Formats a position as `file:line:column (#/pointer)`, leaving out what is unknown. */
export function formatPosition(position: SourcePosition): string {
  let text = position.file;
  if (position.line !== undefined) text += `:${position.line}`;
  if (position.line !== undefined && position.column !== undefined) text += `:${position.column}`;
  if (position.pointer !== undefined) text += ` (#${position.pointer})`;
  return text;
}

/** The most characters of a message or hint printed: a backstop for a message that quotes a long spec value. */
const MAX_TEXT = 1000;
/** The most characters of a place's file name and of its pointer. */
const MAX_PLACE = 300;

/**
 * Formats a SpecError as the CLI prints it: the first place, the message, the other places, the hint. Every part
 * may quote the spec, so each is clipped and has its control characters escaped (printable()); a hint may span
 * lines (examples of config), its later lines indented under it.
 */
export function formatSpecError(error: SpecError): string {
  const [first, ...rest] = error.positions;
  const message = printable(clip(error.message, MAX_TEXT));
  const lines = [first ? `${formatPlace(first)}: error: ${message}` : `error: ${message}`];
  for (const position of rest) lines.push(`  also at ${formatPlace(position)}`);
  if (error.hint) lines.push(`  hint: ${printable(clip(error.hint, MAX_TEXT), true).replace(/\n/g, '\n        ')}`);
  return lines.join('\n');
}

function formatPlace(position: SourcePosition): string {
  const { file, pointer } = position;
  return printable(formatPosition({ ...position, file: clip(file, MAX_PLACE), ...(pointer === undefined ? {} : { pointer: clip(pointer, MAX_PLACE) }) }));
}
