/**
 * Warnings: what the generator read leniently, where, and what it did instead. The load and model stages add to
 * one collector per API (passed along, never global); the command prints them after the API's summary line and
 * `--strict` (or `strict: true`) refuses them as errors. Refusals stay SpecErrors: a warning is only for input whose
 * intent is clear enough to generate from.
 */
import { clip, printable } from '../report/terminal-text.js';
import { formatPosition, SpecError, type SourcePosition } from './spec-error.js';

/** One thing the generator read leniently. */
export interface Diagnostic {
  readonly severity: 'warning';
  /** What is wrong with the input, spec text in it already escaped and clipped (see `quoteSpecText`). */
  readonly message: string;
  /** Where the content is written: the file, line and column, and the JSON pointer inside that file. */
  readonly position: SourcePosition;
  /** What the generator did instead, as a past-tense clause (`read it as unknown`). */
  readonly action: string;
}

/** Collects one API's warnings, each (position and message) once. */
export class Diagnostics {
  private readonly found: Diagnostic[] = [];
  private readonly keys = new Set<string>();

  /** Adds a warning unless the same message was already given for the same place. */
  warn(message: string, position: SourcePosition, action: string): void {
    // The place as the user reads it: a part shared by many references is one place, however often it is read.
    const key = `${formatPosition(position)}\n${message}`;
    if (this.keys.has(key)) return;
    this.keys.add(key);
    this.found.push({ severity: 'warning', message, position, action });
  }

  /** The warnings in reading order: by file, line and column (the order found where those are equal). */
  get list(): readonly Diagnostic[] {
    return [...this.found].sort((a, b) => comparePositions(a.position, b.position));
  }
}

/** Orders positions by file (by code point, never by locale), then line, then column; unknown lines last. */
function comparePositions(a: SourcePosition, b: SourcePosition): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return (a.line ?? Infinity) - (b.line ?? Infinity) || (a.column ?? 0) - (b.column ?? 0);
}

/** A spec-supplied text quoted for a warning: as JSON, clipped, with no control character left raw. */
export function quoteSpecText(text: string, max = 120): string {
  return printable(clip(JSON.stringify(text), max));
}

/** What a value is, for a message about a value of the wrong type; never the whole of a large value. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `the text ${quoteSpecText(value, 60)}`;
  return `the ${typeof value} ${printable(clip(String(value), 60))}`;
}

/** A position for a terminal: the pointer (spec keys) clipped, anything raw escaped. */
function formatPlace(position: SourcePosition): string {
  const pointer = position.pointer === undefined ? {} : { pointer: clip(position.pointer, 200) };
  return printable(formatPosition({ ...position, ...pointer }));
}

/** The line the command prints: `warning: file:line:col (#/ptr): message; action`. */
export function formatDiagnostic(diagnostic: Diagnostic): string {
  return `warning: ${formatPlace(diagnostic.position)}: ${printable(diagnostic.message)}; ${printable(diagnostic.action)}`;
}

/** The warnings as `--strict` refuses them, in the error format: `file:line:col (#/ptr): error: message`. */
export function formatDiagnosticAsError(diagnostic: Diagnostic): string {
  return `${formatPlace(diagnostic.position)}: error: ${printable(diagnostic.message)}`;
}

/**
 * The refusal `--strict` raises for an API with warnings: the first one as the error (so it prints with its code
 * frame like any SpecError), all of them in `diagnostics` for the command to list.
 */
export class WarningsRefused extends SpecError {
  constructor(readonly diagnostics: readonly Diagnostic[]) {
    const [first] = diagnostics;
    super(
      `${first!.message} (a warning, refused in strict mode)`,
      [first!.position],
      `${diagnostics.length === 1 ? '' : `${diagnostics.length} warnings in all, listed below; `}without strict mode (--strict, strict: true) the generator would have ${first!.action}`,
    );
    this.name = 'WarningsRefused';
  }
}
