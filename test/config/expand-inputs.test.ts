import { describe, expect, it } from 'vitest';
import { globToRegExp } from '../../generator/config/expand-inputs.js';
import { formatCodeFrame } from '../../generator/load/format-code-frame.js';

describe('globToRegExp', () => {
  it.each([
    { glob: 'specs/*.md', yes: ['specs/a.md'], no: ['specs/x/a.md', 'specs/a.yaml'] },
    { glob: 'specs/**/*.yaml', yes: ['specs/a.yaml', 'specs/x/y/a.yaml'], no: ['other/a.yaml'] },
    { glob: 'specs/{a,b}.json', yes: ['specs/a.json', 'specs/b.json'], no: ['specs/c.json'] },
    { glob: 'v?.yaml', yes: ['v1.yaml'], no: ['v10.yaml'] },
  ])('$glob', ({ glob, yes, no }) => {
    const pattern = globToRegExp(glob);
    for (const path of yes) expect(pattern.test(path), path).toBe(true);
    for (const path of no) expect(pattern.test(path), path).toBe(false);
  });
});

describe('formatCodeFrame', () => {
  it('shows two lines around the error, marks the line and the column', () => {
    const text = ['a: 1', 'b: 2', 'c: [oops', 'd: 4', 'e: 5', 'f: 6'].join('\n');
    expect(formatCodeFrame(text, { file: 'x.yaml', line: 3, column: 4 })).toBe(
      ['  1 | a: 1', '  2 | b: 2', '> 3 | c: [oops', '    |    ^', '  4 | d: 4', '  5 | e: 5'].join('\n'),
    );
    expect(formatCodeFrame(text, { file: 'x.yaml' })).toBe('');
  });
});
