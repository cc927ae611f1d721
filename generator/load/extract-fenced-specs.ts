/**
 * Finds the OpenAPI documents a docs page carries in fenced code blocks (```` ```yaml ````, ```` ```json ````).
 * @see https://spec.commonmark.org/0.31.2/#fenced-code-blocks
 */

/** One fenced block's text and the 1-based line in the page where its first line stands. */
export interface FencedSpec {
  readonly text: string;
  readonly firstLine: number;
}

const OPENING = /^( {0,3})(`{3,}|~{3,})\s*([^\s`]*)/;
const SPEC_LANGUAGES = new Set(['yaml', 'yml', 'json', '']);
/** A document whose top level declares `openapi` (or `swagger`, so the reader can reject it clearly). */
const DECLARES_SPEC = /^\s*\{?\s*["']?(openapi|swagger)["']?\s*:/m;

/** Returns every fenced yaml/json block of `page` whose top level declares an OpenAPI version. */
export function extractFencedSpecs(page: string): FencedSpec[] {
  const lines = page.split(/\r?\n/);
  const found: FencedSpec[] = [];
  for (let i = 0; i < lines.length; i++) {
    const opening = OPENING.exec(lines[i] ?? '');
    if (!opening) continue;
    const fence = opening[2] ?? '```';
    const language = (opening[3] ?? '').toLowerCase();
    const closing = new RegExp(`^ {0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}\\s*$`);
    let end = i + 1;
    while (end < lines.length && !closing.test(lines[end] ?? '')) end++;
    const text = lines.slice(i + 1, end).join('\n');
    if (SPEC_LANGUAGES.has(language) && DECLARES_SPEC.test(text)) found.push({ text, firstLine: i + 2 });
    i = end;
  }
  return found;
}
