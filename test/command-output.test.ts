/**
 * Whatever a spec holds, nothing the command prints acts on a terminal: arbitrary strings placed in a spec's
 * paths, operationIds, enum values, descriptions and names reach stdout, stderr and the markdown report only
 * with their control characters escaped. The command runs in this process (runCommand), twice per case, so the
 * change report quotes both versions.
 */
import { mkdtemp, rm, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { runCommand } from '../generator/command.js';

/** What a terminal acts on: C0 controls but tab and newline (the command's own line breaks), DEL, C1, bidi controls. */
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

let work: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'command-output-'));
});
afterAll(() => rm(work, { recursive: true, force: true }));

/** Runs the command in this process and returns its exit code and everything it printed. */
async function command(args: string[]): Promise<{ code: number; printed: string }> {
  const printed: string[] = [];
  const capture = (...parts: unknown[]) => void printed.push(parts.map(String).join(' '));
  const log = vi.spyOn(console, 'log').mockImplementation(capture);
  const error = vi.spyOn(console, 'error').mockImplementation(capture);
  try {
    return { code: await runCommand(args), printed: printed.join('\n') };
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
}

/** JSON with every character past ASCII escaped: the file holds no control character, the parsed spec does. */
const asciiJson = (value: unknown) => JSON.stringify(value).replace(/[\u007f-\uffff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);

interface Hostile {
  readonly path: string;
  readonly operationId: string;
  readonly values: readonly [string, string];
  readonly description: string;
  readonly schema: string;
  readonly property: string;
  /** A mistake that makes the spec bad input, so that an error message quotes the strings. */
  readonly fault: 'none' | 'path' | 'status' | 'duplicate';
}

function spec(hostile: Hostile): unknown {
  const path = hostile.fault === 'path' ? `x${hostile.path}` : `/${hostile.path}`;
  const status = hostile.fault === 'status' ? { [`x${hostile.description}`]: { description: 'not a status' } } : {};
  return {
    openapi: '3.0.3',
    info: { title: 'hostile', version: '1', description: hostile.description },
    paths: {
      [path]: {
        get: {
          operationId: hostile.operationId,
          summary: hostile.description,
          description: hostile.description,
          parameters: [{ name: 'mode', in: 'query', required: true, description: hostile.description, schema: { type: 'string', enum: [...hostile.values] } }],
          responses: { ...status, '200': { description: hostile.description, content: { 'application/json': { schema: { $ref: `#/components/schemas/${encodeURIComponent(hostile.schema).replace(/~/g, '~0')}` } } } } },
        },
      },
      // The same path with a trailing slash: both would get one name, so one is named after its operationId (a note).
      [`${path}/`]: { get: { operationId: hostile.fault === 'duplicate' ? hostile.operationId : `${hostile.operationId}\u001b[2K`, responses: { '200': { description: 'ok' } } } },
      '/items': { get: { operationId: 'listItems', responses: { '200': { description: 'ok' } } } },
    },
    components: { schemas: { [hostile.schema]: { type: 'object', description: hostile.description, properties: { [hostile.property]: { type: 'string', enum: [...hostile.values] } } } } },
  };
}

describe('what the command prints, for any spec', () => {
  // Strings rich in what a terminal acts on, and any string at all.
  const text = fc.oneof(
    fc.string({ unit: fc.constantFrom('\u001b[2K', '\u001b[1A', '\u001b]52;c;cHduZWQ=\u0007', '\u009b', '\u202e', '\u2028', '\r', '\n', '\t', 'a', '/', ' ', '{', '}'), maxLength: 6 }),
    fc.string({ unit: 'binary', maxLength: 12 }),
  );
  const hostile = fc.record({
    path: text,
    operationId: text,
    values: fc.tuple(text, text),
    description: text,
    schema: text.filter((name) => name !== ''),
    property: text,
    fault: fc.constantFrom('none', 'none', 'path', 'status', 'duplicate'),
  });

  it('holds no raw control character: summary, notes, change report, --verbose listings, errors and the markdown report (property)', async () => {
    await fc.assert(
      fc.asyncProperty(hostile, hostile, async (before, after) => {
        const file = join(work, 'api.json');
        const report = join(work, 'report.md');
        const args = ['--spec', file, '--name', 'api', '--out', join(work, 'out'), '--no-cache', '--verbose', '--report', report];
        await rm(join(work, 'out'), { recursive: true, force: true });
        await rm(report, { force: true });
        for (const version of [before, after]) {
          await writeFile(file, asciiJson(spec(version)));
          const { code, printed } = await command(args);
          expect([0, 2], printed).toContain(code);
          expect(printed).not.toMatch(RAW_CONTROL);
          if (code === 0) expect(await readFile(report, 'utf8')).not.toMatch(RAW_CONTROL);
        }
        // --check prints stale files and the change report.
        await writeFile(file, asciiJson(spec(before)));
        const check = await command([...args.slice(0, 7), '--check']);
        expect(check.printed).not.toMatch(RAW_CONTROL);
      }),
      { numRuns: 40 },
    );
  }, 300_000);
});
