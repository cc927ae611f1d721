/** formatSpecError: what the CLI prints for bad input quotes the spec, so it is escaped and bounded. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatSpecError, SpecError } from '../../generator/load/spec-error.js';
import { validateDocument } from '../../generator/load/validate-document.js';
import { mergeSpecSources } from '../../generator/load/merge-spec-sources.js';
import { thrownBy, yamlSource } from '../support/spec-sources.js';

/** What a terminal acts on, newline included: the only newlines may be formatSpecError's own. */
const RAW_CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

describe('formatSpecError', () => {
  it('prints the first place, the message, the other places and the hint', () => {
    const error = new SpecError('two things clash', [{ file: 'a.yaml', line: 3, column: 5, pointer: '/paths/~1a' }, { file: 'b.yaml', line: 9 }], 'rename one');
    expect(formatSpecError(error)).toBe('a.yaml:3:5 (#/paths/~1a): error: two things clash\n  also at b.yaml:9\n  hint: rename one');
  });

  it('escapes control characters in the message, the places and the hint', () => {
    const error = new SpecError('path "/a\u001b[2K" does not start with "/"', [{ file: 'spec\u001b]0;title\u0007.yaml', line: 1, pointer: '/paths/a\u009b' }, { file: 'b\r.yaml' }], 'rename "\u202eevil"');
    expect(formatSpecError(error)).toBe(
      'spec\\x1b]0;title\\x07.yaml:1 (#/paths/a\\x9b): error: path "/a\\x1b[2K" does not start with "/"\n  also at b\\x0d.yaml\n  hint: rename "\\u202eevil"',
    );
  });

  it('keeps a hint on several lines (config examples), each later line indented under it', () => {
    expect(formatSpecError(new SpecError('`apis` must list at least one API', [{ file: 'c.yaml' }], 'apis:\n    - name: pets'))).toBe(
      'c.yaml: error: `apis` must list at least one API\n  hint: apis:\n            - name: pets',
    );
  });

  it('bounds a message, a hint and a place that quote a huge value (2 MB as in a real spec)', () => {
    const huge = 'x'.repeat(2_200_000);
    const text = formatSpecError(new SpecError(`value ${huge}`, [{ file: `${huge}.yaml`, pointer: `/${huge}` }, { file: 'b.yaml', pointer: `/${huge}` }], `hint ${huge}`));
    expect(text.length).toBeLessThan(4000);
    expect(text).toMatch(/… \(2,199,\d{3} more characters\)/);
  });

  it('bounds a message that quotes a spec value: a 300 KB path that does not start with /', () => {
    const path = `x${'y'.repeat(300_000)}`;
    const spec = mergeSpecSources([yamlSource('api.json', JSON.stringify({ openapi: '3.0.3', info: { title: 't', version: '1' }, paths: { [path]: {} } }))]);
    const error = thrownBy(() => validateDocument(spec)) as SpecError;
    // The message itself is clipped where it quotes the value, and the printed text as a whole.
    expect(error.message.length).toBeLessThan(400);
    expect(formatSpecError(error).length).toBeLessThan(1500);
    expect(formatSpecError(error)).toMatch(/error: path "xyyy.*… \(299,\d{3} more characters\)" does not start with "\/"/);
  });

  it("leaves no raw control character in any line, and no line break but its own (a hint's, indented), whatever the texts (property)", () => {
    const text = fc.string({ unit: 'binary' });
    const position = fc.record({ file: text, line: fc.option(fc.nat(), { nil: undefined }), column: fc.option(fc.nat(), { nil: undefined }), pointer: fc.option(text, { nil: undefined }) });
    fc.assert(
      fc.property(text, fc.array(position, { maxLength: 3 }), fc.option(text, { nil: undefined }), (message, positions, hint) => {
        const printed = formatSpecError(new SpecError(message, positions, hint));
        // Its own line breaks: one per further place and one for the hint (whose own lines are the hint's author's).
        const lines = printed.split('\n');
        expect(lines.length).toBe(Math.max(1, positions.length) + (hint ? 1 : 0) + (hint ? hint.split('\n').length - 1 : 0));
        for (const line of lines) expect(line).not.toMatch(RAW_CONTROL);
      }),
    );
  });
});
