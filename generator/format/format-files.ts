/** Formats generated files with prettier under a pinned configuration, so output never depends on a user's prettier config. */
import { format, type Options } from 'prettier';
import type { GeneratedFile } from '../emit/generated-file.js';

/** The one prettier configuration every generated file is formatted with. */
export const PRETTIER_OPTIONS: Options = {
  parser: 'typescript',
  printWidth: 100,
  tabWidth: 2,
  useTabs: false,
  semi: true,
  singleQuote: true,
  trailingComma: 'all',
  bracketSpacing: true,
  arrowParens: 'always',
  endOfLine: 'lf',
};

/** Returns the files formatted; a file prettier cannot parse is an internal error and names the file. */
export async function formatFiles(files: readonly GeneratedFile[]): Promise<GeneratedFile[]> {
  return Promise.all(
    files.map(async (file) => {
      try {
        return { path: file.path, content: await format(file.content, PRETTIER_OPTIONS) };
      } catch (cause) {
        throw new Error(`internal error: generated ${file.path} is not valid TypeScript: ${(cause as Error).message}`, { cause });
      }
    }),
  );
}
