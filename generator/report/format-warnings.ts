/** Formats the warnings of a run (see diagnostics.ts) for the console and for the markdown report. */
import { plural } from './plural.js';
import { formatDiagnostic, type Diagnostic } from '../load/diagnostics.js';

/** One API's warnings for the console, indented under its summary line. */
export function formatWarningLines(warnings: readonly Diagnostic[]): string[] {
  return warnings.map((warning) => `  ${formatDiagnostic(warning)}`);
}

/** How a summary line counts warnings: `, 2 warnings`, or nothing when there are none. */
export function countWarnings(warnings: readonly Diagnostic[]): string {
  return warnings.length === 0 ? '' : `, ${plural(warnings.length, 'warning')}`;
}

/**
 * The report's Warnings section: per API, its warnings as the console prints them, in a fenced block so no spec
 * text in them is read as markdown (the fence is longer than any run of backticks inside).
 */
export function formatWarningsMarkdown(apis: ReadonlyArray<{ readonly name: string; readonly warnings: readonly Diagnostic[] }>): string {
  const lines = ['# Warnings', ''];
  const warned = apis.filter((api) => api.warnings.length > 0);
  if (warned.length === 0) lines.push('No warnings: every spec was read as written.');
  for (const api of warned) {
    const text = api.warnings.map(formatDiagnostic);
    const longest = Math.max(0, ...text.map((line) => Math.max(0, ...[...line.matchAll(/`+/g)].map((run) => run[0].length))));
    const fence = '`'.repeat(Math.max(3, longest + 1));
    lines.push(`## ${api.name}`, '', `${api.warnings.length} ${api.warnings.length === 1 ? 'warning' : 'warnings'}:`, '', `${fence}text`, ...text, fence, '');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
