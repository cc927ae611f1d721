/**
 * Code frames of untrusted, possibly minified input: at most FRAME_WIDTH columns of a line around the error column,
 * `…` where a line is cut, the caret under the reported character, and nothing a terminal would act on left raw.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FRAME_WIDTH, formatCodeFrame } from '../../generator/load/format-code-frame.js';
import { parseRawText } from '../../generator/load/read-spec-source.js';
import { SpecError } from '../../generator/load/spec-error.js';
import { printable } from '../../generator/report/terminal-text.js';
import { thrownBy } from '../support/spec-sources.js';

/** The frame's source lines and caret line, without their gutters (`> 12 | `). */
function bodies(frame: string): { lines: string[]; caret: string | undefined } {
  const rows = frame.split('\n');
  const caret = rows.find((row) => /^ +\| [\s]*\^$/.test(row));
  return { lines: rows.filter((row) => row !== caret).map((row) => row.replace(/^[> ] *\d+ \| ?/, '')), caret: caret?.replace(/^ +\| /, '') };
}

describe('formatCodeFrame', () => {
  it('shows short lines whole, as before', () => {
    const text = ['a: 1', 'b: 2', 'c: [oops', 'd: 4', 'e: 5', 'f: 6'].join('\r\n');
    expect(formatCodeFrame(text, { file: 'x.yaml', line: 3, column: 4 })).toBe(
      ['  1 | a: 1', '  2 | b: 2', '> 3 | c: [oops', '    |    ^', '  4 | d: 4', '  5 | e: 5'].join('\n'),
    );
  });

  it('shows at most 160 columns of a 1 MB one-line JSON, cut on both sides, with the caret under the error', () => {
    const padding = '"x":"' + 'a'.repeat(500_000) + '",';
    const text = `{${padding}"bad": tru,${padding}"end":1}`;
    expect(text.length).toBeGreaterThan(1_000_000);
    const error = thrownBy(() => parseRawText('min.json', text)) as SpecError;
    const position = error.positions[0]!;
    expect(position).toMatchObject({ file: 'min.json', line: 1 });
    const frame = formatCodeFrame(text, position);
    const { lines, caret } = bodies(frame);
    expect(lines).toHaveLength(1);
    expect(lines[0]!.length).toBeLessThanOrEqual(FRAME_WIDTH);
    expect(lines[0]!.startsWith('…') && lines[0]!.endsWith('…')).toBe(true);
    expect(frame.length).toBeLessThan(2 * FRAME_WIDTH + 40);
    // The caret stands under the character the position names.
    expect(lines[0]![caret!.length - 1]).toBe(text[position.column! - 1]);
    expect(lines[0]).toContain('"bad": tru');
  });

  it('frames the 5,000-deep one-line document in a few hundred bytes (it printed 30 KB)', () => {
    const text = `{"openapi":"3.1.0","info":{"title":"t","version":"1"},"paths":{},"x":${'['.repeat(5_000)}${']'.repeat(5_000)}}`;
    const error = thrownBy(() => parseRawText('deep.json', text)) as SpecError;
    const frame = formatCodeFrame(text, error.positions[0]!);
    expect(frame.length).toBeLessThan(2 * FRAME_WIDTH + 40);
    const { lines, caret } = bodies(frame);
    expect(lines[0]![caret!.length - 1]).toBe('[');
  });

  it('escapes control characters in the frame and keeps the caret under the right character', () => {
    const text = `openapi: 3.1.0\ninfo: { title: "\u001b[2K\u001b[1A\u001b]52;c;cHduZWQ=\u0007\u202e", version: 1, oops: [ }\n`;
    const column = text.split('\n')[1]!.indexOf('oops') + 1;
    const frame = formatCodeFrame(text, { file: 'x.yaml', line: 2, column });
    expect(frame).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
    expect(frame).toContain('\\x1b[2K\\x1b[1A\\x1b]52;c;cHduZWQ=\\x07\\u202e');
    const { lines, caret } = bodies(frame);
    expect(lines[1]!.slice(caret!.length - 1)).toMatch(/^oops/);
  });

  it('keeps every line within the width and the caret under the named character (property)', () => {
    const char = fc.oneof(
      { weight: 8, arbitrary: fc.constantFrom('a', 'b', ' ', '{', '"', ':', ',') },
      { weight: 1, arbitrary: fc.constantFrom('\u001b', '\u0007', '\u007f', '\u0085', '\u202e', '\u2028', '\r', '\t', '😀', '\u00e9') },
    );
    const line = fc.array(char, { maxLength: 600 }).map((chars) => chars.join(''));
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 7 }), fc.nat(), fc.nat(), (lines, lineSeed, columnSeed) => {
        const text = lines.join('\n');
        const number = (lineSeed % lines.length) + 1;
        // A line's last \r ends it (CRLF), as in the frame.
        const target = lines[number - 1]!.replace(/\r$/, '');
        // A column at the start of a character (not inside a surrogate pair), or one past the end.
        const starts = [...target].reduce<number[]>((at, c) => [...at, at.at(-1)! + c.length], [0]);
        const column = starts[columnSeed % starts.length]! + 1;
        const frame = formatCodeFrame(text, { file: 'p.yaml', line: number, column });
        const { lines: shown, caret } = bodies(frame);
        for (const row of shown) expect([...row].length).toBeLessThanOrEqual(FRAME_WIDTH);
        expect(frame).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2028]/);
        // What stands before the caret is the printable text before the column, cut at the same place.
        const errorRow = shown[number - Math.max(1, number - 2)]!;
        const indent = caret!.slice(0, -1);
        const before = target.slice(0, column - 1);
        const shownBefore = errorRow.slice(0, indent.length);
        expect(indent.replace(/[^\t]/g, ' ')).toBe(indent);
        // The row's trailing blanks are trimmed, so compare up to them.
        expect(printable(before).trimEnd().endsWith(shownBefore.replace(/^…/, '').trimEnd())).toBe(true);
        if (indent.startsWith(' ') && errorRow.startsWith('…')) expect(shownBefore.length).toBe(indent.length);
      }),
      { numRuns: 400, seed: 20261203 },
    );
  });
});
