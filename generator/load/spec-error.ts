/** The one error type for bad input: which file, which line, what is wrong, what to do. */

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

/** Formats a SpecError as the CLI prints it: the first place, the message, the other places, the hint. */
export function formatSpecError(error: SpecError): string {
  const [first, ...rest] = error.positions;
  const lines = [first ? `${formatPosition(first)}: error: ${error.message}` : `error: ${error.message}`];
  for (const position of rest) lines.push(`  also at ${formatPosition(position)}`);
  if (error.hint) lines.push(`  hint: ${error.hint}`);
  return lines.join('\n');
}
