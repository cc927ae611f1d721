/**
 * A printed TypeScript type as one line for api-surface.json, losslessly: read token by token with TypeScript's
 * scanner, comments are dropped and each run of whitespace between two tokens becomes one space, while every
 * token (string and template literals above all) is kept exactly. Two types that differ anywhere but in comments
 * and layout give different lines, so the change report sees every change (`'fast  mode'` is not `'fast mode'`,
 * and `'/** old *\/'` is a string, not a comment).
 */
import type { Scanner } from 'typescript';
import { typescript } from './required-libraries.js';

let scanner: Scanner | undefined;

/** `text`, a printed type, on one line: no comments, one space wherever the type had layout, literals untouched. */
export function oneLineType(text: string): string {
  const ts = typescript;
  const { SyntaxKind } = ts;
  scanner ??= ts.createScanner(ts.ScriptTarget.Latest, false, ts.LanguageVariant.Standard);
  scanner.setText(text);
  let line = '';
  let gap = false;
  // Unclosed `{`s, and at each open template substitution (`${`) the count where it began.
  let braces = 0;
  const substitutions: number[] = [];
  try {
    for (let kind = scanner.scan(); kind !== SyntaxKind.EndOfFileToken; kind = scanner.scan()) {
      if (kind === SyntaxKind.WhitespaceTrivia || kind === SyntaxKind.NewLineTrivia || kind === SyntaxKind.SingleLineCommentTrivia || kind === SyntaxKind.MultiLineCommentTrivia) {
        gap = true;
        continue;
      }
      if (kind === SyntaxKind.OpenBraceToken) braces++;
      else if (kind === SyntaxKind.CloseBraceToken) {
        // The `}` that ends a substitution goes on with the template's text: `}-suffix` is one token.
        if (substitutions.at(-1) === braces) kind = scanner.reScanTemplateToken(false);
        else braces--;
      }
      if (kind === SyntaxKind.TemplateHead) substitutions.push(braces);
      else if (kind === SyntaxKind.TemplateTail) substitutions.pop();
      if (gap && line !== '') line += ' ';
      gap = false;
      line += scanner.getTokenText();
    }
  } finally {
    scanner.setText(undefined);
  }
  return line;
}
