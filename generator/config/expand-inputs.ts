/** Turns the inputs a user names (files, folders, globs such as `specs/pets/*.md`) into the files to read. */
import { readdir, stat } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { SpecError } from '../load/spec-error.js';

const GLOB_CHARS = /[*?[{]/;

/** Converts a glob (`*`, `**`, `?`, `{a,b}`) into a regular expression over `/`-separated paths. */
export function globToRegExp(glob: string): RegExp {
  let source = '';
  for (let i = 0; i < glob.length; i++) {
    const char = glob[i]!;
    if (char === '*' && glob[i + 1] === '*') {
      source += glob[i + 2] === '/' ? '(?:.*/)?' : '.*';
      i += glob[i + 2] === '/' ? 2 : 1;
    } else if (char === '*') source += '[^/]*';
    else if (char === '?') source += '[^/]';
    else if (char === '{') {
      const end = glob.indexOf('}', i);
      source += `(?:${glob.slice(i + 1, end).split(',').map((part) => part.replace(/[.+^$()|[\]\\]/g, '\\$&')).join('|')})`;
      i = end;
    } else source += char.replace(/[.+^$()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}

/** What one input named: a folder (read as an API folder) or a list of files. */
export type ExpandedInput = { readonly kind: 'folder'; readonly path: string } | { readonly kind: 'files'; readonly paths: readonly string[] };

/** Expands one input relative to `baseDir`; a glob that matches nothing, or a path that does not exist, is an error. */
export async function expandInput(input: string, baseDir: string, configFile: string): Promise<ExpandedInput> {
  const absolute = resolve(baseDir, input);
  if (!GLOB_CHARS.test(input)) {
    const info = await stat(absolute).catch(() => undefined);
    if (!info) throw new SpecError(`input "${input}" does not exist`, [{ file: configFile }], 'inputs are resolved against the config file’s folder');
    return info.isDirectory() ? { kind: 'folder', path: relativePath(absolute) } : { kind: 'files', paths: [relativePath(absolute)] };
  }
  const firstGlob = input.search(GLOB_CHARS);
  const root = resolve(baseDir, input.slice(0, input.lastIndexOf('/', firstGlob) + 1));
  const pattern = globToRegExp(resolve(baseDir, input).split(sep).join('/'));
  const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch(() => []);
  const paths = entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((path) => pattern.test(path.split(sep).join('/')))
    .map(relativePath)
    .sort();
  if (paths.length === 0) throw new SpecError(`input "${input}" matches no files`, [{ file: configFile }], 'check the pattern; it is resolved against the config file’s folder');
  return { kind: 'files', paths };
}

/** Paths as the user sees them: relative to the working directory when below it (the working directory itself is `.`). */
function relativePath(path: string): string {
  const relativeToCwd = relative(process.cwd(), path);
  if (relativeToCwd === '') return '.';
  return relativeToCwd.startsWith('..') ? path : relativeToCwd;
}
