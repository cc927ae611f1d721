/**
 * Formats change reports for the console and as markdown for a pull request. Change texts quote the spec (names,
 * paths, literal types), so every line has its control characters escaped (printable()) in both.
 */
import { plural } from './plural.js';
import type { SurfaceChange } from './diff-api-surface.js';
import { printable } from './terminal-text.js';

/** What one generation changed in one API's client; `changes` is undefined for a first generation. */
export interface ApiChangeReport {
  readonly api: string;
  readonly changes?: readonly SurfaceChange[];
  readonly operations: number;
  readonly schemas: number;
  /** Why the previous client's surface file was not compared (it was malformed or foreign). */
  readonly warning?: string;
}

/** Console lines for one API, indented under its summary line. */
export function formatChangeLines(report: ApiChangeReport): string[] {
  const warning = report.warning === undefined ? [] : [`  warning: ${printable(report.warning)}`];
  if (report.changes === undefined) return [...warning, `  first generation: ${plural(report.operations, 'operation')}, ${plural(report.schemas, 'type')}`];
  if (report.changes.length === 0) return ['  no change to the public surface'];
  const breaking = report.changes.filter((c) => c.breaking).length;
  return [
    `  ${report.changes.length} change(s) to the public surface, ${breaking} breaking:`,
    ...report.changes.map((c) => `    ${c.breaking ? 'BREAKING' : 'added   '} ${printable(c.text.replace(/`/g, ''))}`),
  ];
}

/** A markdown report over all APIs of a run. */
export function formatChangeMarkdown(reports: readonly ApiChangeReport[]): string {
  const lines = ['# Client changes', ''];
  for (const report of reports) {
    lines.push(`## ${printable(report.api)}`, '');
    if (report.warning !== undefined) lines.push(`Warning: ${printable(report.warning)}`, '');
    if (report.changes === undefined) lines.push(`First generation: ${plural(report.operations, 'operation')}, ${plural(report.schemas, 'type')}.`);
    else if (report.changes.length === 0) lines.push('No change to the public surface.');
    else {
      const breaking = report.changes.filter((c) => c.breaking);
      const other = report.changes.filter((c) => !c.breaking);
      if (breaking.length > 0) lines.push('### Breaking', '', ...breaking.map((c) => `- ${printable(c.text)}`), '');
      if (other.length > 0) lines.push('### Not breaking', '', ...other.map((c) => `- ${printable(c.text)}`));
    }
    lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

