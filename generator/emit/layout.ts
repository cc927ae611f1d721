/**
 * Line layout for the code the emitter writes as text: short lists stay on one line, long ones take one item per
 * line with a trailing comma, the way prettier lays them out. This replaces a prettier pass over the whole output,
 * which cost more than the rest of generation on large specs.
 */

/** The line width the layout aims for (prettier's `printWidth` in the optional prettier pass). */
export const LINE_WIDTH = 100;

/**
 * `open + items + close` on one line when it fits in `LINE_WIDTH` after `used` characters and no item spans lines;
 * otherwise one item per line, each indented two spaces more than `indent`, with a trailing comma unless
 * `trailingComma` is false (type argument lists allow none).
 */
export function wrapList(open: string, items: readonly string[], close: string, used = 0, indent = '', trailingComma = true): string {
  const flat = `${open}${items.join(', ')}${close}`;
  if (used + flat.length <= LINE_WIDTH && !flat.includes('\n')) return flat;
  if (items.length === 0) return `${open}${close}`;
  const inner = `${indent}  `;
  const lines = items.map((item) => `${inner}${indentLines(item, inner)}`).join(',\n');
  return `${open.trimEnd()}\n${lines}${trailingComma ? ',' : ''}\n${indent}${close.trimStart()}`;
}

/** A union type on one line when it fits after `used` characters; otherwise one `| member` per line. */
export function unionLayout(members: readonly string[], used: number, indent = ''): string {
  if (members.length === 0) return 'never';
  const flat = members.join(' | ');
  if (members.length === 1 || (used + flat.length <= LINE_WIDTH && !flat.includes('\n'))) return flat;
  const inner = `${indent}  `;
  return `\n${members.map((member) => `${inner}| ${indentLines(member, `${inner}  `)}`).join('\n')}`;
}

/** Indents every line of `text` after the first by `indent`, so a multi-line item keeps its shape inside a list. */
export function indentLines(text: string, indent: string): string {
  return text.includes('\n') ? text.replace(/\n(?=.)/g, `\n${indent}`) : text;
}
