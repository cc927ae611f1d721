import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clip, printable } from '../../generator/report/terminal-text.js';

describe('printable', () => {
  it('escapes what a terminal acts on: ESC sequences, OSC 52, bell, C1, bidi overrides', () => {
    expect(printable('/a\u001b[2K\u001b[1Ab')).toBe('/a\\x1b[2K\\x1b[1Ab');
    expect(printable('\u001b]52;c;cHduZWQ=\u0007')).toBe('\\x1b]52;c;cHduZWQ=\\x07');
    expect(printable('x\u009by\u202ez\r')).toBe('x\\x9by\\u202ez\\x0d');
    expect(printable('line\nnext', true)).toBe('line\nnext');
    expect(printable('line\nnext')).toBe('line\\x0anext');
    expect(printable('tab\tand € and 名前')).toBe('tab\tand € and 名前');
  });

  it('leaves no control character in any text (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(printable(text)).not.toMatch(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
      }),
    );
  });
});

describe('clip', () => {
  it('keeps short texts and cuts long ones with a count', () => {
    expect(clip('short')).toBe('short');
    expect(clip('x'.repeat(250), 200)).toBe(`${'x'.repeat(200)}… (50 more characters)`);
  });

  it('never splits a surrogate pair', () => {
    const clipped = clip(`${'a'.repeat(199)}😀${'b'.repeat(10)}`, 200);
    expect(clipped.startsWith(`${'a'.repeat(199)}…`)).toBe(true);
  });
});
