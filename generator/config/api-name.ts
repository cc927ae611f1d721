/**
 * The one rule for API names, which name the client folders `<output>/<name>`, wherever a name comes from: `--name`,
 * a config file's `name`, or a name derived from a spec file's or folder's name (`--spec`, `--specs`, the mock). A
 * valid name is one portable folder name, so no name can point a write or a delete anywhere but its own folder.
 */
import { basename, resolve } from 'node:path';
import { isSpecFileName } from '../load/read-spec-source.js';
import { SpecError, type SourcePosition } from '../load/spec-error.js';
import { clip, printable } from '../report/terminal-text.js';

/** The characters an API name may hold; the first is a letter or a digit, so no name is `.`, `..` or hidden. */
export const API_NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** The longest API name: far below the 255 bytes file systems allow, leaving room for `.staging-<pid>`. */
export const MAX_API_NAME_LENGTH = 100;

/** The rule in words, for hints. */
export const API_NAME_RULE = `one folder name of ASCII letters, digits, ".", "_" and "-" that starts with a letter or digit (at most ${MAX_API_NAME_LENGTH} characters)`;

/** Names Windows keeps for devices, with or without an extension (`CON`, `nul.txt`), in any case. */
const DEVICE_NAME = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\.|$)/i;

/** What makes `name` unusable as an API name, as a clause starting with "it"; undefined when it is a valid name. */
export function apiNameProblem(name: string): string | undefined {
  if (name === '') return 'it is empty';
  if (name.length > MAX_API_NAME_LENGTH) return `it is ${name.length.toLocaleString('en')} characters long; the limit is ${MAX_API_NAME_LENGTH}`;
  if (name === '.') return 'it names the output folder itself';
  if (name === '..') return 'it names the folder above the output folder';
  const separator = /[/\\]/.exec(name);
  if (separator) return `it contains "${separator[0]}", a path separator`;
  if (!/^[A-Za-z0-9]/.test(name)) return `it starts with "${showCharacter(name)}"; it must start with an ASCII letter or digit`;
  const other = /[^A-Za-z0-9._-]/u.exec(name);
  if (other) return `it contains "${showCharacter(other[0])}"; only ASCII letters, digits, ".", "_" and "-" are allowed`;
  if (name.endsWith('.')) return 'it ends with ".", which Windows drops from folder names';
  const device = DEVICE_NAME.exec(name);
  if (device) return `"${device[1]}" is a reserved device name on Windows (CON, PRN, AUX, NUL, COM0-9, LPT0-9), with or without an extension`;
  return undefined;
}

/** Either a valid API name, or why none could be made. */
export type DerivedApiName = { readonly name: string } | { readonly problem: string };

/**
 * The API name a file or folder name gives: the name itself when valid; otherwise every run of other characters
 * becomes "-", and leading characters that are not letters or digits, trailing dots and dashes, and anything past
 * the length limit are dropped (`my api` → `my-api`). What is left must still be valid (`..` and `CON` are not).
 */
export function deriveApiName(fileName: string): DerivedApiName {
  if (apiNameProblem(fileName) === undefined) return { name: fileName };
  const name = fileName
    .replace(/[^A-Za-z0-9._-]+/gu, '-')
    .replace(/^[^A-Za-z0-9]+/, '')
    .slice(0, MAX_API_NAME_LENGTH)
    .replace(/[.-]+$/, '');
  if (name === '') return { problem: 'it has no ASCII letter or digit' };
  const problem = apiNameProblem(name);
  return problem === undefined ? { name } : { problem };
}

/**
 * The file or folder name an input (`--spec`) names its API after: a spec file's name without its extension, a
 * folder's own name (`.` is the current folder's name), or for a glob the folder it searches (`specs/pets/*.md`).
 */
export function inputBaseName(input: string): string {
  const glob = input.search(/[*?[{]/);
  const path = glob === -1 ? input : input.slice(0, Math.max(input.lastIndexOf('/', glob), input.lastIndexOf('\\', glob)) + 1) || '.';
  const base = basename(resolve(path));
  return glob === -1 && isSpecFileName(base) ? base.replace(/\.[^.]*$/, '') : base;
}

/** The API name a user wrote (`--name`, a config's `name`), or a SpecError at `where` saying what is wrong and what to write. */
export function checkWrittenApiName(name: string, where: { readonly label: string; readonly example: string; readonly position?: SourcePosition }): string {
  const problem = apiNameProblem(name);
  if (problem === undefined) return name;
  const derived = deriveApiName(name);
  const example = 'name' in derived ? derived.name : 'pets';
  throw new SpecError(`${where.label} ${quoteName(name)} is not a valid API name: ${problem}`, where.position ? [where.position] : [], `an API name is ${API_NAME_RULE}, for example ${where.example}${example}`);
}

/** The API name for an input named without one (`--spec`, the mock): see deriveApiName; a SpecError asking for `--name` when none can be made. */
export function apiNameForInput(input: string): string {
  const base = inputBaseName(input);
  const derived = deriveApiName(base);
  if ('name' in derived) return derived.name;
  throw new SpecError(`cannot name the API after ${quoteName(base)} (from ${quoteName(input)}): ${derived.problem}`, [], 'name it with --name, for example --name pets');
}

/** The first two names of `names` that differ only in case (one folder on Windows and macOS), if any. */
export function findCaseClash(names: readonly string[]): readonly [string, string] | undefined {
  const seen = new Map<string, string>();
  for (const name of names) {
    const earlier = seen.get(name.toLowerCase());
    if (earlier !== undefined && earlier !== name) return [earlier, name];
    seen.set(name.toLowerCase(), name);
  }
  return undefined;
}

/**
 * Refuses a run's names unless each is valid and no two are one folder on a case-insensitive file system: the last
 * check before anything is written, whoever built the run (the config readers report at the name's own line).
 */
export function checkApiNames(names: readonly string[]): void {
  for (const name of names) {
    const problem = apiNameProblem(name);
    if (problem !== undefined) throw new SpecError(`the API name ${quoteName(name)} is not valid: ${problem}`, [], `an API name is ${API_NAME_RULE}`);
  }
  const clash = findCaseClash(names);
  if (clash) throw new SpecError(caseClashMessage(clash), [], CASE_CLASH_HINT);
}

/** The message for two API names that differ only in case. */
export function caseClashMessage([first, second]: readonly [string, string]): string {
  return `two APIs are named ${quoteName(first)} and ${quoteName(second)}, which differ only in case`;
}

/** What to do about two names that differ only in case. */
export const CASE_CLASH_HINT = 'Windows and macOS would write both clients to one folder; rename one of them';

/** A name as messages quote it: control characters and lone surrogates escaped, long names clipped. */
export function quoteName(name: string): string {
  return `"${printable(clip(name, 80)).replace(/\p{Cs}/gu, (char) => `\\u${char.charCodeAt(0).toString(16)}`)}"`;
}

/** One character for a message: a surrogate pair whole; a control character or a lone surrogate escaped. */
function showCharacter(text: string): string {
  const code = text.codePointAt(0)!;
  return code >= 0xd800 && code <= 0xdfff ? `\\u${code.toString(16)}` : printable(String.fromCodePoint(code));
}
