/** The change report quotes the spec; on a terminal and in markdown, no quoted text can act on the terminal. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatChangeLines, formatChangeMarkdown, type ApiChangeReport } from '../../generator/report/format-change-report.js';

/** What a terminal acts on: C0 controls but tab and newline (the report's own line breaks), DEL, C1, bidi controls. */
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

describe('formatChangeLines and formatChangeMarkdown', () => {
  // The attack: a path that erases the BREAKING line (ESC[2K ESC[1A) and writes the clipboard (OSC 52).
  const path = '/pets\u001b[2K\u001b[1A\u001b]52;c;cHduZWQ=\u0007';
  const report: ApiChangeReport = { api: 'pets', operations: 1, schemas: 0, changes: [{ breaking: true, text: `operation \`listPets\` was removed (GET ${path})` }] };

  it('escapes control characters in change lines', () => {
    expect(formatChangeLines(report)).toEqual([
      '  1 change(s) to the public surface, 1 breaking:',
      '    BREAKING operation listPets was removed (GET /pets\\x1b[2K\\x1b[1A\\x1b]52;c;cHduZWQ=\\x07)',
    ]);
  });

  it('escapes them in the markdown report too, and in the API name', () => {
    const markdown = formatChangeMarkdown([{ ...report, api: 'pets\u202e' }]);
    expect(markdown).toContain('## pets\\u202e\n');
    expect(markdown).toContain('- operation `listPets` was removed (GET /pets\\x1b[2K\\x1b[1A\\x1b]52;c;cHduZWQ=\\x07)\n');
    expect(markdown).not.toMatch(RAW_CONTROL);
  });

  it('prints the warning about an unusable previous surface before the first-generation line', () => {
    const warned: ApiChangeReport = { api: 'pets', operations: 2, schemas: 1, warning: 'out/pets/api-surface.json is not a surface this generator wrote (operations is missing); it is read as no previous client' };
    expect(formatChangeLines(warned)).toEqual([
      '  warning: out/pets/api-surface.json is not a surface this generator wrote (operations is missing); it is read as no previous client',
      '  first generation: 2 operations, 1 type',
    ]);
    expect(formatChangeMarkdown([warned])).toBe(
      '# Client changes\n\n## pets\n\nWarning: out/pets/api-surface.json is not a surface this generator wrote (operations is missing); it is read as no previous client\n\nFirst generation: 2 operations, 1 type.\n',
    );
  });

  it('leaves no raw control character in any line, whatever the texts (property)', () => {
    const change = fc.record({ breaking: fc.boolean(), text: fc.string({ unit: 'binary' }) });
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.array(change, { maxLength: 4 }), fc.option(fc.string({ unit: 'binary' }), { nil: undefined }), (api, changes, warning) => {
        const one: ApiChangeReport = { api, operations: 1, schemas: 1, changes, ...(warning === undefined ? {} : { warning }) };
        for (const line of formatChangeLines(one)) expect(line).not.toMatch(/[\n\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/);
        expect(formatChangeMarkdown([one, { ...one, changes: undefined }])).not.toMatch(RAW_CONTROL);
      }),
    );
  });
});
