/** The API name rule (api-name.ts): what it refuses and why, what a file or folder name gives, and case clashes. */
import fc from 'fast-check';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  API_NAME_PATTERN,
  apiNameForInput,
  apiNameProblem,
  checkWrittenApiName,
  deriveApiName,
  findCaseClash,
  inputBaseName,
  MAX_API_NAME_LENGTH,
} from '../../generator/config/api-name.js';
import { formatSpecError, SpecError } from '../../generator/load/spec-error.js';

describe('apiNameProblem', () => {
  it.each([
    { name: 'pets', want: undefined },
    { name: 'pets.v2_beta-1', want: undefined },
    { name: '9lives', want: undefined },
    { name: 'x'.repeat(MAX_API_NAME_LENGTH), want: undefined },
    { name: 'console', want: undefined },
    { name: 'com10', want: undefined },
    { name: '', want: 'it is empty' },
    { name: 'x'.repeat(MAX_API_NAME_LENGTH + 1), want: 'it is 101 characters long; the limit is 100' },
    { name: '.', want: 'it names the output folder itself' },
    { name: '..', want: 'it names the folder above the output folder' },
    { name: '../x', want: 'it contains "/", a path separator' },
    { name: '..\\x', want: 'it contains "\\", a path separator' },
    { name: '/etc', want: 'it contains "/", a path separator' },
    { name: '...', want: 'it starts with "."; it must start with an ASCII letter or digit' },
    { name: '.hidden', want: 'it starts with "."; it must start with an ASCII letter or digit' },
    { name: '-x', want: 'it starts with "-"; it must start with an ASCII letter or digit' },
    { name: 'C:x', want: 'it contains ":"; only ASCII letters, digits, ".", "_" and "-" are allowed' },
    { name: 'my api', want: 'it contains " "; only ASCII letters, digits, ".", "_" and "-" are allowed' },
    { name: 'pets ', want: 'it contains " "; only ASCII letters, digits, ".", "_" and "-" are allowed' },
    { name: 'a\u0000b', want: 'it contains "\\x00"; only ASCII letters, digits, ".", "_" and "-" are allowed' },
    { name: 'a\u001b[2K', want: 'it contains "\\x1b"; only ASCII letters, digits, ".", "_" and "-" are allowed' },
    { name: 'café', want: 'it contains "é"; only ASCII letters, digits, ".", "_" and "-" are allowed' },
    { name: 'a\u{1F600}', want: 'it contains "\u{1F600}"; only ASCII letters, digits, ".", "_" and "-" are allowed' },
    { name: 'a\ud800', want: 'it contains "\\ud800"; only ASCII letters, digits, ".", "_" and "-" are allowed' },
    { name: 'pets.', want: 'it ends with ".", which Windows drops from folder names' },
    { name: 'CON', want: '"CON" is a reserved device name on Windows (CON, PRN, AUX, NUL, COM0-9, LPT0-9), with or without an extension' },
    { name: 'nul.txt', want: '"nul" is a reserved device name on Windows (CON, PRN, AUX, NUL, COM0-9, LPT0-9), with or without an extension' },
    { name: 'Lpt9.tar.gz', want: '"Lpt9" is a reserved device name on Windows (CON, PRN, AUX, NUL, COM0-9, LPT0-9), with or without an extension' },
    { name: 'aux', want: '"aux" is a reserved device name on Windows (CON, PRN, AUX, NUL, COM0-9, LPT0-9), with or without an extension' },
    { name: 'Prn', want: '"Prn" is a reserved device name on Windows (CON, PRN, AUX, NUL, COM0-9, LPT0-9), with or without an extension' },
    { name: 'com1', want: '"com1" is a reserved device name on Windows (CON, PRN, AUX, NUL, COM0-9, LPT0-9), with or without an extension' },
  ])('$name', ({ name, want }) => {
    expect(apiNameProblem(name)).toBe(want);
  });

  it('accepts exactly the names that are one portable folder name', () => {
    const reserved = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\.|$)/i;
    const names = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 20 }),
      fc.string({ unit: fc.constantFrom('a', 'Z', '0', '.', '-', '_', '/', '\\', ' ', 'c', 'o', 'n', '1'), maxLength: 12 }),
      fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._-]{0,120}$/),
    );
    fc.assert(
      fc.property(names, (name) => {
        const valid = API_NAME_PATTERN.test(name) && name.length <= MAX_API_NAME_LENGTH && !name.endsWith('.') && !reserved.test(name);
        expect(apiNameProblem(name) === undefined).toBe(valid);
      }),
      { numRuns: 500 },
    );
  });
});

describe('deriveApiName', () => {
  it.each([
    { from: 'pets', want: { name: 'pets' } },
    { from: 'pets-', want: { name: 'pets-' } },
    { from: 'my api', want: { name: 'my-api' } },
    { from: 'v1 (beta)', want: { name: 'v1-beta' } },
    { from: '.hidden', want: { name: 'hidden' } },
    { from: 'pets.', want: { name: 'pets' } },
    { from: 'café', want: { name: 'caf' } },
    { from: 'x'.repeat(300), want: { name: 'x'.repeat(MAX_API_NAME_LENGTH) } },
    { from: '..', want: { problem: 'it has no ASCII letter or digit' } },
    { from: '.', want: { problem: 'it has no ASCII letter or digit' } },
    { from: '', want: { problem: 'it has no ASCII letter or digit' } },
    { from: '日本', want: { problem: 'it has no ASCII letter or digit' } },
    { from: 'con', want: { problem: '"con" is a reserved device name on Windows (CON, PRN, AUX, NUL, COM0-9, LPT0-9), with or without an extension' } },
    { from: ' con', want: { problem: '"con" is a reserved device name on Windows (CON, PRN, AUX, NUL, COM0-9, LPT0-9), with or without an extension' } },
  ])('$from', ({ from, want }) => {
    expect(deriveApiName(from)).toEqual(want);
  });

  it('gives a valid name or a reason, for any file name', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ unit: fc.constantFrom('.', ' ', 'a', 'é', '-', 'N', 'U', 'L'), maxLength: 200 })), (from) => {
        const derived = deriveApiName(from);
        if ('name' in derived) expect(apiNameProblem(derived.name)).toBeUndefined();
        else expect(derived.problem).toMatch(/^(it|")/);
      }),
      { numRuns: 500 },
    );
  });
});

describe('inputBaseName', () => {
  it.each([
    { input: 'specs/pets.yaml', want: 'pets' },
    { input: 'specs/pets.v2.json', want: 'pets.v2' },
    { input: 'specs/pets', want: 'pets' },
    { input: 'specs/pets/', want: 'pets' },
    { input: 'specs/api.v2', want: 'api.v2' },
    { input: 'specs/pets/*.md', want: 'pets' },
    { input: 'specs/**/*.yaml', want: 'specs' },
    { input: 'some/dir/...yaml', want: '..' },
    { input: 'some/dir/..yaml', want: '.' },
  ])('$input', ({ input, want }) => {
    expect(inputBaseName(input)).toBe(want);
  });

  it('names `.`, `./` and an absolute folder after the folder itself', () => {
    const here = resolve('.').split(/[/\\]/).pop();
    expect(inputBaseName('.')).toBe(here);
    expect(inputBaseName('./')).toBe(here);
    expect(inputBaseName('*.yaml')).toBe(here);
    expect(inputBaseName(resolve('specs/kambrium'))).toBe('kambrium');
  });
});

describe('messages', () => {
  const message = (run: () => unknown) => {
    try {
      run();
    } catch (error) {
      expect(error).toBeInstanceOf(SpecError);
      return formatSpecError(error as SpecError);
    }
    throw new Error('no error');
  };

  it('a written name says what is wrong and suggests one', () => {
    expect(message(() => checkWrittenApiName('../x', { label: '--name', example: '--name ' }))).toBe(
      'error: --name "../x" is not a valid API name: it contains "/", a path separator\n' +
        '  hint: an API name is one folder name of ASCII letters, digits, ".", "_" and "-" that starts with a letter or digit (at most 100 characters), for example --name x',
    );
    expect(message(() => checkWrittenApiName('\u001b]52;c;AAAA\u0007', { label: '--name', example: '--name ' }))).toMatch(/^error: --name "\\x1b\]52;c;AAAA\\x07" is not a valid API name: it starts with "\\x1b"/);
  });

  it('a name that cannot be derived asks for --name', () => {
    expect(message(() => apiNameForInput('some/dir/...yaml'))).toBe(
      'error: cannot name the API after ".." (from "some/dir/...yaml"): it has no ASCII letter or digit\n  hint: name it with --name, for example --name pets',
    );
    expect(apiNameForInput('specs/my api.yaml')).toBe('my-api');
  });
});

describe('findCaseClash', () => {
  it.each([
    { names: ['pets', 'store'], want: undefined },
    { names: ['pets', 'store', 'Pets'], want: ['pets', 'Pets'] },
    { names: ['a', 'a'], want: undefined },
  ])('$names', ({ names, want }) => {
    expect(findCaseClash(names)).toEqual(want);
  });
});
