/** Cuts a large source file into runs of whole top-level statements (comments included), each at most about `size` characters. */
import type { SourceFile } from 'ts-morph';

/** Returns `[prefix + first run, second run, …]`; a file under `size` stays one section. */
export function splitIntoSections(prefix: string, file: SourceFile, size: number): string[] {
  const text = file.getFullText();
  if (text.length <= size) return [prefix + text];
  const sections: string[] = [];
  let start = 0;
  for (const statement of file.compilerNode.statements) {
    const end = statement.getEnd();
    if (end - start >= size) {
      sections.push(text.slice(start, end));
      start = end;
    }
  }
  if (start < text.length) sections.push(text.slice(start));
  sections[0] = prefix + (sections[0] ?? '');
  return sections;
}
