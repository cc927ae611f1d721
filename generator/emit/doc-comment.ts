/** The one helper that turns spec prose into JSDoc text, so `*` `/` in a description can never end a comment early. */

/** Joins non-empty paragraphs and tags into JSDoc body text (without the surrounding comment markers), `*` `/` escaped. */
export function docText(parts: ReadonlyArray<string | undefined | false>): string | undefined {
  const kept = parts.filter((part): part is string => typeof part === 'string' && part.trim() !== '').map((part) => part.trim());
  if (kept.length === 0) return undefined;
  return escapeCommentText(kept.join('\n\n'));
}

/** Escapes the comment terminator; ts-morph writes the `/** … *\/` markers around the text. */
export function escapeCommentText(text: string): string {
  return text.replace(/\*\//g, '*\\/');
}

/** ts-morph `docs` for a node: one JSDoc, or none. */
export function docs(parts: ReadonlyArray<string | undefined | false>): string[] {
  const text = docText(parts);
  return text === undefined ? [] : [text];
}

/** A JSDoc comment (with a trailing newline) for text from `docText`, or '' for none; `indent` prefixes each line. */
export function jsDoc(text: string | undefined, indent = ''): string {
  if (text === undefined) return '';
  if (!text.includes('\n')) return `${indent}/** ${text} */\n`;
  return `${indent}/**\n${text.split('\n').map((line) => `${indent} * ${line}`.trimEnd()).join('\n')}\n${indent} */\n`;
}

/** Text for a `//` line comment: line breaks (which would end the comment) become spaces. */
export function oneLine(text: string): string {
  return text.replace(/[\r\n\u2028\u2029]+/g, ' ');
}
